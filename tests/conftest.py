"""Shared fixtures: hand-built pages (no PDF, no model) and a PDF factory with known text."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

import pytest

from woo_redact.policy import Policy, load_policy
from woo_redact.types import BBox, Document, Glyph, PageText

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"

CHAR_W, LINE_H, TOP = 6.0, 14.0, 800.0


def _page(text: str, number: int = 0) -> PageText:
    """A page laid out in a fixed grid: char i of line j sits at (50 + 6i, 800 - 14j)."""
    glyphs: list[Glyph] = []
    glyph_at: list[int | None] = []
    line = col = 0
    for ch in text:
        if ch == "\n":
            glyph_at.append(None)
            line, col = line + 1, 0
            continue
        if ch == " ":
            glyph_at.append(None)
        else:
            x = 50 + CHAR_W * col
            y = TOP - LINE_H * line
            glyph_at.append(len(glyphs))
            glyphs.append(Glyph(ch, BBox(x, y - 2, x + CHAR_W, y + 9)))
        col += 1
    return PageText(number, 595.0, 842.0, text, tuple(glyphs), tuple(glyph_at))


@pytest.fixture
def make_page() -> Callable[..., PageText]:
    return _page


@pytest.fixture
def make_doc() -> Callable[..., Document]:
    def build(*texts: str, sha: str = "0" * 64) -> Document:
        return Document("<test>", sha, tuple(_page(t, i) for i, t in enumerate(texts)))

    return build


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy()


@pytest.fixture
def pdf_factory(tmp_path: Path) -> Callable[..., Path]:
    """Write a PDF with the given lines (one list per page) in Helvetica, 11 pt."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    counter = {"n": 0}

    def build(pages: Sequence[Sequence[str]], *, author: str | None = None, name: str | None = None) -> Path:
        counter["n"] += 1
        path = tmp_path / (name or f"doc{counter['n']}.pdf")
        c = Canvas(str(path), pagesize=A4)
        if author:
            c.setAuthor(author)
        for lines in pages:
            y = 780.0
            for ln in lines:
                c.setFont("Helvetica", 11)
                c.drawString(60, y, ln)
                y -= 18
            c.showPage()
        c.save()
        return path

    return build


def shared_or_skip() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def samples_bundle_run(tmp_path_factory):
    """The shipped samples plus one broken file, redacted once for every report test.

    Returns (input folder, output folder, document results).
    """
    import shutil

    from woo_redact.bundle import redact_bundle

    base = tmp_path_factory.mktemp("samples_bundle")
    inp = base / "in"
    inp.mkdir()
    for p in SAMPLES.glob("*.pdf"):
        shutil.copy(p, inp / p.name)
    (inp / "kapot.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF\n")
    out = base / "out"
    res = redact_bundle([inp], out, jobs=1, audit_key=base / "audit.key", new_audit_key=True, ner=False)
    return inp, out, res.results
