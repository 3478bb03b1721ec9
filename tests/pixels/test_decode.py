"""Every glyph decoded: fonts without a usable /ToUnicode, lying maps, scrambled stream order."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import form_and_comment_pdf, identity_h_pdf, lying_tounicode_pdf, scrambled_pdf

from woo_redact.extract import FONT_DECODED, extract, is_scrambled

LINES = ["Aanvrager: Wilma Oosterhuis", "BSN 123456782 en IBAN NL91ABNA0417164300"]
LIE = {c: chr(ord(c) + 1) for c in "abcdefghijklmnopqrstuvwxyz0123456789"}


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_identity_h_without_tounicode_is_read_through_the_fonts_cmap(tmp_path: Path, backend: str) -> None:
    src = identity_h_pdf(tmp_path / "idh.pdf", LINES)
    page = extract(src, backend=backend).pages[0]  # type: ignore[arg-type]
    for line in LINES:
        assert line in page.text
    i = page.text.rfind("123456782")
    boxes = page.boxes_for(i, i + 9)
    assert len(boxes) == 9
    # where the glyphs are drawn: second line, starting after "BSN "
    assert all(675 <= b.y0 < 682 and b.y1 < 695 for b in boxes)
    assert boxes[0].x0 == pytest.approx(72 + 4 * 6.6, abs=0.5)
    if backend == "pdfium":  # PDFium's own reading is garbage: the text comes from the decoder
        gi = page.glyph_at[i]
        assert gi is not None and page.glyphs[gi].font == FONT_DECODED


def test_pdfium_alone_reads_garbage_there(tmp_path: Path) -> None:
    src = identity_h_pdf(tmp_path / "idh.pdf", LINES)
    assert "Oosterhuis" not in extract(src, decode_fonts=False).pages[0].text


def test_lying_tounicode_is_read_through_the_encoding_as_well(tmp_path: Path) -> None:
    src = lying_tounicode_pdf(tmp_path / "lie.pdf", LINES, LIE)
    plain = extract(src, decode_fonts=False).pages[0].text
    assert "Oosterhuis" not in plain  # the map lies to every reader
    text = extract(src).pages[0].text
    assert "Wilma Oosterhuis" in text and "123456782" in text


def test_honest_fonts_add_nothing(tmp_path: Path) -> None:
    src = lying_tounicode_pdf(tmp_path / "honest.pdf", LINES, {})
    a, b = extract(src, decode_fonts=False).pages[0], extract(src).pages[0]
    assert a.text == b.text


def test_scrambled_stream_order_is_rebuilt_from_positions(tmp_path: Path) -> None:
    src = scrambled_pdf(tmp_path / "scr.pdf", LINES)
    for backend in ("pdfium", "pdfplumber"):
        page = extract(src, backend=backend).pages[0]  # type: ignore[arg-type]
        assert page.text.split("\n") == LINES
        i = page.text.find("Oosterhuis")
        xs = [b.x0 for b in page.boxes_for(i, i + 10)]
        assert xs == sorted(xs)


def test_ordinary_text_is_not_reordered(tmp_path: Path, pdf_factory) -> None:  # type: ignore[no-untyped-def]
    src = pdf_factory([["Kolom een links", "en nog een regel", "Derde regel tekst hier", "Vierde regel en meer woorden"]])
    page = extract(src).pages[0]
    assert not is_scrambled(page)


def test_decoded_glyphs_are_removed_by_the_writer(tmp_path: Path) -> None:
    from woo_redact.pdf.redact import apply_redactions
    from woo_redact.types import BBox, RedactBox

    src = identity_h_pdf(tmp_path / "idh.pdf", LINES)
    page = extract(src).pages[0]
    i = page.text.rfind("Oosterhuis")
    box = BBox.enclosing(page.boxes_for(i, i + 10)).expand(0.6)
    out = tmp_path / "out.pdf"
    assert apply_redactions(src, out, [RedactBox(0, box, "5.1.2e")]).glyphs_removed == 10
    after = extract(out, backend="pdfplumber").pages[0].text
    assert "Oosterhuis" not in after and "Wilma" in after


def test_form_values_and_comments_are_read_with_boxes_where_they_sit(tmp_path: Path) -> None:
    from woo_redact.extract import ANNOTATION_TEXT

    src = form_and_comment_pdf(tmp_path / "form.pdf", "Henk Stoffelen", "Bel Henk op 0612398745", "Piet Kramer",
                               options=["Optie Karin Mulder", "Andere optie"])
    page = extract(src).pages[0]
    assert page.text.startswith("Naam aanvrager:")
    for s in ("Henk Stoffelen", "Bel Henk op 0612398745", "Piet Kramer", "Karin Mulder"):
        assert s in page.text
    i = page.text.find("Stoffelen")
    boxes = page.boxes_for(i, i + 9)
    assert all(b.x0 >= 170 and b.x1 <= 400 and b.y0 == 712 and b.y1 == 730 for b in boxes)
    gi = page.glyph_at[i]
    assert gi is not None and page.glyphs[gi].font == ANNOTATION_TEXT
    j = page.text.find("0612398745")
    assert all(b.x0 >= 500 and b.x1 <= 520 for b in page.boxes_for(j, j + 10))
    assert "Stoffelen" not in extract(src, decode_fonts=False).pages[0].text
