"""Decisions: grounds, officials in their role, e-mail domains, service numbers, consistency."""

from __future__ import annotations

import pytest

from woo_redact.decide import BundleKnowledge, decide, knowledge_from, to_findings
from woo_redact.policy import parse_policy
from woo_redact.reasons import Reason
from woo_redact.types import Action, Detection, EntityType


def _find(doc, page_no, needle, entity, score=0.9, detector="woo.names", nth=0):
    page = doc.pages[page_no]
    start = -1
    for _ in range(nth + 1):
        start = page.text.index(needle, start + 1)
    return to_findings(doc.sha256, page, [Detection(start, start + len(needle), entity, score, detector)])[0]


def _by_text(decisions):
    out = {}
    for d in decisions:
        page_text = d.finding.text
        out.setdefault(page_text, []).append(d)
    return out


def test_grounds_from_policy(make_doc, policy):
    doc = make_doc("BSN 111222333 en Jan Jansen")
    fs = [_find(doc, 0, "111222333", EntityType.BSN, detector="woo.rules.bsn"), _find(doc, 0, "Jan Jansen", EntityType.PERSON)]
    ds = {d.finding.entity: d for d in decide(doc, fs, policy)}
    assert ds[EntityType.BSN].ground == "5.1.1e" and ds[EntityType.BSN].action is Action.REDACT
    assert ds[EntityType.PERSON].ground == "5.1.2e" and ds[EntityType.PERSON].action is Action.REDACT


def test_officials_in_role_are_kept(make_doc, policy):
    doc = make_doc(
        "Aan Hester van Buren, wethouder P&O\n"
        "Kopie aan Peter Teesink, gemeentesecretaris\n"
        "Gesprek met burgemeester Anna Smit en beleidsmedewerker Kees Bos"
    )
    fs = [_find(doc, 0, n, EntityType.PERSON) for n in ("Hester van Buren", "Peter Teesink", "Anna Smit", "Kees Bos")]
    acts = {d.finding.text: d.action for d in decide(doc, fs, policy)}
    assert acts == {
        "Hester van Buren": Action.KEEP,
        "Peter Teesink": Action.KEEP,
        "Anna Smit": Action.KEEP,
        "Kees Bos": Action.REDACT,
    }


def test_official_named_later_without_role_is_kept_by_default(make_doc, policy):
    doc = make_doc("wethouder Hester van Buren opende.", "Van Buren sprak daarna.")
    fs = [_find(doc, 0, "Hester van Buren", EntityType.PERSON), _find(doc, 1, "Van Buren", EntityType.PERSON)]
    acts = [d.action for d in decide(doc, fs, policy)]
    assert acts == [Action.KEEP, Action.KEEP]
    strict = parse_policy({"officials": {"outside_role": "context"}})
    acts = [d.action for d in decide(doc, fs, strict)]
    assert acts == [Action.KEEP, Action.REDACT]


def test_officials_list(make_doc):
    pol = parse_policy({"officials": {"names": ["Femke Halsema"]}})
    doc = make_doc("Femke Halsema schreef")
    d = decide(doc, [_find(doc, 0, "Femke Halsema", EntityType.PERSON)], pol)[0]
    assert d.action is Action.KEEP and d.reason is Reason.PUBLIC_OFFICIAL_LIST


def test_email_keeps_organisation_domain(make_doc, policy):
    doc = make_doc("mail j.jansen@amsterdam.nl of jan1970@gmail.com of info@amsterdam.nl")
    fs = [_find(doc, 0, e, EntityType.EMAIL, detector="woo.rules.email") for e in ("j.jansen@amsterdam.nl", "jan1970@gmail.com", "info@amsterdam.nl")]
    ds = {d.finding.text: d for d in decide(doc, fs, policy)}
    org = ds["j.jansen@amsterdam.nl"]
    assert org.action is Action.REDACT
    assert doc.pages[0].text[org.start : org.end] == "j.jansen@"
    priv = ds["jan1970@gmail.com"]
    assert doc.pages[0].text[priv.start : priv.end] == "jan1970@gmail.com"
    assert ds["info@amsterdam.nl"].action is Action.KEEP


def test_service_numbers_and_postbus_kept(make_doc, policy):
    doc = make_doc("Bel 0800-1234 of 14 020. Postbus 202, 1000 AE Amsterdam. Thuis: 1234 AB")
    fs = [
        _find(doc, 0, "0800-1234", EntityType.PHONE, detector="woo.rules.phone"),
        _find(doc, 0, "1000 AE", EntityType.POSTCODE, detector="woo.rules.postcode"),
        _find(doc, 0, "1234 AB", EntityType.POSTCODE, detector="woo.rules.postcode"),
    ]
    acts = {d.finding.text: d.action for d in decide(doc, fs, policy)}
    assert acts == {"0800-1234": Action.KEEP, "1000 AE": Action.KEEP, "1234 AB": Action.REDACT}


def test_threshold_keeps_weak_findings(make_doc):
    pol = parse_policy({"thresholds": {"woo.names": 0.95}})
    doc = make_doc("Jan Jansen")
    d = decide(doc, [_find(doc, 0, "Jan Jansen", EntityType.PERSON, score=0.9)], pol)[0]
    assert d.action is Action.KEEP and d.reason is Reason.BELOW_THRESHOLD


def test_existing_lakcode_is_never_personal_data(make_doc, policy):
    doc = make_doc("zie 10.2.e hierboven")
    fs = [
        _find(doc, 0, "10.2.e", EntityType.EXISTING_CODE, detector="woo.rules.lakcode"),
        _find(doc, 0, "10.2", EntityType.PHONE, detector="woo.rules.phone"),
    ]
    ds = decide(doc, fs, policy)
    assert all(d.action is Action.KEEP for d in ds)
    code = next(d for d in ds if d.finding.entity is EntityType.EXISTING_CODE)
    assert code.reason is Reason.PRE_EXISTING_REDACTION and code.ground == "5.1.2e"  # Wob 10.2.e → Woo 5.1.2e


def test_consistency_within_document(make_doc, policy):
    doc = make_doc(
        "Van: Marieke van der Sluis-Ekkel",
        "Mevrouw Van der Sluis belde. Marieke vroeg om uitstel.\nVAN DER SLUIS-EKKEL, M.J. is verzoeker.",
    )
    fs = [_find(doc, 0, "Marieke van der Sluis-Ekkel", EntityType.PERSON)]
    red = [doc.pages[d.finding.page].text[d.start : d.end] for d in decide(doc, fs, policy) if d.action is Action.REDACT]
    assert "Van der Sluis" in red
    assert "Marieke" in red
    assert "VAN DER SLUIS-EKKEL, M.J." in red


