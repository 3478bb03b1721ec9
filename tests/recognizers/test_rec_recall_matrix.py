"""Recall matrix: every notation of each hard identifier, in a sentence, in a table cell, at a
line end and glued to the neighbouring cell's text; plus the look-alikes that must stay readable.

All values are invented for this test (numbers outside today's allocations on purpose).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from recog_helpers import make_bsn, spans

from woo_redact.detect.recognizers import (
    AddressRecognizer,
    BsnRecognizer,
    DateOfBirthRecognizer,
    IdNumberRecognizer,
    KentekenRecognizer,
    PhoneRecognizer,
    PostcodeRecognizer,
    is_private_domain,
)

# Where a value can sit: a sentence, a tab-separated table row, the end of a line.
PLACES: list[Callable[[str], str]] = [
    lambda v: f"U kunt mij bereiken op {v} na vijf uur.",
    lambda v: f"R-1182\tVerbeek, T.\t{v}\tin behandeling",
    lambda v: f"Overlast bij de speeltuin, melder\n{v}\nvolgende regel",
]

PHONES = [
    "06-71234567",  # 067 range: unallocated today, still someone's number
    "06-91234567",
    "06 0123 4567",
    "06 12 34 56 78",
    "0612345678",
    "+31 6 91234567",
    "+31(0)6-91234567",
    "+31 (0)6 9123 4567",
    "0031 6 91234567",
    "0031-6-91234567",
    "020.123.4567",
    "(0348) 12 34 56",
    "012-3456789",  # area code not in use: typo'd landline
    "+48 512 345 678",
    "+90 532 123 45 67",
    "+1 416 555 0199",
]


@pytest.mark.parametrize("place", range(len(PLACES)))
@pytest.mark.parametrize("number", PHONES)
def test_phone_every_notation_every_place(number: str, place: int) -> None:
    assert spans(PhoneRecognizer(), PLACES[place](number)) == [number]


@pytest.mark.parametrize("number", ["06-91234567", "+31 6 91234567", "0691234567"])
def test_phone_glued_to_cell_text(number: str) -> None:
    text = f"Melder: Vermeulen{number}\tOpen"
    assert spans(PhoneRecognizer(), text) == [number]


def test_two_numbers_in_one_cell_are_both_found() -> None:
    text = "Piket\t030 - 765 43 21 06 98 76 54 32\tpiket@voorbeeld.nl"
    assert spans(PhoneRecognizer(), text) == ["030 - 765 43 21", "06 98 76 54 32"]


def test_number_plan_raises_score_but_never_rejects() -> None:
    rec = PhoneRecognizer()
    inside = rec.analyze("zie 06-12345678 hier", None)[0]
    outside = rec.analyze("zie 06-71234567 hier", None)[0]
    assert outside.score >= 0.5
    assert inside.score > outside.score


@pytest.mark.parametrize(
    "text",
    ["factuur 0123456789", "datum 12-03-2024 10:30", "bedrag € 0612345678", "versie 0.6.1", "+ 2024 nieuw"],
)
def test_phone_lookalikes_stay(text: str) -> None:
    assert spans(PhoneRecognizer(), text) == []


POSTCODE_CASES = [
    ("Dwarsweg 7\t4817 rw\tBreda", "4817 rw"),
    ("Dwarsweg 7 4817 rw", "4817 rw"),
    ("4817 rw Breda", "4817 rw"),
    ("4817rw, Breda", "4817rw"),
    ("postcode: 4817 rw", "4817 rw"),
    ("Dwarsweg 7-a 4817PK", "4817PK"),
    ("Dwarsweg 7 bis, 4817 PK", "4817 PK"),
    ("woonplaats4817PKBreda", "4817PK"),
    ("R-11\t4817 PK\tja", "4817 PK"),
]


@pytest.mark.parametrize("text, expected", POSTCODE_CASES)
def test_postcode_any_case_and_glued(text: str, expected: str) -> None:
    assert spans(PostcodeRecognizer(), text) == [expected]


@pytest.mark.parametrize("text", ["in 2024 en 2025", "ruim 1500 ha grond", "1234 ab", "sinds 2019 op de lijst", "€ 1250 pp"])
def test_postcode_lookalikes_stay(text: str) -> None:
    assert spans(PostcodeRecognizer(), text) == []


@pytest.mark.parametrize(
    "number",
    ["31", "31a", "31-a", "118-a", "118-A", "7 bis", "7-bis", "12-2", "12 hs", "12-hs", "12 A", "4-II", "12 1e etage", "3 2 hoog", "12 bg"],
)
@pytest.mark.parametrize("place", range(len(PLACES)))
def test_house_number_additions(number: str, place: int) -> None:
    value = f"Populierenlaan {number}"
    assert spans(AddressRecognizer(), PLACES[place](value)) == [value]


@pytest.mark.parametrize("text, expected", [("POPULIERENLAAN 18-A", "POPULIERENLAAN 18-A"), ("IN DE VOGELSTRAAT 3", "DE VOGELSTRAAT 3")])
def test_address_in_capitals(text: str, expected: str) -> None:
    assert spans(AddressRecognizer(), text) == [expected]


@pytest.mark.parametrize("fmt", ["{a} {b} {c}", "{a}.{b}.{c}", "{a}-{b}-{c}", "{d}.{e}.{f}"])
@pytest.mark.parametrize("place", range(len(PLACES)))
def test_bsn_notations(fmt: str, place: int) -> None:
    n = make_bsn(41)
    value = fmt.format(a=n[:3], b=n[3:6], c=n[6:], d=n[:4], e=n[4:6], f=n[6:])
    assert spans(BsnRecognizer(), PLACES[place](value)) == [value]


def test_bsn_before_a_date_cell() -> None:
    n = make_bsn(43)
    value = f"{n[:3]} {n[3:6]} {n[6:]}"
    assert spans(BsnRecognizer(), f"W11 Kooistra, P. {value} 04-11-1961 rolstoel") == [value]


def test_bsn_with_leading_zero_dropped_needs_label() -> None:
    n = make_bsn(44, digits=8)
    assert spans(BsnRecognizer(), f"BSN: {n}") == [n]
    assert spans(BsnRecognizer(), f"order {n}") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Geb.datum: 03-11-1974", "03-11-1974"),
        ("GebDatum\t1974-11-03", "1974-11-03"),
        ("geb. 3 nov. 1974", "3 nov. 1974"),
        ("(geb 03/11/1974)", "03/11/1974"),
        ("Geboren op: 3 november 1974", "3 november 1974"),
        ("Geboortedatum\n03.11.1974", "03.11.1974"),
        ("geb. dat. 03-11-1974", "03-11-1974"),
        ("Birth date: 03/11/1974", "03/11/1974"),
    ],
)
def test_date_of_birth_labels(text: str, expected: str) -> None:
    assert spans(DateOfBirthRecognizer(), text) == [expected]


@pytest.mark.parametrize("text", ["besluit van 03-11-2024", "ontvangen 03-11-1974 per post", "geb. 31-02-1974"])
def test_dates_that_are_no_birth_dates_stay(text: str) -> None:
    assert spans(DateOfBirthRecognizer(), text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("personeelsnummer 480213", "480213"),
        ("Personeelsnr.: 480213", "480213"),
        ("Medewerker-ID: 77120", "77120"),
        ("klantnr: K-51234", "K-51234"),
        ("Cliëntnummer 20931", "20931"),
        ("Gebruiker: hvermeulen07 opende het dossier", "hvermeulen07"),
        ("login=adm-kooistra", "adm-kooistra"),
        ("user tbakker12", "tbakker12"),
        ("paspoort NR4412345", "NR4412345"),
        ("vreemdelingennummer V12345678", "V12345678"),
        ("zorgverzekeringsnummer cliënt 12345678901", "12345678901"),
    ],
)
def test_person_identifiers(text: str, expected: str) -> None:
    assert spans(IdNumberRecognizer(), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "zaaknummer Z/24/118822",
        "kenmerk 2024-0012345",
        "artikel 5.1.2e",
        "de gebruiker heeft gebeld",
        "factuur 12345678901",
        "Klantnummer: 14-03-2020",
        "Dossiernummer\tWB-2023-0877",  # the organisation's file number
        "Registratienummer\tR/23/118822",
    ],
)
def test_organisation_numbers_stay(text: str) -> None:
    assert spans(IdNumberRecognizer(), text) == []


@pytest.mark.parametrize("plate", ["GX-88-13", "13-GX-88", "88-13-GX", "GX-RT-13", "13-GXR-8", "G-133-RT", "GX-133-R"])
def test_kenteken_dashed_sidecodes(plate: str) -> None:
    assert spans(KentekenRecognizer(), f"R-9\t{plate}\tFoutparkeren") == [plate]


@pytest.mark.parametrize("domain", ["t-online.de", "wp.pl", "hotmail.fr", "yahoo.de", "gmx.at", "orange.fr"])
def test_consumer_mail_domains_are_private(domain: str) -> None:
    assert is_private_domain(domain)


@pytest.mark.parametrize("domain", ["minvws.nl", "gemeente.nl", "mail.gemeente-breda.nl", "provincie.nl"])
def test_organisation_domains_are_not_private(domain: str) -> None:
    assert not is_private_domain(domain)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Inwonend: Rosalie Vink-Ambrose, 04-11-1952, ID-kaart volgt.", ["04-11-1952"]),
        ("Getuige Hendrik de Vos, 7 juni 1961; verklaarde", ["7 juni 1961"]),
        ("Den Haag, 3 mei 2024, kenmerk", []),  # a letter's date
        ("Zeist Centrum, 12-03-2021, verslag", []),  # recent: not an adult's birth date
        ("Vergadering Raad, 12-03-1980, notulen", []),
    ],
)
def test_date_between_commas_after_a_name(text: str, expected: list[str]) -> None:
    assert spans(DateOfBirthRecognizer(), text) == expected


def test_boa_and_service_numbers_are_person_ids() -> None:
    assert spans(IdNumberRecognizer(), "Opgemaakt door T. Wiersma, BOA-nummer 771204") == ["771204"]
    assert spans(IdNumberRecognizer(), "verbalisant, dienstnummer 55012") == ["55012"]


def test_postcode_cut_by_a_line_break_is_found() -> None:
    from woo_redact.detect.presidio_adapter import PresidioRuleDetector

    text = "de indiener (Graaf Florislaan 12, 6813\nKT Arnhem) stelt"
    found = [(text[d.start : d.end], d.entity.value) for d in PresidioRuleDetector().detect(text)]
    assert ("6813\nKT", "POSTCODE") in found


@pytest.mark.parametrize("text", ["data van gebruikers.12 Volgens de wet", "met andere gebruikers.7\nDaarna", "alle klantnummers 1234 tot 5678"])
def test_a_label_inside_a_longer_word_is_no_label(text: str) -> None:
    assert spans(IdNumberRecognizer(), text) == []
