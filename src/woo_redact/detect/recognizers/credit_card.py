"""CREDIT_CARD recognizer: 13-19 digits, Luhn-valid, with a known issuer prefix (IIN).

Separators may be spaces or dashes in groups of 4 (or Amex 4-6-5). Brands: Visa (4), Mastercard
(51-55, 2221-2720), American Express (34, 37), Maestro (50, 56-69 with the Maestro ranges),
Discover (6011, 644-649, 65), JCB (3528-3589), Diners (300-305, 36, 38). Luhn-valid with a known
IIN and matching length scores 0.85; a context word raises it.

Limits: a Luhn-valid 16-digit reference number that happens to start with 4 or 5 is reported
(one in ten random numbers passes Luhn); the policy can review low-context hits.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import AMOUNT_BEFORE, DutchPatternRecognizer, digits

CARD_REGEX = (
    r"(?<![\w.,/+-])(?:\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?"
    r"|\d{4}([ -]?)\d{6}\2\d{4,5}"
    r"|\d{13,19})(?![\w]|[.,/-]\d)"
)

# (brand, prefix ranges as (lo, hi) on the first n digits, allowed lengths)
_BRANDS: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[int, ...]], ...] = (
    ("American Express", (("34", "34"), ("37", "37")), (15,)),
    ("Visa", (("4", "4"),), (13, 16, 19)),
    ("Mastercard", (("51", "55"), ("2221", "2720")), (16,)),
    ("Discover", (("6011", "6011"), ("644", "649"), ("65", "65")), (16, 17, 18, 19)),
    ("JCB", (("3528", "3589"),), (16, 17, 18, 19)),
    ("Diners Club", (("300", "305"), ("36", "36"), ("38", "38")), (14, 15, 16)),
    ("Maestro", (("5018", "5018"), ("5020", "5020"), ("5038", "5038"), ("5893", "5893"),
                 ("6304", "6304"), ("6759", "6759"), ("6761", "6763")), (12, 13, 14, 15, 16, 17, 18, 19)),
)  # fmt: skip


def luhn(number: str) -> bool:
    """Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_brand(number: str) -> str | None:
    """Brand for a digit string by IIN prefix and length, or ``None``."""
    for brand, ranges, lengths in _BRANDS:
        if len(number) not in lengths:
            continue
        for lo, hi in ranges:
            if lo <= number[: len(lo)] <= hi:
                return brand
    return None


CARD_CONTEXT = (
    "creditcard*",
    "credit card",
    "kaartnummer",
    "betaalkaart*",
    "visa",
    "mastercard",
    "maestro",
    "amex",
    "american express",
    "card",
    "kaart",
    "pas",
    "pasnummer",
)


class CreditCardRecognizer(DutchPatternRecognizer):
    """Payment card numbers: Luhn + known IIN + brand length."""

    ENTITY: ClassVar[str] = "CREDIT_CARD"
    PATTERNS = (("card", CARD_REGEX, 0.85),)
    CONTEXT = CARD_CONTEXT
    CONTEXT_BOOST = 0.1
    MIN_SCORE_WITH_CONTEXT = 0.95

    def validate_result(self, pattern_text: str) -> bool | None:
        """Luhn-valid and a known brand prefix with the right length."""
        d = digits(pattern_text)
        return luhn(d) and card_brand(d) is not None and len(set(d)) > 1

    def reject(self, text: str, start: int, end: int, match: re.Match[str]) -> str | None:
        if AMOUNT_BEFORE.search(text[max(0, start - 10) : start]):
            return "amount"
        if re.search(r"[A-Z]{2}\d{2}\s?[A-Z]{4}\s?$", text[max(0, start - 12) : start], re.I):
            return "part of an IBAN"
        return None

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        d = digits(value)
        return f"{len(d)} digits, {card_brand(d)} prefix, passes Luhn"
