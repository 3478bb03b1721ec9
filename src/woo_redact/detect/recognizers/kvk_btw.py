"""KVK (Chamber of Commerce) and BTW (VAT id) numbers, found with a low score.

These identify businesses; for a sole trader (eenmanszaak) they identify a person. The policy
proposes them for review rather than redacting automatically, so scores stay below 0.5.

* KVK: 8 digits (``12345678``, ``1234 5678``, ``12.34.56.78``) next to a KvK context word;
* BTW: ``NL`` + 9 digits + ``B`` + 2 digits, with or without spaces/dots
  (``NL001234567B01``, ``NL 0012.34.567.B01``). Validated: the 9 digits pass the 11-proef (old
  omzetbelastingnummer) or the whole id passes mod-97 (btw-id since 2020).

Limits: KvK numbers have no checksum, so any 8 digits near the context words are reported;
foreign VAT ids are not covered.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer, digits, elfproef

KVK_REGEX = r"(?<![\w.,/+-])(?:\d{8}|\d{4} \d{4}|\d{2}\.\d{2}\.\d{2}\.\d{2})(?![\w]|[.,/-]\d)"
BTW_REGEX = r"(?<![\w-])NL[ .]?(?:\d[ .]?){9}B[ .]?\d{2}(?![\w])"

KVK_CONTEXT = (
    "kvk*",
    "k.v.k.",
    "kamer van koophandel",
    "handelsregister",
    "kvk-nummer",
    "kvk-nr",
    "inschrijvingsnummer",
    "chamber of commerce",
)
BTW_CONTEXT = ("btw*", "b.t.w.", "btw-id", "btw-nummer", "btw-identificatienummer", "omzetbelasting*", "vat")


def btw_mod97(compact: str) -> bool:
    """Check of the 2020 btw-id: ``NL...B..`` with letters as numbers (N=23, L=21, B=11) mod 97 == 1."""
    if len(compact) != 14 or not compact.isalnum():
        return False
    return int("".join(str(int(c, 36)) for c in compact)) % 97 == 1


class KvkRecognizer(DutchPatternRecognizer):
    """8-digit KvK number next to a KvK context word (low score: review, not redact)."""

    ENTITY: ClassVar[str] = "KVK"
    PATTERNS = (("kvk", KVK_REGEX, 0.1),)
    CONTEXT = KVK_CONTEXT
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 10
    CONTEXT_BOOST = 0.3
    MIN_SCORE_WITH_CONTEXT = 0.4
    CONTEXT_REQUIRED = frozenset({"kvk"})

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        return "8 digits next to a KvK context word"


class BtwRecognizer(DutchPatternRecognizer):
    """Dutch btw-id / omzetbelastingnummer (low score: review, not redact)."""

    ENTITY: ClassVar[str] = "BTW"
    PATTERNS = (("btw", BTW_REGEX, 0.4),)
    CONTEXT = BTW_CONTEXT
    FLAGS = 0
    CONTEXT_BOOST = 0.05
    MIN_SCORE_WITH_CONTEXT = 0.45

    def validate_result(self, pattern_text: str) -> bool | None:
        """11-proef on the 9 digits or mod-97 on the whole id."""
        compact = "".join(c for c in pattern_text if c.isalnum()).upper()
        return elfproef(digits(compact)[:9]) or btw_mod97(compact)

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        compact = "".join(c for c in value if c.isalnum()).upper()
        check = "11-proef" if elfproef(digits(compact)[:9]) else "mod-97"
        return f"NL + 9 digits + B + 2 digits, passes {check}"