def test_consistency_across_bundle(make_doc, policy):
    doc1 = make_doc("Melder: Kees Nuijten", sha="1" * 64)
    doc2 = make_doc("De heer Nuijten belde opnieuw; K. Nuijten is buurman.", sha="2" * 64)
    d1 = decide(doc1, [_find(doc1, 0, "Kees Nuijten", EntityType.PERSON)], policy)
    k = knowledge_from(d1, policy, {p.number: p for p in doc1.pages})
    alone = decide(doc2, [], policy)
    assert alone == []
    with_bundle = decide(doc2, [], policy, k)
    red = {doc2.pages[0].text[d.start : d.end] for d in with_bundle if d.action is Action.REDACT}
    # Across documents only forms that name the person on their own spread: a rare family name
    # does, a first name alone or a family name that is an ordinary word does not.
    assert red == {"Nuijten", "K. Nuijten"}


def test_bundle_officials_protect_names(make_doc, policy):
    k = BundleKnowledge(set(), set())
    doc1 = make_doc("burgemeester Anna Smit")
    d1 = decide(doc1, [_find(doc1, 0, "Anna Smit", EntityType.PERSON)], policy)
    k.merge(knowledge_from(d1, policy, {0: doc1.pages[0]}))
    doc2 = make_doc("Anna Smit opende de vergadering")
    d2 = decide(doc2, [_find(doc2, 0, "Anna Smit", EntityType.PERSON)], policy, k)
    assert d2[0].action is Action.KEEP


def test_allow_and_deny_lists(make_doc):
    pol = parse_policy({"allowlist": {"terms": ["Jan Jansen"]}, "denylist": {"terms": [{"text": "Project Zeus", "ground": "5.1.2i"}]}})
    doc = make_doc("Jan Jansen leidt Project Zeus")
    ds = decide(doc, [_find(doc, 0, "Jan Jansen", EntityType.PERSON)], pol)
    acts = {d.finding.text: (d.action, d.ground) for d in ds}
    assert acts["Jan Jansen"][0] is Action.KEEP
    assert acts["Project Zeus"] == (Action.REDACT, "5.1.2i")


def test_every_occurrence_of_a_redacted_string_is_redacted(make_doc, policy):
    doc = make_doc("Rekening NL91ABNA0417164300 van de aanvrager.", "Terugbetaling op nl91abna0417164300 volgt.")
    fs = [_find(doc, 0, "NL91ABNA0417164300", EntityType.IBAN, detector="woo.rules.iban")]
    ds = [d for d in decide(doc, fs, policy) if d.action is Action.REDACT]
    assert {(d.finding.page, doc.pages[d.finding.page].text[d.start : d.end]) for d in ds} == {
        (0, "NL91ABNA0417164300"), (1, "nl91abna0417164300")
    }


def test_function_mailboxes_switchboards_and_organisation_accounts_kept(make_doc, policy):
    doc = make_doc(
        "Mail toezicht@gemeente.nl of j.jansen@gemeente.nl of jjansen@gemeente.nl.\n"
        "Bel 0182 588 100 of 0182 588 342 of 06-12345600.\n"
        "Betaal aan de gemeente op NL20 BNGH 0285 0081 37; haar rekening NL91 ABNA 0417 1643 00.\n"
        "Stichting Buurtkracht, rekening NL18 RABO 0123 4599 88."
    )
    fs = [_find(doc, 0, e, EntityType.EMAIL, detector="woo.rules.email") for e in ("toezicht@gemeente.nl", "j.jansen@gemeente.nl", "jjansen@gemeente.nl")]
    fs += [_find(doc, 0, p, EntityType.PHONE, detector="woo.rules.phone") for p in ("0182 588 100", "0182 588 342", "06-12345600")]
    fs += [_find(doc, 0, i, EntityType.IBAN, detector="woo.rules.iban") for i in ("NL20 BNGH 0285 0081 37", "NL91 ABNA 0417 1643 00", "NL18 RABO 0123 4599 88")]
    acts = {d.finding.text: (d.action, d.reason) for d in decide(doc, fs, policy)}
    assert acts["toezicht@gemeente.nl"] == (Action.KEEP, "function_mailbox")
    assert acts["j.jansen@gemeente.nl"][0] is Action.REDACT and acts["jjansen@gemeente.nl"][0] is Action.REDACT
    assert acts["0182 588 100"] == (Action.KEEP, "switchboard_number")
    assert acts["0182 588 342"][0] is Action.REDACT and acts["06-12345600"][0] is Action.REDACT
    assert acts["NL20 BNGH 0285 0081 37"] == (Action.KEEP, "organisation_account")
    assert acts["NL91 ABNA 0417 1643 00"][0] is Action.REDACT
    assert acts["NL18 RABO 0123 4599 88"] == (Action.KEEP, "organisation_account")
    strict = parse_policy({"phone": {"keep_switchboard_numbers": False}, "iban": {"keep_organisation_accounts": False}})
    acts = {d.finding.text: d.action for d in decide(doc, fs, strict)}
    assert acts["0182 588 100"] is Action.REDACT and acts["NL20 BNGH 0285 0081 37"] is Action.REDACT


def test_signature_columns_under_roles_are_officials(make_doc, policy):
    doc = make_doc("Burgemeester en wethouders,\nde secretaris,\tde burgemeester,\nP.C. Lamme\tE.J. Raadsen\nBijlagen")
    fs = [_find(doc, 0, n, EntityType.PERSON) for n in ("P.C. Lamme", "E.J. Raadsen")]
    assert all(d.action is Action.KEEP and d.reason is Reason.PUBLIC_OFFICIAL_ROLE for d in decide(doc, fs, policy))


def test_findings_inside_a_kept_identifier_are_kept(make_doc, policy):
    doc = make_doc("Betaal op NL20 BNGH 0285 0081 37 van de gemeente.")
    fs = [
        _find(doc, 0, "NL20 BNGH 0285 0081 37", EntityType.IBAN, detector="woo.rules.iban"),
        _find(doc, 0, "0285 0081 37", EntityType.PHONE, detector="woo.rules.phone"),
    ]
    assert all(d.action is Action.KEEP for d in decide(doc, fs, policy))


def test_wrapped_private_address_is_redacted_whole(make_doc, policy):
    doc = make_doc("Melder: monique.vanleeuwen@hot\nmail.com klaagt.")
    text = doc.pages[0].text
    s = text.index("monique")
    e = text.index(".com") + 4
    f = to_findings(doc.sha256, doc.pages[0], [Detection(s, e, EntityType.EMAIL, 0.85, "woo.rules.email")])[0]
    (d,) = decide(doc, [f], policy)
    assert d.action is Action.REDACT and (d.start, d.end) == (s, e)


