"""Hostile PDFs whose personal data is drawn but not extractable as text, built by code.

Text drawn as vector outlines (rectangles traced from a rendered bitmap, or polygons per glyph),
by Type3 glyph procedures (text or outlines inside the procedure), inside a tiling pattern's
cell, or shown through a ``/ToUnicode`` that lies. No text extractor reads these strings, so
only the pixels tell: the pipeline must find them in the rendering (unexplained-ink OCR), box
them, and remove the paths, glyphs and pixels under the boxes. :data:`INK_CONTROLS` are pages
with vector graphics and outlined headings holding no personal data: published, not refused.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pikepdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas

EMAIL = "r.verhoeven@voorbeeld.nl"
PHONE = "06-48213957"
#: What must not be readable after redaction (squashed: lower case, no whitespace).
INK_PROBES = ("verhoeven@voorbeeld", "48213957")
KEPT = "Het besluit volgt binnen zes weken."
FONT_FILE = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PX_PER_PT = 4  # resolution of the bitmap traced into vector outlines

Builder = Callable[[Path], None]


def _base(lines: tuple[str, ...] = ()) -> pikepdf.Pdf:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Verslag van het gesprek over de aanvraag.")
    for i, line in enumerate(lines):
        c.drawString(72, 740 - 20 * i, line)
    c.drawString(72, 500, KEPT)
    c.showPage()
    c.save()
    buf.seek(0)
    return pikepdf.open(buf)


def _helv(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica, Encoding=pikepdf.Name.WinAnsiEncoding))


def _append(pdf: pikepdf.Pdf, data: bytes) -> None:
    pdf.pages[0].contents_add(pdf.make_stream(data), prepend=False)


def _res(pdf: pikepdf.Pdf, kind: str) -> pikepdf.Dictionary:
    res = pdf.pages[0].obj.Resources
    if kind not in res:
        res[kind] = pikepdf.Dictionary()
    return res[kind]


def _save(pdf: pikepdf.Pdf, path: Path) -> None:
    pdf.save(path)
    pdf.close()


def _bitmap(text: str, size_pt: float) -> np.ndarray:
    """``text`` rendered black on white at :data:`PX_PER_PT`, as booleans (True = ink), top row first."""
    font = ImageFont.truetype(FONT_FILE, int(size_pt * PX_PER_PT))
    r = font.getbbox(text)[2]
    img = Image.new("L", (r + 8, int(size_pt * PX_PER_PT * 1.4)), 255)
    ImageDraw.Draw(img).text((4, 0), text, font=font, fill=0)
    return np.asarray(img) < 128


def _row_runs(ink: np.ndarray) -> list[tuple[int, int, int]]:
    """(row, first col, end col) of every horizontal run of ink."""
    out = []
    for r in range(ink.shape[0]):
        row = np.concatenate([[False], ink[r], [False]]).astype(np.int8)
        d = np.diff(row)
        for s, e in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]):
            out.append((r, int(s), int(e)))
    return out


def outline_ops(text: str, x: float, y: float, size_pt: float, *, style: str = "rects") -> bytes:
    """Path operators drawing ``text`` as filled outlines with its baseline-ish bottom at (x, y).

    ``rects``: one path of ``re`` subpaths (the whole line one fill); ``polygons``: each run a
    closed ``m l l l h`` polygon, one fill per glyph column group; ``strips``: one fill per row.
    """
    ink = _bitmap(text, size_pt)
    h = ink.shape[0]
    u = 1.0 / PX_PER_PT
    runs = _row_runs(ink)
    parts: list[str] = ["q 0 0 0 rg"]
    if style == "rects":
        parts += [f"{x + s * u:.2f} {y + (h - r - 1) * u:.2f} {(e - s) * u:.2f} {u:.2f} re" for r, s, e in runs]
        parts.append("f")
    elif style == "strips":
        rows: dict[int, list[tuple[int, int]]] = {}
        for r, s, e in runs:
            rows.setdefault(r, []).append((s, e))
        for r, segs in rows.items():
            parts += [f"{x + s * u:.2f} {y + (h - r - 1) * u:.2f} {(e - s) * u:.2f} {u:.2f} re" for s, e in segs]
            parts.append("f")
    else:  # polygons, grouped per glyph-wide column band
        cols = ink.any(axis=0)
        band_of = np.cumsum(np.concatenate([[0], (cols[1:] & ~cols[:-1]).astype(int)]))
        bands: dict[int, list[str]] = {}
        for r, s, e in runs:
            x0, x1 = x + s * u, x + e * u
            y0, y1 = y + (h - r - 1) * u, y + (h - r) * u
            bands.setdefault(int(band_of[s]), []).append(f"{x0:.2f} {y0:.2f} m {x1:.2f} {y0:.2f} l {x1:.2f} {y1:.2f} l {x0:.2f} {y1:.2f} l h")
        for ops in bands.values():
            parts += ops
            parts.append("f*")
    parts.append("Q")
    return " ".join(parts).encode()


# ---------------------------------------------------------------------------------------- cases

def outline_one_path(path: Path) -> None:
    """A contact line drawn as one vector path (kept words and the address in the same fill)."""
    pdf = _base()
    _append(pdf, outline_ops(f"Contact: {EMAIL}", 72, 700, 12, style="rects"))
    _append(pdf, outline_ops(f"Telefoon {PHONE}", 72, 670, 12, style="strips"))
    _save(pdf, path)


def outline_paragraph_one_path(path: Path) -> None:
    """A whole paragraph drawn as one path (one fill), the number on its middle line: only the
    glyphs under the box may go, the lines around it stay drawn."""
    pdf = _base()
    ops = [outline_ops(t, 72, 700 - 18 * k, 11, style="rects") for k, t in enumerate(
        ("Het verslag is opgesteld door het team.", f"Bereikbaar op {PHONE} overdag.", "Reacties graag voor vrijdag."))]
    # one path: strip each line's "q 0 0 0 rg ... f Q" wrapper and paint once
    body = b" ".join(o.split(b" ", 5)[5].rsplit(b" ", 2)[0] for o in ops)
    _append(pdf, b"q 0 0 0 rg " + body + b" f Q")
    _save(pdf, path)


def outline_rotated_page(path: Path) -> None:
    """A page shown turned (/Rotate 90) whose outlined contact line is drawn turned the other
    way, so it reads upright on screen while running up the page in user space."""
    pdf = _base()
    pdf.pages[0].obj.Rotate = 90
    _append(pdf, b"q 0 1 -1 0 420 120 cm " + outline_ops(f"Contact: {EMAIL}", 0, 0, 12, style="rects") + b" Q")
    _save(pdf, path)


def outline_over_image(path: Path) -> None:
    """The address drawn as outlines over a light photo-like image (a caption burnt onto a
    picture by a layout tool): image OCR reads the image's pixels only, not what lies on it."""
    pdf = _base()
    rng = np.random.default_rng(3)
    pixels = (200 + rng.integers(0, 40, size=(80, 300))).astype(np.uint8)  # light, textured
    img = pdf.make_stream(zlib_compress(pixels.tobytes()), Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image,
                          Width=300, Height=80, ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=8,
                          Filter=pikepdf.Name.FlateDecode)
    _res(pdf, "/XObject")["/ImPhoto"] = img
    _append(pdf, b"q 300 0 0 80 60 600 cm /ImPhoto Do Q " + outline_ops(f"Foto: {EMAIL}", 72, 630, 12, style="polygons"))
    _save(pdf, path)


