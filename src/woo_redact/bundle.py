"""A release bundle: many PDFs in, redacted PDFs plus an audit log out.

Two passes, so one person is treated the same way in every document:

1. *analyze* each document (extract, detect, decide alone) and learn which names were redacted
   and which belong to office holders;
2. *write* each document, deciding again with what the whole bundle taught.

Documents are independent tasks in both passes (a process pool with the models loaded once per
worker, or in-process with ``jobs=1``). One broken document yields a failed result with a
reason; the rest of the bundle completes. Outputs are written to a temporary name and renamed.
A document already done with the same input and policy (recorded in ``OUT/.woo-redact/state``)
is skipped on a rerun, so an interrupted run resumes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import pickle
import shutil
import tempfile
import logging
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .audit import append_jsonl, document_records, load_or_create_key, run_info, sync_jsonl
from .decide import BundleKnowledge
from .errors import WooRedactError
from .extract import sha256_file
from .policy import Policy, load_policy
from .types import Document, DocumentResult, Finding

log = logging.getLogger(__name__)

STATE_DIR = ".woo-redact"


@dataclass(frozen=True, slots=True)
class BundleItem:
    source: Path
    relative: Path  # output path relative to the output folder


@dataclass
class BundleResult:
    out_dir: Path
    results: list[DocumentResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[DocumentResult]:
        return [r for r in self.results if not r.ok]

    @property
    def ok(self) -> bool:
        return not self.failed


def collect_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[BundleItem]:
    """PDF files given directly, and every ``*.pdf`` below given folders (recursively)."""
    items: list[BundleItem] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() == ".pdf" and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    if f.resolve() not in seen:
                        seen.add(f.resolve())
                        items.append(BundleItem(f, f.relative_to(p)))
        elif p.is_file():
            if p.resolve() not in seen:
                seen.add(p.resolve())
                items.append(BundleItem(p, Path(p.name)))
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return items


# --------------------------------------------------------------------------- workers

_WORKER: dict[str, object] = {}
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

    def put(self, source: str, doc: Document) -> None:
        if source in self._docs or self._pages + len(doc.pages) > self.max_pages:
            return
        self._docs[source] = doc
        self._pages += len(doc.pages)

    def take(self, source: str) -> Document | None:
        doc = self._docs.pop(source, None)
        if doc is not None:
            self._pages -= len(doc.pages)
        return doc


class DocumentTimeout(WooRedactError):
    """A document took longer than the per-document time limit."""


@contextlib.contextmanager
def _time_limit(seconds: float | None, what: str) -> Iterator[None]:
    """Interrupt a document that hangs (SIGALRM; the main thread of a worker or of jobs=1)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):  # type: ignore[no-untyped-def]
        raise DocumentTimeout(f"{what}: took longer than {seconds:.0f} s and was stopped; raise --timeout to allow more")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _init_worker(policy_path: str | None, policy: Policy | None, ner: bool, work_dir: str | None = None) -> None:
    """Once per worker: load policy and models; OCR results go to the bundle's shared work dir."""
    from .pipeline import Pipeline

    logging.getLogger("woo_redact").setLevel(logging.ERROR)
    pipe = Pipeline.create(policy if policy is not None else policy_path, ner=ner)
    pipe.work_dir = Path(work_dir) if work_dir else None
    _WORKER["pipe"] = pipe


def _pipe():  # type: ignore[no-untyped-def]
    return _WORKER["pipe"]


@dataclass(frozen=True, slots=True)
class _Analysis:
    source: str
    ok: bool
    knowledge: BundleKnowledge | None = None
    error: str | None = None
    error_type: str | None = None
    pages: int = 0
    findings: tuple[Finding, ...] | None = None  # reused by pass 2 (in memory only)
    sha256: str = ""
    document: Document | None = None  # the extraction, for pass 2 (when small enough to keep)


