"""The package type-checks (mypy --strict, configured in pyproject.toml) and lints clean (ruff).

``py.typed`` ships with the package, so its annotations are a promise to users: these tests keep
it. They run the real tools on the real source tree; a new type error or lint finding fails CI.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.slow


def _tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: scripts/setup.sh --dev installs it")
    return found


def test_mypy_strict_is_clean() -> None:
    res = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stdout[-6000:] + res.stderr[-2000:]


def test_ruff_is_clean() -> None:
    res = subprocess.run([_tool("ruff"), "check", "src/woo_redact"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout[-6000:] + res.stderr[-2000:]
