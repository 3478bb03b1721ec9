"""What kind of document this is, as far as it changes who counts as a public person.

Parliamentary papers (Kamerstukken, Handelingen, besluitenlijsten of Kamer committees) name
members of parliament, ministers and committee staff in their public role: their names are
public by nature. Council and Provinciale Staten papers name members with their party. In a
Woo case file the same honorific ("de heer X") is a citizen. The genre is read from markers a
document of that kind carries in its header or running text, never from its file name.
"""

from __future__ import annotations

import enum
import functools
import re


class Genre(str, enum.Enum):
    PARLIAMENTARY = "parliamentary"
    COUNCIL = "council"
    # The minutes or agenda of a "bestuurlijk overleg" between public bodies: each body is
    # represented by an administrator (wethouder, gedeputeerde, minister), who is public in that
    # role; the civil servants who support them are not (see :func:`consultation_administrators`).
    ADMINISTRATIVE_CONSULTATION = "administrative_consultation"
    OTHER = "other"


_PARLIAMENT = re.compile(
    r"Tweede Kamer der Staten-Generaal|Eerste Kamer der Staten-Generaal|\bVergaderjaar\s+\d{4}\s*[–-]\s*\d{4}|"
    r"\bKamerstuk(?:ken)?\s+(?:I{1,2}\s+)?\d{4}|\bHandelingen\s+(?:I{1,2}\s+)?\d{4}|\bAanhangsel van de Handelingen|"
    r"\bvaste commissie voor\b|\b[Dd]e griffier van de (?:vaste )?commissie\b"
)
# The fixed formulas of a motion or an amendment: one is enough ("De Kamer, gehoord de
# beraadslaging,"; "MOTIE VAN DE LEDEN X EN Y"; "AMENDEMENT VAN HET LID X").
_MOTION = re.compile(
    r"\b[Dd]e\s+(?:Kamer|[Rr]aad|Staten),\s+gehoord\s+de\s+beraadslaging\b|"
    r"^\s*(?:GEWIJZIGDE\s+)?(?:MOTIE|AMENDEMENT)\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\b",
    re.MULTILINE,
)
_COUNCIL = re.compile(
    r"\b(?:[Gg]emeenteraad|[Rr]aadsvergadering|[Rr]aadsvoorstel|[Rr]aadsbesluit|Provinciale Staten|Statenvoorstel|"
    r"[Ss]tatenvergadering|[Cc]ommissievergadering|[Rr]aadscommissie|Algemeen Bestuur)\b"
)
# Cues that a person in such a paper is a private person after all.
PRIVATE_CUES = re.compile(
    r"\b(?:inspreker|insprekers|insprak|burger|bewoner|bewoonster|omwonende|melder|aanvrager|klager|verzoeker|"
    r"bezwaarmaker|appellant|betrokkene|cliënt|client|patiënt|slachtoffer|verdachte|huurder|eigenaar)\b",
    re.IGNORECASE,
)


# A letter to a person that cites Kamerstukken is correspondence: its salutation comes before the
# first parliamentary marker ("Geachte heer Bakker, … Kamerstuk …"); a letter to the Kamer itself
# ("Geachte voorzitter,") is not excluded.
_SALUTATION = re.compile(
    r"^[ \t]*(?:geachte|beste|dear|hallo|hoi)\b(?![ \t]+(?:voorzitter|kamerleden|leden|commissie|griffier))",
    re.IGNORECASE | re.MULTILINE,
)
# An e-mail or chat that quotes a Kamerstuk is correspondence, not a parliamentary paper.
_MAIL_HEADER = re.compile(r"^(?:Van|Aan|From|To|Onderwerp|Subject|Verzonden|Sent|Datum|Date)\s*:", re.MULTILINE)


