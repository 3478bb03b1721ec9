"""The audit log: one JSON line per redaction and one per document, never any plaintext.

Each redaction carries an HMAC-SHA256 of the redacted text under a key kept outside the output
folder, so an officer holding the key can answer "was this name redacted?" and nobody else can
test guesses. The key lives in ``~/.config/woo-redact/audit.key`` unless another file is named;
it is created (mode 0600) on first use.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

from . import __version__
from .types import Action, DocumentResult

AUDIT_SCHEMA_VERSION = 1


def default_key_path() -> Path:
    base = Path(os.path.expanduser("~")) / ".config" / "woo-redact"
    return base / "audit.key"


def load_or_create_key(path: str | os.PathLike[str] | None = None) -> bytes:
    """Read the audit key, creating a random one (0600) if there is none yet."""
    p = Path(path) if path is not None else default_key_path()
    if p.is_file():
        data = p.read_bytes().strip()
        if len(data) < 16:
            raise ValueError(f"audit key {p} is too short (need at least 16 bytes)")
        return data
    p.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32).encode()
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    return key


def keyed_hash(key: bytes, text: str) -> str:
    """HMAC-SHA256 of the whitespace-normalised text: same text, same hash, under one key."""
    norm = " ".join(text.split())
    return hmac.new(key, norm.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class RunInfo:
    tool_version: str
    policy_name: str
    policy_sha256: str
    detectors: tuple[str, ...]
    model: str


def document_records(result: DocumentResult, run: RunInfo, key: bytes, rel: str) -> list[dict[str, Any]]:
    """Audit records for one document: its redactions, then the document summary."""
    recs: list[dict[str, Any]] = []
    box_of: dict[str, list[float]] = {}
    for b in result.boxes:
        for fid in b.finding_ids:
            box_of.setdefault(fid, b.bbox.as_list())
    counts: dict[str, int] = {}
    existing: dict[str, int] = {}
    for d in result.decisions:
        f = d.finding
        rec: dict[str, Any] = {
            "record": "decision",
            "document": rel,
            "finding_id": f.id,
            "page": f.page + 1,
            "entity": f.entity.value,
            "action": d.action.value,
            "ground": d.ground,
            "reason": d.reason,
            "detector": f.detector,
            "score": round(f.score, 3),
            "span": [d.start, d.end],
            "text_hmac": keyed_hash(key, f.text),  # the string as detected: "was this name redacted?"
            "length": d.end - d.start,
        }
        if f.id in box_of:
            rec["box"] = box_of[f.id]
        if d.action is Action.REDACT and d.ground:
            counts[d.ground] = counts.get(d.ground, 0) + 1
        elif d.reason == "pre_existing_redaction" and d.ground:
            existing[d.ground] = existing.get(d.ground, 0) + 1
        recs.append(rec)
    recs.append(
        {
            "record": "document",
            "document": rel,
            "ok": result.ok,
            "error": result.error,
            "error_type": result.error_type,
            "pages": result.pages,
            "boxes": len(result.boxes),
            "redactions_per_ground": dict(sorted(counts.items())),
            "pre_existing_redactions": dict(sorted(existing.items())),
            "input_sha256": result.input_sha256,
            "output_sha256": result.output_sha256 or None,
            "verification": None
            if result.verification is None
            else {"ok": result.verification.ok, "checks": list(result.verification.checks), "problems": list(result.verification.problems)},
            "flagged_regions": list(result.apply_report.regions_flagged),
            "warnings": list(result.warnings),
            "metadata_scrubbed": sorted(result.apply_report.metadata_scrubbed),
            "tool_version": run.tool_version,
            "policy": run.policy_name,
            "policy_sha256": run.policy_sha256,
            "detectors": list(run.detectors),
            "model": run.model,
            "timings": {k: round(v, 4) for k, v in result.timings},
        }
    )
    return recs


SYNC_INTERVAL = 1.0  # seconds between fsyncs of one log
_last_sync: dict[str, float] = {}


def append_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> None:
    """Append records, written through at once: a killed process loses nothing.

    The fsync (which power loss needs) is grouped: at most one per log per second, and
    :func:`sync_jsonl` at the end of a run. One per document cost more than the audit itself.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        fh.flush()
        now = time.monotonic()
        key = str(path)
        if now - _last_sync.get(key, float("-inf")) >= SYNC_INTERVAL:
            os.fsync(fh.fileno())
            _last_sync[key] = now


def sync_jsonl(path: Path) -> None:
    """Make everything appended to ``path`` durable (end of a run)."""
    if path.is_file():
        with open(path, "a", encoding="utf-8") as fh:
            os.fsync(fh.fileno())
        _last_sync[str(path)] = time.monotonic()


def run_info(policy_name: str, policy_sha: str, detectors: Iterable[str], model: str) -> RunInfo:
    return RunInfo(__version__, policy_name, policy_sha, tuple(detectors), model)