def zlib_compress(data: bytes) -> bytes:
    import zlib

    return zlib.compress(data)


def outline_polygons(path: Path) -> None:
    """Glyph polygons (one even-odd fill per glyph), larger type, inside a form XObject."""
    pdf = _base()
    form = pdf.make_stream(outline_ops(f"E-mail {EMAIL}", 0, 0, 14, style="polygons") +
                           b" " + outline_ops(f"Mobiel {PHONE}", 0, -30, 14, style="polygons"),
                           Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[0, -40, 400, 30])
    _res(pdf, "/XObject")["/FxOut"] = form
    _append(pdf, b"q 1 0 0 1 72 640 cm /FxOut Do Q")
    _save(pdf, path)


def _type3(pdf: pikepdf.Pdf, proc_ops: bytes, width: int = 600) -> pikepdf.Dictionary:
    proc = pdf.make_stream(f"{width} 0 d0 ".encode() + proc_ops)
    return pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3, FontBBox=[0, -30, 4000, 120],
        FontMatrix=[0.01, 0, 0, 0.01, 0, 0], FirstChar=120, LastChar=120, Widths=[width],
        Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=[120, pikepdf.Name.x]),
        CharProcs=pikepdf.Dictionary(x=proc), Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(Fh=_helv(pdf)))))


def type3_proc_text(path: Path) -> None:
    """One Type3 glyph whose procedure shows the address in Helvetica, far wider than its advance."""
    pdf = _base()
    _res(pdf, "/Font")["/T3"] = _type3(pdf, f"BT /Fh 100 Tf 0 0 Td (Mail {EMAIL}) Tj ET".encode(), width=60)
    _append(pdf, b"BT /T3 11 Tf 72 690 Td (x) Tj ET")
    _save(pdf, path)


