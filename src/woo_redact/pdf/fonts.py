"""Font metrics and code splitting for the content-stream rewriter.

Scope: turn a pikepdf font dictionary into a :class:`FontInfo` that splits a shown string into
glyphs (the exact byte run of each character code, its CID and its advance) and knows the
glyph's vertical extent. The metrics come from pdfminer.six's ``PDFFont`` objects (standard-14
AFM widths, ``/Widths``, ``/W``/``/W2``, Type3 ``/FontMatrix``), built from a converted copy of
the pikepdf dictionary, so pdfplumber (the extractor) and this writer agree on glyph boxes.

Multi-byte codes: Identity-H/V (2 bytes), one-byte identity, predefined CMaps shipped with
pdfminer, and embedded CMap streams (``cidrange``/``cidchar``/``usecmap``, parsed here because
pdfminer's parser only reads ToUnicode maps) are split by walking the CMap's code trie.

Limits (each makes the font *uncertain*, which the rewriter handles by failing closed):
a non-standard simple font without ``/Widths``, a Type3 font without ``/Widths``, an unknown
predefined CMap, or bytes that no CMap code matches. Glyph boxes use the pdfminer convention
(``descent .. descent + 1`` em, or the FontBBox for Type3), not the glyph outline.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import pikepdf
from pdfminer.cmapdb import CMap, IdentityCMap, IdentityCMapByte
from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.pdffont import PDFCIDFont, PDFFont, PDFType3Font
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdftypes import PDFStream
from pdfminer.psparser import LIT, PSLiteral

log = logging.getLogger(__name__)

_SUBSET = re.compile(r"^[A-Z]{6}\+")
_MAX_DEPTH = 12


@dataclass(frozen=True, slots=True)
class GlyphCode:
    """One character code of a shown string."""

    code: bytes  # the exact bytes in the string
    cid: int
    width: float  # advance along the writing direction, in text-space units per unit font size
    space: bool  # single-byte code 32: word spacing (Tw) applies


@dataclass(slots=True)
class FontInfo:
    """What the rewriter needs to know about one font resource."""

    font: PDFFont | None
    kind: str  # "simple", "type3", "type0", "missing"
    vertical: bool = False
    certain: bool = True  # False: advances are guesses; the rewriter fails closed
    descent: float = -0.2  # em, below the baseline (negative)
    height: float = 1.0  # em, total glyph box height
    _cache: dict[bytes, tuple[list[GlyphCode], bool]] = field(default_factory=dict)
    _stats: dict[bytes, tuple[float, int, int, bool]] = field(default_factory=dict)
    _byte_glyphs: dict[int, GlyphCode] = field(default_factory=dict)  # simple fonts: one per code
    _decoded: dict[bytes, str] = field(default_factory=dict)

    def stats(self, data: bytes) -> tuple[float, int, int, bool]:
        """(sum of widths, glyph count, word-space count, certain) of a string, cached."""
        hit = self._stats.get(data)
        if hit is None:
            glyphs, certain = self.split(data)
            hit = (sum(g.width for g in glyphs), len(glyphs), sum(1 for g in glyphs if g.space), certain)
            if len(self._stats) < 65536:
                self._stats[data] = hit
        return hit

    def decode(self, data: bytes) -> str:
        """The text a reader extracts from ``data``: ``/ToUnicode``, else the encoding; a code
        neither maps reads as its Latin-1 byte (one-byte codes) or as nothing. Cached per string
        (a function of the font and the bytes; strings recur on every page of a document)."""
        hit = self._decoded.get(data)
        if hit is None:
            hit = self._decode(data)
            if len(self._decoded) < 65536:
                self._decoded[data] = hit
        return hit

    def _decode(self, data: bytes) -> str:
        glyphs, _ = self.split(data)
        font = self.font
        out: list[str] = []
        for g in glyphs:
            ch = ""
            if font is not None:
                try:
                    ch = font.to_unichr(g.cid)
                except Exception:
                    ch = ""
            if not ch and len(g.code) == 1:
                ch = g.code.decode("latin-1")
            out.append(ch)
        return "".join(out)

    def split(self, data: bytes) -> tuple[list[GlyphCode], bool]:
        """Split ``data`` into glyph codes; the flag is False when any advance is a guess."""
        hit = self._cache.get(data)
        if hit is not None:
            return hit
        out = self._split(data)
        if len(self._cache) < 16384:
            self._cache[data] = out
        return out

    def _split(self, data: bytes) -> tuple[list[GlyphCode], bool]:
        font = self.font
        if font is None:
            return [GlyphCode(bytes([b]), b, 0.5, b == 32) for b in data], False
        if self.kind != "type0":
            # A font has at most 256 single-byte codes: look each width up once, not per glyph.
            known = self._byte_glyphs
            glyphs = []
            for b in data:
                g = known.get(b)
                if g is None:
                    g = known[b] = GlyphCode(bytes([b]), b, _width(font, b, self.kind), b == 32)
                glyphs.append(g)
            return glyphs, self.certain
        return self._split_cid(font, data)

    def _split_cid(self, font: PDFFont, data: bytes) -> tuple[list[GlyphCode], bool]:
        cmap = getattr(font, "cmap", None)
        certain = self.certain
        glyphs: list[GlyphCode] = []
        if isinstance(cmap, IdentityCMapByte):
            for b in data:
                glyphs.append(GlyphCode(bytes([b]), b, _cid_advance(font, b, self.vertical), b == 32))
            return glyphs, certain
        if isinstance(cmap, IdentityCMap) or not isinstance(cmap, CMap) or not cmap.code2cid:
            if not isinstance(cmap, IdentityCMap):
                certain = False
            n = len(data) - len(data) % 2
            for i in range(0, n, 2):
                cid = (data[i] << 8) | data[i + 1]
                glyphs.append(GlyphCode(data[i : i + 2], cid, _cid_advance(font, cid, self.vertical), False))
            if n != len(data):
                certain = False
                glyphs.append(GlyphCode(data[n:], 0, _cid_advance(font, 0, self.vertical), False))
            return glyphs, certain
        root: dict[int, Any] = cmap.code2cid
        i, n = 0, len(data)
        while i < n:
            d: Any = root
            j = i
            found: int | None = None
            while j < n:
                v = d.get(data[j]) if isinstance(d, dict) else None
                if v is None:
                    break
                if isinstance(v, int):
                    found = v
                    break
                d = v
                j += 1
            if found is None:
                # No code matched: one byte, CID 0 (.notdef) per ISO 32000-1 9.7.6.3; a guess.
                certain = False
                glyphs.append(GlyphCode(data[i : i + 1], 0, _cid_advance(font, 0, self.vertical), False))
                i += 1
                continue
            code = data[i : j + 1]
            glyphs.append(GlyphCode(code, found, _cid_advance(font, found, self.vertical), code == b" "))
            i = j + 1
        return glyphs, certain


def _width(font: PDFFont, code: int, kind: str) -> float:
    if kind == "type3":
        w = font.widths.get(code)
        if w is None:
            w = font.default_width
        matrix = getattr(font, "matrix", (0.001, 0, 0, 0.001, 0, 0))
        return float(w) * float(matrix[0])
    return float(font.char_width(code))


def _cid_advance(font: PDFFont, cid: int, vertical: bool) -> float:
    """Horizontal: w0 from /W. Vertical: w1 from /W2 or /DW2 (pdfminer stores it as the width;
    ``char_disp`` holds the position vector, not the advance). Negative w1 moves down."""
    return float(font.char_width(cid))


# -- pikepdf -> pdfminer object conversion ---------------------------------------------------


def to_miner(obj: Any, depth: int = 0) -> Any:
    """Convert a pikepdf object tree into pdfminer's plain representation (names as literals)."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(obj, pikepdf.Name):
        return LIT(str(obj)[1:])
    if isinstance(obj, pikepdf.String):
        return bytes(obj)
    if isinstance(obj, pikepdf.Stream):
        attrs = {str(k)[1:]: to_miner(v, depth + 1) for k, v in obj.items() if k not in ("/Filter", "/DecodeParms", "/Length", "/Parent")}
        try:
            data = obj.read_bytes()
        except Exception:  # undecodable stream: treat as empty, the font becomes uncertain downstream
            data = b""
        return PDFStream(attrs, data)
    if isinstance(obj, pikepdf.Dictionary):
        return {str(k)[1:]: to_miner(v, depth + 1) for k, v in obj.items() if k != "/Parent"}
    if isinstance(obj, pikepdf.Array):
        return [to_miner(v, depth + 1) for v in obj]
    if isinstance(obj, bool) or obj is None:
        return obj
    if isinstance(obj, int):
        return obj
    try:
        return float(obj)
    except (TypeError, ValueError):
        return None


