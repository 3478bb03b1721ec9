"""Is a span the NER model calls a person plausibly a person's name?

The statistical model is the only detector that can find a name with no cue at all, and also
the one that tags department names (``team Toezicht en Handhaving``), case numbers and
compounds (``Bewonersvereniging Stationsbuurt``) as people. A model-only span is accepted when
there is evidence of a name in it — a known first name, a listed family name, initials, or a
capitalised word that is rare in Dutch text — and none against it: digits, an organisation or
department word right before it, or only ordinary words.

Word frequencies come from the ``wordfreq`` package (Zipf scale: 3 ≈ once per million words);
name lists from :mod:`woo_redact.detect.gazetteer`.

Limits: a rare-but-ordinary compound (``Stationsbuurt``) counts as rare, so it passes; a name
that is also a frequent word and on no list (``Roos`` alone) is rejected. Rejected spans are
proposed for review, not silently dropped.
"""

from __future__ import annotations

import functools
import re

from ..reasons import Implausibility
from . import gazetteer as gz

RARE_ZIPF = 2.9  # below this a capitalised word is unusual enough to be a name
ENGLISH_ZIPF = 3.5  # at or above this in English text a word rare in Dutch is English, not a name

# Words that, right before a span, make it an organisation unit rather than a person.
_UNIT_BEFORE = re.compile(
    r"(?:\b(?:team|afdeling|directie|cluster|sector|bureau|dienst|taakveld|programma|project|"
    r"gemeente|provincie|ministerie|stichting|vereniging|werkgroep|commissie|regio|zaak|zaaknummer|"
    r"klachtnummer|kenmerk|dossier|dossiernummer|organisatie|bedrijf|firma|locatie|wijk|buurt|straat)"
    r"\s*[:#]?\s*)$",
    re.IGNORECASE,
)
# A body or a thing named after a person: the name that follows is its name, not a person.
_NAMED_AFTER = re.compile(
    r"\b(?:Stichting|Vereniging|Fonds|Coöperatie|Cooperatie|Prijs|Lezing|Leerstoel|Stadion|Museum|School|"
    r"Basisschool|Ziekenhuis|Kliniek|Kazerne|Zaal|Paviljoen|Bibliotheek|Instituut|Genootschap|"
    r"[Ww]ijkcentrum|[Bb]uurthuis|[Dd]orpshuis|[Gg]emeenschapshuis|[Ss]porthal|[Zz]wembad|[Ss]porthal|[Kk]erk|"
    r"[Mm]oskee|[Hh]otel|[Rr]estaurant|[Cc]afé|[Cc]amping|[Ss]tation|[Pp]arkeergarage|[Ff]estival|[Ee]venement)\s*$"
)
_CONNECTORS = {"en", "van", "de", "der", "den", "het", "voor", "op", "in", "&", "-", "t", "'t", "te", "ten", "ter"}
_ORG_TAIL = re.compile(
    r"(?:vereniging|stichting|kantoor|bedrijf|buurt|lab|groep|centrum|college|commissie|"
    r"dienst|bureau|zaken|beheer|advies|fonds|instituut|afdeling|team|platform|autoriteit|"
    # bodies and documents: "Kiesraad", "Procedurekamer", "Rekenkamer", "Energiestrategie"
    r"raad|kamer|bank|inspectie|partij|fractie|orgaan|agentschap|loket|nota|programma|strategie|"
    r"eenheid|dienstverlening|directie|domein|cluster|sector|unit|brief|notitie|memo|toelichting|"
    r"motie|amendement|rapport|advies|besluitenlijst|"
    # places and things named after people: "Johan Cruijff ArenA", "Erasmusbrug", "Spinozaprijs"
    r"arena|stadion|theater|museum|school|ziekenhuis|kliniek|brug|tunnel|prijs|lezing|zaal|kazerne|paviljoen|"
    r"festival|station|parkeergarage|forum|markthal|bos|centrum|kerk|"
    r"beleid|rapport|stukken|verslag|jaarverslag|akkoord|agenda|overleg|netwerk|coalitie|alliantie|"
    # job titles: "Omgevingsmanager", "GHOR-adviseur", "Projectleider"
    r"manager|adviseur|medewerker|co[öo]rdinator|leider|functionaris|consulent|specialist|"
    r"secretaris|directeur|beheerder|jurist|officier|inspecteur|deskundige|ambtenaar|"
    # public bodies as a word of the span: "Dijklint GEMEENTE PAPENDRECHT", "Wegen Provincie Utrecht"
    r"gemeente|provincie|ministerie|waterschap|hoogheemraadschap|veiligheidsregio|"
    r"handhaver|toezichthouder|assistent|regisseur|planner|analist|controller|voorzitter)$",
    re.IGNORECASE,
)
# Dutch abstract-noun endings: a rare word with one of these is a term ("Schuldhulpverlening",
# "Invordering"), not a name (names that end so are on the name lists and pass before this).
_NOUN_SUFFIX = re.compile(r"(?:ing|ingen|heid|heden|atie|aties|schap|teit|isme|ering|erij|tuur|sie)$", re.IGNORECASE)
_CAMEL = re.compile(r"^[A-Z]?[a-z]{2,}[A-Z][a-z]+[A-Za-z]*$")
_CAMEL_NAME = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Ten|Ter|Fitz|St)[A-Z]")
_LEGAL_FORM = re.compile(r"^(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|C\.?V\.?|U\.?A\.?|Ltd\.?|GmbH|Inc\.?|S\.?A\.?)[.,;:]*$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,4}$")
# Titles of laws and regulations: "Leerplichtwet", "Omgevingsbesluit", "Verordening".
_LAW = re.compile(r"^[A-Z][a-z\-]*(?:wet|wetboek|besluit|regeling|verordening|richtlijn|reglement|statuut)[.,;:]*$")
# Street words: "Hooftlaan", "Fokkerweg", "Stationsplein"; a listed family name ("Groendijk") is not one.
_STREET_TAIL = re.compile(
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|pad|hof|markt|allee|boulevard|baan|wal|haven|"
    r"plantsoen|kanaal|polder|erf|hoek|veld|park|burgwal|wetering|vaart|gang|straatweg)$"
)
# Acronyms, plural or with digits: "ESMA", "TEKs", "GR26", "RES".
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z0-9][A-Z0-9&\-]*[a-z]?$")
_TITLE_BEFORE = re.compile(r"\b(?:heer|mevrouw|meneer|dhr|mevr|mw|dr|mr|ir|drs|ing|prof)\.?\s*$", re.IGNORECASE)


