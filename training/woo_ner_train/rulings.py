"""Real Dutch text with gold person spans: published court rulings with their markers refilled.

    python -m woo_ner_train.rulings export GIT_DIR OUT_DIR --manifest sources/rechtspraak_rulings.tsv
    python -m woo_ner_train.rulings show RULINGS_DIR [--n 5] --data-dir DATA

Rechtspraak.nl publishes rulings pseudonymised: a party's name is replaced by a marker such as
``[eiser]``, ``[appellante]``, ``[naam 1]`` or ``[A]``, places and dates by ``[woonplaats]`` or
``[geboortedatum]``. A marker shows exactly where a name stood, so refilling it with a sampled
name gives a gold ``PER`` span in real legal prose (exact offsets, written as we build the text).
Judges, clerks and lawyers stay in clear text after ``mr.``/``mrs.``; those names are labelled
``PER`` by a narrow rule (title + initials/tussenvoegsel + capitalised surname). Every other
capitalised token that no rule explains is marked *missing* (``ent_iob 0``: no loss), as for
Europeana, so the model is not taught that an unlabelled name in the ruling is ``O``.

Licence: judicial decisions are not protected by copyright (art. 11 Auteurswet); the
Rechtspraak open-data service publishes them as public domain. The XML files are read from a
git mirror of a repository that packages a sample of them (MIT-licensed code repository); the
files are *not* committed here: ``export`` recreates them from the mirror, and the committed
manifest (``training/sources/rechtspraak_rulings.tsv``) records repository, commit, path,
ECLI and SHA-256 of each file.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from . import names as N

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Ent = tuple[int, int, str]


class MarkerKind(Enum):
    """What a pseudonymisation marker stood for."""

    PERSON = "person"
    PERSONS = "persons"  # plural role: two people
    PLACE = "place"
    ORG = "org"
    DATE = "date"
    ADDRESS = "address"
    NUMBER = "number"
    KEEP = "keep"  # editorial insertion or unknown: the text stays, capitals become missing


_PERSON_ROLES = frozenset("""
eiser eiseres gedaagde appellant appellante geïntimeerde geintimeerde verdachte medeverdachte
slachtoffer betrokkene verzoeker verzoekster verweerder verweerster belanghebbende naam persoon
getuige aangever aangeefster vennoot maat man vrouw dochter zoon kind minderjarige moeder vader
erflater erfgenaam werknemer werkneemster cliënt client partner echtgenoot echtgenote broer zus
zuster kleinkind opa oma grootvader grootmoeder verzekerde patiënt patient huurder verhuurder koper
verkoper verbalisant opsporingsambtenaar rechercheur deskundige arts psycholoog huisarts directeur
eigenaar bewoner buurman buurvrouw gemachtigde opposant requestrant legator aanvrager ex-man
ex-vrouw ex-partner projectmanager taxateur notaris curator klant voorzitter medewerker
reclasseringsmedewerker benadeelde aangeslagene voornaam achternaam roepnaam
""".split())
_PLURAL_ROLES = frozenset("""
eisers eiseressen gedaagden appellanten geïntimeerden geintimeerden verdachten medeverdachten
verzoekers slachtoffers betrokkenen erfgenamen ouders kinderen namen vennoten maten
""".split())
_PLACE = frozenset("woonplaats plaats geboorteplaats vestigingsplaats plaatsnaam stad dorp".split())
_ORG = frozenset("bedrijf onderneming vennootschap stichting v.o.f. b.v. bv holding".split())
_DATE = frozenset("geboortedatum datum geboortejaar dag".split())
_ADDRESS = frozenset("adres straat straatnaam locatie perceel a-straat b-straat c-straat c-weg postcode".split())
_NUMBER = frozenset("nummer kenteken rekeningnummer telefoonnummer bsn aanslagnummer sectienummer parketnummer".split())

_MARKER = re.compile(r"\[([^\[\]\n]{1,40})\]")
_LETTERS = re.compile(r"^[A-Z]{1,2}\.?$|^[A-Z]{2}--[A-Z]{2}$")


def classify_marker(label: str) -> MarkerKind:
    """The kind of a marker's content, e.g. ``eiser`` -> PERSON, ``woonplaats 2`` -> PLACE.

    Numbering (``naam 1``, ``appellant sub 4``, ``vennoot B``), articles and case are ignored;
    a marker whose words name no known role (``is``, ``heeft``, ``...``) is KEEP."""
    raw = label.strip()
    if _LETTERS.match(raw):
        return MarkerKind.PERSON
    low = raw.lower()
    if any(w in _ORG for w in low.split()):  # "naam v.o.f.", "bedrijf 2"
        return MarkerKind.ORG
    low = re.sub(r"\bsub\s*\d+\b", " ", low)
    low = re.sub(r"\d+|\b[a-z]\b(?!-)", " ", low)
    words = [w for w in re.split(r"\s+", low) if w and w not in ("de", "het", "een", "van", "der")]
    if not words:
        return MarkerKind.KEEP
    head = words[0]
    # compounds written glued: "appellantb", "gedaagde1" were cut at the digit already
    for table, kind in ((_PLURAL_ROLES, MarkerKind.PERSONS), (_PERSON_ROLES, MarkerKind.PERSON),
                        (_PLACE, MarkerKind.PLACE), (_ORG, MarkerKind.ORG), (_DATE, MarkerKind.DATE),
                        (_ADDRESS, MarkerKind.ADDRESS), (_NUMBER, MarkerKind.NUMBER)):
        if head in table or head.rstrip(".") in table:
            return kind
        if len(words) <= 3 and any(w in table for w in words) and kind in (MarkerKind.PERSON, MarkerKind.ORG):
            # "naam slachtoffer", "voornaam getuige", "naam v.o.f."
            return MarkerKind.ORG if any(w in _ORG for w in words) else kind
    m = re.match(r"^(appellant|appellante|gedaagde|eiser|eiseres|geïntimeerde)[a-z]$", head)
    if m:
        return MarkerKind.PERSON
    return MarkerKind.KEEP


# --------------------------------------------------------------------------------------
# reading the XML

_BLOCK_TAGS = ("para", "title")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def ruling_paragraphs(xml_text: str) -> list[str]:
    """The paragraphs of the decision (``<uitspraak>``/``<conclusie>``), one string each.

    ``<para>`` and ``<title>`` elements that contain no other paragraph are the blocks;
    the ``inhoudsindicatie`` summary and RDF metadata are skipped."""
    root = ET.fromstring(xml_text)
    bodies = [el for el in root.iter() if _local(el.tag) in ("uitspraak", "conclusie")]
    out: list[str] = []
    for body in bodies:
        for el in body.iter():
            if _local(el.tag) not in _BLOCK_TAGS:
                continue
            if any(_local(c.tag) in _BLOCK_TAGS for c in el.iter() if c is not el):
                continue
            text = re.sub(r"\s+", " ", "".join(el.itertext())).strip()
            if text:
                out.append(text)
    return out


# --------------------------------------------------------------------------------------
# names for the markers


@dataclass
class Cast:
    """Who stands behind each marker of one ruling: the same marker is the same person."""

    rng: random.Random
    people: dict[str, object] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    orgs: dict[str, str] = field(default_factory=dict)

    def person(self, key: str) -> object:
        if key not in self.people:
            self.people[key] = _new_person(self.rng)
        return self.people[key]

    def place(self, key: str) -> str:
        if key not in self.places:
            self.places[key] = self.rng.choice(N.places("train"))
        return self.places[key]

    def org(self, key: str) -> str:
        if key not in self.orgs:
            self.orgs[key] = _new_org(self.rng)
        return self.orgs[key]


_INTL: dict[str, tuple[str, ...]] = {}


def _intl_names(kind: str) -> tuple[str, ...]:
    """International first/family names of the shipped gazetteer (train split only)."""
    if kind not in _INTL:
        import gzip

        base = Path(__file__).resolve().parents[2] / "src" / "woo_redact" / "data" / "names"
        path = base / ("first_names_intl.txt" if kind == "first" else "surnames_intl.txt.gz")
        opener = gzip.open if path.suffix == ".gz" else open
        items: list[str] = []
        try:
            with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
                for line in fh:
                    if line.startswith("#") or not line.strip():
                        continue
                    name = line.split("\t", 1)[0].strip()
                    if name[:1].isupper() and not N.in_eval_split(name):
                        items.append(name)
        except FileNotFoundError:  # pragma: no cover - a checkout always has them
            items = []
        _INTL[kind] = tuple(items)
    return _INTL[kind]


def _new_person(rng: random.Random) -> object:
    from .synth import NameSource, Person

    src = NameSource(rng, "train")
    p = src.person()
    if rng.random() < 0.35 and _intl_names("first") and _intl_names("surname"):
        first = rng.choice(_intl_names("first"))
        sur = N.Surname("", rng.choice(_intl_names("surname")))
        return Person(first, [], sur, None, p.female)
    return p


def _new_org(rng: random.Random) -> str:
    from .synth import ORG_STEMS, ORG_WORDS

    r = rng.random()
    if r < 0.4:
        return f"{rng.choice(ORG_STEMS)} {rng.choice(ORG_WORDS)} B.V."
    if r < 0.7:
        return f"{rng.choice(ORG_STEMS)}{rng.choice(ORG_WORDS).lower()} B.V."
    if r < 0.85:
        return f"{rng.choice(N.cbs_surnames('train'))} {rng.choice(ORG_WORDS)}"
    return f"Stichting {rng.choice(ORG_STEMS)}"


_CHILD = ("kind", "dochter", "zoon", "minderjarige", "kleinkind", "roepnaam", "voornaam")


def person_text(p: object, rng: random.Random, key: str, form: str | None = None) -> str:
    """One mention of the marker's person in a form rulings and Woo text use (or ``form``)."""
    from .synth import person_segs

    low = key.lower()
    if form is not None:
        pass
    elif any(c in low for c in _CHILD):
        form = "first" if rng.random() < 0.8 else "full"
    elif "achternaam" in low:
        form = "sur"
    else:
        form = rng.choices(["sur", "full", "init", "first_mid", "rev_init"], [40, 27, 25, 4, 4])[0]
    segs = person_segs(p, rng, form=form, title=False)  # type: ignore[arg-type]
    return "".join(t for t, lab in segs if lab == "PER")


