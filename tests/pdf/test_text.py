"""Glyph removal across operators, text-state parameters and font types."""

from __future__ import annotations

import pikepdf
import pytest
from woo_pdf_helpers import (
    add_page,
    box,
    cid_font,
    cid_hex,
    find_box,
    kept_chars_same,
    pdftotext,
    plumber_text,
    raw_stream_bytes,
    std_font,
    truetype_simple_font,
    type3_font,
)

from woo_redact.pdf.redact import apply_redactions
from woo_redact.pdf.render_check import check_render
from woo_redact.types import BBox

SECRET = "Jan Jansen"


def _run(src, dst, secret=SECRET, label="5.1.2e", page=0, occurrence=0, **kw):  # type: ignore[no-untyped-def]
    b = box(page, find_box(src, secret, page=page, occurrence=occurrence), label)
    report = apply_redactions(src, dst, [b], scrub_strings=[secret], **kw)
    return b, report


def _assert_redacted(src, dst, b, secret=SECRET, label="5.1.2e", page=0, tc=0.0):  # type: ignore[no-untyped-def]
    assert secret not in pdftotext(dst)
    assert secret.replace(" ", "") not in plumber_text(dst, page).replace(" ", "")
    kept_chars_same(src, dst, b.bbox, page, plumber_extra=None if tc is None else 2 * abs(tc))
    assert label in pdftotext(dst)
    assert check_render(src, dst, [b]) == []


@pytest.mark.parametrize(
    "content",
    [
        b"BT /F1 12 Tf 20 100 Td [(Hello ) -250 (Jan) 120 ( Jansen) 80 ( world)] TJ ET",
        b"BT /F1 11 Tf 1.5 Tc 3 Tw 20 100 Td (Hello Jan Jansen world) Tj ET",
        b"BT /F1 10 Tf 80 Tz 0.7 Tc 20 100 Td (Hello Jan Jansen world) Tj ET",
        b"BT /F1 10 Tf 14 TL 20 120 Td (first line) Tj (Hello Jan Jansen world) ' ET",
        b'BT /F1 10 Tf 14 TL 20 120 Td (first line) Tj 2 0.5 (Hello Jan Jansen world) " ET',
        b"BT /F1 10 Tf 2 Ts 20 100 Td (Hello ) Tj 0 Ts (Jan Jansen) Tj ( world) Tj ET",
        b"BT /F1 10 Tf 1 0 0 1 20 100 Tm 5 0 TD (Hello Jan Jansen world) Tj T* (next) Tj ET",
        b"q 1.5 0 0 1.5 10 10 cm BT /F1 9 Tf 1 0.2 -0.2 1 5 60 Tm (Hello Jan Jansen world) Tj ET Q",
    ],
    ids=["tj-kerning", "tc-tw", "tz", "quote", "dquote", "rise", "tm-td-tstar", "cm-skewed"],
)
def test_standard_font_operators(pdf, save, content: bytes) -> None:  # type: ignore[no-untyped-def]
    add_page(pdf, content, fonts={"F1": std_font(pdf)})
    src, dst = save(pdf)
    b, report = _run(src, dst)
    assert report.glyphs_removed >= len(SECRET.replace(" ", ""))
    assert report.regions_flagged == ()
    tc = float(content.split(b" Tc")[0].split()[-1]) if b" Tc" in content else 0.0
    # pdfminer ignores the line move of the " operator, so only PDFium positions are compared there
    _assert_redacted(src, dst, b, tc=None if b'"' in content else tc)
    assert b"Jansen" not in raw_stream_bytes(dst)


def test_cid_identity_h_font(pdf, save) -> None:  # type: ignore[no-untyped-def]
    text = "Hello Jan Jansen world"
    font, gids = cid_font(pdf, text)
    # Tw must not apply: Identity-H codes are two bytes, even <0020>
    content = b"BT /F1 12 Tf 1 Tc 6 Tw 20 100 Td [" + cid_hex(gids, "Hello ") + b" -100 " + cid_hex(gids, "Jan Jansen") + b" " + cid_hex(gids, " world") + b"] TJ ET"
    add_page(pdf, content, fonts={"F1": font})
    src, dst = save(pdf)
    assert SECRET in pdftotext(src)
    b, report = _run(src, dst)
    assert report.glyphs_removed == len(SECRET)
    _assert_redacted(src, dst, b, tc=1.0)


def test_simple_truetype_font(pdf, save) -> None:  # type: ignore[no-untyped-def]
    add_page(pdf, b"BT /F1 12 Tf 2 Tw 20 100 Td (Hello Jan Jansen world) Tj ET", fonts={"F1": truetype_simple_font(pdf)})
    src, dst = save(pdf)
    b, _ = _run(src, dst)
    _assert_redacted(src, dst, b)


def test_type3_font(pdf, save) -> None:  # type: ignore[no-untyped-def]
    add_page(pdf, b"BT /T3 10 Tf 20 100 Td (hello janjansen world) Tj ET", fonts={"T3": type3_font(pdf)})
    src, dst = save(pdf)
    assert "janjansen" in pdftotext(src)
    b, report = _run(src, dst, secret="janjansen")
    assert report.glyphs_removed >= 9  # plus zero-width spaces at the box edges
    _assert_redacted(src, dst, b, secret="janjansen")


