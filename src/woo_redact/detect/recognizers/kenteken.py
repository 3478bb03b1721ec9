"""LICENSE_PLATE recognizer: Dutch kentekens in sidecodes 1-14.

With dashes in capitals (``12-ABC-3``, ``AB-123-C``, ``1-ABC-23``, ``XX-99-99``, ...). From
sidecode 4 on, issued plates use no vowels (and no C, Q); strings with such letters are still
reported but with a lower score (0.45 instead of 0.6). Old sidecodes 1-3 (letter pairs with
digits, e.g. ``AB-12-34``) score 0.5. Without dashes (``12ABC3``) a plate is reported only next to a
context word (kenteken, voertuig, auto, ...).

Score: 0.6 for modern sidecodes, 0.5 for 1-3; a context word raises them to >= 0.85.
Not found: dates (``12-03-2024``), ground codes (``5.1.2e``), ordinary hyphenated words.

Limits: special series (diplomatic ``CD``, trade plates, motorcycle/moped sidecodes with
other shapes) and foreign plates are not covered.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer, Verdict

_L = "[BDFGHJKLMNPRSTVXZ]"  # letters used on modern plates
_A = "[A-Z]"

# (sidecode, shape with L = letter and 9 = digit)
SIDECODES: tuple[tuple[int, str], ...] = (
    (1, "XX-99-99"),
    (2, "99-99-XX"),
    (3, "99-XX-99"),
    (4, "XX-99-XX"),
    (5, "XX-XX-99"),
    (6, "99-XX-XX"),
    (7, "99-XXX-9"),
    (8, "9-XXX-99"),
    (9, "XX-999-X"),
    (10, "X-999-XX"),
    (11, "XXX-99-X"),
    (12, "X-99-XXX"),
    (13, "9-XX-999"),
    (14, "999-XX-9"),
)


def _shape_regex(shape: str, letter: str, dash: bool) -> str:
    out = []
    for ch in shape:
        if ch == "X":
            out.append(letter)
        elif ch == "9":
            out.append("[0-9]")
        elif dash:
            out.append("-")
    return "".join(out)


def _patterns() -> list[tuple[str, str, float]]:
    pats: list[tuple[str, str, float]] = []
    for dash in (True, False):
        alts_new = "|".join(_shape_regex(s, _A, dash) for n, s in SIDECODES if n >= 4)
        alts_old = "|".join(_shape_regex(s, _A, dash) for n, s in SIDECODES if n <= 3)
        suffix = "" if dash else "_nodash"
        pats.append((f"sidecode_4_14{suffix}", rf"(?<![\w-])(?:{alts_new})(?![\w-])", 0.6 if dash else 0.3))
        # Old sidecodes with dashes still circulate (classic cars, trailers): 0.5, at the threshold.
        pats.append((f"sidecode_1_3{suffix}", rf"(?<![\w-])(?:{alts_old})(?![\w-])", 0.5 if dash else 0.2))
    return pats


_ISSUED = re.compile(rf"^(?:{_L}|[0-9-])+$")


KENTEKEN_CONTEXT = (
    "kenteken*",
    "voertuig*",
    "auto",
    "auto's",
    "personenauto",
    "bestelauto",
    "bestelbus",
    "vrachtwagen",
    "motor",
    "bromfiets",
    "scooter",
    "wagen",
    "rdw",
    "parkeer*",
    "geparkeerd",
    "bekeuring",
    "nummerbord",
    "registratienummer",
    "license plate",
)


class KentekenRecognizer(DutchPatternRecognizer):
    """Dutch license plates; dash-less forms only with context."""

    ENTITY: ClassVar[str] = "LICENSE_PLATE"
    PATTERNS = tuple(_patterns())
    CONTEXT = KENTEKEN_CONTEXT
    FLAGS = 0  # plates are printed in capitals; lower-case text is not a plate
    CONTEXT_BOOST = 0.3
    MIN_SCORE_WITH_CONTEXT = 0.85
    SCORE_CAP = 0.9
    CONTEXT_REQUIRED = frozenset({"sidecode_4_14_nodash", "sidecode_1_3_nodash"})

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """A plate has both letters and digits (the regex ensures it) and no all-digit parts."""
        return not any(c.isalpha() for c in pattern_text)

    def assess(self, text: str, match: re.Match[str], pattern: Pattern) -> Verdict | None:
        verdict = super().assess(text, match, pattern)
        if verdict is None:
            return None
        value = text[verdict.start : verdict.end]
        if pattern.name.startswith("sidecode_4_14") and not _ISSUED.match(value):
            # Modern plates avoid vowels and C/Q; such a string is still reported, lower.
            return Verdict(
                verdict.start, verdict.end, round(pattern.score * 0.75, 2),
                verdict.reason + ", but uses letters not issued on modern plates",
            )
        return verdict

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        compact = value.replace("-", "")
        shape = "".join("X" if c.isalpha() else "9" for c in compact)
        codes = [n for n, s in SIDECODES if s.replace("-", "") == shape]
        dashed = "with dashes" if "-" in value else "without dashes"
        return f"Dutch plate sidecode {'/'.join(map(str, codes))} ({dashed})"
