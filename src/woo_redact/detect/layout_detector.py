"""Layout detector: values typed by the column header above them or the form label before them.

Why: registers, spreadsheet exports and forms carry personal data whose format alone says
little (a date is only a birth date under ``Geb.datum``, ``Oudegracht 231`` is only an address
under ``Adres melder``, ``jdevries01`` only an account under ``Gebruiker``). The layout model
(:mod:`woo_redact.detect.layout`) says which column or field a span is in; this detector turns
typed cells and field values into detections, checking each value's shape for its type.

Rules (detector name ``woo.layout.<rule>``; each switched off with ``[rules] disabled =
["layout.<rule>"]``):

* ``column`` — a cell under a typed column header (across page breaks);
* ``field`` — the value of a typed form field (``Label: value``, label and value cells, value
  on the next line);
* ``address_block`` — in a letter's address block, the street line right above a
  ``postcode place`` line (streets without a street-type word included);
* ``organisation_row`` — (a filter, not a source) a row whose name cell is an organisation
  (``B.V.``, ``Stichting``, ``Gemeente``) keeps its address, postcode, phone and e-mail.

Explanations name the rule and the header or label (never the value).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterator, Sequence

from ..types import Detection, EntityType, PageText
from .layout import BlockKind, FieldType, LayoutModel, classify_label, layout_of
from .recognizers._base import elfproef, mod97

VERSION = "1"


class LayoutRule(str, enum.Enum):
    """The detector's rules; ``woo.layout.<value>`` is the detector name and the policy switch."""

    COLUMN = "column"
    FIELD = "field"
    ADDRESS_BLOCK = "address_block"
    ORGANISATION_ROW = "organisation_row"


RULES = tuple(LayoutRule)

_ENTITY: dict[FieldType, EntityType] = {
    FieldType.PERSON: EntityType.PERSON,
    FieldType.PHONE: EntityType.PHONE,
    FieldType.EMAIL: EntityType.EMAIL,
    FieldType.ADDRESS: EntityType.ADDRESS,
    FieldType.POSTCODE: EntityType.POSTCODE,
    FieldType.DATE_OF_BIRTH: EntityType.DATE_OF_BIRTH,
    FieldType.BSN: EntityType.BSN,
    FieldType.IBAN: EntityType.IBAN,
    FieldType.LICENSE_PLATE: EntityType.LICENSE_PLATE,
    FieldType.ID_NUMBER: EntityType.ID_NUMBER,
}

_ORG = re.compile(
    r"(?i)(?<!\w)(?:b\.?v\.?|n\.?v\.?|gmbh|ltd|v\.o\.f\.?|vof|stichting|vereniging|coöperatie|cooperatie|"
    r"gemeente|provincie|ministerie|waterschap|holding|groep|group|bedrijf|kerk|school|politie|brandweer|"
    r"ggd|uwv|svb|duo|rdw|cak|team|afdeling|dienst|bureau|centrum|omgevingsdienst|veiligheidsregio|inc\.?|"
    r"s\.a\.|bvba|vzw|maatschap|c\.v\.|advocaten|notarissen|makelaars|installaties|bouw|bouwbedrijf|"
    r"transport|zorg|wonen|woningcorporatie|supermarkt|restaurant|café|hotel)(?!\w)"
)
_PLACEHOLDER = re.compile(
    r"(?i)^(?:n\.?v\.?t\.?|nvt|onbekend|anoniem|geen|niet\s+bekend|-+|—|–|\?+|x+|nee|ja|idem|zie\s.*|leeg|"
    r"n/?a|none|unknown|\*+|\.+|/|ntb|volgt|privé|prive|afgeschermd|geheim|vertrouwelijk)$"
)
_HONORIFIC = re.compile(r"(?i)^(?:de\s+heer|mevrouw|mevr\.?|mw\.?|dhr\.?|hr\.?|mr\.?|drs\.?|dr\.?|ir\.?|ing\.?|prof\.?)\s+")
_POSTCODE_ANY = re.compile(r"(?<![\w-])[1-9]\d{3}[ \u00a0]?(?:[A-Z]{2}|[a-z]{2})(?![\w-])")
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}")
_PHONE_RUN = re.compile(r"(?:\+|00)?\(?\d[\d ()./\u00a0-]*\d")
_DATE_NUM = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATE_PARTS = re.compile(rf"(?i)^(?:\d{{1,2}}[ .\u00a0]*(?:{_MONTHS})\.?(?:[ \u00a0]+\d{{4}})?|\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})$")
_ADDRESS_AFTER_NAME = re.compile(r",\s*(?P<a>[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,4}\s+[1-9]\d{0,4}(?:[ -]?[A-Za-z]{1,3}|[-/]\d{1,3}|\s(?:bis|hs))?)\s*$")
_DATE_AFTER_NAME = re.compile(
    rf"(?i)\s*[,(]\s*(?:geb(?:oren)?\.?\s*)?(?P<d>\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}})\)?\s*[,;.]?\s*$"
)
_PLATE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]{1,3}(?:-?[A-Z0-9]{1,3}){1,2}(?![\w-])")
_HOUSE_NUMBER = re.compile(r"(?:^|\s)[1-9]\d{0,4}(?:[ -]?[A-Za-z]{1,3}\b|[-/]\d{1,3}\b| bis\b| hs\b)?\s*$")


