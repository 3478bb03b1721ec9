"""Name evidence from the words of a span: capitals beside a name-cased word (invented examples)."""

from __future__ import annotations

import pytest

from woo_redact.decide.evidence import lexical_evidence


@pytest.mark.parametrize("span", ["Rapor KLT MWV", "Tabel EEEN", "Overz ZBG", "Dashb BRT HOV"])
def test_capitals_beside_a_word_are_no_family_name(span):
    assert not lexical_evidence(span)


@pytest.mark.parametrize("span", ["Sanne KOK", "Pieter BAKKER", "Fatima EL AMRANI", "Karel de Wit"])
def test_a_first_name_beside_a_surname_in_capitals_stays_a_name(span):
    assert lexical_evidence(span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Wij hebben ons gebaseerd op Julie brief. Dank voor jullie hulp.", "Julie"),
        ("Het dak aan de Noor zijde is klaar. Het noord deel volgt.", "Noor"),
        ("Het aantal Lotte is beperkt. Er zijn veel lotten verkocht.", "Lotte"),
    ],
)
def test_a_word_one_ocr_letter_off_a_word_the_document_uses_goes_to_review(make_doc, policy, text, span):
    from woo_redact.decide import decide, to_findings
    from woo_redact.types import Action, Detection, EntityType

    doc = make_doc(text)
    page = doc.pages[0]
    i = page.text.index(span)
    f = to_findings(doc.sha256, page, [Detection(i, i + len(span), EntityType.PERSON, 0.85, "woo.ner")])[0]
    d = decide(doc, [f], policy)[0]
    assert d.action is Action.REVIEW and d.detail == "ordinary_word_in_document", d


def test_a_first_name_beside_a_similar_word_of_the_document_is_still_redacted(make_doc, policy):
    from woo_redact.decide import decide, to_findings
    from woo_redact.types import Action, Detection, EntityType

    doc = make_doc("Het formulier is door Marieke ingevuld. De markt is op dinsdag.")
    page = doc.pages[0]
    i = page.text.index("Marieke")
    f = to_findings(doc.sha256, page, [Detection(i, i + 7, EntityType.PERSON, 0.85, "woo.ner")])[0]
    assert decide(doc, [f], policy)[0].action is Action.REDACT


def _ner(doc, span):
    from woo_redact.decide import to_findings
    from woo_redact.types import Detection, EntityType

    page = doc.pages[0]
    i = page.text.index(span)
    return to_findings(doc.sha256, page, [Detection(i, i + len(span), EntityType.PERSON, 0.85, "woo.ner")])[0]


@pytest.mark.parametrize(("text", "span"), [("Zie Corona hieronder voor de cijfers.", "Corona"), ("Zie Loja hierover.", "Loja")])
def test_one_word_only_the_model_and_the_international_lists_know_goes_to_review(make_doc, policy, text, span):
    from woo_redact.decide import decide
    from woo_redact.types import Action

    doc = make_doc(text)
    d = decide(doc, [_ner(doc, span)], policy)[0]
    assert d.action is Action.REVIEW and d.detail == "lone_model_word", d


@pytest.mark.parametrize(("text", "span"), [("Het formulier is door Femke ingevuld.", "Femke"), ("Volgens Mehmet klopt dat.", "Mehmet"), ("Dat zegt Hoekstra.", "Hoekstra")])
def test_one_word_on_the_dutch_name_lists_is_still_redacted(make_doc, policy, text, span):
    from woo_redact.decide import decide
    from woo_redact.types import Action

    doc = make_doc(text)
    assert decide(doc, [_ner(doc, span)], policy)[0].action is Action.REDACT


