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
    OTHER = "other"


_PARLIAMENT = re.compile(
    r"Tweede Kamer der Staten-Generaal|Eerste Kamer der Staten-Generaal|\bVergaderjaar\s+\d{4}\s*[–-]\s*\d{4}|"
    r"\bKamerstuk(?:ken)?\s+(?:I{1,2}\s+)?\d{4}|\bHandelingen\s+(?:I{1,2}\s+)?\d{4}|\bAanhangsel van de Handelingen|"
    r"\bvaste commissie voor\b|\bde griffier van de (?:vaste )?commissie\b"
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


# An e-mail or chat that quotes a Kamerstuk is correspondence, not a parliamentary paper.
_MAIL_HEADER = re.compile(r"^(?:Van|Aan|From|To|Onderwerp|Subject|Verzonden|Sent|Datum|Date)\s*:", re.MULTILINE)


@functools.lru_cache(maxsize=256)
def genre_of(text: str) -> Genre:
    """The genre of a document from the head of its first page."""
    head = text[:3000]
    if len(_MAIL_HEADER.findall(head)) >= 2:
        return Genre.OTHER
    if len(_PARLIAMENT.findall(head[:1500])) >= 1 and len(_PARLIAMENT.findall(text[:20000])) >= 2:
        return Genre.PARLIAMENTARY
    if len(_COUNCIL.findall(head)) >= 2:
        return Genre.COUNCIL
    return Genre.OTHER


# Parties in parliament, provincial and municipal councils; local parties by their usual words.
_PARTIES = (
    "VVD|CDA|D66|PvdA|GroenLinks|GL|SP|PVV|CU|ChristenUnie|SGP|PvdD|DENK|FvD|JA21|BBB|NSC|Volt|50PLUS|BIJ1|"
    "GL-PvdA|GroenLinks-PvdA|GL/PvdA|PvdA/GL|PvdA-GL|OSF|Partij voor de Dieren|Forum voor Democratie|"
    "Nieuw Sociaal Contract|BoerBurgerBeweging|Lijst [A-Z][\\w-]+"
)
PARTY = r"(?:" + _PARTIES + r"|(?:Leefbaar|Lokaal|Gemeentebelangen|Stadspartij|Dorpsbelangen|Progressief|Gemeentebelang)[\w\- ]{0,20}|[\w\- ]{2,20}(?:Belang|Lokaal|Partij))"
PARTY_AFTER = re.compile(r"^\s*\(\s*" + PARTY + r"\s*\)")
PARTY_LINE_HEAD = re.compile(r"^\s*" + PARTY + r"\s*:")