def preload() -> None:
    """Load wordfreq's Dutch frequency list now (about a second) instead of on first use."""
    _zipf("de")


@functools.lru_cache(maxsize=65536)
def _zipf_en(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "en"))


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return 0.0
    return float(zipf_frequency(word.lower(), "nl"))


def _name_evidence(tok: str) -> bool:
    if _INITIALS.match(tok):
        return True
    if gz.is_first_name(tok):
        return True
    if gz.surname_score(tok) >= 0.7:
        return True
    core = tok.strip(".,;:()'\"")
    return bool(
        core[:1].isupper()
        and not (core.isupper() and len(core) <= 5)  # "OOV", "GGD", "KCC": acronyms of units
        and core.replace("-", "").isalpha()
        and _zipf(core) < RARE_ZIPF
        and _zipf_en(core) < ENGLISH_ZIPF  # "Notification", "Apple": English words, not names
        and not _ORG_TAIL.search(core)
        and not _NOUN_SUFFIX.search(core)
    )


def _is_street_word(tok: str) -> bool:
    core = tok.strip(".,;:()")
    m = _STREET_TAIL.search(core.lower())
    return bool(m and m.start() >= 3 and core[:1].isupper() and gz.surname_score(core) < 0.7)


def why_implausible(text: str, before: str = "") -> Implausibility | None:
    """Why a weakly supported PERSON span ``text`` (preceded on its line by ``before``) is not
    plausibly a name, or ``None`` when it is."""
    if any(c.isdigit() for c in text):
        return Implausibility.DIGITS
    if _UNIT_BEFORE.search(before):
        return Implausibility.AFTER_UNIT_WORD
    tokens = [t for t in re.split(r"[\s,]+", text) if t]
    content = [t for t in tokens if t.lower() not in _CONNECTORS]
    if not content:
        return Implausibility.NO_NAME_WORDS
    if any(_ORG_TAIL.search(t.strip(".")) and gz.surname_score(t.strip(".")) < 0.3 for t in content):
        return Implausibility.ORGANISATION_WORD  # "Jan Zaal", "Petra Bank": listed family names pass
    if _NAMED_AFTER.search(before):
        return Implausibility.ORGANISATION_WORD  # "Stichting Jan Pieter Heije", "Fonds Anna Blaman"
    if any(_LEGAL_FORM.match(t) for t in content):
        return Implausibility.LEGAL_FORM
    if any(_CAMEL.match(t.strip(".,;:()'\"’")) and not _CAMEL_NAME.match(t) for t in content):
        return Implausibility.PRODUCT_NAME  # "SonarQube", "PowerPoint", "WhatsApp"; not "McLean", "DeVries"
    if any(_LAW.search(t) for t in content):
        return Implausibility.LAW
    if any(_is_street_word(t) for t in content):
        return Implausibility.STREET
    if all(_ACRONYM.match(t.strip(".,;:()")) for t in content):
        return Implausibility.ACRONYM
    if any(_name_evidence(t) for t in content):
        return None
    if _TITLE_BEFORE.search(before) and content[0][:1].isupper():
        return None
    return Implausibility.ONLY_ORDINARY_WORDS


def plausible_person(text: str, before: str = "") -> tuple[bool, str]:
    """(accepted, why in English) for a model-only PERSON span: :func:`why_implausible` for messages."""
    why = why_implausible(text, before)
    return (True, "name evidence") if why is None else (False, why.value)