def test_consistency_variants_keep_word_boundaries(make_doc, policy):
    """The per-variant patterns assert the left boundary after the first character: a name
    glued to a word, an address or a dotted identifier is not another occurrence."""
    doc1 = make_doc("Melder: Kees Nuijten", sha="1" * 64)
    k = knowledge_from(decide(doc1, [_find(doc1, 0, "Kees Nuijten", EntityType.PERSON)], policy), policy, {0: doc1.pages[0]})
    doc2 = make_doc("xK. Nuijten, k.nuijten@example.nl en .K. Nuijten; later K. Nuijten zelf.", sha="2" * 64)
    text = doc2.pages[0].text
    ds = decide(doc2, [], policy, k)
    red = [(d.start, text[d.start : d.end]) for d in ds if d.action is Action.REDACT]
    mail = text.index("k.nuijten@")
    assert not any(mail <= s < mail + 20 for s, _ in red)  # not inside the address
    spread = [d.start for d in ds if d.finding.detector == "woo.consistency" and text[d.start : d.end] == "K. Nuijten"]
    assert spread == [text.rindex("K. Nuijten")]  # not "xK." / ".K."


def test_propagation_matches_capitalised_word_only_with_its_capital(make_doc, policy):
    """"Bakker" or "BAKKER" redacted is the name, not the baker: other cases stay readable."""
    doc = make_doc("Melder: Kees Bakker.\nDe bakker van BAKKER en Bakkerij Bakker.")
    ds = decide(doc, [_find(doc, 0, "Kees Bakker", EntityType.PERSON)], policy)
    text = doc.pages[0].text
    red = sorted(text[d.start : d.end] for d in ds if d.action is Action.REDACT)
    assert "bakker" not in red and "Bakkerij" not in " ".join(red)
    assert red.count("Bakker") == 1 and "BAKKER" in red and "Kees Bakker" in red


@pytest.mark.parametrize(
    "text, name, boxed",
    [
        ("vergunning PV-0045127, M.\nOuwerkerk, kenteken", "Ouwerkerk", "M.\nOuwerkerk"),
        ("Aanwezig: J.W.\nBrouwer-de Jong (notulen)", "Brouwer-de Jong", "J.W.\nBrouwer-de Jong"),
        ("Zie bijlage B.\nBrouwer belde later terug.", "Brouwer", "Brouwer"),  # an appendix, not an initial
        ("Afgesproken met Jansen.\nBrouwer belde later.", "Brouwer", "Brouwer"),  # a sentence end
    ],
)
def test_initials_wrapped_to_the_line_before_are_part_of_the_name(make_doc, policy, text, name, boxed):
    doc = make_doc(text)
    ds = decide(doc, [_find(doc, 0, name, EntityType.PERSON)], policy)
    red = [doc.pages[0].text[d.start : d.end] for d in ds if d.action is Action.REDACT]
    assert boxed in red and not any(r != boxed and name in r for r in red)


def test_initials_found_alone_take_the_surname_on_the_next_line(make_doc, policy):
    doc = make_doc("vergunning PV-0045127, M.\nOuwerkerk, kenteken TBL-92-F")
    ds = decide(doc, [_find(doc, 0, "M.", EntityType.PERSON)], policy)
    red = [doc.pages[0].text[d.start : d.end] for d in ds if d.action is Action.REDACT]
    assert red == ["M.\nOuwerkerk"]


# --------------------------------------------------------------------------- rule registry


def test_rule_names_are_unique_and_listed():
    from woo_redact.decide import rule_names

    names = rule_names()
    assert len(names) == len(set(names))
    assert {"person.role", "email.function_mailbox", "phone.switchboard", "threshold"} <= set(names)


def test_a_rule_switched_off_in_the_policy_does_not_run(make_doc, policy):
    doc = make_doc("Gesprek met burgemeester Anna Smit.")
    fs = [_find(doc, 0, "Anna Smit", EntityType.PERSON)]
    assert decide(doc, fs, policy)[0].reason is Reason.PUBLIC_OFFICIAL_ROLE
    off = parse_policy({"rules": {"disabled": ["person.role"]}})
    d = decide(doc, fs, off)[0]
    assert d.action is Action.REDACT and d.reason is Reason.POLICY


def test_switching_off_the_mailbox_rule_redacts_the_local_part(make_doc, policy):
    doc = make_doc("Mail toezicht@gemeente.nl voor vragen.")
    fs = [_find(doc, 0, "toezicht@gemeente.nl", EntityType.EMAIL, detector="woo.rules.email")]
    assert decide(doc, fs, policy)[0].reason is Reason.FUNCTION_MAILBOX
    off = parse_policy({"rules": {"disabled": ["email.function_mailbox"]}})
    d = decide(doc, fs, off)[0]
    assert d.action is Action.REDACT and d.reason is Reason.ORGANISATION_DOMAIN_KEPT
    assert doc.pages[0].text[d.start : d.end] == "toezicht@"


def test_deny_term_carries_its_own_ground(make_doc):
    pol = parse_policy({"denylist": {"terms": [{"text": "Project Zeus", "ground": "5.1.2i"}]}})
    doc = make_doc("Het project zeus loopt.")
    [d] = decide(doc, [], pol)
    assert d.action is Action.REDACT and d.reason is Reason.DENYLIST and d.ground == "5.1.2i"


@pytest.mark.parametrize(
    ("score", "action", "reason"),
    [(0.9, Action.REDACT, Reason.POLICY), (0.4, Action.REVIEW, Reason.STATEMENT_UNSURE), (0.1, Action.KEEP, Reason.BELOW_THRESHOLD)],
)
def test_statement_probability_bands(make_doc, policy, score, action, reason):
    # A plural "ze" on a page that names someone: the classifier's band decides.
    doc = make_doc("Overleg met Femke Dijkstra.\nZe zijn sinds maart met ziekteverlof.")
    fs = [
        _find(doc, 0, "Femke Dijkstra", EntityType.PERSON, score=0.9, detector="woo.names"),
        _find(doc, 0, "Ze zijn sinds maart met ziekteverlof.", EntityType.HEALTH, score=score, detector="woo.statements.health"),
    ]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert (d.action, d.reason) == (action, reason)
    if action is Action.REDACT:
        assert d.ground == "5.1.1d"


def test_policy_opinions_are_proposed_never_boxed_by_default(make_doc, policy):
    doc = make_doc("Persoonlijk vind ik dit voorstel onverstandig.")
    fs = [_find(doc, 0, "Persoonlijk vind ik dit voorstel onverstandig.", EntityType.POLICY_OPINION, score=0.9, detector="woo.statements.opinion")]
    d = decide(doc, fs, policy)[0]
    assert d.action is Action.REVIEW and d.ground == "5.2.1"


def test_reasons_render_in_dutch_and_english():
    from woo_redact.reasons import describe

    assert "ambtsdrager" in describe(Reason.PUBLIC_OFFICIAL_ROLE)
    assert "office holder" in describe(Reason.PUBLIC_OFFICIAL_ROLE, "en")
    assert all(describe(r) and describe(r, "en") for r in Reason)


