"""The spaCy project end to end in a few seconds: ``spacy project run smoke`` on a copy of
``training/`` generates a tiny corpus, runs ``spacy train`` for a few steps and finalizes a
model that woo_redact's loader accepts, with the shipped meta."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2] / "training"

COMMANDS_RUN = ("python -m woo_ner_train.", "python -m spacy ")


def test_project_commands_point_at_existing_code():
    from weasel.util import load_project_config

    cfg = load_project_config(PROJECT)
    names = {c["name"] for c in cfg["commands"]}
    assert {"corpus", "train", "finalize", "evaluate", "package", "ship"} <= names
    assert set(cfg["workflows"]["all"]) <= names and set(cfg["workflows"]["smoke"]) <= names
    for cmd in cfg["commands"]:
        for line in cmd["script"]:
            assert line.startswith(COMMANDS_RUN), line
            if line.startswith("python -m woo_ner_train."):
                mod = line.split()[2].split(".", 1)[1]
                assert (PROJECT / "woo_ner_train" / f"{mod}.py").is_file(), line
    assert "/work/" not in (PROJECT / "project.yml").read_text(encoding="utf-8")  # no machine paths


def test_importing_the_training_code_changes_no_thread_settings():
    code = "import os, woo_ner_train.corpus, woo_ner_train.evaluate, woo_ner_train.meta, woo_ner_train.pretrain; print(os.environ.get('OMP_NUM_THREADS'))"
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "None"


def test_names_need_an_explicit_data_folder(monkeypatch):
    from woo_ner_train import names

    monkeypatch.setattr(names, "_DATA_DIR", None)
    monkeypatch.delenv("WOO_NER_DATA", raising=False)
    with pytest.raises(names.DataDirError, match="data_dir"):
        names.data_dir()


@pytest.mark.slow
def test_smoke_workflow_trains_and_finalizes_a_loadable_model(tmp_path, ner_data):
    proj = tmp_path / "proj"
    proj.mkdir()
    for name in ("project.yml", "configs", "woo_ner_train"):
        src = PROJECT / name
        (shutil.copytree(src, proj / name, ignore=shutil.ignore_patterns("__pycache__")) if src.is_dir()
         else shutil.copy2(src, proj / name))
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    res = subprocess.run([sys.executable, "-m", "spacy", "project", "run", "smoke", str(proj), "--vars.data_dir", str(ner_data)],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    model = proj / "nl_woo_ner"
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    assert meta["training"]["trainer"].startswith("spacy train")
    assert meta["training"]["docs"]["synth"] > 24  # some documents were also cut into lines
    assert all(s.get("license") for s in meta["sources"])

    from woo_redact.detect.ner import load_model, model_version

    nlp = load_model(str(model))
    assert nlp.pipe_names == ["tok2vec", "ner"] and set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert model_version(nlp.meta) == "nl_woo_ner@0.0.0"


def test_user_cli_has_no_training_commands():
    from click.testing import CliRunner

    from woo_redact.cli import cli

    out = CliRunner().invoke(cli, ["--help"]).output
    assert "redact" in out
    assert "train-ner" not in out and "evaluate-ner" not in out
    import importlib.util

    assert importlib.util.find_spec("woo_redact.training") is None  # not in the runtime package
