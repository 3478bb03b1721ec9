"""Genre of a document from its head, and the administrators of a bestuurlijk overleg (invented examples)."""

from __future__ import annotations

import pytest

from woo_redact.decide.genre import Genre, consultation_administrators, genre_of, party_follows


@pytest.mark.parametrize(
    ("head", "genre"),
    [
        ("Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 2031–2032\n36 400 VII\nNr. 12 BRIEF VAN DE MINISTER", Genre.PARLIAMENTARY),
        ("Eerste Kamer der Staten-Generaal\nVergaderjaar 2031-2032\nNr. 3", Genre.PARLIAMENTARY),
        ("Kamerstukken II 2031/32, 36 400, nr. 12\nDe vaste commissie voor Financiën heeft vragen gesteld.", Genre.PARLIAMENTARY),
        ("Besluitenlijst procedurevergadering vaste commissie voor Justitie\nDe griffier van de commissie,\nK. Smit", Genre.PARLIAMENTARY),
        ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nGeachte voorzitter,\nIn Kamerstuk 2031 ...", Genre.PARLIAMENTARY),
        ("Raadsvoorstel\nAan de gemeenteraad van Oosterdam\nRaadsvergadering 12 mei", Genre.COUNCIL),
        ("Statenvoorstel nr. PS31-00012\nAan Provinciale Staten\nStatenvergadering 3 juni", Genre.COUNCIL),
        ("Verslag bestuurlijk overleg wind Noord\nDonderdag 4 maart\nAanwezig: ...", Genre.ADMINISTRATIVE_CONSULTATION),
        ("Conceptverslag Bestuurlijk Overleg Energiegebied Oost (BO Oost)\nd.d. 2 april", Genre.ADMINISTRATIVE_CONSULTATION),
        ("Agenda BO Bereikbaarheid\n12 mei 2031", Genre.ADMINISTRATIVE_CONSULTATION),
        ("AGENDA\nBetreft\n123456\nBestuurlijk Overleg zorgcapaciteit\nVergaderdatum", Genre.ADMINISTRATIVE_CONSULTATION),
        ("Ministerie van X\nDatum\nBetreft\tBestuurlijk overleg over financiering\n", Genre.ADMINISTRATIVE_CONSULTATION),
        # the bestuurlijk overleg's title wins over council words in its text
        ("Verslag bestuurlijk overleg\nDe gemeenteraad heeft in de raadsvergadering besloten ...", Genre.ADMINISTRATIVE_CONSULTATION),
    ],
)
def test_genre_from_the_head(head: str, genre: Genre) -> None:
    assert genre_of(head) is genre


@pytest.mark.parametrize(
    "head",
    [
        # correspondence that cites parliament
        "Geachte heer Bakker,\nIn Kamerstuk 2031 staat het al.\nVergaderjaar 2031–2032 ...",
        "Van: Iris Hoekstra\nAan: Team\nOnderwerp: Kamerstuk\nTweede Kamer der Staten-Generaal Vergaderjaar 2031–2032",
        # civil servants' meetings and notes around a bestuurlijk overleg
        "Verslag ambtelijk overleg wind Noord\nAanwezig: ...",
        "Ambtelijk vooroverleg bestuurlijk overleg wind\nAanwezig: ...",
        "Notitie ter voorbereiding van het bestuurlijk overleg\nAan: gedeputeerde",
        "Verslag projectteam Ringweg\nAanwezig: ...",
        "Aantekeningen intern overleg\nAanwezig:",
        "Agenda bo\nschoolplein",  # "bo" (basisonderwijs) in lowercase is no title
        # a bestuurlijk overleg mentioned far below the head
        "Geachte mevrouw Kok,\n" + "Uw brief is ontvangen.\n" * 20 + "Bestuurlijk overleg volgt.",
        "Geachte heer Jansen, uw aanvraag is ontvangen.",
    ],
)
def test_other_genres(head: str) -> None:
    assert genre_of(head) is Genre.OTHER


def test_administrators_are_the_first_of_each_public_body_in_the_attendee_list() -> None:
    text = (
        "Verslag bestuurlijk overleg X\nDonderdag\nLocatie:\tTeams\n"
        "Aanwezig\t:\tPim Wolters (provincie Drenthe),\tSara Kok (provincie Drenthe),\n"
        "Noor Vis (gemeente Assen),\tBas Kuiper (gemeente Assen), Lotte\n"
        "Dam (gemeente Emmen),\tEva Mol (gemeente\nEmmen),\nNr.\tOnderwerp\n1. Opening\nSara Kok (provincie Drenthe) licht toe."
    )
    assert consultation_administrators(text) == ("Pim Wolters", "Noor Vis", "Lotte Dam")


def test_an_office_in_the_parentheses_makes_an_administrator() -> None:
    text = "Aanwezig: Tijn Bos (Gedeputeerde), Mees Haan (wethouder Ede),\nRuud Smit (wethouder Epe), en ambtelijke ondersteuning\nNr.\tOnderwerp"
    assert consultation_administrators(text) == ("Tijn Bos", "Mees Haan", "Ruud Smit")


def test_civil_servants_and_private_parties_are_no_administrators() -> None:
    text = (
        "Aanwezig: Jan Bos (adviseur Meppel), Ria Bos (Meppel), Kim Ros (Stichting Natuur), "
        "Teun Blom (bewonersvereniging), Ada Wit (beleidsmedewerker provincie), Rob Kam (Windpark Noord B.V.)"
    )
    assert consultation_administrators(text) == ("Ria Bos",)


def test_a_list_without_bodies_names_no_administrator() -> None:
    assert consultation_administrators("Aanwezig: Pim Wolters, Sara Kok, Noor Vis\nAfwezig: Bas Kuiper (gemeente Assen)") == ()


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Ingediend door Bram Kok (CDA), mede namens D. Kaya (SP).", "D. Kaya", True),
        ("Ingediend door Bram Kok (CDA), mede namens D. Kaya\n(SP). Verworpen.", "D. Kaya", True),
        ("vragen van de leden Eva Smit (DENK) en Roos\n(PvdD) over", "Roos", True),
        ("Gesprek met de heer Kuipers\n(aanvrager) over zijn erf.", "Kuipers", False),
        ("mede namens D. Kaya en\n(SP) later", "D. Kaya", False),  # something else follows on the line
        ("Brief van D. Kaya\nDorpsstraat 4 (SP-gebouw)", "D. Kaya", False),
    ],
)
def test_a_party_after_the_name_also_over_a_line_break(text: str, name: str, expected: bool) -> None:
    end = text.index(name) + len(name)
    assert party_follows(text, end) is expected


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        ("36001-12\t3 maart 2026\nMOTIE VAN DE LEDEN VOS EN BAKKER\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering", Genre.PARLIAMENTARY),
        ("Vergadering 12 mei\nDe raad, gehoord de beraadslaging,\nverzoekt het college", Genre.COUNCIL),
        ("Geachte heer Vos,\nU vroeg naar de motie. De Kamer, gehoord de beraadslaging, verzocht ...", Genre.OTHER),
    ],
)
def test_the_formula_of_a_motion_settles_the_genre(text, genre):
    assert genre_of(text) is genre