# --------------------------------------------------------------------------- seeds and spreading


def test_bare_surname_spreads_within_its_own_document(make_doc, policy):
    doc = make_doc("Melder: Kees Nuijten.\nLater belde Nuijten opnieuw.")
    red = {doc.pages[0].text[d.start : d.end] for d in decide(doc, [_find(doc, 0, "Kees Nuijten", EntityType.PERSON)], policy) if d.action is Action.REDACT}
    assert red == {"Kees Nuijten", "Nuijten"}


@pytest.mark.parametrize(
    ("span", "text"),
    [
        ("Eisen aan", "Eisen aan de aanvraag.\nDe aanvrager voldoet aan de eisen en wij wijzen op de Eisen."),
        ("Kleine gemeente", "Kleine gemeente meldt.\nDe gemeente en een Kleine bijdrage."),
        ("Programma Energie", "Programma Energie start.\nHet programma Energie loopt; het Programma ook."),
    ],
)
def test_a_model_span_of_ordinary_words_seeds_nobody(make_doc, policy, span, text):
    doc = make_doc(text)
    ds = decide(doc, [_find(doc, 0, span, EntityType.PERSON, score=0.85, detector="woo.ner")], policy)
    spread = [d for d in ds if d.finding.detector in ("woo.consistency", "woo.propagate") and d.action is Action.REDACT]
    assert spread == []
    k = knowledge_from(ds, policy, {0: doc.pages[0]})
    assert k.redacted_names == set()


def test_lowercase_and_ordinary_variants_never_spread():
    from woo_redact.decide.evidence import single_word_may_spread, variant_may_spread

    assert not variant_may_spread("gemeente") and not variant_may_spread("aan")
    assert not single_word_may_spread("Een") and not single_word_may_spread("Wanneer")
    assert single_word_may_spread("Nuijten") and single_word_may_spread("Marieke") and single_word_may_spread("Bakker")
    assert variant_may_spread("van der Sluis") and variant_may_spread("J. Tjon-A-Fong")


def test_a_lone_unlisted_word_from_the_model_goes_to_review(make_doc, policy):
    doc = make_doc("Volgens Zwartewaterland klopt het. Het systeem Quorix werkt.")
    ds = decide(doc, [_find(doc, 0, "Quorix", EntityType.PERSON, score=0.85, detector="woo.ner")], policy)
    assert ds[0].action is Action.REVIEW and ds[0].reason is Reason.IMPLAUSIBLE_NAME
    assert ds[0].detail == "single_unknown_word"


def test_the_model_alone_on_an_english_page_needs_name_evidence(make_doc, policy):
    en = ("The Contact Tracing framework is used by the app and it is not stored on the server. " * 6).strip()
    doc = make_doc(en + " Contact Tracing is a term; Maria Jansen wrote it.")
    fs = [
        _find(doc, 0, "Contact Tracing", EntityType.PERSON, score=0.85, detector="woo.ner", nth=0),
        _find(doc, 0, "Maria Jansen", EntityType.PERSON, score=0.85, detector="woo.ner"),
    ]
    acts = {d.finding.text: d.action for d in decide(doc, fs, policy)}
    assert acts["Contact Tracing"] is not Action.REDACT and acts["Maria Jansen"] is Action.REDACT


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het woord is aan de heer Bolhuis (VVD) die vraagt.", "Bolhuis"),
        ("Vragen van mevrouw Yildirim (GroenLinks-PvdA) over de pont.", "Yildirim"),
        ("Leefbaar Zeewolde: mevrouw Okafor en de heren Dijkhuis en Prins.", "Okafor"),
        ("Bij de stemming vroeg wethouder dhr. B. Verhoef het woord.", "B. Verhoef"),
        ("Namens het college: burgemeester mr. K.L. Oostendorp sprak.", "K.L. Oostendorp"),
        ("De motie van het lid Terpstra wordt aangenomen.", "Terpstra"),
        ("Tweede Kamerlid, Fenna Wiersma, stelt vragen.", "Fenna Wiersma"),
    ],
)
def test_representatives_and_office_holders_with_party_title_or_role_stay_readable(make_doc, policy, text, name):
    doc = make_doc(text)
    d = decide(doc, [_find(doc, 0, name, EntityType.PERSON, score=0.9)], policy)[0]
    assert d.action is Action.KEEP and d.reason.keeps_public_person


def test_a_party_word_that_is_no_party_keeps_nobody(make_doc, policy):
    doc = make_doc("Gesprek met de heer Kuipers (aanvrager) over zijn erf.")
    assert decide(doc, [_find(doc, 0, "Kuipers", EntityType.PERSON)], policy)[0].action is Action.REDACT


def test_parliamentary_papers_name_people_in_their_public_role_unless_private(make_doc, policy):
    head = "Tweede Kamer der Staten-Generaal\nVergaderjaar 2031–2032\nKamerstuk 36 123 nr. 4\n"
    doc = make_doc(head + "De heer Lindeboom merkt op dat het plan werkt.\nInspreker Ravi Autar, een bewoner, vraagt aandacht.")
    fs = [_find(doc, 0, "Lindeboom", EntityType.PERSON), _find(doc, 0, "Ravi Autar", EntityType.PERSON)]
    acts = {d.finding.text: (d.action, d.reason) for d in decide(doc, fs, policy)}
    assert acts["Lindeboom"] == (Action.KEEP, Reason.PUBLIC_PERSON_GENRE)
    assert acts["Ravi Autar"][0] is Action.REDACT


def test_an_email_quoting_a_kamerstuk_is_correspondence(make_doc, policy):
    doc = make_doc(
        "Van: Iris Hoekstra\nAan: Team Beleid\nOnderwerp: Kamerstuk\n"
        "Zie Tweede Kamer der Staten-Generaal, Vergaderjaar 2031–2032. Groet, Iris Hoekstra"
    )
    d = decide(doc, [_find(doc, 0, "Iris Hoekstra", EntityType.PERSON)], policy)[0]
    assert d.action is Action.REDACT


def test_genre_of():
    from woo_redact.decide.genre import Genre, genre_of

    assert genre_of("Tweede Kamer der Staten-Generaal\nVergaderjaar 2030–2031\nNr. 5") is Genre.PARLIAMENTARY
    assert genre_of("Besluitenlijst raadsvergadering van de gemeenteraad") is Genre.COUNCIL
    assert genre_of("Geachte heer Jansen, uw aanvraag is ontvangen.") is Genre.OTHER


