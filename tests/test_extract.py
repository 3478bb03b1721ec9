"""Extraction: text and glyph index built together, both backends agree on the words."""

from __future__ import annotations

import pytest

from woo_redact.errors import EncryptedPDFError, ExtractionError
from woo_redact.extract import extract


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_text_and_glyph_index_agree(pdf_factory, backend):
    path = pdf_factory([["Aan Jan de Vries, afdeling Wonen", "Telefoon 06-12345678"], ["Tweede pagina"]])
    doc = extract(path, backend=backend)
    assert len(doc.pages) == 2
    page = doc.pages[0]
    assert "Jan de Vries" in page.text and "06-12345678" in page.text
    # every glyph-backed character maps to a glyph showing that character
    for i, gi in enumerate(page.glyph_at):
        if gi is not None:
            assert page.glyphs[gi].char[:1] == page.text[i] or page.text[i] in "-"
    start = page.text.index("Jan de Vries")
    boxes = page.boxes_for(start, start + len("Jan de Vries"))
    assert len(boxes) == len("JandeVries")
    # left to right on one line, in default user space (y near the drawn baseline 780)
    xs = [b.x0 for b in boxes]
    assert xs == sorted(xs)
    assert all(770 < b.y1 < 800 and b.y0 < 782 for b in boxes)


def test_backends_find_the_same_words(pdf_factory):
    path = pdf_factory([["Geachte heer Bakker,", "uw BSN is 111222333 en uw postcode 1234 AB."]])
    a = extract(path, backend="pdfium").pages[0].text.split()
    b = extract(path, backend="pdfplumber").pages[0].text.split()
    assert a == b


def test_same_glyph_positions_across_backends(pdf_factory):
    path = pdf_factory([["Kenmerk Z/25/0001"]])
    pa = extract(path, backend="pdfium").pages[0]
    pb = extract(path, backend="pdfplumber").pages[0]
    for ga, gb in zip(pa.glyphs, pb.glyphs):
        assert ga.char == gb.char
        assert abs(ga.bbox.x0 - gb.bbox.x0) < 0.6
        assert abs(ga.bbox.x1 - gb.bbox.x1) < 0.6


def test_not_a_pdf(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"this is not a pdf at all")
    with pytest.raises(ExtractionError, match="not a readable PDF"):
        extract(bad)


def test_encrypted_needs_password(tmp_path, pdf_factory):
    import pikepdf

    src = pdf_factory([["geheim"]])
    enc = tmp_path / "enc.pdf"
    with pikepdf.open(src) as pdf:
        pdf.save(enc, encryption=pikepdf.Encryption(user="pw", owner="pw2"))
    with pytest.raises(EncryptedPDFError, match="--password"):
        extract(enc)
    assert "geheim" in extract(enc, password="pw").pages[0].text


def test_sha256_is_of_the_input(pdf_factory):
    import hashlib

    path = pdf_factory([["x"]])
    assert extract(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_table_cells_are_separated_by_tabs(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "table.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    for x, cell in [(60, "Bestuur"), (160, "0182 588 100"), (260, "06 5390 1187")]:
        c.drawString(x, 700, cell)
    c.drawString(60, 680, "Een gewone zin met spaties.")
    c.save()
    text = extract(path).pages[0].text
    assert "Bestuur\t0182 588 100\t06 5390 1187" in text
    assert "Een gewone zin met spaties." in text


def test_glyph_table_reads_like_a_tuple_of_glyphs():
    from woo_redact.types import BBox, Glyph, GlyphTable

    gs = (Glyph("J", BBox(1, 2, 3, 4), size=11.0), Glyph("é", BBox(3, 2, 5, 4), font="F1", size=11.0))
    table = GlyphTable(gs)
    assert len(table) == 2 and table == gs and table[1] == gs[1] and table[-1].font == "F1"
    assert table[0].font == "" and list(table) == list(gs) and table[0:1] == gs[:1]
    assert table.coords(1) == (3, 2, 5, 4) and table.bbox(0) == gs[0].bbox
    with pytest.raises(IndexError):
        table[2]
    with pytest.raises(ValueError):
        table.append("x", 5, 0, 1, 1)  # corners out of order, as BBox refuses them


def test_extracted_page_boxes_come_from_the_glyph_table(pdf_factory):
    from woo_redact.types import GlyphTable

    page = extract(pdf_factory([["Jan de Vries belde."]])).pages[0]
    assert isinstance(page.glyphs, GlyphTable)
    start = page.text.index("Vries")
    boxes = page.boxes_for(start, start + 5)
    assert boxes == [page.glyphs[page.glyph_at[i]].bbox for i in range(start, start + 5)]
    assert all(b.width > 0 and b.height > 0 for b in boxes)


def test_lying_map_judgement() -> None:
    """A /ToUnicode lies when the font's own encoding reads its letters as other plain letters,
    or two digits as other digits; a stale subset cmap (subscripts, fractions, nothing) does not
    make it a liar."""
    from woo_redact.extract import _lies

    word = list(zip("Wijnbergen", "Jvqiorytlu"))
    assert _lies(word)
    assert not _lies(list(zip("Wijnbergen", "Wijnbergen")))
    assert _lies(list(zip("abcdefgh0123", "abcdefgh3456")))  # only the digits lie
    assert not _lies(list(zip("abcdefgh01", "abcdefgh01")))
    stale = [("5", "9"), ("D", "\u2081"), ("E", "\u2082"), ("R", "\u00bd"), ("V", ""), ("M", "S"), ("2", "6")]
    assert not _lies(stale)
    assert _lies([("F", "F"), ("e", "o"), ("m", "t"), ("k", "r"), ("E", "É")] + list(zip("ijnbergen", "abcdefghi")))
