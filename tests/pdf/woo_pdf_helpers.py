"""Builders for hostile test PDFs (pikepdf only) and extraction helpers used by tests/pdf."""

from __future__ import annotations

import struct
import subprocess
import zlib
from io import BytesIO
from pathlib import Path
from typing import Any

import pikepdf
import pdfplumber
import pypdfium2 as pdfium

from woo_redact.types import BBox, RedactBox

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def std_font(pdf: pikepdf.Pdf, base: str = "Helvetica") -> pikepdf.Object:
    return pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name("/" + base),
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )


def add_page(pdf: pikepdf.Pdf, content: bytes, fonts: dict[str, Any] | None = None,
             xobjects: dict[str, Any] | None = None, size: tuple[float, float] = (300, 200),
             rotate: int = 0, mediabox: list[float] | None = None) -> pikepdf.Page:
    page = pdf.add_blank_page(page_size=size)
    if mediabox is not None:
        page.obj.MediaBox = pikepdf.Array(mediabox)
    res = pikepdf.Dictionary()
    if fonts:
        res.Font = pikepdf.Dictionary({"/" + k: v for k, v in fonts.items()})
    if xobjects:
        res.XObject = pikepdf.Dictionary({"/" + k: v for k, v in xobjects.items()})
    page.obj.Resources = res
    page.obj.Contents = pdf.make_stream(content)
    if rotate:
        page.obj.Rotate = rotate
    return page


def form_xobject(pdf: pikepdf.Pdf, content: bytes, bbox: list[float], fonts: dict[str, Any] | None = None,
                 xobjects: dict[str, Any] | None = None, matrix: list[float] | None = None) -> pikepdf.Object:
    s = pikepdf.Stream(pdf, content)
    s.Type = pikepdf.Name.XObject
    s.Subtype = pikepdf.Name.Form
    s.BBox = pikepdf.Array(bbox)
    if matrix:
        s.Matrix = pikepdf.Array(matrix)
    res = pikepdf.Dictionary()
    if fonts:
        res.Font = pikepdf.Dictionary({"/" + k: v for k, v in fonts.items()})
    if xobjects:
        res.XObject = pikepdf.Dictionary({"/" + k: v for k, v in xobjects.items()})
    s.Resources = res
    return pdf.make_indirect(s)


def rgb_image(pdf: pikepdf.Pdf, w: int, h: int, color: tuple[int, int, int] = (200, 30, 30)) -> pikepdf.Object:
    data = bytes(color) * (w * h)
    s = pikepdf.Stream(pdf, zlib.compress(data))
    s.Filter = pikepdf.Name.FlateDecode
    s.Type = pikepdf.Name.XObject
    s.Subtype = pikepdf.Name.Image
    s.Width, s.Height = w, h
    s.ColorSpace = pikepdf.Name.DeviceRGB
    s.BitsPerComponent = 8
    return pdf.make_indirect(s)


# -- TrueType / CID fonts built from DejaVu Sans ------------------------------------------------


def _ttf_tables(data: bytes) -> dict[str, tuple[int, int]]:
    n = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(n):
        tag, _, off, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        out[tag.decode("latin-1")] = (off, length)
    return out


def ttf_metrics(path: Path = DEJAVU) -> tuple[bytes, dict[str, int], dict[int, int], int]:
    """(font bytes, unicode char -> glyph id, glyph id -> advance in 1/1000 em, units per em)."""
    from pdfminer.pdffont import TrueTypeFont

    data = path.read_bytes()
    tables = _ttf_tables(data)
    upem = struct.unpack(">H", data[tables["head"][0] + 18 : tables["head"][0] + 20])[0]
    nhm = struct.unpack(">H", data[tables["hhea"][0] + 34 : tables["hhea"][0] + 36])[0]
    hoff = tables["hmtx"][0]
    adv = {g: struct.unpack(">H", data[hoff + 4 * g : hoff + 4 * g + 2])[0] for g in range(nhm)}
    umap = TrueTypeFont("DejaVuSans", BytesIO(data)).create_unicode_map()
    cmap: dict[str, int] = {}
    for gid, uni in umap.cid2unichr.items():
        cmap.setdefault(uni, gid)
    last = adv[nhm - 1]
    widths = {g: round(adv.get(g, last) * 1000 / upem) for g in set(cmap.values())}
    return data, cmap, widths, upem


