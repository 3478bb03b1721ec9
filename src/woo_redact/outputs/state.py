"""Resume state of a bundle run, as JSON with a schema version: never pickle.

``OUT/.woo-redact/state.jsonl`` starts with a header line (format and version) and then holds
one line per document done: input hash, policy hash, a keyed hash of the input's relative name
and the output's relative name. ``OUT/.woo-redact/results/*.json`` holds one plaintext-free
summary per document (counts, grounds, boxes, warnings, errors) so the report and inventory of a
rerun cover the documents of earlier runs too.

Why not pickle: the output folder is often shared, and unpickling a file someone planted there
runs their code; and a pickled dataclass silently stops loading when the class changes. Here an
unknown version or a malformed file is ignored with a warning (that document is redone) and
never executed. Writes are atomic (temporary name, fsync, rename) or append-or-nothing, so
``kill -9`` at any moment leaves a state a rerun can use.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..types import (
    Action,
    ApplyReport,
    BBox,
    Decision,
    DocumentResult,
    EntityType,
    Finding,
    RedactBox,
    Verification,
)
from .files import append_jsonl, output_error, repair_jsonl, write_json_atomic

log = logging.getLogger(__name__)

STATE_DIR = ".woo-redact"
STATE_FORMAT = "woo-redact-state"
RESULT_FORMAT = "woo-redact-result"
STATE_VERSION = 2  # 1 was the pickled format (never read: ignored with a warning)


class StateFormatError(ValueError):
    """A state or result file that is not in the current format (skipped, never executed)."""


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A finished document as the reports of later runs need it."""

    document: str  # output path relative to the output folder (POSIX)
    result: DocumentResult  # plaintext-free: finding texts and explanations are empty
    date: str = ""  # the input's creation date (YYYY-MM-DD) for the inventory
    processed: bool = True  # False for an input that was skipped (not a PDF)


# --------------------------------------------------------------------------- codec


def _enum_value(v: Any) -> Any:
    return getattr(v, "value", v)


def encode_result(result: DocumentResult) -> dict[str, Any]:
    """A JSON object for a result, without any text of a finding."""
    return {
        "source": "",  # the input path can carry personal data; the summary does not need it
        "output": result.output,
        "ok": result.ok,
        "pages": result.pages,
        "decisions": [
            {
                "id": d.finding.id,
                "page": d.finding.page,
                "start": d.finding.start,
                "end": d.finding.end,
                "entity": _enum_value(d.finding.entity),
                "score": d.finding.score,
                "detector": d.finding.detector,
                "action": _enum_value(d.action),
                "ground": d.ground,
                "reason": str(_enum_value(d.reason)),
                "span": [d.start, d.end],
            }
            for d in result.decisions
        ],
        "boxes": [
            {"page": b.page, "bbox": [b.bbox.x0, b.bbox.y0, b.bbox.x1, b.bbox.y1], "label": b.label, "finding_ids": list(b.finding_ids)}
            for b in result.boxes
        ],
        "input_sha256": result.input_sha256,
        "output_sha256": result.output_sha256,
        "error": result.error,
        "error_type": result.error_type,
        "apply_report": {
            "glyphs_removed": result.apply_report.glyphs_removed,
            "images_redacted": result.apply_report.images_redacted,
            "annotations_removed": result.apply_report.annotations_removed,
            "paths_removed": result.apply_report.paths_removed,
            "regions_flagged": list(result.apply_report.regions_flagged),
            "metadata_scrubbed": list(result.apply_report.metadata_scrubbed),
        },
        "verification": None
        if result.verification is None
        else {"ok": result.verification.ok, "checks": list(result.verification.checks), "problems": list(result.verification.problems)},
        "timings": [[k, v] for k, v in result.timings],
        "warnings": list(result.warnings),
    }


def _reason(value: str) -> Any:
    """The decision reason in its current type (an enum once ``decide`` has one, else str)."""
    try:
        from ..reasons import Reason
    except ImportError:
        return value
    try:
        return Reason(value)
    except ValueError:
        return value


