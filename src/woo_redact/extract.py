"""Extract each page's text together with its glyph index.

Two independent backends behind one function:

- ``pdfium`` (default, the hot path): PDFium through pypdfium2. About 10x faster and 30x leaner
  than pdfplumber when every character's box is needed.
- ``pdfplumber``: pdfminer.six's parser, a second independent reader (used for verification and
  selectable with ``backend="pdfplumber"``).

Both build :class:`~woo_redact.types.PageText` in one place: the page text and, for every text
character, the glyph that produced it, with boxes in default user space.

Limits: text drawn as vector outlines is not seen; text inside images is read by
:func:`woo_redact.ocr.add_image_text` (pages are marked ``has_images``). A ``/ToUnicode`` that
lies is caught only for simple fonts with a standard encoding (a CID font's own cmap is often
stripped from subsets, so it cannot be the judge); Type3 glyph procedures are not decoded. Ligatures are expanded to their
letters (``ﬁ`` → ``fi``) with both letters pointing at the same glyph.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import itertools
import os
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from .errors import EncryptedPDFError, ExtractionError
from .geometry import display_size, normalise_rotation, topdown_to_user
from .types import BBox, Document, Glyph, GlyphTable, PageText

Backend = Literal["pdfium", "pdfplumber"]

_SOFT_HYPHENS = {"\x02", "\xad", "\ufffe"}


def sha256_file(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def extract(
    path: str | os.PathLike[str],
    *,
    backend: Backend = "pdfium",
    password: str | None = None,
    column_tabs: bool = True,
    decode_fonts: bool = True,
) -> Document:
    """Read every page's text and glyph boxes.

    Text a reader would get wrong is read too: glyphs drawn out of reading order are put back in
    order (:func:`reorder`); glyphs in fonts without a usable ``/ToUnicode`` (decoded through the
    font's own cmap/encoding), form field values and annotation texts are appended with boxes
    (:func:`add_font_decoded_text`; both off with ``decode_fonts=False``).

    Raises:
        EncryptedPDFError: encrypted and no/incorrect password.

    ``column_tabs`` writes wide gaps on a line (table cells) as tabs; off for OCR text layers,
    whose word spacing says nothing about columns.
        ExtractionError: not a PDF or damaged beyond repair.
    """
    p = Path(path)
    if not p.is_file():
        raise ExtractionError(f"{p}: no such file")
    digest = sha256_file(p)
    if backend == "pdfium":
        pages, meta = _extract_pdfium(p, password, column_tabs)
    elif backend == "pdfplumber":
        pages, meta = _extract_pdfplumber(p, password)
    else:  # pragma: no cover - guarded by the Literal type
        raise ValueError(f"unknown extraction backend {backend!r}; use 'pdfium' or 'pdfplumber'")
    pages = [reorder(pg) if is_scrambled(pg) else pg for pg in pages]
    doc = Document(path=str(p), sha256=digest, pages=tuple(pages), metadata=meta, extractor=backend)
    if decode_fonts:
        doc = add_font_decoded_text(doc, password=password)
    return doc


# --------------------------------------------------------------------------- text assembly


class _PageBuilder:
    """Accumulates text and glyph index together so they can never disagree."""

    __slots__ = ("_append", "_count", "chars", "glyph_at", "glyphs")

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.glyph_at: list[int | None] = []
        self.glyphs = GlyphTable()
        self._count = 0  # len(self.glyphs), kept here: this runs once per character
        self._append = self.glyphs.append

    def add_glyph(self, ch: str, glyph: Glyph) -> None:
        b = glyph.bbox
        self.add(ch, b.x0, b.y0, b.x1, b.y1, glyph.size, glyph.font)

    def add(self, ch: str, x0: float, y0: float, x1: float, y1: float, size: float = 0.0, font: str = "") -> None:
        gi = self._count
        self._append(ch, x0, y0, x1, y1, size, font)
        self._count = gi + 1
        if len(ch) == 1 and not ("\ufb00" <= ch <= "\ufb4f"):
            self.chars.append(ch)
            self.glyph_at.append(gi)
            return
        expanded = unicodedata.normalize("NFKC", ch) if len(ch) == 1 else ch
        for c in expanded or ch:
            self.chars.append(c)
            self.glyph_at.append(gi)

    def mark_column_gap(self, x0: float, y0: float, x1: float, y1: float, size: float) -> None:
        """A wide gap on one line separates table cells: write it as a tab, not a space.

        Detectors then never join two cells ("0182 588 100 06 5390 1187") into one match.
        Called with the next glyph's box before it is added.
        """
        if not self._count or not self.chars or self.chars[-1] != " " or self.glyph_at[-1] is not None:
            return
        _, py0, px1, py1 = self.glyphs.coords(self._count - 1)
        overlap = min(py1, y1) - max(py0, y0)
        size = size or (y1 - y0)
        if overlap > 0.5 * min(py1 - py0, y1 - y0) and x0 - px1 > 1.2 * size:
            self.chars[-1] = "\t"

    def add_implied(self, ch: str) -> None:
        # Collapse runs of implied whitespace so offsets stay meaningful.
        if ch == " " and self.chars and self.chars[-1] in " \n":
            return
        if ch == "\n" and self.chars and self.chars[-1] == " " and self.glyph_at[-1] is None:
            self.chars[-1] = "\n"
            return
        self.chars.append(ch)
        self.glyph_at.append(None)

    def build(self, number: int, width: float, height: float, rotation: int, has_images: bool) -> PageText:
        return PageText(
            number=number,
            width=width,
            height=height,
            text="".join(self.chars),
            glyphs=self.glyphs,
            glyph_at=tuple(self.glyph_at),
            rotation=rotation,
            has_images=has_images,
        )


# --------------------------------------------------------------------------- PDFium


def _open_pdfium(path: Path, password: str | None):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            hint = "the password given is wrong" if password else "pass it with --password (or password=...)"
            raise EncryptedPDFError(f"{path.name}: the PDF is encrypted; {hint}") from exc
        raise ExtractionError(f"{path.name}: not a readable PDF ({exc})") from exc


def _extract_pdfium(path: Path, password: str | None, column_tabs: bool = True) -> tuple[list[PageText], tuple[tuple[str, str], ...]]:
    import pypdfium2.raw as raw

    pdf = _open_pdfium(path, password)
    try:
        meta = tuple((k, str(v)) for k, v in pdf.get_metadata_dict(skip_empty=True).items())
        pages: list[PageText] = []
        for n in range(len(pdf)):
            page = pdf[n]
            try:
                pages.append(_pdfium_page(page, n, raw, column_tabs))
            finally:
                page.close()
        return pages, meta
    finally:
        pdf.close()


def _pdfium_page(page, n: int, raw, column_tabs: bool = True) -> PageText:  # type: ignore[no-untyped-def]
    width, height = page.get_size()
    rotation = normalise_rotation(page.get_rotation())
    has_images = any(True for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2))
    tp = page.get_textpage()
    try:
        b = _PageBuilder()
        count = max(raw.FPDFText_CountChars(tp), 0)
        # The whole page's UTF-16 in one call: one code unit per character index.
        buf = ctypes.create_string_buffer(2 * (count + 1))
        got = raw.FPDFText_GetText(tp, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
        units = memoryview(buf.raw).cast("H")[: max(got - 1, 0)] if got > 0 else memoryview(b"").cast("H")
        rect = raw.FS_RECTF()
        rect_p = ctypes.byref(rect)
        ox, oy = ctypes.c_double(), ctypes.c_double()
        ox_p, oy_p = ctypes.byref(ox), ctypes.byref(oy)
        mat = raw.FS_MATRIX()
        mat_p = ctypes.byref(mat)
        # This loop runs once per character of the bundle: PDFium calls bound to locals, and
        # the text object's address as a plain int (no ctypes pointer object to cast).
        is_generated, is_hyphen = raw.FPDFText_IsGenerated, raw.FPDFText_IsHyphen
        loose_box, char_origin = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin
        text_object = _text_object_address(raw)
        add_implied, add, mark_gap = b.add_implied, b.add, b.mark_column_gap
        # Font size and orientation are per text object: look them up once per object.
        obj_info: dict[int, tuple[float, bool]] = {}
        pending_high: int | None = None
        for i in range(min(count, len(units))):
            code = units[i]
            if code < 33 or code == 0xA0:
                if code in (13, 10, 32, 0xA0, 9) and is_generated(tp, i):
                    if code != 13:
                        add_implied("\n" if code == 10 else " ")
                    continue
                if code == 13:  # "\r" of "\r\n"
                    continue
                if code == 10:
                    add_implied("\n")
                    continue
            if 0xD800 <= code <= 0xDBFF:  # high surrogate: join with the next unit
                pending_high = code
                continue
            if pending_high is not None and 0xDC00 <= code <= 0xDFFF:
                code = 0x10000 + ((pending_high - 0xD800) << 10) + (code - 0xDC00)
            pending_high = None
            ch = chr(code) if code else ""
            if ch in _SOFT_HYPHENS or (ch in "-\u2010\u2011" and is_hyphen(tp, i) == 1):
                ch = "-"
            if not ch or ch == "\x00":
                continue
            if ch.isspace():
                add_implied(" ")
                continue
            if not loose_box(tp, i, rect_p):
                continue
            x0, x1, y0, y1 = rect.left, rect.right, rect.bottom, rect.top
            if x1 < x0:
                x0, x1 = x1, x0
            if y1 < y0:
                y0, y1 = y1, y0
            key = text_object(tp, i) or 0
            info = obj_info.get(key)
            if info is None:
                size = float(raw.FPDFText_GetFontSize(tp, i))
                upright = True
                if raw.FPDFText_GetMatrix(tp, i, mat_p):
                    # the Tf size is in text space; the text matrix and CTM scale it (Chromium: 16 Tf at 0.75)
                    size *= abs(mat.a * mat.d - mat.b * mat.c) ** 0.5
                    upright = abs(mat.b) < 1e-6 and abs(mat.c) < 1e-6 and mat.a > 0 and mat.d > 0
                info = obj_info[key] = (size, upright)
            size, upright = info
            # PDFium's "loose" box can be as tight as the cap height; a redaction box must
            # also cover descenders and accents. For horizontal text, extend it to the
            # font's line: from 0.25 em below the baseline to 0.95 em above.
            if size > 0 and upright and char_origin(tp, i, ox_p, oy_p):
                base = oy.value
                if base - 0.25 * size < y0:
                    y0 = base - 0.25 * size
                if base + 0.95 * size > y1:
                    y1 = base + 0.95 * size
            if column_tabs:
                mark_gap(x0, y0, x1, y1, size)
            add(ch, x0, y0, x1, y1, size)
        return b.build(n, float(width), float(height), int(rotation), has_images)
    finally:
        tp.close()


@functools.cache
def _text_object_address(raw):  # type: ignore[no-untyped-def]
    """``FPDFText_GetTextObject`` returning the object's address as an int (a cache key)."""
    fn = raw.FPDFText_GetTextObject
    proto = ctypes.CFUNCTYPE(ctypes.c_void_p, *fn.argtypes)
    address = ctypes.cast(fn, ctypes.c_void_p).value
    assert address is not None, "PDFium exports FPDFText_GetTextObject"
    return proto(address)


# --------------------------------------------------------------------------- pdfplumber


def _extract_pdfplumber(path: Path, password: str | None) -> tuple[list[PageText], tuple[tuple[str, str], ...]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.text import chars_to_textmap

    try:
        pdf = pdfplumber.open(str(path), password=password or "")
    except PDFPasswordIncorrect as exc:
        raise EncryptedPDFError(f"{path.name}: the PDF is encrypted; pass the password with --password") from exc
    except (PDFSyntaxError, Exception) as exc:  # pdfminer raises many unrelated types
        raise ExtractionError(f"{path.name}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    try:
        meta = tuple((str(k), str(v)) for k, v in (pdf.metadata or {}).items())
        pages: list[PageText] = []
        for n, page in enumerate(pdf.pages):
            to_user = _plumber_to_user(page)
            chars = page.chars
            tm = chars_to_textmap(chars, layout=False, keep_blank_chars=False, use_text_flow=True)
            b = _PageBuilder()
            for ch, obj in tm.tuples:
                if obj is None:
                    b.add_implied("\n" if ch == "\n" else " ")
                elif ch.isspace():
                    b.add_implied(" ")
                else:
                    b.add_glyph(ch, Glyph(ch, to_user(obj), font=str(obj.get("fontname", "")), size=float(obj.get("size", 0.0))))
            has_images = bool(page.images)
            mb = page.mediabox
            pages.append(b.build(n, float(mb[2] - mb[0]), float(mb[3] - mb[1]), normalise_rotation(page.rotation or 0), has_images))
            page.flush_cache()
        return pages, meta
    finally:
        pdf.close()


def _plumber_to_user(page: Any) -> Any:
    """Map pdfplumber's top-left, rotation-applied coordinates back to default user space.

    pdfplumber reports the media box as displayed (after ``/Rotate``), top-left origin.
    """
    mb = tuple(float(v) for v in page.mediabox)
    rot = normalise_rotation(page.rotation or 0)
    to_user = topdown_to_user(mb, rot, display_size(mb, rot)[1])  # type: ignore[arg-type]

    def conv(obj) -> BBox:  # type: ignore[no-untyped-def]
        return BBox(*to_user(float(obj["x0"]), float(obj["x1"]), float(obj["top"]), float(obj["bottom"])))

    return conv


# --------------------------------------------------------------------------- reading order


SCRAMBLED_FRACTION = 0.3  # share of backward jumps within a line that marks a scrambled stream
WORD_GAP = 0.15  # of the glyph box height (≈ 1.2 em): a wider gap between glyphs is a word space
_MIN_REORDER_GLYPHS = 12


def _lines_of(boxes: list[tuple[int, tuple[float, float, float, float]]]) -> list[list[tuple[int, tuple[float, float, float, float]]]]:
    """Glyphs grouped into horizontal lines by vertical overlap, top to bottom, each left to right."""
    ordered = sorted(boxes, key=lambda it: -(it[1][1] + it[1][3]) / 2.0)
    lines: list[list[tuple[int, tuple[float, float, float, float]]]] = []
    band: tuple[float, float] | None = None
    for it in ordered:
        _, (_, y0, _, y1) = it
        cy = (y0 + y1) / 2.0
        if band is not None and band[0] <= cy <= band[1]:
            lines[-1].append(it)
            continue
        lines.append([it])
        band = (y0, y1)
    return [sorted(line, key=lambda it: it[1][0]) for line in lines]


def _order_steps(table: GlyphTable) -> tuple[int, int, int]:
    """Steps from each glyph to the next in stream order: (along a line, of those backwards,
    to another line). Computed for all pairs at once (this runs on every page); the same
    float64 arithmetic as the pairwise loop, which still handles coordinates that are not finite
    (Python's ``min`` and numpy's disagree on NaN)."""
    import numpy as np

    n = len(table)
    c = np.frombuffer(table._coords, dtype=np.float64).reshape(n, 4)
    if np.isfinite(c).all():
        x0, y0, y1 = c[1:, 0], c[1:, 1], c[1:, 3]
        px0, py0, py1 = c[:-1, 0], c[:-1, 1], c[:-1, 3]
        h = np.minimum(y1 - y0, py1 - py0)
        on_line = (h > 0) & (np.minimum(y1, py1) - np.maximum(y0, py0) > 0.5 * h)
        same = int(np.count_nonzero(on_line))
        return same, int(np.count_nonzero(on_line & (x0 < px0 - 0.3 * h))), n - 1 - same
    back = same = hops = 0
    px0_, py0_, _, py1_ = table.coords(0)
    for i in range(1, n):
        x0_, y0_, _, y1_ = table.coords(i)
        h_ = min(y1_ - y0_, py1_ - py0_)
        if h_ > 0 and min(y1_, py1_) - max(y0_, py0_) > 0.5 * h_:
            same += 1
            if x0_ < px0_ - 0.3 * h_:
                back += 1
        else:
            hops += 1
        px0_, py0_, py1_ = x0_, y0_, y1_
    return same, back, hops


def is_scrambled(page: PageText) -> bool:
    """Glyphs drawn out of reading order (every glyph positioned on its own, in shuffled order):
    in stream order they hop between lines far more often than the page has lines, or jump
    backwards along a line most of the time, so the text a reader extracts is shuffled."""
    table = page.glyphs
    n = len(table)
    if n < _MIN_REORDER_GLYPHS or not isinstance(table, GlyphTable):
        return False
    same, back, hops = _order_steps(table)
    backwards = same > 0 and back / same > SCRAMBLED_FRACTION
    if hops <= n / 4 and not backwards:
        return False  # ordinary pages stop here, before any sorting
    lines = _lines_of([(i, table.coords(i)) for i in range(n)])
    if not backwards and hops <= 3 * len(lines):
        return False
    # …and put back in order by position, the glyphs do form lines of text: neighbours close
    # together (labels scattered over a drawing or text running down the page do not)
    near = far = 0
    for line in lines:
        for (_, a), (_, b) in itertools.pairwise(line):
            h = max(a[3] - a[1], b[3] - b[1], 1e-6)
            if b[0] - a[2] > 1.5 * h:
                far += 1
            else:
                near += 1
    return near >= _MIN_REORDER_GLYPHS and far <= 0.1 * (near + far)


def reorder(page: PageText) -> PageText:
    """The page's glyphs rebuilt in reading order from their positions: lines top to bottom,
    glyphs left to right, a space where the gap exceeds :data:`WORD_GAP` of the glyph height."""
    table = page.glyphs
    assert isinstance(table, GlyphTable)
    b = _PageBuilder()
    for k, line in enumerate(_lines_of([(i, table.coords(i)) for i in range(len(table))])):
        if k:
            b.add_implied("\n")
        prev_x1: float | None = None
        for i, (x0, y0, x1, y1) in line:
            h = y1 - y0
            if prev_x1 is not None and x0 - prev_x1 > WORD_GAP * h:
                b.add_implied(" ")
            g = table[i]
            b.add(g.char, x0, y0, x1, y1, g.size, g.font)
            prev_x1 = x1
    return replace(
        b.build(page.number, page.width, page.height, page.rotation, page.has_images),
        source=page.source,
        ocr_confidence=page.ocr_confidence,
    )


# --------------------------------------------------------------------------- fonts' own encodings

FONT_DECODED = "woo:font-decoded"  # Glyph.font of text decoded through a font's own cmap/encoding
LIAR_FRACTION = 0.3  # share of a /ToUnicode's letters that disagree with the font's own encoding



class _OwnDecoder:
    """Decides per font whether its text must be read through the font's own cmap/encoding, and
    does so: an Identity-H font without ``/ToUnicode`` (readers show glyph ids as garbage) or a
    ``/ToUnicode`` whose letters disagree with the font's own encoding (a map that lies)."""

    def __init__(self) -> None:
        from woo_redact.pdf.fonts import FontLoader

        self.own = FontLoader(unicode=False)
        self.told = FontLoader(unicode=True)
        self._verdict: dict[tuple[int, int], bool] = {}
        self._gidmaps: dict[tuple[int, int], bytes] = {}

    def suspicious(self, fontdict) -> bool:  # type: ignore[no-untyped-def]
        import pikepdf

        if not isinstance(fontdict, pikepdf.Dictionary):
            return False
        key = fontdict.objgen
        if key != (0, 0) and key in self._verdict:
            return self._verdict[key]
        try:
            verdict = self._judge(fontdict)
        except Exception:
            verdict = False
        if key != (0, 0):
            self._verdict[key] = verdict
        return verdict

    def _judge(self, d) -> bool:  # type: ignore[no-untyped-def]
        import pikepdf

        subtype = str(d.get("/Subtype", ""))
        if subtype == "/Type0":
            # no /ToUnicode: readers show glyph ids; the embedded TrueType's cmap has the text
            own = self.own.load(d).font
            umap = getattr(getattr(own, "unicode_map", None), "cid2unichr", None) if own is not None else None
            if "/ToUnicode" not in d:
                return bool(umap)
            # a /ToUnicode next to an embedded cmap: judged against it (a subset's own cmap is
            # often stripped; then the map is all there is and nothing is judged)
            if not umap:
                return False
            told_map = _simple_tounicode(d["/ToUnicode"])
            return _lies(((said, umap.get(gid, "") if gid is not None else "")
                          for cid, said in list(told_map.items())[:512] for gid in (self._gid(d, cid),)))
        if subtype not in ("/TrueType", "/Type1", "/MMType1") or "/ToUnicode" not in d:
            return False  # simple fonts without /ToUnicode are read through their encoding anyway
        # a /ToUnicode that lies: judged only where the font's own encoding is trustworthy — an
        # explicit standard encoding (or /Differences) on a non-symbolic font
        enc = d.get("/Encoding")
        if enc is None:
            return False
        if isinstance(enc, pikepdf.Name) and str(enc) not in ("/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding"):
            return False
        desc = d.get("/FontDescriptor")
        try:
            flags = int(desc.get("/Flags", 32)) if isinstance(desc, pikepdf.Dictionary) else 32
        except (TypeError, ValueError):
            flags = 32
        if flags & 4:  # symbolic: codes are glyph slots, not characters
            return False
        if isinstance(enc, pikepdf.Name) and str(enc) != "/StandardEncoding":
            # the common case (Word, LibreOffice): compare without building pdfminer fonts
            codec = "cp1252" if str(enc) == "/WinAnsiEncoding" else "mac_roman"
            told_map = _simple_tounicode(d["/ToUnicode"])

            def own_char(cid: int) -> str:
                return bytes([cid]).decode(codec, errors="ignore") if 0 <= cid < 256 else ""

            pairs = list(told_map.items())[:256]
        else:
            own = self.own.load(d).font
            told = self.told.load(d).font
            cid2u = getattr(getattr(told, "unicode_map", None), "cid2unichr", None)
            if own is None or not cid2u:
                return False

            def own_char(cid: int) -> str:
                return str(own.to_unichr(cid))

            pairs = list(cid2u.items())[:256]
        def readings() -> Any:
            for cid, said in pairs:
                try:
                    yield said, own_char(cid)
                except Exception:
                    continue

        return _lies(readings())

    def char(self, fontdict, cid: int) -> str:  # type: ignore[no-untyped-def]
        font = self.own.load(fontdict).font
        if font is None:
            return ""
        if str(fontdict.get("/Subtype", "")) == "/Type0":
            gid = self._gid(fontdict, cid)
            umap = getattr(getattr(font, "unicode_map", None), "cid2unichr", None) or {}
            return umap.get(gid, "") if gid is not None else ""
        try:
            return str(font.to_unichr(cid))
        except Exception:
            return ""

    def _gid(self, fontdict, cid: int) -> int | None:  # type: ignore[no-untyped-def]
        """Glyph id of a CID through ``/CIDToGIDMap`` (identity when absent or /Identity)."""
        import pikepdf

        key = fontdict.objgen
        table = self._gidmaps.get(key)
        if table is None:
            table = b""
            try:
                desc = fontdict["/DescendantFonts"][0]
                m = desc.get("/CIDToGIDMap")
                if isinstance(m, pikepdf.Stream):
                    table = bytes(m.read_bytes())
            except (KeyError, IndexError, TypeError, pikepdf.PdfError):
                table = b""
            self._gidmaps[key] = table
        if not table:
            return cid
        if 2 * cid + 2 > len(table):
            return None
        return int.from_bytes(table[2 * cid : 2 * cid + 2], "big")


def _lies(readings: Any) -> bool:
    """Whether a /ToUnicode lies, from (what it says, what the font's own encoding says) pairs:
    the letters and digits it claims are read through the font's own encoding as plain letters
    and digits (a subset whose own cmap is stale reads as subscripts, fractions or nothing: then
    the map is all there is), and many of them differ, or digits do (a digit never legitimately
    maps to another digit, and numbers are what a lying map would hide)."""
    compared = differ = digits = odd = 0
    for said, real in readings:
        if not said or not said.isalnum():
            continue
        compared += 1
        if not _plain_char(real):
            odd += 1
            continue
        if said != real and said.casefold() != real.casefold():
            differ += 1
            digits += real.isdigit() and said.isdigit()
    return compared >= 3 and odd <= 0.1 * compared and (differ >= LIAR_FRACTION * compared or digits >= 2)


def _plain_char(ch: str) -> bool:
    """One ASCII letter or digit, or a Latin letter with diacritics."""
    return len(ch) == 1 and ((ch.isascii() and ch.isalnum()) or ("\u00c0" <= ch <= "\u024f" and ch.isalpha()))


_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEXPAIR = re.compile(rb"<([0-9A-Fa-f]{1,4})>\s*<([0-9A-Fa-f]{1,8})>")
_HEXRANGE = re.compile(rb"<([0-9A-Fa-f]{1,4})>\s*<([0-9A-Fa-f]{1,4})>\s*<([0-9A-Fa-f]{1,8})>")


def _simple_tounicode(stream) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """Single-byte code → text of a simple font's ``/ToUnicode`` (bfchar and plain bfrange entries)."""
    try:
        data = bytes(stream.read_bytes())
    except Exception:
        return {}
    out: dict[int, str] = {}

    def text(h: bytes) -> str:
        raw = bytes.fromhex(h.decode("ascii").zfill(4 * ((len(h) + 3) // 4)))
        return raw.decode("utf-16-be", errors="ignore")

    for block in _BFCHAR.findall(data):
        for code, dst in _HEXPAIR.findall(block):
            out[int(code, 16)] = text(dst)
    for block in _BFRANGE.findall(data):
        for lo, hi, dst in _HEXRANGE.findall(block):
            start, end, base = int(lo, 16), int(hi, 16), int(dst, 16)
            for k in range(start, min(end, start + 255) + 1):
                out[k] = chr(base + k - start) if base + k - start < 0x110000 else ""
    return out


def _fonts_in(res, seen: set[tuple[int, int]], depth: int = 0):  # type: ignore[no-untyped-def]
    """Every font dictionary reachable from a resource dictionary (forms included)."""
    import pikepdf

    if not isinstance(res, pikepdf.Dictionary) or depth > 8:
        return
    fonts = res.get("/Font")
    if isinstance(fonts, pikepdf.Dictionary):
        for _, f in fonts.items():
            yield f
    xobjs = res.get("/XObject")
    if isinstance(xobjs, pikepdf.Dictionary):
        for _, x in xobjs.items():
            if isinstance(x, pikepdf.Stream) and str(x.get("/Subtype", "")) == "/Form":
                og = x.objgen
                if og in seen:
                    continue
                seen.add(og)
                yield from _fonts_in(x.get("/Resources"), seen, depth + 1)


_DecodedGlyph = tuple[str, tuple[float, float, float, float], float]


def _walk_text(instrs: Any, res: Any, ctm: Any, dec: _OwnDecoder, out: list[_DecodedGlyph], depth: int,
               seen: set[tuple[int, int]]) -> None:
    """Glyphs shown in suspicious fonts: (char from the font's own encoding, user-space box, size)."""
    import pikepdf

    from woo_redact.pdf.textstate import GraphicsState, TextState, advance_matrix, glyph_rect, layout, mult

    gs = GraphicsState(ctm=ctm)
    stack: list[GraphicsState] = []
    ts = TextState()
    fonts = res.get("/Font", pikepdf.Dictionary()) if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary()
    xobjs = res.get("/XObject", pikepdf.Dictionary()) if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary()
    fontdict = None
    for item in instrs:
        if isinstance(item, pikepdf.ContentStreamInlineImage):
            continue
        op = str(item.operator)
        o = item.operands
        try:
            if op == "q":
                stack.append(gs.copy())
            elif op == "Q":
                if stack:
                    gs = stack.pop()
            elif op == "cm":
                gs.ctm = mult(tuple(float(v) for v in o), gs.ctm)  # type: ignore[arg-type]
            elif op == "BT":
                ts.begin()
            elif op == "Tf":
                fontdict = fonts.get(str(o[0])) if isinstance(fonts, pikepdf.Dictionary) else None
                gs.font = dec.own.load(fontdict)
                gs.fontsize = float(o[1])
            elif op == "Tc":
                gs.tc = float(o[0])
            elif op == "Tw":
                gs.tw = float(o[0])
            elif op == "Tz":
                gs.th = float(o[0]) / 100.0
            elif op == "TL":
                gs.tl = float(o[0])
            elif op == "Ts":
                gs.rise = float(o[0])
            elif op == "Td":
                ts.move(float(o[0]), float(o[1]))
            elif op == "TD":
                gs.tl = -float(o[1])
                ts.move(float(o[0]), float(o[1]))
            elif op == "Tm":
                ts.set_matrix(tuple(float(v) for v in o))  # type: ignore[arg-type]
            elif op == "T*":
                ts.move(0.0, -gs.tl)
            elif op in ("Tj", "TJ", "'", '"'):
                if op == "'":
                    ts.move(0.0, -gs.tl)
                elif op == '"':
                    gs.tw, gs.tc = float(o[0]), float(o[1])
                    ts.move(0.0, -gs.tl)
                arg = o[-1]
                items: list[bytes | float] = (
                    [bytes(x) if isinstance(x, pikepdf.String) else float(x) for x in arg]
                    if isinstance(arg, pikepdf.Array) else [bytes(arg)]
                )
                run = layout(gs, items)
                if dec.suspicious(fontdict):
                    m = mult(ts.tm, gs.ctm)
                    for i, g in enumerate(run.glyphs):
                        ch = dec.char(fontdict, g.cid)
                        if ch and not ch.isspace():
                            rect, _ = glyph_rect(gs, m, run, i)
                            out.append((ch, rect, abs(gs.fontsize) * abs(m[0] * m[3] - m[1] * m[2]) ** 0.5))
                ts.tm = advance_matrix(ts.tm, run.total, bool(gs.font and gs.font.vertical))
            elif op == "Do" and depth < 8:
                x = xobjs.get(str(o[0])) if isinstance(xobjs, pikepdf.Dictionary) else None
                if isinstance(x, pikepdf.Stream) and str(x.get("/Subtype", "")) == "/Form" and x.objgen not in seen:
                    fm = x.get("/Matrix")
                    fmat = tuple(float(v) for v in fm) if isinstance(fm, pikepdf.Array) and len(fm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
                    _walk_text(pikepdf.parse_content_stream(x), x.get("/Resources", res), mult(fmat, gs.ctm),  # type: ignore[arg-type]
                               dec, out, depth + 1, seen | {x.objgen})
        except (TypeError, ValueError, IndexError, pikepdf.PdfError):
            continue


def add_font_decoded_text(doc: Document, *, password: str | None = None, annotations: bool = True) -> Document:
    """Append, per page, text that readers of the page content miss, with boxes:

    * glyphs whose font maps them wrongly for readers, decoded through the font's own
      cmap/encoding (``Glyph.font`` = :data:`FONT_DECODED`), so detection sees the real text and
      the plan boxes the glyphs;
    * with ``annotations``, filled-in form field values, annotation texts (comments, free text,
      their authors) and choice-field options (``Glyph.font`` = :data:`ANNOTATION_TEXT`), boxed
      where the field or annotation sits on the page.

    Cheap when nothing is there: fonts are judged once per document from their dictionaries,
    and only pages that use a suspicious font are walked.
    """
    import pikepdf

    try:
        pdf = pikepdf.open(doc.path, password=password or "")
    except (pikepdf.PdfError, OSError):
        return doc
    dec = _OwnDecoder()
    changed = False
    pages = list(doc.pages)
    with pdf:
        for k, page in enumerate(pages):
            if page.number >= len(pdf.pages):
                continue
            po = pdf.pages[page.number].obj
            if annotations:
                notes = _annotation_texts(po)
                if notes:
                    page = pages[k] = _append_glyph_lines(page, notes, ANNOTATION_TEXT, order=False)
                    changed = True
            res = po.get("/Resources")
            node: Any = po
            for _ in range(64):
                if res is not None or not isinstance(node, pikepdf.Dictionary):
                    break
                node = node.get("/Parent")
                res = node.get("/Resources") if isinstance(node, pikepdf.Dictionary) else None
            if not any(dec.suspicious(f) for f in _fonts_in(res, set())):
                continue
            glyphs: list[tuple[str, tuple[float, float, float, float], float]] = []
            try:
                instrs = pikepdf.parse_content_stream(pdf.pages[page.number])
            except pikepdf.PdfError:
                continue
            _walk_text(instrs, res, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), dec, glyphs, 0, set())
            if glyphs:
                pages[k] = _append_glyph_lines(page, glyphs, FONT_DECODED)
                changed = True
    return replace(doc, pages=tuple(pages)) if changed else doc


ANNOTATION_TEXT = "woo:annotation"  # Glyph.font of form values and annotation texts
_MAX_ANNOT_CHARS = 20000  # per page: a form stuffed with text must not stall extraction


def _pdf_text(v) -> str:  # type: ignore[no-untyped-def]
    import pikepdf

    if isinstance(v, pikepdf.String):
        return str(v)
    if isinstance(v, pikepdf.Name):
        return str(v)[1:]
    if isinstance(v, pikepdf.Array):
        return " ".join(_pdf_text(x) for x in v)
    return ""


def _field_value(annot: Any) -> tuple[str, str]:
    """A widget's field value and options, looked up through its field's /Parent chain."""
    import pikepdf

    node = annot
    value, options = "", ""
    for _ in range(32):
        if not isinstance(node, pikepdf.Dictionary):
            break
        if not value and "/V" in node:
            value = _pdf_text(node.get("/V"))
        if not options and "/Opt" in node:
            options = _pdf_text(node.get("/Opt"))
        node = node.get("/Parent")
    return value, options


def _annotation_texts(po) -> list[tuple[str, tuple[float, float, float, float], float]]:  # type: ignore[no-untyped-def]
    """Texts of a page's annotations as pseudo-glyphs spread over each annotation's /Rect."""
    import pikepdf

    annots = po.get("/Annots")
    if not isinstance(annots, pikepdf.Array):
        return []
    out: list[tuple[str, tuple[float, float, float, float], float]] = []
    budget = _MAX_ANNOT_CHARS
    for a in annots:
        if not isinstance(a, pikepdf.Dictionary) or budget <= 0:
            continue
        try:
            r = [float(v) for v in a.get("/Rect", [])]
        except (TypeError, ValueError):
            continue
        if len(r) != 4:
            continue
        x0, y0, x1, y1 = min(r[0], r[2]), min(r[1], r[3]), max(r[0], r[2]), max(r[1], r[3])
        if x1 - x0 < 0.5 or y1 - y0 < 0.5:
            x1, y1 = x0 + 10.0, y0 + 10.0  # a point-sized comment icon: box a small square
        sub = str(a.get("/Subtype", ""))
        texts: list[str] = []
        if sub == "/Widget":
            value, options = _field_value(a)
            texts += [value, options]
        elif sub != "/Link":
            texts += [_pdf_text(a.get("/Contents")), _pdf_text(a.get("/T"))]
            rc = a.get("/RC")
            if isinstance(rc, pikepdf.String):
                texts.append(re.sub(r"<[^>]*>", " ", str(rc)))
        for text in texts:
            text = " ".join(text.split())[:budget]
            if not text:
                continue
            budget -= len(text)
            n = len(text)
            w = (x1 - x0) / n
            h = y1 - y0
            for i, ch in enumerate(text):
                if not ch.isspace():
                    out.append((ch, (x0 + i * w, y0, x0 + (i + 1) * w, y1), h))
                else:
                    out.append((" ", (x0 + i * w, y0, x0 + (i + 1) * w, y1), h))
    return out


def _append_glyph_lines(page: PageText, glyphs: list[tuple[str, tuple[float, float, float, float], float]], marker: str,
                        *, order: bool = True) -> PageText:
    """``page`` with ``glyphs`` appended: in reading order (lines from their positions), or with
    ``order=False`` as given, a space glyph meaning a word break and a new box a new line."""
    table = GlyphTable()
    old = page.glyphs
    for g in old:
        bb = g.bbox
        table.append(g.char, bb.x0, bb.y0, bb.x1, bb.y1, g.size, g.font)
    chars = list(page.text)
    glyph_at: list[int | None] = list(page.glyph_at)
    chars.append("\n")
    glyph_at.append(None)
    if not order:
        prev: tuple[float, float] | None = None
        for ch, rect, size in glyphs:
            if prev is not None and (rect[1], rect[3]) != prev:
                chars.append("\n")
                glyph_at.append(None)
            prev = (rect[1], rect[3])
            if ch == " ":
                if chars[-1] not in " \n":
                    chars.append(" ")
                    glyph_at.append(None)
                continue
            table.append(ch, rect[0], rect[1], rect[2], rect[3], size, marker)
            chars.append(ch)
            glyph_at.append(len(table) - 1)
        chars.append("\n")
        glyph_at.append(None)
        return replace(page, text="".join(chars), glyphs=table, glyph_at=tuple(glyph_at))
    for k, line in enumerate(_lines_of([(i, g[1]) for i, g in enumerate(glyphs)])):
        if k:
            chars.append("\n")
            glyph_at.append(None)
        prev_x1: float | None = None
        for i, (x0, y0, x1, y1) in line:
            if prev_x1 is not None and x0 - prev_x1 > WORD_GAP * (y1 - y0):
                chars.append(" ")
                glyph_at.append(None)
            ch, _, size = glyphs[i]
            table.append(ch, x0, y0, x1, y1, size, marker)
            for c in ch:
                chars.append(c)
                glyph_at.append(len(table) - 1)
            prev_x1 = x1
    chars.append("\n")
    glyph_at.append(None)
    return replace(page, text="".join(chars), glyphs=table, glyph_at=tuple(glyph_at))
