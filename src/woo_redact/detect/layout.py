"""The document's layout as evidence: lines, tables with typed columns, form fields and blocks.

Why: a value's format is often not enough (a date is only a birth date under ``Geb.datum``; a
street without a street-type word is only an address under ``Adres melder``), and a span's
place says what kind of text it is (letterhead, running footer, signature, e-mail header).
This module is the one place that knows that; detectors and the decision stage ask it
(:meth:`LayoutModel.column_header_at`, :meth:`LayoutModel.field_label_at`,
:meth:`LayoutModel.block_at`).

Pure: it reads :class:`~woo_redact.types.PageText` (text + glyph boxes) and nothing else, and
returns a frozen :class:`LayoutModel`. Columns are found from glyph positions, not from tabs,
because extractors separate cells by a single space as often as by a tab: a header word
starts a column when the cells below start where it starts. A table continues across a page
break when the next page's rows start at the same x-positions (the header is printed once).

Limits: one text line is one visual line (as the extractors produce it); right-aligned
columns are assigned by their first word; headers split over more than two lines are only
partly read; a table without a recognisable header types nothing.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
import statistics
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..types import PageText


class FieldType(str, enum.Enum):
    """What a column header or field label says about the values under or after it."""

    PERSON = "PERSON"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    BSN = "BSN"
    IBAN = "IBAN"
    LICENSE_PLATE = "LICENSE_PLATE"
    ID_NUMBER = "ID_NUMBER"
    OTHER = "OTHER"  # a header word we know (datum, bedrag, zaaknr ...) that types nothing


class BlockKind(str, enum.Enum):
    """Which kind of block a piece of text sits in."""

    BODY = "body"
    TABLE = "table"
    FORM = "form"
    RUNNING_HEADER = "running_header"
    RUNNING_FOOTER = "running_footer"
    LETTERHEAD = "letterhead"
    SIGNATURE = "signature"
    EMAIL_HEADER = "email_header"
    ADDRESS_BLOCK = "address_block"


# ---------------------------------------------------------------------------- vocabulary
# Header and label terms, normalised (lower case, accents kept, punctuation and spaces dropped),
# so "Geb.datum", "GebDatum", "geb. datum" and "GEB DATUM" are one key. Typed by priority:
# a compound header ("Adres melder", "Tel. aanvrager") takes the first type it contains.
_TERMS: dict[FieldType, tuple[str, ...]] = {
    FieldType.EMAIL: ("email", "e-mail", "emailadres", "e-mailadres", "mailadres", "mail"),
    FieldType.PHONE: (
        "tel", "telefoon", "telefoonnummer", "telefoonnr", "telnr", "telnummer", "mobiel", "mobielnummer",
        "mobielenummer", "mobieltelefoonnummer", "gsm", "phone", "mobile", "fax", "faxnummer",
        "bereikbaarop", "bereikbaarheid", "telefoonmelder", "telmobiel",
    ),
    FieldType.POSTCODE: ("postcode", "pc", "postcodewoonplaats", "postcodeplaats", "postcodeenwoonplaats", "zipcode"),
    FieldType.ADDRESS: (
        "adres", "woonadres", "huisadres", "postadres", "correspondentieadres", "verblijfadres",
        "verblijfsadres", "straat", "straatnaam", "straatenhuisnummer", "straathuisnummer", "adresgegevens",
        "huisnummer", "huisnr", "hnr", "toevoeging", "huisletter", "address", "adresmelder", "adresaanvrager",
        "adresbetrokkene",
    ),
    FieldType.DATE_OF_BIRTH: (
        "geboortedatum", "gebdatum", "gebdat", "geb", "geboren", "geborenop", "geboortedat", "dateofbirth",
        "birthdate", "dob",
    ),
    FieldType.BSN: ("bsn", "burgerservicenummer", "bsnnummer", "sofinummer", "bsnnr"),
    FieldType.IBAN: ("iban", "rekeningnummer", "rekeningnr", "bankrekening", "bankrekeningnummer", "ibannummer", "rekening"),
    FieldType.LICENSE_PLATE: ("kenteken", "kentekens", "kentekennummer", "nummerbord"),
    FieldType.ID_NUMBER: (
        "personeelsnummer", "personeelsnr", "persnr", "medewerkernummer", "medewerkersnummer", "medewerkerid",
        "werknemersnummer", "klantnummer", "klantnr", "klantid", "clientnummer", "cliëntnummer", "clientnr",
        "cliëntnr", "relatienummer", "relatienr", "gebruiker", "gebruikersnaam", "gebruikersid", "user",
        "userid", "username", "account", "accountnaam", "login", "inlognaam", "loginnaam", "paspoortnummer",
        "documentnummer", "vnummer", "vreemdelingennummer", "rijbewijsnummer", "pasnummer", "lidnummer",
        "zorgverzekeringsnummer", "polisnummer", "patiëntnummer", "patientnummer", "uitkeringsnummer",
        "studentnummer", "leerlingnummer", "idnummer", "identiteitsnummer",
    ),
    FieldType.PERSON: (
        "naam", "namen", "melder", "aanvrager", "naamaanvrager", "naammelder", "indiener", "bezwaarmaker",
        "verzoeker", "klager", "betrokkene", "client", "cliënt", "kentekenhouder", "houder", "eigenaar",
        "bewoner", "contactpersoon", "contactpers", "behandelaar", "behandeld", "behandelddoor", "medewerker",
        "deelnemer", "deelnemers", "aanwezig", "aanwezigen", "geadresseerde", "vergunninghouder", "huurder",
        "patiënt", "patient", "werknemer", "voornaam", "voornamen", "achternaam", "roepnaam", "voorletters",
        "naamvoorletters", "voorlettersnaam", "geslachtsnaam", "persoon", "naambetrokkene", "naamindiener",
        "naamverzoeker", "naamklager", "naamcontactpersoon", "naammedewerker", "opsteller", "auteur",
        "ingediend door", "ingediend", "ingediendoor", "bestuurder", "chauffeur", "overtreder", "verdachte",
        "getuige", "slachtoffer", "aanvragernaam", "naamenvoorletters", "handtekening", "ondertekenaar",
        "ouder", "kind", "jeugdige", "leerling", "student", "gemachtigde", "medebewoner", "partner",
        "echtgenoot", "echtgenote", "zoon", "dochter", "moeder", "vader", "verzorger", "huisgenoot",
        "inwonende", "veroorzaker", "buurman", "buurvrouw", "weduwe", "weduwnaar", "erfgenaam",
    ),
    FieldType.OTHER: (
        "nr", "nummer", "no", "id", "datum", "datumtijd", "tijd", "status", "onderwerp", "omschrijving",
        "locatie", "bedrag", "categorie", "type", "soort", "besluit", "uitkomst", "opmerking", "opmerkingen",
        "toelichting", "afdeling", "functie", "rol", "organisatie", "team", "kenmerk", "zaaknr", "zaaknummer",
        "ontvangen", "periode", "aantal", "code", "product", "activiteit", "actie", "melding", "vergunning",
        "plaats", "woonplaats", "gemeente", "wijk", "buurt", "regio", "besluitdatum", "aanvraagnr",
        "aanvraagnummer", "registratienummer", "volgnummer", "dossier", "dossiernummer", "reden", "termijn",
        "vervaldatum", "beslistermijn", "fase", "stand", "ingangsdatum", "einddatum", "begindatum",
        "bestemming", "doel", "subsidie", "regeling", "project", "gegevens", "bijzonderheden", "handeling",
        "tijdstip", "resultaat", "overtreding", "feit", "boete", "naheffingsnr", "sanctie", "maatregel",
        "indicatie", "voorziening", "zorgvorm", "product", "uren", "frequentie", "startdatum", "mutatie",
        "verzoek", "afgehandeld", "ingekomen", "soortverzoek", "standplaats", "markt", "dag", "waar",
        "wat", "wie", "organisatieonderdeel", "dienst", "functiebenaming", "directie",
    ),
}
_PRIORITY = (
    FieldType.EMAIL, FieldType.PHONE, FieldType.POSTCODE, FieldType.ADDRESS, FieldType.DATE_OF_BIRTH,
    FieldType.BSN, FieldType.IBAN, FieldType.LICENSE_PLATE, FieldType.ID_NUMBER, FieldType.PERSON,
    FieldType.OTHER,
)  # fmt: skip
_TERM_TYPE: dict[str, FieldType] = {}
for _ft in reversed(_PRIORITY):
    for _t in _TERMS[_ft]:
        _TERM_TYPE[re.sub(r"[\W_]+", "", _t.lower())] = _ft
# Header words that name what a row is *about*, not a person ("naam regeling", "naam project").
_NOT_PERSON_QUALIFIERS = frozenset(
    """
    regeling project organisatie bedrijf instelling school locatie document bestand evenement
    activiteit subsidie vergunning straat weg gemeente dienst team afdeling product voorziening
    onderneming vereniging stichting zaak object pand gebouw kavel perceel
    """.split()
)


_NON_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=65536)
def normalise_label(text: str) -> str:
    """Lower case without punctuation or spaces: ``Geb. datum`` and ``GebDatum`` become one key."""
    return _NON_WORD.sub("", text.lower())


# Pure functions of a word or cell text, asked about every word of every line (header and field
# detection): remembered, since page headers, footers and table headers repeat.
@functools.lru_cache(maxsize=65536)
def classify_label(text: str) -> FieldType | None:
    """The type a header cell or form label names, or ``None`` if it is not a known label.

    Exact terms first ("Geb.datum"), then compounds read word by word ("Adres melder" is an
    address, "Tel. aanvrager" a phone, "Naam regeling" nothing), then known prefixes of a cut
    header ("Contactpers").
    """
    text = re.sub(r"\s*\([^)]*\)", "", text)  # "Veroorzaker (indien bekend)": the qualifier says nothing
    key = normalise_label(text)
    if not key or len(key) > 40:
        return None
    if key in _TERM_TYPE:
        return _TERM_TYPE[key]
    words = [normalise_label(w) for w in re.split(r"[\s/()&+,-]+|(?<=\.)", text) if normalise_label(w)]
    if not 1 < len(words) <= 4:
        return None
    types = [_TERM_TYPE.get(w) for w in words]
    known = [t for t in types if t is not None]
    if not known or len(known) < len(words) - 1:
        return None
    if any(w in _NOT_PERSON_QUALIFIERS for w in words):
        known = [t for t in known if t is not FieldType.PERSON] or [FieldType.OTHER]
    return min(known, key=_PRIORITY.index)


# ---------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Word:
    """A whitespace-separated token with its page offsets and box (``None`` if it has no glyphs)."""

    start: int
    end: int
    x0: float
    x1: float
    y0: float
    y1: float


@dataclass(frozen=True, slots=True)
class Line:
    """One text line of a page: its offsets, words and vertical position."""

    page: int
    index: int
    start: int
    end: int
    words: tuple[Word, ...]

    @property
    def top(self) -> float:
        return max((w.y1 for w in self.words), default=0.0)

    @property
    def bottom(self) -> float:
        return min((w.y0 for w in self.words), default=0.0)

    @property
    def height(self) -> float:
        hs = [w.y1 - w.y0 for w in self.words if w.y1 > w.y0]
        return statistics.median(hs) if hs else 10.0


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its header text (as printed, for explanations), type and x-range."""

    table: int
    index: int
    header: str
    ftype: FieldType | None
    x0: float
    x1: float
    header_page: int
    header_start: int
    header_end: int