def test_two_fonts_and_second_occurrence(pdf, save) -> None:  # type: ignore[no-untyped-def]
    content = (b"BT /F1 10 Tf 20 150 Td (Jan Jansen first) Tj ET "
               b"BT /F2 10 Tf 20 100 Td (Hello Jan Jansen world) Tj ET")
    add_page(pdf, content, fonts={"F1": std_font(pdf, "Times-Roman"), "F2": std_font(pdf, "Courier")})
    src, dst = save(pdf)
    b, _ = _run(src, dst, occurrence=1)
    out = pdftotext(dst)
    assert out.count(SECRET) == 1 and "first" in out  # only the boxed occurrence went
    assert check_render(src, dst, [b]) == []


def test_unknown_widths_fail_closed(pdf, save) -> None:  # type: ignore[no-untyped-def]
    """A non-standard font without /Widths: positions are guesses, so the line is cleared and flagged."""
    font = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.TrueType, BaseFont=pikepdf.Name("/MysteryFont")))
    add_page(pdf, b"BT /F1 12 Tf 20 100 Td (Hello Jan Jansen world) Tj ET BT /F1 12 Tf 20 150 Td (Other line) Tj ET",
             fonts={"F1": font})
    src, dst = save(pdf)
    report = apply_redactions(src, dst, [box(0, BBox(60, 95, 120, 110))])
    assert report.regions_flagged
    assert "Jansen" not in pdftotext(dst)
    assert "Other line" in pdftotext(dst)


def test_unbalanced_q_does_not_move_boxes(pdf, save) -> None:  # type: ignore[no-untyped-def]
    add_page(pdf, b"q q 0.5 0 0 0.5 0 0 cm BT /F1 20 Tf 40 200 Td (Hello Jan Jansen world) Tj ET Q Q Q",
             fonts={"F1": std_font(pdf)})
    src, dst = save(pdf)
    b, _ = _run(src, dst)
    assert check_render(src, dst, [b]) == []
    assert SECRET not in pdftotext(dst)


def test_cid_identity_v_vertical_writing(pdf, save) -> None:  # type: ignore[no-untyped-def]
    text = "HelloJanJansenworld"
    font, gids = cid_font(pdf, text)
    font.Encoding = pikepdf.Name("/Identity-V")
    add_page(pdf, b"BT /F1 12 Tf 100 280 Td " + cid_hex(gids, text) + b" Tj ET", fonts={"F1": font}, size=(300, 300))
    src, dst = save(pdf)
    b = box(0, find_box(src, "JanJansen"))
    report = apply_redactions(src, dst, [b])
    assert report.glyphs_removed == 9
    out = pdftotext(dst)
    assert "Jansen" not in out and "Hello" in out and "world" in out
    assert check_render(src, dst, [b]) == []


def test_actual_text_of_removed_glyphs_dropped(pdf, save) -> None:  # type: ignore[no-untyped-def]
    content = (b"BT /F1 12 Tf 20 100 Td (Hello ) Tj /Span <</ActualText (Jan Jansen)>> BDC (J. J.) Tj EMC "
               b"/Span <</ActualText (world)>> BDC ( world) Tj EMC ET")
    add_page(pdf, content, fonts={"F1": std_font(pdf)})
    src, dst = save(pdf)
    b = box(0, BBox(51, 97, 72, 110))  # "J. J." (PDFium itself extracts the ActualText instead)
    report = apply_redactions(src, dst, [b])  # no scrub strings: the removal alone drops the ActualText
    assert report.glyphs_removed == 5
    raw = raw_stream_bytes(dst)
    assert b"Jansen" not in raw and b"(world)" in raw


def test_cid_embedded_cmap_one_byte_codes_with_word_spacing(pdf, save) -> None:  # type: ignore[no-untyped-def]
    """Single-byte code 32 in a Type0 font gets Tw; the embedded CMap decides the code lengths."""
    from woo_pdf_helpers import cid_font_embedded_cmap

    font = cid_font_embedded_cmap(pdf, "Hello Jan Jansen world")
    add_page(pdf, b"BT /F1 12 Tf 4 Tw 0.5 Tc 20 100 Td (Hello Jan Jansen world) Tj ET", fonts={"F1": font})
    src, dst = save(pdf)
    assert SECRET in pdftotext(src)
    b, report = _run(src, dst)
    assert report.glyphs_removed == len(SECRET) and report.regions_flagged == ()
    _assert_redacted(src, dst, b, tc=0.5)


def test_named_properties_actual_text_dropped(pdf, save) -> None:  # type: ignore[no-untyped-def]
    page = add_page(pdf, b"BT /F1 12 Tf 20 100 Td (Hello ) Tj /Span /MC0 BDC (J. J.) Tj EMC ( world) Tj ET",
                    fonts={"F1": std_font(pdf)})
    page.obj.Resources.Properties = pikepdf.Dictionary(MC0=pikepdf.Dictionary(ActualText=pikepdf.String("Jan Jansen")))
    src, dst = save(pdf)
    report = apply_redactions(src, dst, [box(0, BBox(51, 97, 72, 110))])
    assert report.glyphs_removed == 5
    assert b"Jansen" not in raw_stream_bytes(dst) and b"Jansen" not in dst.read_bytes()