def _date(rng: random.Random) -> str:
    from .synth import MONTHS

    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1935, 2005)}"


def _address(rng: random.Random) -> str:
    from .synth import STREET_CORES, STREET_SUFFIX

    return f"{rng.choice(STREET_CORES)}{rng.choice(STREET_SUFFIX)} {rng.randint(1, 180)}"


def _number(rng: random.Random, key: str) -> str:
    if "kenteken" in key.lower():
        return f"{rng.randint(10, 99)}-{''.join(rng.choice('BDFGHJKLNPRSTVXZ') for _ in range(3))}-{rng.randint(1, 9)}"
    return str(rng.randint(10_000, 99_999_999))


# --------------------------------------------------------------------------------------
# clear-text names after a title (judges, clerks, lawyers)

_TV = r"(?:van der|van den|van de|van 't|van|de|der|den|ter|ten|te|in 't|'t|la|le|du|da|op de|von)"
_TV_CAP = r"(?:Van der|Van den|Van de|Van 't|Van|De|Den|Ter|Ten|Te|In 't|La|Le|Du|Da|Op de|Von)"
_SUR = r"[A-Z][a-zà-öø-ÿ'’]+(?:-(?:" + _TV + r" )?[A-Z][a-zà-öø-ÿ'’]+)?"
_INIT = r"(?:(?:[A-Z][a-z]{0,2}\.) ?){1,5}"
_NAME_INIT = rf"{_INIT}(?:{_TV} )?{_SUR}"
_NAME = rf"(?:{_NAME_INIT}|(?:{_TV_CAP} )?{_SUR})"
_TITLED = re.compile(
    rf"(?<![\w.])(?:[Mm]rs?\.|[Dd]r\.|[Pp]rof\.|[Dd]rs\.|[Ii]r\.)(?: ?(?:dr|drs|ir|mr|prof)\.)* ?"
    rf"(?P<first>{_NAME})(?P<rest>(?:(?:, | en )(?:mr\. )?{_NAME_INIT})*)"
)
_NOT_SURNAME = frozenset("""Het De Een Deze Die Dit Dat In Op Bij Met Van Voor Na Naar Uit Aan Ook
Hof Raad Rechtbank Art Artikel Zie Nr Bijlage Hoge""".split())