class LayoutDetector:
    """Types cells under typed column headers and values of typed form fields."""

    name = "woo.layout"
    version = VERSION

    def __init__(self, policy: object | None = None) -> None:
        # Policy switch: [rules] disabled = ["layout.column"] (the detector name without "woo.";
        # the full detector name "woo.layout.column" is accepted too).
        self._enabled = {
            r
            for r in LayoutRule
            if policy is None or (_rule_enabled(policy, f"layout.{r.value}") and _rule_enabled(policy, f"{self.name}.{r.value}"))
        }

    def detect_pages(self, pages: Sequence[PageText]) -> list[list[Detection]]:
        """Detections per page, offsets into each ``page.text``."""
        out: list[list[Detection]] = [[] for _ in pages]
        if not pages or not (self._enabled - {LayoutRule.ORGANISATION_ROW}):
            return out
        model = layout_of(pages)
        org_rows = self._organisation_rows(pages, model) if LayoutRule.ORGANISATION_ROW in self._enabled else set()
        index = {p.number: i for i, p in enumerate(pages)}
        for page_no, start, end, ftype, rule, label in self._typed(model):
            i = index.get(page_no, page_no)
            if not 0 <= i < len(pages):
                continue
            page = pages[i]
            if ftype is not FieldType.PERSON and (page_no, _line_of(page.text, start)) in org_rows:
                continue
            if model.block_at(page_no, start) in (BlockKind.LETTERHEAD, BlockKind.RUNNING_HEADER, BlockKind.RUNNING_FOOTER) and rule is not LayoutRule.COLUMN:
                continue
            if classify_label(label) is None:
                label = ftype.value.lower()  # never echo header words we do not know (could be data)
            for s, e, entity, score, what in _values(page.text, start, end, ftype, rule is LayoutRule.COLUMN):
                where = f"under column header '{label}'" if rule is LayoutRule.COLUMN else f"after form label '{label}'"
                expl = f"{entity.value}: layout rule '{rule.value}': {what} {where}"
                out[i].append(Detection(s, e, entity, score, f"{self.name}.{rule.value}", expl))
        if LayoutRule.ADDRESS_BLOCK in self._enabled:
            for i, page in enumerate(pages):
                out[i].extend(self._address_blocks(page, model))
        return out

    def _typed(self, model: LayoutModel) -> Iterator[tuple[int, int, int, FieldType, LayoutRule, str]]:
        if LayoutRule.COLUMN in self._enabled:
            for c in model.cells:
                if c.column.ftype in _ENTITY:
                    yield c.page, c.start, c.end, c.column.ftype, LayoutRule.COLUMN, c.column.header
        if LayoutRule.FIELD in self._enabled:
            for f in model.fields:
                if f.ftype in _ENTITY:
                    yield f.page, f.value_start, f.value_end, f.ftype, LayoutRule.FIELD, f.label

    @staticmethod
    def _organisation_rows(pages: Sequence[PageText], model: LayoutModel) -> set[tuple[int, int]]:
        """Rows (page, line start) whose name cell names an organisation, not a person."""
        index = {p.number: i for i, p in enumerate(pages)}
        rows: set[tuple[int, int]] = set()
        for c in model.cells:
            if c.column.ftype is FieldType.PERSON:
                text = pages[index.get(c.page, c.page)].text
                if _ORG.search(text[c.start : c.end]) or _ORG_WORD.search(text[c.start : c.end]):
                    rows.add((c.page, _line_of(text, c.start)))
        return rows

    @staticmethod
    def _address_blocks(page: PageText, model: LayoutModel) -> list[Detection]:
        out: list[Detection] = []
        text = page.text
        for b in model.blocks:
            if b.page != page.number or b.kind is not BlockKind.ADDRESS_BLOCK:
                continue
            lines = text[b.start : b.end].split("\n")
            if len(lines) < 2:
                continue
            street = lines[-2]
            s = b.start + sum(len(x) + 1 for x in lines[:-2])
            raw = street.strip()
            if not raw or not _HOUSE_NUMBER.search(raw) or _ORG.search(raw) or re.match(r"(?i)postbus|antwoordnummer", raw):
                continue
            if not re.match(r"[A-ZÀ-Ý'’]", raw):
                continue
            lead = len(street) - len(street.lstrip())
            out.append(
                Detection(
                    s + lead, s + lead + len(raw), EntityType.ADDRESS, 0.8, "woo.layout.address_block",
                    "ADDRESS: layout rule 'address_block': street line above a postcode and place in a letter's address block",
                )
            )
            pc_line = lines[-1]
            ps = b.end - len(pc_line)
            m = _POSTCODE_ANY.search(pc_line)
            if m:
                out.append(
                    Detection(
                        ps + m.start(), ps + m.end(), EntityType.POSTCODE, 0.8, "woo.layout.address_block",
                        "POSTCODE: layout rule 'address_block': postcode line of a letter's address block",
                    )
                )
        return out


