"""Rebuild, don't scrub: the published PDF is constructed from an allow-list.

Scrubbing a copy of the input (deleting what we know to be dangerous) leaks whatever we did not
think of: a private dictionary of a producer, a second XMP stream, a named destination, the
rollover appearance of an annotation, a Form XObject no page draws. So after the pages have been
redacted (:mod:`woo_redact.pdf.rewrite`), :func:`rebuild` builds a *new* document and copies into
it only what is on this list:

**Kept, per page** — the page boxes (``/MediaBox /CropBox /BleedBox /TrimBox /ArtBox``, resolved
through the page tree), ``/Rotate``, ``/UserUnit``, the transparency ``/Group``, the rewritten
content stream, and only the resources that content uses (``Tf Do gs sh scn cs BDC`` and inline
images are read to know which). Every Form XObject, tiling pattern, Type3 glyph procedure and
soft-mask group that remains is itself read the same way (its own used resources only).
Streams a page does not draw as text a reader extracts — tiling patterns, Type3 procedures,
soft-mask groups and flattened form fields — lose any text object that shows a redacted string.
Inside kept objects, strings survive only where rendering needs them (fonts, colour spaces);
private keys, ``/Metadata``, ``/PieceInfo``, ``/OPI``, actions and structure references are
dropped, JPEG images lose their EXIF/IPTC/comment segments, and a resource name or key that spells a
redacted string is renamed or dropped.

**Kept, per document** — rebuilt, never copied: page labels (prefixes that hold a redacted string
dropped), ``/Lang``, optional-content groups (visibility as before, layer names replaced by
"Laag n"), a fresh XMP packet and ``/Info`` holding only ``Producer = woo_redact``; the
**bookmarks** (outlines, unless ``outlines=False``) as fresh items with the same tree, pages,
colour and style, a redacted string in a title replaced by its label (all dropped when a title
would still show one), no action but an in-document destination.

**Link annotations** are rebuilt from their rectangle and a URI (unless it holds a redacted
string) or a destination in this document (named destinations resolved to explicit ones).
With ``flatten=True``, visible annotations and **form fields** with a value are flattened into
the page after redaction (their normal appearance only; annotations under a box were removed
before); by default they are dropped, because the render check compares renderings without
annotations and would see flattened ones as changed pixels. Filled cover annotations (an earlier
reviewer's black square, an unapplied redaction mark with an appearance) are always flattened:
dropping them would reveal what they covered. Everything else is dropped:
named destinations (resolved into the links and bookmarks that use them), the structure tree, JavaScript and all other actions, embedded
files, article threads, non-link annotations (comments, highlights, stamps, hidden annotations
and all non-default appearance states), empty form fields and buttons, XFA, private data.

:func:`remove_annotations_in` removes annotations whose ``/Rect`` overlaps a box (and clears
the value of a widget's field) before the rebuild.

Reports name what was dropped (``Catalog/Outlines``, ``Info/Author``…), never its values.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pikepdf

from woo_redact.textmatch import SecretMatcher

__all__ = ["Matcher", "make_matcher", "prune_fields", "rebuild", "remove_annotations_in"]

Matcher = Callable[[str], bool]

_PAGE_BOXES = ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox")
_RES_KINDS = ("/Font", "/XObject", "/ExtGState", "/Pattern", "/Shading", "/ColorSpace", "/Properties")
# Keys never copied from any kept object: metadata, private data, actions, structure links.
_DROP_KEYS = frozenset({
    "/Metadata", "/PieceInfo", "/AF", "/AA", "/A", "/Next", "/OPI", "/StructParent", "/StructParents",
    "/LastModified", "/Ref", "/Thumb", "/Measure", "/PtData", "/Alternates", "/ID", "/SpiderInfo",
    "/URLS", "/Collection", "/NeedsRendering", "/Perms", "/Names", "/Dests", "/Threads", "/Outlines",
})
# Keys of a Form/Image XObject that rendering needs.
_XOBJECT_KEYS = frozenset({
    "/Type", "/Subtype", "/BBox", "/Matrix", "/Resources", "/Group", "/OC", "/FormType", "/Width", "/Height",
    "/ColorSpace", "/BitsPerComponent", "/Filter", "/DecodeParms", "/Decode", "/ImageMask", "/Mask", "/SMask",
    "/SMaskInData", "/Interpolate", "/Intent", "/Length", "/Matte",
})
_DEVICE_CS = {"/DeviceGray", "/DeviceRGB", "/DeviceCMYK", "/G", "/RGB", "/CMYK", "/Pattern", "/Indexed", "/I"}
_JPEG_KEEP_APP = {0xE0, 0xE2, 0xEE}  # JFIF, ICC profile, Adobe (colour transform): needed to decode
# Operators whose operands :meth:`_Builder.content` reads (resource names, properties, shown text).
_OPERAND_OPS = frozenset({"Tf", "Do", "gs", "sh", "scn", "SCN", "cs", "CS", "BDC", "DP", "Tj", "TJ", "'", '"'})


def make_matcher(scrub_strings: Iterable[str]) -> SecretMatcher:
    """The secrets' matcher (:class:`woo_redact.textmatch.SecretMatcher`), callable as a predicate."""
    return SecretMatcher(scrub_strings)


@dataclass
class _Notes:
    names: list[str] = field(default_factory=list)

    def __call__(self, name: str) -> None:
        if name not in self.names:
            self.names.append(name)


# ------------------------------------------------------------------------------------------ entry