def titled_names(text: str) -> list[tuple[int, int]]:
    """Character spans of names written after ``mr.``/``mrs.``/``dr.``/``prof.``/``drs.``/``ir.``.

    Only the name is returned (the title stays outside); after ``mrs.`` a list of names with
    initials (``mrs. A.B. Jansen, C. de Vries en E. Smit``) gives one span each."""
    spans: list[tuple[int, int]] = []
    for m in _TITLED.finditer(text):
        s, e = m.span("first")
        core = text[s:e].split()[-1].split("-")[0]
        if core in _NOT_SURNAME:
            continue
        spans.append((s, e))
        pos = m.start("rest")
        for sub in re.finditer(rf"(?:, | en )(?:mr\. )?(?P<n>{_NAME_INIT})", m.group("rest")):
            spans.append((pos + sub.start("n"), pos + sub.end("n")))
    return spans


# --------------------------------------------------------------------------------------
# refilling a paragraph

_FIXED_ORGS = ("Hoge Raad der Nederlanden", "Hoge Raad", "Raad van State", "Centrale Raad van Beroep",
               "College van Beroep voor het bedrijfsleven", "Openbaar Ministerie", "Belastingdienst",
               "Staat der Nederlanden", "Uwv", "UWV", "Sociale Verzekeringsbank", "Immigratie- en Naturalisatiedienst")