@dataclass(frozen=True, slots=True)
class Cell:
    """The part of one row line that falls in one column."""

    page: int
    start: int
    end: int
    column: Column


@dataclass(frozen=True, slots=True)
class Field:
    """A form field: ``label: value`` on one line, label and value in two cells, or value below."""

    page: int
    label: str
    ftype: FieldType
    label_start: int
    label_end: int
    value_start: int
    value_end: int


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text of one :class:`BlockKind` on a page."""

    page: int
    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True)
class LayoutModel:
    """What the layout says about every page of one document. Built by :func:`build_layout`."""

    lines: tuple[tuple[Line, ...], ...]
    columns: tuple[Column, ...]
    cells: tuple[Cell, ...]
    fields: tuple[Field, ...]
    blocks: tuple[Block, ...]
    _cells_by_page: dict[int, tuple[Cell, ...]] = field(default_factory=dict, repr=False, compare=False)

    def cells_on(self, page: int) -> tuple[Cell, ...]:
        return self._cells_by_page.get(page, ())

    def column_header_at(self, page: int, offset: int) -> Column | None:
        """The column whose cell holds ``text[offset]`` on ``page``, if it is in a table."""
        for c in self.cells_on(page):
            if c.start <= offset < c.end:
                return c.column
        return None

    def field_label_at(self, page: int, offset: int) -> Field | None:
        """The form field whose value holds ``text[offset]`` on ``page``, if any."""
        for f in self.fields:
            if f.page == page and f.value_start <= offset < f.value_end:
                return f
        return None

    def block_at(self, page: int, offset: int) -> BlockKind:
        """The kind of block ``text[offset]`` sits in (``BODY`` when nothing more specific)."""
        kinds = [b.kind for b in self.blocks if b.page == page and b.start <= offset < b.end]
        for strong in (BlockKind.RUNNING_HEADER, BlockKind.RUNNING_FOOTER, BlockKind.EMAIL_HEADER):
            if strong in kinds:
                return strong
        if self.column_header_at(page, offset) is not None:
            return BlockKind.TABLE
        if kinds:
            return kinds[0]
        if self.field_label_at(page, offset) is not None:
            return BlockKind.FORM
        return BlockKind.BODY


# ---------------------------------------------------------------------------- lines


def _to_reading(page: PageText, c: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A glyph box in the page's reading frame: x grows along a line, y grows up the page.

    Glyph boxes are in unrotated user space; on a page shown with ``/Rotate`` 90 a text line
    runs up the user-space y axis. ``page.width``/``height`` are the shown sizes.
    """
    x0, y0, x1, y1 = c
    rot = page.rotation % 360
    if rot == 90:
        return (y0, page.height - x1, y1, page.height - x0)
    if rot == 180:
        return (page.width - x1, page.height - y1, page.width - x0, page.height - y0)
    if rot == 270:
        return (page.width - y1, x0, page.width - y0, x1)
    return c


