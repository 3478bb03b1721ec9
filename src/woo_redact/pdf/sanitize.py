"""Document-level scrubbing: metadata, active content, attachments and text outside the pages.

Scope (always run, even without boxes):

* ``/Info`` is replaced by a dictionary holding only ``/Producer (woo_redact)``; every XMP
  ``/Metadata`` stream and ``/PieceInfo`` dictionary is removed from every object.
* JavaScript, ``/OpenAction``, ``/AA``, Launch/SubmitForm/ImportData/GoToE actions, XFA,
  embedded files (``/EmbeddedFiles``, ``/AF``, FileAttachment annotations), rich media
  annotations and page thumbnails (``/Thumb``) are removed.
* With scrub strings (matched case-insensitively, whitespace-normalised): outline titles and
  optional-content layer names are cleared, outline URI actions, page-label prefixes, structure-tree ``/ActualText /Alt /T /E`` and form-field
  ``/V /DV /TU /RV`` (plus the widget appearance) are removed, and annotations whose
  ``/Contents``, ``/RC``, ``/T``, ``/Subj`` or link URI hold one are removed.

:func:`remove_annotations_in` removes annotations whose ``/Rect`` overlaps a box and prunes the
removed widgets from the AcroForm field tree, so no field keeps a reference to them. A removed
annotation is also emptied to a stub (``/Type /Subtype /Rect /P``), because a structure tree
``/OBJR`` may still reach it.

Reports name the keys that were scrubbed, never their values.

Limits: named-destination keys are kept; article threads are dropped whole; strings inside
fonts or ICC profiles are not examined; metadata inside image or font files (EXIF in a JPEG,
say) is not rewritten. Text that optional content hides is removed only where it lies under
a box (the rewriter ignores visibility); hidden text elsewhere is not searched for scrub strings.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable

import pikepdf

Matcher = Callable[[str], bool]

_BAD_ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToE", "/RichMediaExecute"}
_ACTIVE_ANNOTS = {"/FileAttachment", "/Sound", "/Movie", "/Screen", "/RichMedia", "/3D"}
_WS = re.compile(r"\s+")


def make_matcher(scrub_strings: Iterable[str]) -> Matcher:
    """A predicate: does a text contain any scrub string (case-insensitive, whitespace-normalised)?"""
    needles = []
    for s in scrub_strings:
        n = _WS.sub(" ", s).strip().casefold()
        if n:
            needles.append((n, n.replace(" ", "")))

    def matches(text: str) -> bool:
        if not needles or not text:
            return False
        t = _WS.sub(" ", text).casefold()
        t2 = t.replace(" ", "")
        return any(a in t or b in t2 for a, b in needles)

    return matches


def _text(obj: Any) -> str:
    if isinstance(obj, pikepdf.String):
        try:
            return str(obj)
        except Exception:
            return bytes(obj).decode("latin-1", "replace")
    if isinstance(obj, pikepdf.Stream):
        try:
            return obj.read_bytes().decode("utf-8", "replace")
        except Exception:
            return ""
    if isinstance(obj, pikepdf.Array):
        return " ".join(_text(x) for x in obj)
    if isinstance(obj, pikepdf.Name):
        return str(obj)[1:]
    return ""


def scrub_document(pdf: pikepdf.Pdf, matches: Matcher) -> list[str]:
    """Scrub everything outside page content; return the names of what was removed."""
    done: list[str] = []

    def note(name: str) -> None:
        if name not in done:
            done.append(name)

    _scrub_info(pdf, note)
    root = pdf.Root
    for key in ("/OpenAction", "/AA", "/AF", "/Collection", "/SpiderInfo", "/Threads", "/Perms"):
        if key in root:
            del root[key]
            note(f"Catalog{key}")
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        for key in ("/JavaScript", "/EmbeddedFiles"):
            if key in names:
                del names[key]
                note(f"Names{key}")
    acro = root.get("/AcroForm")
    if isinstance(acro, pikepdf.Dictionary) and "/XFA" in acro:
        del acro["/XFA"]
        note("AcroForm/XFA")
    _scrub_objects(pdf, note)
    for page in pdf.pages:
        po = page.obj
        for key in ("/Thumb", "/AA"):
            if key in po:
                del po[key]
                note(f"Page{key}")
    _scrub_outlines(root, matches, note)
    _scrub_layer_names(root, matches, note)
    _scrub_page_labels(root, matches, note)
    _scrub_struct_tree(root, matches, note)
    _scrub_fields(root, matches, note)
    _scrub_annotations(pdf, matches, note)
    _scrub_remaining_strings(pdf, matches, note)
    return done


def _scrub_remaining_strings(pdf: pikepdf.Pdf, matches: Matcher, note: Callable[[str], None]) -> None:
    """Last sweep: any string value anywhere (named destinations, bead titles, field names,
    private keys of producers) that still holds a redacted string is emptied."""
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            continue
        try:
            items = list(obj.items())
        except Exception:  # noqa: BLE001 - unreadable objects are not rewritten
            continue
        for key, val in items:
            if isinstance(val, pikepdf.String) and matches(_text(val)):
                obj[key] = pikepdf.String("")
                note(f"String{key}")
            elif isinstance(val, pikepdf.Array):
                for i, item in enumerate(val):
                    if isinstance(item, pikepdf.String) and matches(_text(item)):
                        val[i] = pikepdf.String("")
                        note(f"String{key}")


def _scrub_info(pdf: pikepdf.Pdf, note: Callable[[str], None]) -> None:
    info = pdf.trailer.get("/Info")
    if isinstance(info, pikepdf.Dictionary):
        for k in info.keys():
            if k != "/Producer":
                note(f"Info{k}")
        if "/Producer" in info and str(info.get("/Producer")) != "woo_redact":
            note("Info/Producer")
    pdf.trailer["/Info"] = pdf.make_indirect(pikepdf.Dictionary({"/Producer": pikepdf.String("woo_redact")}))


# Keys removed from every object: XMP, private app data, attachments, actions and scripts.
_DROP_KEYS = (("/Metadata", "Metadata"), ("/PieceInfo", "PieceInfo"), ("/AF", "AF"), ("/AA", "AA"), ("/JS", "JavaScript"))


def _scrub_objects(pdf: pikepdf.Pdf, note: Callable[[str], None]) -> None:
    """Per-object keys that are never needed for display: XMP, PieceInfo, /AA, bad actions, /AF."""
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            continue
        try:
            keys = set(obj.keys())
        except Exception:
            continue
        for key, name in _DROP_KEYS:
            if key in keys:
                del obj[key]
                note(name)
        for key in ("/A", "/Next"):
            if key in keys:
                act = obj.get(key)
                if isinstance(act, pikepdf.Dictionary) and str(act.get("/S", "")) in _BAD_ACTIONS:
                    del obj[key]
                    note(f"Action{act.get('/S')}")


def _scrub_outlines(root: pikepdf.Dictionary, matches: Matcher, note: Callable[[str], None]) -> None:
    outlines = root.get("/Outlines")
    if not isinstance(outlines, pikepdf.Dictionary):
        return
    seen: set[tuple[int, int]] = set()
    stack = [outlines.get("/First")]
    while stack:
        item = stack.pop()
        if not isinstance(item, pikepdf.Dictionary):
            continue
        key = item.objgen
        if key in seen:
            continue
        seen.add(key)
        if "/Title" in item and matches(_text(item["/Title"])):
            item["/Title"] = pikepdf.String("")
            note("Outlines/Title")
        act = item.get("/A")
        if isinstance(act, pikepdf.Dictionary) and "/URI" in act and matches(_text(act["/URI"])):
            del item["/A"]
            note("Outlines/URI")
        stack.append(item.get("/First"))
        stack.append(item.get("/Next"))


def _scrub_layer_names(root: pikepdf.Dictionary, matches: Matcher, note: Callable[[str], None]) -> None:
    """Optional-content group names are shown in viewers' layer panels."""
    ocp = root.get("/OCProperties")
    if not isinstance(ocp, pikepdf.Dictionary):
        return
    for ocg in ocp.get("/OCGs", []):
        if isinstance(ocg, pikepdf.Dictionary) and "/Name" in ocg and matches(_text(ocg["/Name"])):
            ocg["/Name"] = pikepdf.String("")
            note("OCProperties/Name")