_FIXED_ORG_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(o) for o in _FIXED_ORGS) + r")(?!\w)")


@dataclass(frozen=True)
class Filled:
    """A paragraph with markers replaced: text, gold entity spans, and spans left unlabelled."""

    text: str
    ents: tuple[Ent, ...]
    kept_markers: tuple[tuple[int, int], ...]
    n_markers: int
    o_spans: tuple[tuple[int, int], ...] = ()  # fills that are O by convention (streets, dates)


def refill(paragraph: str, cast: Cast) -> Filled:
    """Replace every marker of ``paragraph``; label the fills and the clear-text titled names."""
    rng = cast.rng
    parts: list[str] = []
    ents: list[Ent] = []
    kept: list[tuple[int, int]] = []
    o_spans: list[tuple[int, int]] = []
    pos = 0
    last = 0
    n = 0
    for m in _MARKER.finditer(paragraph):
        before = paragraph[last:m.start()]
        parts.append(before)
        pos += len(before)
        last = m.end()
        key = m.group(1).strip()
        kind = classify_marker(key)
        n += 1
        norm = re.sub(r"\s+", " ", key.lower())
        if kind is MarkerKind.PERSON:
            fill = person_text(cast.person(norm), rng, key)
            label: str | None = "PER"
            # "[eiser] B.V." is a company
            if re.match(r"\s*(?:B\.V\.|N\.V\.|V\.O\.F\.|BV\b)", paragraph[m.end():]):
                fill, label = cast.org(norm).replace(" B.V.", ""), "ORG"
        elif kind is MarkerKind.PERSONS:
            a = person_text(cast.person(norm + "#1"), rng, key)
            b = person_text(cast.person(norm + "#2"), rng, key)
            ents.append((pos, pos + len(a), "PER"))
            ents.append((pos + len(a) + 4, pos + len(a) + 4 + len(b), "PER"))
            fill = f"{a} en {b}"
            parts.append(fill)
            pos += len(fill)
            continue
        elif kind is MarkerKind.PLACE:
            fill, label = cast.place(norm), "LOC"
        elif kind is MarkerKind.ORG:
            fill, label = cast.org(norm), "ORG"
        elif kind is MarkerKind.DATE:
            fill, label = _date(rng), None
        elif kind is MarkerKind.ADDRESS:
            fill, label = _address(rng), None
        elif kind is MarkerKind.NUMBER:
            fill, label = _number(rng, key), None
        else:
            fill, label = m.group(0), None
            kept.append((pos, pos + len(fill)))
        parts.append(fill)
        if label:
            ents.append((pos, pos + len(fill), label))
        elif kind in (MarkerKind.DATE, MarkerKind.ADDRESS, MarkerKind.NUMBER):
            o_spans.append((pos, pos + len(fill)))
        pos += len(fill)
    parts.append(paragraph[last:])
    text = "".join(parts)
    taken = [(s, e) for s, e, _ in ents] + kept

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for s, e in titled_names(text):
        if free(s, e):
            ents.append((s, e, "PER"))
            taken.append((s, e))
    for om in _FIXED_ORG_RE.finditer(text):
        if free(om.start(), om.end()):
            ents.append((om.start(), om.end(), "ORG"))
            taken.append(om.span())
    for s, e in place_mentions(text):
        if free(s, e):
            ents.append((s, e, "LOC"))
            taken.append((s, e))
    ents.sort()
    return Filled(text, tuple(ents), tuple(kept), n, tuple(o_spans))