#: Process-level caches of parsed fonts: (cache name, unicode) -> content key -> FontInfo.
_SHARED: dict[tuple[str, bool], OrderedDict[bytes, FontInfo]] = {}
_SHARED_MAX = 64  # fonts per cache: those a bundle shares stay recent; per-document subsets pass through


def content_key(spec: Any) -> bytes:
    """A digest of a converted font dictionary (:func:`to_miner` output), stream bytes included:
    equal keys mean equal content, so equal parsed fonts."""
    h = hashlib.blake2b(digest_size=20)
    stack: list[Any] = [spec]
    while stack:
        obj = stack.pop()
        if isinstance(obj, dict):
            h.update(b"d%d:" % len(obj))
            for k in sorted(obj, reverse=True):
                stack.append(obj[k])
                stack.append(("key", k))
        elif isinstance(obj, tuple):  # a dictionary key (always a str)
            kb = obj[1].encode("utf-8", "surrogatepass")
            h.update(b"k%d:" % len(kb) + kb)
        elif isinstance(obj, list):
            h.update(b"l%d:" % len(obj))
            stack.extend(reversed(obj))
        elif isinstance(obj, PDFStream):
            data = obj.rawdata or b""
            h.update(b"s%d:" % len(data) + data)
            stack.append(obj.attrs)
        elif isinstance(obj, bytes):
            h.update(b"b%d:" % len(obj) + obj)
        elif isinstance(obj, PSLiteral):
            nb = str(obj.name).encode("utf-8", "surrogatepass")
            h.update(b"n%d:" % len(nb) + nb)
        else:  # None, bool, int, float: the type matters (1 vs 1.0 vs True)
            h.update(f"{type(obj).__name__}:{obj!r};".encode())
    return h.digest()


