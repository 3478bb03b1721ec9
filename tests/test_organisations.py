"""Register of Dutch public organisations, laws and places (what is *not* a person)."""

from __future__ import annotations

import importlib.util
import time
from importlib import resources
from pathlib import Path

import pytest

from woo_redact.detect import organisations as orgs
from woo_redact.detect.organisations import MentionKind, OrganisationRegister, OrgKind


@pytest.fixture(scope="module")
def reg() -> OrganisationRegister:
    return OrganisationRegister.load()


def test_load_is_cached_and_covers_every_kind(reg: OrganisationRegister) -> None:
    assert OrganisationRegister.load() is reg
    kinds = {o.kind for o in reg.organisations}
    for kind in (OrgKind.GEMEENTE, OrgKind.PROVINCIE, OrgKind.WATERSCHAP, OrgKind.MINISTERIE, OrgKind.ZBO,
                 OrgKind.RECHTSPRAAK, OrgKind.POLITIE, OrgKind.SAMENWERKING, OrgKind.PARTIJ):
        assert kind in kinds, kind
    assert sum(o.kind is OrgKind.GEMEENTE for o in reg.organisations) >= 340
    assert sum(o.kind is OrgKind.PROVINCIE for o in reg.organisations) == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het verzoek is doorgestuurd naar het Ministerie van Justitie en Veiligheid.",
         ["Ministerie van Justitie en Veiligheid"]),
        ("Overleg tussen RIVM, GGD Groningen en de Veiligheidsregio Twente over de aanpak.",
         ["RIVM", "GGD Groningen", "Veiligheidsregio Twente"]),
        ("Namens de gemeente Zwolle en het Hoogheemraadschap van Rijnland.",
         ["gemeente Zwolle", "Hoogheemraadschap van Rijnland"]),
        ("De fracties van D66, ChristenUnie en Leefbaar Utrecht dienden een motie in.",
         ["D66", "ChristenUnie", "Leefbaar Utrecht"]),
        ("Ingediend door de leden Visser (Volt) en De Wit (BBB).", ["Volt", "BBB"]),
        ("Toezicht door De Nederlandsche Bank en de Autoriteit Consument en Markt.",
         ["De Nederlandsche Bank", "Autoriteit Consument en Markt"]),
    ],
)
def test_find_mentions(reg: OrganisationRegister, text: str, expected: list[str]) -> None:
    assert [m.text for m in reg.find_mentions(text)] == expected
    for m in reg.find_mentions(text):
        assert text[m.start:m.end] == m.text


def test_acronyms_are_case_sensitive(reg: OrganisationRegister) -> None:
    found = reg.find_mentions("Afstemming met VWS en de NVWA.")
    assert [(m.text, m.kind) for m in found] == [("VWS", MentionKind.ACRONYM), ("NVWA", MentionKind.ACRONYM)]
    assert found[0].org is not None and found[0].org.kind is OrgKind.MINISTERIE
    assert reg.find_mentions("afstemming met vws en de nvwa") == []


def test_common_noun_and_person_are_not_mentions(reg: OrganisationRegister) -> None:
    assert reg.find_mentions("de politie kwam langs bij meneer Jansen in de gemeente") == []
    assert reg.find_mentions("Mevrouw Fatima el Amrani belde over haar aanvraag.") == []


def test_words_and_first_names_are_never_running_text_mentions(reg: OrganisationRegister) -> None:
    # "ONS"/"WIL" are acronyms in the register but ordinary words in an all-caps heading;
    # "Sociaal" is a register name but usually the adjective.
    assert reg.find_mentions("OVER ONS: WIL JE MEER WETEN?") == []
    assert reg.find_mentions("Sociaal Domein en Werk") == []
    assert reg.is_organisation("Sociaal")  # a whole span may still be the organisation


def test_unlisted_bodies_by_shape(reg: OrganisationRegister) -> None:
    text = ("De gemeente Dijk en Waard, de Veiligheidsregio Noordkust, Stichting Buurtkracht Oost en "
            "de gemeente Jansen overlegden; Omgevingsdienst Zuidrand adviseerde.")
    found = {(m.text, m.kind) for m in reg.find_mentions(text)}
    assert ("gemeente Dijk en Waard", MentionKind.SHAPE) in found or ("gemeente Dijk en Waard", MentionKind.NAME) in found
    assert ("Veiligheidsregio Noordkust", MentionKind.SHAPE) in found
    assert ("Stichting Buurtkracht Oost", MentionKind.SHAPE) in found
    assert ("Omgevingsdienst Zuidrand", MentionKind.SHAPE) in found
    assert not any("Jansen" in t for t, _ in found)  # "gemeente" + a surname is not a municipality
    found = [(m.text, m.kind) for m in reg.find_mentions("Zo meldde de Veiligheidsregio Noordkust. En toen Politie Zuidrand")]
    assert found == [("Veiligheidsregio Noordkust", MentionKind.SHAPE), ("Politie Zuidrand", MentionKind.SHAPE)]
    found = [(m.text, m.kind) for m in reg.find_mentions("Brief van Veiligheidsregio Noordkust En Toen")]
    assert found == [("Veiligheidsregio Noordkust", MentionKind.SHAPE)]
    # a shape never runs across a line break or through a table row of capitalised cells
    found = [m.text for m in reg.find_mentions("Stichting Noordkust\nPieter Bakker  Adviseur  Team Zuid Oost West Noord")]
    assert found == ["Stichting Noordkust"]
    assert all(len(m.text.split()) <= 6 for m in reg.find_mentions("Stichting A B C D E F G H I J K"))
    assert reg.find_mentions("GGD Het rapport") == []
    assert reg.find_mentions("GGD            Wijkteam Noord") == []  # two layout columns


