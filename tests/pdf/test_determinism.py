"""The writer's report is the same on every run: no order taken from a hash set."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pikepdf

_SCRIPT = """
import sys
from woo_redact.pdf.redact import apply_redactions
print(repr(apply_redactions(sys.argv[1], sys.argv[2], []).metadata_scrubbed))
"""


def _pdf(path: Path) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.trailer["/Info"] = pdf.make_indirect(pikepdf.Dictionary({
        f"/{k}": pikepdf.String("x") for k in ("Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate")
    }))
    pdf.Root["/ViewerPreferences"] = pikepdf.Dictionary(HideToolbar=True)
    pdf.Root["/OpenAction"] = pikepdf.Array([pdf.pages[0].obj, pikepdf.Name.Fit])
    pdf.Root["/PageMode"] = pikepdf.Name.UseNone
    pdf.save(path)


def test_scrubbed_metadata_is_listed_in_the_same_order_whatever_the_hash_seed(tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    _pdf(src)
    seen = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", _SCRIPT, str(src), str(tmp_path / f"out{seed}.pdf")],
                             capture_output=True, text=True, env=env, check=True)
        seen.add(out.stdout.strip())
    assert len(seen) == 1
    listed = ast.literal_eval(seen.pop())
    info = [n for n in listed if n.startswith("Info/")]
    assert info == sorted(info) and len(info) == 8
    assert {"Catalog/OpenAction", "Catalog/ViewerPreferences", "Catalog/PageMode"} <= set(listed)