def type3_proc_outlines(path: Path) -> None:
    """Type3 glyphs whose procedure draws the phone number as vector outlines, shown twice."""
    pdf = _base()
    ops = outline_ops(f"Bel {PHONE}", 0, 0, 100, style="rects")  # glyph space: 100 units = 1 text unit
    _res(pdf, "/Font")["/T3"] = _type3(pdf, ops, width=600)
    _append(pdf, b"BT /T3 12 Tf 72 690 Td (x) Tj 0 -40 Td (x) Tj ET")
    _save(pdf, path)


def _bitmap_type3(pdf: pikepdf.Pdf, text: str) -> tuple[pikepdf.Dictionary, bytes]:
    """A Type3 font of traced bitmap letters (as scanners' "searchable image" fonts are): codes
    1, 2, … in order of first use, glyph names g1, g2, … (meaningless to readers), no
    /ToUnicode. Returns the font and the string showing ``text``."""
    chars = list(dict.fromkeys(text))
    procs = pikepdf.Dictionary()
    widths = []
    for ch in chars:
        ink = _bitmap(ch, 10)  # 10 pt letters at PX_PER_PT: glyph space = points·PX_PER_PT
        h = ink.shape[0]
        w = max(ink.shape[1] - 6, 1)
        ops = [f"{w} 0 0 -10 {w} {h} d1"] + [f"{a} {h - r - 1 - 10} {e - a} 1 re" for r, a, e in _row_runs(ink)] + ["f"]
        procs[f"/g{len(widths) + 1}"] = pdf.make_stream(" ".join(ops).encode())
        widths.append(w)
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3, FontBBox=[0, -10, 200, 60],
        FontMatrix=[1 / (10 * PX_PER_PT), 0, 0, 1 / (10 * PX_PER_PT), 0, 0], FirstChar=1, LastChar=len(chars),
        Widths=widths, CharProcs=procs, Resources=pikepdf.Dictionary(),
        Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding,
                                    Differences=[1] + [pikepdf.Name(f"/g{i + 1}") for i in range(len(chars))]))
    return pdf.make_indirect(font), bytes(chars.index(c) + 1 for c in text)


def type3_bitmap_font(path: Path) -> None:
    """Scanned letters as a Type3 font without /ToUnicode: every glyph is one letter-sized box
    (the boxes look like text), but readers extract control codes, not the letters."""
    pdf = _base()
    font, codes = _bitmap_type3(pdf, f"Mail {EMAIL}")
    _res(pdf, "/Font")["/T3b"] = font
    _append(pdf, b"BT /T3b 11 Tf 72 690 Td <" + codes.hex().encode() + b"> Tj ET")
    _save(pdf, path)