def rebuild(pdf: pikepdf.Pdf, matches: SecretMatcher | Matcher, *, flatten: bool = False, outlines: bool = True,
            labels: Mapping[str, str] | None = None) -> tuple[pikepdf.Pdf, list[str]]:
    """A new document holding only the allow-listed parts of ``pdf`` (whose pages are already
    redacted); also the names of what was dropped. The caller saves and closes the new one.

    ``flatten``: draw the normal appearance of visible annotations and form fields into the page
    instead of dropping them (off while the render check compares renderings without them).
    ``outlines``: rebuild the bookmarks from their redacted titles (a redacted string in a title
    becomes its label from ``labels``, else :data:`TITLE_LABEL`) pointing at the same pages;
    without it, or when a title would still hold a redacted string, they are dropped."""
    matcher = matches if isinstance(matches, SecretMatcher) else _PredicateMatcher(matches)
    note = _Notes()
    _note_document(pdf, note)
    links, flattened = _prepare_annotations(pdf, note, flatten)
    b = _Builder(pdf, matcher, note, flattened)
    out = pikepdf.new()
    try:
        for pno, page in enumerate(pdf.pages):
            b.page_no = pno
            new = b.page(page.obj)
            out.pages.append(pikepdf.Page(pdf.make_indirect(new)))
        for pno, items in links.items():
            annots = [a for a in (_link(out, pdf, item, matcher, note) for item in items) if a is not None]
            if annots:
                out.pages[pno].obj["/Annots"] = pikepdf.Array(annots)
        _catalog(pdf, out, matcher, note)
        if outlines and _outlines(pdf, out, matcher, note, labels or {}) and "Catalog/Outlines" in note.names:
            note.names.remove("Catalog/Outlines")
    except Exception:
        out.close()
        raise
    return out, note.names


class _PredicateMatcher(SecretMatcher):
    """A plain predicate used where a matcher is expected (tests, callers with their own rule)."""

    def __init__(self, pred: Matcher) -> None:
        super().__init__(())
        self._pred = pred

    def __bool__(self) -> bool:
        return True

    def find_indices(self, raw: str) -> list[int]:
        return [0] if raw and self._pred(raw) else []


# ------------------------------------------------------------------------------------------ notes

def _note_document(pdf: pikepdf.Pdf, note: _Notes) -> None:
    info = pdf.trailer.get("/Info")
    if isinstance(info, pikepdf.Dictionary):
        for k in sorted(info.keys()):  # pikepdf gives a set: sorted, the report is the same every run
            if k != "/Producer" or str(info.get("/Producer")) != "woo_redact":
                note(f"Info{k}")
    root = pdf.Root
    for k in sorted(root.keys()):
        if k in ("/Type", "/Pages", "/PageLabels", "/Lang", "/OCProperties", "/PageLayout"):
            continue
        if k == "/Metadata":
            note("Metadata")
        elif k == "/Names" and isinstance(root.get("/Names"), pikepdf.Dictionary):
            for n in sorted(root.Names.keys()):
                note(f"Names{n}")
        else:
            note(f"Catalog{k}")
    if pdf.is_encrypted:
        pass  # the caller names it
    for page in pdf.pages:
        for k in sorted(page.obj.keys()):
            if k in ("/Thumb", "/AA", "/PieceInfo", "/Metadata", "/B", "/StructParents"):
                note("Metadata" if k == "/Metadata" else f"Page{k}")


# ------------------------------------------------------------------------------------------ annotations

def _prepare_annotations(
    pdf: pikepdf.Pdf, note: _Notes, flatten: bool
) -> tuple[dict[int, list[pikepdf.Dictionary]], dict[int, set[str]]]:
    """With ``flatten``, draw visible annotations (form fields with a value, stamps, notes…) into
    their pages; return each page's link annotations (rebuilt later) and the XObject names the
    flattening added per page; drop every other annotation."""
    links: dict[int, list[pikepdf.Dictionary]] = {}
    flattened: dict[int, set[str]] = {}
    flatten_pages: list[int] = []
    for pno, page in enumerate(pdf.pages):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        widgets = []
        for a in annots:
            if not isinstance(a, pikepdf.Dictionary):
                continue
            sub = str(a.get("/Subtype", ""))
            if sub == "/Link":
                links.setdefault(pno, []).append(a)
            elif _flattens(a, sub, flatten):
                widgets.append(a)
            elif sub != "/Popup":
                note(f"Annots{sub or '/Unknown'}")
        if widgets:
            page.obj["/Annots"] = pikepdf.Array(widgets)
            flatten_pages.append(pno)
        else:
            del page.obj["/Annots"]
    if "/AcroForm" in pdf.Root:
        note("AcroForm")
    if flatten_pages:
        before = {p: set(_xobject_names(pdf.pages[p].obj)) for p in flatten_pages}
        try:
            pdf.flatten_annotations("screen")
            note("AcroForm/flattened")
        except pikepdf.PdfError:
            note("AcroForm/dropped")
        for p in flatten_pages:
            po = pdf.pages[p].obj
            if "/Annots" in po:
                del po["/Annots"]  # what could not be flattened is dropped
            flattened[p] = set(_xobject_names(po)) - before[p]
    return links, flattened


# Annotations that cover the page (an earlier reviewer's black box, an unapplied redaction mark):
# dropping them would show what they hid, so their appearance is drawn into the page even when
# ``flatten`` is off (the render check then sees them and the document fails closed).
_COVER_SUBTYPES = frozenset({"/Redact", "/Square", "/Circle", "/Polygon"})


def _flattens(a: pikepdf.Dictionary, sub: str, flatten: bool) -> bool:
    """Whether annotation ``a`` is drawn into its page rather than dropped."""
    if "/AP" not in a or _hidden(a) or sub in ("/Popup", "/Link"):
        return False
    if sub in _COVER_SUBTYPES and isinstance(a.get("/IC"), pikepdf.Array) and len(a["/IC"]):
        return True  # filled: it hides what lies beneath
    if not flatten:
        return False
    return sub != "/Widget" or _field_value(a) is not None


def _xobject_names(po: pikepdf.Dictionary) -> list[str]:
    res = _inherited(po, "/Resources")
    xo = res.get("/XObject") if isinstance(res, pikepdf.Dictionary) else None
    return [str(k) for k in xo.keys()] if isinstance(xo, pikepdf.Dictionary) else []


def _hidden(a: pikepdf.Dictionary) -> bool:
    try:
        flags = int(a.get("/F", 0))
    except (TypeError, ValueError):
        return True
    return bool(flags & (1 | 2 | 32))  # Invisible, Hidden, NoView


def _field_value(widget: pikepdf.Dictionary) -> Any:
    node: Any = widget
    for _ in range(16):
        if not isinstance(node, pikepdf.Dictionary):
            return None
        v = node.get("/V")
        if v is not None:
            if isinstance(v, pikepdf.Name) and str(v) == "/Off":
                return None
            if isinstance(v, pikepdf.String) and not bytes(v):
                return None
            return v
        node = node.get("/Parent")
    return None


