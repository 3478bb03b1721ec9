"""Kenteken, date-of-birth and ID-document recognizers."""

from __future__ import annotations

import pytest
from recog_helpers import find, spans

from woo_redact.detect.recognizers import DateOfBirthRecognizer, IdNumberRecognizer, KentekenRecognizer


@pytest.fixture(scope="module")
def plate() -> KentekenRecognizer:
    return KentekenRecognizer()


@pytest.fixture(scope="module")
def dob() -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer()


@pytest.fixture(scope="module")
def ids() -> IdNumberRecognizer:
    return IdNumberRecognizer()


@pytest.mark.parametrize(
    "value, sidecode",
    [
        ("XX-99-99", 1),
        ("99-99-XX", 2),
        ("99-XX-99", 3),
        ("XX-99-XX", 4),
        ("XX-XX-99", 5),
        ("99-XX-XX", 6),
        ("99-XXX-9", 7),
        ("9-XXX-99", 8),
        ("XX-999-X", 9),
        ("X-999-XX", 10),
        ("XXX-99-X", 11),
        ("X-99-XXX", 12),
        ("9-XX-999", 13),
        ("999-XX-9", 14),
    ],
)
def test_every_sidecode(plate: KentekenRecognizer, value: str, sidecode: int) -> None:
    letters = iter("GHJKLNPRSTXZ")
    digits_ = iter("12345678")
    concrete = "".join(next(letters) if c == "X" else next(digits_) if c == "9" else c for c in value)
    results = find(plate, f"De wagen met {concrete} stond er.")
    assert [f"De wagen met {concrete} stond er."[r.start : r.end] for r in results] == [concrete]
    assert f"sidecode {sidecode}" in results[0].analysis_explanation.textual_explanation


@pytest.mark.parametrize(
    "text, expected",
    [
        ("kenteken 12-ABC-3", ["12-ABC-3"]),
        ("AB-123-C en 1-ABC-23", ["AB-123-C", "1-ABC-23"]),
        ("voertuig 34-GBD-5", ["34-GBD-5"]),
        ("Kenteken: 12GBD3", ["12GBD3"]),  # no dashes, but with context
    ],
)
def test_plate_positive(plate: KentekenRecognizer, text: str, expected: list[str]) -> None:
    assert spans(plate, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12GBD3 zonder context",
        "datum 12-03-2024",
        "grond 5.1.2e",
        "COVID-19 maatregelen",
        "een-op-een gesprek",
        "de ab-12-cd in kleine letters",
        "nummer 123-45-6789",
        "ABCD-12-34",
    ],
)
def test_plate_negative(plate: KentekenRecognizer, text: str) -> None:
    assert spans(plate, text) == []


def test_plate_context_raises_score(plate: KentekenRecognizer) -> None:
    plain = find(plate, "zag 34-GBD-5 daar")[0]
    ctx = find(plate, "kenteken 34-GBD-5")[0]
    assert ctx.score >= 0.85 > plain.score


@pytest.mark.parametrize(
    "text, expected",
    [
        ("geboren op 12-04-1968", ["12-04-1968"]),
        ("Hij is geboren 12 april 1968 in Zeist", ["12 april 1968"]),
        ("(geb. 12/04/1968)", ["12/04/1968"]),
        ("Geboortedatum: 1968-04-12", ["1968-04-12"]),
        ("geb.datum 3.2.1970", ["3.2.1970"]),
        ("DOB: 01-01-1980", ["01-01-1980"]),
        ("geboren te Amsterdam op 12-04-1968", ["12-04-1968"]),
        ("geboren te 's-Hertogenbosch op 1 mrt. 1950", ["1 mrt. 1950"]),
    ],
)
def test_dob_positive(dob: DateOfBirthRecognizer, text: str, expected: list[str]) -> None:
    assert spans(dob, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De vergadering op 12-04-2024",
        "12-04-1968",
        "datum besluit: 12 april 1968",
        "geboren op 31-02-1968",  # no such date
        "geboren op 12-04-2999",  # in the future
        "periode 2019-2023",
    ],
)
def test_dob_negative(dob: DateOfBirthRecognizer, text: str) -> None:
    assert spans(dob, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Paspoortnummer NW3K8P2R1", ["NW3K8P2R1"]),
        ("ID-kaart: SPECI2014", ["SPECI2014"]),
        ("identiteitskaart BR4Z6T9K3 verlopen", ["BR4Z6T9K3"]),
        ("rijbewijsnummer 5012345678", ["5012345678"]),
        ("V-nummer 2345678901", ["2345678901"]),
        ("verblijfsdocument XK12345L6", ["XK12345L6"]),
    ],
)
def test_id_positive(ids: IdNumberRecognizer, text: str, expected: list[str]) -> None:
    assert spans(ids, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "NW3K8P2R1 zonder context",
        "het getal 5012345678",
        "paspoort NO3K8P2R1",  # letter O never used
        "paspoort nw3k8p2r1",
        "paspoort BUITENLAND",
    ],
)
def test_id_negative(ids: IdNumberRecognizer, text: str) -> None:
    assert spans(ids, text) == []
