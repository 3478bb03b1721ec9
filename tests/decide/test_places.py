"""Places and countries the model reads as people (invented sentences, names from the shipped lists)."""

from __future__ import annotations

import pytest

from woo_redact.decide import decide, to_findings
from woo_redact.decide.evidence import first_name_or_initials
from woo_redact.decide.knowledge import is_place, not_a_person
from woo_redact.types import Action, Detection, EntityType


def _find(doc, needle, score=0.85, detector="woo.ner"):
    page = doc.pages[0]
    start = page.text.index(needle)
    return to_findings(doc.sha256, page, [Detection(start, start + len(needle), EntityType.PERSON, score, detector)])[0]


@pytest.mark.parametrize("country", ["Noorwegen", "Zuid-Korea", "Oostenrijk", "Norway", "Sint Maarten", "Verenigde Staten"])
def test_countries_are_places(country):
    assert is_place(country)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Dezelfde aanpak werkt in andere landen (zoals Denemarken, Zwitserland) ook.", "Denemarken, Zwitserland"),
        ("De regels gelden ook voor Oostenrijk, Portugal en Griekenland.", "Oostenrijk, Portugal"),
        ("Het overleg met Aruba, Curaçao en Sint Maarten is afgerond.", "Maarten"),
        ("De regio Zwolle-Kampen heeft een eigen plan.", "Zwolle-Kampen"),
        ("In de Landkreis Emsland geldt dezelfde regel.", "Landkreis Emsland"),
    ],
)
def test_places_the_model_read_as_a_person_stay_readable(make_doc, policy, text, span):
    doc = make_doc(text)
    d = decide(doc, [_find(doc, span)], policy)[0]
    assert d.action is Action.KEEP, d


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Het verzoek kwam van Jordan Bakker uit Assen.", "Jordan Bakker"),
        ("Volgens Maarten Dijkstra is het plan rond.", "Maarten Dijkstra"),
        ("Het gesprek met K. Hardenberg vond plaats op dinsdag.", "K. Hardenberg"),
        ("Aanwezig: Sanne Ommen-Kampen (bewoner).", "Sanne Ommen-Kampen"),
    ],
)
def test_people_whose_names_hold_a_place_or_country_are_still_redacted(make_doc, policy, text, span):
    doc = make_doc(text)
    d = decide(doc, [_find(doc, span)], policy)[0]
    assert d.action is Action.REDACT, d


def test_knowledge_yields_only_to_a_first_name_or_initials():
    assert not_a_person("Zwolle-Kampen") and not first_name_or_initials("Zwolle-Kampen")
    assert first_name_or_initials("J. Zwolle") and first_name_or_initials("Zwolle, J.")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Kruising Oude Veer Bosch en verder naar het plein.", "Veer Bosch"),
        ("Perceel aan Den Briel 12 en omgeving.", "Den Briel"),
        ("Het tracé loopt langs de Zwarte Woud richting het station.", "Zwarte Woud"),
    ],
)
def test_a_street_the_model_read_as_a_person_stays_readable(make_doc, policy, text, span):
    doc = make_doc(text)
    d = decide(doc, [_find(doc, span)], policy)[0]
    assert d.action is Action.KEEP, d


def test_a_person_named_like_a_street_with_a_first_name_is_still_redacted(make_doc, policy):
    doc = make_doc("Het gesprek met Anna Veer vond plaats op dinsdag.")
    d = decide(doc, [_find(doc, "Anna Veer")], policy)[0]
    assert d.action is Action.REDACT


def test_a_company_named_after_a_person_stays_readable_where_the_person_is_redacted(make_doc, policy):
    text = "Aanwezig: dhr. Gert van Loon, bewoner.\nDe aannemer Bouwbedrijf Van Loon & Zonen B.V. werkt volgens planning."
    doc = make_doc(text)
    page = doc.pages[0]

    def f(needle, det, score):
        i = page.text.index(needle)
        return to_findings(doc.sha256, page, [Detection(i, i + len(needle), EntityType.PERSON, score, det)])[0]

    ds = decide(doc, [f("Gert van Loon", "woo.names", 0.9), f("Bouwbedrijf Van Loon & Zonen B.V.", "woo.ner", 0.85)], policy)
    company = [d for d in ds if "Bouwbedrijf" in page.text[d.start : d.end] or (d.start > 40 and d.action is Action.REDACT)]
    assert all(d.action is Action.KEEP for d in company), ds
    assert any(page.text[d.start : d.end] == "Gert van Loon" and d.action is Action.REDACT for d in ds)


def test_a_heading_word_before_a_redacted_name_is_no_company(make_doc, policy):
    text = "Aanwezig: Femke Hellinga.\n03-02-2025 · Gesprek · Hellinga, F.\nGesprek gevoerd."
    doc = make_doc(text)
    page = doc.pages[0]

    def f(needle, det, score):
        i = page.text.index(needle)
        return to_findings(doc.sha256, page, [Detection(i, i + len(needle), EntityType.PERSON, score, det)])[0]

    ds = decide(doc, [f("Femke Hellinga", "woo.names", 0.9), f("Gesprek · Hellinga, F.", "woo.ner", 0.85)], policy)
    assert any(page.text[d.start : d.end] == "Hellinga, F." and d.action is Action.REDACT for d in ds), ds
