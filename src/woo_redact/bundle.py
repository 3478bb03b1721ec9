"""A release bundle: many PDFs in, redacted PDFs plus an audit log out.

Two passes, so one person is treated the same way in every document:

1. *analyze* each document (extract, detect, decide alone) and learn which names were redacted
   and which belong to office holders;
2. *write* each document, deciding again with what the whole bundle taught.

Both passes run on one :class:`BundleRunner` (also used by ``review.scan``, whose second pass
proposes instead of writing). Documents are independent, typed tasks (:class:`AnalyzeTask`,
:class:`WriteTask`, :class:`ProposeTask`) on an :class:`Executor`: a local process pool with
the models loaded once per worker, in-process with ``jobs=1``, or Dask. One broken document
yields a failed result with a reason; the rest of the bundle completes.

Nothing is lost: the output keeps each input's relative folder; two inputs that would land on
the same output are refused before anything runs; inputs that are not PDFs are listed in the
report and inventory as not processed (and make the exit code say so); output names carry no
personal data (:mod:`woo_redact.outputs.names`). Outputs are written to a temporary name and
renamed; a document already done with the same input and policy (``OUT/.woo-redact``, JSON, see
:mod:`woo_redact.outputs.state`) is skipped on a rerun, so an interrupted run resumes.
"""

from __future__ import annotations

import collections
import contextlib
import enum
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, Protocol, Self, TypeVar

from .decide import BundleKnowledge
from .detect.layout import keep_layout, release_layout
from .errors import (
    DocumentTimeout,
    EmptyInputError,
    ExecutorError,
    InputNotFoundError,
    NameCollisionError,
    OutputOverlapError,
    OutputWriteError,
    UnexpectedDocumentError,
    UsageError,
    WooRedactError,
    WorkerCrashError,
)
from .extract import sha256_file
from .outputs.audit import (
    append_jsonl,
    document_records,
    keyed_hash,
    load_key,
    run_info,
    sync_jsonl,
)
from .outputs.files import output_error, repair_jsonl
from .outputs.names import (
    NAME_ENTITIES,
    disambiguate,
    identifier_forms,
    name_forms,
    name_texts,
    redact_relative_name,
)
from .outputs.state import STATE_DIR, BundleState, DocumentSummary
from .policy import Policy, load_policy
from .types import Action, Document, DocumentResult, EntityType, Finding

log = logging.getLogger(__name__)

__all__ = [
    "STATE_DIR", "AnalyzeOutcome", "AnalyzeTask", "BundleItem", "BundleResult", "BundleRunner", "DocumentTimeout",
    "Executor", "InputSet", "LocalExecutor", "NotProcessed", "ProposeOutcome", "ProposeTask", "SkipReason", "WriteTask",
    "collect_inputs", "redact_bundle", "scan_inputs",
]

AUDIT_NAME = "audit.jsonl"
#: Files a folder may hold that are not documents and are not reported (system litter).
IGNORED_FILES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class BundleItem:
    source: Path
    relative: Path  # output path relative to the output folder (before names are made safe)


class SkipReason(str, enum.Enum):
    """Why an input was not processed."""

    NOT_A_PDF = "not_a_pdf"


@dataclass(frozen=True, slots=True)
class NotProcessed:
    """An input found but not processed (listed in report, inventory and exit code)."""

    source: Path
    relative: Path
    reason: SkipReason


@dataclass(frozen=True, slots=True)
class InputSet:
    items: tuple[BundleItem, ...]
    not_processed: tuple[NotProcessed, ...] = ()


def _visible(rel: Path) -> bool:
    return not any(part.startswith(".") for part in rel.parts) and rel.name.casefold() not in IGNORED_FILES


def scan_inputs(paths: Iterable[str | os.PathLike[str]]) -> InputSet:
    """Every file below the given folders (recursively) and the files given directly.

    A folder's files keep their path relative to that folder; files given directly keep their
    path relative to the deepest folder holding all of them (``a/doc.pdf b/doc.pdf`` stay apart).
    PDFs become items; other files are listed as not processed. Hidden files are ignored. Two
    inputs that would share an output path (also when only the case differs) are refused.
    """
    raw = [Path(p) for p in paths]
    for p in raw:
        if not p.exists():
            raise InputNotFoundError(f"{p}: no such file or folder")
    files = [p for p in raw if p.is_file()]
    common = Path(os.path.commonpath([str(f.resolve().parent) for f in files])) if files else None
    found: list[tuple[Path, Path]] = []
    seen: set[Path] = set()
    for p in raw:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and _visible(f.relative_to(p)) and f.resolve() not in seen:
                    seen.add(f.resolve())
                    found.append((f, f.relative_to(p)))
        elif p.resolve() not in seen:
            seen.add(p.resolve())
            assert common is not None
            found.append((p, p.resolve().relative_to(common)))
    by_name: dict[str, Path] = {}
    for src, rel in found:
        key = rel.as_posix().casefold()
        if key in by_name:
            raise NameCollisionError(
                f"{by_name[key]} and {src} would both be written to {rel.as_posix()} in the output folder; "
                "give their common parent folder instead, or rename one of them"
            )
        by_name[key] = src
    items = tuple(BundleItem(s, r) for s, r in found if s.suffix.lower() == ".pdf")
    skipped = tuple(NotProcessed(s, r, SkipReason.NOT_A_PDF) for s, r in found if s.suffix.lower() != ".pdf")
    return InputSet(items, skipped)


