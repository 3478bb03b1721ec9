"""Bookmarks are rebuilt from their redacted titles, pointing at the same pages; dropped when
the caller says so or when a title would still show a redacted string."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen import canvas

from woo_redact.pdf.redact import apply_redactions
from woo_redact.pdf.sanitize import TITLE_LABEL, redact_title
from woo_redact.textmatch import SecretMatcher

SECRET = "Joost Landeweerd"
MAIL = "j.landeweerd@example.org"


def _doc(path: Path, titles: list[tuple[str, int, list[tuple[str, int]]]], *, closed: bool = False) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for i in range(3):
        c.drawString(72, 760, f"Pagina {i + 1}")
        c.showPage()
    c.save()
    buf.seek(0)
    pdf = pikepdf.open(buf)
    top = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines))
    pdf.Root.Dests = pdf.make_indirect(pikepdf.Dictionary({"/bijlage": [pdf.pages[2].obj, pikepdf.Name.Fit]}))

    def item(title: str, page: int, parent: pikepdf.Dictionary) -> pikepdf.Dictionary:
        d = pdf.make_indirect(pikepdf.Dictionary(Title=pikepdf.String(title), Parent=parent))
        if page == 2:
            d.Dest = pikepdf.String("bijlage")  # a named destination
        elif page == 1:
            d.A = pikepdf.Dictionary(S=pikepdf.Name.GoTo, D=[pdf.pages[1].obj, pikepdf.Name.XYZ, 0, 800, None])
        else:
            d.Dest = [pdf.pages[0].obj, pikepdf.Name.Fit]
        return d

    def chain(items: list[pikepdf.Dictionary], parent: pikepdf.Dictionary) -> None:
        parent.First, parent.Last = items[0], items[-1]
        for a, b in itertools.pairwise(items):
            a.Next, b.Prev = b, a

    tops = []
    for title, page, kids in titles:
        t = item(title, page, top)
        if kids:
            ks = [item(kt, kp, t) for kt, kp in kids]
            chain(ks, t)
            t.Count = -len(ks) if closed else len(ks)
        tops.append(t)
    chain(tops, top)
    top.Count = len(tops)
    pdf.Root.Outlines = top
    pdf.save(path)


def _titles(path: Path) -> list[tuple[str, int, int]]:
    """(title, depth, page index of its destination) in order."""
    out = []
    with pikepdf.open(path) as pdf:
        pages = {p.obj.objgen: i for i, p in enumerate(pdf.pages)}

        def walk(node, depth):  # type: ignore[no-untyped-def]
            while node is not None:
                dest = node.get("/Dest")
                out.append((str(node.Title), depth, pages.get(dest[0].objgen, -1) if dest is not None else -1))
                assert "/A" not in node
                walk(node.get("/First"), depth + 1)
                node = node.get("/Next")

        walk(pdf.Root.Outlines.get("/First"), 0)
    return out


def test_outlines_rebuilt_with_redacted_titles(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _doc(src, [("Besluit", 0, [("Bezwaar van " + SECRET, 1), ("Reactie aan " + MAIL, 2)]), ("Bijlagen", 2, [])])
    report = apply_redactions(src, dst, [], scrub_strings=[SECRET, MAIL], scrub_labels={SECRET: "5.1.2e"})
    assert _titles(dst) == [("Besluit", 0, 0), ("Bezwaar van 5.1.2e", 1, 1), (f"Reactie aan {TITLE_LABEL}", 1, 2),
                            ("Bijlagen", 0, 2)]
    assert "Catalog/Outlines" not in report.metadata_scrubbed
    raw = dst.read_bytes()
    assert b"Landeweerd" not in raw and b"landeweerd" not in raw


def test_closed_outline_keeps_negative_count(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _doc(src, [("Hoofdstuk", 0, [("Paragraaf a", 1), ("Paragraaf b", 2)])], closed=True)
    apply_redactions(src, dst, [], scrub_strings=[SECRET])
    with pikepdf.open(dst) as pdf:
        first = pdf.Root.Outlines.First
        assert int(first.Count) == -2 and int(pdf.Root.Outlines.Count) == 1


def test_outlines_dropped_when_switched_off(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _doc(src, [("Besluit", 0, [])])
    report = apply_redactions(src, dst, [], scrub_strings=[SECRET], outlines=False)
    with pikepdf.open(dst) as pdf:
        assert "/Outlines" not in pdf.Root
    assert "Catalog/Outlines" in report.metadata_scrubbed


@pytest.mark.parametrize("title, expected", [
    (f"Brief {SECRET}", "Brief X"),
    (f"Brief {SECRET.upper()}", "Brief X"),
    ("Brief Joost  Landeweerd (kopie)", "Brief X (kopie)"),
    ("Brief Joost\u200bLandeweerd", "Brief X"),  # a zero-width space between the words
    ("Landeweerdstraat 4", "Landeweerdstraat 4"),
])
def test_redact_title_variants(title: str, expected: str) -> None:
    assert redact_title(title, SecretMatcher([SECRET]), {SECRET: "X"}) == expected


@pytest.mark.parametrize("title", ["Brief Joost Lande\u00adweerd", "Brief \uff2aoost Landeweerd"])
def test_title_still_showing_a_secret_drops_all_outlines(title: str, tmp_path: Path) -> None:
    """A soft hyphen inside the name, a full-width letter: the replacement cannot place the
    string, the verifier would still read it, so every bookmark is dropped (fail closed)."""
    src, dst = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _doc(src, [("Besluit", 0, []), (title, 1, [])])
    report = apply_redactions(src, dst, [], scrub_strings=[SECRET])
    with pikepdf.open(dst) as pdf:
        assert "/Outlines" not in pdf.Root
    assert "Outlines/Title" in report.metadata_scrubbed
