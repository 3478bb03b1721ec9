"""Form XObjects, images, paths, rotated pages and annotations under boxes."""

from __future__ import annotations

import zlib

import numpy as np
import pikepdf
import pytest
from woo_pdf_helpers import (
    add_page,
    box,
    find_box,
    form_xobject,
    kept_chars_same,
    pdfium_chars,
    pdftotext,
    raw_stream_bytes,
    rgb_image,
    std_font,
)

from woo_redact.pdf.redact import apply_redactions
from woo_redact.pdf.render_check import check_render
from woo_redact.types import BBox

SECRET = "Jan Jansen"


def _page_images(path, page: int) -> list[np.ndarray]:  # type: ignore[no-untyped-def]
    """Decoded pixels of every image XObject drawn (directly) by a page."""
    out = []
    with pikepdf.open(path) as pdf:
        res = pdf.pages[page].obj.Resources
        for _, x in res.get("/XObject", {}).items():
            if x.get("/Subtype") == "/Image":
                out.append(np.array(pikepdf.PdfImage(x).as_pil_image()))
    return out


def test_nested_forms_shared_by_two_pages(pdf, save) -> None:  # type: ignore[no-untyped-def]
    f1 = std_font(pdf)
    inner = form_xobject(pdf, b"BT /F1 10 Tf 0 0 Td (Hello Jan Jansen world) Tj ET", [0, -5, 200, 20], fonts={"F1": f1})
    outer = form_xobject(pdf, b"q 1 0 0 1 10 20 cm /Inner Do Q /Inner Do", [0, -5, 250, 60],
                         xobjects={"Inner": inner}, matrix=[1, 0, 0, 1, 20, 60])
    for _ in range(2):
        add_page(pdf, b"/Outer Do", xobjects={"Outer": outer})
    src, dst = save(pdf)
    # box only the first (translated) occurrence on page 1; the second stays
    b = box(0, find_box(src, SECRET, page=0, occurrence=0))
    first_y = b.bbox.y0
    report = apply_redactions(src, dst, [b])
    assert report.glyphs_removed == len(SECRET)
    out1, out2 = pdftotext(dst, page=0), pdftotext(dst, page=1)
    assert out1.count(SECRET) == 1 and out2.count(SECRET) == 2  # page 2 shares the forms: untouched
    assert find_box(dst, SECRET, page=0).y0 != first_y
    kept_chars_same(src, dst, b.bbox)
    assert check_render(src, dst, [b]) == []


def test_form_drawn_twice_on_one_page(pdf, save) -> None:  # type: ignore[no-untyped-def]
    form = form_xobject(pdf, b"BT /F1 10 Tf 0 0 Td (Hello Jan Jansen world) Tj ET", [0, -5, 200, 20],
                        fonts={"F1": std_font(pdf)})
    add_page(pdf, b"q 1 0 0 1 20 50 cm /Fm Do Q q 1 0 0 1 20 120 cm /Fm Do Q", xobjects={"Fm": form})
    src, dst = save(pdf)
    b = box(0, find_box(src, SECRET, occurrence=0))
    apply_redactions(src, dst, [b])
    assert pdftotext(dst).count(SECRET) == 1
    assert check_render(src, dst, [b]) == []


def test_shared_image_blacked_per_use(pdf, save) -> None:  # type: ignore[no-untyped-def]
    img = rgb_image(pdf, 40, 20)
    for _ in range(2):
        add_page(pdf, b"q 200 0 0 100 50 50 cm /Im0 Do Q", xobjects={"Im0": img})
    src, dst = save(pdf)
    b = box(0, BBox(50, 50, 150, 100))  # lower-left quarter of the image on page 1
    report = apply_redactions(src, dst, [b])
    assert report.images_redacted == 1
    (im1,) = _page_images(dst, 0)
    (im2,) = _page_images(dst, 1)
    assert (im1[10:, :20] == 0).all()  # bottom rows (image rows 10..19), left half: black
    assert (im1[:9, 21:] == [200, 30, 30]).all()  # the rest untouched
    assert (im2 == [200, 30, 30]).all()  # the other page keeps the original image
    assert check_render(src, dst, [b]) == []


