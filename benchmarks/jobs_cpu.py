"""Wall time and CPU of a whole ``redact_bundle`` run at a given ``--jobs``, pool workers included.

``benchmarks/run.py`` cannot count the CPU of pool workers (they are children of the fork
server, not of the run). This reads the fork server's own and its reaped children's CPU from
``/proc`` after the pool has shut down, so ``--jobs 1`` and ``--jobs 2`` compare in CPU seconds
as well as wall time (Linux only)::

    .venv/bin/python benchmarks/jobs_cpu.py benchmarks/out/bundle_200_s1 2
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import shutil
import time
from pathlib import Path


def _own_cpu() -> float:
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def _forkserver_cpu() -> float:
    """CPU of the fork server and of every worker it reaped (0 when no pool ran)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")  # utime stime cutime cstime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="wall and CPU of redact_bundle at a given --jobs")
    ap.add_argument("bundle", type=Path)
    ap.add_argument("jobs", type=int)
    ap.add_argument("--out", type=Path, default=None, help="output folder (removed first); default /tmp/jobs_cpu_<jobs>")
    a = ap.parse_args(argv)
    logging.getLogger("woo_redact").setLevel(logging.ERROR)
    out = a.out or Path(f"/tmp/jobs_cpu_{a.jobs}")
    if out.exists():
        shutil.rmtree(out)
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), _own_cpu()
    import woo_redact.bundle as wb

    res = wb.redact_bundle([a.bundle], out, jobs=a.jobs, audit_key=out.parent / f".{out.name}.key", resume=False, new_audit_key=True)
    wall = time.perf_counter() - t0
    cpu = _own_cpu() - c0 + _forkserver_cpu()
    print(f"jobs {a.jobs}: wall {wall:.1f} s, CPU {cpu:.1f} s (imports, pool start-up and model loads included), "
          f"{len(res.results)} documents, {len(res.failed)} failed; load average {load:.2f} at start, {os.getloadavg()[0]:.2f} at end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
