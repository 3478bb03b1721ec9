"""Hostile PDFs built by code: personal data hidden in the places real PDFs put it.

Every case draws the same (invented) person plainly on page 1, so the pipeline detects and
redacts the name and e-mail address; the case then hides the same strings somewhere a reader
can still reach. :data:`CASES` maps a case name to its builder; :data:`CONTROLS` are documents
that must be published unchanged in substance (no refusal).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pikepdf
from reportlab.pdfgen import canvas

NAME = "Femke Wijnbergen"
EMAIL = "f.wijnbergen@voorbeeld.nl"
#: What must not be recoverable, after normalising (NFKC, invisible characters and whitespace removed, casefold).
PROBES = ("femkewijnbergen", "wijnbergen@voorbeeld")

Builder = Callable[[Path], None]


def _base(pages: int = 1, plain: bool = True) -> pikepdf.Pdf:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for i in range(pages):
        c.setFont("Helvetica", 11)
        if i == 0 and plain:
            c.drawString(72, 760, f"Gesprek met mevrouw {NAME} over de aanvraag.")
            c.drawString(72, 740, f"Zij is te bereiken via {EMAIL}.")
        c.drawString(72, 720, "Het besluit volgt binnen zes weken.")
        c.drawString(72, 700, f"Pagina {i + 1}.")
        c.showPage()
    c.save()
    buf.seek(0)
    return pikepdf.open(buf)


def _helv(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica, Encoding=pikepdf.Name.WinAnsiEncoding))


def _text_form(pdf: pikepdf.Pdf, text: str = NAME) -> pikepdf.Stream:
    return pdf.make_stream(f"BT /Fh 10 Tf 0 0 Td ({text}) Tj ET".encode("latin-1"), Type=pikepdf.Name.XObject,
                           Subtype=pikepdf.Name.Form, BBox=[0, -5, 200, 15],
                           Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(Fh=_helv(pdf))))


def _append(pdf: pikepdf.Pdf, page: int, data: bytes) -> None:
    pdf.pages[page].contents_add(pdf.make_stream(data), prepend=False)


def _res(pdf: pikepdf.Pdf, page: int, kind: str) -> pikepdf.Dictionary:
    res = pdf.pages[page].obj.Resources
    if kind not in res:
        res[kind] = pikepdf.Dictionary()
    return res[kind]


def _save(pdf: pikepdf.Pdf, path: Path) -> None:
    pdf.save(path)
    pdf.close()


XMP = f"""<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>
<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about=''
xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator><rdf:Seq><rdf:li>{NAME}</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>""".encode()


# ---------------------------------------------------------------------------------------- content outside the page

def form_inherited_unused(path: Path) -> None:
    """A Form XObject with the name in the page tree's inherited resources; no page draws it."""
    pdf = _base()
    page = pdf.pages[0].obj
    res = page.Resources
    del page["/Resources"]
    pages = pdf.Root.Pages
    pages.Resources = res
    res.XObject = pikepdf.Dictionary(FxHidden=_text_form(pdf))
    _save(pdf, path)


def form_inherited_drawn(path: Path) -> None:
    """The page's resources live on the page-tree node; the page draws an inherited form that
    shows the name (so the boxes must reach into the inherited form)."""
    pdf = _base()
    page = pdf.pages[0].obj
    res = page.Resources
    del page["/Resources"]
    pdf.Root.Pages.Resources = res
    res.XObject = pikepdf.Dictionary(FxName=_text_form(pdf, f"Kopie aan {NAME}"))
    _append(pdf, 0, b"q 1 0 0 1 72 620 cm /FxName Do Q")
    _save(pdf, path)


def form_field_value(path: Path) -> None:
    """A filled text field (value and appearance) holding the name, away from the plain text."""
    pdf = _base()
    page = pdf.pages[0].obj
    ap = _text_form(pdf)
    field = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=pikepdf.String("naam"), F=4,
        Rect=[300, 300, 500, 320], P=page, V=pikepdf.String(NAME), DV=pikepdf.String(NAME), AP=pikepdf.Dictionary(N=ap)))
    page.Annots = pikepdf.Array([field])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[field], DA=pikepdf.String("/Helv 0 Tf 0 g"))
    _save(pdf, path)


