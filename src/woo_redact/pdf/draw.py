"""Merging redaction boxes per line and drawing them with their labels.

Scope: boxes on one page that :func:`woo_redact.geometry.mergeable` joins (same line, a gap of
about one word space — the plan's rule) become one box with one label (distinct labels joined
by ", "). Each box is drawn as a filled rectangle with its label as real
text (Helvetica, WinAnsiEncoding, a new font resource), centred, sized to fit
(≤ ``font_size_max``; skipped below :data:`MIN_LABEL_SIZE`). With page ``/Rotate`` the label is
turned so it reads upright in the rotated view.

Limits: labels are a single line; characters outside WinAnsi become ``?``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pikepdf
from pdfminer.fontmetrics import FONT_METRICS

from woo_redact import geometry
from woo_redact.pdf.textstate import Rect

if TYPE_CHECKING:
    from woo_redact.pdf.redact import BoxStyle
    from woo_redact.types import RedactBox

MIN_LABEL_SIZE = 3.0
_HELV_WIDTHS: dict[str, int] = FONT_METRICS["Helvetica"][1]
_CAP_HEIGHT = 0.718


def merge_boxes(boxes: Sequence[RedactBox], pad: float) -> dict[int, list[tuple[Rect, str]]]:
    """Boxes per page, adjacent boxes on one line merged (labels kept in order), then padded.

    The merge rule is :func:`woo_redact.geometry.mergeable`, the plan's own, applied before the
    drawing margin ``pad``: on a plan's output it changes nothing; boxes from elsewhere (manual
    or layout boxes) merge exactly as the plan would have merged them.
    """
    by_page: dict[int, list[tuple[Rect, tuple[str, ...]]]] = {}
    for b in boxes:
        r = (b.bbox.x0, b.bbox.y0, b.bbox.x1, b.bbox.y1)
        by_page.setdefault(b.page, []).append((r, (b.label,) if b.label else ()))
    out: dict[int, list[tuple[Rect, str]]] = {}
    for page, items in by_page.items():
        merged = geometry.merge_line_boxes(
            items,
            lambda it: it[0],
            lambda left, right, r: (r, left[1] + tuple(lab for lab in right[1] if lab not in left[1])),
        )
        out[page] = [(geometry.pad(r, pad), ", ".join(dict.fromkeys(labs))) for r, labs in merged]
    return out


def label_font(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    """The font dictionary for labels: standard Helvetica with WinAnsiEncoding."""
    return pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )


def _encode(label: str) -> bytes:
    return label.encode("cp1252", errors="replace")


def text_width(data: bytes) -> float:
    """Width of WinAnsi-encoded Helvetica text at size 1."""
    total = 0
    for ch in data.decode("cp1252", errors="replace"):
        total += _HELV_WIDTHS.get(ch, 556)
    return total / 1000.0


def fit_size(label: bytes, along: float, across: float, size_max: float) -> float:
    """Largest size ≤ size_max that fits the box with a small margin (0 when nothing fits)."""
    w1 = text_width(label)
    if w1 <= 0:
        return 0.0
    size = min(size_max, (across - 1.0) / 0.85, (along - 2.0) / w1)
    return size if size >= MIN_LABEL_SIZE else 0.0


def box_ops(rect: Rect, label: str, style: BoxStyle, font: pikepdf.Name, rotate: int) -> list[pikepdf.ContentStreamInstruction]:
    """Content-stream instructions that draw one filled box and its centred label."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    ops: list[pikepdf.ContentStreamInstruction] = []

    def add(operands: list[Any], op: str) -> None:
        ops.append(pikepdf.ContentStreamInstruction(operands, pikepdf.Operator(op)))

    add([], "q")
    add([*style.fill], "rg")
    add([round(x0, 3), round(y0, 3), round(w, 3), round(h, 3)], "re")
    add([], "f")
    data = _encode(label) if label else b""
    rot = geometry.normalise_rotation(rotate)
    along, across = (h, w) if rot in (90, 270) else (w, h)
    size = fit_size(data, along, across, style.font_size_max) if data else 0.0
    if size:
        tw = text_width(data) * size
        theta = math.radians(rot)
        cos, sin = round(math.cos(theta), 6), round(math.sin(theta), 6)
        cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
        lx, ly = -tw / 2.0, -_CAP_HEIGHT * size / 2.0
        tx = cx + cos * lx - sin * ly
        ty = cy + sin * lx + cos * ly
        add([], "BT")
        add([font, round(size, 3)], "Tf")
        add([*style.text_color], "rg")
        add([cos, sin, -sin, cos, round(tx, 3), round(ty, 3)], "Tm")
        add([pikepdf.String(data)], "Tj")
        add([], "ET")
    add([], "Q")
    return ops
