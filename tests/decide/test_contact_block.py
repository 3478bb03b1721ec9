"""An organisation's colophon or letterhead lines versus a person's contact lines (invented)."""

from __future__ import annotations

import pytest

from woo_redact.decide import decide, to_findings
from woo_redact.decide.contacts import contact_block
from woo_redact.types import Action, Detection, EntityType


def _f(doc, needle, entity, detector, score=0.8):
    page = doc.pages[0]
    i = page.text.index(needle)
    return to_findings(doc.sha256, page, [Detection(i, i + len(needle), entity, score, detector)])[0]


@pytest.mark.parametrize(
    "text",
    [
        "Met dank aan alle deelnemers.\nBureau Veldwerk | 030 271 84 19\nLindelaan 7 | 3581 KT Utrecht\nwww.bureauveldwerk.nl",
        "Coöperatie Houtvesterij Oost U.A.\nLindelaan 7\n3581 KT Utrecht",
        "Restaurant De Gouden Eik\nLindelaan 7\n3581 KT Utrecht\nStembureau 12",
    ],
)
def test_contact_lines_of_an_organisation_stay_readable(make_doc, policy, text):
    doc = make_doc(text)
    fs = [_f(doc, "3581 KT", EntityType.POSTCODE, "woo.rules.postcode"), _f(doc, "Lindelaan 7", EntityType.ADDRESS, "woo.rules.streetlist", 0.6)]
    assert all(d.action is Action.KEEP for d in decide(doc, fs, policy))


def test_a_persons_lines_beside_a_website_are_still_redacted(make_doc, policy):
    text = "Met vriendelijke groet,\nPetra Zwanenburg\nLindelaan 7\n3581 KT Utrecht\n06 1234 5678\nwww.bureauveldwerk.nl"
    doc = make_doc(text)
    fs = [
        _f(doc, "Petra Zwanenburg", EntityType.PERSON, "woo.names", 0.9),
        _f(doc, "3581 KT", EntityType.POSTCODE, "woo.rules.postcode"),
        _f(doc, "06 1234 5678", EntityType.PHONE, "woo.rules.phone"),
    ]
    ds = decide(doc, fs, policy)
    assert all(d.action is Action.REDACT for d in ds if d.finding.entity is not EntityType.PERSON), ds


def test_a_citizens_address_without_an_organisation_cue_is_redacted(make_doc, policy):
    doc = make_doc("Melding van overlast\nLindelaan 7\n3581 KT Utrecht\nTelefoon 06 1234 5678")
    d = decide(doc, [_f(doc, "3581 KT", EntityType.POSTCODE, "woo.rules.postcode")], policy)[0]
    assert d.action is Action.REDACT


def test_an_identifier_in_running_text_has_no_contact_block():
    text = "In de brief van 3 maart staat dat de melder op Lindelaan 7 woont en dat hij daar al jaren woont, ook volgens de stichting die hem helpt."
    assert contact_block(text, text.index("Lindelaan"), text.index("Lindelaan") + 11) is None


def test_a_mobile_in_a_signature_under_a_ministry_letterhead_is_redacted(make_doc, policy):
    text = (
        "Groet, Sanne\nS.L. de Waard\nSenior adviseur | directie Ruimte en een heel lange afdelingsnaam erachter\n"
        "Ministerie van Voorbeeldzaken\nLindelaan 7 | Postbus 20901 | 2500 EX Den Haag\nM 0612345678"
    )
    doc = make_doc(text)
    fs = [_f(doc, "S.L. de Waard", EntityType.PERSON, "woo.names", 0.9), _f(doc, "0612345678", EntityType.PHONE, "woo.rules.phone")]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.PHONE)
    assert d.action is Action.REDACT


def test_a_direct_line_under_a_name_a_few_lines_up_is_redacted(make_doc, policy):
    text = (
        "Met vriendelijke groet,\nS.L. de Waard\nSenior adviseur | directie Ruimte en een heel lange afdelingsnaam erachter\n"
        "Ministerie van Voorbeeldzaken\nLindelaan 7 | Postbus 20901 | 2500 EX Den Haag\nT 070 456 7812"
    )
    doc = make_doc(text)
    fs = [_f(doc, "S.L. de Waard", EntityType.PERSON, "woo.names", 0.9), _f(doc, "070 456 7812", EntityType.PHONE, "woo.rules.phone")]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.PHONE)
    assert d.action is Action.REDACT