def cid_font(pdf: pikepdf.Pdf, text_chars: str) -> tuple[pikepdf.Object, dict[str, int]]:
    """A Type0 / CIDFontType2 font (Identity-H) embedding DejaVu Sans, with a ToUnicode CMap."""
    data, cmap, widths, _ = ttf_metrics()
    gids = {ch: cmap[ch] for ch in set(text_chars)}
    ff = pikepdf.Stream(pdf, data)
    ff.Length1 = len(data)
    desc = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name.DejaVuSans, Flags=32,
        FontBBox=[-1021, -463, 1793, 1232], ItalicAngle=0, Ascent=928, Descent=-236, CapHeight=729,
        StemV=80, FontFile2=pdf.make_indirect(ff)))
    w_arr: list[Any] = []
    for g in sorted(set(gids.values())):
        w_arr += [g, pikepdf.Array([widths[g]])]
    cidfont = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2, BaseFont=pikepdf.Name.DejaVuSans,
        CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"), Ordering=pikepdf.String("Identity"), Supplement=0),
        FontDescriptor=desc, DW=1000, W=pikepdf.Array(w_arr), CIDToGIDMap=pikepdf.Name.Identity))
    bf = "\n".join(f"<{g:04X}> <{ord(ch):04X}>" for ch, g in sorted(gids.items()))
    tu = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /WooTest def\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(gids)} beginbfchar\n{bf}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    font = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=pikepdf.Name.DejaVuSans,
        Encoding=pikepdf.Name("/Identity-H"), DescendantFonts=[cidfont], ToUnicode=pdf.make_stream(tu)))
    return font, gids


def cid_hex(gids: dict[str, int], text: str) -> bytes:
    return b"<" + "".join(f"{gids[c]:04X}" for c in text).encode() + b">"


def truetype_simple_font(pdf: pikepdf.Pdf) -> pikepdf.Object:
    """A simple TrueType font (WinAnsi, /Widths 32..126) embedding DejaVu Sans."""
    data, cmap, widths, _ = ttf_metrics()
    ff = pikepdf.Stream(pdf, data)
    ff.Length1 = len(data)
    desc = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name.DejaVuSans, Flags=32,
        FontBBox=[-1021, -463, 1793, 1232], ItalicAngle=0, Ascent=928, Descent=-236, CapHeight=729,
        StemV=80, FontFile2=pdf.make_indirect(ff)))
    ws = [widths.get(cmap.get(chr(c), 0), 600) if chr(c) in cmap else 600 for c in range(32, 127)]
    return pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.TrueType, BaseFont=pikepdf.Name.DejaVuSans,
        FirstChar=32, LastChar=126, Widths=ws, FontDescriptor=desc, Encoding=pikepdf.Name.WinAnsiEncoding))


def type3_font(pdf: pikepdf.Pdf) -> pikepdf.Object:
    """A Type3 font (FontMatrix 0.01 scale) whose glyphs a..z are filled boxes of varying width."""
    procs = pikepdf.Dictionary()
    names = []
    widths = []
    for i in range(26):
        name = chr(97 + i)
        w = 40 + (i % 5) * 10  # glyph units, FontMatrix scales by 0.01
        procs["/" + name] = pdf.make_stream(f"{w} 0 0 0 {w - 5} 70 d1 0 0 {w - 5} 70 re f".encode())
        names.append(pikepdf.Name("/" + name))
        widths.append(w)
    return pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3, FontBBox=[0, 0, 100, 70],
        FontMatrix=[0.01, 0, 0, 0.01, 0, 0], CharProcs=procs, FirstChar=97, LastChar=122,
        Widths=widths, Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=[97, *names]),
        Resources=pikepdf.Dictionary()))


# -- extraction -----------------------------------------------------------------------------------


def pdftotext(path: Path, page: int | None = None, bbox: tuple[float, float, float, float] | None = None) -> str:
    args = ["pdftotext", "-q"]
    if page is not None:
        args += ["-f", str(page + 1), "-l", str(page + 1)]
    if bbox is not None:  # in pdftotext's top-left pixel coordinates at 72 dpi
        x0, y0, x1, y1 = bbox
        args += ["-x", str(int(x0)), "-y", str(int(y0)), "-W", str(int(x1 - x0) + 1), "-H", str(int(y1 - y0) + 1)]
    args += [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, timeout=60).stdout


def plumber_chars(path: Path, page: int = 0) -> list[tuple[str, float, float]]:
    with pdfplumber.open(path) as pdf:
        return [(c["text"], float(c["x0"]), float(c["y0"])) for c in pdf.pages[page].chars]


def plumber_text(path: Path, page: int = 0) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join(c["text"] for c in pdf.pages[page].chars)


