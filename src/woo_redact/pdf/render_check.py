"""Pixel verification of a redacted PDF against its original, rendered with pypdfium2.

Scope: :func:`check_render` renders every page of both files (greyscale, ``dpi``) and reports

* pages where pixels *outside* the padded boxes changed beyond a tolerance — a dense patch of
  changed pixels (a word that vanished or moved) or many scattered ones — (a margin of
  :data:`MARGIN_PX` pixels around each box is ignored, and a pixel only counts when it differs
  even after allowing a one-pixel shift, to absorb anti-aliasing noise), which means the
  rewrite moved or lost content it should have kept;
* boxes that are not covered (more than half of their pixels still paper-white);
* a different page count or page size.

Messages name pages and box numbers only, never document text.

Limits: greyscale comparison at low resolution — colour-only changes and sub-pixel shifts are
not seen; form fields and annotations are not rendered (the writer removes those under boxes).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np
import pypdfium2 as pdfium

from woo_redact.geometry import DRAW_MARGIN, box_pixels, normalise_rotation, user_to_device
from woo_redact.pdf.textstate import Rect
from woo_redact.types import RedactBox

__all__ = ["box_pixels", "check_render", "user_to_device"]

MARGIN_PX = 3
DIFF_LEVEL = 48  # grey levels (0..255) a pixel must change by to count
MAX_CHANGED_FRACTION = 0.0005  # of the page's pixels outside boxes
MAX_CHANGED_PIXELS = 12
# Anti-aliasing noise is scattered (at most ~5 changed pixels in any 8x8 cell on real documents);
# a word that vanished or moved changes a dense patch (30+ pixels in a cell at 50 dpi).
CELL_PX = 8
MAX_CELL_CHANGED = 16
PAPER_LEVEL = 235
MAX_PAPER_FRACTION = 0.5


def _page_geometry(page: pdfium.PdfPage) -> tuple[Rect, int]:
    crop = page.get_bbox()  # effective crop box, inherited boxes included (get_cropbox falls back to Letter)
    return (float(crop[0]), float(crop[1]), float(crop[2]), float(crop[3])), normalise_rotation(page.get_rotation())


def render_gray(page: pdfium.PdfPage, scale: float) -> np.ndarray:
    bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False, draw_annots=False)
    arr = bitmap.to_numpy()
    if arr.ndim == 3:
        arr = arr[:, :, 0]
    gray: np.ndarray = arr.astype(np.int16)
    return gray


def _min_shift_diff(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pixel of ``a``: the smallest difference to ``b`` within a one-pixel neighbourhood."""
    h, w = a.shape
    pb = np.pad(b, 1, mode="edge")
    best = np.full(a.shape, 255, dtype=np.int16)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            np.minimum(best, np.abs(a - pb[dy : dy + h, dx : dx + w]), out=best)
    return best


