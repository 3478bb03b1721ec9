"""The audit log: one JSON line per redaction and one per document, never any plaintext.

Each redaction carries an HMAC-SHA256 of the redacted text under a key kept outside the output
folder, so an officer holding the key can answer "was this name redacted?" and nobody else can
test guesses. The key lives in ``~/.config/woo-redact/audit.key`` unless another file is named;
it is created (mode 0600) on first use; a key file named explicitly must exist (``--new-audit-key``
creates it), so a mistyped path cannot silently start a key nobody can check with.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import AuditKeyError
from ..types import Action, DocumentResult
from .files import SYNC_INTERVAL, output_error, repair_jsonl, sync_jsonl
from .files import append_jsonl as _append

__all__ = [
    "AUDIT_SCHEMA_VERSION", "SYNC_INTERVAL", "RunInfo", "append_jsonl", "default_key_path", "document_records", "keyed_hash",
    "load_key", "load_or_create_key", "repair_jsonl", "run_info", "sync_jsonl",
]

AUDIT_SCHEMA_VERSION = 1


def default_key_path() -> Path:
    base = Path(os.path.expanduser("~")) / ".config" / "woo-redact"
    return base / "audit.key"


def load_key(path: str | os.PathLike[str] | None = None, *, create: bool = False) -> bytes:
    """Read the audit key. A missing file is an error unless ``create`` (then a random key is
    written, mode 0600): a mistyped path must not silently start a key nobody can check with."""
    p = Path(path) if path is not None else default_key_path()
    if p.is_file():
        try:
            data = p.read_bytes().strip()
        except OSError as exc:
            raise AuditKeyError(f"audit key {p} cannot be read: {exc.strerror}") from exc
        if len(data) < 16:
            raise AuditKeyError(f"audit key {p} is too short (need at least 16 bytes)")
        return data
    if p.exists():
        raise AuditKeyError(f"audit key {p} is not a file")
    if not create:
        raise AuditKeyError(
            f"audit key {p} does not exist; check the path, or pass --new-audit-key to create a new key there "
            "(records made with another key can then no longer be checked with it)"
        )
    key = secrets.token_hex(32).encode()
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
    except OSError as exc:
        raise output_error(p, exc) from exc
    return key


def load_or_create_key(path: str | os.PathLike[str] | None = None) -> bytes:
    """Read the audit key, creating a random one (0600) if there is none yet (``apply`` and
    callers that manage their own key files; ``redact`` uses :func:`load_key`)."""
    return load_key(path, create=True)


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


def document_records(
    result: DocumentResult, run: RunInfo, key: bytes, rel: str, *, source_name_hmac: str | None = None
) -> list[dict[str, Any]]:
    """Audit records for one document: its redactions, then the document summary.

    ``rel`` is the output name (free of personal data); ``source_name_hmac`` is the keyed hash of
    the input's own relative name, so the key holder can find the original file back."""
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
            "source_name_hmac": source_name_hmac,
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


def append_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> None:
    """Append audit records all or nothing (mode 0600); see :func:`woo_redact.outputs.files.append_jsonl`."""
    _append(path, records, private=True)


def run_info(policy_name: str, policy_sha: str, detectors: Iterable[str], model: str) -> RunInfo:
    return RunInfo(__version__, policy_name, policy_sha, tuple(detectors), model)
