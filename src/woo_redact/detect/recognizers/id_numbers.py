"""ID_NUMBER recognizer: passport, identity card, driving licence and residence document numbers.

Only next to a context word (paspoort, paspoortnummer, identiteitskaart, ID-kaart, rijbewijs,
rijbewijsnummer, documentnummer, verblijfsdocument, verblijfsvergunning, vreemdelingennummer,
V-nummer): the shapes on their own are too common.

* passport / ID card (since 2014): 9 characters, letters and digits, 2 letters first, a digit
  last, never the letter O (``NW3K8P2R1``);
* driving licence (rijbewijsnummer): 10 digits;
* V-nummer (vreemdelingennummer): 10 digits; residence documents: 9 characters as above.

Score 0.8 with context (no checksum is public, so below the validated identifiers).

Also identifiers tied to a person by a label right before them (``personeelsnummer``,
``klantnr``, ``cliëntnummer``, ``cliëntdossier``, ``gebruikersnaam``/``user``/``login`` for
account names such as ``jdevries01``), and 11-digit numbers in a care or social-security
context. Case, file and order numbers of organisations (``zaaknummer``, ``dossiernummer``,
``registratienummer``, ``kenmerk``, ``factuur``) are not person labels and stay readable.
Limits: older document numbers with other shapes are not found; a 10-digit number near the
word ``documentnummer`` may be some other document's number (the policy reviews).
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer, Verdict, context_regex

# Passport / ID card (two letters first) and residence documents (one letter first): nine
# characters, no letter O, at least two letters and two digits, a digit last.
DOCUMENT_REGEX = (
    r"(?<![\w-])(?=(?:[A-NP-Z0-9]*[0-9]){2})(?=(?:[A-NP-Z0-9]*[A-NP-Z]){2})[A-NP-Z][A-NP-Z0-9]{7}[0-9](?![\w-])"
)
TEN_DIGITS_REGEX = r"(?<![\w.,/+-])(?:\d{10}|\d{4}[ .]\d{3}[ .]\d{3})(?![\w]|[.,/-]\d)"
# Older passports and ID cards (two letters + 6-7 digits) and V-nummers written with a V.
OLD_DOCUMENT_REGEX = r"(?<![\w-])(?:[A-Z]{2}\d{6,7}|V[ \u00a0.-]?\d{7,10})(?![\w-])"
# An identifier right after a label that ties it to a person: personeelsnummer 339801,
# klantnr: K-88213, gebruikersnaam jdevries01, cliëntnummer 1234567. The value must hold a
# digit, or (user names only) be one lower-case login token.
_PERSON_NUMBER_LABEL = (
    r"(?:personeels|medewerkers|werknemers|client|cliënt|klant|relatie|patiënt|patient|student|leerling|"
    r"lid|leden|pas|uitkerings|debiteur|zorgverzekerings|verzekerden|"
    r"cliëntdossier|clientdossier|vreemdelingen|ind-|v-|burger|sofi|pers|empl|employee|staff|"
    r"customer|client |member |boa-|boa|dienst|stam|ambtenaren|verbalisant)"
    r"(?:nummer|nr\.?|no\.?|id|number|code)"
    r"|(?:medewerker|employee|user|gebruiker|client|cliënt|klant)[ \u00a0-]?id|pers\.?[ \u00a0]?nr\.?|p-nummer|pnr"
)
_LOGIN_LABEL = r"(?:gebruikersnaam|gebruikers-id|gebruiker|inlognaam|loginnaam|login|user(?:name|[ \u00a0]?id)?|account(?:naam)?|userid)"
LABELLED_ID_REGEX = (
    rf"(?<![\w-])(?i:{_PERSON_NUMBER_LABEL})(?![A-Za-zÀ-ÿ])[ \t\u00a0]*[:#]?[ \t\u00a0]*"
    r"(?P<v>(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9][A-Za-z0-9./-]{2,24}[A-Za-z0-9])(?![\w-])"
)
LOGIN_REGEX = (
    rf"(?<![\w-])(?i:{_LOGIN_LABEL})(?![\wÀ-ÿ.])[ \t\u00a0]*[:=]?[ \t\u00a0]*"
    r"(?P<v>[a-z][a-z0-9._-]{2,30}[a-z0-9])(?![\w@-])"
)
# An 11-digit number (zorg-/client-/polis-/uitkeringsnummer in medical and social files).
ELEVEN_DIGITS_REGEX = r"(?<![\w.,/+-])(?:\d{11}|\d{3}[ .]\d{4}[ .]\d{4}|\d{4}[ .]\d{3}[ .]\d{4})(?![\w]|[.,/-]\d)"
ELEVEN_CONTEXT = (
    "patiënt*", "patient*", "cliënt*", "client*", "zorgverzeker*", "verzekerde*", "polis*",
    "uitkering*", "dossier*", "zorgdossier", "huisarts*", "ziekenhuis*", "wmo", "jeugdzorg",
    "uwv", "svb", "ggz", "zorg", "indicatie*",
)
_ELEVEN_CONTEXT_RE = context_regex(ELEVEN_CONTEXT)
# Login values that are ordinary words, not accounts.
_NOT_LOGINS = frozenset("onbekend unknown anoniem anonymous admin systeem system geen none nvt n.v.t. root test".split())

ID_CONTEXT = (
    "paspoort*",
    "identiteitskaart*",
    "identiteitsbewijs*",
    "id-kaart",
    "id kaart",
    "idkaart",
    "id-bewijs",
    "legitimatie*",
    "rijbewijs*",
    "documentnummer",
    "documentnr",
    "document nr",
    "verblijfsdocument*",
    "verblijfsvergunning*",
    "verblijfspas",
    "vreemdelingennummer",
    "v-nummer",
    "v-nr",
    "reisdocument*",
    "ind",
)


class IdNumberRecognizer(DutchPatternRecognizer):
    """Identity document numbers (with a document word) and identifiers labelled as a person's."""

    ENTITY: ClassVar[str] = "ID_NUMBER"
    PATTERNS = (
        ("document_number", DOCUMENT_REGEX, 0.5),
        ("ten_digits", TEN_DIGITS_REGEX, 0.5),
        ("old_document_number", OLD_DOCUMENT_REGEX, 0.5),
        ("labelled_person_number", LABELLED_ID_REGEX, 0.7),
        ("login_name", LOGIN_REGEX, 0.65),
        ("eleven_digits", ELEVEN_DIGITS_REGEX, 0.55),
    )
    CONTEXT = ID_CONTEXT
    FLAGS = 0
    CONTEXT_BEFORE = 60
    CONTEXT_AFTER = 15
    CONTEXT_BOOST = 0.3
    MIN_SCORE_WITH_CONTEXT = 0.8
    SCORE_CAP = 0.85
    CONTEXT_REQUIRED = frozenset({"document_number", "ten_digits", "old_document_number"})

    def assess(self, text: str, match: re.Match[str], pattern: Pattern) -> Verdict | None:
        if pattern.name in ("labelled_person_number", "login_name"):
            start, end = match.span("v")
            value = text[start:end]
            if value.lower() in _NOT_LOGINS:
                return None
            if pattern.name == "labelled_person_number" and re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}", value):
                return None  # a date after the label, not a number
            between = text[match.start() : start]
            if pattern.name == "login_name" and value.isalpha() and not re.search(r"[:=]", between):
                return None  # "gebruiker heeft ...": a word after the label, not an account
            label = between.strip(" \t\u00a0:#=").lower()
            kind = "login name" if pattern.name == "login_name" else "number"
            return Verdict(start, end, pattern.score, f"{kind} after the label '{label}'")
        if pattern.name == "eleven_digits":
            lo = max(0, match.start() - 120)
            hi = min(len(text), match.end() + 40)
            if _ELEVEN_CONTEXT_RE.search(text, lo, hi) is None:
                return None
            return Verdict(match.start(), match.end(), pattern.score, "11-digit number in a care or social-security context")
        return super().assess(text, match, pattern)

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        if pattern.name == "document_number":
            return "9-character document number (2 letters, no O, check digit last)"
        if pattern.name == "old_document_number":
            return "older document or V-number shape (letters + digits)"
        return "10-digit document number (rijbewijs / V-nummer)"
