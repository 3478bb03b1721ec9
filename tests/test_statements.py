"""Statement detector (#17): health statements (5.1.1d) and personal policy opinions (5.2.1).

All sentences here are invented for these tests (none come from the training templates or an
evaluation set), so they check that the shipped model generalises, not that it memorised.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from woo_redact.detect import statements as st
from woo_redact.detect.statements import (
    NO_CUE_CAP,
    StatementDetector,
    featurize,
    load_statement_model,
    split_units,
)
from woo_redact.errors import ModelNotFoundError
from woo_redact.types import EntityType


@pytest.fixture(scope="module")
def det() -> StatementDetector:
    return StatementDetector(load_statement_model())


def _units(text: str) -> list[str]:
    return [text[u.start : u.end] for u in split_units(text)]


def _found(det: StatementDetector, text: str, entity: EntityType, min_score: float = 0.5) -> list[str]:
    return [text[d.start : d.end] for d in det.detect_batch([text])[0] if d.entity is entity and d.score >= min_score]


# ----------------------------------------------------------------------------- splitter
def test_sentence_wrapped_over_lines_is_one_unit_with_page_offsets() -> None:
    text = (
        "Verslag huisbezoek\n"
        "Tijdens het gesprek op woensdag vertelde de bewoonster dat zij sinds haar val in de badkamer niet\n"
        "meer zelfstandig kan douchen en dat haar buurman de boodschappen doet. De volgende afspraak is\n"
        "over vier weken.\n"
    )
    units = split_units(text)
    got = [text[u.start : u.end] for u in units]
    assert got[0] == "Verslag huisbezoek"  # a header is not glued to the paragraph after it
    assert got[1].startswith("Tijdens het gesprek") and got[1].endswith("boodschappen doet.")
    assert "\n" in got[1]  # the unit runs over the line break, so its boxes cover both lines
    assert got[2] == "De volgende afspraak is\nover vier weken."


def test_cells_bullets_abbreviations_and_initials() -> None:
    text = (
        "Aan\tdhr. P. de Lange, teamleider\n"
        "•\tGesprek gevoerd met mw. J.M. Kramer over de aanvraag; zij levert de stukken\n"
        "na.\n"
        "•\tGeen reactie ontvangen\n"
    )
    got = _units(text)
    assert "dhr. P. de Lange, teamleider" in got  # a cell of its own; "dhr." and "P." do not end it
    # the bullet marker is not part of the unit; two full clauses around ";" are two units
    assert "Gesprek gevoerd met mw. J.M. Kramer over de aanvraag;" in got
    assert "zij levert de stukken\nna." in got
    assert "Geen reactie ontvangen" in got


def test_semicolon_splits_two_real_clauses_but_not_a_table_cell() -> None:
    long_text = "De aanvraag is op tijd binnengekomen bij het team; ik denk zelf dat we haar beter kunnen afwijzen."
    assert _units(long_text) == [
        "De aanvraag is op tijd binnengekomen bij het team;",
        "ik denk zelf dat we haar beter kunnen afwijzen.",
    ]
    assert _units("traplift; reuma in beide handen") == ["traplift; reuma in beide handen"]


def test_register_row_codes_at_the_edges_are_not_part_of_the_statement() -> None:
    row = "ZK-2231-77 Bos, Hanneke 01-05-1948 rolstoel; spierziekte 12-03-2025"
    assert _units(row) == ["Bos, Hanneke 01-05-1948 rolstoel; spierziekte"]
    # rows of a register are never joined to each other
    rows = row + "\nZK-2231-78 Vos, Dirk 02-02-1950 vervoerspas 13-03-2025\n"
    assert len(split_units(rows)) == 2


def test_existing_lakcode_before_a_sentence_and_mail_headers_stay_out_of_units() -> None:
    # a box over the statement must not hide the code an earlier release printed before it
    assert _units("5.1, 2, e Ik vind het voorstel van de projectgroep te mager.") == ["Ik vind het voorstel van de projectgroep te mager."]
    assert _units("12.4 Persoonlijk zou ik wachten met de aanbesteding.") == ["Persoonlijk zou ik wachten met de aanbesteding."]
    assert _units("4 maart is zij opgenomen.") == ["4 maart is zij opgenomen."]  # a date that starts a sentence stays
    mail = "Onderwerp: Verlenging van de huurovereenkomst voor de bedrijfsruimte aan de haven\nHoi Marjan,\nHierbij het concept.\n"
    assert _units(mail) == ["Onderwerp: Verlenging van de huurovereenkomst voor de bedrijfsruimte aan de haven", "Hoi Marjan,", "Hierbij het concept."]


def test_a_table_header_and_rows_starting_with_a_code_are_not_joined() -> None:
    text = (
        "Zaak Naam Geboren Voorziening Startdatum\n"
        "Q552310 Aydin, K. 02-02-1944 rolstoel; reuma in de handen 01-03-2025\n"
        "Q552311 Smeets, L. 04-05-1950 traplift; hartfalen 02-03-2025\n"
    )
    assert _units(text) == [
        "Zaak Naam Geboren Voorziening Startdatum",
        "Aydin, K. 02-02-1944 rolstoel; reuma in de handen",
        "Smeets, L. 04-05-1950 traplift; hartfalen",
    ]


def test_rows_of_a_tab_table_stay_apart() -> None:
    text = "REG-1\t03-01-2025\tJ. Bakker\tin behandeling\nREG-2\t04-01-2025\tK. Smit\tafgehandeld\n"
    got = _units(text)
    assert "in behandeling" in got and not any("in behandeling\nREG" in g for g in got)


# ----------------------------------------------------------------------------- features
def test_featurize_masks_names_and_digits_and_adds_cue_tokens() -> None:
    f = featurize("Volgens haar broer Dirk ligt zij sinds 3 mei in het ziekenhuis.")
    assert "dirk" not in f and "xxname" in f
    assert "0 mei" in f
    assert "xxcare" in f and "xxperson" in f and "xxhealthperson" in f


def test_official_body_counts_only_as_the_subject() -> None:
    assert "official body" in st.cue_kinds("Het college is van mening dat de kosten te hoog zijn.")
    assert "official body" not in st.cue_kinds("Ik vind de brief aan het college te stellig.")
    assert "xxbodyobj" in featurize("Ik vind de brief aan het college te stellig.")


# ----------------------------------------------------------------------------- model
def test_shipped_model_loads_with_both_labels_and_licence() -> None:
    nlp = load_statement_model()
    assert set(nlp.get_pipe("textcat_multilabel").labels) == {"HEALTH", "OPINION"}
    assert nlp.meta["name"] == "woo_statements"
    assert "EUPL" in nlp.meta["license"]
    assert set(nlp.meta["woo_calibration"]) == {"HEALTH", "OPINION"}
    size = sum(p.stat().st_size for p in Path(st.default_model_path() or ".").rglob("*") if p.is_file())
    assert size < 5_000_000


def test_missing_model_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="statement model"):
        load_statement_model(str(tmp_path / "nowhere"))


def test_missing_shipped_model_is_an_error_not_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    from woo_redact.detect import ner

    monkeypatch.setattr(ner, "shipped_models", dict)
    load_statement_model.cache_clear()
    try:
        with pytest.raises(ModelNotFoundError, match="missing from this installation"):
            load_statement_model()
    finally:
        load_statement_model.cache_clear()


def test_a_model_without_the_labels_is_refused() -> None:
    import spacy

    with pytest.raises(ModelNotFoundError, match="not a statement model"):
        StatementDetector(spacy.blank("nl"))


HEALTH_STATEMENTS = [
    "Mevrouw Verhagen is sinds dinsdag opgenomen op de longafdeling van het ziekenhuis.",
    "De heer Kuijpers heeft zich vorige week ziek gemeld vanwege hevige rugpijn.",
    "Volgens haar dochter kan mevrouw zich 's ochtends niet meer zelfstandig aankleden.",
    "Hij slikt sinds de zomer medicijnen tegen epilepsie.",
    "Zij gaat in september met zwangerschapsverlof.",
    "Betrokkene is bij een val van zijn fiets gewond geraakt aan zijn schouder.",
    "Sem heeft een verstandelijke beperking en heeft begeleiding nodig bij het reizen.",
    "Ik zit al twee weken thuis met een burn-out.",
    "De cliënt volgt een traumabehandeling bij de GGZ.",
    "Mijn man heeft Parkinson en kan niet meer traplopen.",
]
NOT_HEALTH = [
    "Het ziekenhuis in Deventer bouwt een nieuwe parkeergarage voor bezoekers.",
    "De gemeente trekt extra geld uit voor de preventie van diabetes bij ouderen.",
    "Het ziekteverzuim binnen de afdeling is dit jaar gedaald.",
    "Er is in dit dossier geen sprake van medische gronden.",
    "De wethouder opent morgen het nieuwe gezondheidscentrum.",
    "Mevrouw Verhagen heeft de aanvraag voor een parkeervergunning ingetrokken.",
    "De heer Kuijpers werkt als verpleegkundige bij de thuiszorg.",
    "Het verslag van de vergadering wordt vastgesteld.",
]


@pytest.mark.parametrize("sentence", HEALTH_STATEMENTS)
def test_health_statements_are_found_whole(det: StatementDetector, sentence: str) -> None:
    assert _found(det, sentence, EntityType.HEALTH) == [sentence]


@pytest.mark.parametrize("sentence", NOT_HEALTH)
def test_health_policy_hospitals_negations_and_other_personal_facts_are_not(det: StatementDetector, sentence: str) -> None:
    assert _found(det, sentence, EntityType.HEALTH, min_score=0.3) == []


def test_health_statement_over_two_lines_in_a_page(det: StatementDetector) -> None:
    page = (
        "Terugkoppeling gesprek\n"
        "Datum\t14 januari 2025\n"
        "De medewerker gaf aan dat hij na zijn knieoperatie voorlopig niet kan staan en\n"
        "daarom de komende zes weken thuis herstelt. De vervanging is geregeld via het\n"
        "flexteam.\n"
    )
    found = _found(det, page, EntityType.HEALTH)
    assert found == ["De medewerker gaf aan dat hij na zijn knieoperatie voorlopig niet kan staan en\ndaarom de komende zes weken thuis herstelt."]


OPINIONS = [
    "Persoonlijk vind ik het onverstandig om de subsidie nu al stop te zetten.",
    "Mijn inschatting is dat de raad dit voorstel niet gaat steunen.",
    "Als je het mij vraagt, moeten we eerst met de bewoners praten.",
    "Karin vindt dat de brief aan de minister veel te stellig is.",
    "Naar mijn mening is de tweede variant beter voor de binnenstad.",
    "Ik zou de aanbesteding nog even aanhouden tot de evaluatie klaar is.",
]
NOT_OPINIONS = [
    "Het college heeft op 4 maart besloten de subsidie te verlenen.",
    "De aanvraag is op 12 februari ontvangen.",
    "Naar verwachting is de brug in 2027 klaar.",
    "Het college is van mening dat het bezwaar ongegrond is.",
    "De raad stemt in met het voorstel.",
    "Karin meldt dat de stukken op vrijdag zijn verzonden.",
    "‘Met deze brug wordt de wijk veel beter bereikbaar,’ zegt wethouder Pieter Smit.",
]


@pytest.mark.parametrize("sentence", OPINIONS)
def test_personal_opinions_are_proposed(det: StatementDetector, sentence: str) -> None:
    assert _found(det, sentence, EntityType.POLICY_OPINION) == [sentence]


@pytest.mark.parametrize("sentence", NOT_OPINIONS)
def test_facts_prognoses_decisions_and_official_positions_are_not_opinions(det: StatementDetector, sentence: str) -> None:
    assert _found(det, sentence, EntityType.POLICY_OPINION, min_score=0.0) == []


def test_fact_next_to_an_opinion_stays_unflagged(det: StatementDetector) -> None:
    page = (
        "De offerte van de aannemer bedraagt € 48.000 en is op 2 april ontvangen. Persoonlijk vind ik dat\n"
        "we die offerte beter niet kunnen accepteren, omdat de planning niet klopt. Het college besluit op 15 april.\n"
    )
    dets = det.detect_batch([page])[0]
    assert [(page[d.start : d.end], d.entity) for d in dets] == [
        ("Persoonlijk vind ik dat\nwe die offerte beter niet kunnen accepteren, omdat de planning niet klopt.", EntityType.POLICY_OPINION)
    ]


def test_detection_fields_and_explanation_without_plaintext(det: StatementDetector) -> None:
    text = "Ik vind het plan te duur. Zij ligt sinds maandag in het ziekenhuis met een longontsteking."
    dets = {d.entity: d for d in det.detect_batch([text])[0]}
    h, o = dets[EntityType.HEALTH], dets[EntityType.POLICY_OPINION]
    assert h.detector == "woo.statements.health" and o.detector == "woo.statements.opinion"
    assert 0.5 <= h.score <= 1.0
    assert h.explanation.startswith("health statement") and "condition" in h.explanation
    assert o.explanation.startswith("personal policy opinion") and "first-person opinion" in o.explanation
    for d in (h, o):
        for word in ("ziekenhuis", "longontsteking", "maandag", "plan", "duur"):
            assert word not in d.explanation


def test_wording_without_any_cue_is_at_most_review(det: StatementDetector) -> None:
    scores = [d.score for t in HEALTH_STATEMENTS + OPINIONS for d in det.detect_batch([t])[0]]
    assert all(s <= 1.0 for s in scores)
    no_cue = "Zij voelde zich de hele week belabberd en bleef in bed liggen."
    for d in det.detect_batch([no_cue])[0]:
        assert d.score <= NO_CUE_CAP or st.cue_kinds(no_cue)


def test_batch_keeps_texts_apart(det: StatementDetector) -> None:
    out = det.detect_batch(["", "Hij is sinds gisteren ziek thuis met griep.", "Het verslag wordt vastgesteld."])
    assert [len(x) for x in out] == [0, 1, 0]


def test_pipeline_registers_the_detector_and_policy_rules_switch_it_off(tmp_path: Path) -> None:
    from woo_redact.pipeline import build_detectors
    from woo_redact.policy import load_policy

    default = load_policy(None)
    assert "woo.statements" in [d.name for d in build_detectors(default, ner=False)[0]]

    src = (Path(st.__file__).parents[1] / "policies" / "default.toml").read_text(encoding="utf-8")
    assert "\ndisabled = []" in src
    only_health = tmp_path / "p1.toml"
    only_health.write_text(src.replace("\ndisabled = []", '\ndisabled = ["statements.opinion"]'), encoding="utf-8")
    dets = [d for d in build_detectors(load_policy(only_health), ner=False)[0] if d.name == "woo.statements"]
    text = "Ik vind het plan te duur. Hij ligt sinds maandag in het ziekenhuis."
    assert [d.entity for d in dets[0].detect_batch([text])[0]] == [EntityType.HEALTH]

    none = tmp_path / "p2.toml"
    none.write_text(src.replace("\ndisabled = []", '\ndisabled = ["statements.health", "statements.opinion"]'), encoding="utf-8")
    assert "woo.statements" not in [d.name for d in build_detectors(load_policy(none), ner=False)[0]]