def tiling_pattern_text(path: Path) -> None:
    """A tiling pattern whose one cell shows the address; the page paints exactly that cell (the
    pattern matrix puts the cell's origin on the rectangle)."""
    pdf = _base()
    cell = pdf.make_stream(f"BT /Fh 11 Tf 2 4 Td (Mail {EMAIL}) Tj ET".encode(), Type=pikepdf.Name.Pattern,
                           PatternType=1, PaintType=1, TilingType=1, BBox=[0, 0, 300, 16], XStep=300, YStep=16, Matrix=[1, 0, 0, 1, 72, 660],
                           Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(Fh=_helv(pdf))))
    _res(pdf, "/Pattern")["/P7"] = cell
    _append(pdf, b"q /Pattern cs /P7 scn 72 660 300 16 re f Q")
    _save(pdf, path)


# ---------------------------------------------------------------------------------------- a /ToUnicode that lies

def _shift(ch: str) -> str:
    """What a lying map says instead of ``ch``: letters and digits rotated (a → h, 4 → 7)."""
    if ch.islower():
        return chr((ord(ch) - 97 + 7) % 26 + 97)
    if ch.isupper():
        return chr((ord(ch) - 65 + 7) % 26 + 65)
    if ch.isdigit():
        return str((int(ch) + 3) % 10)
    return ch


def _cmap(pairs: dict[int, str], two_bytes: bool) -> bytes:
    w = 4 if two_bytes else 2
    lines = [f"<{code:0{w}X}> <{ch.encode('utf-16-be').hex().upper()}>" for code, ch in sorted(pairs.items())]
    body = "\n".join(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar"
                      for chunk in (lines[i:i + 100] for i in range(0, len(lines), 100)))
    space = f"<{'0000' if two_bytes else '00'}> <{'FFFF' if two_bytes else 'FF'}>"
    return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lie def /CMapType 2 def\n"
            f"1 begincodespacerange\n{space}\nendcodespacerange\n{body}\nendcmap CMapName currentdict /CMap defineresource pop end end").encode()


def _lying_simple(pdf: pikepdf.Pdf, lie: Callable[[str], str]) -> pikepdf.Dictionary:
    """Helvetica (WinAnsi) with a /ToUnicode saying ``lie(ch)`` for every printable character."""
    pairs = {b: lie(chr(b)) for b in range(32, 127)}
    return pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica,
        Encoding=pikepdf.Name.WinAnsiEncoding, ToUnicode=pdf.make_stream(_cmap(pairs, False))))


def lying_tounicode_type1(path: Path) -> None:
    """The contact line in Helvetica whose /ToUnicode rotates every letter and digit: readers see
    garbage, the pixels show the address and number."""
    pdf = _base()
    _res(pdf, "/Font")["/FL"] = _lying_simple(pdf, _shift)
    _append(pdf, f"BT /FL 11 Tf 72 690 Td (Mail {EMAIL}, tel. {PHONE}) Tj ET".encode())
    _save(pdf, path)


def lying_tounicode_digits(path: Path) -> None:
    """Only the digits lie (another plausible phone number is extracted), kerned TJ."""
    pdf = _base()
    _res(pdf, "/Font")["/FL"] = _lying_simple(pdf, lambda c: _shift(c) if c.isdigit() else c)
    _append(pdf, f"BT /FL 12 Tf 72 690 Td [(Bel mij op ) -20 ({PHONE[:5]}) 15 ({PHONE[5:]})] TJ ET".encode())
    _save(pdf, path)


def _dejavu_gids() -> dict[str, int]:
    from pdfminer.pdffont import TrueTypeFont

    with open(FONT_FILE, "rb") as fp:
        m = TrueTypeFont("DejaVuSans", fp).create_unicode_map().cid2unichr
    return {ch: gid for gid, ch in sorted(m.items(), reverse=True)}


