"""Layout model and layout detector: hand-built pages and small generated PDFs.

Every name, number and address here is invented for these tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from woo_redact.detect.layout import BlockKind, FieldType, build_layout, classify_label
from woo_redact.detect.layout_detector import LayoutDetector
from woo_redact.types import BBox, Glyph, PageText

CHAR_W = 5.0
LINE_H = 9.0

# A row is a list of (x, text) cells; cells on one row are joined by ONE space in the page
# text, as extractors often do: the columns must come from positions, not from separators.
Row = Sequence[tuple[float, str]]


def make_page(rows: Sequence[Row], number: int = 0, top: float = 800.0, step: float = 14.0, width: float = 842.0, height: float = 595.0 * 1.414) -> PageText:
    text_parts: list[str] = []
    glyphs: list[Glyph] = []
    glyph_at: list[int | None] = []
    for r, row in enumerate(rows):
        y0 = top - r * step
        for c, (x, cell) in enumerate(row):
            if c:
                text_parts.append(" ")
                glyph_at.append(None)
            for k, ch in enumerate(cell):
                text_parts.append(ch)
                if ch == " ":
                    glyph_at.append(None)
                    continue
                glyph_at.append(len(glyphs))
                glyphs.append(Glyph(ch, BBox(x + k * CHAR_W, y0, x + (k + 1) * CHAR_W - 0.5, y0 + LINE_H)))
        if r + 1 < len(rows):
            text_parts.append("\n")
            glyph_at.append(None)
    return PageText(number, width, height, "".join(text_parts), tuple(glyphs), tuple(glyph_at))


def spans(page: PageText, dets: Sequence[object]) -> list[tuple[str, str]]:
    return [(page.text[d.start : d.end], d.entity.value) for d in dets]  # type: ignore[attr-defined]


COLS = (40.0, 120.0, 260.0, 400.0, 470.0, 560.0)
HEADER = [(COLS[0], "Zaaknr"), (COLS[1], "Naam aanvrager"), (COLS[2], "Adres melder"), (COLS[3], "postcode"), (COLS[4], "Geb.datum"), (COLS[5], "Tel.")]
ROWS = [
    [(COLS[0], "ZK-1001"), (COLS[1], "Tjoe-A-Fat, R."), (COLS[2], "Brouwersgang 14 bis"), (COLS[3], "6821 kt"), (COLS[4], "02-09-1971"), (COLS[5], "06 7312 4455")],
    [(COLS[0], "ZK-1002"), (COLS[1], "Wielinga, D."), (COLS[2], "Kortenhoef 3-a"), (COLS[3], "9712LP"), (COLS[4], "1988-12-30"), (COLS[5], "+31 6 98765432")],
    [(COLS[0], "ZK-1003"), (COLS[1], "Lindqvist, B."), (COLS[2], "Het Hoge Veld 82"), (COLS[3], "3581 WX"), (COLS[4], "17.03.1949"), (COLS[5], "0031 6 19283746")],
]


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Geb.datum", FieldType.DATE_OF_BIRTH),
        ("GEBDATUM", FieldType.DATE_OF_BIRTH),
        ("geb. datum", FieldType.DATE_OF_BIRTH),
        ("Adres melder", FieldType.ADDRESS),
        ("Tel. aanvrager", FieldType.PHONE),
        ("Naam aanvrager", FieldType.PERSON),
        ("MELDER", FieldType.PERSON),
        ("Behandelaar", FieldType.PERSON),
        ("BSN", FieldType.BSN),
        ("Postcode", FieldType.POSTCODE),
        ("Gebruikersnaam", FieldType.ID_NUMBER),
        ("E-mailadres", FieldType.EMAIL),
        ("Naam regeling", FieldType.OTHER),  # a known header that names no person
        ("Zaaknr", FieldType.OTHER),
        ("Toelichting op het besluit van de raad", None),
    ],
)
def test_labels_in_any_case_and_abbreviation(label: str, expected: FieldType | None) -> None:
    assert classify_label(label) is expected


def test_columns_are_typed_from_positions_not_separators() -> None:
    page = make_page([HEADER, *ROWS])
    model = build_layout([page])
    offset = page.text.index("Kortenhoef")
    col = model.column_header_at(0, offset)
    assert col is not None and col.ftype is FieldType.ADDRESS and col.header == "Adres melder"
    assert model.column_header_at(0, page.text.index("1988-12-30")).ftype is FieldType.DATE_OF_BIRTH  # type: ignore[union-attr]
    assert model.block_at(0, offset) is BlockKind.TABLE
    assert model.column_header_at(0, page.text.index("ZK-1002")).ftype is FieldType.OTHER  # type: ignore[union-attr]


def test_layout_detector_types_every_cell_under_typed_headers() -> None:
    page = make_page([HEADER, *ROWS])
    found = spans(page, LayoutDetector().detect_pages([page])[0])
    assert ("Het Hoge Veld 82", "ADDRESS") in found  # no street-type word: the column says address
    assert ("Brouwersgang 14 bis", "ADDRESS") in found
    assert ("6821 kt", "POSTCODE") in found
    assert ("17.03.1949", "DATE_OF_BIRTH") in found
    assert ("0031 6 19283746", "PHONE") in found
    assert ("Lindqvist, B.", "PERSON") in found
    assert not any(t.startswith("ZK-") for t, _ in found)  # the organisation's case numbers stay


def test_column_typing_continues_across_a_page_break() -> None:
    p0 = make_page([HEADER, *ROWS[:2]], number=0)
    p1 = make_page([ROWS[2]], number=1)
    found = LayoutDetector().detect_pages([p0, p1])
    assert ("Het Hoge Veld 82", "ADDRESS") in spans(p1, found[1])
    assert ("17.03.1949", "DATE_OF_BIRTH") in spans(p1, found[1])


def test_a_page_that_does_not_align_ends_the_table() -> None:
    p0 = make_page([HEADER, *ROWS[:2]], number=0)
    prose = make_page([[(72.0, "In 1949 werd het pand aan de Hoge Veld verkocht voor een bedrag van 82 gulden.")]], number=1)
    found = LayoutDetector().detect_pages([p0, prose])
    assert found[1] == []


def test_prose_under_a_table_is_not_typed() -> None:
    prose = [(COLS[0], "Het college besluit de aanvraag van de Hoge Veld te verlenen voor de periode van twee jaar en acht maanden.")]
    page = make_page([HEADER, ROWS[0], prose])
    texts = [t for t, _ in spans(page, LayoutDetector().detect_pages([page])[0])]
    assert all("college" not in t for t in texts)


def test_organisation_rows_keep_their_contact_data() -> None:
    row = [(COLS[0], "ZK-1004"), (COLS[1], "Groenvoorziening Oost B.V."), (COLS[2], "Industrieweg 7"), (COLS[3], "1234 AB"), (COLS[4], "-"), (COLS[5], "020 123 4567")]
    page = make_page([HEADER, row])
    assert LayoutDetector().detect_pages([page])[0] == []


@pytest.mark.parametrize(
    "rows, value, entity",
    [
        ([[(72.0, "Geboortedatum: 04-05-1966")]], "04-05-1966", "DATE_OF_BIRTH"),
        ([[(72.0, "Adres:"), (200.0, "Kromme Elleboog 9")]], "Kromme Elleboog 9", "ADDRESS"),
        ([[(72.0, "Adres")], [(72.0, "Kromme Elleboog 9")]], "Kromme Elleboog 9", "ADDRESS"),
        ([[(72.0, "Naam melder:"), (200.0, "Y. Oosterbaan")]], "Y. Oosterbaan", "PERSON"),
        ([[(72.0, "Gebruiker"), (200.0, "yoosterbaan3")]], "yoosterbaan3", "ID_NUMBER"),
        ([[(72.0, "Mobiel"), (200.0, "06 11 22 33 44")]], "06 11 22 33 44", "PHONE"),
    ],
)
def test_form_fields_with_or_without_colon(rows: list[Row], value: str, entity: str) -> None:
    page = make_page(rows)
    assert (value, entity) in spans(page, LayoutDetector().detect_pages([page])[0])
    model = build_layout([page])
    f = model.field_label_at(0, page.text.index(value))
    assert f is not None and f.ftype.value == entity


@pytest.mark.parametrize(
    "rows",
    [
        [[(72.0, "Naam:"), (200.0, "Selecteer een optie")]],
        [[(72.0, "Naam:"), (200.0, "Contactpersoon")]],
        [[(72.0, "Adres:"), (200.0, "geen openbare informatie")]],
        [[(72.0, "Wij hebben de melder gesproken; de naam: Jansen staat in het dossier.")]],
    ],
)
def test_field_values_that_are_no_personal_data(rows: list[Row]) -> None:
    page = make_page(rows)
    assert LayoutDetector().detect_pages([page])[0] == []


def test_letter_address_block_without_street_word() -> None:
    page = make_page([[(72.0, "De heer T. Brinkhorst")], [(72.0, "Achterom 41")], [(72.0, "4811 hb  Breda")], [(72.0, "")], [(72.0, "Geachte heer Brinkhorst,")]], top=600.0)
    model = build_layout([page])
    assert model.block_at(0, page.text.index("Achterom")) is BlockKind.ADDRESS_BLOCK
    found = spans(page, LayoutDetector().detect_pages([page])[0])
    assert ("Achterom 41", "ADDRESS") in found
    assert ("4811 hb", "POSTCODE") in found


def test_organisation_address_block_is_not_an_address() -> None:
    page = make_page([[(72.0, "Gemeente Voorbeeld")], [(72.0, "Postbus 123")], [(72.0, "4800 DA  Breda")]], top=600.0)
    assert LayoutDetector().detect_pages([page])[0] == []


def test_running_footer_email_header_and_signature() -> None:
    pages = [
        make_page(
            [
                [(72.0, "Van: Kooistra, P.")],
                [(72.0, "Aan: Team Vergunningen")],
                [(72.0, "Onderwerp: aanvraag")],
                [(72.0, "Goedemorgen,")],
                [(72.0, "Met vriendelijke groet,")],
                [(72.0, "Pieter Kooistra")],
                [(72.0, "adviseur")],
            ],
            number=0,
        ),
        make_page([[(72.0, "Bijlage bij de aanvraag")]], number=1),
    ]
    footer_pages = []
    for n in range(len(pages)):
        footer_pages.append(make_page([[(72.0, "Goedemorgen,")], [(72.0, f"Pagina {n + 1} van 2 - Gemeente Voorbeeld")]], number=n, top=60.0, step=40.0))
    model = build_layout(pages)
    t = pages[0].text
    assert model.block_at(0, t.index("Kooistra")) is BlockKind.EMAIL_HEADER
    assert model.block_at(0, t.index("Pieter")) is BlockKind.SIGNATURE
    assert model.block_at(0, t.index("Goedemorgen")) is BlockKind.BODY
    fm = build_layout(footer_pages)
    assert fm.block_at(1, footer_pages[1].text.index("Pagina")) is BlockKind.RUNNING_FOOTER


def test_each_rule_can_be_switched_off() -> None:
    class Pol:
        def __init__(self, off: set[str]) -> None:
            self.off = off

        def rule_enabled(self, name: str) -> bool:
            return name not in self.off

    page = make_page([HEADER, *ROWS, [(72.0, "Geboortedatum: 04-05-1966")]])
    all_rules = LayoutDetector(Pol(set())).detect_pages([page])[0]
    no_column = LayoutDetector(Pol({"layout.column"})).detect_pages([page])[0]
    assert {d.detector for d in all_rules} >= {"woo.layout.column", "woo.layout.field"}
    assert {d.detector for d in no_column} == {"woo.layout.field"}


def test_explanations_name_rule_and_header_but_not_the_value() -> None:
    page = make_page([HEADER, *ROWS])
    for d in LayoutDetector().detect_pages([page])[0]:
        value = page.text[d.start : d.end]
        assert value not in d.explanation
        assert "layout rule 'column'" in d.explanation and "under column header" in d.explanation


def test_empty_document() -> None:
    assert LayoutDetector().detect_pages([]) == []
    assert build_layout([]).block_at(0, 0) is BlockKind.BODY


# ----------------------------------------------------------------------- real extractor on PDFs


def _pdf(path: Path, draw: object) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=landscape(A4))
    draw(c)  # type: ignore[operator]
    c.save()
    return path


def test_register_pdf_through_the_real_extractor(tmp_path: Path) -> None:
    from woo_redact.extract import extract

    def draw(c: object) -> None:
        c.setFont("Helvetica", 9)  # type: ignore[attr-defined]
        for page_rows in ([HEADER, *ROWS[:2]], [ROWS[2]]):
            y = 540.0
            for row in page_rows:
                for x, cell in row:
                    c.drawString(x, y, cell)  # type: ignore[attr-defined]
                y -= 14
            c.showPage()  # type: ignore[attr-defined]

    doc = extract(_pdf(tmp_path / "register.pdf", draw))
    found = LayoutDetector().detect_pages(doc.pages)
    p0 = spans(doc.pages[0], found[0])
    p1 = spans(doc.pages[1], found[1])
    assert ("Kortenhoef 3-a", "ADDRESS") in p0
    assert ("6821 kt", "POSTCODE") in p0
    assert ("02-09-1971", "DATE_OF_BIRTH") in p0
    assert ("Het Hoge Veld 82", "ADDRESS") in p1
    assert ("Lindqvist, B.", "PERSON") in p1


def test_rotated_register_pdf(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from woo_redact.extract import extract

    path = tmp_path / "rotated.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setPageRotation(90)
    c.saveState()
    c.translate(A4[0], 0)
    c.rotate(90)  # draw landscape text on a portrait page shown rotated
    c.setFont("Helvetica", 9)
    y = 540.0
    for row in [HEADER, *ROWS]:
        for x, cell in row:
            c.drawString(x, y, cell)
        y -= 14
    c.restoreState()
    c.showPage()
    c.save()
    doc = extract(path)
    found = spans(doc.pages[0], LayoutDetector().detect_pages(doc.pages)[0])
    assert ("Het Hoge Veld 82", "ADDRESS") in found
    assert ("17.03.1949", "DATE_OF_BIRTH") in found


def test_header_with_unknown_words_and_ids_and_logins() -> None:
    cols = (65.0, 184.0, 258.0, 360.0, 474.0)
    header = [(cols[0], "Naam"), (cols[1], "Personeelsnr"), (cols[2], "Gebruikersnaam"), (cols[3], "Onderdeel"), (cols[4], "Paraaf")]
    rows = [
        [(cols[0], "Vermolen, K."), (cols[1], "5512093"), (cols[2], "kvermolen2"), (cols[3], "DGBO"), (cols[4], "")],
        [(cols[0], "Oduya, B.A."), (cols[1], "5512111"), (cols[2], "boduya7"), (cols[3], "Directie Recht"), (cols[4], "")],
        [(cols[0], "Kapteyn, M."), (cols[1], "5512140"), (cols[2], "mkapteyn"), (cols[3], "DGBO"), (cols[4], "")],
    ]
    page = make_page([header, *rows])
    found = spans(page, LayoutDetector().detect_pages([page])[0])
    assert ("5512111", "ID_NUMBER") in found
    assert ("boduya7", "ID_NUMBER") in found
    assert ("mkapteyn", "ID_NUMBER") in found
    assert ("Oduya, B.A.", "PERSON") in found
    assert not any(t in ("DGBO", "Directie Recht") for t, _ in found)


def test_a_label_followed_by_another_label_is_no_field() -> None:
    page = make_page([[(65.0, "Naam"), (184.0, "Personeelsnr")]])
    assert LayoutDetector().detect_pages([page])[0] == []


def test_person_field_keeps_the_name_not_the_firm() -> None:
    page = make_page([[(65.0, "Gemachtigde"), (184.0, "mr. T.R. Oostdam, Advocatenkantoor Zeewolde")]])
    assert spans(page, LayoutDetector().detect_pages([page])[0]) == [("T.R. Oostdam", "PERSON")]


@pytest.mark.parametrize("org", ["Woonstichting De Linde", "Zorgcentrum Het Anker", "Adviesbureau Oosterhout", "Kwekerij Vos B.V."])
def test_organisations_in_a_person_column_keep_their_row(org: str) -> None:
    row = [(COLS[0], "ZK-1009"), (COLS[1], org), (COLS[2], "Brouwersgang 14"), (COLS[3], "6821 KT"), (COLS[4], "-"), (COLS[5], "026 123 4567")]
    page = make_page([HEADER, row])
    assert LayoutDetector().detect_pages([page])[0] == []


def test_layout_of_reads_a_document_once() -> None:
    from woo_redact.detect.layout import layout_of

    pages = [make_page([HEADER, *ROWS])]
    first = layout_of(pages)
    assert layout_of(list(pages)) is first
    other = [make_page([HEADER, *ROWS])]  # equal content, other objects: read again
    assert layout_of(other) is not first


def test_a_kept_layout_outlives_other_documents_until_released() -> None:
    """A bundle's second pass asks again about a document after reading all others."""
    from woo_redact.detect.layout import RECENT_DOCUMENTS, keep_layout, layout_of, release_layout

    pages = [make_page([HEADER, *ROWS])]
    first = layout_of(pages)
    assert keep_layout(pages)
    for _ in range(RECENT_DOCUMENTS + 2):
        layout_of([make_page([HEADER, *ROWS])])
    assert layout_of(pages) is first
    release_layout(pages)
    for _ in range(RECENT_DOCUMENTS + 2):
        layout_of([make_page([HEADER, *ROWS])])
    again = layout_of(pages)
    assert again is not first and again == first  # read again, to the same model


