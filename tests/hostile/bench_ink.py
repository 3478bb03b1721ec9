"""Cost per page of unexplained-ink OCR (not a test; run by hand).

usage: nice .venv/bin/python tests/hostile/bench_ink.py ../shared/eval/woo_dev/docs benchmarks/out/...
Extracts each PDF (as the pipeline does), then times :func:`woo_redact.ocr.add_unexplained_ink_text`
and prints, per folder and overall: pages, milliseconds per page, pages with unexplained ink,
Tesseract runs and words added (counts only, never text).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from woo_redact.extract import extract
from woo_redact.ocr import ImageTextCache, add_unexplained_ink_text


def main(folders: list[str]) -> None:
    tot = dict(pages=0, ms=0.0, cpu=0.0, unexplained=0, runs=0, words=0, docs=0)
    for folder in folders:
        f = dict(pages=0, ms=0.0, cpu=0.0, unexplained=0, runs=0, words=0, docs=0)
        cache = ImageTextCache()
        for src in sorted(Path(folder).rglob("*.pdf")):
            try:
                doc = extract(src)
            except Exception as exc:  # a benchmark skips what it cannot read
                print(f"skip {src.name}: {type(exc).__name__}")
                continue
            t, c = time.perf_counter(), time.process_time()
            _, rep = add_unexplained_ink_text(doc, cache=cache)
            ms = (time.perf_counter() - t) * 1000
            f["cpu"] += (time.process_time() - c) * 1000  # this process only: Tesseract runs as a child
            f["docs"] += 1
            f["pages"] += len(doc.pages)
            f["ms"] += ms
            f["unexplained"] += rep.pages_unexplained
            f["runs"] += rep.ocr_runs
            f["words"] += rep.words
            if rep.pages_unexplained:
                print(f"  {src.name}: {len(doc.pages)} p, {ms:.0f} ms, unexplained {rep.pages_unexplained}, "
                      f"runs {rep.ocr_runs}, words {rep.words}")
        for k in tot:
            tot[k] += f[k]
        _line(folder, f)
    _line("total", tot)


def _line(name: str, f: dict[str, float]) -> None:
    p = max(f["pages"], 1)
    print(f"{name}: {f['docs']:.0f} docs, {f['pages']:.0f} pages, {f['ms'] / p:.1f} ms/page wall, "
          f"{f['cpu'] / p:.1f} ms/page CPU (without Tesseract), "
          f"pages with unexplained ink {f['unexplained']:.0f}, OCR runs {f['runs']:.0f}, words {f['words']:.0f}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["../shared/eval/woo_dev/docs"])
