"""BSN (burgerservicenummer) recognizer: 9 digits passing the 11-proef.

Accepts ``123456782``, ``1234.56.782``, ``123.456.782``, ``123-456-782`` and ``123 456 782``
(also when a date follows in the next table cell); also 8 digits
(leading zero dropped, checked as ``0`` + 8 digits) but only next to a BSN context word, since
one in eleven random 8-digit numbers passes. A valid 9-digit number without context gets a
moderate score (0.65); ``bsn``/``burgerservicenummer``/``sofinummer``/``persoonsnummer``
raise it to 0.95.

Not found: digits inside longer digit runs, IBANs, phone numbers (``+31``/``06-`` prefixes),
amounts (``€ 123.456.789``, ``123.456.789,00``), KvK numbers with a KvK context, btw numbers,
numbers labelled as invoice/case/project numbers.

Limits: a valid 9-digit number labelled with an unusual word (``referentie 123456782``) is still
reported at the moderate score; the policy decides.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import AMOUNT_BEFORE, DutchPatternRecognizer, digits, elfproef

BSN_CONTEXT = (
    "bsn",
    "bsn-nummer",
    "bsnnummer",
    "bsn-nr",
    "burgerservicenummer",
    "burgerservicenr",
    "sofinummer",
    "sofi-nummer",
    "sofinr",
    "persoonsnummer",
    "persoonsgebonden nummer",
    "burgerservice nummer",
    "citizen service number",
)

# Labels that say the number is something else (only used when no BSN word is near).
_OTHER_NUMBER = re.compile(
    r"(?<!\w)(?:factuur\w*|kenmerk|ons kenmerk|uw kenmerk|referentie\w*|ref\.?|dossier\w*|zaak\w*|"
    r"project\w*|order\w*|klant\w*|debiteur\w*|crediteur\w*|polis\w*|contract\w*|"
    r"relatie\w*|rekening\w*|iban|kvk\w*|handelsregister|vestigingsnummer|rsin|btw\w*|"
    r"tel\w*|fax|mobiel|artikel\w*|documentnummer|nr\.?\s+document)\W*(?:nr\.?|nummer)?\W*$",
    re.IGNORECASE,
)
_KVK_NEAR = re.compile(r"(?<!\w)(?:kvk|k\.v\.k\.|kamer van koophandel|handelsregister)", re.I)
_PHONE_BEFORE = re.compile(r"(?:\+|00)\d{2,3}[\s.-]*(?:\(0\)[\s.-]*)?$|(?<!\d)0\d{1,3}[\s-]+$")

_SEP = r"[ .-]"
_PATTERNS: tuple[tuple[str, str, float], ...] = (
    ("bsn_9", r"(?<![\w.,/+-])(?<!\d[.,/-])\d{9}(?![\w]|[.,/-]\d)", 0.65),
    (
        "bsn_9_grouped",
        rf"(?<![\w.,/+-])(?<!\d )(?:\d{{4}}\.\d{{2}}\.\d{{3}}|\d{{3}}({_SEP})\d{{3}}\1\d{{3}}|\d{{4}} \d{{2}} \d{{3}})"
        # Not followed by another digit group of the same number; a date in the next table
        # cell ("993 060 237 03-06-1982") is no continuation.
        r"(?![\w]|[.,/-]\d| \d{1,4}(?![\d]|[-/.]\d))",
        0.65,
    ),
    ("bsn_8", r"(?<![\w.,/+-])(?<!\d[.,/-])\d{8}(?![\w]|[.,/-]\d)", 0.4),
)


class BsnRecognizer(DutchPatternRecognizer):
    """Burgerservicenummer with 11-proef; context words raise the score."""

    ENTITY: ClassVar[str] = "BSN"
    PATTERNS = _PATTERNS
    CONTEXT = BSN_CONTEXT
    CONTEXT_BEFORE = 60
    CONTEXT_AFTER = 20
    CONTEXT_BOOST = 0.3
    MIN_SCORE_WITH_CONTEXT = 0.85
    CONTEXT_REQUIRED = frozenset({"bsn_8"})

    def validate_result(self, pattern_text: str) -> bool | None:
        """11-proef on the (zero-padded) digits."""
        return elfproef(digits(pattern_text).zfill(9))

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Numbers of one repeated digit pass the 11-proef but are placeholders."""
        d = digits(pattern_text)
        return len(set(d)) == 1

    def reject(self, text: str, start: int, end: int, match: re.Match[str]) -> str | None:
        before = text[max(0, start - 40) : start]
        after = text[end : end + 12]
        if AMOUNT_BEFORE.search(before) or re.match(r",(?:\d|-)|\s*(?:euro|eur\b|€)", after, re.I):
            return "amount"
        if _PHONE_BEFORE.search(before):
            return "phone number"
        if re.search(r"NL\s?$", before) and re.match(r"\s?B\d{2}", after):
            return "btw number"
        if self.find_context(text, start, end) is None:
            if _OTHER_NUMBER.search(before):
                return "labelled as another kind of number"
            if len(digits(text[start:end])) == 8 and _KVK_NEAR.search(before):
                return "kvk number"
        elif len(digits(text[start:end])) == 8 and _KVK_NEAR.search(text[max(0, start - 25) : start]):
            return "kvk number"
        return None

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        n = len(digits(value))
        extra = " (leading zero dropped)" if n == 8 else ""
        return f"{n} digits{extra}, passes 11-proef"
