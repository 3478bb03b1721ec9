"""Name gazetteers: Dutch first names, family names and a stop list of name-like common words.

Scope: loads the shipped lists in ``woo_redact/data/names/`` once (``functools.cache``, read
through ``importlib.resources`` so it works from a wheel) and answers membership questions on a
normalised form (casefold, diacritics removed, ``ı``/``ł``/``ø``/``ß`` folded, typographic
apostrophes unified), so ``Şahin``, ``SAHIN`` and ``sahin`` look up the same entry.

Limits: a list hit is *weak* evidence. Many family names are ordinary words (``Bakker``,
``Visser``, ``de Groot``, ``Kok``) and many first names are too (``Dan``, ``Roos``, ``Mei``);
callers must combine a hit with context (see :mod:`woo_redact.detect.names`). Surnames are indexed
both as listed (``van den berg``) and without leading tussenvoegsels (``berg``). Besides the Dutch
lists (Meertens), a second list covers the population's other origins (Surinamese, Antillean,
Moroccan, Turkish, Polish, Chinese-Surinamese, Hindustani, Moluccan, Cape Verdean, Ghanaian,
Somali, Syrian, Eritrean, Ukrainian, Frisian, ...: ~11,000 first and ~10,000 family names with
origin tags, see :func:`name_origins`); names in it that are ordinary words are on the stop list.
Absence still proves nothing. Lists are built by ``scripts/build_gazetteers.py``; sources and
licences are in ``data/names/ATTRIBUTION.md``.
"""

from __future__ import annotations

import functools
import gzip
import unicodedata
from importlib import resources

__all__ = [
    "TUSSENVOEGSELS",
    "common_words",
    "first_names",
    "is_bare_surname",
    "is_common_word",
    "is_first_name",
    "is_surname",
    "is_word_surname",
    "name_origins",
    "normalize",
    "strip_tussenvoegsel",
    "surname_score",
    "surnames",
    "top_surnames",
]

# Lower-case particles that precede a Dutch (or Arabic/Belgian/German/...) family name. Used to
# index surnames by their core and by names.py to recognise name shape.
TUSSENVOEGSELS: frozenset[str] = frozenset(
    {
        "van", "de", "den", "der", "het", "'t", "te", "ten", "ter", "in", "op", "uit", "uijt", "aan",
        "bij", "onder", "over", "voor", "vd", "v.d.", "d'", "l'", "le", "la", "les", "du", "da", "das",
        "dos", "di", "del", "della", "von", "zu", "vom", "zum", "el", "al", "bin", "ben", "ibn", "abu",
        "ait", "ou", "mac", "o'", "'s",
    }
)

_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
                       "ß": "ss", "’": "'", "‘": "'", "`": "'", "´": "'"})


@functools.lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """Casefold, fold diacritics and collapse whitespace, for lookups that ignore spelling accidents."""
    return _normalize(name)


def _normalize(name: str) -> str:
    """:func:`normalize` without the cache, for bulk loading (which would only evict hot entries)."""
    s = name.casefold()
    if s.isascii():
        return s if " " not in s and s == s.strip() else " ".join(s.split())
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.split())


def _read_text(filename: str) -> str:
    ref = resources.files("woo_redact").joinpath("data").joinpath("names").joinpath(filename)
    data = ref.read_bytes()
    if filename.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8")


def _lines(filename: str) -> list[str]:
    return [ln for ln in (l.strip() for l in _read_text(filename).splitlines()) if ln and not ln.startswith("#")]


def strip_tussenvoegsel(normalized: str) -> str:
    """Drop leading particles from a normalised surname (``van den berg`` -> ``berg``)."""
    words = normalized.split()
    i = 0
    while i < len(words) - 1 and words[i] in TUSSENVOEGSELS:
        i += 1
    return " ".join(words[i:])


@functools.cache
def _intl_table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """International first and family names (normalised) -> origin tags."""
    tables: list[dict[str, frozenset[str]]] = []
    for filename in ("first_names_intl.txt", "surnames_intl.txt.gz"):
        table: dict[str, frozenset[str]] = {}
        for line in _lines(filename):
            name, _, tags = line.partition("\t")
            norm = _normalize(name)
            table[norm] = table.get(norm, frozenset()) | frozenset(tags.split(","))
        tables.append(table)
    return tables[0], tables[1]


@functools.cache
def first_names() -> frozenset[str]:
    """Normalised first names (Meertens NVB subset, project-authored and international lists)."""
    return frozenset(_normalize(n) for n in _lines("first_names.txt")) | frozenset(_intl_table()[0])


@functools.cache
def _surname_table() -> tuple[frozenset[str], dict[str, int], frozenset[str]]:
    """(all forms incl. cores, top-1000 counts, names listed without a particle)."""
    names: set[str] = set()
    bare: set[str] = set()
    top: dict[str, int] = {}
    for line in _lines("surnames.txt.gz"):
        name, _, count = line.partition("\t")
        norm = _normalize(name)
        core = strip_tussenvoegsel(norm) if " " in norm else norm
        names.add(norm)
        names.add(core)
        if core == norm:
            bare.add(norm)
        if count:
            top[norm] = max(top.get(norm, 0), int(count))
            top[core] = max(top.get(core, 0), int(count))
    for norm in _intl_table()[1]:
        names.add(norm)
        if " " in norm:
            names.add(strip_tussenvoegsel(norm))
        else:
            bare.add(norm)
    return frozenset(names), top, frozenset(bare)