def collect_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[BundleItem]:
    """The PDFs of :func:`scan_inputs` (files given directly and ``*.pdf`` below folders)."""
    return list(scan_inputs(paths).items)


def _inside(folder: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def check_output_folder(paths: Sequence[str | os.PathLike[str]], out: Path) -> None:
    """The same rule on every run: the output folder is not an input, not inside an input folder,
    and holds no input (else a rerun would read its own outputs as inputs)."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"the output folder {out} is a file; choose a folder for --out")
    for raw in paths:
        p = Path(raw)
        if p.is_dir() and (_inside(p, out) or _inside(out, p)):
            raise OutputOverlapError(
                f"the output folder {out} and the input folder {p} overlap; choose an --out outside the inputs"
            )
        if p.is_file() and _inside(out, p):
            raise OutputOverlapError(f"the output folder {out} must not contain the inputs ({p}); choose another --out")


# --------------------------------------------------------------------------- results


@dataclass
class BundleResult:
    out_dir: Path
    results: list[DocumentResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already done by an earlier run (resumed)
    not_processed: list[str] = field(default_factory=list)  # inputs that are not PDFs (relative names)
    names: dict[str, str] = field(default_factory=dict)  # result.source -> output name (relative, safe)
    model: str = ""  # the NER model this run used (name@version, or "none"); "" when nothing ran

    @property
    def failed(self) -> list[DocumentResult]:
        return [r for r in self.results if not r.ok]

    @property
    def ok(self) -> bool:
        """Every PDF was published (inputs that are not PDFs do not count; see :attr:`complete`)."""
        return not self.failed

    @property
    def complete(self) -> bool:
        """Every input was published: no failure and nothing left unprocessed."""
        return self.ok and not self.not_processed


# --------------------------------------------------------------------------- tasks (typed)


@dataclass(frozen=True, slots=True)
class AnalyzeTask:
    source: str
    name: str  # the input's relative name (for the safe output name)
    password: str | None = None
    timeout: float | None = None
    keep_pages: int = 0  # hand the extraction back when the document has at most this many pages
    hold: bool = False  # keep the extraction (and its layout) in this worker for pass 2 instead


@dataclass(frozen=True, slots=True)
class AnalyzeOutcome:
    source: str
    ok: bool
    knowledge: BundleKnowledge | None = None
    error: str | None = None
    error_type: str | None = None
    pages: int = 0
    findings: tuple[Finding, ...] | None = None  # reused by pass 2 (in memory only)
    sha256: str = ""
    document: Document | None = None  # the extraction, for pass 2 (when small enough to keep)
    safe_name: str = ""  # the output name with personal data removed (relative, POSIX)
    held: bool = False  # the worker that ran pass 1 keeps the extraction for pass 2 (see AnalyzeTask.hold)


@dataclass(frozen=True, slots=True)
class WriteTask:
    source: str
    dest: str
    password: str | None
    knowledge: BundleKnowledge
    timeout: float | None = None
    findings: tuple[Finding, ...] | None = None
    findings_sha: str = ""
    document: Document | None = None
    held: bool = False  # the extraction waits in the worker that ran pass 1 (the task is sent there)


@dataclass(frozen=True, slots=True)
class ProposeTask:
    """Pass 2 without writing: the decisions under the bundle's knowledge (for review)."""

    source: str
    password: str | None
    knowledge: BundleKnowledge
    timeout: float | None = None
    findings: tuple[Finding, ...] | None = None
    findings_sha: str = ""
    document: Document | None = None
    held: bool = False  # as WriteTask.held


@dataclass(frozen=True, slots=True)
class ProposeOutcome:
    source: str
    ok: bool
    document: Document | None = None
    decisions: tuple[Any, ...] = ()  # Decision
    error: str | None = None
    error_type: str | None = None


# --------------------------------------------------------------------------- workers

_WORKER: dict[str, Any] = {}  # the pipeline of this worker process (set once by the initializer)
DEFAULT_TIMEOUT = 900.0  # seconds per document and pass
# Pass 2 reuses the pass-1 extraction instead of reading the PDF again. Workers hand their
# documents back with the analysis (a page is about 0.2 MB: text, glyph boxes, index; it
# pickles in well under a millisecond), so any worker can write any document. The runner keeps
# them up to this many pages (~200 MB), in pass-1 order; documents beyond it are read again.
DOC_CACHE_PAGES = 1000


class _DocCache:
    """The pass-1 documents of a run, keyed by input path; fill-once, bounded by pages."""

    def __init__(self, max_pages: int | None = None) -> None:
        self.max_pages = DOC_CACHE_PAGES if max_pages is None else max_pages
        self._docs: dict[str, Document] = {}
        self._pages = 0

    def put(self, source: str, doc: Document) -> bool:
        """Keep ``doc`` for pass 2 when it fits; whether it was kept."""
        if source in self._docs or self._pages + len(doc.pages) > self.max_pages:
            return False
        self._docs[source] = doc
        self._pages += len(doc.pages)
        return True

    def take(self, source: str) -> Document | None:
        doc = self._docs.pop(source, None)
        if doc is not None:
            self._pages -= len(doc.pages)
        return doc


@contextlib.contextmanager
def _time_limit(seconds: float | None, what: str) -> Iterator[None]:
    """Interrupt a document that hangs (SIGALRM; the main thread of a worker or of jobs=1)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise DocumentTimeout(f"{what}: took longer than {seconds:.0f} s and was stopped; raise --timeout to allow more")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _init_worker(policy_path: str | None, policy: Policy | None, ner: bool, work_dir: str | None = None, pool: bool = False) -> None:
    """Once per worker: load policy and models; OCR results go to the bundle's shared work dir.

    Pool workers ignore Ctrl-C (the runner stops them) so an interrupt shows one message, not
    a traceback per worker. The caller's own logging is left alone with ``jobs=1``.
    """
    if pool:
        with contextlib.suppress(ValueError):  # only the main thread may set handlers (Dask plugins run elsewhere)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        logging.getLogger("woo_redact").setLevel(logging.ERROR)
    from .pipeline import Pipeline

    _WORKER["pipe"] = Pipeline.create(policy if policy is not None else policy_path, ner=ner, work_dir=Path(work_dir) if work_dir else None)


def _pipe() -> Any:
    """This worker's pipeline (legacy accessor, kept for ``review.scan`` until it uses :class:`BundleRunner`)."""
    return _WORKER["pipe"]


#: Name texts remembered per worker: a folder name is shared by all its documents.
_NAME_MEMO_MAX = 100_000


def _name_memo(pipe: Any) -> dict[str, list[tuple[int, int]]]:
    """This worker's remembered file-name spans, for this pipeline (a new pipeline starts afresh)."""
    held = _WORKER.get("name_spans")
    if held is None or held[0] is not pipe:
        held = _WORKER["name_spans"] = (pipe, {})
    memo: dict[str, list[tuple[int, int]]] = held[1]
    return memo


def _name_spans(pipe: Any, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Personal data in file and folder names, each text asked about once per worker and the
    new ones detected in one batch (the detectors' fixed cost per call dominates short texts)."""
    memo = _name_memo(pipe)
    missing = [t for t in dict.fromkeys(texts) if t not in memo]
    if missing:
        if len(memo) + len(missing) > _NAME_MEMO_MAX:
            memo.clear()
        for text, spans in zip(missing, pipe.personal_data_spans(missing)):
            memo[text] = [(s, e) for s, e in spans]
    return [list(memo[t]) for t in texts]


def _name_detector(pipe: Any) -> Callable[[Sequence[str]], Sequence[Sequence[tuple[int, int]]]]:
    def detect(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        return _name_spans(pipe, texts)

    return detect


def _safe_name(pipe: Any, name: str, decisions: Sequence[Any] = ()) -> str:
    """The output name without the personal data the name or its document holds; fails closed."""
    redacted = [
        form
        for d in decisions
        if d.finding.entity in NAME_ENTITIES and (d.action is Action.REDACT or (d.action is Action.REVIEW and pipe.policy.review_as_redact))
        for form in (name_forms(d.finding.text) if d.finding.entity is EntityType.PERSON else identifier_forms(d.finding.text))
    ]
    try:
        return redact_relative_name(name, redacted, _name_detector(pipe))
    except Exception:  # never publish a name we could not check
        log.debug("name check failed", exc_info=True)
        p = PurePosixPath(name)
        return (p.parent / f"document{p.suffix}").as_posix()


def _hold(source: str, doc: Document, max_pages: int) -> bool:
    """Keep a pass-1 extraction and its layout in this worker for pass 2 (within ``max_pages``
    pages per worker); whether it was kept. The runner then sends the document's pass 2 here:
    nothing is pickled to the runner and back, and pass 2 decides on the very same pages."""
    held: dict[str, Document] = _WORKER.setdefault("held", {})
    pages = sum(len(d.pages) for d in held.values())
    if source in held or pages + len(doc.pages) > max_pages:
        return False
    held[source] = doc
    keep_layout(doc.pages)
    return True


def _take_held(source: str, sha256: str) -> Document | None:
    """The extraction :func:`_hold` kept for ``source`` (None when this worker has none, e.g.
    after a crash restarted it: pass 2 then reads the input again, as for large documents)."""
    doc: Document | None = _WORKER.get("held", {}).pop(source, None)
    if doc is not None and sha256 and doc.sha256 != sha256:
        release_layout(doc.pages)
        return None
    return doc


def analyze_one(task: AnalyzeTask) -> AnalyzeOutcome:
    """Pass 1 for one document, in a worker."""
    pipe = _pipe()
    try:
        with _time_limit(task.timeout, Path(task.source).name):
            an = pipe.analyze(task.source, password=task.password)
        doc = an.document
        small = len(doc.pages) <= task.keep_pages
        held = small and task.hold and _hold(task.source, doc, task.keep_pages)
        return AnalyzeOutcome(
            task.source, True, pipe.knowledge(doc, an.decisions), pages=len(doc.pages), findings=tuple(an.findings), sha256=doc.sha256,
            document=doc if small and not held else None, safe_name=_safe_name(pipe, task.name, an.decisions), held=held,
        )
    except WooRedactError as exc:
        return AnalyzeOutcome(task.source, False, error=str(exc), error_type=type(exc).__name__, safe_name=_safe_name(pipe, task.name))
    except Exception as exc:  # isolate the document
        log.debug("unexpected error on %s", task.source, exc_info=True)
        return AnalyzeOutcome(
            task.source, False, error=f"{Path(task.source).name}: unexpected {type(exc).__name__}: {exc}",
            error_type=UnexpectedDocumentError.__name__, safe_name=_safe_name(pipe, task.name),
        )


def write_one(task: WriteTask) -> DocumentResult:
    """Pass 2 for one document, in a worker: decide with the bundle's knowledge, write, verify."""
    doc = task.document if task.document is not None else _take_held(task.source, task.findings_sha) if task.held else None
    try:
        with _time_limit(task.timeout, Path(task.source).name):
            return _pipe().redact(  # type: ignore[no-any-return]
                task.source, task.dest, password=task.password, knowledge=task.knowledge, doc=doc,
                findings=task.findings, findings_sha=task.findings_sha,
            )
    except DocumentTimeout as exc:
        dest = Path(task.dest)
        for leftover in dest.parent.glob(f".{dest.name}.*.tmp"):
            leftover.unlink(missing_ok=True)
        return DocumentResult(task.source, None, False, error=str(exc), error_type=DocumentTimeout.__name__)
    finally:
        if doc is not None:
            release_layout(doc.pages)  # kept for this pass (by the runner with jobs=1, else by this worker)


def propose_one(task: ProposeTask) -> ProposeOutcome:
    """Pass 2 for review, in a worker: the decisions under the bundle's knowledge, nothing written."""
    pipe = _pipe()
    doc = task.document if task.document is not None else _take_held(task.source, task.findings_sha) if task.held else None
    try:
        with _time_limit(task.timeout, Path(task.source).name):
            an = pipe.analyze(task.source, password=task.password, knowledge=task.knowledge, findings=task.findings,
                              findings_sha=task.findings_sha, document=doc)
        return ProposeOutcome(task.source, True, an.document, tuple(an.decisions))
    except WooRedactError as exc:
        return ProposeOutcome(task.source, False, error=str(exc), error_type=type(exc).__name__)
    except Exception as exc:  # isolate the document
        return ProposeOutcome(task.source, False, error=f"{Path(task.source).name}: unexpected {type(exc).__name__}: {exc}",
                              error_type=UnexpectedDocumentError.__name__)
    finally:
        if doc is not None:
            release_layout(doc.pages)  # kept for this pass (by the runner with jobs=1, else by this worker)


def _crash_message(source: str) -> str:
    return f"{Path(source).name}: the worker process crashed twice on this document (a crash in a PDF or image library); it was not published"


def crashed_analysis(task: AnalyzeTask) -> AnalyzeOutcome:
    p = PurePosixPath(task.name)
    return AnalyzeOutcome(task.source, False, error=_crash_message(task.source), error_type=WorkerCrashError.__name__,
                          safe_name=(p.parent / f"document{p.suffix}").as_posix())


def crashed_write(task: WriteTask) -> DocumentResult:
    return DocumentResult(task.source, None, False, error=_crash_message(task.source), error_type=WorkerCrashError.__name__)


def crashed_proposal(task: ProposeTask) -> ProposeOutcome:
    return ProposeOutcome(task.source, False, error=_crash_message(task.source), error_type=WorkerCrashError.__name__)


def _describe_task(_: object = None) -> tuple[list[str], str]:
    pipe = _pipe()
    return pipe.detector_names, pipe.model


# Legacy task functions with positional arguments (``review.scan`` still calls these).
def _analyze_task(source: str, password: str | None, timeout: float | None = None, keep_pages: int = 0) -> AnalyzeOutcome:
    return analyze_one(AnalyzeTask(source, Path(source).name, password, timeout, keep_pages))


# --------------------------------------------------------------------------- executors

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Runs tasks on workers that hold a loaded pipeline; results in task order."""

    jobs: int
    detector_names: list[str]
    model: str

    def map(self, fn: Callable[[Any], Any], tasks: Sequence[Any], on_crash: Callable[[Any], Any] | None = None) -> Iterator[Any]: ...

    def close(self) -> None: ...

    def abort(self) -> None:
        """Stop at once (Ctrl-C): running documents are dropped, a rerun redoes them."""
        ...


def _call(fn: Callable[..., R], task: Any) -> R:
    """Typed tasks are one argument; tuples are the legacy positional form."""
    return fn(*task) if isinstance(task, tuple) else fn(task)


class LocalExecutor:
    """In-process for one job, otherwise one single-process pool per worker ("lanes");
    ``initializer`` runs once per worker (it loads the models), so documents are cheap tasks.

    Lanes let a caller send a task to the worker that ran an earlier task (``lanes=`` of
    :meth:`map`; :attr:`placed` says where each task of the last map ran): pass 2 of a bundle
    then finds the document, its layout and warm caches that its pass 1 left in that worker.
    Tasks without a lane go to whichever worker is free, as in one shared pool.
    """

    detector_names: list[str]
    model: str
    #: tasks kept in flight per worker (one running, one queued: no idle gap between tasks)
    IN_FLIGHT = 2

    def __init__(self, jobs: int, initializer: Callable[..., None], initargs: tuple[Any, ...] = ()) -> None:
        self.jobs = jobs
        self._init, self._initargs = initializer, initargs
        self._lanes: list[ProcessPoolExecutor] = []
        self.placed: list[int] = []
        self.detector_names, self.model = [], "none"
        if jobs == 1:
            initializer(*initargs)
        else:
            self._lanes = [self._make_pool() for _ in range(jobs)]

    @property
    def in_process(self) -> bool:
        """Tasks run in this process (``jobs=1``), on the pipeline in :data:`_WORKER`."""
        return not self._lanes

    @classmethod
    def for_policy(cls, jobs: int, policy: Policy, ner: bool, work_dir: str | None = None) -> LocalExecutor:
        ex = cls(jobs, _init_worker, (None, policy, ner, work_dir, jobs > 1))
        ex.detector_names, ex.model = next(iter(ex.map(_describe_task, [None])))
        return ex

    def map(self, fn: Callable[[Any], Any], tasks: Sequence[Any], on_crash: Callable[[Any], Any] | None = None,
            lanes: Sequence[int | None] | None = None) -> Iterator[Any]:
        """Results in input order. ``lanes[i]`` (a worker index, or None for any) places task
        ``i``; a task with a lane waits for that worker. When a worker dies, the tasks it held
        are run again one at a time in a fresh worker on the same lane; one that kills its
        worker again is reported through ``on_crash``. Nothing is lost or done twice."""
        self.placed = [0] * len(tasks)
        if not self._lanes:
            for t in tasks:
                yield _call(fn, t)
            return
        n = len(self._lanes)
        fixed: list[collections.deque[int]] = [collections.deque() for _ in range(n)]
        free: collections.deque[int] = collections.deque()
        for i in range(len(tasks)):
            lane = lanes[i] if lanes is not None else None
            (fixed[lane] if lane is not None and 0 <= lane < n else free).append(i)
        running: dict[Future[Any], tuple[int, int]] = {}  # future -> (task index, lane)
        load = [0] * n
        done: dict[int, Any] = {}
        nxt = 0

        def fill() -> None:
            for lane in range(n):
                while load[lane] < self.IN_FLIGHT and (fixed[lane] or free):
                    i = fixed[lane].popleft() if fixed[lane] else free.popleft()
                    self.placed[i] = lane
                    running[self._lanes[lane].submit(_call, fn, tasks[i])] = (i, lane)
                    load[lane] += 1

        try:
            fill()
            while running:
                finished, _ = wait(list(running), return_when=FIRST_COMPLETED)
                broken: dict[int, list[int]] = {}
                for f in finished:
                    i, lane = running.pop(f)
                    load[lane] -= 1
                    try:
                        done[i] = f.result()
                    except BrokenProcessPool:
                        broken.setdefault(lane, []).append(i)
                for lane, lost in broken.items():
                    # the tasks still pending on the dead worker are lost with it
                    lost += [i for f, (i, ln) in running.items() if ln == lane]
                    for f in [f for f, (_, ln) in running.items() if ln == lane]:
                        del running[f]
                    load[lane] = 0
                    self._rerun(lane, fn, tasks, sorted(lost), done, on_crash)
                fill()
                while nxt in done:
                    yield done.pop(nxt)
                    nxt += 1
            while nxt in done:
                yield done.pop(nxt)
                nxt += 1
        finally:
            for f in running:
                f.cancel()

    def _rerun(self, lane: int, fn: Callable[[Any], Any], tasks: Sequence[Any], lost: Sequence[int], done: dict[int, Any],
               on_crash: Callable[[Any], Any] | None) -> None:
        """A lane's worker died: the tasks it held run again, one at a time, in a fresh worker on
        that lane; a task that kills that one too goes to ``on_crash``."""
        self._restart(lane)
        for i in lost:
            try:
                done[i] = self._lanes[lane].submit(_call, fn, tasks[i]).result()
            except BrokenProcessPool:
                self._restart(lane)
                if on_crash is None:
                    raise
                done[i] = _call(on_crash, tasks[i])

    def _restart(self, lane: int) -> None:
        self._lanes[lane].shutdown(wait=False, cancel_futures=True)
        self._lanes[lane] = self._make_pool()

    def _make_pool(self) -> ProcessPoolExecutor:
        import multiprocessing as mp

        ctx = mp.get_context("forkserver" if sys.platform != "win32" else "spawn")
        if sys.platform != "win32" and threading.current_thread() is threading.main_thread():
            # Workers are born ignoring Ctrl-C (the runner stops them): a fork server started
            # while SIGINT is ignored passes that on to every worker, even one still importing.
            from multiprocessing import forkserver

            old = signal.signal(signal.SIGINT, signal.SIG_IGN)
            try:
                forkserver.ensure_running()
            finally:
                signal.signal(signal.SIGINT, old)
        return ProcessPoolExecutor(1, mp_context=ctx, initializer=self._init, initargs=self._initargs)

    def close(self) -> None:
        for pool in self._lanes:
            pool.shutdown(cancel_futures=True)

    def abort(self) -> None:
        processes = [p for pool in self._lanes for p in getattr(pool, "_processes", {}).values()]
        for pool in self._lanes:
            pool.shutdown(wait=False, cancel_futures=True)
        for proc in processes:
            proc.terminate()
        for proc in processes:
            proc.join(5)


_Executor = LocalExecutor  # legacy name (review.scan)


def make_executor(kind: str, jobs: int, policy: Policy, ner: bool, work_dir: str, scheduler: str | None = None) -> Executor:
    from .detect.ner import preflight

    # A missing model must be the user's message (ModelNotFoundError with the fix), not a
    # broken process pool once the workers try to load it.
    preflight(policy.ner_model, ner)
    if kind == "dask":
        from .dask_executor import DaskExecutor

        return DaskExecutor(jobs, policy, ner, scheduler, work_dir=work_dir)
    if kind == "local":
        return LocalExecutor.for_policy(jobs, policy, ner, work_dir=work_dir)
    raise ExecutorError(f"unknown executor {kind!r}; use 'local' or 'dask'")


# --------------------------------------------------------------------------- runner


class BundleRunner:
    """Both passes of a bundle over one executor; the public seam for ``redact`` and ``scan``.

    Use as a context manager (it owns the workers and a private work folder for OCR, outside
    any output folder because OCR text is plaintext)::

        with BundleRunner(policy, jobs=2, ner=True) as run:
            outcomes = run.analyze(items)                 # pass 1, in input order
            knowledge = run.knowledge(outcomes)
            for it, p in zip(items, run.propose(outcomes, knowledge)):  # pass 2 for review
                ...
    """

    def __init__(
        self,
        policy: Policy | str | os.PathLike[str] | None = None,
        *,
        jobs: int | None = None,
        ner: bool = True,
        password: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        executor: str = "local",
        scheduler: str | None = None,
        n_documents: int | None = None,
    ) -> None:
        self.policy = policy if isinstance(policy, Policy) else load_policy(None if policy is None else Path(policy))
        self.password, self.timeout = password, timeout
        jobs = max(1, jobs or os.cpu_count() or 1)
        if n_documents is not None and executor == "local":
            jobs = min(jobs, max(1, n_documents))
        self.work_dir = tempfile.mkdtemp(prefix="woo-redact-")
        try:
            self.executor: Executor = make_executor(executor, jobs, self.policy, ner, self.work_dir, scheduler)
        except BaseException:
            shutil.rmtree(self.work_dir, ignore_errors=True)
            raise
        self._docs = _DocCache()
        self._lane: dict[str, int] = {}  # source -> the pool worker that holds its pass-1 extraction

    @property
    def detector_names(self) -> list[str]:
        return list(self.executor.detector_names)

    @property
    def model(self) -> str:
        return self.executor.model

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self.close(abort=exc_type is not None and issubclass(exc_type, (KeyboardInterrupt, OutputWriteError)))

    def close(self, abort: bool = False) -> None:
        try:
            self.executor.abort() if abort else self.executor.close()
        finally:
            release_layout()
            shutil.rmtree(self.work_dir, ignore_errors=True)

    def analyze(self, items: Sequence[BundleItem], progress: Callable[[int, AnalyzeOutcome], None] | None = None) -> list[AnalyzeOutcome]:
        """Pass 1 for every item, in item order; extractions small enough are kept for pass 2."""
        if getattr(self.executor, "in_process", False) and "pipe" in _WORKER:
            # One batch for every file and folder name of the bundle, before the documents.
            _name_spans(_WORKER["pipe"], [t for it in items for t in name_texts(it.relative.as_posix())])
        lanes = self._lanes_enabled()
        per_worker = self._docs.max_pages // max(self.executor.jobs, 1) if lanes else self._docs.max_pages
        tasks = [AnalyzeTask(str(it.source), it.relative.as_posix(), self.password, self.timeout, per_worker, lanes) for it in items]
        out: list[AnalyzeOutcome] = []
        for i, an in enumerate(self.executor.map(analyze_one, tasks, crashed_analysis)):
            if an.held:
                self._lane[an.source] = self.executor.placed[i]  # type: ignore[attr-defined]
            if an.document is not None:
                if self._docs.put(an.source, an.document):
                    # In-process (jobs=1) pass 2 decides on these very pages: keep their layout.
                    keep_layout(an.document.pages)
                an = replace(an, document=None)
            out.append(an)
            if progress:
                progress(i, an)
        return out

    @staticmethod
    def knowledge(outcomes: Iterable[AnalyzeOutcome]) -> BundleKnowledge:
        k = BundleKnowledge()
        for an in outcomes:
            if an.ok and an.knowledge is not None:
                k.merge(an.knowledge)
        return k

    def _lanes_enabled(self) -> bool:
        """Pool workers keep pass-1 extractions and get each document's pass 2 (local pools only)."""
        return isinstance(self.executor, LocalExecutor) and not self.executor.in_process

    def _map_pass2(self, fn: Callable[[Any], Any], tasks: Sequence[Any], on_crash: Callable[[Any], Any]) -> Iterator[Any]:
        if self._lanes_enabled():
            lanes = [self._lane.pop(t.source, None) if t.held else None for t in tasks]
            return self.executor.map(fn, tasks, on_crash, lanes=lanes)  # type: ignore[call-arg]
        return self.executor.map(fn, tasks, on_crash)

    def propose(self, outcomes: Sequence[AnalyzeOutcome], knowledge: BundleKnowledge) -> Iterator[ProposeOutcome]:
        """Pass 2 for review: documents and decisions under the bundle's knowledge, in order.
        Documents that failed pass 1 come back failed with the same error (not run again)."""
        todo = [an for an in outcomes if an.ok]
        results = self._map_pass2(
            propose_one,
            [ProposeTask(an.source, self.password, knowledge, self.timeout, an.findings, an.sha256, self._docs.take(an.source),
                         an.source in self._lane) for an in todo],
            crashed_proposal,
        )
        for an in outcomes:
            yield next(results) if an.ok else ProposeOutcome(an.source, False, error=an.error, error_type=an.error_type)

    def write(self, outcomes: Sequence[AnalyzeOutcome], dests: Sequence[Path], knowledge: BundleKnowledge) -> Iterator[DocumentResult]:
        """Pass 2 for publication, for the outcomes that passed pass 1; results in order."""
        tasks = [
            WriteTask(an.source, str(d), self.password, knowledge, self.timeout, an.findings, an.sha256, self._docs.take(an.source),
                      an.source in self._lane)
            for an, d in zip(outcomes, dests)
        ]
        return self._map_pass2(write_one, tasks, crashed_write)


def redact_bundle(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    policy: Policy | str | os.PathLike[str] | None = None,
    jobs: int | None = None,
    password: str | None = None,
    audit_key: str | os.PathLike[str] | None = None,
    new_audit_key: bool = False,
    ner: bool = True,
    resume: bool = True,
    timeout: float | None = DEFAULT_TIMEOUT,
    progress: Callable[[str, int, int, int, DocumentResult | None], None] | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    reports: bool = True,
    inventory_style: str = "platform",
) -> BundleResult:
    """Redact every PDF under ``paths`` into ``out_dir`` with one audit log.

    Raises a :class:`~woo_redact.errors.UsageError` before anything is written when the inputs
    cannot work (none, colliding names, overlap with the output, a missing audit key file
    without ``new_audit_key``), and :class:`~woo_redact.errors.OutputWriteError` when the output
    cannot be written (the run stops; a rerun resumes). ``KeyboardInterrupt`` stops the workers
    and leaves a state a rerun resumes from.
    """
    out = Path(out_dir)
    check_output_folder(paths, out)
    inputs = scan_inputs(paths)
    if not inputs.items:
        extra = f" ({len(inputs.not_processed)} other files: only PDFs are redacted)" if inputs.not_processed else ""
        raise EmptyInputError(f"no PDF found in {', '.join(map(str, paths))}{extra}")
    pol = policy if isinstance(policy, Policy) else load_policy(None if policy is None else Path(policy))
    key = load_key(audit_key, create=new_audit_key or audit_key is None)
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / STATE_DIR).mkdir(exist_ok=True)
    except OSError as exc:
        raise output_error(out / STATE_DIR, exc) from exc
    audit_path = out / AUDIT_NAME
    repair_jsonl(audit_path)
    _remove_stale_temporaries(out)
    state = BundleState(out)
    result = BundleResult(out)
    source_key = {it.source: keyed_hash(key, it.relative.as_posix()) for it in inputs.items}

    todo: list[BundleItem] = []
    hashes: dict[Path, str] = {}
    taken: set[str] = set()
    for it in inputs.items:
        try:
            hashes[it.source] = sha256_file(it.source)
        except OSError:
            hashes[it.source] = ""  # pass 1 reports it as a failed document, under a safe name
            todo.append(it)
            continue
        done = state.done_output(hashes[it.source], pol.sha256, source_key[it.source]) if resume else None
        if done is not None and (out / done).is_file() and state.has_summary(done):
            result.skipped.append(done)
            taken.add(done.casefold())
            continue
        todo.append(it)

    for np_ in inputs.not_processed:
        state.remember(DocumentSummary(np_.relative.as_posix(), DocumentResult(
            "", None, False, error="not a PDF: not processed (only PDFs are redacted)", error_type=np_.reason.value), processed=False))
        result.not_processed.append(np_.relative.as_posix())

    try:
        if todo:
            _run_passes(todo, pol, key, out, state, result, hashes, source_key, taken, jobs=jobs, ner=ner, password=password,
                        timeout=timeout, executor=executor, scheduler=scheduler, progress=progress)
    except OutputWriteError:
        raise
    except OSError as exc:
        raise output_error(Path(exc.filename) if exc.filename else out, exc) from exc
    finally:
        sync_jsonl(audit_path)
        sync_jsonl(state.path)
    if reports:
        write_reports(out, state, pol, inventory_style, model=result.model)
    return result


def _run_passes(
    todo: list[BundleItem], pol: Policy, key: bytes, out: Path, state: BundleState, result: BundleResult, hashes: dict[Path, str],
    source_key: dict[Path, str], taken: set[str], *, jobs: int | None, ner: bool, password: str | None, timeout: float | None,
    executor: str, scheduler: str | None, progress: Callable[[str, int, int, int, DocumentResult | None], None] | None,
) -> None:
    """Both passes over the documents still to do, each finished document recorded at once."""
    with BundleRunner(pol, jobs=jobs, ner=ner, password=password, timeout=timeout, executor=executor,
                      scheduler=scheduler, n_documents=len(todo)) as runner:
        info = run_info(pol.name, pol.sha256, runner.detector_names, runner.model)
        result.model = runner.model
        if progress:
            progress("analyze", 0, len(todo), 0, None)  # the phase starts: rate and ETA count from here
        outcomes = runner.analyze(todo, (lambda i, an: progress("analyze", i + 1, len(todo), an.pages, None)) if progress else None)
        knowledge = runner.knowledge(outcomes)
        names = _output_names(outcomes, knowledge, taken)
        ok_pairs = [(it, an) for it, an in zip(todo, outcomes) if an.ok]
        for it, an in zip(todo, outcomes):
            if not an.ok:
                r = DocumentResult(str(it.source), None, False, pages=an.pages, input_sha256=hashes[it.source], error=an.error, error_type=an.error_type)
                _finish(result, r, it, names[an.source], info, key, out, state, pol, hashes, source_key)
        if progress:
            progress("write", 0, len(ok_pairs), 0, None)
        writes = runner.write([an for _, an in ok_pairs], [out / names[an.source] for _, an in ok_pairs], knowledge)
        for i, r in enumerate(writes):
            it, an = ok_pairs[i]
            _finish(result, r, it, names[an.source], info, key, out, state, pol, hashes, source_key)
            if progress:  # the display names the document by its safe name, as every output does
                progress("write", i + 1, len(ok_pairs), an.pages, replace(r, source=names[an.source]))


def _remove_stale_temporaries(out: Path) -> None:
    """Half-written outputs of a killed run (``.name.PID.tmp``; never published, maybe plaintext)."""
    for tmp in out.rglob(".*.tmp"):
        if tmp.is_file() and tmp.name.count(".") >= 3:
            try:
                tmp.unlink()
            except OSError as exc:
                raise output_error(tmp, exc) from exc


def _output_names(outcomes: Sequence[AnalyzeOutcome], knowledge: BundleKnowledge, taken: set[str]) -> dict[str, str]:
    """Safe, unique output names: what pass 1 found, minus every name the bundle redacted."""
    people = sorted({form for name in knowledge.redacted_names for form in name_forms(name)})
    names = {an.source: redact_relative_name(an.safe_name, people) if people else an.safe_name for an in outcomes}
    order = list(names)
    unique = disambiguate([names[s] for s in order], reserved=taken)
    return dict(zip(order, unique))


def write_reports(out: Path, state: BundleState, pol: Policy, inventory_style: str = "platform", model: str = "") -> None:
    """report.html and the inventory over every document of the bundle, this run and earlier ones."""
    from .outputs.inventory import write_inventory
    from .outputs.report import write_html_report

    summaries = state.summaries()
    names = [s.document for s in summaries]
    results = [s.result for s in summaries]
    dates = [s.date for s in summaries]
    write_html_report(out, results, policy_name=pol.name, relative_names=names, model=model)
    write_inventory(out, results, relative_names=names, judgement_style=inventory_style, dates=dates)  # type: ignore[arg-type]


def _public_error(r: DocumentResult, it: BundleItem, name: str) -> DocumentResult:
    """Messages name the document by its safe output name, never by the input's own name."""
    if r.error is None:
        return r
    err = r.error
    for original in {it.source.name, str(it.source), it.relative.as_posix()}:
        err = err.replace(original, name)
    return replace(r, error=err)


def _finish(
    result: BundleResult, r: DocumentResult, it: BundleItem, name: str, info: Any, key: bytes, out: Path, state: BundleState,
    pol: Policy, hashes: dict[Path, str], source_key: dict[Path, str],
) -> None:
    """Record a finished document: summary, audit records, then done-mark (in that order, so a
    kill between them only makes the rerun redo the document)."""
    from .outputs.inventory import pdf_date

    r = _public_error(r, it, name)
    result.results.append(r)
    result.names[r.source] = name
    state.remember(DocumentSummary(name, r, pdf_date(it.source)))
    append_jsonl(out / AUDIT_NAME, document_records(r, info, key, name, source_name_hmac=source_key[it.source]))
    if r.ok:
        state.mark(hashes[it.source], pol.sha256, source_key[it.source], name)