def test_inline_image_blacked(pdf, save) -> None:  # type: ignore[no-untyped-def]
    data = bytes([180]) * (16 * 8)
    content = b"q 160 0 0 80 40 40 cm BI /W 16 /H 8 /BPC 8 /CS /G ID " + data + b" EI Q"
    add_page(pdf, content)
    src, dst = save(pdf)
    b = box(0, BBox(40, 40, 120, 80))  # left half, bottom half
    report = apply_redactions(src, dst, [b])
    assert report.images_redacted == 1
    (im,) = _page_images(dst, 0)
    assert (im[4:, :8] == 0).all() and (im[:3, 9:] == 180).all()
    assert data not in raw_stream_bytes(dst)
    assert check_render(src, dst, [b]) == []


def test_image_bits_and_smask(pdf, save) -> None:  # type: ignore[no-untyped-def]
    """A 1-bit grey image with a soft mask: both blacked/opaque under the box, the rest kept."""
    w, h = 32, 16
    bits = np.ones((h, w), dtype=np.uint8)
    s = pikepdf.Stream(pdf, np.packbits(bits, axis=1).tobytes())
    s.Type, s.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    s.Width, s.Height, s.BitsPerComponent, s.ColorSpace = w, h, 1, pikepdf.Name.DeviceGray
    sm = pikepdf.Stream(pdf, zlib.compress(bytes([100]) * (w * h)), Filter=pikepdf.Name.FlateDecode)
    sm.Type, sm.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    sm.Width, sm.Height, sm.BitsPerComponent, sm.ColorSpace = w, h, 8, pikepdf.Name.DeviceGray
    s.SMask = pdf.make_indirect(sm)
    add_page(pdf, b"q 160 0 0 80 40 40 cm /Im1 Do Q", xobjects={"Im1": pdf.make_indirect(s)})
    src, dst = save(pdf)
    apply_redactions(src, dst, [box(0, BBox(40, 80, 200, 120))])  # top half
    with pikepdf.open(dst) as out:
        x = next(v for _, v in out.pages[0].Resources.XObject.items())
        px = np.unpackbits(np.frombuffer(x.read_bytes(), dtype=np.uint8).reshape(h, -1), axis=1)[:, :w]
        assert (px[:8] == 0).all() and (px[8:] == 1).all()
        m = np.frombuffer(x.SMask.read_bytes(), dtype=np.uint8).reshape(h, w)
        assert (m[:8] == 255).all() and (m[8:] == 100).all()


def test_paths_inside_box_removed(pdf, save) -> None:  # type: ignore[no-untyped-def]
    content = (b"0 0 1 rg 60 60 30 10 re f "  # inside the box: removed
               b"1 0 0 rg 10 10 200 5 re f "  # crosses the box: kept
               b"q 0 0 0 RG 65 62 m 80 68 l S Q "  # inside: removed
               b"50 50 100 40 re W n")  # clipping path: kept
    add_page(pdf, content)
    src, dst = save(pdf)
    b = box(0, BBox(55, 55, 100, 75))
    report = apply_redactions(src, dst, [b])
    assert report.paths_removed == 2
    data = raw_stream_bytes(dst)
    assert b"60 60 30 10 re" not in data and b"10 10 200 5 re" in data and b"W" in data
    assert check_render(src, dst, [b]) == []


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_page(pdf, save, rotate: int) -> None:  # type: ignore[no-untyped-def]
    add_page(pdf, b"BT /F1 12 Tf 30 100 Td (Hello Jan Jansen world) Tj ET", fonts={"F1": std_font(pdf)},
             rotate=rotate, mediabox=[10, 20, 310, 220])
    src, dst = save(pdf)
    b = box(0, find_box(src, SECRET))
    apply_redactions(src, dst, [b])
    assert SECRET not in pdftotext(dst) and "5.1.2e" in pdftotext(dst)
    assert check_render(src, dst, [b]) == []
    # the label reads upright in the rotated view: its characters advance along the view's x axis
    label = [c for c in pdfium_chars(dst) if c[0] in "5.12e"][-6:]
    xs, ys = [c[1] for c in label], [c[2] for c in label]
    step = {90: (0, 1), 180: (-1, 0), 270: (0, -1)}[rotate]  # user-space direction of view "right"
    along = [step[0] * x + step[1] * y for x, y in zip(xs, ys)]
    assert along == sorted(along) and along[-1] - along[0] > 5


