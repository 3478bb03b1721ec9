"""Streets without a street-type word, from the shipped BAG street list (values invented)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from recog_helpers import spans

from woo_redact.detect.recognizers import StreetListRecognizer
from woo_redact.detect.recognizers.streets import street_names


def test_list_is_shipped_and_holds_no_suffix_streets() -> None:
    names = street_names()
    assert len(names) > 30000
    assert "Lange Voorhout" in names
    assert not any(n.endswith("straat") for n in names)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lange Voorhout 9", ["Lange Voorhout 9"]),
        ("R-12\tLange Voorhout 9 bis\t2514 EA", ["Lange Voorhout 9 bis"]),
        ("hij woont op Lange Voorhout 118-a.", ["Lange Voorhout 118-a"]),
        ("woonachtig te Achterom 12, Culemborg", ["Achterom 12"]),  # ordinary word: with context
        ("Achterom 12, 4101 BZ Culemborg", ["Achterom 12"]),  # ordinary word: with a postcode
    ],
)
def test_streets_without_suffix_with_house_number(text: str, expected: list[str]) -> None:
    assert spans(StreetListRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De Lange Voorhout is in 2024 opnieuw ingericht.",  # a street in policy text: no number
        "Achterom 12 keer per jaar",  # ordinary word without address context
        "Artikel 5 van de Woo",
        "Bijlage 2 bij het besluit",
        "Lange Voorhout 9 procent",
    ],
)
def test_no_street_without_number_or_for_document_words(text: str) -> None:
    assert spans(StreetListRecognizer(), text) == []


def test_build_script_is_deterministic(tmp_path: Path) -> None:
    import subprocess
    import sys

    tsv = tmp_path / "names.tsv"
    tsv.write_text("5\tKerkstraat\n3\tLange Voorhout\n2\tHet Rond\n1\tA\n1\t3e Straat\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    outs = []
    for n in range(2):
        out = tmp_path / f"s{n}.txt.gz"
        subprocess.run([sys.executable, str(root / "scripts" / "build_streets.py"), str(tsv), "--out", str(out)], check=True, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert gzip.decompress(outs[0]).decode("utf-8").splitlines() == ["Het Rond", "Lange Voorhout"]


def test_a_year_after_a_one_word_street_is_no_house_number() -> None:
    assert spans(StreetListRecognizer(), "Aan het pand Achterom wordt eind 2023 gewerkt; Achterom 2023") == []
