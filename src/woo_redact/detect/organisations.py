"""What is *not* a person: Dutch public organisations, their contact data, laws and places.

Scope: a register of ~2,500 public organisations (municipalities, provinces, water boards,
ministries, agencies, ZBOs, courts, police, safety regions, GGDs and other joint bodies,
parliament, parties, EU bodies) with acronyms, visiting and postal addresses, switchboard and
fax numbers and web/mail domains; ~9,600 citation titles of Dutch regulations; ~2,800 place
names (BAG woonplaatsen, municipalities, provinces, regions). The person model asks it whether
a capitalised span is an organisation, a law or a place, and whether a phone number, postcode
or mail domain belongs to an organisation (a switchboard, a Postbus and ``info@gemeente.nl``
stay readable; a private person's data does not).

Everything is shipped in ``woo_redact/data/organisations/`` (built by
``scripts/build_organisations.py``; sources and licences in ``data/ATTRIBUTION.md``), read once
per process through :meth:`OrganisationRegister.load` (cached) and never downloaded.

Limits: the register is a 2023 snapshot of organisations.overheid.nl (top-level bodies, not
their departments); municipalities merged later are found by shape (``Gemeente`` + a place).
A visiting-address postcode alone is never *owned* (residents may share it); it needs the
house number. Place names overlap with family names (``Ede``, ``Buren``, ``Boer``): ``is_place``
is evidence, not a verdict, when the span also reads as a name.
"""

from __future__ import annotations

import enum
import functools
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

from . import gazetteer as gz

__all__ = [
    "Address",
    "MentionKind",
    "Org",
    "OrgKind",
    "OrgMention",
    "OrganisationRegister",
    "find_mentions",
    "is_law",
    "is_organisation",
    "is_place",
    "normalize_phone",
    "normalize_postcode",
    "owns_domain",
    "owns_phone",
    "owns_postcode_address",
]


class OrgKind(str, enum.Enum):
    """Kind of public body, as the register files it (JSON keeps the string value)."""

    GEMEENTE = "gemeente"
    PROVINCIE = "provincie"
    WATERSCHAP = "waterschap"
    MINISTERIE = "ministerie"
    AGENTSCHAP = "agentschap"
    ZBO = "zbo"
    ADVIESCOLLEGE = "adviescollege"
    HOOG_COLLEGE = "hoog_college"
    RECHTSPRAAK = "rechtspraak"
    POLITIE = "politie"
    SAMENWERKING = "samenwerking"  # joint bodies: safety regions, GGDs, omgevingsdiensten, ...
    OPENBAAR_LICHAAM = "openbaar_lichaam"
    KOEPEL = "koepel"
    PARTIJ = "partij"
    INTERNATIONAAL = "internationaal"
    OVERIG = "overig"  # organisations with government involvement


class MentionKind(str, enum.Enum):
    """How a mention was recognised."""

    NAME = "name"  # the register's name or a listed alias
    ACRONYM = "acronym"  # case-sensitive acronym (VWS, NVWA, GL-PvdA)
    LOCAL_PARTY = "local_party"  # Leefbaar/Gemeentebelangen/... + a known place
    SHAPE = "shape"  # an unlisted body named by its head word: "Gemeente <place>", "GGD <Region>"


@dataclass(frozen=True, slots=True)
class Address:
    """A visiting address (street + number) or a postal one (``postbus``), postcode ``1234AB``."""

    postcode: str
    city: str
    street: str | None = None
    number: str | None = None
    postbus: str | None = None