@pytest.mark.parametrize(
    ("text", "span", "detector", "score", "action"),
    [
        ("Zie de Participatiewet hierover.", "Participatiewet", "woo.ner", 0.85, Action.KEEP),
        ("Het kantoor aan de Wilhelminastraat 4 is open.", "Wilhelminastraat", "woo.ner", 0.85, Action.KEEP),
        ("Het advies van ESMA volgt.", "ESMA", "woo.ner", 0.85, Action.KEEP),
        ("Medewerker Vergunningen\nAfdeling Publieke Dienstverlening\n", "Afdeling Publieke Dienstverlening", "woo.names", 0.85, Action.REVIEW),
    ],
)
def test_laws_streets_acronyms_and_bodies_are_no_people(make_doc, policy, text, span, detector, score, action):
    doc = make_doc(text)
    d = decide(doc, [_find(doc, 0, span, EntityType.PERSON, score=score, detector=detector)], policy)[0]
    assert d.action is action and d.reason in (Reason.NOT_A_PERSON, Reason.IMPLAUSIBLE_NAME)


def test_role_in_parentheses_after_the_name(make_doc, policy):
    doc = make_doc("Aanwezig: Jorien Kampstra (gedeputeerde), Pim Oudshoorn (wethouder Financiën), Ada Rook (projectleider)")
    fs = [_find(doc, 0, n, EntityType.PERSON) for n in ("Jorien Kampstra", "Pim Oudshoorn", "Ada Rook")]
    acts = {d.finding.text: d.action for d in decide(doc, fs, policy)}
    assert acts == {"Jorien Kampstra": Action.KEEP, "Pim Oudshoorn": Action.KEEP, "Ada Rook": Action.REDACT}


def test_a_first_name_alone_found_by_the_model_is_the_seeded_person(make_doc, policy):
    doc = make_doc("Verslag: Soplantila, Kartini meldt zich.\nMorgen is Kartini het aanspreekpunt.")
    fs = [
        _find(doc, 0, "Soplantila, Kartini", EntityType.PERSON, score=0.85, detector="woo.ner"),
        _find(doc, 0, "Kartini", EntityType.PERSON, score=0.85, detector="woo.ner", nth=1),
    ]
    acts = [(d.finding.text, d.action) for d in decide(doc, fs, policy) if d.finding.detector == "woo.ner"]
    assert acts == [("Soplantila, Kartini", Action.REDACT), ("Kartini", Action.REDACT)]


def _with_footer(body: str, footer: str) -> str:
    lines = body.split("\n")
    return "\n".join(lines + [""] * (54 - len(lines)) + [footer])


def test_a_number_in_a_footer_repeated_on_every_page_is_the_organisations(make_doc, policy):
    footer = "Waterschap Lage Weiden | Dijkweg 7 | T 0521 77 31 95"
    doc = make_doc(
        _with_footer("Geachte heer Smeets,\nBel mij op 0521 77 31 18.", footer),
        _with_footer("Met vriendelijke groet,", footer),
    )
    fs = [_find(doc, p, "0521 77 31 95", EntityType.PHONE, detector="woo.rules.phone") for p in (0, 1)]
    fs.append(_find(doc, 0, "0521 77 31 18", EntityType.PHONE, detector="woo.rules.phone"))
    acts = [(d.finding.text, d.action, d.reason) for d in decide(doc, fs, policy)]
    assert ("0521 77 31 18", Action.REDACT, Reason.POLICY) in acts
    assert [a for t, a, _ in acts if t == "0521 77 31 95"] == [Action.KEEP, Action.KEEP]


def test_a_citizens_address_at_the_top_of_a_letter_is_redacted(make_doc, policy):
    doc = make_doc("R. Pinas\nKastanjelaan 12\n7421 KL Deventer\n\nAan de gemeente Deventer\nPostbus 5000\n7400 GC Deventer\n\nBezwaar")
    fs = [
        _find(doc, 0, "7421 KL", EntityType.POSTCODE, detector="woo.rules.postcode"),
        _find(doc, 0, "7400 GC", EntityType.POSTCODE, detector="woo.rules.postcode"),
    ]
    acts = {d.finding.text: d.action for d in decide(doc, fs, policy)}
    assert acts == {"7421 KL": Action.REDACT, "7400 GC": Action.KEEP}


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Opgesteld door prof.dr. Wendela Koopmans, Universiteit Leiden.", "Wendela Koopmans", Action.KEEP),
        ("Advies van Dr. Ruben Aydın (Rathenau Instituut) volgt.", "Ruben Aydın", Action.KEEP),
        ("Behandeld door dr. Ruben Aydın, huisarts te Epe.", "Ruben Aydın", Action.REDACT),
        ("Gesprek met Wendela Koopmans, Universiteit Leiden.", "Wendela Koopmans", Action.REDACT),
    ],
)
def test_experts_named_with_title_and_institution(make_doc, policy, text, span, expected):
    doc = make_doc(text)
    assert decide(doc, [_find(doc, 0, span, EntityType.PERSON)], policy)[0].action is expected


@pytest.mark.parametrize("local", ["overijsselloket", "bezwaarteam", "facturen", "verzuim", "klachtenmeldpunt", "stadsbureau.noord", "post.bestuursstaf"])
def test_desk_and_team_mailboxes_are_functions(local):
    from woo_redact.decide import is_function_mailbox

    assert is_function_mailbox(local)


@pytest.mark.parametrize("local", ["j.devries", "pvandijk", "ameliesmit", "jansen2", "anna.bureau", "kees.wijkstra"])
def test_personal_mailboxes_are_not_functions(local):
    from woo_redact.decide import is_function_mailbox

    assert not is_function_mailbox(local)


@pytest.mark.parametrize("span", ["A. Aanpak", "B. Beoordeling", "Project Quorix van de Kiesraad", "A. Aanpak Quorix", "C.\tVervolg"])
def test_list_markers_and_projects_are_no_name_evidence(span):
    from woo_redact.decide.evidence import lexical_evidence

    assert not lexical_evidence(span)


@pytest.mark.parametrize("span", ["J. Bakker", "M.J. Oudshoorn", "Tjon Kiem Sang", "Kees van der Sluis"])
def test_real_names_are_name_evidence(span):
    from woo_redact.decide.evidence import lexical_evidence

    assert lexical_evidence(span)


