"""Graphics and text state, and glyph geometry, for content streams parsed by pikepdf.

Scope: the pieces of ISO 32000-1 §8.4 and §9.3–9.4 that decide where a glyph lands — the CTM
(``q``/``Q``/``cm``), the text state (``Tc Tw Tz TL Tf Ts``), the text and line matrices
(``BT Td TD Tm T*``) and the glyph displacement rule

    tx = ((w0 − Tj/1000) · Tfs + Tc + Tw) · Th        (horizontal writing)
    ty =  (w1 − Tj/1000) · Tfs + Tc + Tw               (vertical writing)

with Tw only for the single-byte code 32. Glyph boxes follow pdfminer's LTChar convention
(advance wide, ``descent .. descent + 1 em`` high) so they agree with the pdfplumber boxes the
caller computes redaction boxes from.

The removal criterion (:func:`glyph_hits`) works on the glyph's axis-aligned box in default user
space: for text whose baseline runs mostly horizontally, the glyph goes when its horizontal centre
lies inside the box's x-range and its vertical extent overlaps the box by at least 30 % of the
glyph height; for mostly vertical baselines the axes swap. A centre test along the line keeps
neighbouring letters that a box barely touches; a 30 % overlap across the line ignores the
ascenders/descenders of adjacent lines but catches text shifted by rise or sloppy boxes.

Limits: text clipping, rendering mode and optional content are ignored (invisible and clipped
text is treated like visible text, which is what a redactor wants). Glyph outlines are not
consulted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Matrix arithmetic lives in woo_redact.geometry (one place); re-exported for the stream walkers.
from woo_redact.geometry import Matrix as Matrix
from woo_redact.geometry import Rect as Rect
from woo_redact.geometry import apply as apply
from woo_redact.geometry import invert as invert
from woo_redact.geometry import multiply
from woo_redact.geometry import transform_rect as transform_rect
from woo_redact.pdf.fonts import FontInfo, GlyphCode

mult = multiply  # the walkers' short name for geometry.multiply

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
OVERLAP_FRACTION = 0.30


def rects_overlap(a: Rect, b: Rect) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


@dataclass(slots=True)
class GraphicsState:
    """The parts of the graphics state that place glyphs (copied on ``q``)."""

    ctm: Matrix = IDENTITY
    font: FontInfo | None = None
    fontsize: float = 0.0
    tc: float = 0.0
    tw: float = 0.0
    th: float = 1.0
    tl: float = 0.0
    rise: float = 0.0

    def copy(self) -> GraphicsState:
        return GraphicsState(self.ctm, self.font, self.fontsize, self.tc, self.tw, self.th, self.tl, self.rise)


@dataclass(slots=True)
class TextState:
    """Text and line matrices inside one ``BT … ET``.

    ``uncertain`` is set after an advance that could not be computed and cleared by anything that
    positions from the line matrix (``Td TD T* Tm``, new ``BT``).
    """

    tm: Matrix = IDENTITY
    tlm: Matrix = IDENTITY
    uncertain: bool = False

    def begin(self) -> None:
        self.tm = self.tlm = IDENTITY
        self.uncertain = False

    def move(self, tx: float, ty: float) -> None:
        # Td/TD/T* start from the line matrix, which glyph advances never change: certain again
        self.tlm = mult((1.0, 0.0, 0.0, 1.0, tx, ty), self.tlm)
        self.tm = self.tlm
        self.uncertain = False

    def set_matrix(self, m: Matrix) -> None:
        self.tm = self.tlm = m
        self.uncertain = False


@dataclass(slots=True)
class Run:
    """The glyphs of one text-showing operator, laid out along the writing direction."""

    glyphs: list[GlyphCode] = field(default_factory=list)
    item: list[int] = field(default_factory=list)  # index of the TJ element each glyph came from
    offset: list[float] = field(default_factory=list)  # start of each glyph along the line (text space)
    advance: list[float] = field(default_factory=list)  # full displacement incl. Tc/Tw (text space)
    total: float = 0.0
    certain: bool = True


def layout(gs: GraphicsState, items: list[bytes | float]) -> Run:
    """Lay out a TJ array (a Tj string is a one-element list) without touching any matrix."""
    run = Run()
    font = gs.font or _MISSING
    fs = gs.fontsize
    tc, tw = gs.tc, gs.tw
    vertical = font.vertical
    th = 1.0 if vertical else gs.th
    pos = 0.0
    glyphs_out, item_out, off_out, adv_out = run.glyphs, run.item, run.offset, run.advance
    for idx, it in enumerate(items):
        if isinstance(it, bytes):
            glyphs, certain = font.split(it)
            if not certain:
                run.certain = False
            for g in glyphs:
                adv = (g.width * fs + tc + (tw if g.space else 0.0)) * th
                off_out.append(pos)
                adv_out.append(adv)
                pos += adv
            glyphs_out.extend(glyphs)
            item_out.extend([idx] * len(glyphs))
        else:
            pos -= it / 1000.0 * fs * th
    run.total = pos
    return run


_MISSING = FontInfo(None, "missing", certain=False)


def extent(gs: GraphicsState, items: list[bytes | float]) -> tuple[float, float, float, bool, int]:
    """Cheap pass over a TJ array: (total advance, lowest and highest position, certain, glyphs).

    Uses cached per-string sums, so runs far from every box never get a per-glyph layout.
    """
    font = gs.font or _MISSING
    fs = gs.fontsize
    tc, tw = gs.tc, gs.tw
    th = 1.0 if font.vertical else gs.th
    pos = lo = hi = 0.0
    certain = True
    count = 0
    for it in items:
        if isinstance(it, bytes):
            wsum, n, nsp, ok = font.stats(it)
            certain = certain and ok
            count += n
            pos += (wsum * fs + tc * n + tw * nsp) * th
        else:
            pos -= it / 1000.0 * fs * th
        lo, hi = min(lo, pos), max(hi, pos)
    return pos, lo, hi, certain, count


def extent_bounds(gs: GraphicsState, tm: Matrix, lo_x: float, hi_x: float) -> Rect:
    """User-space bounds of text spanning ``lo_x .. hi_x`` along the line (padded by one em)."""
    m = mult(tm, gs.ctm)
    fs = abs(gs.fontsize)
    font = gs.font
    if font and font.vertical:
        return transform_rect(m, (-fs, lo_x - fs, fs, hi_x + fs))
    lo = (font.descent if font else -0.25) * gs.fontsize + gs.rise
    hi = lo + (font.height if font else 1.25) * gs.fontsize
    pad = fs * abs(gs.th) + abs(gs.tc) + abs(gs.tw)
    return transform_rect(m, (lo_x - pad, min(lo, hi), hi_x + pad, max(lo, hi)))


def advance_matrix(tm: Matrix, dist: float, vertical: bool) -> Matrix:
    """The text matrix after moving ``dist`` along the writing direction."""
    if vertical:
        return mult((1.0, 0.0, 0.0, 1.0, 0.0, dist), tm)
    return mult((1.0, 0.0, 0.0, 1.0, dist, 0.0), tm)


def hits_axis_aligned(gs: GraphicsState, m: Matrix, run: Run, boxes: list[Rect]) -> list[bool] | None:
    """Fast path of :func:`glyph_hits` for unrotated horizontal text (None when not applicable)."""
    font = gs.font
    if m[1] != 0.0 or m[2] != 0.0 or (font is not None and font.vertical):
        return None
    fs = gs.fontsize
    lo = (font.descent if font else -0.25) * fs + gs.rise
    hi = lo + (font.height if font else 1.0) * fs
    y0, y1 = sorted((m[3] * lo + m[5], m[3] * hi + m[5]))
    h = y1 - y0
    cy = (y0 + y1) / 2.0
    xs = []
    for bx0, by0, bx1, by1 in boxes:
        ov = min(y1, by1) - max(y0, by0)
        if (h <= 1e-9 and by0 <= cy <= by1) or (h > 1e-9 and ov >= OVERLAP_FRACTION * h):
            xs.append((bx0, bx1))
    if not xs:
        return [False] * len(run.glyphs)
    a, e = m[0], m[4]
    wscale = fs * gs.th
    out = []
    for g, off in zip(run.glyphs, run.offset):
        cx = a * (off + g.width * wscale / 2.0) + e
        out.append(any(bx0 <= cx <= bx1 for bx0, bx1 in xs))
    return out


def glyph_rect(gs: GraphicsState, m: Matrix, run: Run, i: int) -> tuple[Rect, bool]:
    """User-space box of glyph ``i`` of ``run`` (``m`` = Tm × CTM) and whether its line is horizontal."""
    g = run.glyphs[i]
    fs = gs.fontsize
    font = gs.font
    off = run.offset[i]
    if font is not None and font.vertical:
        # pdfminer: x from -vx .. -vx + fs, y from the position down by the advance
        r = (-fs / 2.0, off + g.width * fs, fs / 2.0, off)
        r = (r[0], min(r[1], r[3]), r[2], max(r[1], r[3]))
        along = (m[2], m[3])
    else:
        lo = (font.descent if font else -0.25) * fs + gs.rise
        hi = lo + (font.height if font else 1.0) * fs
        r = (off, lo, off + g.width * fs * gs.th, hi)
        along = (m[0], m[1])
    return transform_rect(m, r), abs(along[0]) >= abs(along[1])


def glyph_hits(rect: Rect, horizontal: bool, boxes: list[Rect]) -> bool:
    """The removal criterion described in the module docstring."""
    x0, y0, x1, y1 = rect
    cx = (x0 + x1) / 2.0
    cy = (y0 + y1) / 2.0
    for bx0, by0, bx1, by1 in boxes:
        if horizontal:
            if not bx0 <= cx <= bx1:
                continue
            h = y1 - y0
            ov = min(y1, by1) - max(y0, by0)
            if (h <= 1e-9 and by0 <= cy <= by1) or (h > 1e-9 and ov >= OVERLAP_FRACTION * h):
                return True
        else:
            if not by0 <= cy <= by1:
                continue
            w = x1 - x0
            ov = min(x1, bx1) - max(x0, bx0)
            if (w <= 1e-9 and bx0 <= cx <= bx1) or (w > 1e-9 and ov >= OVERLAP_FRACTION * w):
                return True
    return False


def band_hits(rect: Rect, horizontal: bool, boxes: list[Rect]) -> bool:
    """Fail-closed test for glyphs whose position along the line is unknown: same line as a box."""
    x0, y0, x1, y1 = rect
    for bx0, by0, bx1, by1 in boxes:
        if horizontal:
            h = max(y1 - y0, 1e-9)
            if min(y1, by1) - max(y0, by0) >= OVERLAP_FRACTION * h:
                return True
        else:
            w = max(x1 - x0, 1e-9)
            if min(x1, bx1) - max(x0, bx0) >= OVERLAP_FRACTION * w:
                return True
    return False