def _scrub_page_labels(root: pikepdf.Dictionary, matches: Matcher, note: Callable[[str], None]) -> None:
    labels = root.get("/PageLabels")
    stack = [labels]
    seen = 0
    while stack and seen < 10000:
        node = stack.pop()
        seen += 1
        if not isinstance(node, pikepdf.Dictionary):
            continue
        nums = node.get("/Nums")
        if isinstance(nums, pikepdf.Array):
            for i in range(1, len(nums), 2):
                lab = nums[i]
                if isinstance(lab, pikepdf.Dictionary) and "/P" in lab and matches(_text(lab["/P"])):
                    del lab["/P"]
                    note("PageLabels/P")
        kids = node.get("/Kids")
        if isinstance(kids, pikepdf.Array):
            stack.extend(kids)


def _scrub_struct_tree(root: pikepdf.Dictionary, matches: Matcher, note: Callable[[str], None]) -> None:
    tree = root.get("/StructTreeRoot")
    if not isinstance(tree, pikepdf.Dictionary):
        return
    seen: set[tuple[int, int]] = set()
    stack: list[Any] = [tree]
    steps = 0
    while stack and steps < 500000:
        steps += 1
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
            continue
        if not isinstance(node, pikepdf.Dictionary):
            continue
        key = node.objgen
        if key != (0, 0):
            if key in seen:
                continue
            seen.add(key)
        if node.get("/Type") in ("/Page", "/Pages", "/Annot", "/XObject"):
            continue  # /OBJR and /Pg targets are not structure elements
        for k in ("/ActualText", "/Alt", "/T", "/E"):
            if k in node and matches(_text(node[k])):
                del node[k]
                note(f"StructTree{k}")
        k = node.get("/K")
        if k is not None:
            stack.append(k)