def test_a_model_span_of_plain_words_is_kept_with_its_reason(make_doc, policy):
    doc = make_doc("Volgens Werk en Inkomen is dat zo.")
    d = decide(doc, [_find(doc, 0, "Werk en Inkomen", EntityType.PERSON, score=0.85, detector="woo.ner")], policy)[0]
    assert (d.action, d.reason, d.detail) == (Action.KEEP, Reason.NOT_A_PERSON, "only_ordinary_words")


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        (
            "Aanwezig: wethouders Rik Jonker, Sabine de Waal en Ilse Mertens; notulist Bram Ooms",
            ("Rik Jonker", "Sabine de Waal", "Ilse Mertens", "Bram Ooms"),
            {"Rik Jonker", "Sabine de Waal", "Ilse Mertens"},
        ),
        (
            "Heemraden Dorota Nowak, Fenna Zijlstra en T. Kramer. Inspreker Joost Lemmens.",
            ("Dorota Nowak", "Fenna Zijlstra", "T. Kramer", "Joost Lemmens"),
            {"Dorota Nowak", "Fenna Zijlstra", "T. Kramer"},
        ),
        (
            "Gesprek met burgemeester Anna Smit en beleidsmedewerker Kees Bos",
            ("Anna Smit", "Kees Bos"),
            {"Anna Smit"},
        ),
    ],
)
def test_plural_roles_cover_the_list_of_names_after_them(make_doc, policy, text, names, kept):
    doc = make_doc(text)
    acts = {d.finding.text: d.action for d in decide(doc, [_find(doc, 0, n, EntityType.PERSON) for n in names], policy)}
    assert {n for n, a in acts.items() if a is Action.KEEP} == kept


def test_an_office_holders_first_name_does_not_protect_others(make_doc, policy):
    doc1 = make_doc("wethouder Petra Zandbergen opende.", sha="1" * 64)
    k = knowledge_from(decide(doc1, [_find(doc1, 0, "Petra Zandbergen", EntityType.PERSON)], policy), policy, {0: doc1.pages[0]})
    doc2 = make_doc("Beste Petra, de melder belde. Zandbergen komt ook.", sha="2" * 64)
    fs = [_find(doc2, 0, "Petra", EntityType.PERSON), _find(doc2, 0, "Zandbergen", EntityType.PERSON)]
    acts = {d.finding.text: d.action for d in decide(doc2, fs, policy, k)}
    assert acts == {"Petra": Action.REDACT, "Zandbergen": Action.KEEP}


def test_initials_in_minutes_refer_to_the_people_named_in_full(make_doc, policy):
    doc = make_doc(
        "Aanwezig: Esther Hoekstra, Erik de Vries, wethouder Lotte Kamp\n"
        "Actie: EdV stuurt de planning. EH belt de aannemer. LK opent. Het EU-beleid (EH-richtlijn) blijft."
    )
    fs = [_find(doc, 0, n, EntityType.PERSON) for n in ("Esther Hoekstra", "Erik de Vries", "Lotte Kamp")]
    red = [(doc.pages[0].text[d.start : d.end], d.start) for d in decide(doc, fs, policy) if d.action is Action.REDACT]
    texts = [t for t, _ in red]
    assert "EdV" in texts and texts.count("EH") == 1  # not inside "EH-richtlijn"
    assert "LK" not in texts  # the wethouder stays readable


def test_initials_forms():
    from woo_redact.decide.people import initials_forms

    assert {"EdV", "EDV", "EV"} <= initials_forms("Erik de Vries")
    assert "JWvdBS" in initials_forms("Jan-Willem van der Berg-Smit")
    assert "JJ" in initials_forms("J. Jansen") and initials_forms("Jansen") == frozenset()


@pytest.mark.parametrize(
    ("text", "name", "action"),
    [
        ("Aanwezig: Erik de Vries, wethouder Lotte Kamp", "Erik de Vries", Action.REDACT),
        ("Aanwezig: Erik de Vries, wethouder Financiën en Economie", "Erik de Vries", Action.KEEP),
        ("Ondertekend: Erik de Vries, burgemeester", "Erik de Vries", Action.KEEP),
        ("Aanwezig: Erik de Vries, wethouder J. Kamp", "Erik de Vries", Action.REDACT),
    ],
)
def test_a_role_after_a_comma_belongs_to_the_name_that_follows_it(make_doc, policy, text, name, action):
    doc = make_doc(text)
    assert decide(doc, [_find(doc, 0, name, EntityType.PERSON)], policy)[0].action is action


def test_a_table_header_cell_is_no_person(make_doc, policy):
    doc = make_doc(
        "Nr    Onderwerp              Behandelaar        Datum\n"
        "1     Kapvergunning eik      Sanne Verkerk      3 maart\n"
        "2     Uitrit Dorpsweg        Ravi Autar         4 maart\n"
    )
    from woo_redact.detect.layout import build_layout

    if not build_layout(doc.pages).columns:
        pytest.skip("the layout model finds no table on this grid page")
    fs = [_find(doc, 0, "Behandelaar", EntityType.PERSON, score=0.85, detector="woo.ner"), _find(doc, 0, "Sanne Verkerk", EntityType.PERSON, score=0.85, detector="woo.ner")]
    acts = {d.finding.text: (d.action, d.reason) for d in decide(doc, fs, policy)}
    assert acts["Behandelaar"] == (Action.KEEP, Reason.NOT_A_PERSON)
    assert acts["Sanne Verkerk"][0] is Action.REDACT


def test_across_documents_a_first_name_or_an_ordinary_surname_does_not_spread_alone(make_doc, policy):
    doc1 = make_doc("Melder: Kees Bakker", sha="1" * 64)
    k = knowledge_from(decide(doc1, [_find(doc1, 0, "Kees Bakker", EntityType.PERSON)], policy), policy, {0: doc1.pages[0]})
    doc2 = make_doc("Kees belde. De Bakker op de hoek. K. Bakker ook.", sha="2" * 64)
    red = {doc2.pages[0].text[d.start : d.end] for d in decide(doc2, [], policy, k) if d.action is Action.REDACT}
    assert red == {"K. Bakker"}


def test_a_first_name_and_surname_on_two_lines_are_one_person(make_doc, policy):
    doc = make_doc("Aanwezig: Joyce Vlasblom (JV); Esther\nHoekstra (EH), jurist.\nEH zoekt het uit.")
    fs = [_find(doc, 0, "Joyce Vlasblom", EntityType.PERSON), _find(doc, 0, "Esther", EntityType.PERSON, score=0.85, detector="woo.ner"),
          _find(doc, 0, "Hoekstra", EntityType.PERSON, score=0.85, detector="woo.ner")]
    ds = decide(doc, fs, policy)
    text = doc.pages[0].text
    red = [text[d.start : d.end] for d in ds if d.action is Action.REDACT]
    assert "Esther\nHoekstra" in red and red.count("EH") == 2 and "JV" in red


def test_a_role_at_the_end_of_the_line_before_a_wrapped_list(make_doc, policy):
    doc = make_doc("Aanwezig: wethouders Rik Jonker, Sabine de Waal,\nIlse Mertens en Bram Ooms; notulist Carla Ruis")
    fs = [_find(doc, 0, n, EntityType.PERSON) for n in ("Ilse Mertens", "Bram Ooms", "Carla Ruis")]
    acts = {d.finding.text: d.action for d in decide(doc, fs, policy)}
    assert acts == {"Ilse Mertens": Action.KEEP, "Bram Ooms": Action.KEEP, "Carla Ruis": Action.REDACT}


