"""The review functions behind the workbench: every change an officer makes, saved at once.

A :class:`ReviewFolder` wraps one scan folder (``REVIEW/decisions.json``). Each method changes
the decisions in memory, appends who did what and when to ``history`` and writes the file
atomically before it returns (the previous version is kept as ``decisions.previous.json``), so
a crash or a closed browser tab loses nothing. The web server is a thin layer over these
methods; they are also usable from Python or a notebook.

The file stays the ``woo-redact-decisions`` format of :mod:`woo_redact.review`; the fields
added here (``history``, per-document ``status``/``checked_pages``/sign-off, per-finding
``reviewer``/``changed_at``, manual ``id``/``reviewer``) are optional, so ``apply`` and older
files keep working.
"""

from __future__ import annotations

import datetime
import enum
import hashlib
import json
import os
import re
import shutil
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ReviewFileError, WooRedactError

DECISIONS = "decisions.json"
PREVIOUS = "decisions.previous.json"


class ReviewActionError(WooRedactError):
    """A workbench action cannot be done as asked (unknown finding, four-eyes rule, ...)."""


class DocStatus(str, enum.Enum):
    """Where a document is in the review: concept → gecontroleerd → vrijgegeven (four eyes)."""

    CONCEPT = "concept"
    CHECKED = "gecontroleerd"
    RELEASED = "vrijgegeven"

    def __str__(self) -> str:
        return self.value


#: Dutch values an officer may type in decisions.json or the spreadsheet, next to the English ones.
DUTCH_DECISIONS: dict[str, str] = {"lakken": "redact", "openbaar": "keep", "controleren": "review"}
ENGLISH_TO_DUTCH: dict[str, str] = {v: k for k, v in DUTCH_DECISIONS.items()}
DECISION_VALUES = ("redact", "keep", "review")


def canonical_decision(value: Any, where: str) -> str:
    """``lakken``/``openbaar``/``controleren`` or ``redact``/``keep``/``review`` → the English value."""
    v = str(value).strip().casefold() if value is not None else ""
    if v in DECISION_VALUES:
        return v
    if v in DUTCH_DECISIONS:
        return DUTCH_DECISIONS[v]
    raise ReviewFileError(
        f"{where}: decision {value!r} is not one of lakken/openbaar/controleren (or redact/keep/review)"
    )


def canonical_ground(value: Any, where: str) -> str:
    """A Woo ground as typed by an officer (``5.1.2e``, ``art. 5.1 lid 2 sub e``) → its code."""
    from ..grounds import Ground

    if value is None or not str(value).strip():
        raise ReviewFileError(f"{where}: a redaction needs a 'ground' (e.g. 5.1.2e)")
    try:
        return Ground.parse(str(value)).code
    except ValueError as exc:
        raise ReviewFileError(f"{where}: 'ground' {value!r} is not a Woo ground ({exc})") from None


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def _norm_text(s: str) -> str:
    return " ".join(s.split()).casefold()


def _same_person(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and _norm_text(unicodedata.normalize("NFKC", a or "")) == _norm_text(unicodedata.normalize("NFKC", b or ""))


def reviewer_token(name: str | None) -> str:
    """The reviewer as an audit token (ASCII, no spaces): ``reviewer:anna_de_vries``."""
    if not name:
        return "reviewer"
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9_.@-]+", "_", ascii_.strip()).strip("_")[:100]
    return f"reviewer:{slug}" if slug else "reviewer"


def area_id(document: str, page: int, box: Sequence[float], ground: str, created: str) -> str:
    """A stable hex id for a manual area (audit ``finding_id``)."""
    raw = f"area:{document}:{page}:{[round(float(x), 2) for x in box]}:{ground}:{created}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Change:
    """One history entry: who changed what (a finding, a document, ...) and when."""

    at: str
    by: str
    action: str
    document: str | None = None
    target: str | None = None
    before: Any = None
    after: Any = None

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"at": self.at, "by": self.by, "action": self.action}
        for k in ("document", "target", "before", "after"):
            v = getattr(self, k)
            if v is not None:
                d[k] = v
        return d


