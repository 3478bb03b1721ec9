"""EXISTING_CODE recognizer: Woo/Wob ground codes already printed in a document.

Earlier redaction rounds leave codes such as ``5.1.2e``, ``5.1, 2, e``, ``5.1 lid 2 sub e``,
``10.2.e`` or ``11.1`` on (or beside) black boxes. The pipeline reports them as pre-existing
redactions and must never mistake them for personal data (a phone number, a date, the local
part of an e-mail address). Parsing is :func:`woo_redact.grounds.find_grounds`; the explanation
names the canonical code (``EXISTING_CODE: Woo ground 5.1.2e printed``).

Scores: a code with a point or an ``art.``/``Woo``/``Wob`` marker 0.95; a three-number code
without point (``5.1.5``, ``5.2.1``, ``4.1.4``) 0.6; a two-number code (``5.2``, ``11.1``) 0.3,
raised by nearby context (another code, ``Woo``, ``weigeringsgrond``, ``gelakt``).

Limits: legend letters (``J``) and joined letters (``5.1.2.e.h.i``: only ``5.1.2.e``) are not
interpreted; the span is the code only (``5.1, 2, e @rvo.nl`` gives ``5.1, 2, e``).
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ...grounds import GROUND_REGEX, ground_from_match
from ._base import DutchPatternRecognizer, Verdict

LAKCODE_CONTEXT = (
    "woo",
    "wob",
    "weigeringsgrond*",
    "uitzonderingsgrond*",
    "grond",
    "gronden",
    "gelakt",
    "lakken",
    "weggelakt",
    "onleesbaar gemaakt",
    "deels openbaar",
    "niet openbaar",
    "openbaarmaking",
    "o.g.v.",
    "op grond van",
    "grondslag*",
)


_SECTION_BEFORE = re.compile(
    r"(?:paragraaf|par\.|hoofdstuk|h\.|§|bijlage|figuur|fig\.|tabel|versie|punt|sectie|onderdeel|pagina|p\.)\s*$",
    re.IGNORECASE,
)


class LakcodeRecognizer(DutchPatternRecognizer):
    """Printed Woo/Wob refusal-ground codes (``EXISTING_CODE``)."""

    ENTITY: ClassVar[str] = "EXISTING_CODE"
    PATTERNS = (("woo_ground", GROUND_REGEX, 0.95),)
    CONTEXT = LAKCODE_CONTEXT
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 40
    CONTEXT_BOOST = 0.3
    MIN_SCORE_WITH_CONTEXT = 0.6
    SCORE_CAP = 0.95

    def assess(self, text: str, match: re.Match[str], pattern: Pattern) -> Verdict | None:
        found = ground_from_match(match)
        if found is None:
            return None
        start, end, ground, ambiguous = found
        score = pattern.score
        kind = "Woo" if ground.regime == "woo" else f"Wob (Woo successor {ground.woo().code})"
        reason = f"{kind} ground {ground.code} printed"
        if ground.point is None and _SECTION_BEFORE.search(text[max(0, start - 20) : start]):
            return None  # "paragraaf 5.2", "hoofdstuk 11.1", "bijlage 5.1.5"
        if ambiguous:
            score = 0.3
            reason += " (bare two-number code, may be a section number)"
            if self._near_other_code(text, start, end):
                score = 0.7
                reason += ", next to another ground code"
        elif ground.point is None and not match.group("pre") and not match.group("law"):
            score = 0.6
            reason += " (no point letter)"
        return Verdict(start, end, score, reason, metadata=(("ground", ground.code),))

    @staticmethod
    def _near_other_code(text: str, start: int, end: int) -> bool:
        window = text[max(0, start - 40) : start] + " " + text[end : end + 40]
        return re.search(r"(?<![\w.])(?:5\.1\.[12]\.?[a-i]|10\.[12]\.?[a-g]|5\.2\.1|11\.1)(?![\w])", window) is not None