def _link(out: pikepdf.Pdf, src: pikepdf.Pdf, a: pikepdf.Dictionary, matcher: SecretMatcher,
          note: _Notes) -> pikepdf.Dictionary | None:
    """A link rebuilt from its rectangle and a safe target, or None."""
    try:
        rect = pikepdf.Array([float(v) for v in a.get("/Rect", [])][:4])
    except (TypeError, ValueError):
        return None
    if len(rect) != 4:
        return None
    new = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=rect, Border=pikepdf.Array([0, 0, 0]))
    qp = a.get("/QuadPoints")
    if isinstance(qp, pikepdf.Array):
        try:
            new["/QuadPoints"] = pikepdf.Array([float(v) for v in qp])
        except (TypeError, ValueError):
            pass
    act = a.get("/A")
    dest = a.get("/Dest")
    if isinstance(act, pikepdf.Dictionary):
        kind = str(act.get("/S", ""))
        if kind == "/URI" and isinstance(act.get("/URI"), pikepdf.String):
            uri = bytes(act["/URI"]).decode("latin-1")
            from woo_redact.verify import string_texts

            uri_obj = act["/URI"]
            assert isinstance(uri_obj, pikepdf.String)
            if matcher.find_indices("\x00".join(string_texts(uri_obj))):
                note("Annots/URI")
                return None
            if not re.match(r"(?i)(https?|mailto|ftp):", uri):
                note("Annots/URI")
                return None
            new["/A"] = pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri))
            return new
        if kind == "/GoTo":
            dest = act.get("/D")
        else:
            note(f"Action{kind or '/Unknown'}")
            return None
    arr = _dest_array(out, src, dest)
    if arr is None:
        return None
    new["/Dest"] = arr
    return new


def _dest_array(out: pikepdf.Pdf, src: pikepdf.Pdf, dest: Any) -> pikepdf.Array | None:
    """An explicit destination in ``out`` (its page object, then names and numbers only) for a
    destination of ``src`` (explicit, named in /Dests or the /Names tree), or None."""
    explicit = _resolve_dest(src, dest)
    if explicit is None:
        return None
    target = _page_index(src, explicit[0])
    if target is None:
        return None
    arr: list[Any] = [out.pages[target].obj]
    for v in list(explicit)[1:]:
        if isinstance(v, pikepdf.Name) or v is None or isinstance(v, (int, float)) or (hasattr(v, "__float__") and not isinstance(v, pikepdf.Object)):
            arr.append(v)
        else:
            try:
                arr.append(float(v))
            except (TypeError, ValueError):
                arr.append(None)
    return pikepdf.Array(arr)


# ------------------------------------------------------------------------------------------ outlines

TITLE_LABEL = "[…]"  # what replaces a redacted string in a bookmark title when its label is unknown
MAX_OUTLINE_ITEMS = 5000
MAX_OUTLINE_DEPTH = 16
MAX_TITLE_CHARS = 512


class _UncleanTitle(Exception):
    """A bookmark title still shows a redacted string after replacement: drop all bookmarks."""


def redact_title(title: str, matcher: SecretMatcher, labels: Mapping[str, str]) -> str:
    """``title`` with every redacted string replaced by its label; raises :class:`_UncleanTitle`
    when a redacted string is still readable afterwards (split oddly, another normal form)."""
    from woo_redact.textmatch import occurrence_regex

    title = title[:MAX_TITLE_CHARS]
    found = matcher.find_indices(title)
    for i in sorted(found, key=lambda k: -len(matcher.secrets[k])):
        secret = matcher.secrets[i]
        title = occurrence_regex(secret).sub(labels.get(secret, TITLE_LABEL), title)
    if found and matcher.find_indices(title):
        raise _UncleanTitle
    return title


def _outlines(src: pikepdf.Pdf, out: pikepdf.Pdf, matcher: SecretMatcher, note: _Notes,
              labels: Mapping[str, str]) -> bool:
    """Rebuild ``src``'s bookmarks in ``out``: fresh items holding only a redacted title, an
    in-document destination (actions other than GoTo are not copied), colour and style.
    Returns whether bookmarks were written."""
    top = src.Root.get("/Outlines")
    if not isinstance(top, pikepdf.Dictionary):
        return False
    budget = [MAX_OUTLINE_ITEMS]
    seen: set[tuple[int, int]] = set()

    def level(first: Any, parent: pikepdf.Dictionary, depth: int) -> tuple[list[pikepdf.Dictionary], int]:
        items: list[pikepdf.Dictionary] = []
        visible = 0
        node = first
        while isinstance(node, pikepdf.Dictionary) and budget[0] > 0:
            key = node.objgen
            if key in seen:
                break
            seen.add(key)
            budget[0] -= 1
            raw = node.get("/Title")
            title = str(raw) if isinstance(raw, pikepdf.String) else ""
            new = out.make_indirect(pikepdf.Dictionary(Title=pikepdf.String(redact_title(title, matcher, labels)), Parent=parent))
            dest = node.get("/Dest")
            act = node.get("/A")
            if isinstance(act, pikepdf.Dictionary):
                if str(act.get("/S", "")) == "/GoTo":
                    dest = act.get("/D")
                else:
                    note("Outlines/Action")
            arr = _dest_array(out, src, dest) if dest is not None else None
            if arr is not None:
                new["/Dest"] = arr
            colour = node.get("/C")
            if isinstance(colour, pikepdf.Array) and len(colour) == 3:
                try:
                    new["/C"] = pikepdf.Array([float(v) for v in colour])
                except (TypeError, ValueError):
                    pass
            flags = node.get("/F")
            if isinstance(flags, int) and not isinstance(flags, bool):
                new["/F"] = int(flags) & 3
            if depth < MAX_OUTLINE_DEPTH:
                kids, kid_visible = level(node.get("/First"), new, depth + 1)
                if kids:
                    new["/First"], new["/Last"] = kids[0], kids[-1]
                    try:
                        closed = int(node.get("/Count", 0)) < 0
                    except (TypeError, ValueError):
                        closed = False
                    new["/Count"] = -len(kids) if closed else kid_visible
                    if not closed:
                        visible += kid_visible
            items.append(new)
            visible += 1
            node = node.get("/Next")
        for a, b in itertools.pairwise(items):
            a["/Next"], b["/Prev"] = b, a
        return items, visible

    root = out.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines))
    try:
        items, visible = level(top.get("/First"), root, 0)
    except _UncleanTitle:
        note("Outlines/Title")
        return False
    if not items:
        return False
    root["/First"], root["/Last"], root["/Count"] = items[0], items[-1], visible
    out.Root["/Outlines"] = root
    return True


