"""Pages/s of `woo-redact redact --executor dask` with 1, 2 and 4 workers on a LocalCluster.

Usage: .venv/bin/python benchmarks/dask_scaling.py [--pages 100] [--workers 1 2 4]

Generates a bundle with benchmarks/generate_bundle.py (if missing), runs the bundle once per
worker count through the library (the same code path as the CLI), and prints pages/s and the
scaling efficiency (speed-up / workers). Results go to benchmarks/results_dask.md with the
machine and date. On a 2-core machine, 4 workers can't scale beyond 2: the figure shows the
overhead of oversubscription rather than the cluster's capacity.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _machine() -> str:
    """The machine line, from the main harness (benchmarks/run.py) so both files agree."""
    sys.path.insert(0, str(HERE))
    from run import machine_info  # type: ignore[import-not-found]

    m = machine_info()
    return f"{m['nproc']} cores ({m['cpu']}), {m['memory']}, Python {m['python']}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--no-ner", action="store_true", help="rules and name cues only")
    args = ap.parse_args()

    from woo_redact.bundle import redact_bundle

    bundle = HERE / "out" / f"dask_bundle_{args.pages}"
    if not bundle.is_dir():
        subprocess.run([sys.executable, str(HERE / "generate_bundle.py"), "--pages", str(args.pages), "--out", str(bundle)], check=True)
    rows = []
    base = None
    with tempfile.TemporaryDirectory() as td:
        key = Path(td) / "audit.key"
        for n in args.workers:
            out = Path(td) / f"out{n}"
            t0 = time.perf_counter()
            res = redact_bundle([bundle], out, jobs=n, audit_key=key, executor="dask", ner=not args.no_ner, reports=False, new_audit_key=True)
            wall = time.perf_counter() - t0
            pages = sum(r.pages for r in res.results if r.ok)
            rate = pages / wall
            base = base or rate
            rows.append((n, pages, wall, rate, rate / base / n, len(res.failed)))
            print(f"{n} workers: {pages} pages in {wall:.1f} s = {rate:.2f} pages/s, efficiency {rate / base / n:.2f}, failed {len(res.failed)}", flush=True)
            shutil.rmtree(out, ignore_errors=True)
    lines = [
        "# Dask scaling",
        "",
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC on {_machine()}.",
        f"Bundle: {args.pages}+ generated pages; `redact_bundle(..., executor='dask')` on a LocalCluster "
        f"(1 thread per worker process); NER {'off' if args.no_ner else 'on'}. Wall time includes cluster start and model loading.",
        "",
        "| workers | pages | wall s | pages/s | scaling efficiency |",
        "|---:|---:|---:|---:|---:|",
    ]
    lines += [f"| {n} | {p} | {w:.1f} | {r:.2f} | {e:.2f} |" for n, p, w, r, e, _f in rows]
    lines += ["", "Efficiency = (pages/s with N workers) / (pages/s with 1 worker) / N."]
    (HERE / "results_dask.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'results_dask.md'}")


if __name__ == "__main__":
    main()
