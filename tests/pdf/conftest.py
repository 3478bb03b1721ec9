"""Fixtures for the PDF writer tests: a fresh pikepdf document and a path factory."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import pikepdf
import pytest

sys.path.insert(0, str(Path(__file__).parent))  # woo_pdf_helpers


@pytest.fixture
def pdf() -> Iterator[pikepdf.Pdf]:
    doc = pikepdf.new()
    yield doc
    doc.close()


@pytest.fixture
def save(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Save a pikepdf document under tmp_path and return (input path, output path)."""

    def _save(doc: pikepdf.Pdf, name: str = "in") -> tuple[Path, Path]:
        src = tmp_path / f"{name}.pdf"
        doc.save(src)
        return src, tmp_path / f"{name}.out.pdf"

    return _save