def test_recent_layouts_are_bounded_by_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Older documents stay only within RECENT_PAGES pages: a worker does not hold big documents."""
    import woo_redact.detect.layout as L

    monkeypatch.setattr(L, "RECENT_PAGES", 2)
    L.release_layout()
    a = [make_page([HEADER, *ROWS]), make_page([HEADER, *ROWS], number=1)]
    b = [make_page([HEADER, *ROWS]), make_page([HEADER, *ROWS], number=1)]
    first_a, first_b = L.layout_of(a), L.layout_of(b)
    assert L.layout_of(a) is first_a  # 2 older pages: within the bound
    L.layout_of([make_page([HEADER, *ROWS])])  # 4 older pages now: the oldest document goes
    assert L.layout_of(b) is first_b
    assert L.layout_of(a) is not first_a


def test_keep_layout_builds_nothing() -> None:
    from woo_redact.detect.layout import keep_layout, layout_of, release_layout

    never_read = [make_page([HEADER, *ROWS])]
    assert not keep_layout(never_read)
    release_layout()  # forgetting everything is always allowed
    pages = [make_page([HEADER, *ROWS])]
    layout_of(pages)
    assert keep_layout(pages)
    release_layout()


@pytest.mark.parametrize("name", ["Bouwmeester, D.", "Zorgdrager, P.", "T.B. Installé"])
def test_surnames_that_start_like_trade_words_are_people(name: str) -> None:
    row = [(COLS[0], "ZK-1010"), (COLS[1], name), (COLS[2], "Brouwersgang 14"), (COLS[3], "6821 KT"), (COLS[4], "02-09-1971"), (COLS[5], "06 7312 4455")]
    page = make_page([HEADER, row])
    found = spans(page, LayoutDetector().detect_pages([page])[0])
    assert ("Brouwersgang 14", "ADDRESS") in found
    assert ("02-09-1971", "DATE_OF_BIRTH") in found


def test_label_with_a_qualifier_and_an_address_after_the_name() -> None:
    page = make_page([[(65.0, "Veroorzaker (indien bekend):"), (241.0, "Kamminga, Spoorsingel 18-b")]])
    found = spans(page, LayoutDetector().detect_pages([page])[0])
    assert ("Kamminga", "PERSON") in found
    assert ("Spoorsingel 18-b", "ADDRESS") in found


def test_registered_in_the_pipeline_and_switched_by_the_policy() -> None:
    import dataclasses

    from woo_redact.pipeline import build_detectors
    from woo_redact.policy import load_policy

    policy = load_policy(None)
    detectors, _ = build_detectors(policy, ner=False)
    layout = [d for d in detectors if d.name == "woo.layout"]
    assert len(layout) == 1
    page = make_page([HEADER, *ROWS])
    assert layout[0].detect_pages([page])[0]  # type: ignore[union-attr]
    off = dataclasses.replace(policy, disabled_rules=frozenset({"layout.column"}))
    assert LayoutDetector(off).detect_pages([page])[0] == []


def test_policy_file_switches_layout_rules_off(tmp_path: Path) -> None:
    from woo_redact.policy import load_policy

    default = Path(__file__).resolve().parents[1] / "src" / "woo_redact" / "policies" / "default.toml"
    text = default.read_text(encoding="utf-8").replace("disabled = []", 'disabled = ["layout.column", "layout.field"]', 1)
    custom = tmp_path / "p.toml"
    custom.write_text(text, encoding="utf-8")
    page = make_page([HEADER, *ROWS, [(72.0, "Geboortedatum: 04-05-1966")]])
    assert LayoutDetector(load_policy(custom)).detect_pages([page])[0] == []


def test_sender_column_of_a_letter_is_letterhead_until_the_contact_person() -> None:
    x = 420.0
    rows = [
        [(x, "Waterschap Voorbeeld")],
        [(x, "Dijkweg 4")],
        [(x, "Postbus 77")],
        [(x, "8000 AB Zwolle")],
        [(x, "Telefoon 038 111 22 33")],
        [(x, "IBAN NL00 TEST 0000 0000 00")],
        [(x, "Inlichtingen bij")],
        [(x, "R. Tjoe-Lim")],
    ]
    page = make_page(rows, top=800.0, step=12.0, width=595.0, height=842.0)
    model = build_layout([page])
    assert model.block_at(0, page.text.index("Dijkweg")) is BlockKind.LETTERHEAD
    assert model.block_at(0, page.text.index("IBAN")) is BlockKind.LETTERHEAD
    assert model.block_at(0, page.text.index("Tjoe-Lim")) is not BlockKind.LETTERHEAD