def _type0(pdf: pikepdf.Pdf, text: str, lie: Callable[[str], str]) -> tuple[pikepdf.Dictionary, bytes]:
    """DejaVu Sans embedded whole as an Identity-H Type0 font whose /ToUnicode says ``lie``;
    returns the font and the hex codes (glyph ids) showing ``text``."""
    gids = _dejavu_gids()
    font = ImageFont.truetype(FONT_FILE, 1000)
    used = sorted({gids[c] for c in text})
    widths = pikepdf.Array()
    for c in sorted(set(text), key=lambda ch: gids[ch]):
        widths.extend([gids[c], [round(font.getlength(c))]])
    with open(FONT_FILE, "rb") as fh:
        ff = pdf.make_stream(fh.read())
    desc = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name("/DejaVuSans"), Flags=32, FontBBox=[-1021, -463, 1793, 1232],
        ItalicAngle=0, Ascent=928, Descent=-236, CapHeight=729, StemV=80, FontFile2=ff))
    cid = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2, BaseFont=pikepdf.Name("/DejaVuSans"),
        CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"), Ordering=pikepdf.String("Identity"), Supplement=0),
        FontDescriptor=desc, W=widths, DW=600, CIDToGIDMap=pikepdf.Name.Identity))
    back = {gids[c]: c for c in text}
    tu = pdf.make_stream(_cmap({g: lie(back[g]) for g in used}, True))
    t0 = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=pikepdf.Name("/DejaVuSans"),
        Encoding=pikepdf.Name("/Identity-H"), DescendantFonts=[cid], ToUnicode=tu))
    return t0, "".join(f"{gids[c]:04X}" for c in text).encode()


def lying_tounicode_type0(path: Path) -> None:
    """An embedded Identity-H font (as Word writes them) whose /ToUnicode lies about its glyphs."""
    pdf = _base()
    text = f"E-mail {EMAIL} of {PHONE}"
    font, codes = _type0(pdf, text, _shift)
    _res(pdf, "/Font")["/F0"] = font
    _append(pdf, b"BT /F0 11 Tf 72 690 Td <" + codes + b"> Tj ET")
    _save(pdf, path)


def tiling_pattern_outlines(path: Path) -> None:
    """A tiling pattern whose cell draws the address as vector outlines (no string anywhere):
    the cell itself must lose the outlines, not only be covered."""
    pdf = _base()
    cell = pdf.make_stream(outline_ops(f"Mail {EMAIL}", 2, 2, 11, style="rects"), Type=pikepdf.Name.Pattern,
                           PatternType=1, PaintType=1, TilingType=1, BBox=[0, 0, 300, 18], XStep=300, YStep=18,
                           Matrix=[1, 0, 0, 1, 72, 660])
    _res(pdf, "/Pattern")["/P8"] = cell
    _append(pdf, b"q /Pattern cs /P8 scn 72 660 300 18 re f Q")
    _save(pdf, path)


def combined_ink_constructs(path: Path) -> None:
    """Three constructs on one page: the address as outlines inside a form, the number in a font
    whose digits lie, and a bitmap-Type3 copy of the address further down."""
    pdf = _base()
    form = pdf.make_stream(outline_ops(f"Mail {EMAIL}", 0, 0, 12, style="strips"), Type=pikepdf.Name.XObject,
                           Subtype=pikepdf.Name.Form, BBox=[0, -5, 400, 25])
    _res(pdf, "/XObject")["/FxMail"] = form
    _res(pdf, "/Font")["/FL"] = _lying_simple(pdf, lambda c: _shift(c) if c.isdigit() else c)
    t3, codes = _bitmap_type3(pdf, f"Kopie {EMAIL}")
    _res(pdf, "/Font")["/T3b"] = t3
    _append(pdf, b"q 1 0 0 1 72 700 cm /FxMail Do Q "
                 + f"BT /FL 11 Tf 72 660 Td (Telefoon {PHONE}) Tj ET ".encode()
                 + b"BT /T3b 11 Tf 72 620 Td <" + codes.hex().encode() + b"> Tj ET")
    _save(pdf, path)