def densest_cell(diff: np.ndarray, cell: int = CELL_PX) -> int:
    """The most changed pixels in any ``cell`` x ``cell`` square (grid-aligned and half-shifted).

    ``diff`` is a boolean mask. Counted from its changed pixels alone (a page has few), not by
    summing every cell of the page: the same counts.
    """
    rows, cols = np.nonzero(diff)
    if rows.size == 0:
        return 0
    best = 0
    for off in (0, cell // 2):
        h, w = ((diff.shape[0] - off) // cell) * cell, ((diff.shape[1] - off) // cell) * cell
        if h and w:
            r, c = rows - off, cols - off
            keep = (r >= 0) & (c >= 0) & (r < h) & (c < w)
            if keep.any():
                cells = (r[keep] // cell) * (w // cell) + c[keep] // cell
                best = max(best, int(np.bincount(cells).max()))
    return best


def shift_tolerant_diff(a: np.ndarray, b: np.ndarray, ignore: np.ndarray | None = None) -> np.ndarray:
    """Pixels that changed by more than :data:`DIFF_LEVEL` even allowing a one-pixel shift.

    PDFium rasterises the same glyph slightly differently depending on the text object it sits
    in (notably on rotated pages), so an exact comparison flags anti-aliasing noise next to every
    removed word; content that moved or disappeared still differs after the shift.

    Only pixels that differ at all (and are not in ``ignore``) can differ after the shift, so
    the nine shifted comparisons run on those alone: the same result as comparing whole
    shifted pages, at a fraction of the cost.
    """
    cand = np.abs(a - b) > DIFF_LEVEL
    if ignore is not None:
        cand &= ~ignore
    rows, cols = np.nonzero(cand)
    if rows.size == 0:
        empty: np.ndarray = cand
        return empty
    pa, pb = np.pad(a, 1, mode="edge"), np.pad(b, 1, mode="edge")
    va, vb = a[rows, cols], b[rows, cols]
    best_ab = np.full(rows.shape, 255, dtype=np.int16)
    best_ba = np.full(rows.shape, 255, dtype=np.int16)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            np.minimum(best_ab, np.abs(va - pb[rows + dy, cols + dx]), out=best_ab)
            np.minimum(best_ba, np.abs(vb - pa[rows + dy, cols + dx]), out=best_ba)
    out = np.zeros(a.shape, dtype=bool)
    keep = (best_ab > DIFF_LEVEL) | (best_ba > DIFF_LEVEL)
    out[rows[keep], cols[keep]] = True
    return out


def check_render(
    original: str | os.PathLike[str],
    redacted: str | os.PathLike[str],
    boxes: Sequence[RedactBox],
    *,
    dpi: int = 50,
    password: str | None = None,
    pad: float = DRAW_MARGIN,
) -> list[str]:
    """Problems found by comparing renderings of ``original`` and ``redacted`` (empty = fine)."""
    problems: list[str] = []
    scale = dpi / 72.0
    try:
        a = pdfium.PdfDocument(os.fspath(original), password=password)
    except pdfium.PdfiumError:
        return ["original could not be rendered"]
    try:
        b = pdfium.PdfDocument(os.fspath(redacted))
    except pdfium.PdfiumError:
        a.close()
        return ["redacted file could not be rendered"]
    try:
        if len(a) != len(b):
            return [f"page count differs: {len(a)} before, {len(b)} after"]
        by_page: dict[int, list[Rect]] = {}
        for box in boxes:
            r = box.bbox
            by_page.setdefault(box.page, []).append((r.x0 - pad, r.y0 - pad, r.x1 + pad, r.y1 + pad))
        for i in range(len(a)):
            pa, pb = a[i], b[i]
            ia, ib = render_gray(pa, scale), render_gray(pb, scale)
            if ia.shape != ib.shape:
                problems.append(f"page {i + 1}: rendered size differs")
                continue
            crop, rot = _page_geometry(pb)
            mask = np.zeros(ia.shape, dtype=bool)
            rects = by_page.get(i, [])
            for n, rect in enumerate(rects):
                r0, r1, c0, c1 = box_pixels(rect, crop, rot, scale, ia.shape, grow=MARGIN_PX)
                mask[r0:r1, c0:c1] = True
                q0, q1, k0, k1 = box_pixels(rect, crop, rot, scale, ia.shape)
                inner = ib[q0:q1, k0:k1]
                if inner.size and float((inner >= PAPER_LEVEL).mean()) > MAX_PAPER_FRACTION:
                    problems.append(f"page {i + 1}: box {n + 1} is not covered")
            diff = shift_tolerant_diff(ia, ib, ignore=mask)
            changed = int(np.count_nonzero(diff))
            outside = (mask.size - int(np.count_nonzero(mask))) or 1
            dense = densest_cell(diff)
            if dense >= MAX_CELL_CHANGED or (changed > MAX_CHANGED_PIXELS and changed / outside > MAX_CHANGED_FRACTION):
                problems.append(f"page {i + 1}: {changed} pixels changed outside the redaction boxes")
            pa.close()
            pb.close()
    finally:
        a.close()
        b.close()
    return problems