# The title of a bestuurlijk overleg's minutes or agenda, at the start of a line of the head:
# "Verslag bestuurlijk overleg …", "Agenda BO …", "Betreft: Bestuurlijk overleg over …",
# "Bestuurlijk Overleg X". An "ambtelijk (voor)overleg", a projectteam's or an internal meeting,
# or a note preparing a BO ("Notitie ter voorbereiding van het bestuurlijk overleg") is no such
# genre: there the people named are civil servants.
_CONSULTATION_TITLE = re.compile(
    r"^[ \t]*(?:(?:betreft|onderwerp)[ \t]*:?[ \t]*)?(?:(?:concept[- ]?)?(?:verslag|agenda|notulen|besluitenlijst|"
    r"actielijst|aantekeningen|conceptverslag|conceptagenda)(?:[ \t]+van)?(?:[ \t]+het)?[ \t]+(?:bestuurlijk(?:e)?[ \t]+overleg|BO)\b|"
    r"bestuurlijk(?:e)?[ \t]+overleg\b)",
    re.IGNORECASE | re.MULTILINE,
)
_CONSULTATION_HEAD_LINES = 15


@functools.lru_cache(maxsize=256)
def genre_of(text: str) -> Genre:
    """The genre of a document from the head of its first page."""
    head = text[:3000]
    if len(_MAIL_HEADER.findall(head)) >= 2:
        return Genre.OTHER
    motion = _MOTION.search(head)
    if motion is not None and not _SALUTATION.search(head, 0, motion.start()):
        # A motion of the Kamer is parliamentary; one of a council or the Staten is a council paper.
        return Genre.PARLIAMENTARY if "Kamer" in motion.group() or "VAN" in motion.group() else Genre.COUNCIL
    first = _PARLIAMENT.search(head[:1500])
    if first is not None and len(_PARLIAMENT.findall(text[:20000])) >= 2 and not _SALUTATION.search(head, 0, first.start()):
        return Genre.PARLIAMENTARY
    top = "\n".join(head.split("\n")[:_CONSULTATION_HEAD_LINES])
    if any(_is_consultation_title(m) for m in _CONSULTATION_TITLE.finditer(top)):
        return Genre.ADMINISTRATIVE_CONSULTATION
    if len(_COUNCIL.findall(head)) >= 2:
        return Genre.COUNCIL
    return Genre.OTHER


def _is_consultation_title(m: re.Match[str]) -> bool:
    """"BO" only in capitals ("Agenda bo" is no title)."""
    return "bo" not in m.group().casefold().split() or "BO" in m.group()


# The attendee list of a meeting: "Aanwezig: A (gemeente X), B (gemeente X), C (provincie Y)".
_ATTENDEES_LABEL = re.compile(r"^[ \t]*(?:aanwezig(?:en)?|deelnemers)[ \t]*:?[ \t]*", re.IGNORECASE | re.MULTILINE)
# A line that starts the next part of the head or the agenda ("Afwezig:", "Nr.", "1. Opening").
_ATTENDEES_END = re.compile(
    r"^[ \t]*(?:afwezig|afgemeld|afmeldingen|verhinderd|notulist|verslag|agenda|onderwerp|nr\.|gasten?|datum|"
    r"locatie|tijd|voorzitter|\d+[.)]?(?:\s|$)|[\w ]{2,25}[ \t]*:)",
    re.IGNORECASE,
)
_ATTENDEE = re.compile(r"([^,;()\n]*?)[ \t]*\(([^()]{2,60})\)")
# What a public body is called in such a list: "gemeente Zwolle", "provincie Utrecht", "Ministerie
# van X", "waterschap Y", or a bare place name ("Hellendoorn", "Almelo-Noord").
_PUBLIC_BODY = re.compile(
    r"^(?:(?:gemeente|provincie|ministerie|waterschap|hoogheemraadschap|veiligheidsregio|regio|rijkswaterstaat|"
    r"GS|B&W|college)\b[\w\s&'’\-.]*|[A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+){0,2})$"
)
# Who is a civil servant or a private party by the words in the parentheses.
_NOT_ADMINISTRATOR = re.compile(
    r"\b(?:ambtelijk\w*|ambtenaar|beleids\w+|adviseur|advies|secretaris|notulist\w*|projectleider|programmamanager|"
    r"teamleider|manager|coördinator|coordinator|medewerker|jurist|directeur|griffie|ondersteuning|stichting|"
    r"vereniging|coöperatie|B\.?V\.?|N\.?V\.?|bewoners\w*|omwonenden|belangen\w*|inwoner|burger|insprek\w*)\b",
    re.IGNORECASE,
)
_NAME_SHAPE = re.compile(r"^(?:[A-ZÀ-Ý][\w'’\-.]*|(?:[A-Z]\.)+|van|de|der|den|ter|ten|te|in|'t|el|al)(?:\s+(?:[A-ZÀ-Ý][\w'’\-.]*|van|de|der|den|ter|ten|te|in|'t|el|al))+$")


