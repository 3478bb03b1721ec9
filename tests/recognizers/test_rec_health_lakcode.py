"""HEALTH and EXISTING_CODE (lakcode) recognizers."""

from __future__ import annotations

import pytest
from recog_helpers import find, spans

from woo_redact.detect.recognizers import HealthRecognizer, LakcodeRecognizer


@pytest.fixture(scope="module")
def health() -> HealthRecognizer:
    return HealthRecognizer()


@pytest.fixture(scope="module")
def lak() -> LakcodeRecognizer:
    return LakcodeRecognizer()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vanwege zijn longaandoening kon hij niet komen.", ["zijn longaandoening"]),
        ("haar depressie", ["haar depressie"]),
        ("Hij lijdt aan de ziekte van Parkinson.", ["de ziekte van Parkinson"]),
        ("Betrokkene heeft diabetes en COPD.", ["diabetes", "COPD"]),
        ("zijn chronische hartaandoening", ["zijn chronische hartaandoening"]),
        ("een angststoornis", ["een angststoornis"]),
        ("Mevrouw is sinds maart ziekgemeld.", ["ziekgemeld"]),
        ("De medewerker is ziek.", ["ziek"]),
        ("Hij is volledig arbeidsongeschikt.", ["volledig arbeidsongeschikt"]),
        ("Zij is in behandeling bij een psycholoog.", ["in behandeling bij een psycholoog"]),
        ("Hij werd opgenomen in een psychiatrische kliniek.", ["opgenomen in een psychiatrische kliniek"]),
        ("Zij is opgenomen in het ziekenhuis", ["opgenomen in het ziekenhuis"]),
        ("Zij heeft MS.", ["MS"]),
        ("haar zwangerschap en zijn burn-out", ["haar zwangerschap", "zijn burn-out"]),
        ("Hij heeft een alcoholverslaving.", ["een alcoholverslaving"]),
        ("zijn autisme en ADHD", ["zijn autisme", "ADHD"]),
        ("Hij is herstellende na een knieoperatie.", ["herstellende na een knieoperatie"]),
        ("een psychotische stoornis", ["een psychotische stoornis"]),
        ("voor zijn chemotherapie", ["voor zijn chemotherapie"]),
        ("Hij is ernstig autistisch.", ["ernstig autistisch"]),
        ("Zij is herstellende van een knieoperatie.", ["herstellende van een knieoperatie"]),
    ],
)
def test_health_positive(health: HealthRecognizer, text: str, expected: list[str]) -> None:
    assert spans(health, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ziekenhuis Gelderse Vallei, Willy Brandtlaan 10, Ede",
        "het ziekenhuis heeft een nieuwe directeur",
        "op grond van de Ziektewet",
        "de zorg in de regio en het gezondheidsbeleid",
        "ziekteverzuim in de organisatie daalt",
        "de kinderziektes van het nieuwe systeem",
        "We vergaderen via MS Teams.",
        "COVID-19 maatregelen",
        "Als het kan, graag.",
        "De bouwoperatie in de binnenstad duurt tot mei.",
        "Na de dijkbreuk kwamen er klachten over geluid.",
    ],
)
def test_health_negative(health: HealthRecognizer, text: str) -> None:
    assert spans(health, text) == []


def test_health_scores(health: HealthRecognizer) -> None:
    policy = find(health, "Het programma richt zich op preventie van diabetes bij jongeren.")
    personal = find(health, "Vanwege zijn longaandoening kon hij niet komen.")
    assert policy and policy[0].score < 0.5
    assert personal[0].score >= 0.65
    assert "possessive" in personal[0].analysis_explanation.textual_explanation


@pytest.mark.parametrize(
    "text, expected, code",
    [
        ("5.1.2e", "5.1.2e", "5.1.2e"),
        ("(5.1, 2, e)", "5.1, 2, e", "5.1.2e"),
        ("5.1.2.e", "5.1.2.e", "5.1.2e"),
        ("5.1 lid 2 sub e", "5.1 lid 2 sub e", "5.1.2e"),
        ("Art. 5.1 lid 2 sub i", "Art. 5.1 lid 2 sub i", "5.1.2i"),
        ("10.2.e", "10.2.e", "10.2e"),
        ("10, 2, e", "10, 2, e", "10.2e"),
        ("5.1, 2, e @rvo.nl", "5.1, 2, e", "5.1.2e"),
        ("5.1.2e@minvws.nl", "5.1.2e", "5.1.2e"),
        ("Deels openbaar, weigering o.g.v. art. 5.1. lid 2 sub e", "art. 5.1. lid 2 sub e", "5.1.2e"),
        ("5.1.1c", "5.1.1c", "5.1.1c"),
        ("5.2.1", "5.2.1", "5.2.1"),
    ],
)
def test_lakcode_positive(lak: LakcodeRecognizer, text: str, expected: str, code: str) -> None:
    results = find(lak, text)
    assert [text[r.start : r.end] for r in results] == [expected]
    assert results[0].recognition_metadata["ground"] == code
    assert code in results[0].analysis_explanation.textual_explanation


def test_bare_codes_low_unless_near_other_codes(lak: LakcodeRecognizer) -> None:
    alone = find(lak, "11.1")
    listed = find(lak, "Gronden: 5.1.2e, 11.1")
    assert alone and alone[0].score < 0.5
    assert [r.score >= 0.6 for r in listed] == [True, True]


@pytest.mark.parametrize(
    "text",
    [
        "paragraaf 5.2 van de nota",
        "hoofdstuk 11.1",
        "datum 10.2.2024",
        "5.1.2z",
        "bedrag 5,1 miljoen",
        "artikel 12 lid 2",
        "10, 2, en 3",
        "versie 5.2",
        "paragraaf 5.1.5",
    ],
)
def test_lakcode_negative(lak: LakcodeRecognizer, text: str) -> None:
    assert spans(lak, text) == []