def _resolve_dest(pdf: pikepdf.Pdf, dest: Any) -> pikepdf.Array | None:
    if isinstance(dest, pikepdf.Dictionary):
        dest = dest.get("/D")
    if isinstance(dest, pikepdf.Array):
        return dest if len(dest) else None
    if isinstance(dest, (pikepdf.String, pikepdf.Name)):
        key = str(dest)[1:] if isinstance(dest, pikepdf.Name) else str(dest)
        root = pdf.Root
        try:
            dests = root.get("/Dests")
            if isinstance(dests, pikepdf.Dictionary) and f"/{key}" in dests:
                return _resolve_dest(pdf, dests[f"/{key}"])
            names = root.get("/Names")
            if isinstance(names, pikepdf.Dictionary) and "/Dests" in names:
                from pikepdf import NameTree

                tree = NameTree(names["/Dests"])
                if key in tree:
                    return _resolve_dest(pdf, tree[key])
        except Exception:
            return None
    return None


def _page_index(pdf: pikepdf.Pdf, ref: Any) -> int | None:
    if isinstance(ref, int) and not isinstance(ref, bool):
        return ref if 0 <= ref < len(pdf.pages) else None
    if not isinstance(ref, pikepdf.Dictionary):
        return None
    for i, p in enumerate(pdf.pages):
        if p.obj.objgen == ref.objgen:
            return i
    return None


# ------------------------------------------------------------------------------------------ pages and resources

def _inherited(page: Any, key: str) -> Any:
    from .redact import inherited

    return inherited(page, key)


@dataclass
class _Used:
    """Resource names a content stream uses, per kind."""

    names: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in _RES_KINDS})

    def add(self, kind: str, name: Any) -> None:
        if isinstance(name, pikepdf.Name):
            self.names[kind].add(str(name))