def find_box(path: Path, text: str, page: int = 0, occurrence: int = 0, password: str | None = None) -> BBox:
    """User-space box of ``text`` on a page, from PDFium's (loose, font-based) char boxes."""
    doc = pdfium.PdfDocument(str(path), password=password)
    try:
        tp = doc[page].get_textpage()
        full = tp.get_text_range()
        start = -1
        for _ in range(occurrence + 1):
            start = full.index(text, start + 1)
        boxes = [tp.get_charbox(i, loose=True) for i in range(start, start + len(text)) if not full[i].isspace()]
        return BBox(min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    finally:
        doc.close()


def raw_stream_bytes(path: Path) -> bytes:
    """Every stream of the file, decompressed where possible, concatenated (an attacker's view)."""
    out = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    out.append(obj.read_bytes())
                except pikepdf.PdfError:
                    out.append(obj.read_raw_bytes())
    return b"\n".join(out)


def pdfium_chars(path: Path, page: int = 0) -> list[tuple[str, float, float]]:
    """(char, x0, y0) of every non-space char PDFium reports, in content order."""
    doc = pdfium.PdfDocument(str(path))
    try:
        tp = doc[page].get_textpage()
        text = tp.get_text_range()
        out = []
        for i, ch in enumerate(text):
            if not ch.isspace():
                b = tp.get_charbox(i)
                out.append((ch, float(b[0]), float(b[1])))
        return out
    finally:
        doc.close()


def _outside(chars: list[tuple[str, float, float]], bb: BBox) -> list[tuple[str, float, float]]:
    return [c for c in chars if not c[0].isspace() and not (bb.x0 - 1 <= c[1] + 0.5 <= bb.x1 + 1 and bb.y0 - 3 <= c[2] <= bb.y1 + 1)]


def _compare(before: list[tuple[str, float, float]], after: list[tuple[str, float, float]], bb: BBox,
             tol: float) -> None:
    # reading order differs between extractors and after splitting operators: compare by position
    rest = sorted(_outside(after, bb), key=lambda c: (c[0], round(c[2], 1), c[1]))
    expect = sorted(_outside(before, bb), key=lambda c: (c[0], round(c[2], 1), c[1]))
    assert "".join(c[0] for c in rest) == "".join(c[0] for c in expect), "text outside the box changed"
    for a, b in zip(rest, expect):
        assert abs(a[1] - b[1]) <= tol, (a, b)
        assert abs(a[2] - b[2]) <= tol, (a, b)


def kept_chars_same(src: Path, dst: Path, bb: BBox, page: int = 0, tol: float = 0.05,
                    plumber_extra: float | None = 0.0) -> None:
    """Chars outside the box keep their text and position in pdfplumber and in PDFium.

    ``plumber_extra`` widens pdfplumber's tolerance: pdfminer drops the character spacing (Tc)
    after the last glyph of every show operator, so splitting an operator around removed glyphs
    shifts later text by Tc in pdfminer's view only (PDFium and poppler agree with the spec).
    """
    if plumber_extra is not None:  # None: pdfminer misplaces this input itself (e.g. the " operator)
        _compare(plumber_chars(src, page), plumber_chars(dst, page), bb, tol + plumber_extra)
    _compare(pdfium_chars(src, page), pdfium_chars(dst, page), bb, tol)


def box(page: int, bbox: BBox, label: str = "5.1.2e") -> RedactBox:
    return RedactBox(page=page, bbox=bbox, label=label)


def cid_font_embedded_cmap(pdf: pikepdf.Pdf, text_chars: str) -> pikepdf.Object:
    """A Type0 font whose embedded CMap mixes 1-byte codes (ASCII, so Tw applies to <20>) with a
    2-byte range; codes map to DejaVu glyph ids (CIDToGIDMap Identity)."""
    font, gids = cid_font(pdf, text_chars)
    cidchars = "\n".join(f"<{ord(ch):02X}> {g}" for ch, g in sorted(gids.items()))
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def\n"
        "/CMapName /WooMixed def /CMapType 1 def\n"
        "2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange\n"
        f"{len(gids)} begincidchar\n{cidchars}\nendcidchar\n"
        "1 begincidrange <8000> <80FF> 1 endcidrange\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    font.Encoding = pdf.make_stream(cmap, Type=pikepdf.Name.CMap, CMapName=pikepdf.Name.WooMixed,
                                    CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"),
                                                                     Ordering=pikepdf.String("Identity"), Supplement=0))
    bf = "\n".join(f"<{ord(ch):02X}> <{ord(ch):04X}>" for ch in sorted(gids))
    font.ToUnicode = pdf.make_stream((
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /WooU def /CMapType 2 def\n"
        "1 begincodespacerange <00> <7F> endcodespacerange\n"
        f"{len(gids)} beginbfchar\n{bf}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode())
    return font