def _analyze_task(source: str, password: str | None, timeout: float | None = None, keep_pages: int = 0) -> _Analysis:
    pipe = _pipe()
    try:
        with _time_limit(timeout, Path(source).name):
            doc, decisions = pipe.analyze(source, password=password)
        return _Analysis(
            source, True, pipe.knowledge(doc, decisions), pages=len(doc.pages), findings=tuple(pipe.last_findings), sha256=doc.sha256,
            document=doc if len(doc.pages) <= keep_pages else None,
        )
    except WooRedactError as exc:
        return _Analysis(source, False, error=str(exc), error_type=type(exc).__name__)
    except Exception as exc:  # noqa: BLE001 - isolate the document
        return _Analysis(source, False, error=f"{Path(source).name}: unexpected {type(exc).__name__}: {exc}", error_type=type(exc).__name__)


def _write_task(
    source: str,
    dest: str,
    password: str | None,
    knowledge: BundleKnowledge,
    timeout: float | None = None,
    findings: tuple[Finding, ...] | None = None,
    findings_sha: str = "",
    doc: Document | None = None,
) -> DocumentResult:
    try:
        with _time_limit(timeout, Path(source).name):
            return _pipe().redact(  # type: ignore[no-any-return]
                source, dest, password=password, knowledge=knowledge, doc=doc, findings=findings, findings_sha=findings_sha
            )
    except DocumentTimeout as exc:
        for leftover in Path(dest).parent.glob(f".{Path(dest).name}.*.tmp"):
            leftover.unlink(missing_ok=True)
        return DocumentResult(source, None, False, error=str(exc), error_type="DocumentTimeout")


def _crashed_analysis(source: str, *rest: object) -> _Analysis:
    return _Analysis(source, False, error=f"{Path(source).name}: the worker process crashed twice on this document", error_type="WorkerCrash")


def _crashed_write(source: str, *rest: object) -> DocumentResult:
    return DocumentResult(source, None, False, error=f"{Path(source).name}: the worker process crashed twice on this document", error_type="WorkerCrash")


# --------------------------------------------------------------------------- runner


