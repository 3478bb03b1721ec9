"""Office holders in role: where the role may stand relative to the name (invented examples)."""

from __future__ import annotations

import pytest

from woo_redact.decide.roles import is_in_role, is_role_label, role_below
from woo_redact.policy import load_policy
from woo_redact.types import Action

ROLES = load_policy().role_words


def _span(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(name, i + 1)
    return i, i + len(name)


def in_role(text: str, name: str, nth: int = 0) -> bool:
    return is_in_role(text, *_span(text, name, nth), ROLES)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a signature block: the office on the line below the name
        ("Met vriendelijke groet,\nNamens het bestuur van de Vereniging Noord\nK.L. Vermeulen\nVoorzitter", "K.L. Vermeulen"),
        ("Met vriendelijke groet\nHenk Olthof\nVoorzitter Raad Noord", "Henk Olthof"),
        ("Hoogachtend,\nDe Toezichthouder,\nNamens deze,\ndrs. P.Q. Hendriks, MBA\nDirecteur Toezicht en Handhaving", "P.Q. Hendriks"),
        ("Hoogachtend,\nir. Saskia Ruiter MSc\nDirecteur-bestuurder", "Saskia Ruiter"),
        ("Met de meeste hoogachting,\nnamens het Adviescollege,\nw.g.\tw.g.\nMira Holt\tDaan Veldkamp\nVoorzitter\tSecretaris-directeur", "Mira Holt"),
        ("Met de meeste hoogachting,\nnamens het Adviescollege,\nw.g.\tw.g.\nMira Holt\tDaan Veldkamp\nVoorzitter\tSecretaris-directeur", "Daan Veldkamp"),
        ("Met vriendelijke groet,\nLisa Brouwer, LL.M.\nDe griffier", "Lisa Brouwer"),
        # an office of the policy's role words below a name needs no closing formula
        ("Joris Plat\nWethouder Financiën en Economie", "Joris Plat"),
        ("mr. A.B. Kok\nBurgemeester", "A.B. Kok"),
        # role before, with extra material in between or on the line above
        ("Ministerie van Algemene Zaken\nT.a.v. Minister-president\nde heer Drs. B.C. Haverkamp\nPostbus 1", "B.C. Haverkamp"),
        ("T.a.v. Minister van Onderwijs, Cultuur en Wetenschap, vicepremier\nmevrouw E. Dekkers\nPostbus", "E. Dekkers"),
        ("Afschrift aan:\nMinister van Landbouw, Natuur en Voedselkwaliteit, mevrouw Zandvoort\n", "Zandvoort"),
        ("Staatssecretaris van Infrastructuur en Waterstaat, de heer Okkema", "Okkema"),
        ("T.a.v. de Minister - de heer F. Loosdrecht\nPostbus 9", "F. Loosdrecht"),
        ("De portefeuillehouder Van Kampen heeft toegezegd te bellen.", "Van Kampen"),
        # a form label that is a role, with one or more names in its value
        ("Gedeputeerde(n): R.S. Mulder /K. Demir\nAan Provinciale Staten", "R.S. Mulder"),
        ("Gedeputeerde(n): R.S. Mulder /K. Demir\nAan Provinciale Staten", "K. Demir"),
        ("Portefeuillehouder: Iris Bakker en Tom Smit", "Tom Smit"),
        ("Wethouder(s): Iris Bakker, Tom Smit", "Tom Smit"),
        ("Wethouder: Iris Bakker", "Iris Bakker"),
        ("Leden AB\tP. de Graaf, K.L. in 't Veld, R. Smit, J. Boer", "R. Smit"),
        ("Heemraden\tAda Kok, Bert Lam en Cas Mol", "Cas Mol"),
        # a table's function cell that holds an office among other functions
        ("Naam\tFunctie\tTelefoon\nAda Kok\tvoorzitter regio, burgemeester Oosterdam\t010 1234567", "Ada Kok"),
        ("Naam\tFunctie\tAfdeling\nAda Kok\tburgemeester Rotterdam Bestuur\t010 1234567", "Ada Kok"),
        ("Met vriendelijke groet,\nAda Kok\nBurgemeester Utrecht Stad", "Ada Kok"),
        # the abbreviations of a ministry's top civil servants
        ("De SG, Iris Bakker, wil een update.", "Iris Bakker"),
    ],
)
def test_office_holders_in_role(text: str, name: str) -> None:
    assert in_role(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # civil servants' function titles are no office, even in a signature
        ("Met vriendelijke groet,\nJoris Plat\nBeleidsmedewerker", "Joris Plat"),
        ("Met vriendelijke groet,\nJoris Plat\nTeamleider Vergunningen", "Joris Plat"),
        ("Met vriendelijke groet,\nJoris Plat\nProgrammamanager Energie", "Joris Plat"),
        ("Met vriendelijke groet,\nJoris Plat\nSenior adviseur", "Joris Plat"),
        ("Met vriendelijke groet,\nJoris Plat\nProgrammadirecteur Digitaal", "Joris Plat"),
        # a director or chair outside a signature block, or signing for a company or citizens' group
        ("Aan:\nJoris Plat\nDirecteur Bouwbedrijf Plat\nKerkstraat 4", "Joris Plat"),
        ("Met vriendelijke groet,\nJoris Plat\nDirecteur Plat Bouw B.V.", "Joris Plat"),
        ("Met vriendelijke groet,\nJoris Plat\nVoorzitter bewonersvereniging De Hoek", "Joris Plat"),
        # a role label below labels the next name, a role followed by a name is someone else's
        ("Met vriendelijke groet,\nJoris Plat\nVoorzitter: Anna de Wit", "Joris Plat"),
        ("Joris Plat\nWethouder Lotte Kamp", "Joris Plat"),
        # the name shares its line with other text: no signature block
        ("Met vriendelijke groet,\nJoris Plat belt u nog\nVoorzitter", "Joris Plat"),
        # columns that do not line up
        ("Met vriendelijke groet,\nMira Holt\tDaan Veldkamp\nVoorzitter", "Daan Veldkamp"),
        # a comma list that is no ministry name, labels that are no role
        ("De burgemeester van Utrecht, Jan Smit, en de heer Kees Bos", "Kees Bos"),
        ("Behandelaar: Iris Bakker", "Iris Bakker"),
        ("Inlichtingen bij: Iris Bakker / Tom Smit", "Tom Smit"),
        ("Geachte heer\nJan Bos\nDorpsstraat 4", "Jan Bos"),
        ("Naam\tFunctie\tTelefoon\nAda Kok\tbeleidsmedewerker, ondersteunt de burgemeester\t010 1234567", "Ada Kok"),
        ("Behandelaars\tP. de Graaf, R. Smit", "R. Smit"),
        ("Namens de VSG, Iris Bakker", "Iris Bakker"),
        ("Iris Bakker\nMotie over de zorg in de wijk", "Iris Bakker"),
        ("Van\tIris Bakker (DG Milieu en Water)", "Iris Bakker"),  # the directorate-general she works at
        # addressed to someone at a governing body, not to an office holder
        ("Aan het college van burgemeester en wethouders\nde heer J. Bos\nPostbus 5", "J. Bos"),
        # a street named after an office is an address
        ("De heer\nJan Bos\nBurgemeester de Withstraat 4\n1234 AB Oosterdam", "Jan Bos"),
        ("Jan Bos, Wethouder Van Essenlaan 12, Oosterdam", "Jan Bos"),
        ("Mevrouw A. Kok\nMinister Talmaweg 7", "A. Kok"),
    ],
)
def test_not_in_role(text: str, name: str) -> None:
    assert not in_role(text, name)