_NON_SPACE = re.compile(r"[^\s]+")


def _lines(page: PageText) -> tuple[Line, ...]:
    out: list[Line] = []
    pos = 0
    text = page.text
    rotated = page.rotation % 360 in (90, 180, 270)
    for idx, raw in enumerate(text.split("\n")):
        words: list[Word] = []
        for m in _NON_SPACE.finditer(raw):
            a, b = pos + m.start(), pos + m.end()
            coords = page.coords_for(a, b)
            if rotated:
                coords = [_to_reading(page, c) for c in coords]
            if coords:
                x0s, y0s, x1s, y1s = zip(*coords)
                words.append(Word(a, b, min(x0s), max(x1s), min(y0s), max(y1s)))
            else:
                words.append(Word(a, b, 0.0, 0.0, 0.0, 0.0))
        out.append(Line(page.number, idx, pos, pos + len(raw), tuple(words)))
        pos += len(raw) + 1
    return tuple(out)


# ---------------------------------------------------------------------------- tables


@dataclass(frozen=True, slots=True)
class _HeaderWord:
    word: Word
    text: str
    ftype: FieldType | None


def _header_words(text: str, line: Line) -> list[_HeaderWord] | None:
    """The line's words as header terms, or ``None`` if the line is no table header.

    A header line has at least two words that are known header terms, at least one of them
    typed, few unknown words, and no long numbers, e-mail addresses or ``Label:`` colons.
    Multi-word headers ("Adres melder") are joined into one column later, from the rows.
    """
    words = [w for w in line.words if w.x1 > w.x0]
    if len(words) < 2 or len(words) > 24:
        return None
    hits = 0
    typed = 0
    unknown = 0
    out: list[_HeaderWord] = []
    for w in words:
        t = text[w.start : w.end]
        if re.search(r"\d{3,}", t) or "@" in t or t.endswith(":"):
            return None  # numbers, addresses and "Label:" belong to rows and forms, not headers
        ft = classify_label(t)
        if ft is None and normalise_label(t) and not normalise_label(t).isdigit():
            unknown += 1
        elif ft is not None:
            hits += 1
            typed += ft is not FieldType.OTHER
        out.append(_HeaderWord(w, t, ft))
    # A form line ("Naam melder    Minke Jansen") has two cells; a header three or more, and
    # may hold a few words we do not know ("Paraaf", "Onderdeel").
    tolerance = max(2, hits // 2) if len(_gap_cells(text, line)) >= 3 else max(1, hits // 2)
    if hits < 2 or typed < 1 or unknown > tolerance:
        return None
    return out


def _columns_from_header(
    text: str, hw: list[_HeaderWord], rows: list[Line], table: int, page: int, page_width: float
) -> list[Column]:
    """Group header words into columns: a word starts a column when row words start under it."""
    starts = [w.x0 for ln in rows for w in ln.words if w.x1 > w.x0]
    h = statistics.median([x.word.y1 - x.word.y0 for x in hw]) or 10.0
    groups: list[list[_HeaderWord]] = []
    for i, x in enumerate(hw):
        if i == 0:
            groups.append([x])
            continue
        prev = hw[i - 1].word
        aligned = sum(1 for s in starts if abs(s - x.word.x0) <= 2.5)
        need = 1 if len(rows) <= 1 else max(2, min(3, len(rows) // 3))
        if aligned >= need or x.word.x0 - prev.x1 > 1.5 * h:
            groups.append([x])
        else:
            groups[-1].append(x)
    cols: list[Column] = []
    for gi, g in enumerate(groups):
        x0 = g[0].word.x0 - 2.5
        x1 = groups[gi + 1][0].word.x0 - 2.5 if gi + 1 < len(groups) else page_width + 1.0
        label = " ".join(x.text for x in g)
        ft = classify_label(label)
        if ft is None and len(g) > 1:
            known = [x.ftype for x in g if x.ftype is not None]
            ft = min(known, key=_PRIORITY.index) if known else None
        cols.append(Column(table, gi, label, ft, x0, x1, page, g[0].word.start, g[-1].word.end))
    return cols


def _column_of(cols: Sequence[Column], w: Word) -> Column | None:
    for c in cols:
        if c.x0 <= w.x0 < c.x1:
            return c
    return None


def _is_paragraph(line: Line, cols: Sequence[Column], page_width: float) -> bool:
    """A prose line under a table: one run of words crossing three or more column borders."""
    words = [w for w in line.words if w.x1 > w.x0]
    if len(words) < 6:
        return False
    crossed = 0
    for a, b in itertools.pairwise(words):
        ca, cb = _column_of(cols, a), _column_of(cols, b)
        if ca is not None and cb is not None and ca.index != cb.index:
            crossed += 1
    spread = words[-1].x1 - words[0].x0
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(words)]
    return crossed >= min(3, len(cols) - 1) and max(gaps) < 1.2 * line.height and spread > 0.5 * page_width


def _starts_at_column(line: Line, cols: Sequence[Column]) -> bool:
    """A row starts cells where columns start (two or more); a short line (a cell wrapped onto
    the next line) where one column starts. Prose lines rarely do either."""
    words = [w for w in line.words if w.x1 > w.x0]
    if not words:
        return False
    hit = {c.index for w in words for c in cols if abs(w.x0 - (c.x0 + 2.5)) <= 4.0}
    return len(hit) >= min(2, len(cols)) or (len(words) <= 4 and len(hit) >= 1)


def _aligned_starts(line: Line, cols: Sequence[Column]) -> int:
    return sum(1 for w in line.words if w.x1 > w.x0 and any(abs(w.x0 - (c.x0 + 2.5)) <= 3.0 for c in cols))


def _tables(pages: Sequence[PageText], lines: Sequence[Sequence[Line]]) -> tuple[list[Column], list[Cell]]:
    columns: list[Column] = []
    cells: list[Cell] = []
    active: list[Column] | None = None
    table = 0
    misses = 0
    for p, page in enumerate(pages):
        text = page.text
        plines = lines[p]
        i = 0
        if active is not None:
            # Continue across the page break only if this page's rows start where the columns do.
            first = [ln for ln in plines if ln.words][:6]
            if not any(_aligned_starts(ln, active) >= 2 for ln in first):
                active = None
        while i < len(plines):
            ln = plines[i]
            hw = _header_words(text, ln)
            if hw is not None:
                rows = [r for r in plines[i + 1 : i + 15] if r.words]
                cols = _columns_from_header(text, hw, rows, table, p, page.width)
                if any(c.ftype not in (None, FieldType.OTHER) for c in cols) and len(cols) >= 2:
                    cols = _with_wrapped_header(text, plines, i, cols)
                    active = cols
                    columns.extend(cols)
                    table += 1
                    i += 1
                    continue
            if active is not None and ln.words:
                if _is_paragraph(ln, active, page.width):
                    active = None
                    misses = 0
                elif _starts_at_column(ln, active):
                    cells.extend(_row_cells(ln, active))
                    misses = 0
                else:
                    misses += 1  # a title, a note or a footer line between rows: not typed
                    if misses >= 3:
                        active = None
                        misses = 0
            i += 1
    return columns, cells


def _with_wrapped_header(text: str, plines: Sequence[Line], i: int, cols: list[Column]) -> list[Column]:
    """Header cells wrapped onto the line above or below ("Contactpers" / "oon"): add as columns."""
    head = plines[i]
    extra: list[Column] = []
    # Extractors emit a header printed as several text objects as several "lines", in any
    # order: look at the neighbouring lines at (about) the header's height.
    for j in range(max(0, i - 8), min(len(plines), i + 9)):
        if j == i:
            continue
        ln = plines[j]
        if not ln.words or len(ln.words) > 6 or abs(ln.top - head.top) > 2.5 * head.height:
            continue
        known = [w for w in ln.words if classify_label(text[w.start : w.end]) or _prefix_type(text[w.start : w.end])]
        if 2 * len(known) < len(ln.words):
            continue  # a title or prose line above the table, not a wrapped header
        for w in ln.words:
            t = text[w.start : w.end]
            ft = classify_label(t) or _prefix_type(t)
            if ft is None or any(c.x0 <= w.x0 < c.x1 and c.x0 + 2.5 + 3.0 > w.x0 for c in cols):
                continue
            extra.append(Column(cols[0].table, 0, t, ft, w.x0 - 2.5, 0.0, head.page, w.start, w.end))
    if not extra:
        return cols
    merged = sorted([*cols, *extra], key=lambda c: c.x0)
    out: list[Column] = []
    for k, c in enumerate(merged):
        x1 = merged[k + 1].x0 if k + 1 < len(merged) else cols[-1].x1
        out.append(Column(c.table, k, c.header, c.ftype, c.x0, x1, c.header_page, c.header_start, c.header_end))
    return out


def _prefix_type(t: str) -> FieldType | None:
    """A header cut by wrapping ("Contactpers"): the type of the one known term it starts."""
    key = normalise_label(t)
    if len(key) < 5:
        return None
    found = {ft for term, ft in _TERM_TYPE.items() if term.startswith(key) and ft is not FieldType.OTHER}
    return found.pop() if len(found) == 1 else None


def _row_cells(ln: Line, cols: Sequence[Column]) -> list[Cell]:
    out: list[Cell] = []
    cur: Column | None = None
    a = b = 0
    for w in ln.words:
        c = _column_of(cols, w) if w.x1 > w.x0 else None
        if c is None:
            continue
        if cur is not None and c.index == cur.index:
            b = w.end
            continue
        if cur is not None:
            out.append(Cell(ln.page, a, b, cur))
        cur, a, b = c, w.start, w.end
    if cur is not None:
        out.append(Cell(ln.page, a, b, cur))
    return out


# ---------------------------------------------------------------------------- form fields

_LABEL_COLON = re.compile(r"(?:^|(?<=\t)|(?<=\s\s)|(?<=[\s(]))([A-Za-zÀ-ÿ][\w .'/-]{0,34}?)[ \t]*:[ \t]*", re.UNICODE)
# Types whose values are checked for their shape (a phone number, a postcode ...): their label
# may stand inside a line ("... Tel: 06 ..."). Names, addresses and IDs only count after a
# label that starts a line or a cell.
_SHAPED = frozenset(
    {FieldType.PHONE, FieldType.EMAIL, FieldType.POSTCODE, FieldType.DATE_OF_BIRTH, FieldType.BSN, FieldType.IBAN, FieldType.LICENSE_PLATE}
)


def _fields(page: PageText, plines: Sequence[Line]) -> list[Field]:
    text = page.text
    out: list[Field] = []
    for k, ln in enumerate(plines):
        if not ln.words:
            continue
        raw = text[ln.start : ln.end]
        labels = []
        for m in _LABEL_COLON.finditer(raw):
            ft = classify_label(m.group(1))
            if ft is None or ft is FieldType.OTHER:
                continue
            at_cell_start = m.start(1) == 0 or raw[max(0, m.start(1) - 1)] == "\t" or raw[max(0, m.start(1) - 2) : m.start(1)] == "  "
            if ft not in _SHAPED and not at_cell_start:
                continue
            labels.append((m, ft))
        for n, (m, ft) in enumerate(labels):
            vs = ln.start + m.end()
            ve = ln.start + (labels[n + 1][0].start(1) if n + 1 < len(labels) else len(raw))
            tab = text.find("\t", vs, ve)
            if tab > vs:
                ve = tab
            while ve > vs and text[ve - 1] in " \t,;":
                ve -= 1
            ls, le = ln.start + m.start(1), ln.start + m.end(1)
            if ve > vs:
                out.append(Field(page.number, m.group(1).strip(), ft, ls, le, vs, ve))
            elif m.start(1) == 0 and n + 1 == len(labels) and k + 1 < len(plines):
                nxt = _next_value_line(text, plines, k)
                if nxt is not None:
                    out.append(Field(page.number, m.group(1).strip(), ft, ls, le, nxt[0], nxt[1]))
        if labels:
            continue
        # No colon: a label cell followed by a value cell (tab or wide gap), or a label alone
        # on its line with the value on the next line.
        cells = _gap_cells(text, ln)
        if len(cells) >= 2:
            ft = classify_label(text[cells[0][0] : cells[0][1]])
            if ft is not None and ft is not FieldType.OTHER and classify_label(text[cells[1][0] : cells[1][1]]) is None:
                out.append(Field(page.number, text[cells[0][0] : cells[0][1]], ft, cells[0][0], cells[0][1], cells[1][0], cells[1][1]))
        elif len(cells) == 1 and len(ln.words) <= 3:
            label = text[cells[0][0] : cells[0][1]]
            ft = classify_label(label)
            if ft is not None and ft is not FieldType.OTHER and k + 1 < len(plines):
                nxt = _next_value_line(text, plines, k)
                if nxt is not None:
                    out.append(Field(page.number, label, ft, cells[0][0], cells[0][1], nxt[0], nxt[1]))
    return out


def _next_value_line(text: str, plines: Sequence[Line], k: int) -> tuple[int, int] | None:
    ln, nxt = plines[k], plines[k + 1]
    if not nxt.words or (ln.words and nxt.words and ln.bottom - nxt.top > 2.0 * ln.height):
        return None
    raw = text[nxt.start : nxt.end]
    if _LABEL_COLON.match(raw) and classify_label(_LABEL_COLON.match(raw).group(1)) is not None:  # type: ignore[union-attr]
        return None
    first = _gap_cells(text, nxt)
    if not first or classify_label(text[first[0][0] : first[0][1]]) is not None:
        return None
    return first[0]


def _gap_cells(text: str, ln: Line) -> list[tuple[int, int]]:
    """The line split at tabs and at gaps wider than twice the line height (form columns)."""
    cells: list[tuple[int, int]] = []
    prev: Word | None = None
    wide: float | None = None  # twice the line height (a median: computed once, when first needed)
    for w in ln.words:
        if prev is not None:
            gap = w.x0 - prev.x1 if (w.x1 > w.x0 and prev.x1 > prev.x0) else 0.0
            cut = "\t" in text[prev.end : w.start]
            if not cut and gap > 0.0:  # the height is positive: no other gap can be wider
                if wide is None:
                    wide = 2.0 * ln.height
                cut = gap > wide
            if cut:
                cells.append((-1, -1))
        if cells and cells[-1] != (-1, -1):
            cells[-1] = (cells[-1][0], w.end)
        else:
            if cells:
                cells.pop()
            cells.append((w.start, w.end))
        prev = w
    return cells


# ---------------------------------------------------------------------------- blocks

_EMAIL_HEADER = re.compile(
    r"^\s*(?:van|aan|cc|bcc|onderwerp|verzonden|datum|from|to|sent|subject|date|beantwoorden aan|reply-to)\s*:",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*(?:met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|hoogachtend|met\s+(?:hartelijke\s+)?groet(?:en)?"
    r"|groet(?:en|jes)?|(?:kind|best)\s+regards|sincerely|namens\s+(?:deze|het\s+college|de\s+minister)|de\s+(?:minister|staatssecretaris)\s+van\b)"
    r"\s*[,.]?\s*$",
    re.IGNORECASE,
)
_POSTCODE_PLACE = re.compile(r"^\s*[1-9]\d{3}\s?[A-Za-z]{2}(?:\s+|\s*,\s*)(?:'s[- ]|'t\s)?[A-Z][\w'’-]+(?:[ -][\w'’-]+){0,3}\s*$")
_ORG_MARKER = re.compile(
    r"(?i)\b(?:postbus|antwoordnummer|gemeente|provincie|ministerie|waterschap|hoogheemraadschap|rijks\w*|bezoekadres|"
    r"postadres|www\.|https?:|kvk|b\.v\.|\bbv\b|stichting|dienst|politie|inspectie|autoriteit|raad\s+van)"
)


_SENDER_MARKER = re.compile(r"(?i)\b(?:postbus|iban|bic|kvk|telefoon|www\.|bezoekadres|postadres|internet)\b")
_SENDER_STOP = re.compile(r"(?i)^\s*(?:inlichtingen|contactpersoon|behandeld\s+door|behandelaar|uw\s+kenmerk|ons\s+kenmerk|datum|onderwerp|bijlage)")


def _sender_column(page: PageText, pl: Sequence[Line]) -> list[Block]:
    """The sender column of a letter: short lines stacked at one x in the right part of the
    page (name, address, Postbus, telephone, www, KvK, IBAN of the organisation). Stops at
    "Inlichtingen bij" and the like: the contact person named there is personal data."""
    text = page.text
    right = sorted((ln for ln in pl if ln.words and ln.words[0].x0 > 0.55 * page.width), key=lambda ln: -ln.top)
    clusters: list[list[Line]] = []
    for ln in right:
        c = clusters[-1] if clusters else None
        if c and abs(ln.words[0].x0 - c[-1].words[0].x0) <= 3.0 and c[-1].bottom - ln.top <= 1.5 * ln.height:
            c.append(ln)
        else:
            clusters.append([ln])
    out: list[Block] = []
    for c in clusters:
        kept: list[Line] = []
        for ln in c:
            if _SENDER_STOP.match(text[ln.start : ln.end]):
                break
            kept.append(ln)
        if len(kept) >= 2 and any(_SENDER_MARKER.search(text[ln.start : ln.end]) or _ORG_MARKER.search(text[ln.start : ln.end]) for ln in kept):
            out.extend(Block(page.number, ln.start, ln.end, BlockKind.LETTERHEAD) for ln in kept)
    return out


def _norm_running(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _blocks(pages: Sequence[PageText], lines: Sequence[Sequence[Line]]) -> list[Block]:
    out: list[Block] = []
    # Running headers and footers: the same line (digits ignored) near the top or bottom of
    # at least two pages, on at least half the pages.
    if len(pages) >= 2:
        seen: dict[tuple[str, str], set[int]] = {}
        for p, page in enumerate(pages):
            for ln in lines[p]:
                if not ln.words or ln.top <= 0:
                    continue
                where = "top" if ln.top > 0.88 * page.height else "bottom" if ln.bottom < 0.10 * page.height else ""
                if where:
                    seen.setdefault((where, _norm_running(page.text[ln.start : ln.end])), set()).add(p)
        for p, page in enumerate(pages):
            for ln in lines[p]:
                if not ln.words:
                    continue
                for where, kind in (("top", BlockKind.RUNNING_HEADER), ("bottom", BlockKind.RUNNING_FOOTER)):
                    key = (where, _norm_running(page.text[ln.start : ln.end]))
                    ps = seen.get(key, set())
                    if len(ps) >= 2 and len(ps) * 2 >= len(pages) and p in ps:
                        out.append(Block(p, ln.start, ln.end, kind))
    for p, page in enumerate(pages):
        pl = lines[p]
        text = page.text
        k = 0
        while k < len(pl):
            ln = pl[k]
            raw = text[ln.start : ln.end]
            if _EMAIL_HEADER.match(raw):
                j = k
                while j + 1 < len(pl) and (_EMAIL_HEADER.match(text[pl[j + 1].start : pl[j + 1].end]) or not pl[j + 1].words) and j - k < 12:
                    j += 1
                if j > k:
                    out.append(Block(p, ln.start, pl[j].end, BlockKind.EMAIL_HEADER))
                    k = j + 1
                    continue
            if _CLOSING.match(raw):
                j = k
                while j + 1 < len(pl) and j - k < 6 and pl[j + 1].words and len(pl[j + 1].words) <= 8:
                    j += 1
                out.append(Block(p, ln.start, pl[j].end, BlockKind.SIGNATURE))
                k = j + 1
                continue
            if _POSTCODE_PLACE.match(raw) and k > 0:
                j = k
                while j - 1 >= 0 and k - j < 3 and pl[j - 1].words and len(pl[j - 1].words) <= 7 and abs(pl[j - 1].words[0].x0 - ln.words[0].x0) <= 4.0:
                    j -= 1
                if j < k:
                    kind = BlockKind.LETTERHEAD if _ORG_MARKER.search(text[pl[j].start : ln.end]) else BlockKind.ADDRESS_BLOCK
                    out.append(Block(p, pl[j].start, ln.end, kind))
            k += 1
        # Letterhead: the top 15 % of the first page, when it names an organisation (Postbus,
        # Gemeente, www ...): its addresses and numbers are the sender's, not a person's.
        out.extend(_sender_column(page, pl))
        # Only the lines that name it: a form that starts right under the organisation's name
        # is the citizen's, not the letterhead.
        if p == 0:
            head = [ln for ln in pl if ln.words and ln.top > 0.85 * page.height]
            if any(_ORG_MARKER.search(text[ln.start : ln.end]) for ln in head):
                for ln in head:
                    raw = text[ln.start : ln.end]
                    if not _ORG_MARKER.search(raw):
                        continue  # the sender column is read by _sender_column (it stops at a contact person)
                    if not any(b.page == 0 and b.start <= ln.start < b.end for b in out):
                        out.append(Block(0, ln.start, ln.end, BlockKind.LETTERHEAD))
    return out


# ---------------------------------------------------------------------------- entry point


def build_layout(pages: Sequence[PageText]) -> LayoutModel:
    """Read the layout of one document's pages (pure: no I/O, no global state)."""
    lines = tuple(_lines(p) for p in pages)
    columns, cells = _tables(pages, lines)
    fields_: list[Field] = []
    in_table = {(c.page, c.start) for c in cells}
    for p, page in enumerate(pages):
        for f in _fields(page, lines[p]):
            if (f.page, f.value_start) not in in_table:
                fields_.append(f)
    blocks = _blocks(pages, lines)
    by_page: dict[int, list[Cell]] = {}
    for c in cells:
        by_page.setdefault(c.page, []).append(c)
    return LayoutModel(
        lines=lines,
        columns=tuple(columns),
        cells=tuple(cells),
        fields=tuple(fields_),
        blocks=tuple(blocks),
        _cells_by_page={k: tuple(v) for k, v in by_page.items()},
    )


#: Layouts of the last few documents asked about, oldest first, keyed by the pages' identities.
_RECENT: OrderedDict[tuple[int, ...], tuple[tuple[PageText, ...], LayoutModel]] = OrderedDict()
#: Layouts a caller asked to keep (:func:`keep_layout`) until it releases them.
_KEPT: dict[tuple[int, ...], tuple[tuple[PageText, ...], LayoutModel]] = {}
#: How many documents :data:`_RECENT` holds: the layout detector, the decision stage and the
#: check of the file name (a one-page document of its own) ask one after the other. Older
#: documents than the newest are kept only within :data:`RECENT_PAGES` pages (memory).
RECENT_DOCUMENTS = 4
RECENT_PAGES = 100


def _ids(pages: Sequence[PageText]) -> tuple[int, ...]:
    return tuple(id(p) for p in pages)


def _lookup(pages: tuple[PageText, ...]) -> LayoutModel | None:
    ids = _ids(pages)
    for store in (_KEPT, _RECENT):
        hit = store.get(ids)
        if hit is not None and len(hit[0]) == len(pages) and all(a is b for a, b in zip(hit[0], pages)):
            return hit[1]
    return None


def layout_of(pages: Sequence[PageText]) -> LayoutModel:
    """:func:`build_layout`, remembered for the last few documents and for kept ones.

    The layout detector and the decision stage (person model) ask about the same document one
    after the other; this reads its layout once. Keyed by the page objects themselves (kept
    alive in the cache, so their identity is stable), never by content.
    """
    key = tuple(pages)
    model = _lookup(key)
    if model is not None:
        return model
    model = build_layout(key)
    _RECENT[_ids(key)] = (key, model)
    pages_held = sum(len(k) for k, _ in _RECENT.values())
    while len(_RECENT) > 1 and (len(_RECENT) > RECENT_DOCUMENTS or pages_held > RECENT_PAGES + len(key)):
        pages_held -= len(_RECENT.popitem(last=False)[1][0])
    return model


def keep_layout(pages: Sequence[PageText]) -> bool:
    """Keep the layout already read for these page objects until :func:`release_layout`.

    A bundle's second pass decides again on the very page objects of its first pass (the
    runner keeps the extraction), after every other document was read: without this it would
    read each layout twice. Returns whether a layout was there to keep (nothing is built).
    """
    key = tuple(pages)
    model = _lookup(key)
    if model is None:
        return False
    _KEPT[_ids(key)] = (key, model)
    return True


def release_layout(pages: Sequence[PageText] | None = None) -> None:
    """Forget a kept layout (``None``: every kept layout)."""
    if pages is None:
        _KEPT.clear()
    else:
        _KEPT.pop(_ids(pages), None)


def iter_typed_spans(model: LayoutModel) -> Iterable[tuple[int, int, int, FieldType, str, str]]:
    """``(page, start, end, type, rule, label)`` for every typed cell and field value."""
    for c in model.cells:
        if c.column.ftype is not None and c.column.ftype is not FieldType.OTHER:
            yield c.page, c.start, c.end, c.column.ftype, "column", c.column.header
    for f in model.fields:
        yield f.page, f.value_start, f.value_end, f.ftype, "field", f.label