def redact_bundle(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    policy: Policy | str | os.PathLike[str] | None = None,
    jobs: int | None = None,
    password: str | None = None,
    audit_key: str | os.PathLike[str] | None = None,
    ner: bool = True,
    resume: bool = True,
    timeout: float | None = DEFAULT_TIMEOUT,
    progress: Callable[[str, int, int, int, DocumentResult | None], None] | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    reports: bool = True,
    inventory_style: str = "platform",
) -> BundleResult:
    """Redact every PDF under ``paths`` into ``out_dir`` with one audit log."""
    out = Path(out_dir)
    items = collect_inputs(paths)
    for it in items:
        if _inside(out, it.source):
            raise ValueError(f"the output folder {out} must not contain the inputs ({it.source})")
    pol = policy if isinstance(policy, Policy) else load_policy(policy)
    key = load_or_create_key(audit_key)
    out.mkdir(parents=True, exist_ok=True)
    state = _State(out / STATE_DIR / "state.jsonl")
    result = BundleResult(out)

    todo: list[BundleItem] = []
    hashes: dict[Path, str] = {}
    for it in items:
        try:
            hashes[it.source] = sha256_file(it.source)
        except OSError as exc:
            result.results.append(DocumentResult(str(it.source), None, False, error=f"{it.source}: cannot read: {exc}", error_type="OSError"))
            continue
        dest = out / it.relative
        if resume and dest.is_file() and state.done(hashes[it.source], pol.sha256, it.relative):
            result.skipped.append(str(it.relative))
            continue
        todo.append(it)

    jobs = max(1, jobs or os.cpu_count() or 1)
    # OCR sandwiches hold plaintext: a private temp folder, never the output folder, shared by
    # the workers so a scan is OCR'd once for both passes.
    work = tempfile.mkdtemp(prefix="woo-redact-")
    try:
        if executor == "dask":
            from .dask_executor import DaskExecutor

            ex: _Executor | DaskExecutor = DaskExecutor(jobs, pol, ner, scheduler, work_dir=work)
        elif executor == "local":
            ex = _Executor.for_policy(min(jobs, max(1, len(todo))), pol, ner, work_dir=work)
        else:
            raise ValueError(f"unknown executor {executor!r}; use 'local' or 'dask'")
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    executor_obj = ex
    try:
        info = run_info(pol.name, pol.sha256, executor_obj.detector_names, executor_obj.model)
        # Pass 1: analyze, learn the bundle's people.
        knowledge = BundleKnowledge()
        failed_early: dict[Path, _Analysis] = {}
        total = len(todo)
        pages_of: dict[Path, int] = {}
        found: dict[Path, tuple[tuple[Finding, ...] | None, str]] = {}
        if progress:
            progress("analyze", 0, total, 0, None)  # the phase starts: rate and ETA count from here
        docs = _DocCache()
        analyses = executor_obj.map(
            _analyze_task, [(str(it.source), password, timeout, docs.max_pages) for it in todo], _crashed_analysis
        )
        for i, an in enumerate(analyses):
            pages_of[todo[i].source] = an.pages
            found[todo[i].source] = (an.findings, an.sha256)
            if an.document is not None:
                docs.put(str(todo[i].source), an.document)
            if an.ok and an.knowledge is not None:
                knowledge.merge(an.knowledge)
            else:
                failed_early[todo[i].source] = an
            if progress:
                progress("analyze", i + 1, total, an.pages, None)
        # Pass 2: write with what the bundle taught.
        write_items = [it for it in todo if it.source not in failed_early]
        for it, an in ((it, failed_early[it.source]) for it in todo if it.source in failed_early):
            r = DocumentResult(str(it.source), None, False, pages=an.pages, input_sha256=hashes[it.source], error=an.error, error_type=an.error_type)
            _finish(result, r, it, info, key, out, state, pol, hashes)
        args = []
        for it in write_items:
            findings, sha = found.get(it.source, (None, ""))
            args.append((str(it.source), str(out / it.relative), password, knowledge, timeout, findings, sha, docs.take(str(it.source))))
        if progress:
            progress("write", 0, len(write_items), 0, None)
        for i, r in enumerate(executor_obj.map(_write_task, args, _crashed_write)):
            _finish(result, r, write_items[i], info, key, out, state, pol, hashes)
            if progress:
                progress("write", i + 1, len(write_items), pages_of.get(write_items[i].source, 0), r)
    finally:
        executor_obj.close()
        shutil.rmtree(work, ignore_errors=True)
        sync_jsonl(out / "audit.jsonl")
        sync_jsonl(state.path)
    if reports:
        write_reports(out, state, pol, inventory_style)
    return result


def write_reports(out: Path, state: _State, pol: Policy, inventory_style: str = "platform") -> None:
    """report.html and the inventory over every document of the bundle, this run and earlier ones."""
    from .inventory import write_inventory
    from .report import write_html_report

    summaries = state.summaries()
    names = [rel for rel, _ in summaries]
    results = [r for _, r in summaries]
    write_html_report(out, results, policy_name=pol.name, relative_names=names)
    write_inventory(out, results, relative_names=names, judgement_style=inventory_style)  # type: ignore[arg-type]


def _finish(
    result: BundleResult, r: DocumentResult, it: BundleItem, info, key: bytes, out: Path, state: _State, pol: Policy, hashes: dict[Path, str]  # type: ignore[no-untyped-def]
) -> None:
    result.results.append(r)
    append_jsonl(out / "audit.jsonl", document_records(r, info, key, it.relative.as_posix()))
    state.remember(it.relative, r)
    if r.ok:
        state.mark(hashes[it.source], pol.sha256, it.relative)


