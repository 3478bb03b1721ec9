"""ID_NUMBER recognizer: passport, identity card, driving licence and residence document numbers.

Only next to a context word (paspoort, paspoortnummer, identiteitskaart, ID-kaart, rijbewijs,
rijbewijsnummer, documentnummer, verblijfsdocument, verblijfsvergunning, vreemdelingennummer,
V-nummer): the shapes on their own are too common.

* passport / ID card (since 2014): 9 characters, letters and digits, 2 letters first, a digit
  last, never the letter O (``NW3K8P2R1``);
* driving licence (rijbewijsnummer): 10 digits;
* V-nummer (vreemdelingennummer): 10 digits; residence documents: 9 characters as above.

Score 0.8 with context (no checksum is public, so below the validated identifiers).
Limits: older document numbers with other shapes are not found; a 10-digit number near the
word ``documentnummer`` may be some other document's number (the policy reviews).
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer

# Passport / ID card (two letters first) and residence documents (one letter first): nine
# characters, no letter O, at least two letters and two digits, a digit last.
DOCUMENT_REGEX = (
    r"(?<![\w-])(?=(?:[A-NP-Z0-9]*[0-9]){2})(?=(?:[A-NP-Z0-9]*[A-NP-Z]){2})[A-NP-Z][A-NP-Z0-9]{7}[0-9](?![\w-])"
)
TEN_DIGITS_REGEX = r"(?<![\w.,/+-])(?:\d{10}|\d{4}[ .]\d{3}[ .]\d{3})(?![\w]|[.,/-]\d)"

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
    """Dutch identity document numbers (only with a document context word)."""

    ENTITY: ClassVar[str] = "ID_NUMBER"
    PATTERNS = (("document_number", DOCUMENT_REGEX, 0.5), ("ten_digits", TEN_DIGITS_REGEX, 0.5))
    CONTEXT = ID_CONTEXT
    FLAGS = 0
    CONTEXT_BEFORE = 60
    CONTEXT_AFTER = 15
    CONTEXT_BOOST = 0.3
    MIN_SCORE_WITH_CONTEXT = 0.8
    SCORE_CAP = 0.85
    CONTEXT_REQUIRED = frozenset({"document_number", "ten_digits"})

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        if pattern.name == "document_number":
            return "9-character document number (2 letters, no O, check digit last)"
        return "10-digit document number (rijbewijs / V-nummer)"