def test_register_names_do_not_join_layout_columns(reg: OrganisationRegister) -> None:
    assert reg.find_mentions("Europese                 Unie") == []
    assert [m.text for m in reg.find_mentions("het Ministerie van\nJustitie en Veiligheid")] == [
        "Ministerie van\nJustitie en Veiligheid"]


def test_local_party_needs_a_known_place(reg: OrganisationRegister) -> None:
    kinds = [(m.text, m.kind) for m in reg.find_mentions("Gemeentebelangen Het Hogeland en Leefbaar Qwxyzdorp")]
    assert kinds == [("Gemeentebelangen Het Hogeland", MentionKind.LOCAL_PARTY)]


@pytest.mark.parametrize(
    "text",
    ["Gemeente Amsterdam", "gemeente Amsterdam", "Ministerie van Financiën", "VWS", "Rechtbank Den Haag",
     "Politie", "Provinciale Staten van Utrecht", "Gemeente Nieuwfusiestad", "Stichting Buurtzorg Zuid",
     "Leefbaar Rotterdam", "GroenLinks-PvdA", "ESMA", "Het Rijk", "de Staat der Nederlanden"],
)
def test_is_organisation(reg: OrganisationRegister, text: str) -> None:
    assert reg.is_organisation(text)


@pytest.mark.parametrize("text", ["Jan de Vries", "Amsterdam", "vws", "Gemeente", "Rijk", "Bakker", ""])
def test_is_not_organisation(reg: OrganisationRegister, text: str) -> None:
    assert not reg.is_organisation(text)


@pytest.mark.parametrize(
    "text",
    ["Leerplichtwet", "Leerplichtwet 1969", "Wet open overheid", "Algemene wet bestuursrecht", "Gemeentewet",
     "Participatiewet", "Bouwbesluit 2012", "Awb", "Woo", "Wmo 2015", "Besluit omgevingsrecht",
     "Wet op de jeugdzorg", "Subsidieregeling verduurzaming dorpshuizen", "Parkeerverordening"],
)
def test_is_law(reg: OrganisationRegister, text: str) -> None:
    assert reg.is_law(text)


@pytest.mark.parametrize("text", ["Wet", "Jansen", "Pieter Bakker", "awb", "Amsterdam", "wet", "Dewet", ""])
def test_is_not_law(reg: OrganisationRegister, text: str) -> None:
    assert not reg.is_law(text)


def test_find_laws_in_running_text(reg: OrganisationRegister) -> None:
    text = ("Op grond van artikel 5.1 Woo en de Leerplichtwet 1969 besluit het college, gelet op de "
            "Algemene wet bestuursrecht en het Bouwbesluit, de wet niet toe te passen.")
    assert [s.text for s in reg.find_laws(text)] == ["Woo", "Leerplichtwet 1969", "Algemene wet bestuursrecht",
                                                      "Bouwbesluit"]
    assert all(s.kind is orgs.SpanKind.LAW and text[s.start:s.end] == s.text for s in reg.find_laws(text))
    assert reg.find_laws("Mevrouw Jansen en de heer Wetering spraken af.") == []


def test_find_places_in_running_text(reg: OrganisationRegister) -> None:
    text = "Inwoners van Zuid-Holland, 's-Hertogenbosch en Den Haag; in Twente niet. de bilt"
    assert [s.text for s in reg.find_places(text)] == ["Zuid-Holland", "'s-Hertogenbosch", "Den Haag", "Twente"]
    assert not any(s.also_name for s in reg.find_places(text))
    spans = reg.find_places("Een besluit. Best is dat. Wonen in Rotterdam.")
    assert [(s.text, s.also_word) for s in spans] == [("Een", True), ("Best", True), ("Rotterdam", False)]
    spans = reg.find_places("Mevrouw Berkhout en de heer Boxmeer; in Rotterdam en Twente.")
    assert [(s.text, s.also_name) for s in spans] == [("Berkhout", True), ("Boxmeer", True), ("Rotterdam", False),
                                                      ("Twente", False)]  # villages that are family names too


