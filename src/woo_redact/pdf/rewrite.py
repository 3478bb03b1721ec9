"""Content-stream rewriter: removes what lies under redaction boxes, keeps everything else in place.

Scope: one pass over a page's parsed content stream (and, recursively, over the Form XObjects
it draws that reach a box), tracking state with :mod:`woo_redact.pdf.textstate`:

* text (``Tj TJ ' "``): glyphs meeting :func:`~woo_redact.pdf.textstate.glyph_hits` are cut out
  of the string and replaced by an equal negative ``TJ`` adjustment (``-(w0·Tfs + Tc + Tw)·1000/Tfs``),
  so every remaining glyph keeps its exact position. The kept runs become separate show
  operators around a number-only ``[n] TJ`` (PDFium rasterises a multi-string TJ slightly
  differently from the original single string); vertical text keeps one ``TJ`` because PDFium
  applies number-only arrays horizontally. ``'`` and ``"`` become ``T*`` (and ``Tw``/``Tc``)
  plus the show operators. Note pdfminer drops ``Tc`` after the last glyph of each operator,
  so with non-zero ``Tc`` pdfplumber sees kept text after a removal shifted by ``Tc``;
  PDFium and poppler place it exactly as before;
* Form XObjects reaching a box are copied (new object, new resource name) before they change,
  so a form shared by pages or drawn twice is never altered in place;
* image XObjects reaching a box are handed to :mod:`woo_redact.pdf.images`, which writes a
  blacked-out copy under a new resource name (the original stays for other uses);
* vector paths lying entirely inside a box are dropped, and of a path reaching a box the
  subpaths lying inside it (glyphs of text drawn as outlines); clipping paths are kept;
* a tiling pattern filling a path that reaches a box is copied with its cell content rewritten
  against the boxes mapped into pattern space (each repetition a box covers); a fine texture
  (a box over more than :data:`MAX_PATTERN_TILES` cells) is left alone;
* ``/ActualText``, ``/Alt`` and ``/E`` in marked-content properties (inline, or a copied
  ``/Properties`` resource) are removed when they
  hold a scrub string or when glyphs inside that marked-content section were removed (copy and
  paste in Acrobat and pdf.js use ActualText instead of the glyphs).

Fail closed: when a glyph's advance is unknown (no widths, unknown CMap, missing font) every
glyph of the op on the same line as a box is removed and the page is flagged; a form nested
too deeply or recursively, or an inline image that could not be externalised, is dropped
where it reaches a box and flagged.

Limits: text inside Type3 glyph procedures, patterns, soft masks and annotation appearance
streams is not cut under boxes here (annotations reaching a box are removed whole by
``redact.py``; the document rebuild in :mod:`woo_redact.pdf.sanitize` removes text showing a
redacted string from those streams and drops every annotation but links); inline images inside
forms are dropped whole where they reach a box. Content
hidden by optional content (OCGs) is treated like visible content: it is removed under boxes,
but hidden text elsewhere is not searched for.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pikepdf

from woo_redact.geometry import invert
from woo_redact.pdf import images
from woo_redact.pdf.fonts import FontLoader
from woo_redact.pdf.textstate import (
    GraphicsState,
    Matrix,
    Rect,
    TextState,
    advance_matrix,
    apply,
    band_hits,
    extent,
    extent_bounds,
    glyph_hits,
    glyph_rect,
    hits_axis_aligned,
    layout,
    mult,
    rects_overlap,
    transform_rect,
)

log = logging.getLogger(__name__)

MAX_FORM_DEPTH = 12
_PATH_BUILD = {"m", "l", "c", "v", "y", "h", "re"}
_PATH_PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}
_FILL_OPS = {"f", "F", "f*", "B", "B*", "b", "b*"}
MAX_PATTERN_TILES = 16  # a box over more cells than this lies on a texture: the cell is left alone
_TEXT_SHOW = {"Tj", "TJ", "'", '"'}
_SCRUB_KEYS = ("/ActualText", "/Alt", "/E")


@dataclass(slots=True)
class Tally:
    """Mutable counters for one document, turned into an ApplyReport at the end."""

    glyphs_removed: int = 0
    images_redacted: int = 0
    paths_removed: int = 0
    flags: list[str] = field(default_factory=list)

    def flag(self, msg: str) -> None:
        if msg not in self.flags:
            self.flags.append(msg)


@dataclass(slots=True)
class Context:
    """Per-document state shared by every stream rewritten."""

    pdf: pikepdf.Pdf
    fonts: FontLoader
    tally: Tally
    matches: Callable[[str], bool]
    page_no: int = 0
    counter: int = 0

    def fresh_name(self, d: pikepdf.Dictionary, prefix: str) -> pikepdf.Name:
        while True:
            self.counter += 1
            name = pikepdf.Name(f"/{prefix}{self.counter}")
            if name not in d:
                return name


def own_resources(res: Any) -> pikepdf.Dictionary:
    """A private shallow copy of a resource dictionary (and of its /XObject, /Font, /Properties maps)."""
    out = pikepdf.Dictionary()
    if isinstance(res, pikepdf.Dictionary):
        for k, v in res.items():
            out[k] = v
    for sub in ("/XObject", "/Font", "/Properties"):
        d = out.get(sub)
        copy = pikepdf.Dictionary()
        if isinstance(d, pikepdf.Dictionary):
            for k, v in d.items():
                copy[k] = v
        out[sub] = copy
    return out


def _num(x: Any) -> float:
    return float(x)


def _instr(operands: list[Any], op: str) -> pikepdf.ContentStreamInstruction:
    return pikepdf.ContentStreamInstruction(operands, pikepdf.Operator(op))


def _join_tj(ops: list[Any]) -> list[Any]:
    """Merge show operators into one ``TJ``: PDFium applies number-only ``TJ`` arrays
    horizontally even in vertical writing mode, so vertical text keeps its gaps inline."""
    arr: list[Any] = []
    for ins in ops:
        operand = ins.operands[0]
        if isinstance(operand, pikepdf.Array):
            arr.extend(operand)
        else:
            arr.append(operand)
    return [_instr([pikepdf.Array(arr)], "TJ")] if arr else []


class StreamRewriter:
    """Rewrites one content stream (a page or a form copy) against a set of boxes."""

    def __init__(self, ctx: Context, res: pikepdf.Dictionary, boxes: list[Rect], depth: int = 0,
                 stack: tuple[tuple[int, int], ...] = ()) -> None:
        self.ctx = ctx
        self.res = res  # private: new resources are added here
        self.boxes = boxes
        self.depth = depth
        self.stack = stack
        self.changed = False
        self.replaced: set[str] = set()  # resource names whose drawing was redirected to a copy
        self.used: set[str] = set()  # XObject names still drawn
        # open marked-content sections: [index of their BDC in the output or -1, glyphs removed inside]
        self.marked: list[list[int]] = []
        self.props_used: dict[str, int] = {}  # /Properties names still referenced by BDC/DP
        self.props_replaced: set[str] = set()
        self.base_ctm: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # the stream's own space (set by rewrite)

    # -- entry ----------------------------------------------------------------------------------
    def rewrite(self, instrs: list[Any], gs: GraphicsState, top: bool) -> list[Any]:
        out: list[Any] = []
        stack: list[GraphicsState] = []
        self.base_ctm = gs.ctm  # pattern space is relative to the stream's own space
        # the fill pattern: (its resource name, index in ``out`` of the operator that chose it)
        fill: tuple[Any, int | None] | None = None
        fill_stack: list[tuple[Any, int | None] | None] = []
        fill_is_pattern = False
        ts = TextState()
        in_text = False
        pending: list[Any] = []
        pending_rect: list[float] | None = None
        clip = False
        ctx = self.ctx
        for ins in instrs:
            op = str(ins.operator)
            if op in _PATH_BUILD:
                pending.append(ins)
                pending_rect = self._path_extent(ins, op, gs.ctm, pending_rect)
                continue
            if op in ("W", "W*"):
                clip = True
                pending.append(ins)
                continue
            if op in _PATH_PAINT:
                if (fill is not None and op in _FILL_OPS and pending_rect is not None and not clip
                        and not self._inside_box(pending_rect) and self._touches(tuple(pending_rect))):  # type: ignore[arg-type]
                    fill = self._redact_fill_pattern(fill, out)
                if pending_rect is not None and not clip and op != "n" and self._inside_box(pending_rect):
                    ctx.tally.paths_removed += 1
                    self.changed = True
                elif pending_rect is not None and not clip and op != "n" and self._touches(tuple(pending_rect)):  # type: ignore[arg-type]
                    kept = self._subpaths_outside(pending, gs.ctm)
                    if len(kept) < len(pending):
                        self.changed = True
                        ctx.tally.paths_removed += 1
                    if kept:
                        out.extend(kept)
                        out.append(ins)
                else:
                    out.extend(pending)
                    out.append(ins)
                pending, pending_rect, clip = [], None, False
                continue
            if pending:  # a path not followed by a painting operator: keep it as it was
                out.extend(pending)
                pending, pending_rect, clip = [], None, False
            ops = ins.operands
            try:
                if op == "q":
                    stack.append(gs.copy())
                    fill_stack.append(fill)
                elif op == "Q":
                    if not stack:
                        if top:
                            self.changed = True
                            continue  # unmatched Q would pop our wrapper: drop it
                    else:
                        gs = stack.pop()
                        fill = fill_stack.pop() if fill_stack else None
                elif op == "cs":
                    fill_is_pattern = self._is_pattern_space(ops[0])
                    fill = None
                elif op in ("g", "rg", "k", "sc"):
                    fill, fill_is_pattern = None, False
                elif op == "scn":
                    fill = (ops[-1], len(out)) if fill_is_pattern and ops and isinstance(ops[-1], pikepdf.Name) else None
                elif op == "cm":
                    gs.ctm = mult(tuple(_num(v) for v in ops[:6]), gs.ctm)  # type: ignore[arg-type]
                elif op == "BT":
                    in_text = True
                    ts.begin()
                elif op == "ET":
                    in_text = False
                elif op == "Tf":
                    gs.font = ctx.fonts.load(self._resource("/Font", ops[0]))
                    gs.fontsize = _num(ops[1])
                elif op == "Tc":
                    gs.tc = _num(ops[0])
                elif op == "Tw":
                    gs.tw = _num(ops[0])
                elif op == "Tz":
                    gs.th = _num(ops[0]) / 100.0
                elif op == "TL":
                    gs.tl = _num(ops[0])
                elif op == "Ts":
                    gs.rise = _num(ops[0])
                elif op == "Td":
                    ts.move(_num(ops[0]), _num(ops[1]))
                elif op == "TD":
                    gs.tl = -_num(ops[1])
                    ts.move(_num(ops[0]), _num(ops[1]))
                elif op == "Tm":
                    ts.set_matrix(tuple(_num(v) for v in ops[:6]))  # type: ignore[arg-type]
                elif op == "T*":
                    ts.move(0.0, -gs.tl)
                elif op in _TEXT_SHOW:
                    out.extend(self._show(ins, op, ops, gs, ts))
                    continue
                elif op == "gs":
                    self._extgstate(ops[0], gs)
                elif op == "Do":
                    out.extend(self._do(ins, ops[0], gs))
                    continue
                elif op == "INLINE IMAGE":
                    r = transform_rect(gs.ctm, (0.0, 0.0, 1.0, 1.0))
                    if self._touches(r):
                        ctx.tally.flag(f"page {ctx.page_no + 1}: inline image under a box removed whole")
                        ctx.tally.images_redacted += 1
                        self.changed = True
                        continue
                elif op in ("BDC", "DP") and len(ops) >= 2:
                    new = self._scrub_properties(ops)
                    if new is None and isinstance(ops[1], pikepdf.Name):
                        self.props_used[str(ops[1])] = self.props_used.get(str(ops[1]), 0) + 1
                    if op == "BDC":
                        props = self._props(ops[1])
                        has_text = isinstance(props, pikepdf.Dictionary) and any(k in props for k in _SCRUB_KEYS)
                        self.marked.append([len(out) if has_text else -1, 0])
                    if new is not None:
                        out.append(_instr(new, op))
                        self.changed = True
                        continue
                elif op == "BMC":
                    self.marked.append([-1, 0])
                elif op == "EMC":
                    if self.marked:
                        self._close_marked(out, self.marked.pop())
            except (IndexError, TypeError, ValueError, ArithmeticError, KeyError):
                # Malformed operands: the renderer ignores the operator too. Positions after a
                # broken text operator are unknown, so the rest of this text object fails closed.
                if op in _TEXT_SHOW:
                    ts.uncertain = True
                    self.changed = True
                    ctx.tally.flag(f"page {ctx.page_no + 1}: unreadable text operator removed")
                    continue
                if in_text:
                    ts.uncertain = True
                    ctx.tally.flag(f"page {ctx.page_no + 1}: malformed text operator; line content near boxes removed")
            out.append(ins)
        out.extend(pending)
        while self.marked:
            self._close_marked(out, self.marked.pop())
        if top:
            if in_text:
                out.append(_instr([], "ET"))
                self.changed = True
            for _ in stack:
                out.append(_instr([], "Q"))
                self.changed = True
        return out

    # -- helpers ----------------------------------------------------------------------------------
    def _is_pattern_space(self, operand: Any) -> bool:
        if operand == pikepdf.Name.Pattern:
            return True
        cs = self._resource("/ColorSpace", operand)
        return isinstance(cs, pikepdf.Array) and len(cs) >= 1 and cs[0] == pikepdf.Name.Pattern

    def _redact_fill_pattern(self, fill: tuple[Any, int | None], out: list[Any]) -> tuple[Any, int | None]:
        """A tiling pattern that fills a path reaching a box: its cell content is rewritten
        against the boxes mapped into pattern space (every repetition of the cell that a box
        covers), and the operator choosing it is pointed at the copy. Text drawn as outlines or
        images inside the cell are then gone from the file, not only covered."""
        name, at = fill
        pat = self._resource("/Pattern", name)
        if not isinstance(pat, pikepdf.Stream) or int(pat.get("/PatternType", 0)) != 1:
            return fill
        try:
            pm = tuple(_num(v) for v in pat.get("/Matrix", [1, 0, 0, 1, 0, 0]))[:6]
            to_user = mult(pm, self.base_ctm)  # type: ignore[arg-type]
            inv = invert(to_user)
            bb = [_num(v) for v in pat.BBox][:4]
            xstep, ystep = abs(_num(pat.XStep)), abs(_num(pat.YStep))
        except (TypeError, ValueError, IndexError, AttributeError, KeyError):
            return fill
        if inv is None or xstep <= 0 or ystep <= 0:
            return fill
        bx0, by0, bx1, by1 = min(bb[0], bb[2]), min(bb[1], bb[3]), max(bb[0], bb[2]), max(bb[1], bb[3])
        cell_boxes: list[Rect] = []
        for box in self.boxes:
            x0, y0, x1, y1 = transform_rect(inv, box)
            i0, i1 = math.floor((x0 - bx1) / xstep), math.ceil((x1 - bx0) / xstep)
            j0, j1 = math.floor((y0 - by1) / ystep), math.ceil((y1 - by0) / ystep)
            if (i1 - i0 + 1) * (j1 - j0 + 1) > MAX_PATTERN_TILES:
                continue  # a fine texture (hatching) under the box, not a cell that can carry a word
            for i in range(i0, i1 + 1):
                for j in range(j0, j1 + 1):
                    r = (x0 - i * xstep, y0 - j * ystep, x1 - i * xstep, y1 - j * ystep)
                    if rects_overlap(r, (bx0, by0, bx1, by1)):
                        cell_boxes.append(r)
        if not cell_boxes:
            return fill
        try:
            instrs = pikepdf.parse_content_stream(pat)
        except Exception:
            return fill
        parent = pat.get("/Resources")
        res = own_resources(parent if isinstance(parent, pikepdf.Dictionary) else pikepdf.Dictionary())
        sub = StreamRewriter(self.ctx, res, cell_boxes, self.depth + 1, self.stack + (pat.objgen,))
        new_instrs = sub.rewrite(instrs, GraphicsState(), top=False)
        if not sub.changed:
            return fill
        sub.prune()
        copy = pikepdf.Stream(self.ctx.pdf, pikepdf.unparse_content_stream(new_instrs))
        for k, v in pat.items():
            if k not in ("/Length", "/Filter", "/DecodeParms", "/Resources", "/Metadata", "/PieceInfo"):
                copy[k] = v
        copy["/Resources"] = res
        pd = self.res.get("/Pattern")
        if not isinstance(pd, pikepdf.Dictionary):
            return fill
        new_name = self.ctx.fresh_name(pd, "WooPat")
        pd[new_name] = self.ctx.pdf.make_indirect(copy)
        self.changed = True
        if at is not None and at < len(out):
            old = out[at]
            out[at] = _instr([*list(old.operands)[:-1], new_name], "scn")
        else:
            self.ctx.tally.flag(f"page {self.ctx.page_no + 1}: pattern chosen outside this stream; redacted copy set again")
            out.append(_instr([new_name], "scn"))
        return (new_name, at)

    def _touches(self, r: Rect) -> bool:
        return any(rects_overlap(r, b) for b in self.boxes)

    def _inside_box(self, r: list[float]) -> bool:
        return any(b[0] <= r[0] and b[1] <= r[1] and r[2] <= b[2] and r[3] <= b[3] for b in self.boxes)

    def _subpaths_outside(self, pending: list[Any], ctm: Matrix) -> list[Any]:
        """The path's subpaths (from each ``m`` or ``re``) that do not lie inside a box.

        Text drawn as vector outlines is often one path for a whole line or paragraph, each
        glyph one or more subpaths: the glyphs under a box are removed, the rest of the path
        keeps its exact geometry (every subpath starts at its own ``m``/``re``)."""
        groups: list[list[Any]] = []
        for ins in pending:
            op = str(ins.operator)
            if op in ("m", "re") or not groups:
                groups.append([])
            groups[-1].append(ins)
        kept: list[Any] = []
        for g in groups:
            rect: list[float] | None = None
            for ins in g:
                rect = self._path_extent(ins, str(ins.operator), ctm, rect)
            if rect is not None and self._inside_box(rect):
                continue
            kept.extend(g)
        return kept

    @staticmethod
    def _path_extent(ins: Any, op: str, ctm: Matrix, acc: list[float] | None) -> list[float] | None:
        try:
            vals = [_num(v) for v in ins.operands]
        except (TypeError, ValueError):
            return acc
        if op == "re" and len(vals) == 4:
            x, y, w, h = vals
            pts = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
        else:
            pts = list(zip(vals[0::2], vals[1::2]))
        for px, py in pts:
            ux, uy = apply(ctm, px, py)
            if acc is None:
                acc = [ux, uy, ux, uy]
            else:
                acc[0], acc[1] = min(acc[0], ux), min(acc[1], uy)
                acc[2], acc[3] = max(acc[2], ux), max(acc[3], uy)
        return acc

    def _resource(self, kind: str, name: Any) -> Any:
        d = self.res.get(kind)
        if isinstance(d, pikepdf.Dictionary) and isinstance(name, pikepdf.Name):
            return d.get(name)
        return None

    def _extgstate(self, name: Any, gs: GraphicsState) -> None:
        egs = self._resource("/ExtGState", name)
        if isinstance(egs, pikepdf.Dictionary) and "/Font" in egs:
            f = egs["/Font"]
            if isinstance(f, pikepdf.Array) and len(f) == 2:
                gs.font = self.ctx.fonts.load(f[0])
                gs.fontsize = _num(f[1])

    def _props(self, operand: Any) -> Any:
        """Marked-content properties, inline or through the /Properties resource."""
        if isinstance(operand, pikepdf.Name):
            return self._resource("/Properties", operand)
        return operand

    def _stripped(self, operand: Any, keys: list[str]) -> Any:
        """``operand`` without ``keys``: a new inline dictionary, or a new /Properties entry."""
        props = self._props(operand)
        new = pikepdf.Dictionary({k: v for k, v in props.items() if k not in keys})
        if isinstance(operand, pikepdf.Name):
            pd = self.res["/Properties"]
            assert isinstance(pd, pikepdf.Dictionary)
            name = self.ctx.fresh_name(pd, "WooMC")
            pd[name] = new
            self.props_replaced.add(str(operand))
            return name
        return new

    def _scrub_properties(self, ops: Any) -> list[Any] | None:
        props = self._props(ops[1])
        if not isinstance(props, pikepdf.Dictionary):
            return None
        hit = [k for k in _SCRUB_KEYS if k in props and self.ctx.matches(str(props[k]))]
        if not hit:
            return None
        return [ops[0], self._stripped(ops[1], hit)]

    def _close_marked(self, out: list[Any], entry: list[int]) -> None:
        """A section whose glyphs were (partly) removed loses the text alternatives describing them."""
        idx, removed = entry
        if idx < 0 or not removed or idx >= len(out):
            return
        bdc = out[idx]
        props = self._props(bdc.operands[1])
        if isinstance(props, pikepdf.Dictionary):
            old = bdc.operands[1]
            if isinstance(old, pikepdf.Name) and self.props_used.get(str(old), 0) > 0:
                self.props_used[str(old)] -= 1
            out[idx] = _instr([bdc.operands[0], self._stripped(old, list(_SCRUB_KEYS))], "BDC")
            self.changed = True

    # -- text ---------------------------------------------------------------------------------------
    def _show(self, ins: Any, op: str, ops: Any, gs: GraphicsState, ts: TextState) -> list[Any]:
        prefix: list[Any] = []
        if op == "'":
            ts.move(0.0, -gs.tl)
            prefix = [_instr([], "T*")]
            raw = [ops[0]]
        elif op == '"':
            gs.tw, gs.tc = _num(ops[0]), _num(ops[1])
            ts.move(0.0, -gs.tl)
            prefix = [_instr([ops[0]], "Tw"), _instr([ops[1]], "Tc"), _instr([], "T*")]
            raw = [ops[2]]
        elif op == "TJ":
            raw = list(ops[0]) if isinstance(ops[0], pikepdf.Array) else []
        else:
            raw = [ops[0]]
        if op != "TJ" and not isinstance(raw[0], pikepdf.String):
            raw = []  # a show operator without a string shows nothing
        items: list[bytes | float] = []
        for it in raw:
            if isinstance(it, pikepdf.String):
                items.append(bytes(it))
            else:
                try:
                    items.append(_num(it))
                except (TypeError, ValueError):
                    items.append(0.0)
        vertical = bool(gs.font and gs.font.vertical)
        tm = ts.tm
        total, lo_x, hi_x, certain, count = extent(gs, items)
        uncertain = ts.uncertain or not certain
        ts.tm = advance_matrix(tm, total, vertical)
        if not certain:
            ts.uncertain = True
        if not count:
            return [ins]
        if not uncertain and not self._touches(extent_bounds(gs, tm, lo_x, hi_x)):
            return [ins]
        run = layout(gs, items)
        m = mult(tm, gs.ctm)
        fast = None if uncertain else hits_axis_aligned(gs, m, run, self.boxes)
        remove: list[bool] = fast if fast is not None else []
        for i in range(len(run.glyphs) if fast is None else 0):
            rect, horizontal = glyph_rect(gs, m, run, i)
            if uncertain:
                remove.append(band_hits(rect, horizontal, self.boxes))
            else:
                remove.append(glyph_hits(rect, horizontal, self.boxes))
        if not any(remove):
            return [ins]
        if uncertain:
            self.ctx.tally.flag(
                f"page {self.ctx.page_no + 1}: glyph positions unknown (font metrics); whole line parts near boxes removed"
            )
        self.changed = True
        self.ctx.tally.glyphs_removed += sum(remove)
        for entry in self.marked:
            entry[1] = 1
        scale = gs.fontsize * (1.0 if vertical else gs.th)
        ops_out = self._split_ops(items, run, remove, scale)
        if vertical:
            ops_out = _join_tj(ops_out)
        return prefix + ops_out

    def _split_ops(self, items: list[bytes | float], run: Any, remove: list[bool], scale: float) -> list[Any]:
        """Kept glyph runs as separate show operators, removed glyphs as numeric-only ``TJ`` gaps.

        Separate operators (rather than one TJ with a gap) keep PDFium's rendering of the kept
        text pixel-identical: it lays out multi-string TJ arrays slightly differently.
        """
        out: list[Any] = []
        seg: list[Any] = []  # items of the current kept segment
        buf = bytearray()
        gap = 0.0
        in_gap = False

        def close_seg() -> None:
            if buf:
                seg.append(pikepdf.String(bytes(buf)))
                buf.clear()
            if seg:
                if len(seg) == 1 and isinstance(seg[0], pikepdf.String):
                    out.append(_instr([seg[0]], "Tj"))
                else:
                    out.append(_instr([pikepdf.Array(seg)], "TJ"))
                seg.clear()

        def close_gap() -> None:
            nonlocal gap
            if gap:
                out.append(_instr([pikepdf.Array([round(gap, 4)])], "TJ"))
            gap = 0.0

        gi, n = 0, len(run.glyphs)
        for idx, it in enumerate(items):
            if not isinstance(it, bytes):
                if in_gap:
                    gap += it
                else:
                    if buf:
                        seg.append(pikepdf.String(bytes(buf)))
                        buf.clear()
                    seg.append(round(it, 4))
                continue
            while gi < n and run.item[gi] == idx:
                if remove[gi]:
                    if not in_gap:
                        close_seg()
                        in_gap = True
                    if abs(scale) > 1e-9:
                        gap += -run.advance[gi] * 1000.0 / scale
                    elif run.advance[gi]:
                        self.ctx.tally.flag(f"page {self.ctx.page_no + 1}: zero-size text removed; spacing may shift")
                else:
                    if in_gap:
                        close_gap()
                        in_gap = False
                    buf += run.glyphs[gi].code
                gi += 1
            if buf:
                seg.append(pikepdf.String(bytes(buf)))
                buf.clear()
        close_seg()
        close_gap()
        return out

    # -- XObjects -----------------------------------------------------------------------------------
    def _do(self, ins: Any, name: Any, gs: GraphicsState) -> list[Any]:
        ctx = self.ctx
        xobj = self._resource("/XObject", name)
        if not isinstance(xobj, pikepdf.Stream):
            return [ins]
        subtype = xobj.get("/Subtype")
        if subtype == "/Image":
            r = transform_rect(gs.ctm, (0.0, 0.0, 1.0, 1.0))
            if not self._touches(r):
                self.used.add(str(name))
                return [ins]
            new, flag = images.redact_image(ctx.pdf, xobj, gs.ctm, self.boxes)
            if flag:
                ctx.tally.flag(f"page {ctx.page_no + 1}: {flag}")
            if new is None:
                self.used.add(str(name))
                return [ins]
            ctx.tally.images_redacted += 1
            return [self._redirect(name, new)]
        if subtype != "/Form":
            self.used.add(str(name))
            return [ins]
        try:
            fm = tuple(_num(v) for v in xobj.get("/Matrix", [1, 0, 0, 1, 0, 0]))[:6]
            m = mult(fm, gs.ctm)  # type: ignore[arg-type]
            bb = [_num(v) for v in xobj.get("/BBox", [])][:4]
            reach = transform_rect(m, (min(bb[0], bb[2]), min(bb[1], bb[3]), max(bb[0], bb[2]), max(bb[1], bb[3])))
        except (TypeError, ValueError, IndexError):
            m, reach = gs.ctm, None
        if reach is not None and not self._touches(reach):
            self.used.add(str(name))
            return [ins]
        key = xobj.objgen
        if self.depth >= MAX_FORM_DEPTH or (key != (0, 0) and key in self.stack):
            ctx.tally.flag(f"page {ctx.page_no + 1}: form nested too deeply under a box; dropped")
            self.changed = True
            return []
        try:
            instrs = pikepdf.parse_content_stream(xobj)
        except Exception:
            ctx.tally.flag(f"page {ctx.page_no + 1}: unreadable form content under a box; dropped")
            self.changed = True
            return []
        parent_res = xobj.get("/Resources")
        res = own_resources(parent_res if isinstance(parent_res, pikepdf.Dictionary) else self.res)
        sub = StreamRewriter(ctx, res, self.boxes, self.depth + 1, self.stack + (key,))
        fgs = gs.copy()
        fgs.ctm = m
        new_instrs = sub.rewrite(instrs, fgs, top=False)
        if not sub.changed:
            self.used.add(str(name))
            return [ins]
        sub.prune()
        data = pikepdf.unparse_content_stream(new_instrs)
        copy = pikepdf.Stream(ctx.pdf, data)
        for k, v in xobj.items():
            if k not in ("/Length", "/Filter", "/DecodeParms", "/Resources", "/Metadata", "/PieceInfo"):
                copy[k] = v
        copy["/Resources"] = res
        return [self._redirect(name, ctx.pdf.make_indirect(copy))]

    def _redirect(self, name: Any, new: Any) -> Any:
        xd = self.res["/XObject"]
        assert isinstance(xd, pikepdf.Dictionary)
        newname = self.ctx.fresh_name(xd, "WooX")
        xd[newname] = new
        self.replaced.add(str(name))
        self.used.add(str(newname))
        self.changed = True
        return _instr([newname], "Do")

    def prune(self) -> None:
        """Drop resource names whose every use was redirected to a redacted copy."""
        xd = self.res.get("/XObject")
        if isinstance(xd, pikepdf.Dictionary):
            for name in self.replaced - self.used:
                if name in xd:
                    del xd[name]
        pd = self.res.get("/Properties")
        if isinstance(pd, pikepdf.Dictionary):
            for name in self.props_replaced:
                if self.props_used.get(name, 0) <= 0 and name in pd:
                    del pd[name]