@dataclass(frozen=True, slots=True)
class Org:
    """One public organisation from the register."""

    id: str
    kind: OrgKind
    name: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # normalised (digits, national form)
    visit: Address | None = None
    postal: Address | None = None
    domains: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organisation named in running text: ``text[start:end]``."""

    start: int
    end: int
    text: str
    kind: MentionKind
    org: Org | None  # None for a local party or a body found by its shape only


class SpanKind(str, enum.Enum):
    """What a :class:`KnownSpan` is."""

    LAW = "law"
    PLACE = "place"


@dataclass(frozen=True, slots=True)
class KnownSpan:
    """A law title or place name found in running text: ``text[start:end]``."""

    start: int
    end: int
    text: str
    kind: SpanKind
    also_name: bool = False  # often a person's name too: first name, frequent surname, village surname
    also_word: bool = False  # also an ordinary Dutch word (Een, Best, Heel, Made)


# --- normalisation ------------------------------------------------------------------------

_POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s*([A-Za-z]{2})\s*$")
_ADDRESS_PC = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b")


def normalize_phone(number: str) -> str:
    """Digits of a Dutch phone number in national form.

    ``+31 (0)70 123 45 67``, ``0031-70-1234567`` and ``(070) 123 45 67`` all give ``0701234567``;
    short numbers (``14 020``) keep their digits.
    """
    s = number.replace("(0)", "")
    digits = re.sub(r"\D", "", s)
    if s.lstrip().startswith("+") and digits.startswith("31"):
        digits = "0" + digits[2:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    if digits.startswith("014") and 5 <= len(digits) <= 7:
        digits = digits[1:]  # "(014) 030" is the municipal short number 14 030
    return digits


def normalize_postcode(postcode: str) -> str | None:
    """``1234 ab`` -> ``1234AB``; None when it is not a Dutch postcode."""
    m = _POSTCODE.match(postcode)
    return f"{m.group(1)}{m.group(2).upper()}" if m else None


def _norm_number(number: str) -> tuple[str, str]:
    """House number as (digits, addition): ``12 a`` / ``12-A`` -> (``12``, ``a``)."""
    m = re.match(r"\s*(\d+)\s*[-/ ]?\s*(\w*)", number)
    if not m:
        return ("", "")
    return (m.group(1).lstrip("0") or "0", m.group(2).lower())


# --- text matching ------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+(?:[-'’&.]\w+)*|&", re.UNICODE)
_LAW_SUFFIX = re.compile(
    r"(?:wet|wetboek|besluit|regeling|verordening|reglement|beleidsregels?|richtlijn|verdrag|statuut|"
    r"decreet|instructie|code)$",
    re.IGNORECASE,
)
_LAW_HEAD = re.compile(
    r"^(?:(?:algemene|tijdelijke|uitvoerings|invoerings|aanpassings|wijzigings)?\s*"
    r"(?:wet|wetboek|besluit|regeling|verordening|beleidsregels?|richtlijn|verdrag|reglement|"
    r"circulaire|aanwijzing|uitvoeringsregeling|subsidieregeling|mandaatbesluit))\b\s+\S",
    re.IGNORECASE,
)
_YEAR_TAIL = re.compile(r"\s+(?:\d{4}|BES|\(\w+\))$")
# Project-authored, case-sensitive: abbreviations of laws common in Woo documents.
_LAW_ABBREVIATIONS = frozenset(
    ["Awb", "Woo", "Wob", "AVG", "UAVG", "GDPR", "Wmo", "Wpg", "Wbp", "Wro", "Wabo", "Bibob", "Wkb", "Wlz", "Zvw", "Wpo", "Wvo", "Whw", "WHW", "Wjz", "Wzd", "Wvggz", "Wgs", "Wbrp", "Wnt", "Wnra", "Ambtenarenwet", "Wams", "Wet", "Bbo", "Bor", "Bal", "Bkl", "Bbl", "Ow", "Gw", "Pw", "Vw", "Wvw", "WVW", "RVV"]
) - {"Wet", "Ow", "Gw", "Pw", "Vw"}
_EXTRA_LAWS = (
    "Wet open overheid", "Omgevingswet", "Participatiewet", "Wetboek van Strafrecht", "Wetboek van Strafvordering",
    "Algemene verordening gegevensbescherming", "Uitvoeringswet Algemene verordening gegevensbescherming",
    "Wet kwaliteitsborging voor het bouwen", "Wet digitale overheid", "Wet inburgering 2021",
    "Wet gemeentelijke schuldhulpverlening", "Wet bevordering integriteitsbeoordelingen door het openbaar bestuur",
    "Wet langdurige zorg", "Zorgverzekeringswet", "Wet publieke gezondheid", "Wet veiligheidsregio's",
    "Wet verplichte geestelijke gezondheidszorg", "Wet zorg en dwang", "Archiefwet 2021", "Burgerlijk Wetboek",
    "Wet normering topinkomens", "Wet hergebruik van overheidsinformatie", "Wet basisregistratie personen",
    "Wet elektronische publicaties", "Wet politiegegevens", "Wet justitiële en strafvorderlijke gegevens",
    "Besluit activiteiten leefomgeving", "Besluit kwaliteit leefomgeving", "Besluit bouwwerken leefomgeving",
    "Omgevingsbesluit", "Wet toekomst pensioenen", "Wet kinderopvang", "Grondwet", "Kieswet",
)
# Generic organisation heads: "<head> <Capitalised ...>" is an organisation even if unlisted.
_ORG_HEAD = re.compile(
    r"^(?:gemeente|provincie|ministerie|waterschap|hoogheemraadschap|wetterskip|rechtbank|gerechtshof|"
    r"veiligheidsregio|ggd|omgevingsdienst|stichting|vereniging|coöperatie|cooperatie|rijksdienst|"
    r"inspectie|autoriteit|regionale\s+uitvoeringsdienst|belastingsamenwerking|gemeenschappelijke\s+regeling|"
    r"politie(?:eenheid)?|brandweer|openbaar\s+lichaam|werkvoorzieningsschap|recreatieschap|"
    r"rekenkamer(?:commissie)?|ombudsman)\s+\S",
    re.IGNORECASE,
)
# Unlisted bodies in running text: a head word and a capitalised name of at most five words on the
# same line (or, after "gemeente"/"provincie", a known place). Connectors may join the words.
_SHAPE_MENTION = re.compile(
    r"\b(?P<head>Gemeente|Provincie|Waterschap|Hoogheemraadschap|Rechtbank|Gerechtshof|Veiligheidsregio|"
    r"GGD|Omgevingsdienst|Politie-?eenheid|Politie|Regionale\s+Uitvoeringsdienst|Stichting|Vereniging|"
    r"gemeente|provincie)[ \u00a0]"
    r"(?P<name>(?:'s-|'t )?[A-Z][\w'’-]*(?: (?:(?:en|van|de|den|der|aan|op|in|voor) )?(?:'s-)?[A-Z][\w'’-]*){0,4})"
)
_FUNCTION_WORDS = frozenset(
    {"en", "de", "het", "een", "van", "in", "op", "met", "aan", "voor", "bij", "na", "ook", "toen", "dan", "dat",
     "die", "dit", "deze", "is", "was", "heeft", "had", "zijn", "wordt", "werd", "of", "maar", "want", "om", "te"}
)
_SHAPE_HEAD = re.compile(r"\b(?:Gemeente|Provincie|Waterschap|Hoogheemraadschap|Rechtbank|Gerechtshof|"
                         r"Veiligheidsregio|GGD|Omgevingsdienst|Politie|Regionale|Stichting|Vereniging|gemeente|"
                         r"provincie)\b")
_LOCAL_PARTY = re.compile(
    r"\b(?:Leefbaar|Gemeentebelangen|Gemeentebelang|Stadspartij|Dorpsbelangen|Lokaal\s+Belang|"
    r"Lokaal|Onafhankelijk|Progressief|Ouderenpartij|Burgerbelangen)\s+"
    r"((?:'s-|'t\s)?[A-Z][\w'’-]+(?:\s+(?:aan|op|en|de|den|der|[A-Z][\w'’-]+))*)"
)


def _joins(gap: str) -> bool:
    """True if the text between two words of one name can join them: a space, a comma, one line break."""
    return len(gap) <= 3 and gap.count("\n") <= 1 and "  " not in gap


def _capitalised(token: str) -> bool:
    """``Den``, ``Zuid-Holland``, and ``s-Hertogenbosch`` (after ``'s-``) are capitalised."""
    return token[:1].isupper() or (token[:2] == "s-" and token[2:3].isupper())


def _first_token_index(phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """Normalised phrases by their first token, longest first (for left-to-right matching)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        toks = tuple(gz.normalize(t) for _, _, t in _tokens(phrase))
        if toks:
            index.setdefault(toks[0], []).append(toks)
    for entries in index.values():
        entries.sort(key=lambda t: -len(t))
    return index


def _tokens(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _TOKEN.finditer(text):
        yield m.start(), m.end(), m.group(0)


def _norm_tokens(text: str) -> tuple[str, ...]:
    return tuple(gz.normalize(t) for _, _, t in _tokens(text))


def _strip_article(norm: str) -> str:
    for art in ("de ", "het ", "'t "):
        if norm.startswith(art):
            return norm[len(art):]
    return norm


def _read(filename: str) -> bytes:
    ref = resources.files("woo_redact").joinpath("data").joinpath("organisations").joinpath(filename)
    return gzip.decompress(ref.read_bytes())


def _address(raw: dict[str, str] | None) -> Address | None:
    if not raw:
        return None
    return Address(postcode=raw["postcode"], city=raw["city"], street=raw.get("street"),
                   number=raw.get("number"), postbus=raw.get("postbus"))


@dataclass(frozen=True, slots=True)
class _Entry:
    tokens: tuple[str, ...]
    org: Org
    kind: MentionKind
    in_text: bool  # may be matched in running text (not only as a whole span)


class OrganisationRegister:
    """Loaded register with fast look-ups. Immutable after :meth:`load`; share one instance."""

    def __init__(self, orgs: Iterable[Org], places: dict[str, str], laws: frozenset[str],
                 weak: dict[str, frozenset[str]] | None = None) -> None:
        """``weak`` maps an organisation id to names/acronyms never matched in running text."""
        self.organisations: tuple[Org, ...] = tuple(orgs)
        weak = weak or {}
        self._places = places
        self._laws = laws
        self._place_words: frozenset[str] = frozenset()
        self._law_index = _first_token_index(self._laws)
        self._place_index = _first_token_index(self._places)
        self._by_name: dict[str, Org] = {}
        self._acronyms: dict[tuple[str, ...], Org] = {}
        self._acronym_index: dict[str, list[tuple[tuple[str, ...], Org]]] = {}
        self._index: dict[str, list[_Entry]] = {}
        self._phones: dict[str, Org] = {}
        self._postbus: dict[str, list[tuple[str, Org]]] = {}
        self._visit: dict[str, list[tuple[tuple[str, str], Org]]] = {}
        self._domains: dict[str, Org] = {}
        for org in self.organisations:  # already in priority order: first wins
            self._add(org, weak.get(org.id, frozenset()))
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e.tokens))

    def _add(self, org: Org, weak: frozenset[str] = frozenset()) -> None:
        for i, name in enumerate((org.name, *org.aliases)):
            toks = _norm_tokens(name)
            if not toks:
                continue
            self._by_name.setdefault(" ".join(toks), org)
            # Bare aliases (``Financiën``, ``Rivierenland``) count for whole-span checks only.
            in_text = i == 0 or len(toks) > 1 or org.kind is OrgKind.PARTIJ
            if name in weak or (len(toks) == 1 and (gz.is_surname(name) or toks[0] in self._places)):
                in_text = False
            self._index.setdefault(toks[0], []).append(_Entry(toks, org, MentionKind.NAME, in_text))
        for acr in org.acronyms:
            toks = tuple(t for _, _, t in _tokens(acr))
            if toks and toks not in self._acronyms:
                self._acronyms[toks] = org
                if acr not in weak:
                    self._acronym_index.setdefault(toks[0], []).append((toks, org))
        for phone in org.phones:
            self._phones.setdefault(phone, org)
        if org.postal and org.postal.postbus:
            self._postbus.setdefault(org.postal.postcode, []).append((org.postal.postbus, org))
        if org.visit and org.visit.number:
            self._visit.setdefault(org.visit.postcode, []).append((_norm_number(org.visit.number), org))

    @classmethod
    @functools.cache
    def load(cls) -> OrganisationRegister:
        """Read the shipped register once per process (about 0.1 s)."""
        payload = json.loads(_read("organisations.json.gz"))
        orgs: list[Org] = []
        weak: dict[str, frozenset[str]] = {}
        domain_owner: dict[str, tuple[int, Org]] = {}
        for raw in payload["organisations"]:
            org = Org(
                id=raw["id"], kind=OrgKind(raw["kind"]), name=raw["name"], acronyms=tuple(raw["acronyms"]),
                aliases=tuple(raw["aliases"]), phones=tuple(normalize_phone(p) for p in raw["phones"]), visit=_address(raw["visit"]),
                postal=_address(raw["postal"]), domains=tuple(raw["domains"]),
            )
            orgs.append(org)
            if raw["weak_names"] or raw["weak_acronyms"]:
                weak[org.id] = frozenset(raw["weak_names"]) | frozenset(raw["weak_acronyms"])
            roots = set(raw["root_domains"])
            for dom in org.domains:
                rank = 0 if dom in roots else 1  # a site's own root beats a page on someone's site
                if dom not in domain_owner or rank < domain_owner[dom][0]:
                    domain_owner[dom] = (rank, org)
        places: dict[str, str] = {}
        for line in _read("places.txt.gz").decode("utf-8").splitlines():
            if line and not line.startswith("#"):
                name, _, kind = line.partition("\t")
                places.setdefault(gz.normalize(name), kind)
        countries = resources.files("woo_redact").joinpath("data").joinpath("organisations").joinpath("countries.txt")
        for line in countries.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                places.setdefault(gz.normalize(line), "land")  # a Dutch place of that name stays a woonplaats
        laws = {gz.normalize(t) for t in _read("laws.txt.gz").decode("utf-8").splitlines() if t and t[0] != "#"}
        laws |= {gz.normalize(t) for t in _EXTRA_LAWS}
        reg = cls(orgs, places, frozenset(laws), weak)
        reg._domains = {d: o for d, (_, o) in domain_owner.items()}
        ref = resources.files("woo_redact").joinpath("data").joinpath("organisations").joinpath("place_words.txt")
        reg._place_words = frozenset(gz.normalize(w) for w in ref.read_text(encoding="utf-8").splitlines()
                                     if w and not w.startswith("#"))
        return reg

    # --- names in text ---------------------------------------------------------------------

    def find_mentions(self, text: str) -> list[OrgMention]:
        """Organisation names, aliases, acronyms, local parties and organisation-shaped names
        (``Gemeente <place>``, ``Veiligheidsregio <Name>``, ``Stichting <Name>``) in ``text``, left to right.

        Names match ignoring case and accents but need a capital in the matched text (so
        ``politie`` as a common noun is skipped, ``Politie`` is not); acronyms match exactly
        (``VWS`` yes, ``vws`` no). Overlaps resolve to the longest, leftmost match.
        """
        toks = list(_tokens(text))
        norms = [gz.normalize(t) for _, _, t in toks]
        found: list[OrgMention] = []
        i = 0
        while i < len(toks):
            best: tuple[int, OrgMention] | None = None
            for entry in self._index.get(norms[i], ()):
                n = len(entry.tokens)
                if not entry.in_text or tuple(norms[i:i + n]) != entry.tokens:
                    continue
                if not any(toks[j][2][:1].isupper() for j in range(i, i + n)):
                    continue
                if not all(_joins(text[toks[j][1]:toks[j + 1][0]]) for j in range(i, i + n - 1)):
                    continue  # words from different layout columns or lines apart
                start, end = toks[i][0], toks[i + n - 1][1]
                best = (n, OrgMention(start, end, text[start:end], MentionKind.NAME, entry.org))
                break  # entries are longest first
            for acr, org in self._acronym_index.get(toks[i][2], ()):
                n = len(acr)
                if (best is None or n > best[0]) and tuple(t for _, _, t in toks[i:i + n]) == acr:
                    start, end = toks[i][0], toks[i + n - 1][1]
                    best = (n, OrgMention(start, end, text[start:end], MentionKind.ACRONYM, org))
            if best:
                found.append(best[1])
                i += best[0]
            else:
                i += 1
        for head in _SHAPE_HEAD.finditer(text):  # every head, also inside another shape's name
            m = _SHAPE_MENTION.match(text, head.start())
            if m is None:
                continue
            name = m.group("name")
            if name.split()[0].lower() in _FUNCTION_WORDS:
                continue  # "GGD Het ..." is a heading, not a body
            shape_end: int | None = m.end()
            if m.group("head").islower() or m.group("head") in {"Gemeente", "Provincie"}:
                words = name.split()  # the name must be a place: trim to the longest place prefix
                shape_end = None
                for k in range(len(words), 0, -1):
                    if self.is_place(" ".join(words[:k])):
                        shape_end = m.start("name") + name.index(words[k - 1]) + len(words[k - 1])
                        break
            if shape_end is None:
                continue
            while True:  # a sentence-initial function word is not part of the name ("... Noordkust En toen")
                last = re.search(r"\s+([\w'’-]+)$", text[m.start("name"):shape_end])
                if last is None or last.group(1).lower() not in _FUNCTION_WORDS:
                    break
                shape_end = m.start("name") + last.start()
            overlap = [f for f in found if f.start < shape_end and m.start() < f.end]
            if all(m.start() <= f.start and f.end <= shape_end and f.end - f.start < shape_end - m.start()
                   for f in overlap):  # a longer shape replaces what it contains ("Politie Oost-Brabant")
                found = [f for f in found if f not in overlap]
                found.append(OrgMention(m.start(), shape_end, text[m.start():shape_end], MentionKind.SHAPE, None))
        for m in _LOCAL_PARTY.finditer(text):
            party_end = self._local_party_end(m)
            if party_end is not None and not any(f.start <= m.start() < f.end for f in found):
                found.append(OrgMention(m.start(), party_end, text[m.start():party_end], MentionKind.LOCAL_PARTY, None))
        found.sort(key=lambda f: f.start)
        return found

    def _local_party_end(self, m: re.Match[str]) -> int | None:
        """End of ``Leefbaar <place>``: the longest run of the captured words that is a place."""
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            place = " ".join(words[:k])
            if self.is_place(place):
                return m.start(1) + m.group(1).index(words[k - 1]) + len(words[k - 1])
        return None

    # --- whole-span questions --------------------------------------------------------------

    def lookup(self, text: str) -> Org | None:
        """The organisation whose name, alias or acronym ``text`` is (acronyms case-sensitive)."""
        acr = tuple(t for _, _, t in _tokens(text))
        if acr in self._acronyms:
            return self._acronyms[acr]
        norm = " ".join(_norm_tokens(text))
        return self._by_name.get(norm) or self._by_name.get(_strip_article(norm))

    def is_organisation(self, text: str) -> bool:
        """True if ``text`` names an organisation: listed, a local party, or organisation-shaped
        (``Gemeente Dijk en Waard``, ``Stichting X``: a head word plus a capitalised name)."""
        text = " ".join(text.split()).strip(" ,.;:()")
        if not text:
            return False
        if self.lookup(text) is not None:
            return True
        party = _LOCAL_PARTY.fullmatch(text)
        if party is not None and self._local_party_end(party) == len(text):
            return True
        m = _ORG_HEAD.match(text)
        if m:
            rest = text[m.end() - 1:]
            return rest[:1].isupper() or rest[:1].isdigit() or self.is_place(rest)
        return False

    def is_law(self, text: str) -> bool:
        """True if ``text`` is the title or abbreviation of a regulation.

        Known titles (9,600 from the Basiswettenbestand) and well-known abbreviations
        (``Awb``, ``Woo``, ``AVG``, case-sensitive) match; otherwise a one-word compound ending in a
        law word (``Leerplichtwet``, ``Bouwbesluit``, ``Subsidieregeling``) or a phrase opening with
        one (``Wet op de ...``, ``Besluit ...``) does. A trailing year or ``BES`` is ignored.
        """
        text = " ".join(text.split()).strip(" ,.;:")
        if not text:
            return False
        if text in _LAW_ABBREVIATIONS or _YEAR_TAIL.sub("", text) in _LAW_ABBREVIATIONS:
            return True
        norm = gz.normalize(text)
        base = _YEAR_TAIL.sub("", norm)
        if norm in self._laws or base in self._laws:
            return True
        words = base.split()
        if len(words) == 1:
            w = words[0]
            suffix = _LAW_SUFFIX.search(w)
            return suffix is not None and len(w) - (suffix.end() - suffix.start()) >= 3 and text[:1].isupper()
        return bool(_LAW_HEAD.match(base)) and text[:1].isupper()

    def find_laws(self, text: str) -> list[KnownSpan]:
        """Law titles and abbreviations in running text (``de Leerplichtwet 1969``, ``artikel 5.1 Woo``).

        Listed titles match ignoring case but must start with a capital; an unlisted capitalised
        one-word compound ending in a law word (``Bouwbesluit``) matches by :meth:`is_law`; a
        trailing year is included.
        """
        return self._find_known(text, self._law_index, SpanKind.LAW)

    def find_places(self, text: str) -> list[KnownSpan]:
        """Capitalised place, municipality, province and region names in running text.

        ``also_name`` marks a place that is often a person's name too (a first name, a top-1000
        family name, or a village listed as a family name): without a place cue (``in``, ``te``,
        a postcode) such a span is no evidence against a person. ``also_word`` marks a place
        that is also an ordinary word (``Een``, ``Best``): at a sentence start it is usually the word.
        """
        return self._find_known(text, self._place_index, SpanKind.PLACE)

    def _find_known(self, text: str, index: dict[str, list[tuple[str, ...]]], kind: SpanKind) -> list[KnownSpan]:
        toks = list(_tokens(text))
        norms = [gz.normalize(t) for _, _, t in toks]
        out: list[KnownSpan] = []
        i = 0
        while i < len(toks):
            n = 0
            if _capitalised(toks[i][2]):
                for entry in index.get(norms[i], ()):
                    k = len(entry)
                    if tuple(norms[i:i + k]) == entry and all(
                            _joins(text[toks[j][1]:toks[j + 1][0]]) for j in range(i, i + k - 1)):
                        n = k
                        break
                if n == 0 and kind is SpanKind.LAW and self.is_law(toks[i][2]):
                    n = 1
            if n:
                start, end = toks[i][0], toks[i + n - 1][1]
                if start > 0 and text[start - 1] in "'’" and re.match(r"[st]\b", toks[i][2]):
                    start -= 1  # 's-Hertogenbosch, 't Zandt
                year = re.match(r" (\d{4})\b", text[end:end + 5])
                if kind is SpanKind.LAW and year:
                    end += len(year.group(0))
                also_name = kind is SpanKind.PLACE and self._place_is_name(text[start:end])
                also_word = kind is SpanKind.PLACE and gz.normalize(text[start:end]) in self._place_words
                out.append(KnownSpan(start, end, text[start:end], kind, also_name, also_word))
                i += n
            else:
                i += 1
        return out

    def _place_is_name(self, place: str) -> bool:
        """A place that is often a person's name: a first name, a frequent family name, or a
        village (not a municipality or province) that is also listed as a family name."""
        norm = gz.normalize(place)
        if gz.is_first_name(place) or norm in gz.top_surnames():
            return True
        return self._places.get(norm) == "woonplaats" and gz.is_bare_surname(place)

    def is_place(self, text: str) -> bool:
        """True if ``text`` is a Dutch place, municipality, province or region name, or a country."""
        norm = gz.normalize(" ".join(text.split()).strip(" ,.;:"))
        return norm in self._places

    def place_kind(self, text: str) -> str | None:
        """``woonplaats``, ``gemeente``, ``provincie``, ``regio`` or ``land`` (None if not a place)."""
        return self._places.get(gz.normalize(" ".join(text.split()).strip(" ,.;:")))

    # --- contact data ----------------------------------------------------------------------

    def owns_phone(self, number: str) -> Org | None:
        """The organisation whose switchboard or fax ``number`` is (any Dutch notation).

        ``14`` + an area code (``14 020``, ``14 0592``) is by design a municipality's service
        number: if the register does not list it, a generic municipal :class:`Org` is returned.
        """
        digits = normalize_phone(number)
        if len(digits) < 4:
            return None
        org = self._phones.get(digits)
        if org is None and re.fullmatch(r"140\d{2,3}", digits):
            org = Org(id=f"tel{digits}", kind=OrgKind.GEMEENTE, name=f"gemeentelijk servicenummer 14 {digits[2:]}",
                      phones=(digits,))
        return org

    def owns_postcode_address(self, postcode: str, house_number: str | int | None = None,
                              street: str | None = None) -> Org | None:
        """The organisation at ``postcode`` (and ``house_number``, or Postbus number).

        A Postbus postcode is an organisation's whether or not the number is given (no one lives
        there); if a number is given it must be that Postbus's. A visiting-address postcode needs
        the house number (``12``, ``12a``, ``12-A``), because residents may share the postcode, or
        else the organisation's own ``street`` (a letterhead ``Parnassusplein, 2511 VX``: a private
        address is never written without its number).
        """
        pc = normalize_postcode(postcode)
        if pc is None:
            return None
        number = None if house_number is None else _norm_number(str(house_number))
        if pc in self._postbus:
            if number is None:
                return self._postbus[pc][0][1]
            for postbus, org in self._postbus[pc]:
                if _norm_number(postbus)[0] == number[0]:
                    return org
        if number is not None:
            for (num, add), org in self._visit.get(pc, ()):
                if num == number[0] and (not add or not number[1] or add == number[1]):
                    return org
        elif street:
            wanted = gz.normalize(street)  # may carry words before the street ("Bezoekadres ...")
            for _, org in self._visit.get(pc, ()):
                own = gz.normalize(org.visit.street) if org.visit and org.visit.street else ""
                if own and (wanted == own or wanted.endswith(" " + own)):
                    return org
        return None

    def owns_address(self, text: str) -> Org | None:
        """The organisation whose address ``text`` is: ``Postbus 20350, 2500 EJ Den Haag``,
        ``Parnassusplein 5 2511 VX Den Haag`` or ``Parnassusplein, 2511VX`` (see
        :meth:`owns_postcode_address` for when a postcode counts). ``text`` should hold one
        address; if it holds several, the last postcode and the words between it and the previous
        postcode decide."""
        found = list(_ADDRESS_PC.finditer(text))
        if not found:
            return None
        m = found[-1]
        before = text[found[-2].end() if len(found) > 1 else 0:m.start()].rstrip(" ,;|\n\t")
        postbus = re.search(r"(?:postbus|antwoordnummer)\s*(\d+)$", before, re.IGNORECASE)
        if postbus:
            return self.owns_postcode_address(m.group(0), postbus.group(1))
        street = re.search(r"([A-Za-zÀ-ÿ'’.\- ]*[A-Za-zÀ-ÿ.])\s*(\d+\s*[a-zA-Z]?(?:[-/]\w+)?)?$", before)
        if street is None:
            return self.owns_postcode_address(m.group(0))
        return self.owns_postcode_address(m.group(0), street.group(2), street.group(1).strip() or None)

    def owns_domain(self, domain: str) -> Org | None:
        """The organisation owning a domain, URL or mail address (subdomains included)."""
        host = domain.strip().lower()
        if "@" in host:
            host = host.rsplit("@", 1)[1]
        host = re.sub(r"^[a-z]+://", "", host).split("/", 1)[0].split(":", 1)[0].strip(".")
        host = host.removeprefix("www.")
        labels = host.split(".")
        for i in range(len(labels) - 1):
            org = self._domains.get(".".join(labels[i:]))
            if org is not None:
                return org
        return None


# Local parts of functional (non-personal) mailboxes; a word from this list anywhere in the local
# part (split on . _ - +) marks the address as an organisation's mailbox. Project-authored.
def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_FUNCTIONAL_WORDS = _wordset(
    "info informatie post postbus contact klantcontact servicedesk service helpdesk support secretariaat "
    "bestuurssecretariaat griffie raadsgriffie bezwaar bezwaren bezwaarschriften klacht klachten "
    "klachtenmeldpunt woo wob woo-verzoeken wooverzoeken pers persvoorlichting communicatie media "
    "redactie team afdeling bureau loket balie receptie frontoffice backoffice vergunningen handhaving "
    "toezicht meldingen melding meldpunt noreply no-reply donotreply privacy fg avg juridischezaken "
    "juridisch juridische administratie facturen factuur crediteuren debiteuren inkoop hr personeelszaken "
    "sollicitaties vacatures werkenbij gemeente provincie waterschap belastingen subsidies subsidie "
    "omgevingsdienst ggd jeugd wmo participatie inkomen schuldhulp burgerzaken publiekszaken "
    "digitaal webmaster postmaster admin office mail email kcc"
)


def is_functional_mailbox(address: str) -> bool:
    """True if the local part of ``address`` names a function, not a person.

    ``info@``, ``bezwaar.team@``, ``woo-verzoeken@``, ``secretariaat.griffie@`` are; ``j.jansen@``,
    ``fatima.elamrani@`` are not. Only the local part is judged: combine with :func:`owns_domain`
    to keep an organisation's general mailbox readable while a personal one is redacted.
    """
    local = address.strip().split("@", 1)[0].lower()
    if not local or "@" not in address:
        return False
    parts = [p for p in re.split(r"[._+\-]", local) if p]
    return local in _FUNCTIONAL_WORDS or any(p in _FUNCTIONAL_WORDS for p in parts)


# --- module-level shortcuts (the shared register) -------------------------------------------


def find_mentions(text: str) -> list[OrgMention]:
    """:meth:`OrganisationRegister.find_mentions` on the shared register."""
    return OrganisationRegister.load().find_mentions(text)


def is_organisation(text: str) -> bool:
    """:meth:`OrganisationRegister.is_organisation` on the shared register."""
    return OrganisationRegister.load().is_organisation(text)


def find_laws(text: str) -> list[KnownSpan]:
    """:meth:`OrganisationRegister.find_laws` on the shared register."""
    return OrganisationRegister.load().find_laws(text)


def find_places(text: str) -> list[KnownSpan]:
    """:meth:`OrganisationRegister.find_places` on the shared register."""
    return OrganisationRegister.load().find_places(text)


def is_law(text: str) -> bool:
    """:meth:`OrganisationRegister.is_law` on the shared register."""
    return OrganisationRegister.load().is_law(text)


def is_place(text: str) -> bool:
    """:meth:`OrganisationRegister.is_place` on the shared register."""
    return OrganisationRegister.load().is_place(text)


def owns_phone(number: str) -> Org | None:
    """:meth:`OrganisationRegister.owns_phone` on the shared register."""
    return OrganisationRegister.load().owns_phone(number)


def owns_postcode_address(postcode: str, house_number: str | int | None = None,
                          street: str | None = None) -> Org | None:
    """:meth:`OrganisationRegister.owns_postcode_address` on the shared register."""
    return OrganisationRegister.load().owns_postcode_address(postcode, house_number, street)


def owns_domain(domain: str) -> Org | None:
    """:meth:`OrganisationRegister.owns_domain` on the shared register."""
    return OrganisationRegister.load().owns_domain(domain)


def owns_address(text: str) -> Org | None:
    """:meth:`OrganisationRegister.owns_address` on the shared register."""
    return OrganisationRegister.load().owns_address(text)