@pytest.mark.parametrize("text", ["Amsterdam", "Den Haag", "'s-Hertogenbosch", "Zuid-Holland", "Fryslân",
                                  "Friesland", "Aagtekerke", "Súdwest-Fryslân", "AMSTERDAM", "Twente"])
def test_is_place(reg: OrganisationRegister, text: str) -> None:
    assert reg.is_place(text)


@pytest.mark.parametrize("text", ["Jansen", "Gemeente Amsterdam", "Qwxyzdorp", ""])
def test_is_not_place(reg: OrganisationRegister, text: str) -> None:
    assert not reg.is_place(text)


def test_every_municipal_switchboard_is_owned_in_any_notation(reg: OrganisationRegister) -> None:
    checked = 0
    for org in reg.organisations:
        if org.kind is not OrgKind.GEMEENTE:
            continue
        for phone in org.phones:
            if not phone.startswith("0") or len(phone) != 10:
                continue
            variants = [phone, f"{phone[:3]}-{phone[3:]}", f"+31 {phone[1:3]} {phone[3:6]} {phone[6:]}",
                        f"0031 ({phone[1:3]}) {phone[3:]}", f"+31 (0){phone[1:3]} {phone[3:]}"]
            for v in variants:
                owner = reg.owns_phone(v)
                assert owner is not None and owner.kind in {OrgKind.GEMEENTE, OrgKind.SAMENWERKING}, v
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("number", ["06 12345678", "+31 6 1234 5678", "0612345678", "12", ""])
def test_private_numbers_are_not_owned(reg: OrganisationRegister, number: str) -> None:
    assert reg.owns_phone(number) is None


def test_municipal_short_number(reg: OrganisationRegister) -> None:
    owner = reg.owns_phone("14 020")
    assert owner is not None and owner.kind is OrgKind.GEMEENTE
    assert reg.owns_phone("(014) 020") == owner
    listed = {p for o in reg.organisations for p in o.phones}
    unlisted = next(f"14 0{n}" for n in range(100, 999) if f"140{n}" not in listed)
    generic = reg.owns_phone(unlisted)  # any 14 + area code is a municipal service number
    assert generic is not None and generic.kind is OrgKind.GEMEENTE
    assert reg.owns_phone("14 1234") is None and reg.owns_phone("140") is None


def test_postbus_and_visiting_address(reg: OrganisationRegister) -> None:
    org = next(o for o in reg.organisations if o.kind is OrgKind.GEMEENTE and o.postal and o.visit
               and o.postal.postbus and o.visit.number)
    assert org.postal and org.visit and org.postal.postbus and org.visit.number
    pc = org.postal.postcode
    assert reg.owns_postcode_address(f"{pc[:4]} {pc[4:].lower()}") is not None  # Postbus postcode alone
    assert reg.owns_postcode_address(pc, org.postal.postbus) == org
    assert reg.owns_postcode_address(pc, "999999") is None  # someone else's Postbus number
    vpc = org.visit.postcode
    assert reg.owns_postcode_address(vpc) is None  # residents may share a street postcode
    assert reg.owns_postcode_address(vpc, org.visit.number) == org
    assert reg.owns_postcode_address(vpc, str(int("".join(c for c in org.visit.number if c.isdigit())) + 1000)) is None
    assert reg.owns_postcode_address("not a postcode", "1") is None


def test_owns_address_parses_letterhead_lines(reg: OrganisationRegister) -> None:
    org = next(o for o in reg.organisations if o.kind is OrgKind.PROVINCIE and o.postal and o.visit
               and o.postal.postbus and o.visit.number)
    assert org.postal and org.visit and org.postal.postbus and org.visit.street and org.visit.number
    pc, vpc = org.postal.postcode, org.visit.postcode
    assert reg.owns_address(f"Postbus {org.postal.postbus}, {pc[:4]} {pc[4:]} {org.postal.city}") == org
    assert reg.owns_address(f"Bezoekadres: {org.visit.street} {org.visit.number}\n{vpc} {org.visit.city}") == org
    assert reg.owns_address(f"{org.visit.street}, {vpc[:4]} {vpc[4:]} {org.visit.city}") == org  # no number
    assert reg.owns_address(f"Directie X | Bezoekadres {org.visit.street} {vpc}") == org
    assert reg.owns_address(f"Bezoekadres Kerkpad {vpc}") is None  # another street, no number
    other = int("".join(c for c in org.visit.number if c.isdigit())) + 1
    assert reg.owns_address(f"Dorpsstraat {other}, {vpc} {org.visit.city}") is None  # a neighbour's address
    assert reg.owns_address(f"{org.visit.street} 9999, {vpc}") is None
    assert reg.owns_address("geen adres hier") is None