def test_role_below_maps_each_signature_column_to_its_own_cell() -> None:
    text = "Hoogachtend,\nw.g.\tw.g.\nMira Holt\tDaan Veldkamp\nVoorzitter\tProjectleider"
    assert role_below(text, *_span(text, "Mira Holt"), ROLES)
    assert not role_below(text, *_span(text, "Daan Veldkamp"), ROLES)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Gedeputeerde(n)", True),
        ("Portefeuillehouder:", True),
        ("Wethouders", True),
        ("De minister van Financiën", True),
        ("Behandelaar", False),
        ("Inlichtingen bij", False),
        ("Steller", False),
        ("Teamleider", False),
    ],
)
def test_is_role_label(label: str, expected: bool) -> None:
    assert is_role_label(label, ROLES) is expected


def _layout_with_column(header: str):
    from woo_redact.detect.layout import Cell, Column, LayoutModel

    col = Column(1, 0, header, None, 50.0, 200.0, 0, 0, len(header))
    cells = (Cell(0, 100, 140, col),)
    return LayoutModel((), (col,), cells, (), (), {0: cells})


@pytest.mark.parametrize(("header", "office"), [("Gedeputeerde(n)", True), ("Wethouders", True), ("Behandelaar", False), ("Auteur", False)])
def test_names_under_a_column_headed_by_an_office_hold_it(header: str, office: bool) -> None:
    from woo_redact.decide.rules import _under_role_label

    assert _under_role_label(_layout_with_column(header), 0, 120, ROLES) is office
    assert not _under_role_label(_layout_with_column(header), 0, 20, ROLES)  # outside the column's cells


