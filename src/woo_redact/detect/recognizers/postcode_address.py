"""Dutch postcode and street-address recognizers.

``POSTCODE``: ``1234 AB`` / ``1234AB`` in capitals, first digit not 0, not the unused letter
pairs SA/SD/SS, not a year followed by a common abbreviation (``2024 NL``, ``2019 EU``); also
glued to a lower-case word before it or a place name after it (``woonplaats3512JKUtrecht``).
In lower case (``3512 jk``) only after a house number, before a place name or next to a
postcode word, and never with a two-letter word or unit (``2024 en``, ``1500 ha``).
Postcodes after ``Postbus 123,`` are still found: the policy may keep organisation addresses.

``ADDRESS``: a street name ending in a Dutch street suffix (straat, laan, weg, plein, gracht,
kade, singel, dijk, dreef, hof, pad, steeg, markt, park, plantsoen, erf, ring, baan, boulevard,
wal, haven, veld, ...; also ``Laan van ...``; also in capitals) followed by a house number and
an optional addition (``12a``, ``118-a``, ``4-II``, ``7 bis``, ``101 A``, ``3-hs``, ``12-2``,
``12 bg``, ``3 2 hoog``, ``12 1e etage``). Where street + number + postcode + place occur
together (same or next line) the whole home address is one ``ADDRESS`` span.

Not found: ``artikel 5``, ``Hoofdstuk 3``, ``Postbus 100``, ``pagina 2``, ``Wet open overheid 5``.

Limits: streets without a lexicon suffix (``Damrak 1``, ``Lange Voorhout 9``) are left to
:mod:`.streets` (BAG street list) and the layout detector (address columns, fields, letter
address blocks); a capitalised sentence-initial word before a street name can end up in the
span (common Dutch sentence starters are stripped).
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer, Verdict

# Capitals: the usual form. Also glued to a lower-case word before it or a place name after it
# ("woonplaats3512JKUtrecht" comes out of table cells without spaces).
POSTCODE_REGEX = (
    r"(?:(?<![\w-])|(?<=[a-zà-ÿ)]))(?P<v>[1-9][0-9]{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2})"
    r"(?:(?![\w-])|(?=[A-Z][a-zà-ÿ]{2}))"
)
# Lower case ("3512 jk"): only where the neighbourhood says postcode (see PostcodeRecognizer).
POSTCODE_LOWER_REGEX = r"(?<![\w-])(?P<v>[1-9][0-9]{3}[ \u00a0]?(?!sa|sd|ss)[a-z]{2})(?![\w-])"
# Two lower-case letters after four digits that are words or units far more often than postcodes.
_NOT_POSTCODE_LOWER = frozenset(
    """
    en in op of te om is de na al nu zo ik je we ze ga ja ha km cm mm kg mg ml cl dl kb mb gb tb
    pk kw mw gw am pm st pp pc nr no to at on by as an or if it be he me my us so do go up id ex
    ca vs bv nv eu nl uk us hr wo mi ma di do vr za zo
    """.split()
)
_PLACE_AFTER = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:'s[- ]|'t[ ])?(?:[A-Z][a-zà-ÿ]{2,}|[A-Z]{3,}\b)")
_HOUSE_NUMBER_BEFORE = re.compile(
    r"[A-Za-zà-ÿ.][ \u00a0]+\d{1,5}(?:[ \u00a0]?[-/]?[ \u00a0]?(?:[A-Za-z]{1,3}|\d{1,3}|bis|hs))?[ \t\u00a0]*,?[ \t\u00a0]*$"
)

# Capitalised two-letter words that follow a 4-digit year far more often than a postcode does.
_NOT_POSTCODE_LETTERS = frozenset(
    """
    NL EU BV NV VS UK US KM CM MM KG MB GB TB PM AM OK EN OF DE IN OP AI IT CO ID TV PC GR KW MW
    GW OM AP BZ EZ DG SG PG SP GL JA CU MP HR WO
    """.split()
)

STREET_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef", "hof", "pad",
    "steeg", "markt", "park", "plantsoen", "erf", "baan", "boulevard", "wal", "haven", "veld",
    "straatweg", "kanaal", "wetering", "vaart", "oever", "burgwal", "brink", "weide", "akker",
    "gaarde", "poort", "passage", "promenade", "allee", "tuin", "kaai", "hoven", "kamp",
    "zijde", "ring",
    # Frisian street names (Fryslân): dyk, wei, leane, strjitte, paad, buorren, loane, wâl
    "dyk", "wei", "leane", "strjitte", "paad", "buorren", "loane", "wâl", "singel",
)  # fmt: skip

# Capitalised words ending in a suffix that are not street names.
_NOT_STREETS = frozenset(
    """
    Gerechtshof Rekenhof Hof Arbeidsmarkt Woningmarkt Energiemarkt Loopbaan Park Haven Veld Weg
    Markt Kamp Poort Tuin Wal Straat Laan Plein Kade Dijk Werkveld Beleidsveld Speelveld
    Aandachtsveld Projectveld Barneveld Moerdijk Eindhoven Veldhoven Bergschenhoek Oosterhout
    Nieuwegein Zandvoort Ermelo Marktplein Kamerplein
    """.split()
)
_COMPASS_RING = r"(?:Noord|Oost|Zuid|West|Binnen|Buiten|Midden)[a-z]*ring"

_SUFFIX_ALT = "|".join(sorted(set(STREET_SUFFIXES), key=len, reverse=True))
_WORD = (
    r"(?:(?:Burg|Mr|Dr|St|Prof|Ir|Ing|Jhr|Gen|Kon|Pr|Ds|Past|Luit|Adm)\.|[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ'’]+)*)"
)
_PARTICLE = r"(?:van|de|der|den|het|'t|ter|ten|te|op|in|la|le|du|von|v\.|aan|bij)"
# Final word: a capitalised word ending in a suffix, a capitalised suffix itself after a
# qualifier ("Oude Gracht"), or a compass ring road.
_FINAL = (
    rf"(?:[A-ZÀ-Ý][\wÀ-ÿ'’-]*(?:{_SUFFIX_ALT})|{_COMPASS_RING}"
    r"|(?:Straat|Laan|Weg|Plein|Gracht|Kade|Singel|Dijk|Dreef|Hof|Steeg|Markt|Haven|Wal|Burgwal|Vaart|Veld|Brink))"
)
_STREET = (
    rf"(?:Laan[ \u00a0](?:van|der|de|den|op|ten|ter)[ \u00a0](?:(?:{_WORD}|{_PARTICLE})[ \u00a0]){{0,2}}{_WORD}"
    rf"|(?:{_WORD}[ \u00a0](?:(?:{_WORD}|{_PARTICLE})[ \u00a0]){{0,3}})?{_FINAL})"
)
# House number and addition: 12a, 12-a, 118-A, 4-II, 7 bis, 7-bis, 101 A, 3-hs, 3hs, 12-2, 12/3,
# 12 bg, 12 zw, 12 rd, 12 huis, 12-boven, 2 hoog, 12 1e etage.
_ADDITION_WORD = r"(?:hs|huis|boven|beneden|bg|zw|rd|bis|ter|hoog|bel-etage)"
_HOUSE_NR = (
    r"[1-9][0-9]{0,4}"
    rf"(?:(?:[ \u00a0]?[-–][ \u00a0]?|/)?(?:[a-z](?![\w])|[A-Z](?![\w])|I{{1,3}}(?![\w])|IV(?![\w])|{_ADDITION_WORD}(?![\w])|[0-9]{{1,3}}(?![\w.,]))"
    rf"|[ \u00a0](?:[A-Z](?![\w'’-])|[a-tv-z](?![\w'’.-])|{_ADDITION_WORD}(?!\w)|I{{1,3}}(?!\w)|IV(?!\w)"
    r"|[1-9](?:e|ste|de)[ \u00a0](?:etage|verdieping)(?!\w)|[1-9][ \u00a0]?(?:hoog|hg)(?!\w)))?"
)
ADDRESS_REGEX = rf"(?<![\w-])(?P<v>{_STREET}[ \u00a0]{_HOUSE_NR})(?![\w]|[.,]\d)"

# The same in capitals, as registers and envelopes print it ("BURGEMEESTER DE WITHSTRAAT 5").
_SUFFIX_ALT_UPPER = "|".join(sorted({x.upper() for x in STREET_SUFFIXES}, key=len, reverse=True))
_WORD_UPPER = r"(?:(?:BURG|MR|DR|ST|PROF|IR|ING|JHR|GEN|KON|PR|DS)\.|[A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:-[A-ZÀ-Ý'’]+)*)"
_PARTICLE_UPPER = r"(?:VAN|DE|DER|DEN|HET|'T|TER|TEN|TE|OP|IN|AAN|BIJ)"
_STREET_UPPER = (
    rf"(?:{_WORD_UPPER}[ \u00a0](?:(?:{_WORD_UPPER}|{_PARTICLE_UPPER})[ \u00a0]){{0,3}})?"
    rf"[A-ZÀ-Ý][A-ZÀ-Ý'’-]*(?:{_SUFFIX_ALT_UPPER})"
)
ADDRESS_UPPER_REGEX = rf"(?<![\w-])(?P<v>{_STREET_UPPER}[ \u00a0]{_HOUSE_NR})(?![\w]|[.,]\d)"
_NOT_STREETS_UPPER = frozenset(w.upper() for w in _NOT_STREETS)

_CORE = re.compile(rf"(?:{_STREET})[ \u00a0]{_HOUSE_NR}")

_PLACE = (
    r"(?:'s[- ]|'t[ ])?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)*"
    r"(?:[ -](?:aan|op|bij|in|den|de)[ -](?:de[ -]|den[ -])?[A-Z][a-zà-ÿ]+"
    r"|(?<=Den) Haag|(?<=Den) Helder|(?<=Den) Bosch|(?<=Den) Burg)?"
)
FULL_ADDRESS_REGEX = (
    rf"(?<![\w-])(?P<v>{_STREET}[ \u00a0]{_HOUSE_NR}[ \u00a0]*(?:,[ \u00a0]*|\n[ \t]*|[ \u00a0]+)"
    rf"[1-9][0-9]{{3}}[ \u00a0]?(?!SA|SD|SS)[A-Z]{{2}}(?:[ \u00a0]*,?[ \u00a0]*|[ \u00a0]{{2,}}){_PLACE})(?![\w])"
)

_SENTENCE_STARTERS = frozenset(
    """
    Op In Aan Bij Naar Uit Via Met Tot Vanaf Over Voor Langs Richting Adres Woonadres Postadres
    Bezoekadres Correspondentieadres Huisadres Ik Wij We Hij Zij Ze Hun Het Een En Of Dat Die Dit
    Deze Is Was Woont Woonde Wonende Gevestigd Wonend Zie Ook Tevens Nabij Achter Tegenover Naast
    Straat Locatie Plaats Gemeente Hoek Kruising Vestiging Kantoor Als Toen Nu Daar Hier Er
    """.split()
)

ADDRESS_CONTEXT = (
    "adres",
    "woonadres",
    "huisadres",
    "postadres",
    "correspondentieadres",
    "bezoekadres",
    "woonachtig",
    "wonende",
    "woonde",
    "woont",
    "woonplaats",
    "verhuisd",
    "ingeschreven",
    "gevestigd",
    "perceel",
    "pand",
    "woning",
    "kadastraal",
)
POSTCODE_CONTEXT = ("postcode", "pc", "adres", "woonplaats", "postbus", "woonadres", "plaats")


class PostcodeRecognizer(DutchPatternRecognizer):
    """Dutch postcodes: 4 digits + 2 capitals; lower case only next to an address or place."""

    ENTITY: ClassVar[str] = "POSTCODE"
    PATTERNS = (("postcode", POSTCODE_REGEX, 0.6), ("postcode_lower", POSTCODE_LOWER_REGEX, 0.6))
    CONTEXT = POSTCODE_CONTEXT
    FLAGS = 0
    CONTEXT_BOOST = 0.2
    MIN_SCORE_WITH_CONTEXT = 0.75
    SCORE_CAP = 0.9

    def assess(self, text: str, match: re.Match[str], pattern: Pattern) -> Verdict | None:
        start, end = match.span("v")
        letters = text[end - 2 : end]
        if letters in _NOT_POSTCODE_LETTERS:
            return None
        if re.search(r"(?:€|eur|euro)\s*$", text[max(0, start - 8) : start], re.I):
            return None
        score = pattern.score
        reason = "4 digits + 2 letters, valid letter pair"
        place_after = _PLACE_AFTER.match(text, end) is not None
        if pattern.name == "postcode_lower":
            if letters in _NOT_POSTCODE_LOWER:
                return None
            line_start = text.rfind("\n", 0, start) + 1
            after_number = _HOUSE_NUMBER_BEFORE.search(text[max(line_start, start - 60) : start]) is not None
            if not (place_after or after_number or self.find_context(text, start, end)):
                return None
            reason = "4 digits + 2 lower-case letters" + (
                ", after a house number" if after_number else ", followed by a place name" if place_after else ", postcode label nearby"
            )
            return Verdict(start, end, 0.65 if (after_number or place_after) else 0.55, reason)
        if place_after:
            score = 0.75
            reason += ", followed by a place name"
        if re.search(r"Postbus\s+\d+\s*,?\s*$", text[max(0, start - 25) : start], re.I):
            reason += ", after a Postbus (organisation address)"
        return Verdict(start, end, score, reason)


class AddressRecognizer(DutchPatternRecognizer):
    """Street + house number, and full home addresses (street, number, postcode, place)."""

    ENTITY: ClassVar[str] = "ADDRESS"
    PATTERNS = (
        ("street_number", ADDRESS_REGEX, 0.6),
        ("full_address", FULL_ADDRESS_REGEX, 0.85),
        ("street_number_caps", ADDRESS_UPPER_REGEX, 0.55),
    )
    CONTEXT = ADDRESS_CONTEXT
    FLAGS = 0
    CONTEXT_BOOST = 0.25
    MIN_SCORE_WITH_CONTEXT = 0.8
    SCORE_CAP = 0.95

    def assess(self, text: str, match: re.Match[str], pattern: Pattern) -> Verdict | None:
        start, end = match.span("v")
        value = text[start:end]
        if pattern.name == "street_number_caps":
            offset = 0
            for m in re.finditer(r"\S+", value):  # drop leading "IN", "ADRES" ... ("DE DREEF" stays)
                word = m.group(0)
                if word.capitalize() not in _SENTENCE_STARTERS or not re.fullmatch(ADDRESS_UPPER_REGEX, value[m.end() :].lstrip()):
                    break
                offset = m.end() + len(value[m.end() :]) - len(value[m.end() :].lstrip())
            start += offset
            value = text[start:end]
            words = re.findall(r"[^\s\d]+", value)
            if len(words) == 1 and words[0] in _NOT_STREETS_UPPER:
                return None
            return Verdict(start, end, pattern.score, "street name in capitals with suffix + house number")
        # Skip leading sentence-starter words and particles ("Woont op Kerkstraat 12").
        offset = 0
        for m in re.finditer(r"\S+", value):
            word = m.group(0)
            if word[0].isupper() and word not in _SENTENCE_STARTERS and _CORE.match(value, m.start()):
                offset = m.start()
                break
            if not (word in _SENTENCE_STARTERS or word[0].islower()):
                return None
        else:
            return None
        start += offset
        value = value[offset:]
        street = re.match(rf"{_STREET}", value)
        if street is None:
            return None
        words = street.group(0).split()
        if len(words) == 1 and words[0] in _NOT_STREETS:
            return None
        if words[-1] in ("Gerechtshof", "Rekenhof", "Arbeidsmarkt", "Woningmarkt", "Loopbaan"):
            return None
        if pattern.name == "full_address":
            return Verdict(start, end, pattern.score, "street + house number + postcode + place")
        return Verdict(start, end, pattern.score, f"street name with suffix + house number ({words[-1]})")