class _Builder:
    """Cleans the kept objects in place (they belong to the input's in-memory copy, never saved)
    and builds page dictionaries holding only what rendering needs."""

    def __init__(self, pdf: pikepdf.Pdf, matcher: SecretMatcher, note: _Notes, flattened: dict[int, set[str]]) -> None:
        from woo_redact.pdf.fonts import FontLoader

        self.pdf = pdf
        self.matcher = matcher
        self.note = note
        self.fonts = FontLoader(unicode=True, shared="write")
        self.done: dict[tuple[int, int], Any] = {}
        self.page_no = 0
        self.counter = 0
        self.flattened = flattened  # per page: XObjects that hold flattened form fields

    # -- pages ------------------------------------------------------------------------------------
    def page(self, po: pikepdf.Dictionary) -> pikepdf.Dictionary:
        new = pikepdf.Dictionary(Type=pikepdf.Name.Page)
        for k in _PAGE_BOXES:
            v = _inherited(po, k) if k in ("/MediaBox", "/CropBox") else po.get(k)
            if isinstance(v, pikepdf.Array):
                try:
                    new[k] = pikepdf.Array([float(x) for x in v][:4])
                except (TypeError, ValueError):
                    pass
        if "/MediaBox" not in new:
            new["/MediaBox"] = pikepdf.Array([0, 0, 612, 792])
        rot = _inherited(po, "/Rotate")
        try:
            if rot is not None and int(rot) % 360:
                new["/Rotate"] = int(rot) % 360
        except (TypeError, ValueError):
            pass
        uu = po.get("/UserUnit")
        if isinstance(uu, (int, float)) or (uu is not None and hasattr(uu, "__float__")):
            try:
                new["/UserUnit"] = float(uu)
            except (TypeError, ValueError):
                pass
        grp = po.get("/Group")
        if isinstance(grp, pikepdf.Dictionary):
            new["/Group"] = self.clean(grp, "generic")
        res = _inherited(po, "/Resources")
        flattened = self.flattened.get(self.page_no, set())
        try:
            instrs = pikepdf.parse_content_stream(po) if "/Contents" in po else []
            data, resources = self.content(instrs, res, aux=False, aux_xobjects=flattened)
        except pikepdf.PdfError:
            # Unparseable here (the rewriter rasterised such pages): keep the bytes and every
            # resource, cleaned; the verifier reads the raw bytes.
            data, resources = _raw_contents(po), self._all_resources(res)
            self.note("Page/Contents")
        new["/Resources"] = resources
        new["/Contents"] = self.pdf.make_stream(data)
        return new

    # -- content streams --------------------------------------------------------------------------
    def content(self, instrs: list[Any], res: Any, *, aux: bool,
                aux_xobjects: frozenset[str] | set[str] = frozenset()) -> tuple[bytes, pikepdf.Dictionary]:
        """A content stream's bytes (text showing a redacted string removed when ``aux``) and
        a fresh resource dictionary with only what it uses."""
        res = res if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary()
        used = _Used()
        renames: dict[tuple[str, str], pikepdf.Name] = {}
        out: list[Any] = []
        block: list[int] = []  # indices in ``out`` of the current text object's show operators
        block_text: list[tuple[str, str]] = []
        font: Any = None
        for ins in instrs:
            op = str(ins.operator)
            # Only the operators below read their operands (converting them costs per instruction).
            ops = list(ins.operands) if op in _OPERAND_OPS else []
            if op == "Tf" and ops:
                used.add("/Font", ops[0])
                font = self.fonts.load(_res_get(res, "/Font", ops[0]))
            elif op == "Do" and ops:
                used.add("/XObject", ops[0])
            elif op == "gs" and ops:
                used.add("/ExtGState", ops[0])
            elif op == "sh" and ops:
                used.add("/Shading", ops[0])
            elif op in ("scn", "SCN") and ops and isinstance(ops[-1], pikepdf.Name):
                used.add("/Pattern", ops[-1])
            elif op in ("cs", "CS") and ops and isinstance(ops[0], pikepdf.Name) and str(ops[0]) not in _DEVICE_CS:
                used.add("/ColorSpace", ops[0])
            elif op in ("BDC", "DP") and len(ops) >= 2:
                if isinstance(ops[1], pikepdf.Name):
                    used.add("/Properties", ops[1])
                elif isinstance(ops[1], pikepdf.Dictionary):
                    cleaned = self._clean_props_inline(ops[1])
                    if cleaned is not None:
                        ins = pikepdf.ContentStreamInstruction([ops[0], cleaned], pikepdf.Operator(op))
            elif op == "INLINE IMAGE":
                cs = _inline_cs(ins)
                if cs is not None:
                    used.add("/ColorSpace", cs)
            elif op == "BT":
                block, block_text = [], []
            elif op == "ET" and block and self.matcher.find_indices(_joined(block_text)):
                for i in block:
                    out[i] = None
                self.note("Text/hidden")
            if op in ("Tj", "TJ", "'", '"') and aux:
                block.append(len(out))
                block_text.append(_show_text(font, op, ops))
            out.append(ins)
        if aux and block and self.matcher.find_indices(_joined(block_text)):  # an unterminated text object
            for i in block:
                out[i] = None
        kept = [i for i in out if i is not None]
        resources = self._resources(res, used, renames, aux_xobjects)
        if renames:
            kept = [_renamed(i, renames) for i in kept]
        return pikepdf.unparse_content_stream(kept), resources

    def _clean_props_inline(self, d: pikepdf.Dictionary) -> pikepdf.Dictionary | None:
        hit = [k for k, v in d.items() if isinstance(v, pikepdf.String) and self._hits(v)]
        hit += [k for k in d.keys() if self.matcher.find_indices(str(k)[1:])]
        if not hit:
            return None
        self.note("MarkedContent/ActualText")
        return pikepdf.Dictionary({k: v for k, v in d.items() if k not in hit})

    def _resources(self, res: pikepdf.Dictionary, used: _Used, renames: dict[tuple[str, str], pikepdf.Name],
                   aux_xobjects: frozenset[str] | set[str]) -> pikepdf.Dictionary:
        new = pikepdf.Dictionary()
        for kind in _RES_KINDS:
            names = used.names[kind]
            src = res.get(kind)
            if not names or not isinstance(src, pikepdf.Dictionary):
                continue
            sub = pikepdf.Dictionary()
            for name in sorted(names):
                val = src.get(name)
                if val is None:
                    continue
                key = name
                if self.matcher.find_indices(name[1:]):
                    self.counter += 1
                    key = f"/R{self.counter}"
                    renames[(kind, name)] = pikepdf.Name(key)
                    self.note("Resources/name")
                sub[key] = self.resource(kind, val, res, aux=(kind == "/XObject" and name in aux_xobjects))
            if len(sub):
                new[kind] = sub
        return new

    def _all_resources(self, res: Any) -> pikepdf.Dictionary:
        used = _Used()
        if isinstance(res, pikepdf.Dictionary):
            for kind in _RES_KINDS:
                d = res.get(kind)
                if isinstance(d, pikepdf.Dictionary):
                    used.names[kind] |= {str(k) for k in d.keys()}
        return self._resources(res if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary(), used, {}, set())

    def resource(self, kind: str, val: Any, parent_res: pikepdf.Dictionary, *, aux: bool = False) -> Any:
        if kind == "/Font":
            return self.font(val, parent_res)
        if kind == "/XObject":
            return self.xobject(val, parent_res, aux=aux)
        if kind == "/Pattern":
            return self.pattern(val, parent_res)
        if kind == "/ExtGState":
            return self.extgstate(val, parent_res)
        if kind == "/ColorSpace":
            return self.clean(val, "colorspace")
        if kind == "/Properties":
            return self.clean(val, "properties")
        return self.clean(val, "generic")

    def _memo(self, obj: Any) -> Any:
        key = obj.objgen if isinstance(obj, pikepdf.Object) else (0, 0)
        return self.done.get(key) if key != (0, 0) else None

    def _remember(self, obj: Any, value: Any) -> Any:
        key = obj.objgen if isinstance(obj, pikepdf.Object) else (0, 0)
        if key != (0, 0):
            self.done[key] = value
        return value

    def xobject(self, x: Any, parent_res: pikepdf.Dictionary, *, aux: bool = False) -> Any:
        if not isinstance(x, pikepdf.Stream):
            return pikepdf.Null() if not isinstance(x, pikepdf.Dictionary) else self.clean(x, "generic")
        hit = self._memo(x)
        if hit is not None:
            return hit
        sub = str(x.get("/Subtype", ""))
        if sub == "/Form":
            new = self._remember(x, x)
            res = x.get("/Resources", parent_res)
            try:
                data, resources = self.content(pikepdf.parse_content_stream(x), res, aux=aux)
            except pikepdf.PdfError:  # kept as it is, with every resource; the verifier reads its bytes
                data, resources = b"", self._all_resources(res)
                self.note("XObject/unreadable")
            self._keep_keys(x, _XOBJECT_KEYS)
            if data:
                x.write(data)
            x["/Resources"] = resources
            for k in ("/Group",):
                if isinstance(x.get(k), pikepdf.Dictionary):
                    x[k] = self.clean(x[k], "generic")
            if "/OC" in x:
                x["/OC"] = self.clean(x["/OC"], "properties")
            return new
        new = self._remember(x, x)
        self._keep_keys(x, _XOBJECT_KEYS)
        for k in ("/ColorSpace",):
            if k in x:
                x[k] = self.clean(x[k], "colorspace")
        for k in ("/SMask", "/Mask"):
            v = x.get(k)
            if isinstance(v, pikepdf.Stream):
                x[k] = self.xobject(v, parent_res)
        if "/OC" in x:
            x["/OC"] = self.clean(x["/OC"], "properties")
        _strip_jpeg_metadata(x)
        return new

    def pattern(self, p: Any, parent_res: pikepdf.Dictionary) -> Any:
        hit = self._memo(p)
        if hit is not None:
            return hit
        if isinstance(p, pikepdf.Stream):  # tiling pattern: a content stream of its own
            self._remember(p, p)
            try:
                data, resources = self.content(pikepdf.parse_content_stream(p), p.get("/Resources", parent_res), aux=True)
            except pikepdf.PdfError:
                data, resources = b"", self._all_resources(p.get("/Resources", parent_res))
            self._keep_keys(p, {"/Type", "/PatternType", "/PaintType", "/TilingType", "/BBox", "/XStep", "/YStep",
                                "/Matrix", "/Resources", "/Length", "/Filter", "/DecodeParms"})
            if data:
                p.write(data)
            p["/Resources"] = resources
            return p
        return self.clean(p, "generic")

    def extgstate(self, g: Any, parent_res: pikepdf.Dictionary) -> Any:
        hit = self._memo(g)
        if hit is not None:
            return hit
        if not isinstance(g, pikepdf.Dictionary):
            return self.clean(g, "generic")
        self._remember(g, g)
        sm = g.get("/SMask")
        if isinstance(sm, pikepdf.Dictionary):
            grp = sm.get("/G")
            if isinstance(grp, pikepdf.Stream):
                sm["/G"] = self.xobject(grp, parent_res, aux=True)
            for k in list(sm.keys()):
                if k not in ("/Type", "/S", "/G", "/BC", "/TR"):
                    del sm[k]
            if "/TR" in sm:
                sm["/TR"] = self.clean(sm["/TR"], "generic")
        fnt = g.get("/Font")
        if isinstance(fnt, pikepdf.Array) and len(fnt) == 2:
            g["/Font"] = pikepdf.Array([self.font(fnt[0], parent_res), fnt[1]])
        for k in list(g.keys()):
            if k in ("/SMask", "/Font"):
                continue
            if k in _DROP_KEYS:
                del g[k]
                continue
            g[k] = self.clean(g[k], "generic")
        return g

    def font(self, f: Any, parent_res: pikepdf.Dictionary) -> Any:
        hit = self._memo(f)
        if hit is not None:
            return hit
        if not isinstance(f, pikepdf.Dictionary):
            return f
        self._remember(f, f)
        if str(f.get("/Subtype", "")) == "/Type3":
            res = f.get("/Resources", parent_res)
            procs = f.get("/CharProcs")
            merged = _Used()
            if isinstance(procs, pikepdf.Dictionary):
                for _name, proc in list(procs.items()):
                    if not isinstance(proc, pikepdf.Stream):
                        continue
                    try:
                        data, sub = self.content(pikepdf.parse_content_stream(proc), res, aux=True)
                    except pikepdf.PdfError:
                        data, sub = b"", res if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary()
                    if data:
                        proc.write(data)
                    for kind in _RES_KINDS:
                        if kind in sub:
                            merged.names[kind] |= {str(k) for k in sub[kind].keys()}
                    for k in list(proc.keys()):
                        if k not in ("/Length", "/Filter", "/DecodeParms"):
                            del proc[k]
            if isinstance(res, pikepdf.Dictionary):
                f["/Resources"] = self._resources(res, merged, {}, set())
        for k in list(f.keys()):
            if k in ("/CharProcs", "/Resources"):
                continue
            if k in _DROP_KEYS:
                del f[k]
                continue
            f[k] = self.clean(f[k], "font")
        return f

    # -- generic objects ----------------------------------------------------------------------------
    def _keep_keys(self, d: pikepdf.Object, keep: Iterable[str]) -> None:
        allowed = set(keep)
        for k in list(d.keys()):
            if k not in allowed:
                del d[k]
                if k in ("/Metadata", "/PieceInfo"):
                    self.note(k[1:])

    def _hits(self, s: pikepdf.String) -> bool:
        from woo_redact.verify import string_texts

        return bool(self.matcher.find_indices("\x00".join(string_texts(s))))

    def clean(self, obj: Any, role: str, depth: int = 0) -> Any:
        """``obj`` with private keys dropped and strings kept only where rendering needs them
        (fonts, colour spaces; optional-content names are replaced). Cleans in place."""
        if depth > 48:
            return pikepdf.Null()
        if isinstance(obj, pikepdf.String):
            if role in ("font", "colorspace", "properties") and not self._hits(obj):
                return obj
            return pikepdf.String("")
        if isinstance(obj, pikepdf.Name):
            if self.matcher.find_indices(str(obj)[1:]):
                self.note("Name")
                return pikepdf.Name("/Redacted")
            return obj
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)):
            return obj
        hit = self._memo(obj)
        if hit is not None:
            return hit
        self._remember(obj, obj)
        if isinstance(obj, pikepdf.Array):
            for i, v in enumerate(list(obj)):
                obj[i] = self.clean(v, role, depth + 1)
            return obj
        if str(obj.get("/Type", "")) == "/OCG":
            self.counter += 1
            for k in list(obj.keys()):
                if k not in ("/Type", "/Name", "/Intent"):
                    del obj[k]
            obj["/Name"] = pikepdf.String(f"Laag {self.counter}")
            return obj
        for k in list(obj.keys()):
            if k in _DROP_KEYS or self.matcher.find_indices(str(k)[1:]):
                del obj[k]
                continue
            if k in ("/Length", "/Filter", "/DecodeParms") and isinstance(obj, pikepdf.Stream):
                continue
            sub_role = "colorspace" if k in ("/ColorSpace", "/CS", "/Alternate") else role
            v = obj[k]
            new = self.clean(v, sub_role, depth + 1)
            if isinstance(v, pikepdf.String) and isinstance(new, pikepdf.String) and not bytes(new) and bytes(v):
                del obj[k]  # a string rendering does not need
                continue
            obj[k] = new
        return obj