def hidden_layer(path: Path) -> None:
    """A layer named after the person, switched off, whose content shows the name."""
    pdf = _base()
    ocg = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String(f"Notities {NAME}")))
    pdf.Root.OCProperties = pikepdf.Dictionary(OCGs=[ocg], D=pikepdf.Dictionary(OFF=[ocg], Order=[ocg]))
    _res(pdf, 0, "/Properties")["/oc1"] = ocg
    _res(pdf, 0, "/Font")["/Fh"] = _helv(pdf)
    _append(pdf, 0, f"/OC /oc1 BDC BT /Fh 10 Tf 72 560 Td (Notitie: bellen met {NAME}) Tj ET EMC".encode())
    _save(pdf, path)


def form_unused(path: Path) -> None:
    """A Form XObject with the name in the page's own resources, never drawn."""
    pdf = _base()
    _res(pdf, 0, "/XObject")["/FxSpare"] = _text_form(pdf)
    _save(pdf, path)


def image_unused_and_shared(path: Path) -> None:
    """An image no page draws and one drawn on two pages, both carrying the name in their dictionaries."""
    pdf = _base(pages=2)
    def img(gray: int) -> pikepdf.Stream:
        return pdf.make_stream(bytes([gray]) * 64, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=8, Height=8,
                               ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=8,
                               Metadata=pdf.make_stream(XMP, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML),
                               Name=pikepdf.Name.Im9, Owner=pikepdf.String(NAME))
    shared = img(200)
    _res(pdf, 0, "/XObject")["/ImUnused"] = img(100)
    for p in (0, 1):
        _res(pdf, p, "/XObject")["/ImShared"] = shared
        _append(pdf, p, b"q 40 0 0 40 400 100 cm /ImShared Do Q")
    _save(pdf, path)


def _pattern(pdf: pikepdf.Pdf) -> pikepdf.Stream:
    return pdf.make_stream(f"BT /Fh 6 Tf 0 2 Td ({NAME}) Tj ET".encode(), Type=pikepdf.Name.Pattern, PatternType=1,
                          PaintType=1, TilingType=1, BBox=[0, 0, 120, 12], XStep=120, YStep=12,
                           Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(Fh=_helv(pdf))))


def tiling_pattern_unused(path: Path) -> None:
    """A tiling pattern whose cell shows the name, in the resources but never painted."""
    pdf = _base()
    _res(pdf, 0, "/Pattern")["/P9"] = _pattern(pdf)
    _save(pdf, path)


def tiling_pattern_drawn(path: Path) -> None:
    """A tiling pattern whose cell shows the name; the page fills a rectangle with it (visible,
    but no text extractor reads it, so no box can be planned: removing it must not pass unseen)."""
    pdf = _base()
    _res(pdf, 0, "/Pattern")["/P9"] = _pattern(pdf)
    _append(pdf, 0, b"q /Pattern cs /P9 scn 72 300 240 24 re f Q")
    _save(pdf, path)


def soft_mask_group(path: Path) -> None:
    """A soft-mask group whose form shows the name; the page paints through the mask."""
    pdf = _base()
    grp = _text_form(pdf)
    grp.Group = pikepdf.Dictionary(S=pikepdf.Name.Transparency, CS=pikepdf.Name.DeviceGray)
    gs = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, SMask=pikepdf.Dictionary(S=pikepdf.Name.Luminosity, G=grp))
    _res(pdf, 0, "/ExtGState")["/GSm"] = gs
    _append(pdf, 0, b"q /GSm gs 0 0 1 rg 72 200 200 20 re f Q")
    _save(pdf, path)


def type3_glyph_text(path: Path) -> None:
    """A Type3 font whose glyph procedure draws the name with another font."""
    pdf = _base()
    proc = pdf.make_stream(f"600 0 d0 BT /Fh 200 Tf 0 0 Td ({NAME}) Tj ET".encode())
    t3 = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3, FontBBox=[0, 0, 1000, 1000],
        FontMatrix=[0.001, 0, 0, 0.001, 0, 0], FirstChar=120, LastChar=120, Widths=[600],
        Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=[120, pikepdf.Name.x]),
        CharProcs=pikepdf.Dictionary(x=proc), Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(Fh=_helv(pdf)))))
    _res(pdf, 0, "/Font")["/T3"] = t3
    _append(pdf, 0, b"BT /T3 12 Tf 72 400 Td (x) Tj ET")
    _save(pdf, path)


