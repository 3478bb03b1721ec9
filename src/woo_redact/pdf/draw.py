"""Merging redaction boxes per line and drawing them with their labels.

Scope: boxes on one page whose vertical ranges overlap (by at least half the lower box) and
whose horizontal gap is under :data:`MERGE_GAP` points — or under 0.3 × the box height, so the
word space between two boxed words of large text also merges — become one box with one label
(distinct labels joined by ", "). Each box is drawn as a filled rectangle with its label as real
text (Helvetica, WinAnsiEncoding, a new font resource), centred, sized to fit
(≤ ``font_size_max``; skipped below :data:`MIN_LABEL_SIZE`). With page ``/Rotate`` the label is
turned so it reads upright in the rotated view.

Limits: labels are a single line; characters outside WinAnsi become ``?``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Sequence

import pikepdf
from pdfminer.fontmetrics import FONT_METRICS

from woo_redact.pdf.textstate import Rect

if TYPE_CHECKING:
    from woo_redact.pdf.redact import BoxStyle
    from woo_redact.types import RedactBox

MERGE_GAP = 2.0
WORD_GAP_FRACTION = 0.3  # of the box height: a word space (~0.28 em) at any font size
MIN_LABEL_SIZE = 3.0
_HELV_WIDTHS: dict[str, int] = FONT_METRICS["Helvetica"][1]  # type: ignore[assignment]
_CAP_HEIGHT = 0.718


def merge_boxes(boxes: Sequence[RedactBox], pad: float) -> dict[int, list[tuple[Rect, str]]]:
    """Padded boxes per page, adjacent boxes on one line merged (labels kept in order)."""
    by_page: dict[int, list[tuple[list[float], list[str]]]] = {}
    for b in boxes:
        r = [b.bbox.x0 - pad, b.bbox.y0 - pad, b.bbox.x1 + pad, b.bbox.y1 + pad]
        by_page.setdefault(b.page, []).append((r, [b.label] if b.label else []))
    out: dict[int, list[tuple[Rect, str]]] = {}
    for page, items in by_page.items():
        items.sort(key=lambda it: (-it[0][3], it[0][0]))
        merged = True
        while merged:
            merged = False
            for i in range(len(items)):
                for j in range(i + 1, len(items)):
                    if _mergeable(items[i][0], items[j][0]):
                        a, b = items[i], items[j]
                        first, second = (a, b) if a[0][0] <= b[0][0] else (b, a)
                        r = [min(a[0][0], b[0][0]), min(a[0][1], b[0][1]), max(a[0][2], b[0][2]), max(a[0][3], b[0][3])]
                        labels = list(first[1]) + [lab for lab in second[1] if lab not in first[1]]
                        items[i] = (r, labels)
                        del items[j]
                        merged = True
                        break
                if merged:
                    break
        out[page] = [((r[0], r[1], r[2], r[3]), ", ".join(dict.fromkeys(labs))) for r, labs in items]
    return out


def _mergeable(a: list[float], b: list[float]) -> bool:
    ov = min(a[3], b[3]) - max(a[1], b[1])
    if ov <= 0 or ov < 0.5 * min(a[3] - a[1], b[3] - b[1]):
        return False
    gap = max(a[0], b[0]) - min(a[2], b[2])
    return gap < max(MERGE_GAP, WORD_GAP_FRACTION * min(a[3] - a[1], b[3] - b[1]))


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

    def add(operands: list[object], op: str) -> None:
        ops.append(pikepdf.ContentStreamInstruction(operands, pikepdf.Operator(op)))

    add([], "q")
    add([*style.fill], "rg")
    add([round(x0, 3), round(y0, 3), round(w, 3), round(h, 3)], "re")
    add([], "f")
    data = _encode(label) if label else b""
    rot = rotate % 360
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