def _raw_contents(po: pikepdf.Dictionary) -> bytes:
    contents = po.get("/Contents")
    parts = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    out = []
    for c in parts:
        if isinstance(c, pikepdf.Stream):
            try:
                out.append(c.read_bytes())
            except pikepdf.PdfError:
                continue
    return b"\n".join(out)


def _res_get(res: Any, kind: str, name: Any) -> Any:
    d = res.get(kind) if isinstance(res, pikepdf.Dictionary) else None
    return d.get(name) if isinstance(d, pikepdf.Dictionary) and isinstance(name, pikepdf.Name) else None


def _inline_cs(ins: Any) -> pikepdf.Name | None:
    try:
        d = ins.iimage.obj
    except Exception:
        return None
    cs = d.get("/ColorSpace", d.get("/CS")) if isinstance(d, pikepdf.Dictionary) else None
    if isinstance(cs, pikepdf.Name) and str(cs) not in _DEVICE_CS:
        return cs
    return None


def _show_text(font: Any, op: str, ops: Sequence[Any]) -> tuple[str, str]:
    """What a show operator displays: decoded through its font, and as raw Latin-1 bytes."""
    parts: list[Any] = []
    if op == "TJ" and ops and isinstance(ops[0], pikepdf.Array):
        parts = list(ops[0])
    elif op == '"' and len(ops) >= 3:
        parts = [ops[2]]
    elif ops:
        parts = [ops[0]]
    decoded: list[str] = []
    raw: list[str] = []
    for p in parts:
        if isinstance(p, pikepdf.String):
            data = bytes(p)
            decoded.append(font.decode(data) if font is not None else data.decode("latin-1"))
            raw.append(data.decode("latin-1"))
        else:
            try:
                if -float(p) > 150:
                    decoded.append(" ")
                    raw.append(" ")
            except (TypeError, ValueError):
                pass
    return "".join(decoded), "".join(raw)


