"""The NER training project (``training/`` at the repo root) is not part of the package: its
code is put on the path here, and the data folder comes from ``WOO_NER_DATA`` or the
``shared/data/ner`` folder beside the checkout (tests that need it skip without it)."""

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PROJECT = REPO / "training"
sys.path.insert(0, str(PROJECT))


def find_ner_data() -> Path | None:
    env = os.environ.get("WOO_NER_DATA")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared" / "data" / "ner"]:
        if (cand / "name-lists").is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def ner_data() -> Path:
    """The NER data folder, set for :mod:`woo_ner_train.names`."""
    from woo_ner_train import names

    path = find_ner_data()
    if path is None:
        pytest.skip("no NER data folder (set WOO_NER_DATA or put shared/data/ner beside the checkout)")
    names.set_data_dir(path)
    return path
