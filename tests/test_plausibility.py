"""Model-only person spans: names pass, departments, codes and organisations do not."""

from __future__ import annotations

import pytest

from woo_redact.detect.plausibility import plausible_person, why_implausible
from woo_redact.reasons import Implausibility, Reason


@pytest.mark.parametrize(
    "text, before",
    [
        ("Pieter van den Heuvel", ""),
        ("Fatma Şahin", ""),
        ("J.M. Brinkman-Yilmaz", "mevrouw "),
        ("Mulder", "Geachte heer "),
        ("Anouk ter Horst", ""),
        ("Wojciech Kowalczyk", ""),
        ("Marloes Groendijk", ""),
        ("Sanne Verkerk", ""),
    ],
)
def test_names_pass(text, before):
    # a listed family name that ends like a street or a body is still a name
    assert plausible_person(text, before)[0]


@pytest.mark.parametrize(
    "text, before, why",
    [
        ("Handhaving", "team ", "organisation or department"),
        ("Werk en Inkomen", "", "ordinary words"),
        ("Z-2024-0042", "", "digits"),
        ("Sportvereniging Oosterwolde", "", "organisation word"),
        ("Evaluatie", "", "ordinary words"),
        ("Vergunningen", "afdeling ", "organisation or department"),
        ("Omgevingsmanager", "Ayla Demir | ", "organisation word"),
        ("Schuldhulpverlening", "", "ordinary words"),
        ("B.V.", "Bouwbedrijf Korenaar ", "legal form"),
        ("OOV", "teamleider ", "acronym"),
        ("Participatiewet", "de ", "law"),
        ("Omgevingsverordening", "", "law"),
        ("Stationsplein", "", "street"),
        ("K.J. Zuiderkade", "", "street"),
        ("ESMA", "", "acronym"),
        ("NVWAs", "", "acronym"),
        ("Rekenkamer", "", "organisation word"),
        ("Exposure Notification", "", "ordinary words"),
        ("Invordering en Kwijtschelding", "teamleider ", "ordinary words"),
    ],
)
def test_non_names_rejected(text, before, why):
    ok, reason = plausible_person(text, before)
    assert not ok and why in reason


def test_decide_routes_implausible_model_spans_to_review(make_doc, policy):
    from woo_redact.decide import decide, to_findings
    from woo_redact.types import Action, Detection, EntityType

    doc = make_doc("Het team Handhaving sprak met Pieter Verbeek.")
    page = doc.pages[0]
    dets = [
        Detection(page.text.index("Handhaving"), page.text.index("Handhaving") + 10, EntityType.PERSON, 0.85, "woo.ner"),
        Detection(page.text.index("Pieter"), page.text.index("Pieter") + 14, EntityType.PERSON, 0.85, "woo.ner"),
    ]
    acts = {d.finding.text: (d.action, d.reason) for d in decide(doc, to_findings(doc.sha256, page, dets), policy)}
    assert acts["Handhaving"][0] is Action.REVIEW and acts["Handhaving"][1] is Reason.IMPLAUSIBLE_NAME
    assert acts["Pieter Verbeek"][0] is Action.REDACT


def test_person_followed_by_organisation_is_trimmed(make_doc, policy):
    from woo_redact.decide import decide, to_findings
    from woo_redact.types import Action, Detection, EntityType

    doc = make_doc("Bedoel je Roelof Hovinga van Beheer Openbare Ruimte? Ja.")
    page = doc.pages[0]
    s = page.text.index("Roelof")
    e = page.text.index("Ruimte") + len("Ruimte")
    (d,) = decide(doc, to_findings(doc.sha256, page, [Detection(s, e, EntityType.PERSON, 0.85, "woo.ner")]), policy)
    assert d.action is Action.REDACT and page.text[d.start : d.end] == "Roelof Hovinga"


@pytest.mark.parametrize(
    ("text", "before"),
    [("Jan Pieter Heije", "Subsidie Stichting "), ("Anna Blaman", "het Fonds "), ("Pim Mulier", "de Leerstoel "), ("Erasmusbrug", "")],
)
def test_bodies_and_places_named_after_people(text, before):
    ok, why = plausible_person(text, before)
    assert not ok and "organisation" in why


@pytest.mark.parametrize("text", ["Jan Zaal", "Petra Bank"])
def test_family_names_that_end_like_a_body_pass(text):
    assert plausible_person(text)[0]


@pytest.mark.parametrize("span", ["Uitrol van TeamViewer", "ParkeerApp", "Inzet van MeldKompas"])
def test_an_inner_capital_marks_a_product_not_a_name(span):
    assert why_implausible(span) is Implausibility.PRODUCT_NAME


@pytest.mark.parametrize("span", ["Sean McAllister", "DeShawn Brooks", "Fiona MacLeod", "LaToya Jackson"])
def test_names_with_an_inner_capital_stay_names(span):
    assert why_implausible(span) is None


@pytest.mark.parametrize("span", ["Plangebied GEMEENTE ZEEWOLDE", "Wegbeheer Provincie Drenthe"])
def test_a_public_body_word_in_the_span_is_no_name(span):
    assert why_implausible(span) is Implausibility.ORGANISATION_WORD