@pytest.mark.parametrize(
    ("text", "needle", "entity"),
    [
        ("Algemeen persnummer 030 286 10 20, pers@utrecht.nl.", "030 286 10 20", EntityType.PHONE),
        ("Flevo Bouw B.V. · KvK 12345678 · IBAN NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00", EntityType.IBAN),
    ],
)
def test_contact_data_behind_an_organisations_label_stays(make_doc, policy, text, needle, entity):
    doc = make_doc(text)
    d = decide(doc, [_find(doc, 0, needle, entity, detector="woo.rules.x")], policy)[0]
    assert d.action is Action.KEEP and d.reason is Reason.ORGANISATION_CONTACT


def test_a_citizens_number_after_a_plain_label_is_redacted(make_doc, policy):
    doc = make_doc("Telefoon melder: 06 4120 7733. Bereikbaar na 17 uur.")
    assert decide(doc, [_find(doc, 0, "06 4120 7733", EntityType.PHONE, detector="woo.rules.x")], policy)[0].action is Action.REDACT


def test_an_iban_in_a_table_row_that_wrapped_belongs_to_the_body_named_above(make_doc, policy):
    doc = make_doc("SUB-1001\tStichting Groene\nWeide\n—\tNL91 ABNA 0417 1643 00\t€ 1.000\nSUB-1002\tJ. Kramer\tNL20 INGB 0001 2345 67")
    fs = [_find(doc, 0, i, EntityType.IBAN, detector="woo.rules.iban") for i in ("NL91 ABNA 0417 1643 00", "NL20 INGB 0001 2345 67")]
    acts = [d.action for d in decide(doc, fs, policy)]
    assert acts == [Action.KEEP, Action.REDACT]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Zij is sinds maart met ziekteverlof vanwege een hernia.", Action.REDACT),
        ("De cliënt gebruikt sinds 2024 antidepressiva.", Action.REDACT),
        ("Het ziekenhuis breidt de afdeling oncologie uit in 2026.", Action.KEEP),
    ],
)
def test_health_statements_need_a_person_to_be_redacted(make_doc, policy, text, action):
    doc = make_doc(text)
    d = decide(doc, [_find(doc, 0, text, EntityType.HEALTH, score=0.9, detector="woo.statements.health")], policy)[0]
    assert d.action is action


@pytest.mark.parametrize(
    ("span", "action"),
    [("Grip op Wind", Action.REVIEW), ("A. Aanpak Quorix", Action.REVIEW), ("Kartini Bakker", Action.REDACT), ("Wulan Tjokro", Action.REDACT)],
)
def test_model_spans_need_name_evidence_to_be_boxed(make_doc, policy, span, action):
    doc = make_doc(f"In het overleg kwam {span} ter sprake.")
    d = decide(doc, [_find(doc, 0, span, EntityType.PERSON, score=0.85, detector="woo.ner")], policy)[0]
    assert d.action is action


def test_someone_signing_on_behalf_of_the_college_is_a_civil_servant(make_doc, policy):
    doc = make_doc("Namens burgemeester en wethouders van Hellevoet, R. Brink teamleider Vergunningen")
    assert decide(doc, [_find(doc, 0, "R. Brink", EntityType.PERSON)], policy)[0].action is Action.REDACT


def test_a_health_statement_next_to_a_named_person_is_about_them(make_doc, policy):
    doc = make_doc("Melding over Fatima Zahri: heeft een heupoperatie gehad en mag niet tillen.")
    stmt = "heeft een heupoperatie gehad en mag niet tillen."
    fs = [_find(doc, 0, "Fatima Zahri", EntityType.PERSON), _find(doc, 0, stmt, EntityType.HEALTH, score=0.9, detector="woo.statements.health")]
    acts = {d.finding.entity: d.action for d in decide(doc, fs, policy)}
    assert acts[EntityType.HEALTH] is Action.REDACT


def test_his_leave_is_about_a_person(make_doc, policy):
    doc = make_doc("Zijn zwangerschapsverlof gaat in op 1 juni.")
    stmt = "Zijn zwangerschapsverlof gaat in op 1 juni."
    d = decide(doc, [_find(doc, 0, stmt, EntityType.HEALTH, score=0.9, detector="woo.statements.health")], policy)[0]
    assert d.action is Action.REDACT


def test_an_office_holders_initials_do_not_protect_a_namesake_in_another_document(make_doc, policy):
    doc1 = make_doc("wethouder Martijn Verbrugge opende.", sha="1" * 64)
    k = knowledge_from(decide(doc1, [_find(doc1, 0, "Martijn Verbrugge", EntityType.PERSON)], policy), policy, {0: doc1.pages[0]})
    doc2 = make_doc("Presentielijst: M. Verbrugge, Martijn Verbrugge", sha="2" * 64)
    fs = [_find(doc2, 0, "M. Verbrugge", EntityType.PERSON), _find(doc2, 0, "Martijn Verbrugge", EntityType.PERSON)]
    acts = {d.finding.text: d.action for d in decide(doc2, fs, policy, k)}
    assert acts == {"M. Verbrugge": Action.REDACT, "Martijn Verbrugge": Action.KEEP}


def test_initials_of_people_named_by_initials_and_defined_abbreviations(make_doc, policy):
    doc = make_doc("Aanwezig: N.E. Pronk (NP), F.I. van Dam (FvDa)\nNP meldt dat FvDa later komt.")
    fs = [_find(doc, 0, n, EntityType.PERSON) for n in ("N.E. Pronk", "F.I. van Dam")]
    red = [doc.pages[0].text[d.start : d.end] for d in decide(doc, fs, policy) if d.action is Action.REDACT]
    assert red.count("NP") == 2 and red.count("FvDa") == 2


def test_a_name_run_into_a_job_title_keeps_the_title(make_doc, policy):
    doc = make_doc("Week 12\tBoersma-Steenbergen, Tineke Informatiemanager ROT\t06-1234 5678")
    span = "Boersma-Steenbergen, Tineke Informatiemanager ROT"
    d = decide(doc, [_find(doc, 0, span, EntityType.PERSON, score=0.85)], policy)[0]
    assert d.action is Action.REDACT and doc.pages[0].text[d.start : d.end] == "Boersma-Steenbergen, Tineke"


@pytest.mark.parametrize("span", ["GSB Quorix", "Netwerkverkeer van Quorix", "Zaakregistratiesysteem Quorix"])
def test_acronyms_and_dutch_compounds_are_no_unlisted_names(span):
    from woo_redact.decide.evidence import lexical_evidence

    assert not lexical_evidence(span)


@pytest.mark.parametrize("span", ["Xiomara Pinas", "Hendra Sitompul", "Tjon Kiem Sang", "Nomvula Dlamini"])
def test_unlisted_names_of_any_origin_are_name_evidence(span):
    from woo_redact.decide.evidence import lexical_evidence

    assert lexical_evidence(span)


