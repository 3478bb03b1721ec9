"""The wheel is the product: built, installed into a fresh venv outside the checkout, it redacts
with the shipped NER model; without the model it refuses with the fix; ``--no-ner`` opts out.

The fresh venv has no pip and no packages of its own: the wheel is installed into it with the
test venv's pip (``--no-deps``), and a ``.pth`` file lends it the test venv's site-packages for
the dependencies. A ``.pth`` line is only a path, so the editable install of the checkout there
(a finder hook) is not activated and ``woo_redact`` can only come from the wheel; the test checks
that it does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "memo_wethouder.pdf"

pytestmark = [pytest.mark.slow, pytest.mark.model]


def _run(cmd: list[str | Path], cwd: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False, **kw)  # type: ignore[call-overload,no-any-return]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (outside the repo) with the freshly built wheel installed; returns its root."""
    if not (REPO / "models" / "nl_woo_ner" / "meta.json").is_file():
        pytest.skip("models/nl_woo_ner is not in this checkout")
    base = tmp_path_factory.mktemp("wheel")
    # Build from a copy of what goes into the wheel: no build/ or egg-info in the working tree.
    src = base / "src_copy"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    src.mkdir()
    for path in (REPO / "pyproject.toml", REPO / "setup.py", REPO / "README.md", *REPO.glob("LICEN[CS]E*")):
        shutil.copy2(path, src / path.name)
    shutil.copytree(REPO / "src", src / "src", ignore=ignore)
    shutil.copytree(REPO / "models", src / "models", ignore=ignore)
    dist = base / "dist"
    build = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", dist, src], cwd=base)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (wheel,) = dist.glob("woo_redact-*.whl")

    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    inst = _run([sys.executable, "-m", "pip", "--python", py, "install", "--no-deps", "--no-index", wheel], cwd=base)
    assert inst.returncode == 0, inst.stdout[-3000:] + inst.stderr[-3000:]
    site = Path(_run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=base).stdout.strip())
    (site / "_deps_from_test_venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env_dir


def _site(env_dir: Path) -> Path:
    out = _run([env_dir / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=env_dir)
    return Path(out.stdout.strip())


def _audit(out_dir: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out_dir / "audit.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _audit_models(out_dir: Path) -> set[object]:
    return {r["model"] for r in _audit(out_dir) if "model" in r}


def test_package_and_models_come_from_the_wheel(installed: Path) -> None:
    code = (
        "import woo_redact, woo_redact_models\n"
        "from woo_redact.detect.ner import shipped_models\n"
        "print(woo_redact.__file__); print(woo_redact_models.__file__); print(sorted(shipped_models()))"
    )
    res = _run([installed / "bin" / "python", "-c", code], cwd=installed.parent)
    assert res.returncode == 0, res.stderr
    pkg, models, names = res.stdout.strip().splitlines()
    site = _site(installed)
    assert Path(pkg).is_relative_to(site) and Path(models).is_relative_to(site)
    assert not Path(pkg).is_relative_to(REPO)
    shipped = sorted(p.name for p in (REPO / "models").iterdir() if (p / "meta.json").is_file())
    assert names == repr(shipped)  # every model folder of the checkout is in the wheel


def test_installed_wheel_redacts_the_samples_with_the_model_then_refuses_without_it(installed: Path, tmp_path: Path) -> None:
    exe = installed / "bin" / "woo-redact"
    meta = json.loads((REPO / "models" / "nl_woo_ner" / "meta.json").read_text(encoding="utf-8"))
    (tmp_path / "audit.key").write_text("0123456789abcdef" * 4)  # an existing audit key
    args: list[str | Path] = ["redact", SAMPLE, "--jobs", "1", "--audit-key", tmp_path / "audit.key"]

    samples = sorted(SAMPLE.parent.glob("*.pdf"))
    every: list[str | Path] = ["redact", *samples, "--jobs", "1", "--audit-key", tmp_path / "audit.key"]
    ok = _run([exe, *every, "--out", tmp_path / "with"], cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr[-3000:]
    assert all((tmp_path / "with" / pdf.name).is_file() for pdf in samples)
    assert _audit_models(tmp_path / "with") == {f"{meta['lang']}_{meta['name']}@{meta['version']}"}
    assert any(r.get("detector") == "woo.ner" for r in _audit(tmp_path / "with"))  # the model found something

    # Remove the model from the installed package: an error with the fix, no output PDF.
    shutil.rmtree(_site(installed) / "woo_redact_models" / "nl_woo_ner")
    missing = _run([exe, *args, "--out", tmp_path / "without"], cwd=tmp_path)
    assert missing.returncode != 0
    assert "nl_woo_ner" in missing.stderr and "--no-ner" in missing.stderr and "reinstall" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert not (tmp_path / "without" / SAMPLE.name).exists()

    # Opting out explicitly works, and the audit says so.
    off = _run([exe, *args, "--out", tmp_path / "no_ner", "--no-ner"], cwd=tmp_path)
    assert off.returncode == 0, off.stderr[-3000:]
    assert _audit_models(tmp_path / "no_ner") == {"none"}
    assert not any(r.get("detector") == "woo.ner" for r in _audit(tmp_path / "no_ner"))
