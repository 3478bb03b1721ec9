"""Cited authors: names in references and citations are authors of public work (invented examples)."""

from __future__ import annotations

import pytest

from woo_redact.decide.citations import is_cited_author


def cited(text: str, name: str) -> bool:
    i = text.index(name)
    return is_cited_author(text, i, i + len(name))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Zie ook Petra Smit, Karel Dijk en Sanne Wolters, 2016 - ‘Sensoren in de stad’: rapport van het Instituut Noord.",
            ("Petra Smit", "Karel Dijk", "Sanne Wolters"),
        ),
        ("2021 - ‘Ethiek van apps’, Maya Lind, Tom Rees, Ada Kwan & Lucas Berg;", ("Maya Lind", "Tom Rees", "Lucas Berg")),
        ("‘Digital tracing in crises’, Omar Haddad en Lena Vogt, European Journal of Ethics, 4 June 2021", ("Omar Haddad", "Lena Vogt")),
        ("-\t‘Rules for COVID-19 Sensor\nApps’, Nina Ek, Jon Berg, Ida Lund & Ole\nStrand; Science 3 mei 2021\n-\t‘Next’", ("Nina Ek", "Ole")),
        ("-\t‘Ethics of 5G-2 Networks’, Ravi Menon en Pia\nLaine, Journal of Networks, 1 May 2021\n", ("Ravi Menon", "Laine")),
        ("rapport van het Planinstituut, Eva Mols, Rik Hoog, Peter van Dam, 2018", ("Eva Mols", "Peter van Dam")),
        ("Uit de literatuur, in het bijzonder Lindqvist et al 2021, blijkt dat", ("Lindqvist",)),
        ("Volgens Okonkwo et al. (2022) is dat niet zo.", ("Okonkwo",)),
        ("Dit is eerder beschreven (Hoogendoorn, 2019).", ("Hoogendoorn",)),
        ("Dit is eerder beschreven (zie Hoogendoorn en Visser 2019: 12).", ("Hoogendoorn", "Visser")),
        ("Zoals Brinkman (2020) laat zien, werkt dat niet.", ("Brinkman",)),
        ("Van Dijk (2019) laat zien dat het kan.", ("Van Dijk",)),
        ("Bakker, J. & De Wit, P. (2017). Titel van het boek. Amsterdam: Uitgeverij Noord.", ("Bakker, J.", "De Wit, P.")),
        ("Smit, A. (2015), ‘Waterbeheer in de delta’, in: Jaarboek Water, pp. 12-30.", ("Smit, A.",)),
        ("Eindrapport\nMarleen Koster, Yusuf Aydin en Kees Brand\nDATUM 3-2-2027", ("Marleen Koster", "Kees Brand")),
        ("Onderzoeksrapport Marleen Koster en Yusuf Aydin, maart 2027", ("Yusuf Aydin",)),
    ],
)
def test_authors_in_references_and_citations(text: str, names: tuple[str, ...]) -> None:
    for name in names:
        assert cited(text, name), name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Geachte heer Jansen,\nOp 12 maart 2019 ontvingen wij uw brief over de kap.", "Jansen"),
        ("Aanwezig: Jan Jansen, 12 maart 2020, vergadering over de begroting.", "Jan Jansen"),
        ("Jan Jansen, 12 maart 2020\nNotulen van de werkgroep.", "Jan Jansen"),
        ("Contactpersoon: Jan Jansen, 06-12345678", "Jan Jansen"),
        ("Jan Jansen, 030 1234567, heeft gebeld over ‘de aanvraag’.", "Jan Jansen"),
        ("Jan Jansen, 2019-04-12, ‘melding’", "Jan Jansen"),
        ("De heer Jansen (1975) woont in Zwolle.", "Jansen"),
        ("Betrokkene: J. Bakker (1980) woont hier.", "J. Bakker"),
        ("Piet Klaassen (45) uit Assen.", "Piet Klaassen"),
        ("Motie Jansen c.s. over de zorg werd aangenomen in 2019.", "Jansen"),
        ("In 2019 sprak Piet Klaassen met de wethouder over het rapport.", "Piet Klaassen"),
        ("Het rapport is klaar. Jan Jansen, 2019 schreef mee.", "Jan Jansen"),
        ("Rapport\nJan Jansen\nDorpsstraat 4", "Jan Jansen"),
        ("Verzoeker Jan Jansen schreef op 4 mei 2018 een brief met als onderwerp ‘bezwaar kap’.", "Jan Jansen"),
        ("Ik heb Anna Bos in 2019 gesproken over haar ziekte.", "Anna Bos"),
        ("‘Melding overlast’, Jan Bos, 12 maart 2020, afgehandeld.", "Jan Bos"),
        ("‘Melding overlast’, Jan Bos en Piet Kok, 12 maart 2020, afgehandeld.", "Piet Kok"),
    ],
)
def test_people_who_are_not_cited(text: str, name: str) -> None:
    assert not cited(text, name)
