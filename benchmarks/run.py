#!/usr/bin/env python3
"""woo_redact benchmark harness (issue #6): ours vs. the baseline a user would write vs. the floor.

One command, one run, the same generated bundle for all three::

    .venv/bin/python benchmarks/run.py                # 200 pages, jobs 1 and 2
    .venv/bin/python benchmarks/run.py --scaling      # + bundles of 50, 200 and 800 pages

Systems (each in its own child process, so time and peak RSS are its own):

* ``ours``: ``woo_redact.redact_bundle`` end to end (both passes, writer, verification, audit),
  through the library with ``jobs=1`` (and ``jobs=2`` for the scaling table);
* ``baseline``: Presidio ``AnalyzerEngine`` with the same spaCy model through Presidio's
  ``SpacyNlpEngine`` (PER -> PERSON) plus our Dutch recognizers, page by page, and PyMuPDF
  ``search_for`` + ``add_redact_annot`` + ``apply_redactions`` for every result; runs in the
  benchmark-only venv ``benchmarks/.venv-bench`` (PyMuPDF is AGPL, never a project dependency);
* ``floor``: PDFium text extraction (pypdfium2) plus batched spaCy NER (``nlp.pipe``) alone.

Recall: a gold string (``gold.json``) counts as redacted when ``pdftotext`` of the output no
longer contains it (whitespace-normalised, whole-word match). Results go to
``benchmarks/results.md`` and stdout. Internal: ``--worker KIND`` runs one system.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MAIN_PY = ROOT / ".venv" / "bin" / "python"
BENCH_PY = HERE / ".venv-bench" / "bin" / "python"
MODEL = ROOT / "models" / "nl_woo_ner"
OUT = HERE / "out"

# The entity types our default policy redacts automatically (KVK/BTW are review-only there,
# ORGANIZATION/LOCATION are kept): the baseline asks Presidio for exactly these.
PERSONAL_ENTITIES = [
    "PERSON", "EMAIL", "PHONE", "BSN", "IBAN", "POSTCODE", "ADDRESS", "LICENSE_PLATE",
    "DATE_OF_BIRTH", "ID_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "URL", "HEALTH",
]
SCORE_THRESHOLD = 0.5  # the default policy's threshold for rules and NER
STAGES = ["extract", "ocr", "detect", "decide", "plan", "write", "verify"]


def model_available() -> bool:
    return (MODEL / "meta.json").is_file()


def _pdfs(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*.pdf") if p.is_file())


def _bundle_pages(bundle: Path) -> int:
    return int(json.loads((bundle / "gold.json").read_text(encoding="utf-8"))["pages"])


def _model_desc(nlp) -> str:  # type: ignore[no-untyped-def]
    meta = getattr(nlp, "meta", {}) or {}
    return f"{meta.get('name', '?')}@{meta.get('version', '?')} ({'/'.join(nlp.pipe_names) or 'tokenizer only'})"


# =========================================================================== workers


def _cpu() -> float:
    """CPU seconds of this process and its reaped children (e.g. pdftotext run by verification)."""
    import resource

    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def _time_attr(owner, name: str, stages: dict, key: str, enabled: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Wrap owner.name (if it exists) so its run time is added to stages[key]."""
    orig = getattr(owner, name, None)
    if orig is None or not enabled:
        return

    def timed(*a, **k):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return orig(*a, **k)
        finally:
            stages[key] += time.perf_counter() - t

    setattr(owner, name, timed)


