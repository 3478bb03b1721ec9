"""Document-level scrubbing, errors, output structure and the render check itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest
from woo_pdf_helpers import add_page, box, find_box, pdftotext, raw_stream_bytes, std_font

from woo_redact.errors import EncryptedPDFError, ExtractionError, RedactionError
from woo_redact.pdf.redact import BoxStyle, apply_redactions
from woo_redact.pdf.render_check import check_render
from woo_redact.types import BBox

SECRET = "Jan Jansen"
XMP = b"""<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>
<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>
<dc:creator><rdf:Seq><rdf:li>Jan Jansen</rdf:li></rdf:Seq></dc:creator></rdf:Description>
</rdf:RDF></x:xmpmeta><?xpacket end='w'?>"""


def _simple(pdf: pikepdf.Pdf) -> pikepdf.Page:
    return add_page(pdf, b"BT /F1 12 Tf 30 100 Td (Hello Jan Jansen world) Tj ET", fonts={"F1": std_font(pdf)})


def test_xmp_only_metadata_and_info(pdf, save) -> None:  # type: ignore[no-untyped-def]
    page = _simple(pdf)
    pdf.Root.Metadata = pdf.make_stream(XMP, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
    page.obj.Metadata = pdf.make_stream(XMP)
    src, dst = save(pdf)
    report = apply_redactions(src, dst, [])
    assert "Metadata" in report.metadata_scrubbed
    assert b"dc:creator" not in raw_stream_bytes(dst)
    with pikepdf.open(dst) as out:
        # a fresh XMP packet of our own, not the input's
        meta = out.open_metadata()
        assert dict(meta) == {"{http://ns.adobe.com/pdf/1.3/}Producer": "woo_redact"}
        assert "/Metadata" not in out.pages[0].obj
        assert dict(out.docinfo.items()) == {"/Producer": pikepdf.String("woo_redact")}


def test_info_dict_scrubbed_names_only(pdf, save) -> None:  # type: ignore[no-untyped-def]
    _simple(pdf)
    pdf.docinfo["/Author"] = "Jan Jansen"
    pdf.docinfo["/Title"] = "Besluit over Jan Jansen"
    pdf.docinfo["/Custom"] = "x"
    src, dst = save(pdf)
    report = apply_redactions(src, dst, [])
    assert {"Info/Author", "Info/Title", "Info/Custom"} <= set(report.metadata_scrubbed)
    assert not any("Jansen" in m for m in report.metadata_scrubbed)
    assert b"Jansen" not in dst.read_bytes()


def test_active_content_attachments_outlines_structure(pdf, save) -> None:  # type: ignore[no-untyped-def]
    page = _simple(pdf)
    js = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('Jan Jansen')")))
    pdf.Root.OpenAction = js
    ef = pdf.make_stream(b"secret attachment Jan Jansen", Type=pikepdf.Name.EmbeddedFile)
    spec = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Filespec, F=pikepdf.String("a.txt"), EF=pikepdf.Dictionary(F=ef)))
    pdf.Root.Names = pikepdf.Dictionary(EmbeddedFiles=pikepdf.Dictionary(Names=[pikepdf.String("a.txt"), spec]))
    page.obj.AA = pikepdf.Dictionary(O=js)
    page.obj.Thumb = pdf.make_stream(b"\x00" * 12, Width=2, Height=2, ColorSpace=pikepdf.Name.DeviceRGB, BitsPerComponent=8)
    item = pdf.make_indirect(pikepdf.Dictionary(Title=pikepdf.String("Brief aan J. JANSEN"), Dest=[page.obj, pikepdf.Name.Fit]))
    other = pdf.make_indirect(pikepdf.Dictionary(Title=pikepdf.String("Inleiding"), Dest=[page.obj, pikepdf.Name.Fit]))
    outlines = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines, First=item, Last=other, Count=2))
    item.Parent, item.Next, other.Parent, other.Prev = outlines, other, outlines, item
    pdf.Root.Outlines = outlines
    elem = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.Span,
                                                ActualText=pikepdf.String("Jan Jansen"), Alt=pikepdf.String("foto"), K=0, Pg=page.obj))
    pdf.Root.StructTreeRoot = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot, K=[elem]))
    pdf.Root.PageLabels = pikepdf.Dictionary(Nums=[0, pikepdf.Dictionary(P=pikepdf.String("Jan Jansen-"))])
    src, dst = save(pdf)
    report = apply_redactions(src, dst, [], scrub_strings=["J. Jansen", "jan   jansen"])
    for name in ("Catalog/OpenAction", "Names/EmbeddedFiles", "Page/Thumb", "Page/AA", "Catalog/StructTreeRoot",
                 "PageLabels/P"):
        assert name in report.metadata_scrubbed, name
    whole = dst.read_bytes() + raw_stream_bytes(dst)
    for marker in (b"attachment", b"alert", b"JANSEN", b"Jansen-", b"foto"):
        assert marker not in whole, marker
    with pikepdf.open(dst) as out:
        # rebuilt, not scrubbed: the structure tree is not carried over at all; the outlines are
        # fresh items with redacted titles
        assert set(out.Root.keys()) <= {"/Type", "/Pages", "/PageLabels", "/Lang", "/OCProperties", "/PageLayout", "/Metadata",
                                        "/Outlines"}
        first = out.Root.Outlines.First
        assert (str(first.Title), str(first.Next.Title)) == ("Brief aan […]", "Inleiding")
        assert "/P" not in out.Root.PageLabels.Nums[1]
        assert set(out.pages[0].obj.keys()) <= {"/Type", "/Parent", "/MediaBox", "/CropBox", "/Resources", "/Contents", "/Rotate"}


def test_full_rewrite_drops_old_revisions(tmp_path: Path, pdf, save) -> None:  # type: ignore[no-untyped-def]
    _simple(pdf)
    src, _ = save(pdf)
    # incremental update that replaces the page content: the old revision still holds the secret
    with pikepdf.open(src, allow_overwriting_input=True) as doc:
        doc.pages[0].obj.Contents = doc.make_stream(b"BT /F1 12 Tf 30 100 Td (Hello Jan Jansen world) Tj ET")
        doc.save(src, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    dst = tmp_path / "o.pdf"
    b = box(0, find_box(src, SECRET))
    apply_redactions(src, dst, [b])
    data = dst.read_bytes()
    assert data.count(b"%%EOF") == 1
    assert b"Jansen" not in raw_stream_bytes(dst)


def test_encrypted_needs_password(pdf, save, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _simple(pdf)
    src = tmp_path / "enc.pdf"
    pdf.save(src, encryption=pikepdf.Encryption(user="geheim", owner="eigenaar"))
    with pytest.raises(EncryptedPDFError, match="--password"):
        apply_redactions(src, tmp_path / "o.pdf", [])
    with pytest.raises(EncryptedPDFError, match="--password"):
        apply_redactions(src, tmp_path / "o.pdf", [], password="fout")
    b = box(0, find_box(src, SECRET, password="geheim"))
    report = apply_redactions(src, tmp_path / "o.pdf", [b], password="geheim")
    assert "Encrypt" in report.metadata_scrubbed
    assert SECRET not in pdftotext(tmp_path / "o.pdf")
    assert check_render(src, tmp_path / "o.pdf", [b], password="geheim") == []


def test_not_a_pdf_and_bad_page(tmp_path: Path, pdf, save) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"this is not a pdf at all\n")
    with pytest.raises(ExtractionError):
        apply_redactions(junk, tmp_path / "o.pdf", [])
    with pytest.raises(ExtractionError):
        apply_redactions(tmp_path / "missing.pdf", tmp_path / "o.pdf", [])
    _simple(pdf)
    src, dst = save(pdf)
    with pytest.raises(RedactionError):
        apply_redactions(src, dst, [box(3, BBox(0, 0, 10, 10))])
    with pytest.raises(RedactionError):
        apply_redactions(src, src, [])


def test_adjacent_boxes_merge_with_one_label(pdf, save) -> None:  # type: ignore[no-untyped-def]
    _simple(pdf)
    src, dst = save(pdf)
    jan = find_box(src, "Jan", occurrence=0)
    jansen = find_box(src, "Jansen")
    report = apply_redactions(src, dst, [box(0, jan, "5.1.2e"), box(0, jansen, "5.1.2e")],
                              style=BoxStyle(fill=(0.2, 0.2, 0.2)))
    assert report.glyphs_removed >= 9
    text = pdftotext(dst)
    assert text.count("5.1.2e") == 1 and "Jan" not in text
    with pikepdf.open(dst) as out:
        assert out.pages[0].Contents.read_bytes().count(b" re") == 1


def test_tiny_box_skips_label(pdf, save) -> None:  # type: ignore[no-untyped-def]
    _simple(pdf)
    src, dst = save(pdf)
    apply_redactions(src, dst, [box(0, BBox(200, 150, 204, 152), "5.1.2e")])
    assert "5.1.2e" not in pdftotext(dst)


def test_check_render_catches_leaks_and_damage(pdf, save, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _simple(pdf)
    add_page(pdf, b"BT /F1 12 Tf 30 100 Td (Second page text) Tj ET", fonts={"F1": std_font(pdf)})
    src, dst = save(pdf)
    b = box(0, find_box(src, SECRET))
    apply_redactions(src, dst, [b])
    assert check_render(src, dst, [b]) == []
    # leaky: the source itself, as if nothing had been drawn
    leak = tmp_path / "leak.pdf"
    shutil.copy(src, leak)
    problems = check_render(src, leak, [b])
    assert problems == ["page 1: box 1 is not covered"]
    # damaged: the second page's text moved by 20 pt
    with pikepdf.open(dst) as out:
        out.pages[1].Contents = out.make_stream(b"BT /F1 12 Tf 50 100 Td (Second page text) Tj ET")
        bad = tmp_path / "bad.pdf"
        out.save(bad)
    problems = check_render(src, bad, [b])
    assert len(problems) == 1 and problems[0].startswith("page 2:") and "changed outside" in problems[0]
    assert not any("Second" in p or "Jan" in p for p in problems)


def test_unparseable_page_is_rasterised(pdf, save, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Fail closed: a page the rewriter cannot read becomes an image with the boxes burnt in."""
    _simple(pdf)
    src, dst = save(pdf)
    b = box(0, find_box(src, SECRET))

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise pikepdf.PdfError("simulated parse failure")

    monkeypatch.setattr("woo_redact.pdf.redact.pikepdf.parse_content_stream", broken)
    report = apply_redactions(src, dst, [b])
    monkeypatch.undo()
    assert report.regions_flagged and "image" in report.regions_flagged[0]
    assert "Hello" not in pdftotext(dst) and b"Jansen" not in raw_stream_bytes(dst)
    assert "5.1.2e" in pdftotext(dst)
    # resampling the 150 dpi image blurs glyph edges a little; the box must be covered
    assert not any("not covered" in p for p in check_render(src, dst, [b]))
