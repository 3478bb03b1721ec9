"""Cost per page of the document rebuild and of the verifier (not a test; run by hand).

usage: .venv/bin/python tests/hostile/bench_verify.py samples/ ../shared/eval/woo_dev/docs
Writes each PDF without boxes (the rebuild runs on every document), then verifies the output
against 20 invented secrets, and prints milliseconds per page for both.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pikepdf

from woo_redact.pdf.redact import apply_redactions
from woo_redact.verify import verify_output

SECRETS = [f"{a} {b}" for a in ("Anna", "Bram", "Cor", "Dirk") for b in ("Zwanenburg", "Oosterhuis", "Kleinjan", "Heuvelink", "Vd Berg")]


def main(folders: list[str]) -> None:
    pages = 0
    t_write = t_verify = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            for src in sorted(Path(folder).rglob("*.pdf")):
                dst = Path(tmp) / "out.pdf"
                try:
                    with pikepdf.open(src) as pdf:
                        n = len(pdf.pages)
                    t0 = time.perf_counter()
                    apply_redactions(src, dst, [], scrub_strings=SECRETS)
                    t1 = time.perf_counter()
                    res = verify_output(dst, SECRETS)
                    t2 = time.perf_counter()
                except Exception as exc:  # noqa: BLE001 - report and go on
                    print(f"{src.name}: {type(exc).__name__}")
                    continue
                pages += n
                t_write += t1 - t0
                t_verify += t2 - t1
                print(f"{src.name}: {n} pages, rebuild {1000 * (t1 - t0) / n:.0f} ms/page, verify {1000 * (t2 - t1) / n:.0f} ms/page, ok={res.ok}")
    if pages:
        print(f"TOTAL {pages} pages: rebuild {1000 * t_write / pages:.1f} ms/page, verify {1000 * t_verify / pages:.1f} ms/page")


if __name__ == "__main__":
    main(sys.argv[1:] or ["samples"])
