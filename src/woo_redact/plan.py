"""Turn redact decisions into labelled boxes: glyph boxes → one box per line run → merged.

Pure: reads the page's glyph index, never the PDF. Boxes are in default user space.

Merging follows presidio-anonymizer's conflict rule adapted to geometry: boxes on the same
line that touch or overlap become one box; when their grounds differ, the box keeps the
stricter (lid 1, absolute) ground and lists the others in the audit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .types import Action, BBox, Decision, Document, PageText, RedactBox, RedactionPlan

PAD = 0.6  # points around each run of glyphs
MERGE_GAP = 2.5  # points between boxes on one line that still merge


def line_runs(page: PageText, start: int, end: int) -> list[BBox]:
    """Glyph boxes of ``text[start:end]``, one enclosing box per line run.

    A new run starts where the next glyph is not on the same line (no vertical overlap) or jumps
    backwards or far ahead (table columns).
    """
    # Plain floats, one BBox per run: this runs for every glyph of every redaction.
    runs: list[BBox] = []
    cur: tuple[float, float, float, float] | None = None
    for x0, y0, x1, y1 in page.coords_for(start, end):
        height = y1 - y0
        if x1 - x0 <= 0 and height <= 0:
            continue
        if cur is None:
            cur = (x0, y0, x1, y1)
            continue
        cx0, cy0, cx1, cy1 = cur
        vo = min(cy1, y1) - max(cy0, y0)
        same_line = vo > 0.5 * min(cy1 - cy0, height)
        h = max(height, 1.0)
        if same_line and cx0 - h <= x0 <= cx1 + 3.0 * h:
            cur = (min(cx0, x0), min(cy0, y0), max(cx1, x1), max(cy1, y1))
        else:
            runs.append(BBox(*cur))
            cur = (x0, y0, x1, y1)
    if cur is not None:
        runs.append(BBox(*cur))
    return runs


@dataclass(frozen=True, slots=True)
class _Piece:
    page: int
    bbox: BBox
    ground: str
    ids: tuple[str, ...]


def _stricter(a: str, b: str) -> str:
    """Lid 1 grounds are absolute; prefer them when two grounds meet in one box."""
    return min(a, b, key=lambda g: (0 if g.startswith("5.1.1") else 1, g))


def plan(
    doc: Document,
    decisions: Sequence[Decision],
    label: Callable[[str], str],
    *,
    include_review: bool = False,
    pad: float = PAD,
) -> RedactionPlan:
    """Boxes for every REDACT decision (and REVIEW ones when ``include_review``)."""
    pages = {p.number: p for p in doc.pages}
    take = {Action.REDACT} | ({Action.REVIEW} if include_review else set())
    chosen = [d for d in decisions if d.action in take and d.ground]
    pieces: dict[int, list[_Piece]] = defaultdict(list)
    secrets: set[str] = set()
    for d in chosen:
        page = pages[d.finding.page]
        for run in line_runs(page, d.start, d.end):
            # OCR word boxes are approximate: widen them by a quarter of the line height.
            bbox = run.expand(pad + 0.25 * run.height, pad) if page.source == "ocr" else run.expand(pad)
            pieces[page.number].append(_Piece(page.number, bbox, d.ground or "", (d.finding.id,)))
        s = page.text[d.start : d.end].strip()
        if s:
            secrets.add(s)
    boxes: list[RedactBox] = []
    for pno in sorted(pieces):
        for piece in _merge(pieces[pno]):
            boxes.append(RedactBox(pno, piece.bbox, label(piece.ground), piece.ids))
    return RedactionPlan(boxes=tuple(boxes), secrets=tuple(sorted(secrets)), decisions=tuple(chosen))


def _merge(pieces: Iterable[_Piece]) -> list[_Piece]:
    todo = sorted(pieces, key=lambda p: (-p.bbox.y1, p.bbox.x0))
    merged: list[_Piece] = []
    for p in todo:
        for i, m in enumerate(merged):
            vo = min(m.bbox.y1, p.bbox.y1) - max(m.bbox.y0, p.bbox.y0)
            if vo <= 0.5 * min(m.bbox.height, p.bbox.height):
                continue
            gap = max(p.bbox.x0 - m.bbox.x1, m.bbox.x0 - p.bbox.x1)
            # About one word space: adjacent words of one line share a box.
            if gap <= max(MERGE_GAP, 0.45 * min(m.bbox.height, p.bbox.height)):
                merged[i] = _Piece(p.page, m.bbox.union(p.bbox), _stricter(m.ground, p.ground), m.ids + p.ids)
                break
        else:
            merged.append(p)
    # One pass can leave boxes that only touch after a union; repeat until stable.
    if len(merged) < len(todo):
        return _merge(merged)
    return sorted(merged, key=lambda p: (-p.bbox.y1, p.bbox.x0))
