"""Health data is personal only about someone: which persons count, which tables are registers,
and web addresses (invented examples)."""

from __future__ import annotations

import pytest

from woo_redact.decide import decide, to_findings
from woo_redact.decide.rules import _in_register_of_people
from woo_redact.detect.layout import Cell, Column, FieldType, LayoutModel
from woo_redact.types import Action, Detection, EntityType


def _find(doc, needle, entity, score, detector):
    page = doc.pages[0]
    start = page.text.index(needle)
    return to_findings(doc.sha256, page, [Detection(start, start + len(needle), entity, score, detector)])[0]


@pytest.mark.parametrize("heading", ["Het RIVM", "Wbp", "Kader Evaluatie", "De DPIA"])
def test_a_heading_the_model_took_for_a_person_does_not_make_health_talk_personal(make_doc, policy, heading):
    statement = "Een besmetting kan leiden tot een ziekenhuisopname en langdurige klachten."
    doc = make_doc(f"{heading}\n{statement}")
    fs = [
        _find(doc, heading, EntityType.PERSON, 0.85, "woo.ner"),
        _find(doc, statement, EntityType.HEALTH, 0.95, "woo.statements.health"),
    ]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.KEEP and d.detail == "no_one_named_near"


@pytest.mark.parametrize("name", ["Marloes Tjon-A-Fong", "P.J. Verhoeven", "Hendrik Wiersma"])
def test_health_right_after_a_named_person_is_still_redacted(make_doc, policy, name):
    statement = "Sinds de operatie aan de heup loopt het herstel traag."
    doc = make_doc(f"Gesprek met {name}.\n{statement}")
    fs = [
        _find(doc, name, EntityType.PERSON, 0.85, "woo.ner"),
        _find(doc, statement, EntityType.HEALTH, 0.95, "woo.statements.health"),
    ]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.REDACT


def _layout(*headers: tuple[str, FieldType | None]) -> LayoutModel:
    cols = tuple(Column(1, i, h, t, i * 100.0, i * 100.0 + 90, 1, 0, 1) for i, (h, t) in enumerate(headers))
    cells = (Cell(1, 100, 160, cols[-1]),)
    return LayoutModel((), cols, cells, (), (), {1: cells})


def test_a_table_with_a_column_for_people_is_a_register():
    layout = _layout(("Cliënt", FieldType.PERSON), ("Datum", FieldType.OTHER), ("Toelichting", None))
    assert _in_register_of_people(layout, 1, 120)


def test_a_risk_table_without_people_is_no_register():
    layout = _layout(("Fase", FieldType.OTHER), ("Categorie", FieldType.OTHER), ("Maatregel", FieldType.OTHER))
    assert not _in_register_of_people(layout, 1, 120)
    assert not _in_register_of_people(layout, 1, 10)  # outside every cell


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Zie https://www.ggd-voorbeeld.nl/infectieziekten/zwangerschap voor meer.", "zwangerschap"),
        ("Lees www.zorgvoorbeeld.nl/diabetes eerst.", "diabetes"),
        ("Bron: kennisbank.example.org/astma.", "astma"),
    ],
)
def test_a_condition_word_inside_a_web_address_is_kept(make_doc, policy, text, term):
    doc = make_doc(text)
    d = decide(doc, [_find(doc, term, EntityType.HEALTH, 0.65, "woo.rules.health")], policy)[0]
    assert d.action is Action.KEEP and d.detail == "web_address"


def test_a_condition_word_beside_a_slash_in_a_sentence_is_no_web_address(make_doc, policy):
    doc = make_doc("Zij meldt zich ziek wegens haar zwangerschap/bevalling.")
    d = decide(doc, [_find(doc, "zwangerschap", EntityType.HEALTH, 0.65, "woo.rules.health")], policy)[0]
    assert d.action is Action.REDACT


def test_health_right_after_a_named_resident_in_a_council_paper_is_redacted(make_doc, policy):
    head = "Raadsvoorstel\nAan de gemeenteraad\nBesluit van de raad over het bestemmingsplan.\n"
    name = "Annelies Vroom-Tamminga"
    statement = "Zij meldt dat haar migraine erger wordt door het lawaai."
    body = f"Een indiener, mevrouw {name} (Dorpsstraat 4), stelt het volgende. {statement}\n"
    doc = make_doc(head + body + "De raad besluit het plan vast te stellen.")
    fs = [
        _find(doc, name, EntityType.PERSON, 0.9, "woo.names"),
        _find(doc, statement, EntityType.HEALTH, 0.95, "woo.statements.health"),
    ]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.REDACT, d


