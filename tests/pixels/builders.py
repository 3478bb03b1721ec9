"""Builders for pixel test documents (Pillow + pikepdf); every text is invented here."""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFont, ImageOps

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def text_image(lines: Sequence[str], size: tuple[int, int], *, font_px: int = 34, top: int = 60, left: int = 60,
               leading: int | None = None, mode: str = "L") -> Image.Image:
    """Black text on white, one line per entry."""
    img = Image.new("L", size, 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, font_px)
    step = leading or int(font_px * 1.8)
    for i, line in enumerate(lines):
        d.text((left, top + step * i), line, font=font, fill=0)
    return img.convert(mode) if mode != "L" else img


def g4_bytes(img: Image.Image) -> bytes:
    """CCITT G4 data of a bilevel image (1 = black, as /BlackIs1 false expects after inversion)."""
    buf = io.BytesIO()
    ImageOps.invert(img.convert("L")).convert("1").save(buf, format="TIFF", compression="group4", strip_size=1 << 30)
    buf.seek(0)
    t = Image.open(buf)
    off, cnt = t.tag_v2[273], t.tag_v2[279]
    off = off[0] if isinstance(off, tuple) else off
    cnt = cnt[0] if isinstance(cnt, tuple) else cnt
    return buf.getvalue()[off : off + cnt]


def _jbig2_segment(number: int, kind: int, data: bytes, page: int = 1) -> bytes:
    """One JBIG2 segment: number, flags (type; 1-byte page association), no referred-to
    segments, page, data length, data (T.88 7.2)."""
    return struct.pack(">IBBBI", number, kind, 0, page, len(data)) + data


def jbig2_bytes(img: Image.Image) -> bytes:
    """An embedded JBIG2 stream (no file header, as in PDF) of a bilevel image, without a JBIG2
    encoder: a generic region coded with MMR = 1 *is* CCITT G4 (T.6) data, so libtiff's G4 strip
    goes inside the segment headers — page information (48), immediate lossless generic region
    (39; region info, flags MMR = 1, the G4 data) and end of page (49). 1 = black, as JBIG2 reads."""
    w, h = img.size
    page_info = struct.pack(">IIIIBH", w, h, 0, 0, 0, 0)  # size, no resolution, flags 0, no striping
    region = struct.pack(">IIIIB", w, h, 0, 0, 0) + bytes([0x01]) + g4_bytes(img)
    return _jbig2_segment(0, 48, page_info) + _jbig2_segment(1, 39, region) + _jbig2_segment(2, 49, b"")


def image_stream(pdf: pikepdf.Pdf, img: Image.Image, *, kind: str = "flate") -> pikepdf.Stream:
    """An image XObject: ``flate`` (8-bit grey), ``jpeg``, ``g4`` (1-bit CCITT, /BlackIs1 false)
    or ``jbig2`` (1-bit JBIG2, embedded stream; ``jbig2-globals`` adds an empty /JBIG2Globals)."""
    w, h = img.size
    if kind.startswith("jbig2"):
        st = pikepdf.Stream(pdf, jbig2_bytes(img))
        st.Filter = pikepdf.Name.JBIG2Decode
        if kind == "jbig2-globals":
            st.DecodeParms = pikepdf.Dictionary(JBIG2Globals=pdf.make_stream(b""))
        st.BitsPerComponent = 1
        st.ColorSpace = pikepdf.Name.DeviceGray
    elif kind == "g4":
        st = pikepdf.Stream(pdf, g4_bytes(img))
        st.Filter = pikepdf.Name.CCITTFaxDecode
        st.DecodeParms = pikepdf.Dictionary(K=-1, Columns=w, Rows=h, BlackIs1=False)
        st.BitsPerComponent = 1
        st.ColorSpace = pikepdf.Name.DeviceGray
    elif kind == "jpeg":
        buf = io.BytesIO()
        img.convert("RGB").save(buf, format="JPEG", quality=90, comment=b"scanner comment", exif=Image.Exif())
        st = pikepdf.Stream(pdf, buf.getvalue())
        st.Filter = pikepdf.Name.DCTDecode
        st.BitsPerComponent = 8
        st.ColorSpace = pikepdf.Name.DeviceRGB
    else:
        st = pikepdf.Stream(pdf, img.convert("L").tobytes())
        st.BitsPerComponent = 8
        st.ColorSpace = pikepdf.Name.DeviceGray
    st.Type = pikepdf.Name.XObject
    st.Subtype = pikepdf.Name.Image
    st.Width, st.Height = w, h
    return st