def _basefont(d: pikepdf.Dictionary) -> str:
    name = d.get("/BaseFont")
    return _SUBSET.sub("", str(name)[1:]) if isinstance(name, pikepdf.Name) else ""


class FontLoader:
    """Builds and caches :class:`FontInfo` per font object for one document."""

    def __init__(self, *, unicode: bool = False, shared: str | None = None) -> None:
        """``unicode=True`` also reads ``/ToUnicode`` so :meth:`FontInfo.decode` can map codes to
        text (the verifier needs that; the rewriter does not, and parsing it is costly).

        ``shared`` names a process-level cache of parsed fonts keyed by a hash of the font's
        whole content (dictionary, font file and CMap bytes), so the same font embedded in many
        documents of a bundle is parsed once. Each name is its own cache: the verifier
        (``"verify"``) never reuses what the writer parsed. A :class:`FontInfo` is a function of
        that content, so a hit is the font the loader would have built.
        """
        self._rsrc = PDFResourceManager(caching=False)
        self._cache: dict[tuple[int, int], FontInfo] = {}
        self._unicode = unicode
        self._shared = None if shared is None else _SHARED.setdefault((shared, unicode), OrderedDict())

    def load(self, fontdict: Any) -> FontInfo:
        """Font info for a font dictionary from a ``/Font`` resource (never raises)."""
        if not isinstance(fontdict, pikepdf.Dictionary):
            return FontInfo(None, "missing", certain=False)
        key = fontdict.objgen
        if key != (0, 0) and key in self._cache:
            return self._cache[key]
        try:
            info = self._build(fontdict)
        except Exception as exc:  # pdfminer raises many types on broken fonts: fail closed
            log.debug("font could not be loaded: %s", type(exc).__name__)
            info = FontInfo(None, "missing", certain=False)
        if key != (0, 0):
            self._cache[key] = info
        return info

    def _build(self, d: pikepdf.Dictionary) -> FontInfo:
        # Without /ToUnicode: it maps codes to text, which the rewriter never needs (it splits
        # codes and measures advances), and parsing it was most of the cost of loading a font.
        skip = ("/Parent",) if self._unicode else ("/Parent", "/ToUnicode")
        spec = {str(k)[1:]: to_miner(v, 1) for k, v in d.items() if k not in skip}
        spec.setdefault("Type", LIT("Font"))
        shared = self._shared
        if shared is None:
            return self._parse(d, spec)
        key = content_key(spec)
        info = shared.get(key)
        if info is None:
            info = shared[key] = self._parse(d, spec)
            if len(shared) > _SHARED_MAX:
                shared.popitem(last=False)
        else:
            shared.move_to_end(key)
        return info

    def _parse(self, d: pikepdf.Dictionary, spec: dict[str, Any]) -> FontInfo:
        """The font from its converted dictionary ``spec`` (everything read from ``d`` is in it)."""
        subtype = str(d.get("/Subtype", "/Type1"))
        font = self._rsrc.get_font(None, spec)
        if subtype == "/Type0":
            kind = "type0"
            certain = True
            enc = d.get("/Encoding")
            if isinstance(enc, pikepdf.Stream):
                cmap = _embedded_cmap(enc)
                if cmap is not None:
                    font.cmap = cmap  # type: ignore[attr-defined]
                    font.vertical = bool(cmap.is_vertical())  # type: ignore[attr-defined]
            cmap = getattr(font, "cmap", None)
            if not isinstance(cmap, (IdentityCMap, IdentityCMapByte)) and not (isinstance(cmap, CMap) and cmap.code2cid):
                certain = False
            vertical = bool(font.is_vertical())
            if not isinstance(font, PDFCIDFont):
                certain = False
        elif subtype == "/Type3":
            kind = "type3"
            vertical = False
            certain = "/Widths" in d and "/FontMatrix" in d
        else:
            kind = "simple"
            vertical = False
            certain = "/Widths" in d or _basefont(d) in FONT_METRICS
        descent, height = _vertical_extent(font, kind)
        return FontInfo(font, kind, vertical=vertical, certain=certain, descent=descent, height=height)


