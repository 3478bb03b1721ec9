"""Durable writes into the output folder: atomic replace, append-or-nothing, torn-tail repair.

Every writer here turns an ``OSError`` (disk full, read-only file system, no permission) into an
:class:`~woo_redact.errors.OutputWriteError` whose message says what to do, and never leaves a
half-written file under the final name: whole files go through a temporary name, ``fsync`` and
``os.replace``; appended records are written in one call and cut back if that call fails.
"""

from __future__ import annotations

import errno
import json
import os
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import OutputWriteError

SYNC_INTERVAL = 1.0  # seconds between fsyncs of one log
_last_sync: dict[str, float] = {}

_HINTS = {
    errno.ENOSPC: "the disk is full: free space",
    errno.EDQUOT: "the disk quota is used up: free space",
    errno.EROFS: "the output is on a read-only file system: choose another --out",
    errno.EACCES: "no permission to write there: fix the permissions or choose another --out",
    errno.EPERM: "no permission to write there: fix the permissions or choose another --out",
}


def output_error(path: Path, exc: OSError) -> OutputWriteError:
    """A message for a failed write: which file, why, what to do; the run can be resumed."""
    hint = _HINTS.get(exc.errno or 0, "check the output folder")
    reason = exc.strerror or type(exc).__name__
    return OutputWriteError(
        f"cannot write {path.name} in {path.parent}: {reason}; {hint}, then rerun the same command to resume"
    )


def private_open(path: Path, flags: int) -> int:
    """``os.open`` with mode 0600 for new files (review and audit files hold personal data)."""
    return os.open(path, flags, 0o600)


def write_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` under a temporary name, fsync, then rename over ``path``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise output_error(path, exc) from exc


def write_json_atomic(path: Path, obj: Any, *, private: bool = False) -> None:
    write_atomic(path, (json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"), private=private)


def append_jsonl(path: Path, records: Iterable[Mapping[str, Any]], *, private: bool = False) -> None:
    """Append records all or nothing, written through at once: a killed process loses nothing.

    The records go out in one ``write``; if it fails (disk full) the file is cut back to its
    length before, so no torn line stays behind. The fsync (which power loss needs) is grouped:
    at most one per log per second, and :func:`sync_jsonl` at the end of a run.
    """
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records).encode("utf-8")
    if not data:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600 if private else 0o666)
    except OSError as exc:
        raise output_error(path, exc) from exc
    try:
        start = os.fstat(fd).st_size
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        except OSError as exc:
            try:
                os.ftruncate(fd, start)
            except OSError:
                pass  # repaired by repair_jsonl on the next run
            raise output_error(path, exc) from exc
        now = time.monotonic()
        key = str(path)
        if now - _last_sync.get(key, float("-inf")) >= SYNC_INTERVAL:
            os.fsync(fd)
            _last_sync[key] = now
    finally:
        os.close(fd)


def sync_jsonl(path: Path) -> None:
    """Make everything appended to ``path`` durable (end of a run)."""
    if path.is_file():
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass  # some file systems refuse fsync on a read-only descriptor; the data is written
        finally:
            os.close(fd)
        _last_sync[str(path)] = time.monotonic()


def repair_jsonl(path: Path) -> bool:
    """Cut a torn last line (a crash or a full disk mid-append); True when something was cut.

    Records of a document are appended before it is marked done, so the document whose record
    was torn is redone by the rerun and its records are written again whole.
    """
    if not path.is_file():
        return False
    with open(path, "rb") as fh:
        data = fh.read()
    if not data or data.endswith(b"\n"):
        return False
    keep = data.rfind(b"\n") + 1
    try:
        with open(path, "r+b") as fh:
            fh.truncate(keep)
            os.fsync(fh.fileno())
    except OSError as exc:
        raise output_error(path, exc) from exc
    return True