def _inside(folder: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


class _State:
    """Which documents are done, by input hash + policy hash; append-only so kill -9 is safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._done: set[tuple[str, str, str]] = set()
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    d = json.loads(line)
                    self._done.add((d["input"], d["policy"], d["output"]))
                except (ValueError, KeyError):
                    continue  # a torn last line after a crash

    def done(self, input_sha: str, policy_sha: str, rel: Path) -> bool:
        return (input_sha, policy_sha, rel.as_posix()) in self._done

    def remember(self, rel: Path, result: DocumentResult) -> None:
        """Keep a plaintext-free copy of the result for the bundle reports of later runs."""
        clean = replace(
            result,
            decisions=tuple(replace(d, finding=replace(d.finding, text="", explanation="")) for d in result.decisions),
        )
        folder = self.path.parent / "results"
        folder.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256(rel.as_posix().encode()).hexdigest()[:24] + ".pickle"
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        tmp.write_bytes(pickle.dumps((rel.as_posix(), clean), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, folder / name)

    def summaries(self) -> list[tuple[str, DocumentResult]]:
        folder = self.path.parent / "results"
        out: list[tuple[str, DocumentResult]] = []
        for f in sorted(folder.glob("*.pickle")) if folder.is_dir() else []:
            try:
                out.append(pickle.loads(f.read_bytes()))
            except Exception:  # noqa: BLE001 - a torn file from a crash: that document is redone anyway
                continue
        return sorted(out, key=lambda t: t[0])

    def mark(self, input_sha: str, policy_sha: str, rel: Path) -> None:
        rec = {"input": input_sha, "policy": policy_sha, "output": rel.as_posix()}
        append_jsonl(self.path, [rec])
        self._done.add((input_sha, policy_sha, rel.as_posix()))


def _describe_task() -> tuple[list[str], str]:
    pipe = _pipe()
    return pipe.detector_names, pipe.model  # type: ignore[attr-defined]


class _Executor:
    """In-process for one job, a process pool otherwise; ``initializer`` runs once per worker
    (it loads the models), so documents are cheap tasks."""

    def __init__(self, jobs: int, initializer: Callable[..., None], initargs: tuple = ()) -> None:  # type: ignore[type-arg]
        self.jobs = jobs
        self._init, self._initargs = initializer, initargs
        self._pool: ProcessPoolExecutor | None = None
        if jobs == 1:
            initializer(*initargs)
        else:
            self._pool = self._make_pool()

    @classmethod
    def for_policy(cls, jobs: int, policy: Policy, ner: bool, work_dir: str | None = None) -> _Executor:
        ex = cls(jobs, _init_worker, (None, policy, ner, work_dir))
        ex.detector_names, ex.model = next(iter(ex.map(_describe_task, [()])))  # type: ignore[misc]
        return ex

    def map(self, fn: Callable[..., object], args: list[tuple], on_crash: Callable[..., object] | None = None) -> Iterator:  # type: ignore[type-arg]
        """Results in input order. When a worker dies, the tasks it may have held are run again
        one at a time in a fresh pool; one that kills its worker again is reported through
        ``on_crash``. Nothing is lost or done twice in the output."""
        if self._pool is None:
            for a in args:
                yield fn(*a)
            return
        done: dict[int, object] = {}
        nxt = 0
        futures = {i: self._pool.submit(fn, *a) for i, a in enumerate(args)}
        for i in range(len(args)):
            try:
                done[i] = futures[i].result()
            except BrokenProcessPool:
                self._restart()
                for j, f in futures.items():
                    if j not in done and f.done() and f.exception() is None:
                        done[j] = f.result()
                for j in sorted(k for k in futures if k not in done):
                    try:
                        done[j] = self._pool.submit(fn, *args[j]).result()  # type: ignore[union-attr]
                    except BrokenProcessPool:
                        self._restart()
                        if on_crash is None:
                            raise
                        done[j] = on_crash(*args[j])
                futures = {}
            while nxt in done:
                yield done.pop(nxt)
                nxt += 1
            if not futures:
                break
        while nxt in done:
            yield done.pop(nxt)
            nxt += 1

    def _restart(self) -> None:
        assert self._pool is not None
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._make_pool()

    def _make_pool(self) -> ProcessPoolExecutor:
        import multiprocessing as mp

        ctx = mp.get_context("forkserver" if sys.platform != "win32" else "spawn")
        return ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=self._init, initargs=self._initargs)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