def _joined(parts: list[tuple[str, str]]) -> str:
    return "".join(p[0] for p in parts) + "\x00" + "".join(p[1] for p in parts)


def _renamed(ins: Any, renames: dict[tuple[str, str], pikepdf.Name]) -> Any:
    op = str(ins.operator)
    kind = {"Tf": "/Font", "Do": "/XObject", "gs": "/ExtGState", "sh": "/Shading", "scn": "/Pattern", "SCN": "/Pattern",
            "cs": "/ColorSpace", "CS": "/ColorSpace", "BDC": "/Properties", "DP": "/Properties"}.get(op)
    if kind is None:
        return ins
    ops = list(ins.operands)
    changed = False
    for i, v in enumerate(ops):
        if isinstance(v, pikepdf.Name) and (kind, str(v)) in renames:
            ops[i] = renames[(kind, str(v))]
            changed = True
    return pikepdf.ContentStreamInstruction(ops, ins.operator) if changed else ins


def _strip_jpeg_metadata(x: pikepdf.Stream) -> None:
    """EXIF, XMP, IPTC and comment segments of a JPEG image go; pixels and colour data stay."""
    filt = x.get("/Filter")
    if not (filt == pikepdf.Name.DCTDecode or (isinstance(filt, pikepdf.Array) and len(filt) == 1 and filt[0] == pikepdf.Name.DCTDecode)):
        return
    try:
        data = x.read_raw_bytes()
    except pikepdf.PdfError:
        return
    if data[:2] != b"\xff\xd8":
        return
    out = bytearray(data[:2])
    i = 2
    dropped = False
    while i + 4 <= len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        if marker == 0xDA:
            break
        seglen = int.from_bytes(data[i + 2 : i + 4], "big")
        seg = data[i : i + 2 + seglen]
        if marker == 0xFE or (0xE0 <= marker <= 0xEF and marker not in _JPEG_KEEP_APP):
            dropped = True
        else:
            out += seg
        i += 2 + seglen
    if not dropped:
        return
    out += data[i:]
    dp = x.get("/DecodeParms")
    x.write(bytes(out), filter=pikepdf.Name.DCTDecode, decode_parms=dp if isinstance(dp, (pikepdf.Dictionary, pikepdf.Array)) else None)


# ------------------------------------------------------------------------------------------ catalog

def _catalog(src: pikepdf.Pdf, out: pikepdf.Pdf, matcher: SecretMatcher, note: _Notes) -> None:
    root = src.Root
    lang = root.get("/Lang")
    if isinstance(lang, pikepdf.String) and len(bytes(lang)) <= 35 and not matcher.find_indices(str(lang)):
        out.Root["/Lang"] = pikepdf.String(str(lang))
    layout = root.get("/PageLayout")
    if isinstance(layout, pikepdf.Name):
        out.Root["/PageLayout"] = layout
    labels = _page_labels(root.get("/PageLabels"), matcher, note)
    if labels is not None:
        out.Root["/PageLabels"] = labels
    ocp = _oc_properties(src, out, root.get("/OCProperties"))
    if ocp is not None:
        out.Root["/OCProperties"] = ocp
    out.trailer["/Info"] = out.make_indirect(pikepdf.Dictionary({"/Producer": pikepdf.String("woo_redact")}))
    # A fresh XMP packet with our own field only (no dates: the same input gives the same output).
    with out.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["pdf:Producer"] = "woo_redact"


def _page_labels(labels: Any, matcher: SecretMatcher, note: _Notes) -> pikepdf.Dictionary | None:
    nums: list[tuple[int, Any]] = []
    stack = [labels]
    seen = 0
    while stack and seen < 10000:
        node = stack.pop()
        seen += 1
        if not isinstance(node, pikepdf.Dictionary):
            continue
        arr = node.get("/Nums")
        if isinstance(arr, pikepdf.Array):
            for i in range(0, len(arr) - 1, 2):
                try:
                    nums.append((int(arr[i]), arr[i + 1]))
                except (TypeError, ValueError):
                    continue
        kids = node.get("/Kids")
        if isinstance(kids, pikepdf.Array):
            stack.extend(kids)
    if not nums:
        return None
    flat: list[Any] = []
    for idx, lab in sorted(nums, key=lambda t: t[0]):
        if not isinstance(lab, pikepdf.Dictionary):
            continue
        new = pikepdf.Dictionary()
        style = lab.get("/S")
        if isinstance(style, pikepdf.Name) and str(style) in ("/D", "/R", "/r", "/A", "/a"):
            new["/S"] = style
        try:
            if "/St" in lab:
                new["/St"] = int(lab["/St"])
        except (TypeError, ValueError):
            pass
        prefix = lab.get("/P")
        if isinstance(prefix, pikepdf.String):
            text = str(prefix)
            if matcher.find_indices(text):
                note("PageLabels/P")
            elif len(text) <= 64:
                new["/P"] = pikepdf.String(text)
        flat += [idx, new]
    return pikepdf.Dictionary(Nums=pikepdf.Array(flat)) if flat else None