# --------------------------------------------------------------------------- normalisation


def normalise(data: dict[str, Any], source: str = DECISIONS) -> dict[str, Any]:
    """Dutch decision values → English, grounds → canonical codes; errors name the entry."""
    from ..review import _where

    for di, doc in enumerate(data.get("documents", [])):
        for fi, f in enumerate(doc.get("findings", [])):
            where = f"{source}: {_where(data, ['documents', di, 'findings', fi])}"
            f["decision"] = canonical_decision(f.get("decision"), where)
            if f["decision"] == "redact" or f.get("ground"):
                f["ground"] = canonical_ground(f.get("ground"), where)
        for mi, m in enumerate(doc.get("manual", [])):
            m["ground"] = canonical_ground(m.get("ground"), f"{source}: {_where(data, ['documents', di, 'manual', mi])}")
        status = doc.get("status", DocStatus.CONCEPT.value)
        try:
            doc["status"] = DocStatus(str(status).strip().casefold()).value
        except ValueError:
            raise ReviewFileError(
                f"{source}: {_where(data, ['documents', di])}: status {status!r} is not concept/gecontroleerd/vrijgegeven"
            ) from None
    return data


# --------------------------------------------------------------------------- carry-over


def carry_over(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Keep an officer's work when ``scan`` runs again on a folder that has decisions.

    Per finding id: the decision, ground, note and who set them. Manual redactions, checked
    pages, status and sign-off of an unchanged input carry over as they are. Decided findings
    the new scan no longer proposes stay in the document (``carried``); documents that are no
    longer scanned move to ``removed_documents``. The history is kept. Nothing is discarded.
    """
    old_docs = {d["document"]: d for d in old.get("documents", [])}
    for doc in new.get("documents", []):
        prev = old_docs.pop(doc["document"], None)
        if prev is None:
            continue
        ids = {f["id"]: f for f in doc.get("findings", [])}
        for of in prev.get("findings", []):
            touched = of.get("reviewer") or of.get("decision") != of.get("proposed") or of.get("note")
            nf = ids.get(of["id"])
            if nf is None:
                if touched and "error" not in doc:
                    doc["findings"].append({**of, "carried": True})
                continue
            if touched:
                for k in ("decision", "ground", "note", "reviewer", "changed_at"):
                    if k in of:
                        nf[k] = of[k]
        doc["manual"] = list(prev.get("manual", [])) + [m for m in doc.get("manual", []) if m not in prev.get("manual", [])]
        same_input = prev.get("input_sha256") and prev.get("input_sha256") == doc.get("input_sha256")
        if same_input:
            for k in ("status", "checked_pages", "reviewed_by", "reviewed_at", "signed_off_by", "signed_off_at"):
                if k in prev:
                    doc[k] = prev[k]
        elif prev.get("status") not in (None, DocStatus.CONCEPT.value):
            doc.setdefault("warnings", []).append("de invoer is gewijzigd sinds de vorige controle: status teruggezet naar concept")
    removed = list(old.get("removed_documents", [])) + list(old_docs.values())
    if removed:
        new["removed_documents"] = removed
    new["history"] = list(old.get("history", [])) + [
        Change(_now(), "woo-redact scan", "rescan", after=len(new.get("documents", []))).as_dict()
    ]
    return new


# --------------------------------------------------------------------------- the folder


class ReviewFolder:
    """One scan folder under review; every public method saves before returning.

    Thread-safe (one lock): the web server handles requests on several threads.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        from ..review import load_decisions

        self.folder = Path(folder)
        self.path = self.folder / DECISIONS
        if not self.path.is_file():
            raise ReviewFileError(f"{self.path} not found: run `woo-redact scan PDFS --out {self.folder}` first")
        self.data: dict[str, Any] = load_decisions(self.path)
        self._stamp = _digest(self.path)
        self._lock = threading.RLock()
        self._docs: dict[int, Any] = {}

    # ------------------------------------------------------------------ lookup

    @property
    def documents(self) -> list[dict[str, Any]]:
        return self.data["documents"]  # type: ignore[no-any-return]

    def document(self, index: int) -> dict[str, Any]:
        if not 0 <= index < len(self.documents):
            raise ReviewActionError(f"document {index} does not exist (the scan has {len(self.documents)})")
        return self.documents[index]

    def find(self, finding_id: str) -> tuple[int, dict[str, Any]]:
        for di, doc in enumerate(self.documents):
            for f in doc["findings"]:
                if f["id"] == finding_id:
                    return di, f
        raise ReviewActionError(f"finding {finding_id} is not in {self.path}")

    def _findings(self) -> Iterator[tuple[int, dict[str, Any]]]:
        for di, doc in enumerate(self.documents):
            for f in doc["findings"]:
                yield di, f

    # ------------------------------------------------------------------ saving

    def _save(self, changes: Sequence[Change]) -> None:
        self.data.setdefault("history", []).extend(c.as_dict() for c in changes)
        save_decisions(self.folder, self.data)
        self._stamp = _digest(self.path)

    def _fresh(self) -> None:
        """Read the file again when someone else changed it (a hand edit, a rescan) since we
        last read or wrote it, so a change made here never overwrites theirs."""
        from ..review import load_decisions

        if _digest(self.path) != self._stamp:
            self.data = load_decisions(self.path)
            self._stamp = _digest(self.path)
            self._docs.clear()

    @staticmethod
    def _who(reviewer: str) -> str:
        name = " ".join(str(reviewer or "").split())
        if not name:
            raise ReviewActionError("fill in your name (beoordelaar) first: every change is recorded with a name")
        return name

    def _reopen(self, di: int, who: str, now: str) -> list[Change]:
        """A change to a checked or released document sends it back to concept (four eyes)."""
        doc = self.documents[di]
        if doc.get("status", DocStatus.CONCEPT.value) == DocStatus.CONCEPT.value:
            return []
        before = doc["status"]
        doc["status"] = DocStatus.CONCEPT.value
        for k in ("signed_off_by", "signed_off_at", "reviewed_by", "reviewed_at"):
            doc.pop(k, None)
        return [Change(now, who, "status", doc["document"], None, before, DocStatus.CONCEPT.value)]

    # ------------------------------------------------------------------ decisions

    def set_decision(
        self,
        finding_id: str,
        decision: str,
        reviewer: str,
        *,
        ground: str | None = None,
        all_occurrences: bool = False,
        note: str | None = None,
    ) -> list[str]:
        """Accept, reject or change the ground of a finding (or of every finding with its text).

        ``decision`` is lakken/openbaar/controleren or redact/keep/review. Returns the ids changed.
        """
        who = self._who(reviewer)
        with self._lock:
            self._fresh()
            _, target = self.find(finding_id)
            value = canonical_decision(decision, f"finding {finding_id}")
            g = ground if ground is not None else target.get("ground")
            code = canonical_ground(g, f"finding {finding_id}") if value == "redact" or ground else (target.get("ground") or None)
            if all_occurrences:
                key = _norm_text(target["text"])
                group = [(di, f) for di, f in self._findings() if _norm_text(f["text"]) == key]
            else:
                group = [self.find(finding_id)]
            now, changes, changed = _now(), [], []
            for di, f in group:
                before = {"decision": f["decision"], "ground": f.get("ground")}
                f["decision"] = value
                if code is not None:
                    f["ground"] = code
                if note is not None:
                    f["note"] = note
                f["reviewer"], f["changed_at"] = who, now
                changes.append(Change(now, who, "decision", self.documents[di]["document"], f["id"], before, {"decision": value, "ground": f.get("ground")}))
                changes += self._reopen(di, who, now)
                changed.append(f["id"])
            self._save(changes)
            return changed

    # ------------------------------------------------------------------ manual redactions

    def add_area(self, document: int, page: int, box: Sequence[float], ground: str, reviewer: str, note: str | None = None) -> str:
        """A box drawn by the officer (signature, photo, handwriting), in PDF points."""
        who = self._who(reviewer)
        with self._lock:
            self._fresh()
            doc = self.document(document)
            if not 1 <= int(page) <= int(doc.get("pages", 0)):
                raise ReviewActionError(f"{doc['document']}: page {page} does not exist")
            if len(box) != 4:
                raise ReviewActionError("an area needs four numbers: x0, y0, x1, y1 (PDF points)")
            x0, y0, x1, y1 = (round(float(v), 2) for v in box)
            rect = [min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)]
            if rect[2] - rect[0] < 1 or rect[3] - rect[1] < 1:
                raise ReviewActionError("the area is too small (draw a box of at least 1 point)")
            code = canonical_ground(ground, f"{doc['document']} area")
            now = _now()
            entry: dict[str, Any] = {"page": int(page), "box": rect, "ground": code, "reviewer": who, "created_at": now}
            entry["id"] = area_id(doc["document"], int(page), rect, code, now + str(len(doc["manual"])))
            if note:
                entry["note"] = note
            doc["manual"].append(entry)
            changes = [Change(now, who, "add_area", doc["document"], entry["id"], None, {"page": entry["page"], "box": rect, "ground": code})]
            changes += self._reopen(document, who, now)
            self._save(changes)
            return str(entry["id"])

    def remove_manual(self, document: int, manual_id: str, reviewer: str) -> None:
        who = self._who(reviewer)
        with self._lock:
            self._fresh()
            doc = self.document(document)
            keep = [m for m in doc["manual"] if m.get("id") != manual_id]
            if len(keep) == len(doc["manual"]):
                raise ReviewActionError(f"{doc['document']}: no manual redaction with id {manual_id}")
            gone = next(m for m in doc["manual"] if m.get("id") == manual_id)
            doc["manual"] = keep
            now = _now()
            before = {k: gone[k] for k in ("page", "box", "ground") if k in gone}
            self._save([Change(now, who, "remove_manual", doc["document"], manual_id, before, None), *self._reopen(document, who, now)])

    def extracted(self, document: int) -> Any:
        """The document's text layer as ``apply`` reads it (a :class:`~woo_redact.types.Document`,
        or None for a failed or missing input); cached. Scanned pages have no text here."""
        from ..extract import extract

        if document not in self._docs:
            doc = self.document(document)
            src = Path(doc["source"])
            self._docs[document] = None if "error" in doc or not src.is_file() else extract(src)
        return self._docs[document]

    def document_text(self, document: int) -> list[str]:
        """The text of each page, for search-and-redact."""
        ex = self.extracted(document)
        return [] if ex is None else [p.text for p in ex.pages]

    def text_boxes(self, document: int, text: str) -> list[tuple[int, list[float]]]:
        """Where a manual text redaction lands: (1-based page, PDF box) per line run of each match."""
        from ..plan import line_runs
        from ..review import manual_text_pattern

        ex = self.extracted(document)
        out: list[tuple[int, list[float]]] = []
        rx = manual_text_pattern(text)
        for page in ex.pages if ex is not None else ():
            for m in rx.finditer(page.text):
                out += [(page.number + 1, b.as_list()) for b in line_runs(page, m.start(), m.end())]
        return out

    def search(self, text: str) -> dict[int, int]:
        """Occurrences of ``text`` per document (the same matching as a manual text redaction)."""
        from ..review import manual_text_pattern

        rx = manual_text_pattern(text)
        out: dict[int, int] = {}
        for di in range(len(self.documents)):
            n = sum(len(rx.findall(t)) for t in self.document_text(di))
            if n:
                out[di] = n
        return out

    def search_redact(self, text: str, ground: str, reviewer: str) -> dict[int, int]:
        """Redact every occurrence of ``text`` in the bundle with ``ground``; hits per document."""
        who = self._who(reviewer)
        if len(text.strip()) < 2:
            raise ReviewActionError("search for at least two characters")
        with self._lock:
            self._fresh()
            code = canonical_ground(ground, "search-and-redact")
            hits = self.search(text)
            if not hits:
                raise ReviewActionError("the text does not occur in any document of this scan")
            now, changes = _now(), []
            for di in hits:
                doc = self.documents[di]
                mid = hashlib.sha256(f"text:{doc['document']}:{_norm_text(text)}:{code}:{now}".encode()).hexdigest()[:16]
                doc["manual"].append({"text": " ".join(text.split()), "ground": code, "id": mid, "reviewer": who, "created_at": now})
                changes.append(Change(now, who, "search_redact", doc["document"], mid, None, {"ground": code, "occurrences": hits[di]}))
                changes += self._reopen(di, who, now)
            self._save(changes)
            return hits

    # ------------------------------------------------------------------ pages and status

    def set_page_checked(self, document: int, page: int, checked: bool, reviewer: str) -> list[int]:
        """Mark a page complete ("pagina gecontroleerd") or not; returns the checked pages."""
        who = self._who(reviewer)
        with self._lock:
            self._fresh()
            doc = self.document(document)
            if not 1 <= int(page) <= int(doc.get("pages", 0)):
                raise ReviewActionError(f"{doc['document']}: page {page} does not exist")
            pages = set(doc.get("checked_pages", []))
            before = int(page) in pages
            (pages.add if checked else pages.discard)(int(page))
            doc["checked_pages"] = sorted(pages)
            now = _now()
            changes = [Change(now, who, "page_checked", doc["document"], str(page), before, bool(checked))]
            if not checked:
                changes += self._reopen(document, who, now)
            self._save(changes)
            return list(doc["checked_pages"])

    def set_status(self, document: int, status: str, reviewer: str) -> str:
        """concept → gecontroleerd (all pages checked, nothing left to review) → vrijgegeven.

        Releasing is the second reviewer's sign-off: their name is recorded and must differ
        from the one who set *gecontroleerd* (four-eyes principle).
        """
        who = self._who(reviewer)
        with self._lock:
            self._fresh()
            doc = self.document(document)
            try:
                new = DocStatus(str(status).strip().casefold())
            except ValueError:
                raise ReviewActionError(f"status {status!r} is not concept/gecontroleerd/vrijgegeven") from None
            old = DocStatus(doc.get("status", DocStatus.CONCEPT.value))
            now = _now()
            if new is DocStatus.CHECKED:
                missing = [p for p in range(1, int(doc.get("pages", 0)) + 1) if p not in set(doc.get("checked_pages", []))]
                if missing:
                    raise ReviewActionError(f"{doc['document']}: page(s) {', '.join(map(str, missing))} not yet checked (pagina gecontroleerd)")
                open_ = [f["id"] for f in doc["findings"] if f["decision"] == "review"]
                if open_:
                    raise ReviewActionError(f"{doc['document']}: {len(open_)} finding(s) still to decide (controleren), first {open_[0]}")
                doc["reviewed_by"], doc["reviewed_at"] = who, now
                doc.pop("signed_off_by", None)
                doc.pop("signed_off_at", None)
            elif new is DocStatus.RELEASED:
                if old is not DocStatus.CHECKED:
                    raise ReviewActionError(f"{doc['document']}: only a document with status gecontroleerd can be released (now {old.value})")
                if _same_person(doc.get("reviewed_by"), who):
                    raise ReviewActionError(
                        f"{doc['document']}: four-eyes principle: the sign-off must be by a second reviewer, not {who}"
                    )
                doc["signed_off_by"], doc["signed_off_at"] = who, now
            else:
                for k in ("signed_off_by", "signed_off_at", "reviewed_by", "reviewed_at"):
                    doc.pop(k, None)
            doc["status"] = new.value
            self._save([Change(now, who, "status", doc["document"], None, old.value, new.value)])
            return new.value


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def save_decisions(folder: str | os.PathLike[str], data: dict[str, Any]) -> Path:
    """Write ``decisions.json`` atomically; the version it replaces becomes ``decisions.previous.json``."""
    folder = Path(folder)
    path = folder / DECISIONS
    tmp = folder / f".{DECISIONS}.{os.getpid()}.{threading.get_ident()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    if path.is_file():
        prev_tmp = folder / f".{PREVIOUS}.{os.getpid()}.tmp"
        shutil.copy2(path, prev_tmp)
        os.replace(prev_tmp, folder / PREVIOUS)
    os.replace(tmp, path)
    return path