def surnames() -> frozenset[str]:
    """Normalised family names, both as listed and without leading tussenvoegsels."""
    return _surname_table()[0]


def top_surnames() -> dict[str, int]:
    """The 1000 most frequent family names (2007) with their bearer counts, normalised."""
    return _surname_table()[1]


@functools.cache
def common_words() -> frozenset[str]:
    """Normalised capitalised words that double as names but usually are not (see module doc)."""
    return frozenset(_normalize(n) for n in _lines("common_words.txt"))


def preload() -> None:
    """Read every list now, at start-up rather than inside the first document."""
    first_names()
    _surname_table()
    common_words()


def is_first_name(word: str) -> bool:
    """True if ``word`` (any case or accents) is a known first name."""
    n = normalize(word)
    if n in first_names():
        return True
    # Hyphenated compounds: Jan-Willem, Anne-Marie.
    if "-" in n:
        parts = n.split("-")
        return all(p in first_names() for p in parts if p)
    return False


def is_surname(name: str) -> bool:
    """True if ``name`` (``Berg``, ``van den Berg``, ``Jansen-de Boer``) is a known family name."""
    n = normalize(name)
    table = surnames()
    if n in table or strip_tussenvoegsel(n) in table:
        return True
    if "-" in n:
        # "Jansen-de Boer"; a particle left alone by a line break ("Öztürk-de") is skipped
        parts = [strip_tussenvoegsel(p.strip()) for p in n.split("-") if p.strip() and p.strip() not in TUSSENVOEGSELS]
        return bool(parts) and all(p in table for p in parts)
    return False


def name_origins(name: str) -> frozenset[str]:
    """Where a first or family name is common: ``nl`` for the Dutch (Meertens) lists, else origin
    tags of the international list (ISO country codes such as ``tr``, ``ma``, ``pl``, ``ua``, and
    ``sr-cr``/``sr-hi``/``sr-jv``/``sr-cn`` Surinamese, ``an`` Antillean, ``ml`` Moluccan,
    ``fy`` Frisian, ``ku`` Kurdish, ``ber`` Amazigh). Empty if the name is on no list."""
    n = normalize(name)
    first, sur = _intl_table()
    core = strip_tussenvoegsel(n)
    tags = first.get(n, frozenset()) | sur.get(n, frozenset()) | sur.get(core, frozenset())
    if n in _dutch_names() or core in _dutch_names():
        tags |= {"nl"}
    return tags


@functools.cache
def _dutch_names() -> frozenset[str]:
    names = {_normalize(n) for n in _lines("first_names.txt")}
    for line in _lines("surnames.txt.gz"):
        norm = _normalize(line.partition("\t")[0])
        names.add(norm)
        names.add(strip_tussenvoegsel(norm))
    return frozenset(names)


def is_common_dutch_name(word: str) -> bool:
    """A first name of the Dutch list (given in the Netherlands, common names of every origin
    there included) or one of the most frequent Dutch family names: a name on its own, as
    opposed to the long tail of the international and rare-surname lists."""
    norm = _normalize(word)
    return norm in _dutch_first_names() or norm in top_surnames()


def is_dutch_first_name(word: str) -> bool:
    """On the list of first names given in the Netherlands (common names of every origin there
    included), not only on the long international list."""
    return _normalize(word) in _dutch_first_names()


@functools.cache
def _dutch_first_names() -> frozenset[str]:
    return frozenset(_normalize(n) for n in _lines("first_names.txt"))


def is_bare_surname(name: str) -> bool:
    """True if ``name`` is listed as a family name on its own, not only as the core of one with a
    particle: ``Bakker`` yes; ``Amsterdam`` no (only ``van Amsterdam`` is listed)."""
    return normalize(name) in _surname_table()[2]


@functools.cache
def _surname_words() -> frozenset[str]:
    return frozenset(_lines("surname_words.txt"))


def is_word_surname(name: str) -> bool:
    """True for a family name that is also a Dutch dictionary word (``Motie``, ``Venster``,
    ``Bakker``): on its own no evidence of a person, unless many people carry it."""
    return normalize(name) in _surname_words()


def is_common_word(word: str) -> bool:
    """True if ``word`` is on the stop list of name-like ordinary words."""
    return normalize(word) in common_words()


def surname_score(name: str) -> float:
    """How much a gazetteer says ``name`` is a family name, 0..1.

    0.0 unknown; 0.3 known but also an ordinary word (``Kok``, ``Groot``); 0.7 known (borne by at
    least 5 people in 2007); 0.9 among the 1000 most frequent. Never enough evidence on its own.
    """
    if not is_surname(name):
        return 0.0
    n = normalize(name)
    core = strip_tussenvoegsel(n)
    if n in common_words() or core in common_words():
        return 0.3
    if n in top_surnames() or core in top_surnames():
        return 0.9
    return 0.7
