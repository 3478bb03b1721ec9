"""Turn redact decisions into labelled boxes: glyph boxes → one box per line run → merged.

Pure: reads the page's glyph index, never the PDF. Boxes are in default user space.

Merging follows presidio-anonymizer's conflict rule adapted to geometry: boxes on the same
line that touch or overlap become one box; when their grounds differ, the box keeps the
stricter (lid 1, absolute) ground and lists the others in the audit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from . import geometry
from .geometry import MERGE_GAP, PAD, Rect
from .types import Action, BBox, Decision, Document, PageText, RedactBox, RedactionPlan

__all__ = ["MERGE_GAP", "PAD", "ink_line", "line_runs", "plan", "secret_labels"]


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


INK_OCR_FONT = "woo:ink-ocr"  # = woo_redact.ocr.INK_OCR_FONT (not imported: plan stays free of OCR imports)


def ink_line(page: PageText, start: int, end: int) -> tuple[int, int, bool]:
    """The span to box for ``text[start:end]``: the whole OCR line when the text was read from
    ink no extractor explains (``ocr.add_unexplained_ink_text``), else the span itself.

    That ink comes from constructs the writer cannot cut per character — one Type3 glyph that
    draws a line, a pattern cell, one vector path for a whole line — so removing only the
    redacted word's part would either leave the rest of the construct drawing it or change the
    page outside the box. Boxing the line removes the construct whole.
    """
    fonts = getattr(page.glyphs, "_fonts", None)
    idx = [page.glyph_at[i] for i in range(max(start, 0), min(end, len(page.text))) if page.glyph_at[i] is not None]
    if not idx:
        return start, end, False
    if fonts is not None:
        is_ink = all(fonts[i] == INK_OCR_FONT for i in idx)
    else:
        is_ink = all(page.glyphs[i].font == INK_OCR_FONT for i in idx)  # type: ignore[index]
    if not is_ink:
        return start, end, False
    ls = page.text.rfind("\n", 0, start) + 1
    le = page.text.find("\n", end)
    return ls, len(page.text) if le < 0 else le, True


@dataclass(frozen=True, slots=True)
class _Piece:
    page: int
    rect: Rect
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
        start, end, ink = ink_line(page, d.start, d.end)
        runs = line_runs(page, start, end)
        if ink and runs:  # one OCR line is one straight line of ink, upright or turned: one box
            runs = [BBox.enclosing(runs)]
        for run in runs:
            rect = geometry.pad_run((run.x0, run.y0, run.x1, run.y1), ocr=ink or page.source == "ocr", amount=pad)
            pieces[page.number].append(_Piece(page.number, rect, d.ground or "", (d.finding.id,)))
        s = page.text[d.start : d.end].strip()
        if s:
            secrets.add(s)
    boxes: list[RedactBox] = []
    for pno in sorted(pieces):
        for piece in _merge(pieces[pno]):
            boxes.append(RedactBox(pno, BBox(*piece.rect), label(piece.ground), piece.ids))
    return RedactionPlan(boxes=tuple(boxes), secrets=tuple(sorted(secrets)), decisions=tuple(chosen))


def secret_labels(doc: Document, redaction_plan: RedactionPlan, label: Callable[[str], str]) -> dict[str, str]:
    """Each redacted string of the plan → the label its box shows (its ground), for the writer
    to put where the string stood outside the pages (bookmark titles). A string redacted on
    several grounds takes the stricter one, as a merged box does."""
    pages = {p.number: p for p in doc.pages}
    grounds: dict[str, str] = {}
    for d in redaction_plan.decisions:
        page = pages.get(d.finding.page)
        if page is None or not d.ground:
            continue
        text = page.text[d.start : d.end].strip()
        if text:
            grounds[text] = _stricter(grounds[text], d.ground) if text in grounds else d.ground
    return {text: label(g) for text, g in grounds.items()}


def _merge(pieces: Iterable[_Piece]) -> list[_Piece]:
    """Adjacent pieces of one line become one (:func:`woo_redact.geometry.merge_line_boxes`)."""
    return geometry.merge_line_boxes(
        pieces,
        lambda p: p.rect,
        lambda a, b, r: _Piece(a.page, r, _stricter(a.ground, b.ground), a.ids + b.ids),
    )