_PLACE_RE: re.Pattern[str] | None = None
_COUNTRY_RE: re.Pattern[str] | None = None


def place_mentions(text: str) -> list[tuple[int, int]]:
    """``LOC`` spans: known Dutch places and countries after ``te``/``in``/``uit``/``naar``/
    ``nabij`` (``advocaat te Haarlem``), and countries anywhere unless they continue a
    capitalised name (``Zorginstituut Nederland``, ``Staat der Nederlanden`` stay unlabelled)."""
    global _PLACE_RE, _COUNTRY_RE
    if _PLACE_RE is None or _COUNTRY_RE is None:
        from .synth import COUNTRIES

        known = set(N.places("all")) | set(COUNTRIES) | {"Nederland", "België", "Duitsland"}
        alts = "|".join(re.escape(k) for k in sorted(known, key=len, reverse=True))
        _PLACE_RE = re.compile(rf"\b(?:te|in|uit|naar|nabij) (?P<p>{alts})(?![\w-])")
        countries = "|".join(re.escape(k) for k in sorted(set(COUNTRIES) | {"Nederland"}, key=len, reverse=True))
        _COUNTRY_RE = re.compile(rf"(?<![\w-])(?P<p>{countries})(?![\w-])")
    spans = [m.span("p") for m in _PLACE_RE.finditer(text)]
    for m in _COUNTRY_RE.finditer(text):
        before = text[:m.start()].rstrip().split(" ")[-1] if text[:m.start()].strip() else ""
        if before[:1].isupper() or before in ("der", "van", "voor"):
            continue
        if m.span("p") not in spans:
            spans.append(m.span("p"))
    return sorted(spans)


_LAW = re.compile(r"^(?:[A-Z][a-zë]{2,}(?:wet|wetten|besluit|regeling|verordening|reglement|wetboek|verdrag)"
                  r"|Wet|Wetboek|Grondwet|Awb|BW|Sr|Sv|Rv|EVRM|Wlz|Wmo)$")
_O_CAPS: frozenset[str] | None = None
# an academic title as one token, glued or not (``Prof.dr``, ``Mr.drs``, ``Dr.``): never part of a name
_TITLE_TOKEN = re.compile(r"^(?:prof|dr|drs|mr|mrs|ir|ing)(?:\.(?:prof|dr|drs|mr|ir|ing))*\.?$", re.IGNORECASE)


def is_known_non_entity(word: str) -> bool:
    """A capitalised word that is never an entity in our convention: law names (``Leerplichtwet``,
    ``Awb``), nationality and language adjectives (``Nederlandse``), months, weekdays and academic
    titles, glued or not (``Prof.dr``, ``Mr.drs.``: only the name after them is ``PER``)."""
    global _O_CAPS
    if _O_CAPS is None:
        from .synth import MISC_CAPS, MONTHS, NATIONALITIES, WEEKDAYS

        _O_CAPS = frozenset(NATIONALITIES) | frozenset(w for w in MISC_CAPS if " " not in w) | frozenset(
            w.capitalize() for w in MONTHS + WEEKDAYS)
    return word in _O_CAPS or _LAW.match(word) is not None or _TITLE_TOKEN.match(word) is not None


# --------------------------------------------------------------------------------------
# spaCy docs

_SENT_END = frozenset(".!?:;")
# spaCy NER's negative annotation (config: [components.ner] incorrect_spans_key): spans that are
# known NOT to be this entity, without saying what they are instead.
INCORRECT_SPANS_KEY = "incorrect_spans"
_NAME_TOKENS: frozenset[str] | None = None