INK_CASES: dict[str, Builder] = {f.__name__: f for f in (
    outline_one_path, outline_paragraph_one_path, outline_rotated_page, outline_over_image, outline_polygons, type3_proc_text, type3_proc_outlines,
    type3_bitmap_font, tiling_pattern_text, tiling_pattern_outlines,
    lying_tounicode_type1, lying_tounicode_digits, lying_tounicode_type0, combined_ink_constructs)}


# ---------------------------------------------------------------------------------------- controls

def control_vector_graphics(path: Path) -> None:
    """Table rules, a bezier logo, an underline, a scribbled signature: ink that is no text."""
    pdf = _base(("Datum: 3 maart", "Kenmerk: 2024-0042"))
    ops = [b"q 0.5 w 0 0 0 RG"]
    for k in range(6):  # a table grid
        ops.append(f"72 {300 + 18 * k} m 520 {300 + 18 * k} l S".encode())
    for xk in (72, 220, 370, 520):
        ops.append(f"{xk} 300 m {xk} 390 l S".encode())
    ops.append(b"0.1 0.2 0.6 rg 480 780 m 480 800 500 815 520 815 c 540 815 555 800 555 780 c "
               b"555 760 540 745 520 745 c 500 745 480 760 480 780 c f")  # a round logo
    ops.append(b"1 w 72 735 m 180 735 l S")  # an underline
    ops.append(b"1.2 w 300 200 m 320 230 330 170 350 210 c 360 230 380 180 400 205 c S")  # a signature
    ops.append(b"Q")
    _append(pdf, b" ".join(ops))
    _save(pdf, path)


def control_outlined_heading(path: Path) -> None:
    """A heading without personal data drawn as outlines (as designers export logos and titles)."""
    pdf = _base()
    _append(pdf, outline_ops("Besluit op bezwaar", 72, 690, 16, style="polygons"))
    _save(pdf, path)


def control_truthful_tounicode(path: Path) -> None:
    """The same fonts with maps that tell the truth, and no personal data: nothing to OCR."""
    pdf = _base()
    _res(pdf, "/Font")["/FL"] = _lying_simple(pdf, lambda c: c)
    text = "Kenmerk 2024-118 betreft de verbouwing"
    font, codes = _type0(pdf, text, lambda c: c)
    _res(pdf, "/Font")["/F0"] = font
    _append(pdf, b"BT /FL 11 Tf 72 690 Td (Zaak over de aanvraag van de omgevingsvergunning) Tj ET "
                 b"BT /F0 11 Tf 72 670 Td <" + codes + b"> Tj ET")
    _save(pdf, path)


def control_hatched_cell_with_name(path: Path) -> None:
    """A hatched (tiling pattern) table cell behind a redacted address: the hatching stays, the
    address goes; the document is published, not refused."""
    pdf = _base()
    hatch = pdf.make_stream(b"0.6 G 0.4 w 0 0 m 4 4 l S", Type=pikepdf.Name.Pattern, PatternType=1, PaintType=1,
                            TilingType=1, BBox=[0, 0, 4, 4], XStep=4, YStep=4)
    _res(pdf, "/Pattern")["/PH"] = hatch
    _res(pdf, "/Font")["/Fh"] = _helv(pdf)
    _append(pdf, f"q /Pattern cs /PH scn 66 640 300 30 re f Q BT /Fh 11 Tf 72 650 Td (Contact: {EMAIL}) Tj ET".encode())
    _save(pdf, path)


INK_CONTROLS: dict[str, Builder] = {f.__name__: f for f in (control_vector_graphics, control_outlined_heading,
                                                            control_truthful_tounicode, control_hatched_cell_with_name)}
