"""The pipeline rebuilds bookmarks with the ground's label where a redacted name stood, and drops
them when the policy switches `write.outlines` off. Names are invented."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from reportlab.pdfgen import canvas

from woo_redact.pipeline import Pipeline
from woo_redact.policy import parse_policy

NAME = "Joost Landeweerd"


def _pdf(path: Path) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.drawString(72, 760, f"Melder: {NAME}, Lindelaan 3, 1234 AB Dorp")
    c.drawString(72, 740, f"De heer {NAME} belde op 3 maart over de overlast.")
    c.showPage()
    c.save()
    buf.seek(0)
    pdf = pikepdf.open(buf)
    top = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines))
    item = pdf.make_indirect(
        pikepdf.Dictionary(Title=pikepdf.String(f"Melding van {NAME}"), Parent=top, Dest=[pdf.pages[0].obj, pikepdf.Name.Fit])
    )
    top.First = top.Last = item
    top.Count = 1
    pdf.Root.Outlines = top
    pdf.save(path)


def _titles(path: Path) -> list[str]:
    with pikepdf.open(path) as pdf:
        with pdf.open_outline() as ol:
            return [str(it.title) for it in ol.root]


def test_bookmark_titles_carry_the_label_not_the_name(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _pdf(src)
    res = Pipeline.create().redact(src, dst)
    assert res.ok
    titles = _titles(dst)
    assert titles and all(NAME not in t and "Landeweerd" not in t for t in titles)
    assert "Melding van 5.1.2e" in titles  # the ground's label where the name stood


def test_bookmarks_dropped_when_the_policy_says_so(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _pdf(src)
    pipe = Pipeline.create(parse_policy({"rules": {"disabled": ["write.outlines"]}}))
    assert pipe.redact(src, dst).ok
    assert _titles(dst) == []
