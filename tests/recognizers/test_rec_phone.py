"""Phone recognizer: every Dutch notation, foreign numbers, service numbers, negatives."""

from __future__ import annotations

import pytest
from recog_helpers import find, make_bsn, make_nl_iban, group4, spans

from woo_redact.detect.recognizers import PhoneRecognizer, is_service_number


@pytest.fixture(scope="module")
def rec() -> PhoneRecognizer:
    return PhoneRecognizer()


NUMBERS = [
    "06-12345678",
    "06 1234 5678",
    "06 12 34 56 78",
    "0612345678",
    "+31 6 12345678",
    "+31 (0)6 1234 5678",
    "+31612345678",
    "0031 6 12345678",
    "020-5551234",
    "020 555 1234",
    "(020) 555 12 34",
    "0341-412345",
    "(0341) 41 12 86",
    "010 - 123 45 67",
    "088 123 4567",
    "+32 2 123 45 67",
    "+32 470 12 34 56",
    "+49 30 12345678",
    "+44 20 7946 0958",
    "+31 20 555 1234",
    "+31-6-12345678",
    "06-123 456 78",
    "0031-20-5551234",
    "+31(0)20-5551234",
    "+32 (0)2 123 45 67",
]


@pytest.mark.parametrize("number", NUMBERS)
def test_phone_forms(rec: PhoneRecognizer, number: str) -> None:
    assert spans(rec, f"Bel mij op {number}.") == [number]
    assert spans(rec, f"{number}, of later") == [number]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("tel. 06-12345678 of 020-5551234", ["06-12345678", "020-5551234"]),
        ("Op 12-03-2024 belde 06-12345678 om 10:30", ["06-12345678"]),
        ("mobiel: 06 12 34 56 78 12 maart", ["06 12 34 56 78"]),
        ("T:020-5551234 M:06-12345678", ["020-5551234", "06-12345678"]),
        ("om 12:06 12345678", []),
    ],
)
def test_phone_in_sentences(rec: PhoneRecognizer, text: str, expected: list[str]) -> None:
    assert spans(rec, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "datum 12-03-2024",
        "datum 01-03-2024 10:30",
        "01-03-2024 10 uur",
        "periode 2019-2023",
        "om 10:30 uur",
        "bedrag € 0,50 en € 0800",
        "postcode 1234 AB",
        "zaak Z/25/071342",
        "kenmerk 2024-0123456",
        f"IBAN {group4(make_nl_iban(5))}",
        f"IBAN {make_nl_iban(6)}",
        f"BSN {make_bsn(7)}",
        "factuur 0123456789",  # 012 is not an area code
        "06-1234567",  # one digit short
        "artikel 5.1.2e",
        "versie 0.9.1",
        "in het jaar 1400",
        "bel ons, het kost € 1400",
    ],
)
def test_phone_negative(rec: PhoneRecognizer, text: str) -> None:
    assert spans(rec, text) == []


@pytest.mark.parametrize("number", ["0800-1234", "0900-1234567", "0800 0123", "14 020", "140341", "14 0341", "1400"])
def test_service_numbers_marked(rec: PhoneRecognizer, number: str) -> None:
    results = find(rec, f"Bel gratis {number} voor informatie")
    assert [f"Bel gratis {number} voor informatie"[r.start : r.end] for r in results] == [number]
    assert "service_number" in results[0].analysis_explanation.textual_explanation
    assert results[0].recognition_metadata.get("service_number") is True
    assert is_service_number(number)


@pytest.mark.parametrize("number", ["06-12345678", "020-5551234", "+31 20 555 1234"])
def test_not_service_numbers(rec: PhoneRecognizer, number: str) -> None:
    assert not is_service_number(number)
    r = find(rec, number)[0]
    assert "service_number" not in r.analysis_explanation.textual_explanation


def test_context_raises_score(rec: PhoneRecognizer) -> None:
    plain = find(rec, "zie 020 555 1234 hier")[0]
    ctx = find(rec, "Telefoonnummer: 020 555 1234")[0]
    assert ctx.score > plain.score
    assert ctx.score >= 0.85


@pytest.mark.parametrize("text", ["GHOR-adviseur\t088 308 4417", "directeur 06-12345678", "controleur 020-5551234"])
def test_job_titles_ending_in_eur_are_not_currency(text: str) -> None:
    from woo_redact.detect.recognizers import PhoneRecognizer

    assert len(PhoneRecognizer().analyze(text, ["PHONE"])) == 1