def name_tokens() -> frozenset[str]:
    """Every capitalised word that occurs in a person name of any list we have (all splits):
    Meertens/CBS surnames and their tussenvoegsel-less cores, first names, the shipped
    international lists and the hand-written non-Dutch lists."""
    global _NAME_TOKENS
    if _NAME_TOKENS is None:
        words: set[str] = set()
        items: list[str] = list(N.first_names("all")) + list(N.cbs_surnames("all")) + list(N.EXTRA_FIRST_NAMES)
        items += [s.core for s in N.meertens_surnames("all")]
        items += list(_intl_all("first")) + list(_intl_all("surname"))
        for table in (N.foreign_first_names("all"), N.foreign_surnames("all")):
            for names in table.values():
                items += list(names)
        for item in items:
            for w in re.split(r"[\s-]+", item):
                if w[:1].isupper():
                    words.add(w)
        _NAME_TOKENS = frozenset(words)
    return _NAME_TOKENS


def _intl_all(kind: str) -> tuple[str, ...]:
    """Both splits of an international list (for the not-a-name test, not for sampling)."""
    import gzip

    base = Path(__file__).resolve().parents[2] / "src" / "woo_redact" / "data" / "names"
    path = base / ("first_names_intl.txt" if kind == "first" else "surnames_intl.txt.gz")
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
            return tuple(line.split("\t", 1)[0].strip() for line in fh if line.strip() and not line.startswith("#"))
    except FileNotFoundError:  # pragma: no cover - a checkout always has them
        return ()


def is_not_a_name(word: str, known: frozenset[str]) -> bool:
    """A capitalised word of two or more letters that occurs in no person-name list at all: in
    real text without a person cue, it is not a person (it may still be an organisation or
    place, so it is only excluded from ``PER``, not labelled ``O``)."""
    return len(word) >= 2 and word[:1].isupper() and word.replace("'", "").isalpha() and word not in known


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


def filled_to_doc(nlp: Language, filled: Filled, o_words: frozenset[str],
                  not_names: frozenset[str] | None = None) -> Doc | None:
    """Tokenize and set the gold spans; capitalised tokens no rule explains become missing.

    A capitalised token stays ``O`` when it opens a sentence or a numbered item, when its
    lower-case form is a common word (``o_words``), or when it is a law name, nationality
    adjective, month or weekday (:func:`is_known_non_entity`). With ``not_names`` (the
    :func:`name_tokens`), a missing token that is in no name list is also stored as a negative
    ``PER`` span under :data:`INCORRECT_SPANS_KEY`: not a person, label otherwise unknown. ``None`` if a gold span is misaligned."""
    from spacy.util import filter_spans

    doc = nlp.make_doc(filled.text)
    spans = []
    for s, e, lab in filled.ents:
        sp = doc.char_span(s, e, label=lab, alignment_mode="strict")
        if sp is None:
            return None
        spans.append(sp)
    spans = filter_spans(spans)
    in_ent = {i for sp in spans for i in range(sp.start, sp.end)}
    o_tok = set()
    for s, e in filled.o_spans:
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is not None:
            o_tok.update(range(sp.start, sp.end))
    kept_tok = set()
    for s, e in filled.kept_markers:
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is not None:
            kept_tok.update(range(sp.start, sp.end))
    missing = []
    for i, t in enumerate(doc):
        if i in in_ent or i in o_tok or not _is_cap(t.text):
            continue
        prev = doc[i - 1].text if i > 0 else ""
        opener = i == 0 or prev in _SENT_END or prev[:1].isdigit() or re.fullmatch(r"[a-z]?[.)]|\(?[ivx]+[.)]", prev) is not None
        if i in kept_tok or not (opener or t.text.lower() in o_words or is_known_non_entity(t.text)):
            missing.append(doc[i:i + 1])
    doc.set_ents(spans, missing=missing, default="outside")
    if not_names is not None:
        from spacy.tokens import Span

        doc.spans[INCORRECT_SPANS_KEY] = [Span(doc, m.start, m.end, label="PER") for m in missing
                                          if is_not_a_name(m.text, not_names)]
    return doc


def iter_ruling_files(folder: str | Path) -> Iterator[Path]:
    yield from sorted(Path(folder).rglob("*.xml"))