def annotation_states_and_hidden(path: Path) -> None:
    """Rollover and down appearances showing the name; a hidden annotation showing and saying it."""
    pdf = _base()
    empty = pdf.make_stream(b"", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[0, 0, 100, 20])
    square = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Square, Rect=[300, 500, 400, 520], F=4,
        AP=pikepdf.Dictionary(N=empty, R=_text_form(pdf), D=_text_form(pdf))))
    hidden = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, Rect=[300, 450, 500, 470], F=2,
        Contents=pikepdf.String(NAME), DA=pikepdf.String("/Helv 10 Tf 0 g"), AP=pikepdf.Dictionary(N=_text_form(pdf))))
    pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([square, hidden]))
    _save(pdf, path)


# ---------------------------------------------------------------------------------------- strings below the first level

def structure_tree_alt(path: Path) -> None:
    """Structure-tree /Alt, /ActualText, a table's /Summary and an element title."""
    pdf = _base()
    page = pdf.pages[0].obj
    span = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.Span, Pg=page, K=0,
                                                ActualText=pikepdf.String(NAME)))
    fig = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.Figure, Pg=page,
                                               Alt=pikepdf.String(f"Foto van {NAME}")))
    table = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.Table, Pg=page,
                                                 T=pikepdf.String(f"Contacten {NAME}"),
                                                 A=pikepdf.Dictionary(O=pikepdf.Name.Table, Summary=pikepdf.String(f"Tabel met {NAME}"))))
    doc = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.Document, K=[span, fig, table]))
    pdf.Root.StructTreeRoot = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot, K=doc))
    pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
    _save(pdf, path)


def marked_content_properties(path: Path) -> None:
    """Marked-content properties holding the name, inline and through /Properties."""
    pdf = _base()
    _res(pdf, 0, "/Properties")["/MC9"] = pikepdf.Dictionary(Alt=pikepdf.String(NAME), E=pikepdf.String(NAME))
    _res(pdf, 0, "/Font")["/Fh"] = _helv(pdf)
    _append(pdf, 0, f"/Span << /ActualText ({NAME}) >> BDC BT /Fh 10 Tf 72 600 Td (Bijlage A) Tj ET EMC "
                    f"/Figure /MC9 BDC BT /Fh 10 Tf 72 580 Td (Bijlage B) Tj ET EMC".encode())
    _save(pdf, path)


def outline_gotor(path: Path) -> None:
    """An outline item whose GoToR action names a file after the person."""
    pdf = _base()
    item = pdf.make_indirect(pikepdf.Dictionary(
        Title=pikepdf.String("Bijlage"),
        A=pikepdf.Dictionary(S=pikepdf.Name.GoToR, F=pikepdf.String(f"{NAME}.pdf"), D=[0, pikepdf.Name.Fit])))
    outlines = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines, First=item, Last=item, Count=1))
    item.Parent = outlines
    pdf.Root.Outlines = outlines
    _save(pdf, path)


def named_destinations(path: Path) -> None:
    """Named destinations: a /Dests key and a /Names tree string spelling the name."""
    pdf = _base()
    page = pdf.pages[0].obj
    pdf.Root.Dests = pdf.make_indirect(pikepdf.Dictionary({"/Femke Wijnbergen": pikepdf.Array([page, pikepdf.Name.Fit])}))
    pdf.Root.Names = pikepdf.Dictionary(Dests=pikepdf.Dictionary(
        Names=[pikepdf.String(f"brief-{NAME}"), pikepdf.Array([page, pikepdf.Name.Fit])]))
    _save(pdf, path)


def action_next_chain(path: Path) -> None:
    """A web link whose /Next chain runs JavaScript and opens a mailto: with the address."""
    pdf = _base()
    mail = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(f"mailto:{EMAIL}")))
    js = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String(f"app.alert('{NAME}')"), Next=mail))
    link = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[72, 100, 200, 115],
        A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://www.voorbeeld.nl/"), Next=[js])))
    pdf.pages[0].obj.Annots = pikepdf.Array([link])
    _save(pdf, path)


