"""CPU seconds per stage of one in-process bundle run (``jobs=1``), for A/B comparisons of code.

``benchmarks/run.py`` reports wall time per stage, which other load on a shared machine
inflates; this counts ``time.process_time`` of this process per stage instead (children such as
pdftotext and Tesseract are shown apart), so two trees can be compared at the same moment::

    PYTHONPATH=/path/to/tree_a/src .venv/bin/python benchmarks/stage_cpu.py BUNDLE /tmp/out_a
    PYTHONPATH=/path/to/tree_b/src .venv/bin/python benchmarks/stage_cpu.py BUNDLE /tmp/out_b

Start-up (model loading) runs before the measurement. A stage called inside another counts once,
under the outer one; ``other`` is file-name checks, knowledge merging and the runner itself.
"""

from __future__ import annotations

import argparse
import collections
import functools
import logging
import resource
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _wrapper(acc: dict[str, float], depth: list[int], label: str, orig: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(orig)
    def timed(*a: Any, **k: Any) -> Any:
        if depth[0]:
            return orig(*a, **k)
        depth[0] += 1
        t = time.process_time()
        try:
            return orig(*a, **k)
        finally:
            acc[label] += time.process_time() - t
            depth[0] -= 1

    return timed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="CPU seconds per stage of one in-process bundle run (jobs=1)")
    ap.add_argument("bundle", type=Path)
    ap.add_argument("out", type=Path, help="output folder (removed first)")
    a = ap.parse_args(argv)
    logging.getLogger("woo_redact").setLevel(logging.ERROR)

    import woo_redact.bundle as wb
    from woo_redact import ocr, pipeline, verify
    from woo_redact.pdf import redact

    acc: collections.defaultdict[str, float] = collections.defaultdict(float)
    depth = [0]

    def wrap(owner: Any, name: str, label: str) -> None:
        setattr(owner, name, _wrapper(acc, depth, label, getattr(owner, name)))

    wb._init_worker(None, None, True)
    pipe = wb._WORKER["pipe"]
    pipeline.Pipeline.create = classmethod(lambda cls, *x, **k: pipe)  # type: ignore[method-assign,assignment]
    for det in pipe.detectors:
        for method in ("detect_batch", "detect_pages"):
            if hasattr(det, method):
                wrap(det, method, f"detect:{det.name}")
    wrap(pipeline, "extract", "extract")
    for name in ("add_image_text", "add_unexplained_ink_text"):
        wrap(ocr, name, "ocr")
    wrap(pipeline.Pipeline, "_ocr_if_needed", "ocr")
    wrap(pipeline.Pipeline, "decide", "decide")
    wrap(pipeline.Pipeline, "plan", "plan")
    wrap(redact, "apply_redactions", "write")
    wrap(verify, "verify_or_delete", "verify")
    wrap(pipeline.Pipeline, "_rendition", "rendition")
    wrap(wb, "write_reports", "reports")
    wrap(wb, "_finish", "audit")

    if a.out.exists():
        shutil.rmtree(a.out)
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0, w0 = time.process_time(), time.perf_counter()
    res = wb.redact_bundle([a.bundle], a.out, jobs=1, audit_key=a.out.parent / f".{a.out.name}.key", resume=False, new_audit_key=True)
    total, wall = time.process_time() - t0, time.perf_counter() - w0
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = kids1.ru_utime + kids1.ru_stime - kids0.ru_utime - kids0.ru_stime
    print(f"documents {len(res.results)}, failed {len(res.failed)}; CPU {total:.2f} s (+ child processes {children:.2f} s), wall {wall:.1f} s")
    for label, sec in sorted(acc.items()):
        print(f"  {label:24s} {sec:6.2f} s")
    print(f"  {'other':24s} {total - sum(acc.values()):6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