def test_an_address_in_a_business_section_of_a_form_stays_readable(make_doc, policy):
    text = (
        "Gegevens vestiging of bedrijf\nKVK-nummer\n12345678\nHandelsnaam\nHoutbouw Oost B.V.\n"
        "Adresgegevens bedrijf\nStraatnaam\nLindelaan\nHuisnummer\n7\nToelichting.\nPostcode\n3581KT\nPlaats\nUtrecht"
    )
    doc = make_doc(text)
    d = decide(doc, [_f(doc, "3581KT", EntityType.POSTCODE, "woo.rules.postcode")], policy)[0]
    assert d.action is Action.KEEP and d.detail == "business_form_section"


def test_an_address_in_the_applicants_section_below_a_business_section_is_redacted(make_doc, policy):
    text = (
        "Adresgegevens bedrijf\nStraatnaam\nIndustrieweg\nHuisnummer\n2\n"
        "Gegevens aanvrager\nStraatnaam\nLindelaan\nHuisnummer\n7\nPostcode\n3581KT\nPlaats\nUtrecht"
    )
    doc = make_doc(text)
    d = decide(doc, [_f(doc, "3581KT", EntityType.POSTCODE, "woo.rules.postcode")], policy)[0]
    assert d.action is Action.REDACT


@pytest.mark.parametrize(
    "text",
    [
        "Vragen? Neem contact op met de Autoriteit Persoonsgegevens op 088 555 1234.",
        "Heeft u geen antwoord gevonden? Bel het Meldpunt Zorgfraude van de inspectie via 030 555 1234.",
    ],
)
def test_a_number_given_to_reach_an_organisation_stays_readable(make_doc, policy, text):
    doc = make_doc(text)
    num = text.split(" op ")[-1].split(" via ")[-1].rstrip(".")
    d = decide(doc, [_f(doc, num, EntityType.PHONE, "woo.rules.phone")], policy)[0]
    assert d.action is Action.KEEP and d.detail == "organisation_named_before", d


@pytest.mark.parametrize(
    "text",
    [
        "De medewerker van de Autoriteit Persoonsgegevens, Sanne de Wit, is bereikbaar op 06 1234 5678.",
        "Mevrouw Jansen belde op 12 maart met 030 555 1234 naar de Autoriteit Persoonsgegevens.",
    ],
)
def test_a_persons_number_near_an_organisation_is_redacted(make_doc, policy, text):
    doc = make_doc(text)
    num = "06 1234 5678" if "06 " in text else "030 555 1234"
    d = decide(doc, [_f(doc, num, EntityType.PHONE, "woo.rules.phone")], policy)[0]
    assert d.action is Action.REDACT, d


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Gegevens aanvrager\nNaam:\tPEETERS, L.\nTelefoon:\t06-55512345\nE-mail:\tl.peeters@example.org", "06-55512345"),
        ("Beveiliging\nWachtdienst Noord B.V., coördinator Karel Smeets, 030 - 555 12 34\nEHBO", "030 - 555 12 34"),
    ],
)
def test_a_persons_number_after_a_label_or_a_company_is_redacted(make_doc, policy, text, number):
    doc = make_doc(text)
    fs = [_f(doc, number, EntityType.PHONE, "woo.rules.phone")]
    if "Karel" in text:
        fs.append(_f(doc, "Karel Smeets", EntityType.PERSON, "woo.names", 0.9))
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.PHONE)
    assert d.action is Action.REDACT, d


def test_a_companys_number_right_after_its_name_stays_readable(make_doc, policy):
    text = "Beveiliging\nWachtdienst Noord B.V. 030 555 1234\nEHBO"
    doc = make_doc(text)
    d = decide(doc, [_f(doc, "030 555 1234", EntityType.PHONE, "woo.rules.phone")], policy)[0]
    assert d.action is Action.KEEP


def test_the_senders_address_beside_an_addressee_block_stays_readable(make_doc, policy):
    text = (
        "Ministerie van Voorbeeldzaken\nt.a.v. de heer P. Hoogland\nPostbus 20011\n2500 EA Den Haag\nBetreft\nAdvies project\n"
        "Lindelaan 7\nDen Haag\nPostbus 16292\n2500 BG Den Haag\nwww.adviescollege-voorbeeld.nl"
    )
    doc = make_doc(text)
    fs = [_f(doc, "P. Hoogland", EntityType.PERSON, "woo.names", 0.9), _f(doc, "Lindelaan 7", EntityType.ADDRESS, "woo.rules.streetlist", 0.6)]
    d = next(x for x in decide(doc, fs, policy) if x.finding.entity is EntityType.ADDRESS)
    assert d.action is Action.KEEP, d