def ruling_docs(nlp: Language, folder: str | Path, seed: int = 0, max_chars: int = 2500,
                o_words: Iterable[str] | None = None, negatives: bool = True) -> tuple[list[Doc], dict[str, int]]:
    """All paragraphs of the rulings in ``folder`` as Docs with refilled, labelled markers.

    Long paragraphs are cut at sentence ends to at most ``max_chars``. Returns the docs and
    counts (files, paragraphs, markers, entity spans by label, dropped misaligned)."""
    rng = random.Random(seed)
    words = frozenset(o_words if o_words is not None else N.common_words())
    known = name_tokens() if negatives else None
    docs: list[Doc] = []
    stats = {"files": 0, "paragraphs": 0, "markers": 0, "PER": 0, "ORG": 0, "LOC": 0, "misaligned": 0,
             "not_PER": 0}
    for path in iter_ruling_files(folder):
        try:
            paras = ruling_paragraphs(path.read_text(encoding="utf-8"))
        except ET.ParseError:
            continue
        stats["files"] += 1
        cast = Cast(random.Random(rng.random()))
        for para in paras:
            for chunk in _chunks(para, max_chars):
                filled = refill(chunk, cast)
                doc = filled_to_doc(nlp, filled, words, known)
                if doc is None:
                    stats["misaligned"] += 1
                    continue
                stats["not_PER"] += len(doc.spans.get(INCORRECT_SPANS_KEY, []))
                stats["paragraphs"] += 1
                stats["markers"] += filled.n_markers
                for e in doc.ents:
                    stats[e.label_] = stats.get(e.label_, 0) + 1
                docs.append(doc)
    return docs, stats


def _chunks(text: str, max_chars: int) -> list[str]:
    if len(text) <= max_chars:
        return [text]
    out, cur = [], ""
    for sent in re.split(r"(?<=[.!?]) (?=[A-Z\[])", text):
        if cur and len(cur) + len(sent) + 1 > max_chars:
            out.append(cur)
            cur = sent
        else:
            cur = f"{cur} {sent}" if cur else sent
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------------------------------
# export from a git mirror (reproducible; raw files stay out of the repository)


@dataclass(frozen=True)
class ManifestRow:
    repo: str
    commit: str
    path: str
    ecli: str
    sha256: str


def read_manifest(path: str | Path) -> list[ManifestRow]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("repo\t"):
            continue
        repo, commit, p, ecli, sha = line.split("\t")
        rows.append(ManifestRow(repo, commit, p, ecli, sha))
    return rows


def export(git_dir: str | Path, out_dir: str | Path, manifest: str | Path, name_by: str = "ecli") -> int:
    """Write the manifest's files from a git mirror into ``out_dir`` (named by ECLI, or by the
    file name with ``name_by="path"``); checks each file's SHA-256. Returns the number written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for row in read_manifest(manifest):
        data = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{row.commit}:{row.path}"],
                              check=True, capture_output=True).stdout
        if hashlib.sha256(data).hexdigest() != row.sha256:
            raise ValueError(f"{row.path}: content differs from the manifest (wrong mirror or commit)")
        name = Path(row.path).name if name_by == "path" else f"{row.ecli.replace(':', '_')}.xml"
        (out / name).write_bytes(data)
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("export", help="recreate the ruling XML files from a git mirror")
    ex.add_argument("git_dir")
    ex.add_argument("out_dir")
    ex.add_argument("--manifest", required=True)
    sh = sub.add_parser("show", help="print a few refilled paragraphs with their labels")
    sh.add_argument("folder")
    sh.add_argument("--n", type=int, default=5)
    sh.add_argument("--data-dir", required=True)
    sh.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    if a.cmd == "export":
        print(export(a.git_dir, a.out_dir, a.manifest), "files")
        return 0
    import spacy

    N.set_data_dir(a.data_dir)
    docs, stats = ruling_docs(spacy.blank("nl"), a.folder, seed=a.seed)
    print(stats)
    rng = random.Random(a.seed)
    for doc in rng.sample(docs, min(a.n, len(docs))):
        print(" ".join(f"[{t.text}]{t.ent_type_}" if t.ent_type_ else (f"{t.text}?" if t.ent_iob == 0 else t.text)
                       for t in doc))
        print("-" * 60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