def worker_ours(bundle: Path, out: Path, jobs: int) -> dict:
    import logging

    logging.getLogger("woo_redact").setLevel(logging.ERROR)
    import woo_redact.bundle as wb
    from woo_redact.pipeline import Pipeline

    stages: dict[str, float] = defaultdict(float)
    orig_create = Pipeline.create.__func__  # type: ignore[attr-defined]

    def create(cls, *a, **k):  # type: ignore[no-untyped-def]
        t, c = time.perf_counter(), _cpu()
        try:
            pipe = orig_create(cls, *a, **k)
            for det in getattr(pipe, "detectors", []):  # time each detector (in-process runs)
                try:
                    for method in ("detect_batch", "detect_pages"):  # text detectors; layout (page) detectors
                        _time_attr(det, method, stages, f"detector.{getattr(det, 'name', type(det).__name__)}")
                except (AttributeError, TypeError):
                    pass
            return pipe
        finally:
            stages["startup"] += time.perf_counter() - t
            stages["startup_cpu"] += _cpu() - c

    Pipeline.create = classmethod(create)  # type: ignore[method-assign]

    orig_analyze = Pipeline.analyze

    def analyze(self, *a, **k):  # type: ignore[no-untyped-def]
        an = orig_analyze(self, *a, **k)
        if k.get("findings") is None:  # pass 1 (pass 2 reuses its findings; its timings come with the results)
            for key, v in an.timings:
                stages[f"pass1.{key}"] += v
        return an

    orig_finish = wb._finish

    def finish(*a, **k):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return orig_finish(*a, **k)
        finally:
            stages["audit"] += time.perf_counter() - t

    if jobs == 1:  # in-process only: pool workers import their own Pipeline
        Pipeline.analyze = analyze  # type: ignore[method-assign]
    _time_attr(Pipeline, "knowledge", stages, "pass1.knowledge", jobs == 1)
    _time_attr(wb, "write_reports", stages, "reports")
    _time_attr(Pipeline, "_rendition", stages, "pass2.rendition", jobs == 1)
    _time_attr(wb, "sha256_file", stages, "hash inputs")
    # File and folder names lose personal data: each name is checked by the detectors and the
    # policy in pass 1, and every redacted name of the bundle is removed from every output name.
    _time_attr(wb, "_safe_name", stages, "pass1.file names", jobs == 1)
    _time_attr(wb, "_output_names", stages, "output names")
    try:
        from woo_redact.decide import BundleKnowledge

        _time_attr(BundleKnowledge, "merge", stages, "knowledge merge")
    except ImportError:
        pass
    wb._finish = finish

    if out.exists():
        shutil.rmtree(out)
    t0, c0 = time.perf_counter(), _cpu()
    res = wb.redact_bundle([bundle], out, jobs=jobs, audit_key=out.parent / f".{out.name}.audit.key", resume=False, new_audit_key=True)
    wall = time.perf_counter() - t0
    cpu = _cpu() - c0 - stages.pop("startup_cpu", 0.0)
    pass2: dict[str, float] = defaultdict(float)
    for r in res.results:
        for k, v in r.timings:
            pass2[k] += v
    if jobs > 1:  # pass-2 timings of pool workers, as the audit log records them
        pass2 = defaultdict(float)
        for line in (out / "audit.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("record") == "document":
                for k, v in (rec.get("timings") or {}).items():
                    pass2[k] += v
    for k, v in pass2.items():
        stages[f"pass2.{k}"] += v
    pipe = wb._WORKER.get("pipe")
    return {
        "system": "ours",
        "jobs": jobs,
        "pages": _bundle_pages(bundle),  # every page is processed, also in documents that fail
        "documents": len(res.results),
        "failed": [f"{Path(r.source).name}: {r.error}" for r in res.failed],
        "startup_s": stages["startup"],
        "process_s": wall - stages["startup"],
        "cpu_s": cpu if jobs == 1 else float("nan"),  # pool workers are not our children (forkserver)
        "wall_call_s": wall,
        "stages": dict(stages),
        "model": getattr(pipe, "model", "?") if pipe is not None else "?",
        "boxes": sum(len(r.boxes) for r in res.results if r.ok),
    }


def _load_nlp():  # type: ignore[no-untyped-def]
    import spacy

    if model_available():
        return spacy.load(MODEL), True
    return spacy.blank("nl"), False


def worker_baseline(bundle: Path, out: Path) -> dict:
    import pymupdf
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    from woo_redact.detect.recognizers import dutch_recognizers

    t0 = time.perf_counter()
    ner_conf = NerModelConfiguration(
        model_to_presidio_entity_mapping={"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"},
        labels_to_ignore=["ORG", "LOC", "ORGANIZATION", "LOCATION"],
    )
    if model_available():
        # A path: Presidio loads it with spacy.load and does not try to download it.
        engine = SpacyNlpEngine(models=[{"lang_code": "nl", "model_name": str(MODEL)}], ner_model_configuration=ner_conf)
        engine.load()
        have_model = True
    else:
        import spacy

        engine = SpacyNlpEngine(models=[{"lang_code": "nl", "model_name": "blank:nl"}], ner_model_configuration=ner_conf)
        engine.nlp = {"nl": spacy.blank("nl")}  # set directly: nothing is loaded or downloaded
        have_model = False
    registry = RecognizerRegistry(supported_languages=["nl"])
    registry.add_nlp_recognizer(nlp_engine=engine)
    for rec in dutch_recognizers():
        registry.add_recognizer(rec)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["nl"], default_score_threshold=SCORE_THRESHOLD)
    startup = time.perf_counter() - t0

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    st: dict[str, float] = defaultdict(float)
    pages = 0
    boxes = 0
    failed: list[str] = []
    t1, c1 = time.perf_counter(), _cpu()
    for pdf in _pdfs(bundle):
        try:
            ta = time.perf_counter()
            doc = pymupdf.open(pdf)
            st["open"] += time.perf_counter() - ta
            for page in doc:
                pages += 1
                ta = time.perf_counter()
                text = page.get_text()
                tb = time.perf_counter()
                results = analyzer.analyze(text=text, language="nl", entities=PERSONAL_ENTITIES)
                tc = time.perf_counter()
                for r in results:
                    # search_for matches within a line: look each line of the span up on its own
                    for part in text[r.start : r.end].split("\n"):
                        part = part.strip()
                        if part:
                            for rect in page.search_for(part):
                                page.add_redact_annot(rect, fill=(0, 0, 0))
                                boxes += 1
                page.apply_redactions()
                td = time.perf_counter()
                st["extract"] += tb - ta
                st["analyze"] += tc - tb
                st["redact"] += td - tc
            ta = time.perf_counter()
            rel = pdf.relative_to(bundle)
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            doc.save(out / rel, garbage=3, deflate=True)
            doc.close()
            st["save"] += time.perf_counter() - ta
        except Exception as exc:  # noqa: BLE001
            failed.append(f"{pdf.name}: {type(exc).__name__}: {exc}")
    process = time.perf_counter() - t1
    cpu = _cpu() - c1
    return {
        "system": "baseline",
        "cpu_s": cpu,
        "jobs": 1,
        "pages": pages,
        "documents": len(_pdfs(bundle)),
        "failed": failed,
        "startup_s": startup,
        "process_s": process,
        "stages": dict(st),
        "model": _model_desc(engine.nlp["nl"]) + ("" if have_model else " [spacy.blank('nl'): model missing]"),
        "boxes": boxes,
        "pymupdf": pymupdf.VersionBind,
    }