def _vertical_extent(font: PDFFont, kind: str) -> tuple[float, float]:
    """Glyph box bottom and height in em, as pdfminer's LTChar computes them (so boxes match)."""
    if kind == "type3" and isinstance(font, PDFType3Font):
        # FontBBox through FontMatrix (which may flip y); fall back to one em above the baseline
        _a, b, _c, d, _e, f = (float(v) for v in font.matrix)
        x0, y0, x1, y1 = (float(v) for v in font.bbox)
        ys = [b * x + d * y + f for x in (x0, x1) for y in (y0, y1)]
        lo, hi = min(ys), max(ys)
        return (lo, hi - lo) if hi - lo > 1e-6 else (0.0, 1.0)
    return float(font.get_descent()), 1.0


_CIDRANGE = re.compile(rb"begincidrange(.*?)endcidrange", re.S)
_CIDCHAR = re.compile(rb"begincidchar(.*?)endcidchar", re.S)
_RANGE_ENTRY = re.compile(rb"<([0-9A-Fa-f\s]+)>\s*<([0-9A-Fa-f\s]+)>\s*(\d+)")
_CHAR_ENTRY = re.compile(rb"<([0-9A-Fa-f\s]+)>\s*(\d+)")
_USECMAP = re.compile(rb"/([^\s/]+)\s+usecmap")
_WMODE = re.compile(rb"/WMode\s+(\d)")
_MAX_RANGE = 1 << 16


def _hex(h: bytes) -> bytes:
    return bytes.fromhex(re.sub(rb"\s", b"", h).decode("ascii"))


def _embedded_cmap(stream: pikepdf.Stream) -> CMap | None:
    """Parse an embedded code→CID CMap (pdfminer's CMapParser only reads ToUnicode-style maps)."""
    try:
        from pdfminer.cmapdb import CMapDB, FileCMap

        data = stream.read_bytes()
        cmap = FileCMap()
        use = stream.get("/UseCMap")
        base_name = str(use)[1:] if isinstance(use, pikepdf.Name) else None
        m = _USECMAP.search(data)
        if m:
            base_name = m.group(1).decode("latin-1")
        if base_name:
            with contextlib.suppress(Exception):
                base = CMapDB.get_cmap(base_name)
                if isinstance(base, CMap):
                    cmap.use_cmap(base)
        for block in _CIDRANGE.findall(data):
            for lo, hi, cid in _RANGE_ENTRY.findall(block):
                start, end = _hex(lo), _hex(hi)
                if len(start) != len(end) or not start:
                    continue
                a, b = int.from_bytes(start, "big"), int.from_bytes(end, "big")
                for i in range(min(b - a + 1, _MAX_RANGE)):
                    code = (a + i).to_bytes(len(start), "big")
                    cmap.add_code2cid(code.decode("latin-1"), int(cid) + i)
        for block in _CIDCHAR.findall(data):
            for code, cid in _CHAR_ENTRY.findall(block):
                c = _hex(code)
                if c:
                    cmap.add_code2cid(c.decode("latin-1"), int(cid))
        wmode = stream.get("/WMode")
        m = _WMODE.search(data)
        if wmode is not None:
            cmap.set_attr("WMode", int(wmode))
        elif m:
            cmap.set_attr("WMode", int(m.group(1)))
        return cmap if cmap.code2cid else None
    except Exception:
        return None