def choice_field_opt(path: Path) -> None:
    """A choice field whose /Opt export/display pairs hold the name."""
    pdf = _base()
    page = pdf.pages[0].obj
    field = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Ch, T=pikepdf.String("behandelaar"),
        Rect=[300, 300, 450, 320], P=page, F=4,
        Opt=[[pikepdf.String("fw"), pikepdf.String(NAME)], [pikepdf.String("xx"), pikepdf.String("Iemand anders")]],
        V=pikepdf.String("xx")))
    page.Annots = pikepdf.Array([field])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[field], DA=pikepdf.String("/Helv 0 Tf 0 g"))
    _save(pdf, path)


def producer_private_data(path: Path) -> None:
    """Private dictionaries of a producer: on the catalog, in /PieceInfo and as a page key."""
    pdf = _base()
    pdf.Root.AcmePrivate = pdf.make_indirect(pikepdf.Dictionary(Owner=pikepdf.String(NAME),
                                                                Nested=pikepdf.Dictionary(Deep=[pikepdf.String(EMAIL)])))
    page = pdf.pages[0].obj
    page.PieceInfo = pikepdf.Dictionary(Illustrator=pikepdf.Dictionary(Private=pikepdf.Dictionary(Author=pikepdf.String(NAME))))
    page.AcmeNote = pikepdf.String(f"gescand voor {NAME}")
    _save(pdf, path)


def second_xmp_stream(path: Path) -> None:
    """A second XMP packet hung under the catalog under a private key, plus the ordinary ones."""
    pdf = _base()
    pdf.Root.XMPBackup = pdf.make_stream(XMP, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
    pdf.Root.Metadata = pdf.make_stream(XMP, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
    pdf.docinfo["/Author"] = NAME
    _save(pdf, path)


def embedded_file_via_action(path: Path) -> None:
    """An embedded file reachable only through a link's Launch / GoToE actions."""
    pdf = _base()
    ef = pdf.make_stream(f"Brief van {NAME}, {EMAIL}".encode(), Type=pikepdf.Name.EmbeddedFile)
    spec = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Filespec, F=pikepdf.String(f"{NAME}.txt"),
                                                UF=pikepdf.String(f"{NAME}.txt"), EF=pikepdf.Dictionary(F=ef)))
    launch = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[72, 100, 200, 115],
        A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=spec)))
    gotoe = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[72, 80, 200, 95],
        A=pikepdf.Dictionary(S=pikepdf.Name.GoToE, F=spec, T=pikepdf.Dictionary(R=pikepdf.Name.C, N=pikepdf.String(NAME)))))
    pdf.pages[0].obj.Annots = pikepdf.Array([launch, gotoe])
    _save(pdf, path)


def invisible_characters(path: Path) -> None:
    """The name split by a zero-width space (title) and a soft hyphen (private string)."""
    pdf = _base()
    pdf.docinfo["/Title"] = "Brief aan Femke Wijn\u200bbergen"
    pdf.Root.AcmeNote = pdf.make_indirect(pikepdf.Dictionary(Note=pikepdf.String("voor Femke Wijn\u00adbergen")))
    _save(pdf, path)


def utf16_and_hex_strings(path: Path) -> None:
    """UTF-16 with and without byte-order mark, and the name drawn from a hex string."""
    pdf = _base()
    pdf.docinfo["/Subject"] = pikepdf.String(b"\xfe\xff" + NAME.encode("utf-16-be"))
    pdf.Root.AcmeUtf16 = pdf.make_indirect(pikepdf.Dictionary(Raw=pikepdf.String(NAME.encode("utf-16-be")),
                                                               Le=pikepdf.String(NAME.encode("utf-16-le"))))
    _res(pdf, 0, "/Font")["/Fh"] = _helv(pdf)
    _append(pdf, 0, b"BT /Fh 11 Tf 72 640 Td (Kopie aan ) Tj <" + NAME.encode().hex().encode() + b"> Tj ET")
    _save(pdf, path)


