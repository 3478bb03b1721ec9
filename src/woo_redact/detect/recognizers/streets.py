"""ADDRESS recognizer for streets without a street-type word, from the BAG street-name list.

``Achterom 37``, ``In de Wolken 29``, ``Lange Voorhout 9``, ``Koolmees 241-a``: a name from the
shipped list of Dutch street names (``data/streets/streets.txt.gz``, built by
``scripts/build_streets.py`` from the BAG register, CC0) followed by a house number. Names that
end in a street-type word are left to :class:`~.postcode_address.AddressRecognizer`.

Precision: a street name alone (policy text about ``de Oudegracht``) is never reported: a house
number must follow. A one-word name that is also an ordinary word (``Oranje 3``, ``Patrijs 12``)
or a family name counts only with an address word nearby (``woont``, ``adres``, ``woning`` ...)
or a postcode right after it. Document words (``Artikel 5``, ``Bijlage 2``) are never streets.

Limits: names spelt otherwise than in the BAG (abbreviations ``Burg.``, missing accents) are
not found here; the list is a 2019 snapshot.
"""

from __future__ import annotations

import functools
import gzip
import re
from importlib import resources
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer, Verdict
from .postcode_address import _HOUSE_NR, ADDRESS_CONTEXT

_WORD = r"(?:[A-ZÀ-Ý'’][\wÀ-ÿ'’.-]*|de|den|der|het|van|op|in|aan|bij|te|ter|ten|'t|la|le|en|over|onder|achter|voor)"
STREET_LIST_REGEX = rf"(?<![\w-])(?P<v>{_WORD}(?:[ \u00a0]+{_WORD}){{0,5}}[ \u00a0]+{_HOUSE_NR})(?![\w]|[.,]\d|[ \u00a0]*(?:%|procent|euro|uur|jaar|km|m2|m²|keer|x\b|,-))"

# Capitalised words that precede a number in documents far more often than a street does.
_DOCUMENT_WORDS = frozenset(
    """
    artikel art hoofdstuk bijlage pagina blz paragraaf lid fase stap week jaar punt nummer versie
    ronde deel blok zaal kamer bus lijn route sector kavel project agendapunt postbus antwoordnummer
    januari februari maart april mei juni juli augustus september oktober november december
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag figuur tabel bron noot regel
    stadsdeel wijk gebied zone perceel sectie team groep klas groep niveau categorie schaal
    """.split()
)
_POSTCODE_AFTER = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*\n?[ \t\u00a0]*[1-9]\d{3}[ \u00a0]?[A-Za-z]{2}(?![\w-])")
_STREET_CONTEXT = tuple(ADDRESS_CONTEXT) + ("privéadres", "prive-adres", "priveadres", "bewoner*", "buren", "buurman", "buurvrouw", "pand")


@functools.lru_cache(maxsize=1)
def street_names() -> frozenset[str]:
    """The shipped street names (exact spelling, as in the BAG)."""
    ref = resources.files("woo_redact") / "data" / "streets" / "streets.txt.gz"
    with ref.open("rb") as fh, gzip.open(fh, "rt", encoding="utf-8") as gz:
        return frozenset(line.strip() for line in gz if line.strip())


@functools.lru_cache(maxsize=65536)
def _ordinary(word: str) -> bool:
    """A one-word street name that is also an ordinary word or a person's name."""
    from .. import gazetteer

    if gazetteer.is_first_name(word) or gazetteer.is_surname(word):
        return True
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return True
    return float(zipf_frequency(word.lower(), "nl")) >= 2.5 or float(zipf_frequency(word.lower(), "en")) >= 3.5


class StreetListRecognizer(DutchPatternRecognizer):
    """A BAG street name without street-type word, followed by a house number."""

    ENTITY: ClassVar[str] = "ADDRESS"
    PATTERNS = (("street_list", STREET_LIST_REGEX, 0.6),)
    CONTEXT = _STREET_CONTEXT
    FLAGS = 0
    SCORE_CAP = 0.9
    RESCAN = True

    def assess(self, text: str, match: re.Match[str], pattern: Pattern) -> Verdict | None:
        start, end = match.span("v")
        value = text[start:end]
        number = re.search(rf"[ \u00a0]({_HOUSE_NR})$", value)
        if number is None:
            return None
        words = list(re.finditer(r"\S+", value[: number.start()]))
        names = street_names()
        # The longest run of words ending right before the number that is a known street.
        for i in range(len(words)):
            name = value[words[i].start() : number.start()]
            first = words[i].group(0)
            if not first[:1].isupper() or name not in names:
                continue
            if first.lower() in _DOCUMENT_WORDS:
                return None
            s = start + words[i].start()
            single = len(words) - i == 1
            if single and re.fullmatch(r"(?:19|20)\d{2}", number.group(1)):
                return None  # "Eind 2023": a year after a word, not a house number
            if single and _ordinary(name) and not self._near_address(text, s, end):
                return None
            return Verdict(s, end, pattern.score, "known Dutch street name (BAG) + house number")
        return None

    def _near_address(self, text: str, start: int, end: int) -> bool:
        if _POSTCODE_AFTER.match(text, end):
            return True
        lo = max(0, start - 60)
        return self._context_re is not None and self._context_re.search(text, lo, min(len(text), end + 20)) is not None

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        return "known Dutch street name (BAG) + house number"
