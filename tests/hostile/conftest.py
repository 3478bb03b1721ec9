"""Fixtures for the hostile suite: one rule-only pipeline for the session (no NER model needed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # hostile_cases, hostile_readers


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from woo_redact.pipeline import Pipeline

    return Pipeline.create(ner=False)