def scan_pdf(path: Path, img: Image.Image, *, kind: str = "g4", page: tuple[float, float] = (612, 792)) -> Path:
    """A one-page scan: the image over the whole page, no text layer."""
    pdf = pikepdf.new()
    p = pdf.add_blank_page(page_size=page)
    p.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image_stream(pdf, img, kind=kind)))
    p.obj.Contents = pdf.make_stream(f"q {page[0]} 0 0 {page[1]} 0 0 cm /Im0 Do Q".encode())
    pdf.save(path)
    return path


def text_page_with_image(path: Path, text_lines: Sequence[str], img: Image.Image, rect: tuple[float, float, float, float],
                         *, kind: str = "flate", pages: int = 1, inline: bool = False) -> Path:
    """Pages with real text at the top and ``img`` placed at ``rect`` (x, y, w, h) below it.

    With ``pages > 1`` every page draws the *same* image object (shared between pages); with
    ``inline`` the image is an inline image (BI … ID … EI) in the content stream.
    """
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica, Encoding=pikepdf.Name.WinAnsiEncoding))
    shared = pdf.make_indirect(image_stream(pdf, img, kind=kind))
    x, y, w, h = rect
    for _ in range(pages):
        p = pdf.add_blank_page(page_size=(612, 792))
        ops = [b"BT /F1 11 Tf 72 740 Td 14 TL"]
        for line in text_lines:
            ops.append(b"(" + line.encode("cp1252") + b") Tj T*")
        ops.append(b"ET")
        if inline:
            g = img.convert("L")
            data = g.tobytes()
            ops.append(f"q {w} 0 0 {h} {x} {y} cm BI /W {g.width} /H {g.height} /CS /G /BPC 8 ID ".encode() + data + b" EI Q")
        else:
            ops.append(f"q {w} 0 0 {h} {x} {y} cm /Im0 Do Q".encode())
        p.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font), XObject=pikepdf.Dictionary(Im0=shared))
        p.obj.Contents = pdf.make_stream(b"\n".join(ops))
    pdf.save(path)
    return path


def _unicode_to_gid(ttf_bytes: bytes) -> dict[str, int]:
    from pdfminer.pdffont import TrueTypeFont

    umap = TrueTypeFont("f", io.BytesIO(ttf_bytes)).create_unicode_map()
    out: dict[str, int] = {}
    for gid, ch in umap.cid2unichr.items():
        out.setdefault(ch, gid)
    return out


def identity_h_pdf(path: Path, lines: Sequence[str], *, to_unicode: dict[str, str] | None = None,
                   scramble: bool = False) -> Path:
    """Text in an embedded TrueType font shown through Identity-H (two-byte glyph ids).

    Without ``to_unicode`` the font has no /ToUnicode (PDFium and poppler cannot map the ids to
    text); with it, a /ToUnicode that maps each glyph to ``to_unicode.get(char, char)`` (a map
    that lies). ``scramble`` draws every glyph with its own ``Tm`` in a shuffled order.
    """
    import random

    data = Path(FONT).read_bytes()
    gids = _unicode_to_gid(data)
    pdf = pikepdf.new()
    ff = pdf.make_stream(data)
    ff.Length1 = len(data)
    desc = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name("/DejaVuSans"),
                                                Flags=32, FontBBox=[-1021, -463, 1793, 1232], ItalicAngle=0, Ascent=928,
                                                Descent=-236, CapHeight=729, StemV=80, FontFile2=ff))
    used = sorted({c for line in lines for c in line})
    widths = pikepdf.Array()
    for c in used:
        widths.extend([gids[c], pikepdf.Array([600])])
    cid = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2, BaseFont=pikepdf.Name("/DejaVuSans"),
                             CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"), Ordering=pikepdf.String("Identity"), Supplement=0),
                             FontDescriptor=desc, CIDToGIDMap=pikepdf.Name.Identity, DW=600, W=widths)
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=pikepdf.Name("/DejaVuSans"),
                              Encoding=pikepdf.Name("/Identity-H"), DescendantFonts=[pdf.make_indirect(cid)])
    if to_unicode is not None:
        entries = "\n".join(f"<{gids[c]:04X}> <{ord(to_unicode.get(c, c)):04X}>" for c in used)
        cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
                "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                f"{len(used)} beginbfchar\n{entries}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
        font.ToUnicode = pdf.make_stream(cmap.encode())
    page = pdf.add_blank_page(page_size=(612, 792))
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pdf.make_indirect(font)))
    ops = []
    if scramble:
        glyphs = [(c, 72 + 6.6 * k, 700 - 20 * i) for i, line in enumerate(lines) for k, c in enumerate(line) if c != " "]
        random.Random(3).shuffle(glyphs)
        ops.append("BT /F1 11 Tf")
        for c, x, y in glyphs:
            ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm <{gids[c]:04X}> Tj")
        ops.append("ET")
    else:
        for i, line in enumerate(lines):
            hexs = "".join(f"{gids[c]:04X}" for c in line)
            ops.append(f"BT /F1 11 Tf 72 {700 - 20 * i} Td <{hexs}> Tj ET")
    page.obj.Contents = pdf.make_stream("\n".join(ops).encode())
    pdf.save(path)
    return path