def decode_result(obj: Mapping[str, Any]) -> DocumentResult:
    """The inverse of :func:`encode_result`; raises StateFormatError on any malformed field."""
    try:
        decisions = []
        for d in obj["decisions"]:
            f = Finding(
                str(d["id"]), int(d["page"]), int(d["start"]), int(d["end"]), "", EntityType(d["entity"]),
                float(d["score"]), str(d["detector"]),
            )
            ground = d["ground"]
            decisions.append(
                Decision(f, Action(d["action"]), None if ground is None else str(ground), _reason(str(d["reason"])), int(d["span"][0]), int(d["span"][1]))
            )
        boxes = tuple(
            RedactBox(int(b["page"]), BBox(*(float(x) for x in b["bbox"])), str(b["label"]), tuple(str(i) for i in b["finding_ids"]))
            for b in obj["boxes"]
        )
        ar = obj["apply_report"]
        report = ApplyReport(
            glyphs_removed=int(ar["glyphs_removed"]),
            images_redacted=int(ar["images_redacted"]),
            annotations_removed=int(ar["annotations_removed"]),
            paths_removed=int(ar["paths_removed"]),
            regions_flagged=tuple(str(x) for x in ar["regions_flagged"]),
            metadata_scrubbed=tuple(str(x) for x in ar["metadata_scrubbed"]),
        )
        v = obj["verification"]
        ver = None if v is None else Verification(bool(v["ok"]), tuple(map(str, v["checks"])), tuple(map(str, v["problems"])))
        return DocumentResult(
            source=str(obj["source"]),
            output=None if obj["output"] is None else str(obj["output"]),
            ok=bool(obj["ok"]),
            pages=int(obj["pages"]),
            decisions=tuple(decisions),
            boxes=boxes,
            input_sha256=str(obj["input_sha256"]),
            output_sha256=str(obj["output_sha256"] or ""),
            error=None if obj["error"] is None else str(obj["error"]),
            error_type=None if obj["error_type"] is None else str(obj["error_type"]),
            apply_report=report,
            verification=ver,
            timings=tuple((str(k), float(t)) for k, t in obj["timings"]),
            warnings=tuple(str(w) for w in obj["warnings"]),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise StateFormatError(f"malformed result ({type(exc).__name__})") from exc


# --------------------------------------------------------------------------- state


class BundleState:
    """Which documents of an output folder are done, and their summaries.

    Append-only log plus one atomically replaced JSON file per document, so ``kill -9`` is safe.
    A document counts as done only when its log line, its summary and its output all exist.
    """

    def __init__(self, out_dir: Path) -> None:
        self.dir = Path(out_dir) / STATE_DIR
        self.path = self.dir / "state.jsonl"
        self.results_dir = self.dir / "results"
        self._done: dict[tuple[str, str, str], str] = {}  # (input sha, policy sha, source key) -> output rel
        self._load()

    def _load(self) -> None:
        for old in self.results_dir.glob("*.pickle") if self.results_dir.is_dir() else []:
            log.warning("%s: a state file of an older woo-redact (pickle) is ignored and never loaded; "
                        "its document is redone", old.name)
            break
        if not self.path.is_file():
            return
        repair_jsonl(self.path)
        lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        header: Any = None
        if lines:
            try:
                header = json.loads(lines[0])
            except ValueError:
                header = None
        if not (isinstance(header, dict) and header.get("format") == STATE_FORMAT and header.get("version") == STATE_VERSION):
            aside = self.path.with_name(f"state.jsonl.unknown-{os.getpid()}")
            log.warning("%s is not a woo-redact state of version %d (an older or foreign file): it is set aside as %s "
                        "and every document is redone", self.path, STATE_VERSION, aside.name)
            try:
                os.replace(self.path, aside)
            except OSError as exc:
                raise output_error(self.path, exc) from exc
            return
        for n, line in enumerate(lines[1:], start=2):
            try:
                d = json.loads(line)
                self._done[(str(d["input"]), str(d["policy"]), str(d["source"]))] = str(d["output"])
            except (ValueError, KeyError, TypeError):
                log.warning("%s line %d is malformed and ignored", self.path.name, n)

    def _ensure_header(self) -> None:
        if not self.path.is_file() or self.path.stat().st_size == 0:
            append_jsonl(self.path, [{"format": STATE_FORMAT, "version": STATE_VERSION}])

    def done_output(self, input_sha: str, policy_sha: str, source_key: str) -> str | None:
        """The output (relative) of this input under this policy when it is done, else None."""
        return self._done.get((input_sha, policy_sha, source_key))

    def _summary_path(self, rel: str) -> Path:
        return self.results_dir / (hashlib.sha256(rel.encode("utf-8")).hexdigest()[:24] + ".json")

    def remember(self, summary: DocumentSummary) -> None:
        """Store the plaintext-free summary of a document (atomically)."""
        write_json_atomic(
            self._summary_path(summary.document),
            {
                "format": RESULT_FORMAT,
                "version": STATE_VERSION,
                "document": summary.document,
                "date": summary.date,
                "processed": summary.processed,
                "result": encode_result(summary.result),
            },
        )

    def forget(self, rel: str) -> None:
        self._summary_path(rel).unlink(missing_ok=True)

    def has_summary(self, rel: str) -> bool:
        return self._read(self._summary_path(rel)) is not None

    def mark(self, input_sha: str, policy_sha: str, source_key: str, rel: str) -> None:
        """Record a document as done (after its output, summary and audit records exist)."""
        self._ensure_header()
        append_jsonl(self.path, [{"input": input_sha, "policy": policy_sha, "source": source_key, "output": rel}])
        self._done[(input_sha, policy_sha, source_key)] = rel

    def _read(self, f: Path) -> DocumentSummary | None:
        try:
            obj = json.loads(f.read_text(encoding="utf-8"))
            if not (isinstance(obj, dict) and obj.get("format") == RESULT_FORMAT and obj.get("version") == STATE_VERSION):
                raise StateFormatError("unknown format or version")
            return DocumentSummary(str(obj["document"]), decode_result(obj["result"]), str(obj.get("date", "")), bool(obj.get("processed", True)))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("%s: unreadable result summary ignored (%s); its document is redone", f.name, type(exc).__name__)
            return None

    def summaries(self) -> list[DocumentSummary]:
        """Every readable summary, sorted by document name."""
        out = [s for f in sorted(self.results_dir.glob("*.json")) if (s := self._read(f)) is not None] if self.results_dir.is_dir() else []
        return sorted(out, key=lambda s: s.document)
