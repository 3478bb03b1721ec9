"""Cost per page of the statement detector next to the other text detectors.

Extracts every text page of a set once, then times each detector's ``detect_batch`` over the
pages of one document at a time (as the pipeline calls it), best of ``--repeat`` runs.

usage: python training/statements/bench_speed.py ../shared/eval/woo_dev [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from woo_redact.extract import extract
from woo_redact.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    docs = [[p.text for p in extract(str(f)).pages] for f in sorted(a.set.rglob("*.pdf"))]
    docs = [d for d in docs if any(t.strip() for t in d)]
    n_pages = sum(len(d) for d in docs)
    n_chars = sum(len(t) for d in docs for t in d)
    pipe = Pipeline.create()
    print(f"{len(docs)} documents, {n_pages} pages, {n_chars / n_pages:.0f} characters a page")
    total = 0.0
    for det in pipe.detectors:
        if not hasattr(det, "detect_batch"):
            continue
        best = float("inf")
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            for d in docs:
                det.detect_batch(d)
            best = min(best, time.perf_counter() - t0)
        total += best
        print(f"{det.name:<16} {1000 * best / n_pages:7.1f} ms/page")
    print(f"{'all text detectors':<16} {1000 * total / n_pages:7.1f} ms/page")


if __name__ == "__main__":
    main()