def scrambled_pdf(path: Path, lines: Sequence[str], *, seed: int = 5) -> Path:
    """Helvetica text whose glyphs are each placed with their own ``Tm``, in shuffled order."""
    import random

    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica"][1]
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica, Encoding=pikepdf.Name.WinAnsiEncoding))
    glyphs = []
    for i, line in enumerate(lines):
        x = 72.0
        for c in line:
            if c != " ":
                glyphs.append((c, x, 700 - 20 * i))
            x += widths.get(c, 556) / 1000 * 11
    random.Random(seed).shuffle(glyphs)
    ops = ["BT /F1 11 Tf"]
    for c, x, y in glyphs:
        esc = c.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({esc}) Tj")
    ops.append("ET")
    page = pdf.add_blank_page(page_size=(612, 792))
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.obj.Contents = pdf.make_stream("\n".join(ops).encode("cp1252"))
    pdf.save(path)
    return path


def lying_tounicode_pdf(path: Path, lines: Sequence[str], lie: dict[str, str]) -> Path:
    """Helvetica (WinAnsiEncoding) text with a /ToUnicode that maps characters to ``lie``."""
    pdf = pikepdf.new()
    used = sorted({c for line in lines for c in line})
    entries = "\n".join(f"<{ord(c):02X}> <{ord(lie.get(c, c)):04X}>" for c in used)
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /L def "
            "1 begincodespacerange <00> <FF> endcodespacerange\n"
            f"{len(used)} beginbfchar\n{entries}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    desc = pikepdf.Dictionary(Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name.Helvetica, Flags=32,
                              FontBBox=[-166, -225, 1000, 931], ItalicAngle=0, Ascent=718, Descent=-207, CapHeight=718, StemV=88)
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica,
                                                Encoding=pikepdf.Name.WinAnsiEncoding, FontDescriptor=desc,
                                                ToUnicode=pdf.make_stream(cmap.encode())))
    page = pdf.add_blank_page(page_size=(612, 792))
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    ops = [f"BT /F1 11 Tf 72 {700 - 20 * i} Td ({line}) Tj ET" for i, line in enumerate(lines)]
    page.obj.Contents = pdf.make_stream("\n".join(ops).encode("cp1252"))
    pdf.save(path)
    return path


def form_and_comment_pdf(path: Path, value: str, comment: str, author: str, options: Sequence[str] = ()) -> Path:
    """A page with a filled-in text field (value only in /V, no appearance), a choice field with
    /Opt and a sticky-note comment with an author."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(612, 792))
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica))
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.obj.Contents = pdf.make_stream(b"BT /F1 11 Tf 72 720 Td (Naam aanvrager:) Tj ET")
    field = pdf.make_indirect(pikepdf.Dictionary(FT=pikepdf.Name.Tx, T=pikepdf.String("naam"), V=pikepdf.String(value)))
    widget = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, Rect=[170, 712, 400, 730], Parent=field, P=page.obj))
    field.Kids = pikepdf.Array([widget])
    choice = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Ch,
                                                  T=pikepdf.String("keuze"), Rect=[170, 680, 400, 698],
                                                  Opt=pikepdf.Array([pikepdf.String(o) for o in options])))
    note = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[500, 700, 520, 720],
                                                Contents=pikepdf.String(comment), T=pikepdf.String(author)))
    page.obj.Annots = pikepdf.Array([widget, choice, note])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field, choice]))
    pdf.save(path)
    return path