def _oc_properties(src: pikepdf.Pdf, out: pikepdf.Pdf, ocp: Any) -> pikepdf.Dictionary | None:
    """Optional-content groups with the same default visibility; names are not copied."""
    if not isinstance(ocp, pikepdf.Dictionary):
        return None
    ocgs = [g for g in ocp.get("/OCGs", []) if isinstance(g, pikepdf.Dictionary) and g.is_indirect]
    if not ocgs:
        return None
    mapped: dict[tuple[int, int], Any] = {}
    for n, g in enumerate(ocgs, 1):
        for k in list(g.keys()):
            if k not in ("/Type", "/Name", "/Intent"):
                del g[k]
        g["/Type"] = pikepdf.Name.OCG
        if not str(g.get("/Name", "")).startswith("Laag "):
            g["/Name"] = pikepdf.String(f"Laag {n}")
        mapped[g.objgen] = out.copy_foreign(g)

    def refs(arr: Any) -> pikepdf.Array:
        return pikepdf.Array([mapped[x.objgen] for x in (arr if isinstance(arr, pikepdf.Array) else [])
                              if isinstance(x, pikepdf.Dictionary) and x.objgen in mapped])

    def order(arr: Any, depth: int = 0) -> pikepdf.Array:
        items: list[Any] = []
        for x in arr if isinstance(arr, pikepdf.Array) else []:
            if isinstance(x, pikepdf.Array) and depth < 8:
                items.append(order(x, depth + 1))
            elif isinstance(x, pikepdf.Dictionary) and x.objgen in mapped:
                items.append(mapped[x.objgen])
        return pikepdf.Array(items)

    d = ocp.get("/D")
    config = pikepdf.Dictionary()
    if isinstance(d, pikepdf.Dictionary):
        base = d.get("/BaseState")
        if isinstance(base, pikepdf.Name) and str(base) in ("/ON", "/OFF", "/Unchanged"):
            config["/BaseState"] = base
        for k in ("/ON", "/OFF", "/Locked"):
            if k in d:
                config[k] = refs(d[k])
        if "/Order" in d:
            config["/Order"] = order(d["/Order"])
        if "/RBGroups" in d:
            config["/RBGroups"] = pikepdf.Array([refs(g) for g in d["/RBGroups"] if isinstance(g, pikepdf.Array)])
    return pikepdf.Dictionary(OCGs=pikepdf.Array(list(mapped.values())), D=config)


# ------------------------------------------------------------------------------------------ annotations under boxes

def _clear_field_value(widget: pikepdf.Dictionary) -> None:
    """A widget under a box shows the field's value: clear it on the widget and its parents."""
    node: Any = widget
    for _ in range(16):
        if not isinstance(node, pikepdf.Dictionary):
            return
        for k in ("/V", "/DV", "/RV"):
            if k in node:
                del node[k]
        node = node.get("/Parent")


def _gut(annot: Any) -> None:
    """Empty a removed annotation: it may stay reachable (struct tree /OBJR, /Popup), so keep a stub."""
    if isinstance(annot, pikepdf.Dictionary):
        for k in list(annot.keys()):
            if k not in ("/Type", "/Subtype", "/Rect", "/P"):
                del annot[k]


def _set_annots(page: pikepdf.Dictionary, keep: list[Any]) -> None:
    if keep:
        page["/Annots"] = pikepdf.Array(keep)
    elif "/Annots" in page:
        del page["/Annots"]


def remove_annotations_in(pdf: pikepdf.Pdf, page: pikepdf.Dictionary, boxes: list[tuple[float, float, float, float]]) -> int:
    """Remove annotations whose /Rect overlaps any box; return how many went."""
    annots = page.get("/Annots")
    if not isinstance(annots, pikepdf.Array):
        return 0
    keep = []
    removed: set[tuple[int, int]] = set()
    for a in annots:
        if not isinstance(a, pikepdf.Dictionary):
            continue
        try:
            r = [float(v) for v in a.get("/Rect", [])][:4]
            rect = (min(r[0], r[2]), min(r[1], r[3]), max(r[0], r[2]), max(r[1], r[3]))
        except (TypeError, ValueError, IndexError):
            keep.append(a)
            continue
        if any(rect[0] < b[2] and b[0] < rect[2] and rect[1] < b[3] and b[1] < rect[3] for b in boxes):
            removed.add(a.objgen)
            if str(a.get("/Subtype", "")) == "/Widget":
                _clear_field_value(a)
            _gut(a)
        else:
            keep.append(a)
    if not removed:
        return 0
    keep = [a for a in keep if not (str(a.get("/Subtype", "")) == "/Popup" and isinstance(a.get("/Parent"), pikepdf.Dictionary)
                                    and a.Parent.objgen in removed)]
    _set_annots(page, keep)
    prune_fields(pdf, removed)
    return len(removed)


def _walk_fields(root: pikepdf.Object) -> Iterable[pikepdf.Dictionary]:
    acro = root.get("/AcroForm")
    if not isinstance(acro, pikepdf.Dictionary):
        return
    seen: set[tuple[int, int]] = set()
    stack = list(acro.get("/Fields", []))
    while stack:
        f = stack.pop()
        if not isinstance(f, pikepdf.Dictionary) or f.objgen in seen:
            continue
        seen.add(f.objgen)
        yield f
        kids = f.get("/Kids")
        if isinstance(kids, pikepdf.Array):
            stack.extend(kids)


def prune_fields(pdf: pikepdf.Pdf, removed: set[tuple[int, int]]) -> None:
    """Remove deleted widget annotations from the AcroForm field tree (Fields and Kids)."""
    root = pdf.Root
    acro = root.get("/AcroForm")
    if not isinstance(acro, pikepdf.Dictionary):
        return
    fields = acro.get("/Fields")
    if isinstance(fields, pikepdf.Array):
        acro["/Fields"] = pikepdf.Array([f for f in fields if not (isinstance(f, pikepdf.Dictionary) and f.objgen in removed)])
    for f in _walk_fields(root):
        kids = f.get("/Kids")
        if isinstance(kids, pikepdf.Array):
            f["/Kids"] = pikepdf.Array([k for k in kids if not (isinstance(k, pikepdf.Dictionary) and k.objgen in removed)])
