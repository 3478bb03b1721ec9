"""Name evidence that generalises: word-like family names, OCR noise, words the document itself
uses in lower case, the model's span edges, OCR-spaced and initials mailboxes.

Every string here is invented; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from woo_redact.decide import decide, to_findings
from woo_redact.decide.evidence import is_noisy_text, lexical_evidence, single_word_may_spread, surname_not_a_word
from woo_redact.decide.spans import trimmed_bounds
from woo_redact.policy import parse_policy
from woo_redact.reasons import Reason
from woo_redact.types import Action, Detection, EntityType


def _find(doc, needle, entity=EntityType.PERSON, score=0.85, detector="woo.ner", nth=0, page_no=0):
    page = doc.pages[page_no]
    start = -1
    for _ in range(nth + 1):
        start = page.text.index(needle, start + 1)
    return to_findings(doc.sha256, page, [Detection(start, start + len(needle), entity, score, detector)])[0]


@pytest.mark.parametrize("word", ["Motie", "Venster", "Spiegel", "Lessen", "Tafel"])
def test_a_listed_family_name_that_is_an_ordinary_word_is_no_name_evidence(word):
    assert not surname_not_a_word(word)
    assert not lexical_evidence(word)
    assert not single_word_may_spread(word)


@pytest.mark.parametrize("word", ["Bakker", "Visser", "Nuijten", "Wiśniewski", "Oudshoorn"])
def test_family_names_many_people_carry_or_no_word_of_dutch_stay_evidence(word):
    assert surname_not_a_word(word)


def test_noisy_ocr_text_is_recognised_and_typed_text_is_not():
    noise = " ".join(
        ["Aftnames Reduliere Cnbekend Areizeer Anticzen Testafnam Pricloeatiz Hormalke ltestientis"] * 4
        + ["locatie type test de van"] * 3
    )
    typed = (
        "De gemeente heeft het verzoek om informatie ontvangen en beoordeeld. Het college besluit "
        "de documenten gedeeltelijk openbaar te maken. Persoonsgegevens van medewerkers worden "
        "gelakt op grond van artikel 5.1 van de Wet open overheid. Bezwaarschriftenprocedure volgt."
    )
    assert is_noisy_text(noise)
    assert not is_noisy_text(typed)


def test_model_names_on_a_noisy_page_go_to_review(make_doc, policy):
    noise = " ".join(["Aftnames Reduliere Cnbekend Areizeer Anticzen Testafnam Pricloeatiz Hormalke"] * 5)
    doc = make_doc(noise + " bron Cora ederland " + noise)
    ds = decide(doc, [_find(doc, "Cora")], policy)
    assert ds[0].action is Action.REVIEW and ds[0].detail == "noisy_text"


def test_a_capitalised_word_the_document_also_writes_in_lower_case_goes_to_review(make_doc, policy):
    doc = make_doc("Toon de stukken aan het bestuur.\nDe toon van de brief was scherp.")
    ds = decide(doc, [_find(doc, "Toon")], policy)
    assert ds[0].action is Action.REVIEW and ds[0].detail == "ordinary_word_in_document"


def test_a_first_name_the_document_never_writes_in_lower_case_is_still_redacted(make_doc, policy):
    doc = make_doc("Het formulier is door Marieke ingevuld en verstuurd.")
    ds = decide(doc, [_find(doc, "Marieke")], policy)
    assert ds[0].action is Action.REDACT


def test_the_ordinary_word_rule_can_be_switched_off(make_doc):
    pol = parse_policy({"rules": {"disabled": ["person.ordinary_word_in_document"]}})
    doc = make_doc("Toon de stukken aan het bestuur.\nDe toon van de brief was scherp.")
    ds = decide(doc, [_find(doc, "Toon")], pol)
    assert ds[0].detail != "ordinary_word_in_document"


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Femke de Ruiter vertelt", "Femke de Ruiter"),
        ("Van Der Meulen te", "Van Der Meulen"),
        ("Van Der Meulen dat", "Van Der Meulen"),
        ("AO van Sjoerd Hellinga", "Sjoerd Hellinga"),
        ("Motie Van der Meulen", "Van der Meulen"),
        ("Gesprek · Hellinga, S.", "Hellinga, S."),
        ("Brief | Femke de Ruiter", "Femke de Ruiter"),
        ("Hellinga, S. van", None),
        ("Bakker, Sjoerd", None),
        ("Pieter van der Linden", None),
    ],
)
def test_model_span_edges_are_trimmed_to_the_name(span, name):
    b = trimmed_bounds(span)
    assert (span[b[0] : b[1]] if b else None) == name


def test_a_trimmed_model_span_boxes_only_the_name(make_doc, policy):
    doc = make_doc("Daarna. Femke de Ruiter vertelt over het project in de wijk.")
    ds = decide(doc, [_find(doc, "Femke de Ruiter vertelt")], policy)
    boxed = {doc.pages[0].text[d.start : d.end] for d in ds if d.action is Action.REDACT}
    assert "Femke de Ruiter" in boxed and not any("vertelt" in b for b in boxed)


def test_span_trimming_can_be_switched_off(make_doc):
    pol = parse_policy({"rules": {"disabled": ["person.trim_model_span"]}})
    doc = make_doc("Daarna. Femke de Ruiter vertelt over het project.")
    ds = decide(doc, [_find(doc, "Femke de Ruiter vertelt")], pol)
    assert any(doc.pages[0].text[d.start : d.end] == "Femke de Ruiter vertelt" for d in ds)


@pytest.mark.parametrize("addr", ["p.dijkstra8 @kpnmail.nl", "sanne.vos @ziggo.nl", "h.el.amrani @ live.nl"])
def test_an_ocr_spaced_address_is_found_whole(addr):
    from woo_redact.detect.recognizers.email import EmailRecognizer

    text = f"Aanwezig: {addr} (bewoner)"
    res = EmailRecognizer().analyze(text, ["EMAIL"])
    assert [text[r.start : r.end] for r in res] == [addr]


def test_initials_mailbox_on_a_persons_row_is_personal(make_doc, policy):
    doc = make_doc("Marloes Tuinstra\tCoördinator\t010 123 45 67\tmtu@vrzh.nl\nMeldkamer\t\t\tmeldkamer@vrzh.nl")
    fs = [
        _find(doc, "Marloes Tuinstra", detector="woo.names", score=0.9),
        _find(doc, "mtu@vrzh.nl", entity=EntityType.EMAIL, detector="woo.rules.email", score=0.9),
    ]
    ds = {d.finding.text: d for d in decide(doc, fs, policy)}
    assert ds["mtu@vrzh.nl"].reason is not Reason.FUNCTION_MAILBOX


def test_a_team_acronym_mailbox_written_as_acronym_stays_a_function(make_doc, policy):
    doc = make_doc("Team OOV: Marloes Tuinstra, oov@gemeente-x.nl\nHet team OOV belt terug.")
    fs = [
        _find(doc, "Marloes Tuinstra", detector="woo.names", score=0.9),
        _find(doc, "oov@gemeente-x.nl", entity=EntityType.EMAIL, detector="woo.rules.email", score=0.9),
    ]
    ds = {d.finding.text: d for d in decide(doc, fs, policy)}
    assert ds["oov@gemeente-x.nl"].reason is Reason.FUNCTION_MAILBOX


@pytest.mark.parametrize(
    "statement",
    [
        "Per onderdeel is een korte toelichting opgenomen in de bijlage.",
        "Wij danken u voor uw brief en hebben de fout inmiddels hersteld.",
        "De behandeling van uw verzoek duurt langer dan gepland.",
        "Hij noemt de klachtenregeling van de gemeente onduidelijk.",
        "De verantwoordelijkheid voor de levering ligt bij de producent.",
        "In die gevallen is toezicht door de gemeente nodig.",
    ],
)
def test_a_health_statement_resting_on_a_word_in_its_ordinary_sense_is_not_boxed(make_doc, policy, statement):
    doc = make_doc(statement)
    fs = [_find(doc, statement, EntityType.HEALTH, score=0.95, detector="woo.statements.health")]
    d = decide(doc, fs, policy)[0]
    # no one named near: kept, unless the sentence itself speaks of one person ("Hij noemt …")
    assert d.action is (Action.REVIEW if statement.startswith("Hij") else Action.KEEP) and d.detail == "no_health_word"
    doc = make_doc("Gesprek met Ilona Brouwer.\n" + statement)
    fs = [_find(doc, "Ilona Brouwer", detector="woo.names", score=0.9), _find(doc, statement, EntityType.HEALTH, score=0.95, detector="woo.statements.health")]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.REVIEW and d.detail == "no_health_word"  # someone named near: the officer looks


@pytest.mark.parametrize(
    "statement",
    [
        "Zij is sinds maart opgenomen in het ziekenhuis.",
        "Mijn zoon heeft een angststoornis en gebruikt antidepressiva.",
        "Hij is op advies van de huisarts thuis gebleven.",
        "Mevrouw heeft sinds de val veel rugpijn.",
        "Hij is na de val opgenomen in het ziekenhuis.",
        "Zij staat sinds maart onder controle bij de cardioloog.",
        "Mijn moeder kan door haar versleten heup niet meer traplopen.",
    ],
)
def test_a_health_statement_about_a_person_naming_a_condition_is_redacted(make_doc, policy, statement):
    doc = make_doc(statement)
    fs = [_find(doc, statement, EntityType.HEALTH, score=0.95, detector="woo.statements.health")]
    d = decide(doc, fs, policy)[0]
    assert d.action is Action.REDACT and d.ground == "5.1.1d"


@pytest.mark.parametrize("name", ["Veld, H.L.G. in 't", "Dijk-Smits, P. van", "Haar-Molenaar, T.J. ter", "Berg, A."])
def test_the_sorted_form_of_a_register_is_name_evidence_whatever_the_family_name(name):
    assert lexical_evidence(name)


def test_initials_of_an_inverted_name_wrapped_to_the_next_line_of_its_cell_are_redacted(make_doc, policy):
    doc = make_doc("Naam\tPersoneelsnr\tAfdeling\nBroekhuis-Terpstra,\t5512093\tJuridische Zaken\nK.L.\nMolenaar, P.\t5512094\tFinanciën")
    ds = decide(doc, [_find(doc, "Broekhuis-Terpstra", detector="woo.layout.column", score=0.75)], policy)
    boxed = {doc.pages[0].text[d.start : d.end] for d in ds if d.action is Action.REDACT}
    assert {"Broekhuis-Terpstra", "K.L."} <= boxed


def test_initials_starting_a_sentence_on_the_next_line_are_not_taken(make_doc, policy):
    doc = make_doc("Wij spraken met Broekhuis-Terpstra,\nK. Jansen zei daarna niets.")
    ds = decide(doc, [_find(doc, "Broekhuis-Terpstra", detector="woo.names", score=0.9)], policy)
    assert not any(doc.pages[0].text[d.start : d.end] == "K." for d in ds)


def test_names_on_an_election_candidate_list_stay_readable(make_doc, policy):
    doc = make_doc(
        "Uitslag gemeenteraadsverkiezing, stembureau 12\nLijst 1 VVD\tKandidaat\tStemmen\n1. Hoekstra, P.J. (Pieter)\t412\n"
        "Lijst 2 CDA\tKandidaat\tStemmen\n1. Yilmaz, S. (Selin)\t388"
    )
    ds = decide(doc, [_find(doc, "Yilmaz, S.", detector="woo.names", score=0.9)], policy)
    assert ds[0].action is Action.KEEP and ds[0].detail == "election_list"


def test_a_letter_naming_one_party_and_votes_is_no_candidate_list(make_doc, policy):
    doc = make_doc("Mevrouw Yilmaz schrijft dat zij kandidaat was en dat haar stemmen verkeerd zijn geteld.")
    ds = decide(doc, [_find(doc, "Yilmaz", detector="woo.names", score=0.9)], policy)
    assert ds[0].action is Action.REDACT


@pytest.mark.parametrize(("span", "kept"), [("Ommen-Hardenberg", True), ("Hellendoorn-Wierden", True), ("Jansen-Bakker", False)])
def test_a_region_named_for_its_places_is_no_person(span, kept):
    from woo_redact.decide.knowledge import not_a_person

    assert not_a_person(span) is kept


@pytest.mark.parametrize("span", ["De Vries", "Van den Heuvel", "El Amrani"])
def test_a_capitalised_particle_is_part_of_the_family_name_not_noise(span):
    assert trimmed_bounds(span) is None


def test_two_listed_people_in_one_model_span_are_decided_apart(make_doc, policy):
    doc = make_doc("Namens de gemeente: wethouder Joke van Dam, Ilse\nKorteweg-Bos (projectleider) en bewoners.")
    ds = decide(doc, [_find(doc, "Joke van Dam, Ilse")], policy)
    acts = {doc.pages[0].text[d.start : d.end]: d.action for d in ds}
    assert acts.get("Joke van Dam") is Action.KEEP
    assert acts.get("Ilse") is Action.REDACT


@pytest.mark.parametrize(
    ("span", "is_name"),
    [
        ("Decentralized Privacy-Preserving Proximity Tracing", False),
        ("Secure Exposure Notification", False),
        ("Joko Nasution", True),
        ("Ruthmila Doelwijt", True),
        ("Tjon-A-Fong Kiem", True),
    ],
)
def test_unlisted_words_of_english_text_are_no_name_of_any_origin(span, is_name):
    assert lexical_evidence(span) is is_name


@pytest.mark.parametrize(
    "statement",
    [
        "Mensen kunnen ernstig ziek worden van het virus en soms overlijden zij.",
        "Zwangere werknemers lopen vanaf 28 weken meer risico op complicaties.",
        "Besmette personen krijgen een melding via de app.",
    ],
)
def test_health_said_of_people_in_general_is_not_boxed(make_doc, policy, statement):
    doc = make_doc(statement)
    fs = [_find(doc, statement, EntityType.HEALTH, score=0.95, detector="woo.statements.health")]
    d = decide(doc, fs, policy)[0]
    assert d.action is Action.KEEP and d.detail == "people_in_general"  # no one named near
    doc = make_doc("Verslag van Ilona Brouwer.\n" + statement)
    fs = [_find(doc, "Ilona Brouwer", detector="woo.names", score=0.9), _find(doc, statement, EntityType.HEALTH, score=0.95, detector="woo.statements.health")]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.REVIEW and d.detail == "people_in_general"


def test_health_of_one_person_among_a_group_is_still_redacted(make_doc, policy):
    statement = "Van de bewoners is mevrouw sinds de val opgenomen in het ziekenhuis."
    doc = make_doc(statement)
    fs = [_find(doc, statement, EntityType.HEALTH, score=0.95, detector="woo.statements.health")]
    assert decide(doc, fs, policy)[0].action is Action.REDACT


@pytest.mark.parametrize("span", ["Rechtsgrond", "Gezondheidsdiensten", "A. Beschrijving", "Organisatorisch", "Recital"])
def test_dictionary_words_the_model_alone_calls_a_person_are_kept_not_queued(make_doc, policy, span):
    doc = make_doc(f"Zie hieronder. {span} volgt in de bijlage.")
    d = decide(doc, [_find(doc, span)], policy)[0]
    assert d.action is Action.KEEP and d.reason is Reason.NOT_A_PERSON


@pytest.mark.parametrize("span", ["Quorix", "Drevlanq"])
def test_unknown_words_and_listed_names_without_evidence_stay_in_the_queue(make_doc, policy, span):
    doc = make_doc(f"Zie hieronder. {span} volgt in de bijlage.")
    d = decide(doc, [_find(doc, span)], policy)[0]
    assert d.action is Action.REVIEW


def test_an_unsure_health_statement_without_a_health_word_is_not_queued(make_doc, policy):
    statement = "De planning wordt in het voorjaar opnieuw bekeken."
    doc = make_doc(statement)
    fs = [_find(doc, statement, EntityType.HEALTH, score=0.3, detector="woo.statements.health")]
    d = decide(doc, fs, policy)[0]
    assert d.action is Action.KEEP and d.reason is Reason.NOT_HEALTH


def test_an_unsure_health_statement_with_a_health_word_about_one_person_is_redacted(make_doc, policy):
    statement = "Hij gaf aan dat het ziekteverlof nog even duurt."
    doc = make_doc("Gesprek met Ruud Kamsteeg.\n" + statement)
    fs = [
        _find(doc, "Ruud Kamsteeg", EntityType.PERSON, score=0.9, detector="woo.names"),
        _find(doc, statement, EntityType.HEALTH, score=0.3, detector="woo.statements.health"),
    ]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.REDACT  # sick leave of one person named in the file is health data


def test_an_unsure_health_statement_with_a_health_word_and_a_plural_subject_is_queued(make_doc, policy):
    statement = "Zij gaven aan dat het ziekteverlof nog even duurt."
    doc = make_doc("Overleg met Femke Dijkstra.\n" + statement)
    fs = [
        _find(doc, "Femke Dijkstra", EntityType.PERSON, score=0.9, detector="woo.names"),
        _find(doc, statement, EntityType.HEALTH, score=0.3, detector="woo.statements.health"),
    ]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.REVIEW


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ambtelijke ondersteuning: Meiling\nTjong, griffie, en de raad.", "Meiling\nTjong"),
        ("In de tweede kolom schrijft Douwe\nHiemstra over de dorpen.", "Douwe\nHiemstra"),
    ],
)
def test_a_first_name_ending_a_line_takes_the_family_name_opening_the_next(make_doc, policy, text, name):
    doc = make_doc(text)
    first = name.split("\n")[0]
    ds = decide(doc, [_find(doc, first)], policy)
    assert any(doc.pages[0].text[d.start : d.end] == name and d.action is Action.REDACT for d in ds)


def test_a_first_name_ending_a_line_does_not_take_the_next_sentence(make_doc, policy):
    doc = make_doc("Het woord is aan Marieke\nDe verwachting is dat het klaar is.")
    ds = decide(doc, [_find(doc, "Marieke")], policy)
    assert all("\n" not in doc.pages[0].text[d.start : d.end] for d in ds)


def test_a_first_name_the_word_lists_call_ordinary_spreads_within_its_document(make_doc, policy):
    doc = make_doc("Aanwezig: Inge van Kessel (jurist).\nInge stelt dat de aanbouw past.")
    ds = decide(doc, [_find(doc, "Inge van Kessel", detector="woo.names", score=0.9)], policy)
    boxed = [doc.pages[0].text[d.start : d.end] for d in ds if d.action is Action.REDACT]
    assert boxed.count("Inge") == 1


def test_a_first_name_the_document_writes_as_a_word_does_not_spread(make_doc, policy):
    doc = make_doc("Aanwezig: Roos Verhagen (jurist).\nEen roos in de vaas. Roos bloeit.")
    ds = decide(doc, [_find(doc, "Roos Verhagen", detector="woo.names", score=0.9)], policy)
    boxed = [doc.pages[0].text[d.start : d.end] for d in ds if d.action is Action.REDACT]
    assert "Roos" not in boxed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Haar zoon Karim belde ons over de hekken.", "Karim"),
        ("Het gaat om Gilbert Janga en zijn zus Ruthmila.", "Ruthmila"),
        ("Mijn man Piet de Groot is niet thuis.", "Piet de Groot"),
        ("Zijn jongste dochter Noor (geb. 2012) woont daar.", "Noor"),
    ],
)
def test_a_relative_named_after_a_possessive_is_a_person(text, name):
    from woo_redact.detect.names import NameDetector

    found = [text[d.start : d.end] for d in NameDetector().detect(text)]
    assert name in found


def test_a_kinship_word_without_a_name_finds_nobody():
    from woo_redact.detect.names import NameDetector

    text = "Haar vriendin woont daar. Zijn vader De Vries kwam niet."
    assert [text[d.start : d.end] for d in NameDetector().detect(text)] == []


def test_a_model_span_starting_with_a_possessive_and_a_kinship_word_is_cut_to_the_name():
    span = "Haar zoon Omar"
    b = trimmed_bounds(span)
    assert b is not None and span[b[0] : b[1]] == "Omar"


def test_initials_in_an_action_table_joined_by_a_slash_are_both_people(make_doc, policy):
    doc = make_doc("Aanwezig: J. Rietdijk-Bos (JRB), H. Verstappen (HV)\nActie\tEigenaar\nNotitie\tJRB/HV\nZie www.x.nl/HV voor meer.")
    fs = [_find(doc, "J. Rietdijk-Bos", detector="woo.names", score=0.9), _find(doc, "H. Verstappen", detector="woo.names", score=0.9)]
    text = doc.pages[0].text
    boxed = [(d.start, text[d.start : d.end]) for d in decide(doc, fs, policy) if d.action is Action.REDACT]
    line = text.index("JRB/HV")
    assert (line, "JRB") in boxed and (line + 4, "HV") in boxed
    assert (text.index("x.nl/HV") + 5, "HV") not in boxed


def test_distinctive_initials_of_a_person_named_elsewhere_in_the_bundle(make_doc, policy):
    from woo_redact.decide import BundleKnowledge

    doc = make_doc("Bilal 09:07\nHelder. Ik zet het in de zaak. Actie: HvdZ.\nDat regelt JB.")
    k = BundleKnowledge(redacted_names={"Hanneke van der Zwaan", "Joost Bakker"})
    boxed = {d.finding.text for d in decide(doc, [], policy, k) if d.action is Action.REDACT}
    assert "HvdZ" in boxed and "JB" not in boxed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De bouw is klaar. Büşra voegt toe dat er geen bezwaren zijn.", "Büşra"),
        ("Zie punt 2. Marieke geeft aan dat ze komt.", "Marieke"),
        ("Pieter de Vries merkt op dat de termijn kort is.", "Pieter de Vries"),
    ],
)
def test_the_speaker_before_a_reporting_verb_in_minutes_is_a_person(text, name):
    from woo_redact.detect.names import NameDetector

    assert name in [text[d.start : d.end] for d in NameDetector().detect(text)]


@pytest.mark.parametrize("text", ["De gemeente stelt dat het past.", "Het college geeft aan dat het wacht.", "Gisteren zegt men dat het regent."])
def test_a_body_or_a_word_before_a_reporting_verb_is_no_speaker(text):
    from woo_redact.detect.names import NameDetector

    assert NameDetector().detect(text) == []


@pytest.mark.parametrize(("text", "span"), [("Sent: Mon 9/28/2020 8:42 AM", "Mon"), ("Received: Fri 02-10-2020", "Fri")])
def test_a_weekday_before_a_date_is_no_person(make_doc, policy, text, span):
    doc = make_doc(text)
    d = decide(doc, [_find(doc, span)], policy)[0]
    assert d.action is Action.KEEP


def test_jan_before_a_family_name_is_still_a_name(make_doc, policy):
    doc = make_doc("Het verzoek kwam van Jan Hoogerwerf uit Zeist.")
    d = decide(doc, [_find(doc, "Jan Hoogerwerf")], policy)[0]
    assert d.action is Action.REDACT


@pytest.mark.parametrize("name", ["Zhang", "Rienstra", "Nasution"])
def test_a_family_name_frequent_in_news_but_no_dictionary_word_is_evidence(name):
    assert surname_not_a_word(name) and lexical_evidence(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hij zeilt in het weekend. Sjoerd\nWiersma is de nieuwe jurist.", "Sjoerd\nWiersma"),
        ("Ambtelijke ondersteuning: Meiling\nTjong, griffie.", "Meiling\nTjong"),
        ("Op 2 mei is Anouk geboren, dochter van Sanne en Bas.", "Anouk"),
        ("Sem, de zoon van de buren, speelde buiten.", "Sem"),
    ],
)
def test_names_wrapped_over_a_line_or_described_as_a_relative_are_found(text, name):
    from woo_redact.detect.names import NameDetector

    assert name in [text[d.start : d.end] for d in NameDetector().detect(text)]


@pytest.mark.parametrize("text", ["Het woord is aan de voorzitter.\nDe verwachting is goed.", "Gemeente Utrecht\nAfdeling Wonen", "De Minister, dochter van een boer"])
def test_no_name_across_a_line_break_or_before_a_kinship_word_without_names(text):
    from woo_redact.detect.names import NameDetector

    assert NameDetector().detect(text) == []


def test_an_organisations_address_block_under_its_label_is_kept_to_the_postcode():
    from woo_redact.decide.contacts import is_org_address

    t = "Bezoekadres\nRijnstraat 50\n2515 XP Den Haag\nwww.example-ministerie.nl"
    assert is_org_address(t, t.index("2515")) and is_org_address(t, t.index("Rijnstraat"))
    t = "Adviesbureau Noord | Stationsweg 4 | 8011 CZ Zwolle | www.adviesnoord.nl"
    assert is_org_address(t, t.index("8011"))


def test_a_persons_address_block_under_a_letterhead_is_not_the_organisations():
    from woo_redact.decide.contacts import is_org_address

    t = "Postbus 16\n1000 AA Amsterdam\nDe heer P. Kramer\nLindelaan 3\n1234 AB Dorp"
    assert not is_org_address(t, t.index("1234 AB")) and not is_org_address(t, t.index("Lindelaan"))


def test_a_postcode_in_ocr_noise_goes_to_review(make_doc, policy):
    noise = " ".join(["Aftnames Reduliere Cnbekend Areizeer Anticzen Testafnam Pricloeatiz Hormalke"] * 5)
    doc = make_doc(noise + " Vanaf juni 2029 af Aantal " + noise)
    d = decide(doc, [_find(doc, "2029 af", entity=EntityType.POSTCODE, detector="woo.rules.postcode", score=0.9)], policy)[0]
    assert d.action is Action.REVIEW and d.reason is Reason.NOISY_TEXT


def test_administrators_of_a_bestuurlijk_overleg_stay_readable_their_civil_servants_do_not(make_doc, policy):
    doc = make_doc(
        "Verslag bestuurlijk overleg RES\nDatum: 3 maart\n"
        "Aanwezig: Joost Hulshof (gemeente Almelo), Eva Dammers (gemeente Almelo), Karin Brinkhuis (provincie Overijssel)\n"
        "1. Opening\nJoost Hulshof geeft aan dat de planning haalbaar is. Eva Dammers maakt het verslag."
    )
    fs = [_find(doc, n, detector="woo.names", score=0.9, nth=k) for n in ("Joost Hulshof", "Eva Dammers") for k in (0, 1)]
    acts = {(d.start, doc.pages[0].text[d.start : d.end]): d.action for d in decide(doc, fs, policy)}
    assert all(a is Action.KEEP for (s, t), a in acts.items() if t == "Joost Hulshof")
    assert all(a is Action.REDACT for (s, t), a in acts.items() if t == "Eva Dammers")


def test_a_cited_author_stays_readable_a_citizen_in_a_dated_letter_does_not(make_doc, policy):
    doc = make_doc("Zie ook het rapport van Mireille Verkerk en Tom Aalders, 2019 - ‘Burgers en data’.")
    d = decide(doc, [_find(doc, "Tom Aalders", detector="woo.names", score=0.9)], policy)[0]
    assert d.action is Action.KEEP and d.reason is Reason.PUBLIC_AUTHOR
    doc = make_doc("Op 12 maart 2019 schreef mevrouw Verkerk ons een brief over de kap.")
    d = decide(doc, [_find(doc, "Verkerk", detector="woo.names", score=0.9)], policy)[0]
    assert d.action is Action.REDACT


@pytest.mark.parametrize("addressee", ["KROMOREDJO, S.T.", "Pieternella Tjon-A-Joe", "Fam. Oudshoorn"])
def test_an_addressee_under_a_letterhead_with_a_website_is_no_organisation(addressee):
    from woo_redact.decide.contacts import is_org_address

    t = f"Gemeente Zaanstad\nPostbus 2000, 1500 GA Zaandam\nwww.zaanstad.nl\n{addressee}\nWESTZIJDE 12-B\n1502 AB ZAANDAM"
    assert not is_org_address(t, t.index("WESTZIJDE")) and not is_org_address(t, t.index("1502 AB"))


@pytest.mark.parametrize(
    "text",
    [
        "Hoogachtend,\nnamens de burgemeester van Almere,\n\nT. Ouwehand",
        "de minister van Financiën,\nnamens deze,\nT. Ouwehand",
        "Met vriendelijke groet, namens de wethouder, T. Ouwehand",
    ],
)
def test_who_signs_on_behalf_of_an_office_holder_is_a_civil_servant(make_doc, policy, text):
    doc = make_doc(text)
    d = decide(doc, [_find(doc, "T. Ouwehand", detector="woo.names", score=0.9)], policy)[0]
    assert d.action is Action.REDACT


def test_the_office_holder_signing_in_person_stays_readable(make_doc, policy):
    doc = make_doc("Hoogachtend,\nde burgemeester van Almere,\nT. Ouwehand")
    d = decide(doc, [_find(doc, "T. Ouwehand", detector="woo.names", score=0.9)], policy)[0]
    assert d.action is Action.KEEP


def test_a_bare_condition_word_from_the_lexicon_goes_to_review(make_doc, policy):
    doc = make_doc("Het programma richt zich op preventie van Diabetes bij jongeren.")
    d = decide(doc, [_find(doc, "Diabetes", entity=EntityType.HEALTH, detector="woo.rules.health", score=0.4)], policy)[0]
    assert d.action is Action.REVIEW and d.detail == "bare_term"


def test_a_condition_said_of_a_person_by_the_lexicon_is_redacted(make_doc, policy):
    doc = make_doc("Mevrouw meldt dat haar diabetes verergert.")
    d = decide(doc, [_find(doc, "haar diabetes", entity=EntityType.HEALTH, detector="woo.rules.health", score=0.65)], policy)[0]
    assert d.action is Action.REDACT


def test_health_in_a_motion_of_parliament_is_policy_unless_it_names_someone(make_doc, policy):
    head = "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\nKamerstuk 2024 nr. 12\nMotie van het lid Terpstra\n"
    statement = "constaterende dat er een tekort aan huisartsen is en de zorg onder druk staat,"
    doc = make_doc(head + "De Kamer, gehoord de beraadslaging, " + statement + "\nKamerstukken 2024 nr. 13")
    fs = [_find(doc, statement, EntityType.HEALTH, score=0.95, detector="woo.statements.health")]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is not Action.REDACT and d.detail == "people_in_general"


def test_a_comma_list_of_places_is_no_person():
    from woo_redact.decide.knowledge import not_a_person

    assert not_a_person("Zwolle, Deventer") and not not_a_person("Jansen, Piet")


def test_an_unsure_health_statement_about_no_one_in_particular_is_not_queued(make_doc, policy):
    statement = "Gebruikers met diabetes kunnen de app ook gebruiken."
    doc = make_doc(statement)
    fs = [_find(doc, statement, EntityType.HEALTH, score=0.3, detector="woo.statements.health")]
    d = decide(doc, fs, policy)[0]
    assert d.action is Action.KEEP and d.detail == "no_person"


@pytest.mark.parametrize("span", ["D.", "Deze"])
def test_an_initial_alone_or_a_word_the_document_uses_is_not_queued(make_doc, policy, span):
    doc = make_doc(f"Zie hieronder. {span} regel is nieuw; deze regel geldt vanaf maart.")
    d = decide(doc, [_find(doc, span)], policy)[0]
    assert d.action is Action.KEEP


def test_a_bare_condition_word_in_a_sentence_about_someone_is_redacted(make_doc, policy):
    doc = make_doc("Dank voor de melding. Ik ben vanmiddag afwezig\n(migraine), Sanne neemt het over.")
    d = decide(doc, [_find(doc, "migraine", entity=EntityType.HEALTH, detector="woo.rules.health", score=0.4)], policy)[0]
    assert d.action is Action.REDACT


def test_initials_of_a_person_are_never_the_letters_of_a_postcode(make_doc, policy):
    doc = make_doc("Aanwezig: Ayla Akkerman (AA)\nActie: AA\nPostbus 41, 7200 AA Zutphen")
    ds = decide(doc, [_find(doc, "Ayla Akkerman", detector="woo.names", score=0.9)], policy)
    text = doc.pages[0].text
    assert not any(d.start == text.index("7200 AA") + 5 and d.action is Action.REDACT for d in ds)
    assert any(d.start == text.index("Actie: AA") + 7 and d.action is Action.REDACT for d in ds)


def test_dense_technical_compounds_and_user_ids_are_no_ocr_noise():
    tech = (
        "De DPIA beschrijft de verwerkingsverantwoordelijke, de gegevensbeschermingseffectbeoordeling, de "
        "bewaartermijnen en de sleutelgeneratie. De backend ontvangt sleutels via de uploadfunctionaliteit. Het "
        "programma noemt toegankelijkheidseisen, beveiligingsmaatregelen en loggingvoorzieningen. "
    ) * 2
    ids = "Naam\tGebruiker\tAfdeling\n" + "\n".join(f"Veen, M.\tmvdveen{i}\tBestuursdepartement" for i in range(12))
    assert not is_noisy_text(tech) and not is_noisy_text(ids)


def test_a_health_term_in_ocr_noise_goes_to_review(make_doc, policy):
    noise = " ".join(["Aftnames Reduliere Cnbekend Areizeer Anticzen Testafnam Pricloeatiz Hormalke"] * 5)
    doc = make_doc(noise + " ze Aaralklachten per regio " + noise)
    d = decide(doc, [_find(doc, "Aaralklachten", entity=EntityType.HEALTH, detector="woo.rules.health", score=0.65)], policy)[0]
    assert d.action is Action.REVIEW and d.reason is Reason.NOISY_TEXT


def test_the_office_holder_named_in_apposition_before_the_signer_stays_readable(make_doc, policy):
    text = "Hoogachtend,\nNamens de secretaris-directeur, Marleen van\nder Sluis-Brink,\nP. Ouwehand\nteammanager Water"
    doc = make_doc(text)
    fs = [_find(doc, "Marleen van", detector="woo.names", score=0.9), _find(doc, "P. Ouwehand", detector="woo.names", score=0.9)]
    ds = decide(doc, fs, policy)
    by = {doc.pages[0].text[d.start : d.end]: d.action for d in ds}
    assert by.get("P. Ouwehand") is Action.REDACT
    assert all(a is Action.KEEP for t, a in by.items() if t.startswith("Marleen")), by