def strings_in_keys(path: Path) -> None:
    """The name as a dictionary key (private dictionary) and as a resource name a page uses."""
    pdf = _base()
    pdf.Root.AcmeIndex = pdf.make_indirect(pikepdf.Dictionary({"/Femke Wijnbergen": True, "/f.wijnbergen@voorbeeld.nl": 1}))
    blank = pdf.make_stream(b"0 0 1 rg 0 0 10 10 re f", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[0, 0, 10, 10])
    _res(pdf, 0, "/XObject")["/FemkeWijnbergen"] = blank
    _append(pdf, 0, b"q 1 0 0 1 500 100 cm /FemkeWijnbergen Do Q")
    _save(pdf, path)


def hidden_page_text(path: Path) -> None:
    """The name drawn where no one sees it: in a form clipped to nothing, off the page, and in
    white half-point text (every text extractor still reads all three)."""
    pdf = _base()
    _res(pdf, 0, "/XObject")["/FxClip"] = _text_form(pdf, f"Kopie aan {NAME}")
    _res(pdf, 0, "/Font")["/Fh"] = _helv(pdf)
    _append(pdf, 0, b"q 72 500 0.1 0.1 re W n 1 0 0 1 72 500 cm /FxClip Do Q "
                    + f"BT /Fh 10 Tf 2000 2000 Td (Kopie aan {NAME}) Tj ET "
                      f"q BT 1 1 1 rg /Fh 0.5 Tf 300 300 Td (Cc {NAME}) Tj ET Q".encode())
    _save(pdf, path)


CASES: dict[str, Builder] = {f.__name__: f for f in (
    form_inherited_unused, form_inherited_drawn, form_unused, form_field_value, hidden_layer, image_unused_and_shared, tiling_pattern_unused, tiling_pattern_drawn,
    soft_mask_group, type3_glyph_text,
    annotation_states_and_hidden, structure_tree_alt, marked_content_properties, outline_gotor, named_destinations,
    action_next_chain, choice_field_opt, producer_private_data, second_xmp_stream, embedded_file_via_action,
    invisible_characters, utf16_and_hex_strings, strings_in_keys, hidden_page_text,
)}


# ---------------------------------------------------------------------------------------- controls

def control_plain(path: Path) -> None:
    """The person plainly on the page and nothing hidden."""
    _save(_base(), path)


def control_kerned_tj(path: Path) -> None:
    """A kept word stored kerned, its first part spelling the redacted surname: must not be refused."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Gesprek met mevrouw Wijnbergen over de aanvraag.")
    c.drawString(72, 740, "Het besluit volgt binnen zes weken.")
    c.showPage()
    c.save()
    buf.seek(0)
    pdf = pikepdf.open(buf)
    fn = next(iter(pdf.pages[0].obj.Resources.Font.keys()))
    _append(pdf, 0, f"BT {fn} 11 Tf 72 700 Td [(De Wijnbergen)-1(laan is afgesloten.)] TJ ET".encode())
    _save(pdf, path)


def control_navigation(path: Path) -> None:
    """No personal data; a web link, an internal link, outlines, page labels and a language."""
    pdf = _base(pages=2, plain=False)
    p0, p1 = pdf.pages[0].obj, pdf.pages[1].obj
    web = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[72, 100, 200, 115],
                                               A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://www.rijksoverheid.nl/"))))
    inner = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[72, 80, 200, 95],
                                                 Dest=[p1, pikepdf.Name.Fit]))
    p0.Annots = pikepdf.Array([web, inner])
    item = pdf.make_indirect(pikepdf.Dictionary(Title=pikepdf.String("Besluit"), Dest=[p0, pikepdf.Name.Fit]))
    outlines = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines, First=item, Last=item, Count=1))
    item.Parent = outlines
    pdf.Root.Outlines = outlines
    pdf.Root.PageLabels = pikepdf.Dictionary(Nums=[0, pikepdf.Dictionary(S=pikepdf.Name.D, P=pikepdf.String("B-"))])
    pdf.Root.Lang = pikepdf.String("nl-NL")
    _save(pdf, path)


CONTROLS: dict[str, Builder] = {f.__name__: f for f in (control_plain, control_kerned_tj, control_navigation)}