def test_domains(reg: OrganisationRegister) -> None:
    owner = reg.owns_domain("bezwaar.team@rotterdam.nl")
    assert owner is not None and owner.name == "Gemeente Rotterdam"
    assert reg.owns_domain("https://www.rotterdam.nl/contact") == owner
    assert reg.owns_domain("info@sub.rotterdam.nl") == owner
    assert reg.owns_domain("jan.jansen@gmail.com") is None
    assert reg.owns_domain("iemand@voorbeeldbedrijf-xyz.nl") is None
    vws = reg.owns_domain("a.medewerker@minvws.nl")  # ministries mail from their own domain
    assert vws is not None and vws.kind is OrgKind.MINISTERIE
    rijk = reg.owns_domain("https://www.rijksoverheid.nl/ministeries")
    assert rijk is not None and rijk.name == "Rijksoverheid"


@pytest.mark.parametrize(
    ("address", "functional"),
    [("info@voorbeeldstad.nl", True), ("bezwaar.team@voorbeeldstad.nl", True), ("Woo-Verzoeken@x.nl", True),
     ("secretariaat.griffie@x.nl", True), ("noreply@x.nl", True), ("j.jansen@voorbeeldstad.nl", False),
     ("fatima.elamrani@x.nl", False), ("pieter-jan.devries@x.nl", False), ("info", False), ("", False)],
)
def test_functional_mailbox(address: str, functional: bool) -> None:
    assert orgs.is_functional_mailbox(address) is functional


def test_normalizers() -> None:
    assert orgs.normalize_postcode(" 1234 ab ") == "1234AB"
    assert orgs.normalize_postcode("0123 AB") is None
    assert orgs.normalize_phone("+31 (0)70 123 45 67") == "0701234567"
    assert orgs.normalize_phone("0031-70-1234567") == "0701234567"


def test_module_shortcuts_use_the_shared_register() -> None:
    assert orgs.is_law("Omgevingswet") and orgs.is_place("Utrecht") and orgs.is_organisation("Provincie Utrecht")
    assert orgs.owns_phone("06 11111111") is None and orgs.owns_domain("x@utrecht.nl") is not None
    assert orgs.owns_postcode_address("9999 ZZ") is None
    assert [m.text for m in orgs.find_mentions("De Raad van State adviseert.")] == ["Raad van State"]


def test_shipped_data_is_small_and_attributed() -> None:
    root = resources.files("woo_redact").joinpath("data")
    total = sum(len(root.joinpath("organisations").joinpath(f).read_bytes())
                for f in ("organisations.json.gz", "places.txt.gz", "laws.txt.gz", "place_words.txt"))
    assert total < 1_000_000
    attribution = root.joinpath("ATTRIBUTION.md").read_text(encoding="utf-8")
    for needle in ("organisaties.overheid.nl", "CC0", "4c48bf612a45446efd9b2f045ebb229d70c87dd4",
                   "221652f9884b4ba5ea274cfe5dc216fcee22a7c8", "91556a80a25a3da4234c8039945c6aeef4108d00"):
        assert needle in attribution


def test_cold_load_is_quick(reg: OrganisationRegister) -> None:
    """Loading the register (uncached, lists already in memory) costs well under half a second of CPU."""
    t0 = time.process_time()
    fresh = OrganisationRegister.load.__wrapped__(OrganisationRegister)  # type: ignore[attr-defined]
    assert time.process_time() - t0 < 0.5
    assert fresh is not reg and len(fresh.organisations) == len(reg.organisations)


def test_lookups_are_fast(reg: OrganisationRegister) -> None:
    text = "Het college van de gemeente Utrecht schreef aan VWS en de Provincie Gelderland. " * 200
    t0 = time.perf_counter()
    found = reg.find_mentions(text)
    assert time.perf_counter() - t0 < 1.0
    assert len(found) == 600


def test_build_script_reproduces_shipped_register(tmp_path: Path) -> None:
    """The shipped register and places are what scripts/build_organisations.py makes from its sources."""
    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("build_organisations", root / "scripts" / "build_organisations.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    oo, places = mod.MIRROR / "R0m4ndu+Stage-Woo-Organisaties" / "repo", mod.MIRROR / "etjanssens+provinciequiz" / "repo"
    if not (oo.is_dir() and places.is_dir()):
        pytest.skip("source mirrors are not on this machine")
    mod.build(oo, places, None, tmp_path)
    shipped = root / "src" / "woo_redact" / "data" / "organisations"
    for name in ("organisations.json.gz", "places.txt.gz", "place_words.txt"):
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name