def _rule_enabled(policy: object, name: str) -> bool:
    check = getattr(policy, "rule_enabled", None)
    return bool(check(name)) if callable(check) else True


def _line_of(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _values(text: str, start: int, end: int, ftype: FieldType, in_column: bool = False) -> Iterator[tuple[int, int, EntityType, float, str]]:
    """The spans inside ``text[start:end]`` that have the shape of ``ftype``'s values."""
    value = text[start:end]
    stripped = value.strip(" \t,;:()[]")
    if not stripped or _PLACEHOLDER.match(stripped):
        return
    lead = value.find(stripped)
    s0, e0 = start + lead, start + lead + len(stripped)
    if ftype is FieldType.PERSON:
        yield from _person(text, s0, e0)
    elif ftype in (FieldType.PHONE, FieldType.EMAIL):
        yield from _contact(text, s0, e0, wrapped_ok=in_column)
    elif ftype is FieldType.POSTCODE:
        for m in _POSTCODE_ANY.finditer(text, s0, e0):
            yield m.start(), m.end(), EntityType.POSTCODE, 0.85, "postcode"
    elif ftype is FieldType.ADDRESS:
        yield from _address(text, s0, e0)
    elif ftype is FieldType.DATE_OF_BIRTH:
        yield from _birth_date(text, s0, e0)
    elif ftype is FieldType.BSN:
        d = re.sub(r"\D", "", stripped)
        if 8 <= len(d) <= 9 and re.fullmatch(r"[\d .-]+", stripped):
            ok = elfproef(d.zfill(9))
            yield s0, e0, EntityType.BSN, 0.9 if ok else 0.7, "number passing the 11-proef" if ok else "number (11-proef fails)"
    elif ftype is FieldType.IBAN:
        for m in re.finditer(r"[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){8,30}|\d[\d ]{1,}\d", text[s0:e0]):
            compact = m.group(0).replace(" ", "")
            ok = compact[:2].isalpha() and mod97(compact)
            yield s0 + m.start(), s0 + m.end(), EntityType.IBAN, 0.9 if ok else 0.65, "IBAN passing mod-97" if ok else "account number (part)"
    elif ftype is FieldType.LICENSE_PLATE:
        for m in _PLATE.finditer(text, s0, e0):
            if 4 <= len(m.group(0).replace("-", "")) <= 8:
                yield m.start(), m.end(), EntityType.LICENSE_PLATE, 0.85, "plate-shaped value"
    elif ftype is FieldType.ID_NUMBER:
        if len(stripped) <= 40 and len(stripped.split()) <= 3 and (re.search(r"\d", stripped) or re.fullmatch(r"[a-z][a-z0-9._-]{2,}", stripped)):
            yield s0, e0, EntityType.ID_NUMBER, 0.75, "identifier"


_PARTICLES = frozenset("van de der den het 't ter ten te la le el al bin ben da dos du del von zu op in v/d v.d. vd".split())
_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý][a-z]?\.){1,5},?$")
_NAME_WORD = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’]*(?:-[A-Za-zÀ-ÿ'’]+)*[,.]?$|^[A-ZÀ-Ý'’-]{2,}[,.]?$")


def _person(text: str, s: int, e: int) -> Iterator[tuple[int, int, EntityType, float, str]]:
    value = text[s:e]
    if re.fullmatch(r"[a-z][a-z0-9._-]*\d[a-z0-9._-]*", value):
        yield s, e, EntityType.ID_NUMBER, 0.7, "account name"
        return
    # "Nicole Veenstra, 14 augustus 2004" in a person field: the name and the birth date.
    dm = _DATE_AFTER_NAME.search(value)
    if dm is not None:
        ds, de = s + dm.start("d"), s + dm.end("d")
        if any(True for _ in _birth_date(text, ds, de)):
            yield ds, de, EntityType.DATE_OF_BIRTH, 0.75, "date after a name in a person field"
        e = s + dm.start()
        value = text[s:e]
    m = _HONORIFIC.match(value)
    if m and m.end() < len(value):
        s += m.end()
        value = text[s:e]
    part = _name_part(value)
    if part != value:
        rest = value[len(part) :]
        am = _ADDRESS_AFTER_NAME.match(rest)
        if am is not None:  # "Hettinga, Dorpsweg 12": the person's address in the same field
            yield s + len(part) + am.start("a"), s + len(part) + am.end("a"), EntityType.ADDRESS, 0.7, "address after a name in a person field"
        e = s + len(part)
        value = part
    if not _looks_like_name(value):
        return
    yield s, e, EntityType.PERSON, 0.75, "name"


_ORG_WORD = re.compile(
    r"(?i)\w*(?:kantoor|bureau|bedrijf|bedrijven|groep|centrum|dienst|advocaten|notariaat|praktijk|instituut|"
    r"stichting|vereniging|corporatie|maatschappij|fonds|federatie|coöperatie)\b"
)


def _name_part(value: str) -> str:
    """``Kuijt, Advocatenkantoor X`` -> ``Kuijt``; ``Jansen, P.`` stays whole (surname, initials)."""
    left, sep, right = value.partition(",")
    if not sep:
        return value
    right = right.strip()
    initials = bool(right) and _INITIALS.match(right.split()[0]) is not None
    if _ORG.search(right) or _ORG_WORD.search(right) or (not _looks_like_name(right) and not initials):
        return left.rstrip()
    return value


def _looks_like_name(value: str) -> bool:
    """Name-shaped: capitalised words, initials and particles only, and not ordinary words.

    A typed column or label is strong evidence, but forms print instructions ("Selecteer
    datum"), headings and technical field names where a name is expected.
    """
    if _ORG.search(value) or _ORG_WORD.search(value) or re.search(r"[\d@:?()!/_|\t]", value):
        return False
    words = value.split()
    if not 1 <= len(words) <= 5:
        return False
    core: list[str] = []
    for w in words:
        if w.lower() in _PARTICLES:
            continue
        if _INITIALS.match(w):
            continue
        if not _NAME_WORD.match(w):
            return False
        core.append(w.strip(",."))
    if not core:
        return bool(words) and all(_INITIALS.match(w) for w in words) is False
    if all(w.isupper() for w in core) and len(words) == 1 and len(core[0]) <= 6:
        return False  # "ID", "SUREND": a code, not a surname
    if classify_label(value) is not None:
        return False  # the value is itself a header word ("Contactpersoon", "Datum")
    return any(_name_evidence(w) for w in core)


def _name_evidence(word: str) -> bool:
    from . import gazetteer

    if gazetteer.is_first_name(word) or gazetteer.is_surname(word):
        return True
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return True
    w = word.lower()
    return float(zipf_frequency(w, "nl")) < 3.0 and float(zipf_frequency(w, "en")) < 3.5


def _contact(text: str, s: int, e: int, wrapped_ok: bool = False) -> Iterator[tuple[int, int, EntityType, float, str]]:
    taken: list[tuple[int, int]] = []
    for m in _EMAIL.finditer(text, s, e):
        taken.append(m.span())
        yield m.start(), m.end(), EntityType.EMAIL, 0.9, "e-mail address"
    for m in _PHONE_RUN.finditer(text, s, e):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        nd = sum(c.isdigit() for c in m.group(0))
        if nd >= 9:
            yield m.start(), m.end(), EntityType.PHONE, 0.85, "phone number"
        elif wrapped_ok and 3 <= nd <= 6 and m.start() == s and m.end() == e:
            yield m.start(), m.end(), EntityType.PHONE, 0.6, "continuation of a phone number wrapped in its cell"


def _address(text: str, s: int, e: int) -> Iterator[tuple[int, int, EntityType, float, str]]:
    value = text[s:e]
    if re.match(r"(?i)postbus|antwoordnummer", value) or _ORG.search(value):
        return
    if not re.match(r"[A-ZÀ-Ý0-9'’]", value) or re.search(r"[?!:]", value):
        return  # "geen openbare informatie", "Vooraf ingevuld antwoord?"
    if not re.search(r"\d", value) and any(w[:1].islower() and w.lower() not in _PARTICLES for w in value.split()):
        return  # a street name is capitalised word by word ("Laan van Meerdervoort")
    pc = _POSTCODE_ANY.search(value)
    street_end = pc.start() if pc else len(value)
    street = value[:street_end].rstrip(" ,\t")
    if street and (re.search(r"[A-Za-zÀ-ÿ]", street) or re.fullmatch(r"[1-9]\d{0,4}\S{0,6}(?: \S{1,4})?", street)):
        score = 0.8 if re.search(r"\d", street) else 0.7
        yield s, s + len(street), EntityType.ADDRESS, score, "street and house number" if score == 0.8 else "street name"
    if pc:
        yield s + pc.start(), s + pc.end(), EntityType.POSTCODE, 0.85, "postcode"


def _birth_date(text: str, s: int, e: int) -> Iterator[tuple[int, int, EntityType, float, str]]:
    value = text[s:e]
    found = False
    for m in _DATE_NUM.finditer(value):
        if _plausible_birth(m):
            found = True
            yield s + m.start(), s + m.end(), EntityType.DATE_OF_BIRTH, 0.85, "date"
    if not found and _DATE_PARTS.match(value.strip()):
        years = [int(y) for y in re.findall(r"\d{4}", value)]
        if all(1900 <= y <= dt.date.today().year for y in years):
            yield s, e, EntityType.DATE_OF_BIRTH, 0.8, "date (or part of a date wrapped in its cell)"


def _plausible_birth(m: re.Match[str]) -> bool:
    try:
        if m.group(4):
            d = dt.date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
        else:
            year = int(m.group(3))
            if len(m.group(3)) == 2:
                year += 1900 if year > dt.date.today().year % 100 else 2000
            d = dt.date(year, int(m.group(2)), int(m.group(1)))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= d <= dt.date.today()