def _decide_cue_name(make_doc, policy, text: str, name: str):
    """The decision on ``name`` in ``text``, found by a name cue (not the model)."""
    from woo_redact.decide import decide, to_findings
    from woo_redact.types import Detection, EntityType

    doc = make_doc(text)
    page = doc.pages[0]
    i = page.text.index(name)
    f = to_findings(doc.sha256, page, [Detection(i, i + len(name), EntityType.PERSON, 0.9, "woo.names")])[0]
    return decide(doc, [f], policy)[0]


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("Na de pauze nam prof. Hendriksen via een videoverbinding deel.", "Hendriksen", True),
        ("Het advies is besproken met Prof.dr. L. Okafor.", "L. Okafor", True),
        ("Prof. Hendriksen diende als bewoner een bezwaar in tegen het besluit.", "Hendriksen", False),
        ("Het advies is besproken met L. Okafor.", "L. Okafor", False),
    ],
)
def test_a_professor_is_named_in_the_public_academic_role(make_doc, policy, text: str, name: str, kept: bool) -> None:
    d = _decide_cue_name(make_doc, policy, text, name)
    assert (d.action is Action.KEEP) is kept, d


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("Statenvoorstel nr. 12\nDatum\tKenmerk\tInlichtingen bij\tGedeputeerde(n)\n03.02.2026\t2026-0101\n\nK.L. Veenstra / P. Oosting\nAan Provinciale Staten", "K.L. Veenstra", True),
        ("Raadsvoorstel\nDatum\tPortefeuillehouder\n12 maart 2026\nJ. Baaijens\nOnderwerp", "J. Baaijens", True),
        ("Verslag\nDatum\tKenmerk\tBehandelaar\n03.02.2026\t2026-0101\nK.L. Veenstra\nOnderwerp", "K.L. Veenstra", False),
    ],
)
def test_names_under_a_header_row_ending_in_an_office_hold_it(make_doc, policy, text: str, name: str, kept: bool) -> None:
    d = _decide_cue_name(make_doc, policy, text, name)
    assert (d.action is Action.KEEP) is kept, d


def test_a_header_row_without_tabs_ending_in_an_office_holds_the_names_below(make_doc, policy) -> None:
    text = "Statenvoorstel nr. 12\nDatum Kenmerk Inlichtingen bij Gedeputeerde(n)\n03.02.2026 2026-0101\n\nK.L. Veenstra / P. Oosting\nAan Provinciale Staten"
    assert _decide_cue_name(make_doc, policy, text, "K.L. Veenstra").action is Action.KEEP