@pytest.mark.parametrize(
    "statement",
    [
        "Hij is sinds 2021 bekend als hartpatiënt en gebruikt bloedverdunners.",
        "Mevrouw is longpatiënte en kan daardoor niet traplopen.",
    ],
)
def test_an_unsure_statement_about_one_person_with_a_medical_word_is_redacted(make_doc, policy, statement):
    doc = make_doc("Dossier van Bram Wolters, gesprek op 3 maart.\n" + statement)
    fs = [_find(doc, "Bram Wolters", EntityType.PERSON, 0.9, "woo.names"), _find(doc, statement, EntityType.HEALTH, 0.4, "woo.statements.health")]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.REDACT, d


def test_an_unsure_statement_about_a_hypothetical_user_on_a_page_naming_no_one_is_kept(make_doc, policy):
    statement = "De gebruiker krijgt een melding dat hij mogelijk besmet is."
    doc = make_doc(statement)
    d = decide(doc, [_find(doc, statement, EntityType.HEALTH, 0.4, "woo.statements.health")], policy)[0]
    assert d.action is Action.KEEP, d


def test_an_unsure_statement_about_people_in_general_with_a_medical_word_is_not_redacted(make_doc, policy):
    statement = "Veel hartpatiënten maken zich zorgen over de wachttijden."
    doc = make_doc(statement)
    d = decide(doc, [_find(doc, statement, EntityType.HEALTH, 0.4, "woo.statements.health")], policy)[0]
    assert d.action is not Action.REDACT, d


def test_an_unsure_statement_with_only_a_plural_pronoun_on_a_page_naming_no_one_is_kept(make_doc, policy):
    statement = "Als ze besmet raken, kunnen ze de app gebruiken om anderen te waarschuwen."
    doc = make_doc(statement)
    d = decide(doc, [_find(doc, statement, EntityType.HEALTH, 0.4, "woo.statements.health")], policy)[0]
    assert d.action is Action.KEEP and d.detail == "no_one_named_near"


def test_the_same_statement_on_a_page_that_names_someone_is_queued(make_doc, policy):
    statement = "Als ze besmet raken, kunnen ze de app gebruiken om anderen te waarschuwen."
    doc = make_doc("Gesprek met Femke Dijkstra over de app.\n" + statement)
    fs = [_find(doc, "Femke Dijkstra", EntityType.PERSON, 0.9, "woo.names"), _find(doc, statement, EntityType.HEALTH, 0.4, "woo.statements.health")]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.REVIEW


@pytest.mark.parametrize(
    ("statement", "redacted"),
    [("Ze heeft sinds maart last van migraine.", True), ("Haar migraine is sinds maart erger.", True), ("Ze hebben vaak last van migraine.", False)],
)
def test_she_in_the_singular_is_one_person(make_doc, policy, statement, redacted):
    doc = make_doc("Overleg met Femke Dijkstra.\n" + statement)
    fs = [_find(doc, "Femke Dijkstra", EntityType.PERSON, 0.9, "woo.names"), _find(doc, statement, EntityType.HEALTH, 0.4, "woo.statements.health")]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert (d.action is Action.REDACT) is redacted, d


def test_a_person_named_far_from_the_statement_does_not_make_it_personal(make_doc, policy):
    statement = "Een besmetting kan leiden tot een ziekenhuisopname en langdurige klachten."
    filler = "De projectgroep bespreekt de planning, de begroting en de risico's van de invoering.\n" * 6
    doc = make_doc("Opgesteld door Femke Dijkstra.\n" + filler + statement)
    fs = [_find(doc, "Femke Dijkstra", EntityType.PERSON, 0.9, "woo.names"), _find(doc, statement, EntityType.HEALTH, 0.95, "woo.statements.health")]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.KEEP and d.detail == "no_one_named_near", d


def test_members_filing_a_motion_do_not_make_its_health_policy_personal(make_doc, policy):
    head = "36001-12\nMOTIE VAN DE LEDEN VOSKUIL EN HAMDI\nDe Kamer,\ngehoord de beraadslaging,\n"
    statement = "overwegende dat het tekort aan huisartsen de zorg voor patiënten met diabetes onder druk zet;"
    doc = make_doc(head + statement + "\nverzoekt de regering")
    fs = [
        _find(doc, "VOSKUIL", EntityType.PERSON, 0.85, "woo.ner"),
        _find(doc, "HAMDI", EntityType.PERSON, 0.85, "woo.ner"),
        _find(doc, statement, EntityType.HEALTH, 0.95, "woo.statements.health"),
    ]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is not Action.REDACT, d