def _walk_fields(root: pikepdf.Dictionary) -> Iterable[pikepdf.Dictionary]:
    acro = root.get("/AcroForm")
    if not isinstance(acro, pikepdf.Dictionary):
        return
    seen: set[tuple[int, int]] = set()
    stack = list(acro.get("/Fields", []))
    while stack:
        f = stack.pop()
        if not isinstance(f, pikepdf.Dictionary):
            continue
        if f.objgen in seen:
            continue
        seen.add(f.objgen)
        yield f
        kids = f.get("/Kids")
        if isinstance(kids, pikepdf.Array):
            stack.extend(kids)


def _scrub_fields(root: pikepdf.Dictionary, matches: Matcher, note: Callable[[str], None]) -> None:
    for f in _walk_fields(root):
        hit = False
        for k in ("/V", "/DV", "/RV", "/TU", "/TM"):
            if k in f and matches(_text(f[k])):
                del f[k]
                note(f"AcroForm{k}")
                hit = True
        if hit:
            for w in [f, *[k for k in f.get("/Kids", []) if isinstance(k, pikepdf.Dictionary)]]:
                if "/AP" in w:
                    del w["/AP"]
                    note("AcroForm/AP")


def _annot_hits_text(annot: pikepdf.Dictionary, matches: Matcher) -> str | None:
    for k in ("/Contents", "/RC", "/T", "/Subj"):
        if k in annot and matches(_text(annot[k])):
            return f"Annots{k}"
    act = annot.get("/A")
    if isinstance(act, pikepdf.Dictionary) and "/URI" in act and matches(_text(act["/URI"])):
        return "Annots/URI"
    return None


def _scrub_annotations(pdf: pikepdf.Pdf, matches: Matcher, note: Callable[[str], None]) -> None:
    removed: set[tuple[int, int]] = set()
    for page in pdf.pages:
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        keep = []
        for a in annots:
            if not isinstance(a, pikepdf.Dictionary):
                continue
            why = None
            if str(a.get("/Subtype", "")) in _ACTIVE_ANNOTS:
                why = f"Annots{a.get('/Subtype')}"
            elif str(a.get("/Subtype", "")) != "/Widget":
                why = _annot_hits_text(a, matches)
            if why:
                note(why)
                removed.add(a.objgen)
                _gut(a)
            else:
                keep.append(a)
        _set_annots(page.obj, _drop_orphan_popups(keep, removed))
    if removed:
        prune_fields(pdf, removed)


def _clear_field_value(widget: pikepdf.Dictionary) -> None:
    """A widget under a box shows the field's value: clear it on the field (the widget's parents)."""
    node: Any = widget.get("/Parent")
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


def _drop_orphan_popups(keep: list[Any], removed: set[tuple[int, int]]) -> list[Any]:
    out = []
    for a in keep:
        parent = a.get("/Parent") if str(a.get("/Subtype", "")) == "/Popup" else None
        if isinstance(parent, pikepdf.Dictionary) and parent.objgen in removed:
            removed.add(a.objgen)
            _gut(a)
            continue
        out.append(a)
    return out


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
    keep = _drop_orphan_popups(keep, removed)
    _set_annots(page, keep)
    prune_fields(pdf, removed)
    return len(removed)


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