def test_a_lone_first_name_of_someone_named_in_full_is_redacted(make_doc, policy):
    from woo_redact.decide import decide
    from woo_redact.types import Action

    doc = make_doc("Aanwezig: Lotte Brinkhuis (secretaris).\nZie de reactie van Lotte hierover.")
    page = doc.pages[0]
    i = page.text.index("Lotte Brinkhuis")
    from woo_redact.decide import to_findings
    from woo_redact.types import Detection, EntityType

    full = to_findings(doc.sha256, page, [Detection(i, i + 15, EntityType.PERSON, 0.9, "woo.names")])[0]
    lone = _ner(doc, "Lotte hierover")  # the model's span; trimmed to the name
    ds = decide(doc, [full, lone], policy)
    assert all(d.action is Action.REDACT for d in ds), ds


def test_the_lone_word_rule_can_be_switched_off(make_doc):
    from woo_redact.decide import decide
    from woo_redact.policy import parse_policy
    from woo_redact.types import Action

    pol = parse_policy({"rules": {"disabled": ["person.lone_model_word"]}})
    doc = make_doc("Zie Loja hierover.")
    assert decide(doc, [_ner(doc, "Loja")], pol)[0].action is Action.REDACT


@pytest.mark.parametrize("span", ["Matig-Laag", "Gezondheid en Zorg", "Venster", "Spiegel", "Helder"])
def test_words_that_only_the_long_surname_list_knows_are_ordinary_words(span):
    from woo_redact.decide.evidence import only_known_words

    assert only_known_words(span)


@pytest.mark.parametrize("span", ["Bas", "Roos", "Visser", "Rienstra", "Noor"])
def test_first_names_given_here_and_real_family_names_are_not_ordinary_words(span):
    from woo_redact.decide.evidence import only_known_words

    assert not only_known_words(span)


@pytest.mark.parametrize("span", ["ENISA-richtlijnen", "AVG-verplichtingen", "Bundesregierung", "Datenschutz"])
def test_acronym_compounds_and_long_german_words_are_ordinary_words(span):
    from woo_redact.decide.evidence import only_known_words

    assert only_known_words(span)


@pytest.mark.parametrize("span", ["Lefebvre", "Hoffmann", "Dupont", "Schneider"])
def test_german_and_french_family_names_are_not_ordinary_words(span):
    from woo_redact.decide.evidence import only_known_words

    assert not only_known_words(span)


@pytest.mark.parametrize(("text", "span"), [("Volgens Adaeze klopt dat niet.", "Adaeze"), ("Daarna meldt Oluwaseun dat de planning uitloopt.", "Oluwaseun"), ("Het formulier is ingevuld door Adaeze gisteren.", "Adaeze")])
def test_a_lone_first_name_of_any_origin_used_of_someone_is_redacted(make_doc, policy, text, span):
    from woo_redact.decide import decide
    from woo_redact.detect import gazetteer as gz
    from woo_redact.types import Action

    assert gz.is_first_name(span)  # on the shipped international list
    doc = make_doc(text)
    assert decide(doc, [_ner(doc, span)], policy)[0].action is Action.REDACT


def test_a_fragment_with_no_name_evidence_on_a_page_of_ocr_noise_is_kept_not_queued(make_doc, policy):
    from woo_redact.decide import decide
    from woo_redact.types import Action

    noise = " ".join(["Aftnames Reduliere Cnbekend Areizeer Anticzen Testafnam Pricloeatiz Hormalke"] * 5)
    doc = make_doc(noise + " bron Svekrut ederland " + noise)
    d = decide(doc, [_ner(doc, "Svekrut")], policy)[0]
    assert d.action is Action.KEEP and d.detail == "noisy_text", d
    # a listed name on the same page is still for the officer
    doc = make_doc(noise + " bron Cora ederland " + noise)
    assert decide(doc, [_ner(doc, "Cora")], policy)[0].action is Action.REVIEW


def test_the_same_fragment_on_a_typed_page_is_still_queued(make_doc, policy):
    from woo_redact.decide import decide
    from woo_redact.types import Action

    doc = make_doc("De vergadering besprak het voorstel van Svekrut over de begroting.")
    assert decide(doc, [_ner(doc, "Svekrut")], policy)[0].action is Action.REVIEW