def test_annotations_over_box_and_with_secret(pdf, save) -> None:  # type: ignore[no-untyped-def]
    page = add_page(pdf, b"BT /F1 12 Tf 30 100 Td (Hello Jan Jansen world) Tj ET", fonts={"F1": std_font(pdf)})
    over = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Highlight,
                                                Rect=[70, 95, 130, 112], Contents=pikepdf.String("marked")))
    note = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                                Rect=[250, 150, 270, 170], Contents=pikepdf.String("call jan  JANSEN")))
    link = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                                Rect=[250, 10, 290, 30],
                                                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("mailto:Jan.Jansen@x.nl"))))
    keep = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                                Rect=[250, 100, 270, 120], Contents=pikepdf.String("harmless")))
    page.obj.Annots = pikepdf.Array([over, note, link, keep])
    src, dst = save(pdf)
    b = box(0, find_box(src, SECRET))
    report = apply_redactions(src, dst, [b], scrub_strings=[SECRET, "Jan.Jansen"])
    assert report.annotations_removed == 1
    # rebuilt from an allow-list: comments go whatever they say, a link goes when its URI leaks
    assert "Annots/Text" in report.metadata_scrubbed and "Annots/URI" in report.metadata_scrubbed
    with pikepdf.open(dst) as out:
        assert "/Annots" not in out.pages[0].obj
    raw = raw_stream_bytes(dst) + open(dst, "rb").read()
    for marker in (b"marked", b"JANSEN", b"harmless", b"mailto"):
        assert marker not in raw, marker


def test_safe_links_are_rebuilt(pdf, save) -> None:  # type: ignore[no-untyped-def]
    """A web link and a link to a named destination survive as fresh annotations; their extras do not."""
    page = add_page(pdf, b"BT /F1 12 Tf 30 100 Td (Hello world) Tj ET", fonts={"F1": std_font(pdf)})
    js = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)")))
    web = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[10, 10, 50, 30], NM=pikepdf.String("private note"),
        A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://example.org/a"), Next=js)))
    inner = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[60, 10, 90, 30], Dest=pikepdf.String("hoofdstuk")))
    page.obj.Annots = pikepdf.Array([web, inner])
    pdf.Root.Names = pikepdf.Dictionary(Dests=pikepdf.Dictionary(Names=[pikepdf.String("hoofdstuk"),
                                                                         pikepdf.Array([page.obj, pikepdf.Name.Fit])]))
    src, dst = save(pdf)
    apply_redactions(src, dst, [])
    with pikepdf.open(dst) as out:
        annots = list(out.pages[0].obj.Annots)
        assert str(annots[0].A.URI) == "https://example.org/a" and "/Next" not in annots[0].A and "/NM" not in annots[0]
        assert annots[1].Dest[0].objgen == out.pages[0].obj.objgen and annots[1].Dest[1] == pikepdf.Name.Fit
        assert "/Names" not in out.Root
    assert b"alert" not in raw_stream_bytes(dst) + dst.read_bytes()


def test_form_field_value_cleared(pdf, save) -> None:  # type: ignore[no-untyped-def]
    page = add_page(pdf, b"BT /F1 12 Tf 30 150 Td (Naam:) Tj ET", fonts={"F1": std_font(pdf)})
    ap = pdf.make_stream(b"/Tx BMC BT /Helv 10 Tf 2 4 Td (Jan Jansen) Tj ET EMC", BBox=[0, 0, 140, 20])
    field = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=pikepdf.String("naam"),
        V=pikepdf.String("Jan Jansen"), Rect=[80, 140, 220, 160], AP=pikepdf.Dictionary(N=ap), P=page.obj))
    other = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=pikepdf.String("plaats"),
        V=pikepdf.String("Utrecht"), Rect=[80, 40, 220, 60], P=page.obj))
    page.obj.Annots = pikepdf.Array([field, other])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[field, other])
    src, dst = save(pdf)
    report = apply_redactions(src, dst, [], scrub_strings=[SECRET])
    assert "AcroForm" in report.metadata_scrubbed
    assert b"Jan Jansen" not in raw_stream_bytes(dst) and b"Jan Jansen" not in open(dst, "rb").read()
    with pikepdf.open(dst) as out:
        assert "/AcroForm" not in out.Root and "/Annots" not in out.pages[0].obj
    # flattened instead: the field's appearance becomes page content, without the redacted text
    flat = dst.with_name("flat.pdf")
    report = apply_redactions(src, flat, [], scrub_strings=[SECRET], flatten=True)
    assert "AcroForm/flattened" in report.metadata_scrubbed
    assert b"Jan Jansen" not in raw_stream_bytes(flat) and b"Jan Jansen" not in flat.read_bytes()
    with pikepdf.open(flat) as out:
        assert "/AcroForm" not in out.Root and "/XObject" in out.pages[0].obj.Resources


