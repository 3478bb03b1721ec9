"""Build ``src/woo_redact/data/streets/streets.txt.gz``: Dutch street names from the BAG.

Why: many Dutch streets carry no street-type word (``Achterom``, ``In de Wolken``, ``Lange
Voorhout``); with a house number after them they are an address, and only a list of real street
names tells them from ordinary capitalised words. The list is the public BAG register's
*openbare ruimte* names (Kadaster, CC0 1.0) as counted in OpenTaal's analysis of the NLExtract
BAG address export (``OpenTaal/bag-addresses``, MIT).

Input: a git directory of that repository (as fetched) or the TSV file itself
(``results/bagadres.csv.openbareruimte-frequency.tsv``: ``count<TAB>name``). Names that end
in a street-type word the address regex already knows are left out (the regex finds them);
so are names of one or two characters and names with digits. Output: one name per line,
sorted, gzip-compressed (deterministic: mtime 0).

Usage::

    python scripts/build_streets.py /work/.mirror/OpenTaal+bag-addresses/repo [--commit SHA]
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from woo_redact.detect.recognizers.postcode_address import STREET_SUFFIXES

TSV = "results/bagadres.csv.openbareruimte-frequency.tsv"
OUT = ROOT / "src" / "woo_redact" / "data" / "streets" / "streets.txt.gz"


def read_source(source: Path, commit: str) -> str:
    """The TSV text, from a file or from ``commit`` of a (bare) git directory."""
    if source.is_file():
        return source.read_text(encoding="utf-8")
    out = subprocess.run(
        ["git", "--git-dir", str(source), "show", f"{commit}:{TSV}"], check=True, capture_output=True
    )
    return out.stdout.decode("utf-8")


def street_names(tsv: str) -> list[str]:
    """Names without a known street-type suffix (the regex covers those), cleaned and sorted."""
    suffix = re.compile(r"(?:" + "|".join(sorted(set(STREET_SUFFIXES), key=len, reverse=True)) + r")$", re.IGNORECASE)
    names: set[str] = set()
    for line in io.StringIO(tsv):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 2:
            continue
        name = " ".join(parts[1].split())
        if len(name) < 3 or re.search(r"\d", name) or not re.match(r"[A-ZÀ-Ý'’]", name):
            continue
        if suffix.search(name):
            continue
        names.add(name)
    return sorted(names)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="git directory of OpenTaal/bag-addresses, or the TSV file")
    ap.add_argument("--commit", default="HEAD", help="commit to read from a git directory (default HEAD)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    names = street_names(read_source(args.source, args.commit))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = ("\n".join(names) + "\n").encode("utf-8")
    with open(args.out, "wb") as fh, gzip.GzipFile(filename="", fileobj=fh, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(data)
    print(f"{len(names)} street names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
