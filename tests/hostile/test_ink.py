"""Text no extractor reads (vector outlines, Type3 procedures, tiling patterns) is found in the
pixels, redacted, and gone from the rendering — also once the black boxes are deleted — while
vector graphics and outlined headings without personal data are published as they were."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hostile_readers import ocr_pages, pdfium, plumber, poppler, recoverable, squash
from ink_cases import EMAIL, INK_CASES, INK_CONTROLS, INK_PROBES, PHONE

from woo_redact.extract import extract
from woo_redact.ocr import INK_OCR_FONT, ImageTextCache, add_unexplained_ink_text, ocr_available

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"),
    pytest.mark.skipif(not ocr_available("nld"), reason="Tesseract with Dutch (nld) not installed"),
]


def _pixels(text: str) -> str:
    """OCR text squashed, with the usual confusions of an isolated '@' undone."""
    return squash(text).replace("©", "@").replace("®", "@")


@pytest.mark.parametrize("name", sorted(INK_CASES))
def test_ink_text_is_read_and_redacted(pipeline, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, dst = tmp_path / "in.pdf", tmp_path / "out.pdf"
    INK_CASES[name](src)
    text = squash(poppler(src) + pdfium(src) + plumber(src))
    assert not [p for p in INK_PROBES if p in text], "the case must hide the strings from every text extractor"
    before_pixels = _pixels(ocr_pages(src))
    assert any(p in before_pixels for p in INK_PROBES), "the case must show the strings in its pixels"
    before = src.read_bytes()
    result = pipeline.redact(src, dst)
    assert src.read_bytes() == before
    assert result.ok, f"{name}: refused ({result.error})"
    found = {d.finding.text for d in result.decisions if d.action.value == "redact"}
    assert found & {EMAIL, PHONE}, f"{name}: nothing read from the ink was redacted"
    assert recoverable(dst, INK_PROBES) == {}
    for unboxed in (False, True):
        seen = _pixels(ocr_pages(dst, unboxed=unboxed))
        assert not [p for p in INK_PROBES if p in seen], f"{name}: readable in the pixels (unboxed={unboxed})"
    assert "besluitvolgtbinnenzesweken" in squash(poppler(dst)), "kept text lost"
    if name == "outline_paragraph_one_path":  # the lines around the redacted one stay drawn
        seen = _pixels(ocr_pages(dst, unboxed=True))
        assert "reactiesgraagvoorvrijdag" in seen and "hetverslagisopgesteld" in seen


@pytest.mark.parametrize("name", sorted(INK_CONTROLS))
def test_ink_control_is_published_unchanged(pipeline, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, dst = tmp_path / "in.pdf", tmp_path / "out.pdf"
    INK_CONTROLS[name](src)
    result = pipeline.redact(src, dst)
    assert result.ok, f"{name}: refused ({result.error})"
    assert "besluitvolgtbinnenzesweken" in squash(poppler(dst))
    if name == "control_hatched_cell_with_name":  # the address goes, the hatching stays whole
        import pikepdf

        assert recoverable(dst, INK_PROBES) == {}
        with pikepdf.open(dst) as pdf:
            cells = [bytes(x.read_bytes()) for x in pdf.objects if isinstance(x, pikepdf.Stream) and x.get("/PatternType") == 1]
        assert cells and all(b"4 4 l" in c for c in cells)
        return
    assert not [d for d in result.decisions if d.action.value == "redact"]
    if name == "control_outlined_heading":
        assert "besluitopbezwaar" in _pixels(ocr_pages(dst)), "the outlined heading must stay visible"


def test_ordinary_page_reads_nothing(tmp_path: Path) -> None:
    """A page whose ink is all explained by its glyphs costs one rendering and no OCR run."""
    src = tmp_path / "in.pdf"
    INK_CONTROLS["control_vector_graphics"](src)
    doc = extract(src)
    new, rep = add_unexplained_ink_text(doc, cache=ImageTextCache())
    assert rep.pages == 1 and rep.words == 0
    assert new.pages[0].text == doc.pages[0].text
    plain = tmp_path / "plain.pdf"
    from ink_cases import _base, _save

    _save(_base(("Een gewone regel tekst.",)), plain)
    _, rep = add_unexplained_ink_text(extract(plain))
    assert rep.pages == 1 and rep.pages_unexplained == 0 and rep.ocr_runs == 0


def test_ink_words_carry_boxes_over_the_ink(tmp_path: Path) -> None:
    """The words read from outlines sit where the outlines are drawn (user space)."""
    src = tmp_path / "in.pdf"
    INK_CASES["outline_one_path"](src)
    doc, rep = add_unexplained_ink_text(extract(src))
    page = doc.pages[0]
    i = page.text.find(EMAIL)
    assert i > 0 and rep.words >= 2
    boxes = page.boxes_for(i, i + len(EMAIL))
    assert all(page.glyphs[page.glyph_at[k]].font == INK_OCR_FONT for k in range(i, i + len(EMAIL)))
    x0, y0 = min(b.x0 for b in boxes), min(b.y0 for b in boxes)
    x1, y1 = max(b.x1 for b in boxes), max(b.y1 for b in boxes)
    # drawn at x = 72 + "Contact: " (about 60 pt at 12 pt), baseline box from y = 700, 12 pt type
    assert 110 < x0 < 160 and 250 < x1 < 330 and 690 < y0 < 706 and 704 < y1 < 722


LYING = sorted(n for n in INK_CASES if n.startswith("lying_"))
UNTRUSTED_FONTS = [*LYING, "type3_bitmap_font"]


@pytest.mark.parametrize("name", LYING)
def test_lying_tounicode_pixels_reach_detection(name: str, tmp_path: Path) -> None:
    """Under a lying /ToUnicode the OCR reading of the pixels joins the page text (besides the
    font's own decoding), where the glyphs are drawn."""
    src = tmp_path / "in.pdf"
    INK_CASES[name](src)
    doc, rep = add_unexplained_ink_text(extract(src), cache=ImageTextCache())
    page = doc.pages[0]
    ink = "".join(g.char for g in page.glyphs if g.font == INK_OCR_FONT)
    assert PHONE.replace("-", "") in ink.replace("-", ""), f"{name}: the pixels' reading is missing"
    assert rep.ocr_runs == 1


@pytest.mark.parametrize("name", UNTRUSTED_FONTS)
def test_verifier_reads_pixels_under_a_lying_font(name: str, tmp_path: Path) -> None:
    """The verifier on its own: an unredacted page whose font lies (or is a Type3 font of
    scanned letters) is refused by its pixels, named by check and secret index only."""
    from woo_redact.verify import LeakCheck, verify_output

    src = tmp_path / "in.pdf"
    INK_CASES[name](src)
    res = verify_output(src, [EMAIL if name == "type3_bitmap_font" else PHONE])
    assert not res.ok and "pixels" in res.checks
    assert any(lk.check is LeakCheck.PIXELS and lk.secret == 0 and lk.page == 0 for lk in res.leaks)
    assert not any(PHONE in p or EMAIL in p for p in res.problems)


def test_verifier_skips_pixels_for_truthful_fonts(tmp_path: Path) -> None:
    from woo_redact.verify import verify_output

    src = tmp_path / "in.pdf"
    INK_CONTROLS["control_truthful_tounicode"](src)
    res = verify_output(src, [PHONE])
    assert res.ok and "pixels" not in res.checks


def test_repeated_vector_logo_is_read_once(tmp_path: Path) -> None:
    """A letterhead drawn as outlines on every page is rendered large and OCR'd once (cached
    by what the cheap rendering shows), and its words join every page."""
    import io

    import pikepdf
    from ink_cases import outline_ops
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for i in range(3):
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, f"Pagina {i + 1} van het verslag.")
        c.showPage()
    c.save()
    buf.seek(0)
    src = tmp_path / "in.pdf"
    with pikepdf.open(buf) as pdf:
        for page in pdf.pages:
            page.contents_add(pdf.make_stream(outline_ops("Gemeente Noordwaarde", 72, 780, 16, style="polygons")))
        pdf.save(src)
    doc, rep = add_unexplained_ink_text(extract(src), cache=ImageTextCache())
    assert (rep.pages_unexplained, rep.ocr_runs, rep.cache_hits) == (3, 1, 2)
    assert all("Noordwaarde" in p.text for p in doc.pages)


def test_budget_spent_counts_pages_left_unread(tmp_path: Path) -> None:
    """When the time budget is spent, pages with unexplained ink are counted as skipped (the
    pipeline flags the document for review), never silently passed."""
    src = tmp_path / "in.pdf"
    INK_CASES["outline_one_path"](src)
    doc = extract(src)
    new, rep = add_unexplained_ink_text(doc, cache=ImageTextCache(), max_seconds=0.0)
    assert (rep.pages_unexplained, rep.skipped, rep.ocr_runs, rep.words) == (1, 1, 0, 0)
    assert new.pages[0].text == doc.pages[0].text
