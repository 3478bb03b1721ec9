"""Build ``data/organisations/countries.txt``: Dutch names of countries and territories.

Source: the Unicode CLDR (``cldr-json``, ``cldr-localenames-full/main/{nl,en}/territories.json``),
Unicode License v3 (permissive; notice in ``data/ATTRIBUTION.md``). A country the model reads as
a person ("Singapore, Noorwegen") is a place; the decision stage asks the place register, and
this list extends it beyond the Netherlands.

    python scripts/build_countries.py nl/territories.json en/territories.json [--commit SHA]

(English names too: Woo releases hold English pages and mails.)

Continents and macro-regions ("Afrika", "West-Europa") are kept, pseudo-locales and "unknown"
are dropped; a hyphenated name also gets its spaced form ("Sint-Maarten" → "Sint Maarten").
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "woo_redact" / "data" / "organisations" / "countries.txt"
_DROP = {"XA", "XB", "ZZ", "EZ", "QO", "UN", "UN-alt-short", "001"}


def names(payload: dict[str, object]) -> list[str]:
    (locale,) = payload["main"]  # type: ignore[index]
    terr = payload["main"][locale]["localeDisplayNames"]["territories"]  # type: ignore[index]
    out: set[str] = set()
    for code, name in terr.items():
        if code in _DROP or not name[:1].isupper():
            continue
        for n in (name, name.replace("-", " ")):
            n = n.split(" (")[0].strip()
            if len(n) > 2:  # "VK", "VS": acronyms are the organisation register's business
                out.add(n)
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("territories", type=Path, nargs="+")
    ap.add_argument("--commit", default="b08a82b582f1120d630d623f9e5073316741574d")
    args = ap.parse_args()
    found = sorted({n for p in args.territories for n in names(json.loads(p.read_text(encoding="utf-8")))})
    head = (
        "# Dutch names of countries and territories, from the Unicode CLDR (unicode-org/cldr-json @ "
        f"{args.commit},\n# cldr-localenames-full/main/{{nl,en}}/territories.json), Unicode License v3. "
        "Built by scripts/build_countries.py.\n"
    )
    OUT.write_text(head + "".join(n + "\n" for n in found), encoding="utf-8")
    print(f"{len(found)} names -> {OUT}")


if __name__ == "__main__":
    main()