def worker_floor(bundle: Path) -> dict:
    import pypdfium2 as pdfium

    t0 = time.perf_counter()
    nlp, have_model = _load_nlp()
    startup = time.perf_counter() - t0
    t1, c1 = time.perf_counter(), _cpu()
    texts: list[str] = []
    for pdf in _pdfs(bundle):
        doc = pdfium.PdfDocument(pdf)
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            texts.append(tp.get_text_range())
            tp.close()
            page.close()
        doc.close()
    t2 = time.perf_counter()
    n_ents = 0
    for d in nlp.pipe(texts, batch_size=32):
        n_ents += len(d.ents)
    t3 = time.perf_counter()
    cpu = _cpu() - c1
    return {
        "system": "floor",
        "cpu_s": cpu,
        "jobs": 1,
        "pages": len(texts),
        "documents": len(_pdfs(bundle)),
        "failed": [],
        "startup_s": startup,
        "process_s": t3 - t1,
        "stages": {"extract": t2 - t1, "ner": t3 - t2},
        "model": _model_desc(nlp) + ("" if have_model else " [spacy.blank('nl'): model missing]"),
        "entities": n_ents,
    }


# =========================================================================== orchestration


class TreeSampler(threading.Thread):
    """Peak RSS of a process and its descendants, from /proc (VmHWM per process, VmRSS summed)."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.hwm: dict[int, int] = {}  # pid -> peak kB
        self.names: dict[int, str] = {}
        self.peak_total = 0
        self._halt = threading.Event()

    def _children(self) -> dict[int, list[int]]:
        kids: dict[int, list[int]] = defaultdict(list)
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                with open(f"/proc/{d}/stat", "rb") as fh:
                    stat = fh.read().decode(errors="replace")
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                kids[ppid].append(int(d))
            except (OSError, IndexError, ValueError):
                continue
        return kids

    def sample(self) -> None:
        kids = self._children()
        tree, todo = [], [self.pid]
        while todo:
            p = todo.pop()
            tree.append(p)
            todo.extend(kids.get(p, []))
        total = 0
        for p in tree:
            try:
                with open(f"/proc/{p}/status") as fh:
                    st = fh.read()
            except OSError:
                continue
            hwm = re.search(r"VmHWM:\s+(\d+)", st)
            rss = re.search(r"VmRSS:\s+(\d+)", st)
            if hwm:
                self.hwm[p] = max(self.hwm.get(p, 0), int(hwm.group(1)))
            if rss:
                total += int(rss.group(1))
            m = re.search(r"Name:\s+(\S+)", st)
            if m:
                self.names[p] = m.group(1)
        self.peak_total = max(self.peak_total, total)

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def run_child(python: Path, kind: str, args: list[str], label: str) -> dict:
    res_file = OUT / f".result-{label}.json"
    res_file.unlink(missing_ok=True)
    cmd = [str(python), str(Path(__file__).resolve()), "--worker", kind, "--result", str(res_file), *args]
    print(f"[bench] {label}: {' '.join(cmd[2:])}", file=sys.stderr, flush=True)
    busy = _busy_processes()
    load = os.getloadavg()[0]
    env = dict(os.environ, PYTHONHASHSEED="0", OMP_NUM_THREADS="1", TOKENIZERS_PARALLELISM="false")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    sampler.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or not res_file.is_file():
        raise SystemExit(f"[bench] {label} failed with exit code {proc.returncode}")
    r = json.loads(res_file.read_text())
    res_file.unlink()
    python_pids = [p for p, n in sampler.names.items() if n.startswith("python")]
    r["wall_s"] = wall
    r["peak_rss_mb_max_process"] = max((sampler.hwm[p] for p in python_pids), default=ru.ru_maxrss) / 1024
    r["peak_rss_mb_tree"] = sampler.peak_total / 1024
    r["ru_maxrss_mb"] = ru.ru_maxrss / 1024
    r["processes"] = len(python_pids)
    r["label"] = label
    r["busy_at_start"] = busy
    r["load1_at_start"] = load
    return r


# --------------------------------------------------------------------------- recall


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _pdftotext(path: Path) -> str:
    p = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True)
    return _norm(p.stdout) if p.returncode == 0 else ""


@functools.lru_cache(maxsize=65536)
def _pattern(s: str) -> re.Pattern[str]:
    # Any whitespace, or none, between characters: a string wrapped inside a table cell
    # ("jan.jansen@kpnmail.\nnl") is still the same string to a reader.
    chars = [re.escape(c) for c in _norm(s) if not c.isspace()]
    return re.compile(r"(?<!\w)" + r"\s*".join(chars) + r"(?!\w)")


def _contains(text: str, s: str) -> bool:
    return _pattern(s).search(text) is not None


def input_texts(bundle: Path) -> dict[str, str]:
    return {str(p.relative_to(bundle)): _pdftotext(p) for p in _pdfs(bundle)}


def evaluate_files(bundle: Path, out: Path, inputs: dict[str, str]) -> dict[str, dict]:
    """Per document: published?, and for each scorable gold / keep string whether it is gone."""
    gold = json.loads((bundle / "gold.json").read_text(encoding="utf-8"))
    files: dict[str, dict] = {}
    for name, f in gold["files"].items():
        src_text = inputs[name]
        outp = out / name
        if not outp.is_file():
            files[name] = {"published": False, "gold": [], "keep": []}
            continue
        text = _pdftotext(outp)
        g = [(x["type"], x["text"], not _contains(text, x["text"])) for x in f["gold"] if _contains(src_text, x["text"])]
        k = [(x["type"], x["text"], _contains(text, x["text"])) for x in f.get("keep", []) if _contains(src_text, x["text"])]
        files[name] = {"published": True, "gold": g, "keep": k}
    return files


def aggregate(files: dict[str, dict], names: set[str] | None = None) -> dict:
    """Recall, per-type recall and kept-string rate over the given (published) documents."""
    tot = hit = keep_tot = keep_ok = 0
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    leaked: list[str] = []
    over: list[str] = []
    for name, f in files.items():
        if names is not None and name not in names:
            continue
        for etype, text, gone in f["gold"]:
            tot += 1
            hit += gone
            by_type[etype][0] += 1
            by_type[etype][1] += gone
            if not gone and len(leaked) < 400:
                leaked.append(f"{name}: {etype} {text!r}")
        for etype, text, readable in f["keep"]:
            keep_tot += 1
            keep_ok += readable
            if not readable and len(over) < 200:
                over.append(f"{name}: {etype} {text!r}")
    return {
        "recall": hit / tot if tot else float("nan"),
        "gold": tot,
        "redacted": hit,
        "by_type": {k: {"gold": v[0], "redacted": v[1], "recall": v[1] / v[0] if v[0] else float("nan")} for k, v in sorted(by_type.items())},
        "keep_rate": keep_ok / keep_tot if keep_tot else float("nan"),
        "keep_total": keep_tot,
        "missing_outputs": sorted(n for n, f in files.items() if not f["published"]),
        "leaked_sample": leaked,
        "over_redacted_sample": over,
    }


def evaluate(bundle: Path, out: Path, inputs: dict[str, str]) -> dict:
    files = evaluate_files(bundle, out, inputs)
    return aggregate(files)


def gold_in_input(bundle: Path, inputs: dict[str, str]) -> tuple[int, int]:
    gold = json.loads((bundle / "gold.json").read_text(encoding="utf-8"))
    n = ok = 0
    for name, f in gold["files"].items():
        for g in f["gold"]:
            n += 1
            ok += _contains(inputs[name], g["text"])
    return ok, n


# --------------------------------------------------------------------------- report


def machine_info() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "memory": mem,
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg_at_start": load,
    }


def _busy_processes() -> list[str]:
    """Other processes using a lot of CPU (e.g. model training) that make timings noisy."""
    try:
        p = subprocess.run(["ps", "-eo", "pid,pcpu,etime,args", "--sort=-pcpu"], capture_output=True, text=True)
    except OSError:
        return []
    me = {os.getpid(), os.getppid()}
    busy = []
    for line in p.stdout.splitlines()[1:8]:
        parts = line.split(None, 3)
        if len(parts) == 4 and int(parts[0]) not in me and float(parts[1]) > 20 and "ps -eo" not in parts[3]:
            busy.append(f"pid {parts[0]} {parts[1]}% CPU: {parts[3][:110]}")
    return busy


def pps(r: dict) -> float:
    return r["pages"] / r["process_s"] if r["process_s"] > 0 else float("nan")


def pps_wall(r: dict) -> float:
    return r["pages"] / r["wall_s"] if r["wall_s"] > 0 else float("nan")


def fmt_pct(x: float) -> str:
    return "n/a" if x != x else f"{100 * x:.1f} %"


def stage_rows(ours: dict) -> tuple[list[tuple[str, float, float, float]], float]:
    """(stage, pass-1 s, pass-2 s, total s) rows and the processing time they are shares of."""
    st = ours["stages"]
    rows = []
    labels = {"ocr": "ocr (scanned pages, text in images, ink no glyph explains)"}
    for s in STAGES:
        a, b = st.get(f"pass1.{s}", 0.0), st.get(f"pass2.{s}", 0.0)
        rows.append((labels.get(s, s), a, b, a + b))
    rows.append(("text rendition (.txt next to each PDF)", 0.0, st.get("pass2.rendition", 0.0), st.get("pass2.rendition", 0.0)))
    kn = st.get("pass1.knowledge", 0.0) + st.get("knowledge merge", 0.0)
    rows.append(("knowledge (learn the bundle's people, merge)", kn, 0.0, kn))
    rows.append(("hash inputs", 0.0, 0.0, st.get("hash inputs", 0.0)))
    names = st.get("pass1.file names", 0.0) + st.get("output names", 0.0)
    rows.append(("output file names (personal data removed)", st.get("pass1.file names", 0.0), 0.0, names))
    rows.append(("audit (audit.jsonl, resume state)", 0.0, st.get("audit", 0.0), st.get("audit", 0.0)))
    rows.append(("reports (report.html, inventory)", 0.0, 0.0, st.get("reports", 0.0)))
    accounted = sum(r[3] for r in rows)
    rows.append(("other (unaccounted)", 0.0, 0.0, max(0.0, ours["process_s"] - accounted)))
    return rows, ours["process_s"]


def build_report(info: dict, cfg: dict, main: dict[str, dict], ev: dict[str, dict], scaling: list[dict], jobs_runs: list[dict], busy: list[str], gold_check: tuple[int, int]) -> str:
    ours, base, floor = main["ours"], main["baseline"], main["floor"]
    L: list[str] = []
    w = L.append
    w("# woo_redact benchmark results\n")
    w(f"Generated by `benchmarks/run.py` on {info['date']}.\n")
    w("## Machine\n")
    w("| | |\n|---|---|")
    w(f"| CPU | {info['cpu']} |")
    w(f"| cores (nproc) | {info['nproc']} |")
    w(f"| memory | {info['memory']} |")
    w(f"| Python | {info['python']} |")
    w(f"| platform | {info['platform']} |")
    w(f"| load average at start (1/5/15 min) | {info['loadavg_at_start']} |")
    if busy:
        w(f"| other busy processes at start | {'<br>'.join(busy)} |")
    w("")
    w("## Bundle\n")
    w(f"`generate_bundle.py --pages {cfg['pages']} --seed {cfg['seed']}`: {cfg['documents']} documents, {ours['pages']} pages, "
      f"{gold_check[1]} gold strings ({gold_check[0]} extractable from the input by pdftotext and scored). "
      f"NER model: {floor['model']}, `models/nl_woo_ner/meta.json` modified {cfg.get('model_mtime', '?')}.\n")
    if not cfg["model"]:
        w("**The NER model `models/nl_woo_ner` was missing: baseline and floor used `spacy.blank(\"nl\")` (no NER), "
          "and ours ran on rules and name cues alone. These figures are not the final ones.**\n")
    w("## Throughput, memory and recall (main comparison, 1 worker each)\n")
    w("pages/s = pages / processing time (one-time start-up — imports, model load, engine construction — excluded; "
      "it is shown separately). Peak RSS = largest VmHWM of any Python process of the system. "
      f"Recall and kept strings are counted on the {cfg.get('common_documents', '?')} documents that every system published "
      "(ours withholds a document whose output fails its own verification: see failed docs).\n")
    w("| system | pages | pages/s | processing s | CPU s (processing) | pages per CPU-s | start-up s | wall s (whole process) | peak RSS MiB | recall | kept strings still readable | failed docs |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for key, name in (("ours", "ours: woo-redact redact --jobs 1"), ("baseline", "baseline: Presidio + PyMuPDF"), ("floor", "floor: PDFium + nlp.pipe")):
        r = main[key]
        e = ev.get(key)
        rec = f"{100 * e['recall']:.1f} % ({e['redacted']}/{e['gold']})" if e else "n/a (no output)"
        keep = f"{100 * e['keep_rate']:.1f} % of {e['keep_total']}" if e else "n/a"
        nfail = max(len(r["failed"]), len(e["missing_outputs"]) if e else 0)
        cpu = r.get("cpu_s", float("nan"))
        w(f"| {name} | {r['pages']} | {pps(r):.2f} | {r['process_s']:.1f} | {cpu:.1f} | {r['pages'] / cpu:.2f} | {r['startup_s']:.1f} | {r['wall_s']:.1f} | "
          f"{r['peak_rss_mb_max_process']:.0f} | {rec} | {keep} | {nfail} |")
    w("")
    for key in ("ours", "baseline", "floor"):
        if main[key].get("busy_at_start"):
            w(f"- while {key} ran, other busy processes: " + "; ".join(main[key]["busy_at_start"][:3]))
    ratio_b = pps(ours) / pps(base)
    ratio_f = pps(ours) / pps(floor)
    w(f"- ours / baseline: **{ratio_b:.2f}×** pages/s (wall, incl. start-up: {pps_wall(ours) / pps_wall(base):.2f}×)")
    w(f"- ours / floor: **{ratio_f:.2f}×** pages/s (wall, incl. start-up: {pps_wall(ours) / pps_wall(floor):.2f}×)")
    if all(r.get("cpu_s", 0) > 0 for r in (ours, base, floor)):
        w(f"- by CPU time (insensitive to other load on the machine): ours / baseline {base['cpu_s'] / ours['cpu_s']:.2f}×, "
          f"ours / floor {floor['cpu_s'] / ours['cpu_s']:.2f}×")
    w("")

    # recall per type
    w("### Recall per entity type\n")
    types = sorted({t for e in ev.values() for t in e["by_type"]})
    w("| type | gold | " + " | ".join(k for k in ("ours", "baseline") if k in ev) + " |")
    w("|---|---|" + "---|" * len([k for k in ("ours", "baseline") if k in ev]))
    for t in types:
        g = next((e["by_type"][t]["gold"] for e in ev.values() if t in e["by_type"]), 0)
        cells = [fmt_pct(ev[k]["by_type"].get(t, {}).get("recall", float("nan"))) for k in ("ours", "baseline") if k in ev]
        w(f"| {t} | {g} | " + " | ".join(cells) + " |")
    w("\n`PERSON_FIRST_NAME` is a first name alone (\"Beste Sanne,\"). \"Kept strings\" are strings the default policy keeps "
      "readable (office holders named in their role, generic mailboxes, the 14 0xx service number, the organisation's Postbus "
      "address); a lower figure means over-redaction.\n")
    from collections import Counter

    for k in ("ours", "baseline"):
        if k in ev and ev[k].get("over_redacted_sample"):
            c = Counter(x.split(": ", 1)[1] for x in ev[k]["over_redacted_sample"])
            w(f"- {k}: kept strings it redacted (most frequent): " + ", ".join(f"{t} ×{n}" for t, n in c.most_common(6)))
    for k in ("ours", "baseline"):
        if k in ev and ev[k]["missing_outputs"]:
            w(f"- {k}: no output for {len(ev[k]['missing_outputs'])} documents: {', '.join(ev[k]['missing_outputs'][:10])}")
    if ours["failed"]:
        w(f"- ours: {len(ours['failed'])} failed documents (not published, fail-closed):")
        for f in ours["failed"][:10]:
            w(f"  - {f[:400]}")
    for k in ("ours", "baseline"):
        if k in ev and ev[k]["missing_outputs"]:
            ap = ev[k]["all_published"]
            w(f"- {k}: recall over all {ap['gold']} gold strings in the documents it published: {fmt_pct(ap['recall'])}")
    w("")

    # per stage
    rows, total = stage_rows(ours)
    w("## Where the time goes (ours, 1 worker)\n")
    w("The bundle runner works in two passes (pass 1 analyses every document to learn the bundle's people, pass 2 decides "
      "again with that knowledge and writes); a stage that runs in both has two figures. Seconds summed over documents.\n")
    npages = max(1, ours["pages"])
    w("| stage | pass 1 s | pass 2 s | total s | ms per page | share of processing |")
    w("|---|---|---|---|---|---|")
    for s, a, b, t in rows:
        w(f"| {s} | {a:.2f} | {b:.2f} | {t:.2f} | {1000 * t / npages:.1f} | {fmt_pct(t / total)} |")
    w(f"| **processing total** | | | {total:.2f} | {1000 * total / npages:.1f} | 100 % |")
    w(f"| start-up (model load, engines; not in processing) | | | {ours['startup_s']:.2f} | | |")
    w("")
    dets = {k.split(".", 1)[1]: v for k, v in ours["stages"].items() if k.startswith("detector.")}
    if dets:
        w("Detect, by detector (both passes): "
          + ", ".join(f"{k} {v:.2f} s ({1000 * v / npages:.1f} ms/page)" for k, v in sorted(dets.items(), key=lambda x: -x[1])) + ".  ")
    w("Baseline stages (s): " + ", ".join(f"{k} {v:.2f}" for k, v in base["stages"].items()) + ".  ")
    w("Floor stages (s): " + ", ".join(f"{k} {v:.2f}" for k, v in floor["stages"].items()) + ".\n")

    # scaling
    if jobs_runs:
        w("## Scaling with workers (`--jobs`, same bundle)\n")
        w("pages/s here include the pool's start-up (each worker loads the model) because it is part of a run; "
          "processing-only figures for 1 worker are above.\n")
        w("| jobs | pages | wall s (whole process) | pages/s (wall) | pages/s (processing) | peak RSS per process MiB | peak RSS all processes MiB |")
        w("|---|---|---|---|---|---|---|")
        for r in jobs_runs:
            w(f"| {r['jobs']} | {r['pages']} | {r['wall_s']:.1f} | {pps_wall(r):.2f} | {pps(r):.2f} | {r['peak_rss_mb_max_process']:.0f} | {r['peak_rss_mb_tree']:.0f} |")
        if len(jobs_runs) >= 2:
            w(f"\nSpeed-up 1 → {jobs_runs[-1]['jobs']} workers: {pps(jobs_runs[-1]) / pps(jobs_runs[0]):.2f}× (processing), "
              f"{pps_wall(jobs_runs[-1]) / pps_wall(jobs_runs[0]):.2f}× (wall).")
            busy_j = [b for r in jobs_runs for b in r.get("busy_at_start", [])]
            if busy_j:
                w("Other processes were busy on this machine when these runs started (" + "; ".join(busy_j[:3]) + "), so a second "
                  "worker did not have a free core: this speed-up understates what 2 free cores give.")
        w("")
    if scaling:
        w("## Scaling with bundle size (ours, 1 worker)\n")
        w("| pages | documents | processing s | pages/s | s per page | CPU s per page | decide s (both passes) | recall (published docs) | failed docs |")
        w("|---|---|---|---|---|---|---|---|---|")
        for r in scaling:
            dec = r["stages"].get("pass1.decide", 0.0) + r["stages"].get("pass2.decide", 0.0)
            w(f"| {r['pages']} | {r['documents']} | {r['process_s']:.1f} | {pps(r):.2f} | {r['process_s'] / r['pages']:.3f} | "
              f"{r.get('cpu_s', float('nan')) / r['pages']:.3f} | {dec:.1f} | {fmt_pct(r['recall'])} | {len(r['failed'])} |")
        # CPU time per page is the fairer measure on a shared machine; wall time otherwise
        use_cpu = all(r.get("cpu_s", 0) > 0 for r in scaling)
        sp = [(r["cpu_s"] if use_cpu else r["process_s"]) / r["pages"] for r in scaling]
        growth = sp[-1] / sp[0]
        verdict = "linear (per-page cost within ±20 %)" if growth <= 1.2 else "super-linear: the per-page cost grows with the bundle"
        w(f"\nPer-page {'CPU ' if use_cpu else ''}cost at {scaling[-1]['pages']} pages vs {scaling[0]['pages']} pages: {growth:.2f}× → **{verdict}**.\n")
        per_page = {}
        for r in scaling:
            for k, v in r["stages"].items():
                if k not in ("startup",):
                    per_page.setdefault(k, []).append(v / r["pages"])
        grown = sorted(((v[-1] / v[0], k) for k, v in per_page.items() if v[0] > 0 and v[-1] * scaling[-1]["pages"] > 5), reverse=True)
        if grown:
            w("Per-page cost growth by stage (largest bundle vs smallest): "
              + ", ".join(f"{k} {g:.1f}×" for g, k in grown[:5]) + ".")
            if grown[0][1] == "pass2.decide" and grown[0][0] > 1.5:
                w(" Pass-2 decide grows with the number of people in the bundle: for every document, "
                  "`decide.consistency_findings` checks every name redacted anywhere in the bundle against the "
                  "document's words (a set lookup per name; the name patterns themselves are compiled once per "
                  "bundle and only tried on pages holding all their words).")
        w("")

    # targets
    w("## Targets\n")
    ver_audit = sum(t for s, _, _, t in rows if s == "verify" or s.startswith("audit")) / total
    reports_share = sum(t for s, _, _, t in rows if s.startswith("reports")) / total
    worst_rss = max([ours["peak_rss_mb_max_process"]] + [r["peak_rss_mb_max_process"] for r in jobs_runs])
    eb, eo = ev.get("baseline"), ev.get("ours")
    targets = [
        ("end to end ≥ 2× the baseline's pages/s", ratio_b >= 2.0, f"{ratio_b:.2f}×"),
        ("recall ≥ the baseline's recall", bool(eb and eo and eo["recall"] >= eb["recall"]),
         f"{100 * eo['recall']:.1f} % vs {100 * eb['recall']:.1f} %" if eb and eo else "n/a"),
        ("≥ 0.6× of the floor's pages/s", ratio_f >= 0.6, f"{ratio_f:.2f}×"),
        ("verification + audit < 25 % of total time", ver_audit < 0.25,
         f"{100 * ver_audit:.1f} % (with report.html and the inventory: {100 * (ver_audit + reports_share):.1f} %)"),
        ("peak RSS < 1 GiB per worker", worst_rss < 1024, f"{worst_rss:.0f} MiB"),
    ]
    w("| target | measured | met? |")
    w("|---|---|---|")
    for name, ok, val in targets:
        w(f"| {name} | {val} | {'yes' if ok else '**no**'} |")
    w("")
    missed = [t for t in targets if not t[1]]
    if missed:
        w("### Where the time goes for missed targets\n")
        top = sorted(rows, key=lambda r: -r[3])[:4]
        w("Largest stages of ours: " + "; ".join(f"{s} {t:.1f} s ({fmt_pct(t / total)})" for s, _, _, t in top) + ".")
        p1 = sum(a for _, a, _, _ in rows)
        twice = [s for s, a, b, _ in rows if a > 0.05 and b > 0.05]
        w(f"Pass 1 (analysis to learn the bundle's people) costs {p1:.1f} s = {fmt_pct(p1 / total)} of processing; "
          f"stages that run in both passes: {', '.join(twice) or 'none'}.")
        f_ex, f_ner = floor["stages"]["extract"], floor["stages"]["ner"]
        ex = next(r for r in rows if r[0] == "extract")
        det = next(r for r in rows if r[0] == "detect")
        dets = {k.split(".", 1)[1]: v for k, v in ours["stages"].items() if k.startswith("detector.")}
        ner = sum(v for k, v in dets.items() if "ner" in k)
        w(f"The floor spends {f_ex:.1f} s extracting text and {f_ner:.1f} s on NER. Ours spends {ex[3]:.1f} s extracting "
          f"(PDFium with per-glyph boxes{', in both passes' if ex[1] > 0.05 and ex[2] > 0.05 else ''}) and {det[3]:.1f} s detecting"
          + (f" (NER {ner:.1f} s, the rest rules and name cues)" if dets else "")
          + f"; decide ({next(r for r in rows if r[0] == 'decide')[3]:.1f} s), writing, verification and reports come on top.")
        w("")
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------- main


def ensure_bench_env() -> None:
    subprocess.run(["bash", str(HERE / "setup_bench.sh")], check=True)


def ensure_bundle(pages: int, seed: int, regen: bool) -> Path:
    import hashlib

    b = OUT / f"bundle_{pages}_s{seed}"
    gen_sha = hashlib.sha256((HERE / "generate_bundle.py").read_bytes()).hexdigest()
    current = False
    if (b / "gold.json").is_file():
        current = json.loads((b / "gold.json").read_text(encoding="utf-8")).get("generator_sha256") == gen_sha
    if regen or not current:
        subprocess.run([str(MAIN_PY), str(HERE / "generate_bundle.py"), "--pages", str(pages), "--seed", str(seed), "--out", str(b)], check=True)
    return b


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="woo_redact benchmark: ours vs baseline vs floor")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", default="1,2", help="worker counts for the scaling-with-workers table (default 1,2)")
    ap.add_argument("--scaling", action="store_true", help="also run bundles of 50, 200 and 800 pages")
    ap.add_argument("--scaling-sizes", default="50,200,800")
    ap.add_argument("--regen", action="store_true", help="regenerate bundles even if present")
    ap.add_argument("--results", type=Path, default=HERE / "results.md")
    ap.add_argument("--skip-baseline", action="store_true", help="debugging only")
    # internal
    ap.add_argument("--worker", choices=["ours", "baseline", "floor"])
    ap.add_argument("--result", type=Path)
    ap.add_argument("--bundle", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--worker-jobs", type=int, default=1)
    a = ap.parse_args(argv)

    if a.worker:
        if a.worker == "ours":
            r = worker_ours(a.bundle, a.out, a.worker_jobs)
        elif a.worker == "baseline":
            r = worker_baseline(a.bundle, a.out)
        else:
            r = worker_floor(a.bundle)
        a.result.write_text(json.dumps(r))
        return 0

    OUT.mkdir(parents=True, exist_ok=True)
    info = machine_info()
    busy = _busy_processes()
    if busy:
        print("[bench] WARNING: other busy processes (timings will be noisy):\n  " + "\n  ".join(busy), file=sys.stderr)
    ensure_bench_env()
    have_model = model_available()
    if not have_model:
        print("[bench] WARNING: models/nl_woo_ner is missing: baseline and floor use spacy.blank('nl')", file=sys.stderr)
    bundle = ensure_bundle(a.pages, a.seed, a.regen)
    gold = json.loads((bundle / "gold.json").read_text(encoding="utf-8"))
    inputs = input_texts(bundle)
    gcheck = gold_in_input(bundle, inputs)
    cfg = {"pages": a.pages, "seed": a.seed, "documents": gold["documents"], "model": have_model}
    if have_model:
        cfg["model_mtime"] = dt.datetime.fromtimestamp((MODEL / "meta.json").stat().st_mtime, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    jobs_list = [int(x) for x in a.jobs.split(",") if x.strip()]
    main_runs: dict[str, dict] = {}
    out_ours = OUT / "ours_j1"
    main_runs["ours"] = run_child(MAIN_PY, "ours", ["--bundle", str(bundle), "--out", str(out_ours), "--worker-jobs", "1"], "ours-j1")
    per_file = {"ours": evaluate_files(bundle, out_ours, inputs)}
    if not a.skip_baseline:
        out_base = OUT / "baseline"
        main_runs["baseline"] = run_child(BENCH_PY, "baseline", ["--bundle", str(bundle), "--out", str(out_base)], "baseline")
        per_file["baseline"] = evaluate_files(bundle, out_base, inputs)
    # Recall is compared on the documents every system published (ours withholds a document
    # whose output fails verification); the documents left out are listed.
    common = set.intersection(*({n for n, f in pf.items() if f["published"]} for pf in per_file.values()))
    ev = {k: aggregate(pf, common) for k, pf in per_file.items()}
    for k, pf in per_file.items():
        ev[k]["missing_outputs"] = sorted(n for n, f in pf.items() if not f["published"])
        ev[k]["all_published"] = aggregate(pf)
    cfg["common_documents"] = len(common)
    if a.skip_baseline:
        main_runs["baseline"] = dict(main_runs["ours"], system="baseline (skipped)", stages={})
    main_runs["floor"] = run_child(MAIN_PY, "floor", ["--bundle", str(bundle)], "floor")

    jobs_runs: list[dict] = []
    for j in jobs_list:
        if j == 1:
            jobs_runs.append(main_runs["ours"])
        else:
            jobs_runs.append(run_child(MAIN_PY, "ours", ["--bundle", str(bundle), "--out", str(OUT / f"ours_j{j}"), "--worker-jobs", str(j)], f"ours-j{j}"))

    scaling: list[dict] = []
    if a.scaling:
        for n in [int(x) for x in a.scaling_sizes.split(",")]:
            if n == a.pages:
                r = dict(main_runs["ours"])
                r["recall"] = ev["ours"]["all_published"]["recall"]
            else:
                b = ensure_bundle(n, a.seed, a.regen)
                o = OUT / f"ours_scaling_{n}"
                r = run_child(MAIN_PY, "ours", ["--bundle", str(b), "--out", str(o), "--worker-jobs", "1"], f"ours-{n}p")
                r["recall"] = evaluate(b, o, input_texts(b))["recall"]
            scaling.append(r)

    report = build_report(info, cfg, main_runs, ev, scaling, jobs_runs, busy, gcheck)
    a.results.write_text(report, encoding="utf-8")
    (OUT / "raw_results.json").write_text(json.dumps({"info": info, "cfg": cfg, "main": main_runs, "eval": ev, "jobs": jobs_runs, "scaling": scaling}, indent=1, default=str))
    print(report)
    print(f"[bench] wrote {a.results} (raw figures and leaked-string samples: {OUT / 'raw_results.json'})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