def test_numbers_in_an_organisations_contact_block_stay(make_doc, policy):
    doc = make_doc("Waterschap Lage Weiden\nPostbus 1200\n8000 AB Zwolle\nKvK 12345678\nIBAN NL91 ABNA 0417 1643 00\n\nGeachte heer Smit,")
    d = decide(doc, [_find(doc, 0, "NL91 ABNA 0417 1643 00", EntityType.IBAN, detector="woo.rules.iban")], policy)[0]
    assert d.action is Action.KEEP


def test_a_citizens_block_under_a_letterhead_is_redacted(make_doc, policy):
    doc = make_doc("Gemeente Deventer\nPostbus 5000\n7400 GC Deventer\nT 0570 69 39 39\nMevrouw R. Pinas\nKastanjelaan 12\n7421 KL Deventer\nTel. 06 5512 0098")
    fs = [_find(doc, 0, "06 5512 0098", EntityType.PHONE, detector="woo.rules.phone"), _find(doc, 0, "7421 KL", EntityType.POSTCODE, detector="woo.rules.postcode")]
    assert [d.action for d in decide(doc, fs, policy)] == [Action.REDACT, Action.REDACT]


def test_a_citizens_block_above_the_organisations_is_redacted(make_doc, policy):
    doc = make_doc("R. Pinas\nKastanjelaan 12\n7421 KL Deventer\nTel. 06 5512 0098\nAan: Gemeente Deventer\nPostbus 5000")
    d = decide(doc, [_find(doc, 0, "06 5512 0098", EntityType.PHONE, detector="woo.rules.phone")], policy)[0]
    assert d.action is Action.REDACT


def test_general_health_talk_in_a_policy_text_is_no_personal_data(make_doc, policy):
    text = "Mensen kunnen ernstig ziek worden van het virus; de betrokkene heeft recht op inzage."
    doc = make_doc(text)
    d = decide(doc, [_find(doc, 0, "Mensen kunnen ernstig ziek worden van het virus", EntityType.HEALTH, score=0.9, detector="woo.statements.health")], policy)[0]
    assert d.action is Action.KEEP  # people in general and no one named near: not even queued


@pytest.mark.parametrize(
    "text",
    [
        "Namens burgemeester en wethouders,\nM. Dijkstra\nteamleider Belastingen",
        "Hoogachtend, het college van burgemeester en wethouders van Epe,\nM. Dijkstra",
        "Gedeputeerde Staten van Drenthe, M. Dijkstra, afdelingshoofd",
    ],
)
def test_signing_for_a_governing_body_is_no_office(make_doc, policy, text):
    doc = make_doc(text)
    assert decide(doc, [_find(doc, 0, "M. Dijkstra", EntityType.PERSON)], policy)[0].action is Action.REDACT


def test_a_lexicon_condition_word_in_policy_text_is_not_boxed(make_doc, policy):
    doc = make_doc("Het programma vermindert gezondheidsklachten in de regio.")
    d = decide(doc, [_find(doc, 0, "gezondheidsklachten", EntityType.HEALTH, score=0.6, detector="woo.rules.health")], policy)[0]
    assert d.action is Action.KEEP and d.detail == "no_one_named_near"  # a page naming no one: not for the queue


def test_a_lexicon_condition_word_on_a_page_that_names_someone_is_proposed(make_doc, policy):
    doc = make_doc("Aanwezig: Petra Zwanenburg.\n" + "De vergadering bespreekt de begroting en de planning van het komende jaar.\n" * 3 + "Het programma vermindert gezondheidsklachten in de regio.")
    fs = [
        _find(doc, 0, "Petra Zwanenburg", EntityType.PERSON, score=0.9, detector="woo.names"),
        _find(doc, 0, "gezondheidsklachten", EntityType.HEALTH, score=0.6, detector="woo.rules.health"),
    ]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.HEALTH)
    assert d.action is Action.REVIEW


def test_when_proposals_are_boxed_their_other_occurrences_are_too(make_doc):
    pol = parse_policy({"review": {"review_as_redact": True}})
    doc = make_doc("Volgens Quorix klopt het.\nOok Quorix bevestigt dat.")
    ds = decide(doc, [_find(doc, 0, "Quorix", EntityType.PERSON, score=0.85, detector="woo.ner")], pol)
    starts = sorted(d.start for d in ds if d.action in (Action.REDACT, Action.REVIEW))
    text = doc.pages[0].text
    assert starts == [text.index("Quorix"), text.rindex("Quorix")]
    plain = decide(doc, [_find(doc, 0, "Quorix", EntityType.PERSON, score=0.85, detector="woo.ner")], parse_policy({}))
    assert len(plain) == 1  # by default a proposal is not spread


@pytest.mark.parametrize(
    ("text", "name", "action"),
    [
        ("Gedeputeerde Staten van Zeeland, voorzitter, K.L. Brandsma secretaris, P. Veenhof", "K.L. Brandsma", Action.KEEP),
        ("Gedeputeerde Staten van Zeeland, voorzitter, K.L. Brandsma secretaris, P. Veenhof", "P. Veenhof", Action.KEEP),
        ("Secretaris: Joost Lemmens (beleidsmedewerker)", "Joost Lemmens", Action.REDACT),
        ("Leden: Prof.dr. Wendela Koopmans, hoogleraar bestuursrecht", "Wendela Koopmans", Action.KEEP),
    ],
)
def test_signature_rows_of_bodies_and_professors(make_doc, policy, text, name, action):
    doc = make_doc(text)
    assert decide(doc, [_find(doc, 0, name, EntityType.PERSON)], policy)[0].action is action


@pytest.mark.parametrize("addr", ["rudi.vos@gmail.com.", "rudi.vos@live.nl."])
def test_a_private_address_at_the_end_of_a_sentence_is_redacted_whole(make_doc, policy, addr):
    doc = make_doc(f"Mail maar naar {addr}")
    d = decide(doc, [_find(doc, 0, addr, EntityType.EMAIL, detector="woo.rules.email")], policy)[0]
    assert d.action is Action.REDACT and doc.pages[0].text[d.start : d.end] == addr


def test_a_private_address_stays_private_when_another_detector_ran_on_past_it(make_doc, policy):
    doc = make_doc("Mail maar naar rudi.vos@live.nl.\nSaskia belt morgen.")
    fs = [
        _find(doc, 0, "rudi.vos@live.nl", EntityType.EMAIL, detector="woo.rules.email"),
        _find(doc, 0, "rudi.vos@live.nl.\nSaskia", EntityType.EMAIL, score=0.85, detector="woo.rules.email"),
    ]
    ds = decide(doc, fs, policy)
    assert all(d.action is Action.REDACT and d.reason is Reason.POLICY for d in ds)
    assert max(d.end for d in ds) >= doc.pages[0].text.index("live.nl") + len("live.nl")