def consultation_administrators(text: str) -> tuple[str, ...]:
    """The administrators in the attendee list of a bestuurlijk overleg: per public body, the
    first person listed with it ("A (gemeente X), B (gemeente X)": A represents the body, B is the
    civil servant supporting A — the order minutes follow), or whoever has an office in the
    parentheses ("A (wethouder Almelo)"). Nobody with a civil servant's or private party's word in
    the parentheses, nobody of a body that is no public one, nobody in a list without bodies.

    For a document of :attr:`Genre.ADMINISTRATIVE_CONSULTATION` only: in other minutes the first
    person of an organisation is not its administrator."""
    out: list[str] = []
    for lab in _ATTENDEES_LABEL.finditer(text[:6000]):
        lines = [text[lab.end() : text.find("\n", lab.end()) if "\n" in text[lab.end() :] else len(text)]]
        rest = text[lab.end() + len(lines[0]) + 1 :].split("\n")
        for ln in rest[:12]:
            if not ln.strip() or _ATTENDEES_END.match(ln):
                break
            lines.append(ln)
        seen: set[str] = set()
        for m in _ATTENDEE.finditer(" ".join(" ".join(lines).split())):
            name, body = m.group(1).strip(" ,;\t"), " ".join(m.group(2).split())
            key = re.sub(r"^(?:gemeente|provincie)\s+", "", body.casefold())
            office = _OFFICE_IN_PARENS.match(body) is not None
            first = key not in seen
            seen.add(key)
            if not name or not _NAME_SHAPE.match(name) or _NOT_ADMINISTRATOR.search(body):
                continue
            if office or (first and _PUBLIC_BODY.match(body)):
                out.append(name)
    return tuple(dict.fromkeys(out))


_OFFICE_IN_PARENS = re.compile(
    r"^(?:wethouder|gedeputeerde|burgemeester|loco-burgemeester|dijkgraaf|heemraad|minister|staatssecretaris|"
    r"commissaris\s+van\s+de\s+koning|portefeuillehouder)\b",
    re.IGNORECASE,
)


# Parties in parliament, provincial and municipal councils; local parties by their usual words.
_PARTIES = (
    "VVD|CDA|D66|PvdA|GroenLinks|GL|SP|PVV|CU|ChristenUnie|SGP|PvdD|DENK|FvD|JA21|BBB|NSC|Volt|50PLUS|BIJ1|"
    "GL-PvdA|GroenLinks-PvdA|GL/PvdA|PvdA/GL|PvdA-GL|OSF|Partij voor de Dieren|Forum voor Democratie|"
    "Nieuw Sociaal Contract|BoerBurgerBeweging|Lijst [A-Z][\\w-]+"
)
PARTY = r"(?:" + _PARTIES + r"|(?:Leefbaar|Lokaal|Gemeentebelangen|Stadspartij|Dorpsbelangen|Progressief|Gemeentebelang)[\w\- ]{0,20}|[\w\- ]{2,20}(?:Belang|Lokaal|Partij))"
PARTY_AFTER = re.compile(r"^\s*\(\s*" + PARTY + r"\s*\)")


def party_follows(page_text: str, end: int) -> bool:
    """A party in parentheses right after the name ending at ``end``, also when the line wraps
    between them ("mede namens D. Kaya⏎(SP)"): :data:`PARTY_AFTER` on the rest of the line, or on
    the next line when nothing else follows the name on its own."""
    le = page_text.find("\n", end)
    rest = page_text[end : len(page_text) if le == -1 else le]
    if PARTY_AFTER.match(rest):
        return True
    if le == -1 or rest.strip(" \t"):
        return False
    nl = page_text.find("\n", le + 1)
    return PARTY_AFTER.match(page_text[le + 1 : len(page_text) if nl == -1 else nl]) is not None
PARTY_LINE_HEAD = re.compile(r"^\s*" + PARTY + r"\s*:")
