"""Page geometry in one place: coordinate spaces, ``/Rotate``, padding and box merging.

Spaces (ISO 32000-1 §8.3, §14.11.2):

* **user space** — the page's default user space (content stream before any ``cm``),
  bottom-left origin, points, *unrotated*. Every :class:`~woo_redact.types.BBox` lives here.
* **display space** — the page as a viewer shows it after ``/Rotate`` (clockwise, multiple of
  90), bottom-left origin at the visible box's corner, points. OCR and renderings are made here.
* **device space** — a rendering of the display space at ``scale`` pixels per point,
  top-left origin, rows down (what PDFium, Pillow and Tesseract use).

:func:`display_to_user` is the single rotation rule; everything else (``cm`` operands for a
full-page image, the OCR overlay, pdfplumber's rotated coordinates, pixel rectangles in a
rendering) is built from it.

Padding and merging: a redaction box is the enclosing box of one line run of glyphs, padded by
:data:`PAD` (the plan), and the writer adds :data:`DRAW_MARGIN` when it draws (anti-aliasing of
the glyph edges). Two boxes of one line merge when their vertical ranges overlap by more than
half the lower box and the horizontal gap is at most :func:`merge_gap` — about one word space —
so adjacent words share one box and one label. :func:`merge_line_boxes` is the one
implementation; the plan merges, the writer re-applies the same rule to boxes it is given (a
no-op on a plan's output).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1
Matrix = tuple[float, float, float, float, float, float]  # PDF a b c d e f (row-vector)

PAD = 0.6  # points around each run of glyphs (the plan's boxes)
OCR_PAD_FRACTION = 0.25  # OCR word boxes are approximate: widen by this share of the line height
DRAW_MARGIN = 0.5  # points the writer adds around a box when drawing it (and the render check)
MERGE_GAP = 2.5  # points between boxes on one line that still merge
WORD_GAP_FRACTION = 0.45  # of the lower box's height: a word space at any font size (padded boxes)
LINE_OVERLAP = 0.5  # share of the lower box's height two boxes must overlap to be on one line

T = TypeVar("T")


# --------------------------------------------------------------------------- rotation


def normalise_rotation(value: object) -> int:
    """``/Rotate`` as 0, 90, 180 or 270 (non-multiples of 90 and junk count as 0, as viewers do)."""
    try:
        rot = int(value) % 360  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
    return rot if rot in (0, 90, 180, 270) else 0


def display_size(box: Rect, rotate: int) -> tuple[float, float]:
    """Width and height of the page as displayed (a quarter turn swaps them)."""
    w, h = box[2] - box[0], box[3] - box[1]
    return (h, w) if normalise_rotation(rotate) in (90, 270) else (w, h)


def display_to_user(box: Rect, rotate: int) -> Matrix:
    """Matrix from display space (bottom-left of the displayed ``box``) to user space.

    ``box`` is the page box that is displayed (the crop box for renderings); ``rotate`` the
    page's ``/Rotate`` (clockwise).
    """
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    a, b, c, d, e, f = {
        0: (1.0, 0.0, 0.0, 1.0, 0.0, 0.0),
        90: (0.0, 1.0, -1.0, 0.0, w, 0.0),
        180: (-1.0, 0.0, 0.0, -1.0, w, h),
        270: (0.0, -1.0, 1.0, 0.0, 0.0, h),
    }[normalise_rotation(rotate)]
    return (a, b, c, d, e + x0, f + y0)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m × n`` in PDF row-vector convention (apply ``m`` first, then ``n``)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def invert(m: Matrix) -> Matrix | None:
    a, b, c, d, e, f = m
    det = a * d - b * c
    if abs(det) < 1e-12:
        return None
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(e * ia + f * ic), -(e * ib + f * id_))


def transform_rect(m: Matrix, r: Rect) -> Rect:
    """Axis-aligned bounds of rectangle ``r`` mapped through ``m``."""
    pts = [apply(m, x, y) for x, y in ((r[0], r[1]), (r[2], r[1]), (r[0], r[3]), (r[2], r[3]))]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def scaled_display_to_user(box: Rect, rotate: int, width: float, height: float) -> Matrix:
    """Matrix from a ``width`` × ``height`` space laid over the displayed page to user space.

    With ``width = height = 1`` these are the ``cm`` operands that draw an image's unit square
    over the whole displayed page; with an OCR layer's own size they place that layer.
    """
    dw, dh = display_size(box, rotate)
    sx = dw / width if width else 1.0
    sy = dh / height if height else 1.0
    return multiply((sx, 0.0, 0.0, sy, 0.0, 0.0), display_to_user(box, rotate))


def user_to_device(box: Rect, rotate: int, scale: float) -> Callable[[float, float], tuple[float, float]]:
    """A function mapping user-space points to pixel coordinates (column, row) of a rendering."""
    inv = invert(display_to_user(box, rotate))
    assert inv is not None  # a rotation plus a translation always inverts
    _, dh = display_size(box, rotate)

    def f(x: float, y: float) -> tuple[float, float]:
        dx, dy = apply(inv, x, y)
        return dx * scale, (dh - dy) * scale

    return f


def device_to_user(box: Rect, rotate: int, scale: float) -> Callable[[float, float], tuple[float, float]]:
    """Inverse of :func:`user_to_device`: pixel (column, row) of a rendering to user space."""
    m = display_to_user(box, rotate)
    _, dh = display_size(box, rotate)

    def f(col: float, row: float) -> tuple[float, float]:
        return apply(m, col / scale, dh - row / scale)

    return f


def device_rect_to_user(box: Rect, rotate: int, scale: float, cols: tuple[float, float], rows: tuple[float, float]) -> Rect:
    """A pixel rectangle (col0..col1, row0..row1) of a rendering as a user-space rectangle."""
    f = device_to_user(box, rotate, scale)
    pts = [f(c, r) for c in cols for r in rows]
    return (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))


def box_pixels(rect: Rect, box: Rect, rotate: int, scale: float, shape: tuple[int, int], grow: int = 0) -> tuple[int, int, int, int]:
    """Pixel rectangle (row0, row1, col0, col1; half-open, clipped) of a user-space rectangle."""
    f = user_to_device(box, rotate, scale)
    pts = [f(rect[0], rect[1]), f(rect[2], rect[1]), f(rect[0], rect[3]), f(rect[2], rect[3])]
    c0 = int(math.floor(min(p[0] for p in pts))) - grow
    c1 = int(math.ceil(max(p[0] for p in pts))) + grow
    r0 = int(math.floor(min(p[1] for p in pts))) - grow
    r1 = int(math.ceil(max(p[1] for p in pts))) + grow
    h, w = shape
    # clipped on both sides: a rectangle left of or above the rendering must give an empty
    # slice, not a negative end (which numpy reads as "from the end": nearly everything)
    return min(max(0, r0), h), max(0, min(h, r1)), min(max(0, c0), w), max(0, min(w, c1))


def topdown_to_user(box: Rect, rotate: int, display_height: float) -> Callable[[float, float, float, float], Rect]:
    """Map a top-left-origin display-space box (``x0, x1, top, bottom`` as pdfminer/pdfplumber
    report them, relative to ``box``) to a user-space rectangle."""
    m = display_to_user(box, rotate)

    def f(x0: float, x1: float, top: float, bottom: float) -> Rect:
        return transform_rect(m, (x0, display_height - bottom, x1, display_height - top))

    return f


# --------------------------------------------------------------------------- padding


def pad(rect: Rect, dx: float, dy: float | None = None) -> Rect:
    """``rect`` grown by ``dx`` left/right and ``dy`` (default ``dx``) top/bottom."""
    dy = dx if dy is None else dy
    return (rect[0] - dx, rect[1] - dy, rect[2] + dx, rect[3] + dy)


def pad_run(rect: Rect, *, ocr: bool, amount: float = PAD) -> Rect:
    """The plan's padding of one line run: :data:`PAD`, and for OCR words a quarter of the line
    height more along the line (word boxes from OCR end short of the ink)."""
    if ocr:
        return pad(rect, amount + OCR_PAD_FRACTION * (rect[3] - rect[1]), amount)
    return pad(rect, amount)


# --------------------------------------------------------------------------- merging


def merge_gap(h0: float, h1: float) -> float:
    """Largest horizontal gap between two boxes of one line that still merge."""
    return max(MERGE_GAP, WORD_GAP_FRACTION * min(h0, h1))


def same_line(a: Rect, b: Rect) -> bool:
    """Vertical ranges overlap by at least :data:`LINE_OVERLAP` of the lower box's height, less
    the drawing margin (the margin the writer adds to both boxes counts as overlap: two runs of
    one line whose boxes overlap once drawn are drawn as one)."""
    vo = min(a[3], b[3]) - max(a[1], b[1])
    return vo > 0 and vo >= LINE_OVERLAP * min(a[3] - a[1], b[3] - b[1]) - DRAW_MARGIN


def mergeable(a: Rect, b: Rect) -> bool:
    """The one merge rule: same line and a gap of at most about one word space."""
    if not same_line(a, b):
        return False
    gap = max(b[0] - a[2], a[0] - b[2])
    return gap <= merge_gap(a[3] - a[1], b[3] - b[1])


def union(a: Rect, b: Rect) -> Rect:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def merge_line_boxes(items: Iterable[T], rect: Callable[[T], Rect], combine: Callable[[T, T, Rect], T]) -> list[T]:
    """Merge items whose rectangles are :func:`mergeable`, until no pair is.

    ``combine(left, right, rect)`` builds the merged item (``left`` is the one further left).
    A sweep in x order: an item is compared only with merged boxes that can still reach it
    (their right edge plus their largest possible gap lies at or beyond its left edge), so a
    page costs about n·k for k boxes open at one x position, not n². Output is sorted top to
    bottom, then left to right.
    """
    todo = list(items)
    while True:
        todo.sort(key=lambda it: (rect(it)[0], -rect(it)[3]))
        merged: list[T] = []
        active: list[int] = []  # indices into merged that may still reach the sweep position
        for it in todo:
            r = rect(it)
            alive: list[int] = []
            hit = -1
            for i in active:
                m = rect(merged[i])
                if m[2] + max(MERGE_GAP, WORD_GAP_FRACTION * (m[3] - m[1])) < r[0]:
                    continue  # too far left for this and every later item
                alive.append(i)
                if hit < 0 and mergeable(m, r):
                    hit = i
            if hit >= 0:
                m_item = merged[hit]
                m = rect(m_item)
                left, right = (m_item, it) if m[0] <= r[0] else (it, m_item)
                merged[hit] = combine(left, right, union(m, r))
            else:
                alive.append(len(merged))
                merged.append(it)
            active = alive
        if len(merged) == len(todo):
            return sorted(merged, key=lambda it: (-rect(it)[3], rect(it)[0]))
        todo = merged  # a union can reach a box it did not touch before: repeat until stable


def merge_rects(rects: Sequence[Rect]) -> list[Rect]:
    """:func:`merge_line_boxes` for bare rectangles."""
    return merge_line_boxes(rects, lambda r: r, lambda a, b, r: r)