def test_widget_under_box_removed_from_fields(pdf, save) -> None:  # type: ignore[no-untyped-def]
    page = add_page(pdf, b"", fonts={"F1": std_font(pdf)})
    field = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=pikepdf.String("bsn"),
        V=pikepdf.String("123456782"), Rect=[80, 140, 220, 160], P=page.obj))
    page.obj.Annots = pikepdf.Array([field])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[field])
    src, dst = save(pdf)
    report = apply_redactions(src, dst, [box(0, BBox(90, 145, 200, 155))])
    assert report.annotations_removed == 1
    assert b"123456782" not in open(dst, "rb").read()
    with pikepdf.open(dst) as out:
        assert "/AcroForm" not in out.Root


def test_pdfium_fallback_decodes_stencil(pdf) -> None:  # type: ignore[no-untyped-def]
    """The path for filters pikepdf cannot decode (JBIG2 without jbig2dec) keeps a stencil a stencil."""
    from woo_redact.pdf import images

    w, h = 32, 16
    bits = np.zeros((h, w), dtype=np.uint8)
    bits[:, ::2] = 1
    s = pikepdf.Stream(pdf, np.packbits(bits, axis=1).tobytes())
    s.Type, s.Subtype, s.Width, s.Height = pikepdf.Name.XObject, pikepdf.Name.Image, w, h
    s.ImageMask, s.BitsPerComponent = True, 1
    new = images._blackout_stencil(pdf, s, [(0, 8, 0, 32)], "image")
    out = np.unpackbits(np.frombuffer(new.read_bytes(), dtype=np.uint8).reshape(h, -1), axis=1)[:, :w]
    assert (out[:8] == 1).all()  # unpainted under the box
    assert (out[8:] == bits[8:]).all() and bool(new.ImageMask)


def test_kid_widget_under_box_clears_parent_value(pdf, save) -> None:  # type: ignore[no-untyped-def]
    page = add_page(pdf, b"")
    parent = pdf.make_indirect(pikepdf.Dictionary(FT=pikepdf.Name.Tx, T=pikepdf.String("naam"), V=pikepdf.String("Piet Paulusma")))
    kid = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget,
                                               Rect=[80, 140, 220, 160], P=page.obj, Parent=parent))
    parent.Kids = [kid]
    page.obj.Annots = pikepdf.Array([kid])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[parent])
    src, dst = save(pdf)
    apply_redactions(src, dst, [box(0, BBox(90, 145, 200, 155))])
    assert b"Paulusma" not in dst.read_bytes() and b"Paulusma" not in raw_stream_bytes(dst)


def test_filled_cover_annotation_is_burnt_in_not_dropped(pdf, save) -> None:  # type: ignore[no-untyped-def]
    """A black square annotation an earlier reviewer drew over text must not simply vanish."""
    add_page(pdf, b"BT /F1 12 Tf 30 100 Td (Hello world) Tj ET", fonts={"F1": std_font(pdf)})
    ap = pdf.make_stream(b"0 g 0 0 60 20 re f", BBox=[0, 0, 60, 20])
    cover = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Square, Rect=[28, 95, 88, 115],
                                                 IC=[0, 0, 0], F=4, AP=pikepdf.Dictionary(N=ap)))
    note = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Square, Rect=[200, 95, 260, 115],
                                                F=4, AP=pikepdf.Dictionary(N=pdf.make_stream(b"0 G 0 0 60 20 re S", BBox=[0, 0, 60, 20]))))
    pdf.pages[0].obj.Annots = pikepdf.Array([cover, note])
    src, dst = save(pdf)
    apply_redactions(src, dst, [])
    with pikepdf.open(dst) as out:
        page = out.pages[0].obj
        assert "/Annots" not in page
        assert len(page.Resources.XObject) == 1  # the filled one is drawn, the outline dropped
        assert b"Do" in page.Contents.read_bytes()
