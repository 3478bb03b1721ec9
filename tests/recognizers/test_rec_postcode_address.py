"""Postcode and address recognizers."""

from __future__ import annotations

import pytest
from recog_helpers import find, spans

from woo_redact.detect.recognizers import AddressRecognizer, PostcodeRecognizer


@pytest.fixture(scope="module")
def pc() -> PostcodeRecognizer:
    return PostcodeRecognizer()


@pytest.fixture(scope="module")
def addr() -> AddressRecognizer:
    return AddressRecognizer()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("postcode 1234 AB", ["1234 AB"]),
        ("3511LX Utrecht", ["3511LX"]),
        ("Postbus 123, 1234 AB Utrecht", ["1234 AB"]),
        ("2511 CV Den Haag en 9711 LM Groningen", ["2511 CV", "9711 LM"]),
    ],
)
def test_postcode_positive(pc: PostcodeRecognizer, text: str, expected: list[str]) -> None:
    assert spans(pc, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "0123 AB",  # first digit 0
        "1234 SA",
        "1234 SD",
        "1234 SS",
        "1234 ab",  # lower case
        "In 2024 NL",
        "sinds 2019 EU-breed",
        "12345 AB",
        "1234 ABC",
        "€ 1500 GB",
        "1500 KW vermogen",
        "sinds 2019 OM en politie",
    ],
)
def test_postcode_negative(pc: PostcodeRecognizer, text: str) -> None:
    assert spans(pc, text) == []


def test_postcode_after_postbus_is_marked(pc: PostcodeRecognizer) -> None:
    r = find(pc, "Postbus 123, 1234 AB Utrecht")[0]
    assert "Postbus" in r.analysis_explanation.textual_explanation


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wielewaalweg 23", ["Wielewaalweg 23"]),
        ("Hij woont aan de Kerkstraat 12a in Zeist.", ["Kerkstraat 12a"]),
        ("adres: Van Goghlaan 4-II", ["Van Goghlaan 4-II"]),
        ("Burgemeester de Withstraat 7 bis", ["Burgemeester de Withstraat 7 bis"]),
        ("Lange Nieuwstraat 101 A,", ["Lange Nieuwstraat 101 A"]),
        ("Laan van Meerdervoort 52", ["Laan van Meerdervoort 52"]),
        ("Oude Gracht 12", ["Oude Gracht 12"]),
        ("Prins Hendrikkade 5-hs", ["Prins Hendrikkade 5-hs"]),
        ("Op Stationsplein 1 is", ["Stationsplein 1"]),
        ("Dorpsstraat 3, Heerde en Molendijk 12", ["Dorpsstraat 3", "Molendijk 12"]),
        ("Wielewaalweg 23, 1234 AB Amsterdam", ["Wielewaalweg 23, 1234 AB Amsterdam"]),
        ("Kerkstraat 12a\n3511 LX Utrecht", ["Kerkstraat 12a\n3511 LX Utrecht"]),
        ("Wonende Beukenlaan 7 2511 CV Den Haag.", ["Beukenlaan 7 2511 CV Den Haag"]),
        ("Jan van Galenstraat 12", ["Jan van Galenstraat 12"]),
        ("Prinses Beatrixlaan 2", ["Prinses Beatrixlaan 2"]),
        ("Stationsweg 1-3", ["Stationsweg 1-3"]),
        ("Bezuidenhoutseweg 73", ["Bezuidenhoutseweg 73"]),
    ],
)
def test_address_positive(addr: AddressRecognizer, text: str, expected: list[str]) -> None:
    assert spans(addr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "artikel 5",
        "Hoofdstuk 3",
        "Postbus 100",
        "pagina 2",
        "Wet open overheid 5",
        "zie bijlage 3",
        "Eindhoven 2024",
        "Amsterdam 2023",
        "De vergadering 3 keer",
        "Gerechtshof 2",
        "loopbaan 12",
        "de Arbeidsmarkt 2025",
        "Barneveld 3",
        "Kamp 12",
    ],
)
def test_address_negative(addr: AddressRecognizer, text: str) -> None:
    assert spans(addr, text) == []


def test_full_address_scores_higher(addr: AddressRecognizer) -> None:
    full = find(addr, "Wielewaalweg 23, 1234 AB Amsterdam")[0]
    street = find(addr, "Wielewaalweg 23")[0]
    assert full.score > street.score
    assert "postcode" in full.analysis_explanation.textual_explanation


@pytest.mark.parametrize("text, expected", [("Hij woont aan de Kleasterdyk 7 in Dokkum.", "Kleasterdyk 7"), ("Mounewei 14, Drachten", "Mounewei 14")])
def test_frisian_street_names(text: str, expected: str) -> None:
    from woo_redact.detect.recognizers import AddressRecognizer

    assert [text[r.start : r.end] for r in AddressRecognizer().analyze(text, ["ADDRESS"])] == [expected]


def test_place_name_with_a_count_is_no_address() -> None:
    from woo_redact.detect.recognizers import AddressRecognizer

    assert AddressRecognizer().analyze("Zij was in Beverwijk 3 keer op bezoek.", ["ADDRESS"]) == []
