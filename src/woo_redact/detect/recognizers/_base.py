"""Shared machinery for the Dutch Presidio recognizers.

Why a base class instead of plain :class:`PatternRecognizer` use:

* Presidio's ``validate_result`` only sees the matched string, but Dutch identifiers need the
  surrounding text to be told apart (a 9-digit number after ``€`` is an amount, after ``KvK`` a
  Chamber of Commerce number). :meth:`DutchPatternRecognizer.reject` gets the whole text.
* A pattern may carry a named group ``v``: only that group becomes the result span, so a pattern
  can require context (``geboren op <date>``) without the context becoming part of the span.
* Context words are matched here, on the raw text, as whole words (``auto`` does not match
  ``autoriteit``; Presidio's default enhancer matches substrings and needs lemmas a blank
  pipeline does not have). Results are flagged as context-enhanced so Presidio's enhancer does
  not boost them a second time; the same text therefore scores the same standalone and inside an
  ``AnalyzerEngine``.
* Presidio sets a validated result to score 1.0; we keep graded scores (a valid BSN without
  context is not certain) and say why in ``textual_explanation``.

Limits: context is a character window (``CONTEXT_BEFORE``/``CONTEXT_AFTER``) and ignores
sentence and table structure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

VERSION = "1.0.0"


def context_regex(words: Sequence[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive regex for context words; a trailing ``*`` means prefix."""
    alts: list[str] = []
    for w in sorted(words, key=len, reverse=True):
        if w.endswith("*"):
            alts.append(re.escape(w[:-1]).replace(r"\ ", r"\s+") + r"[\w-]*")
        else:
            alts.append(re.escape(w).replace(r"\ ", r"\s+"))
    tail = r"(?!\w)"
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + ")" + tail, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What :meth:`DutchPatternRecognizer.assess` decided about one candidate."""

    start: int
    end: int
    score: float
    reason: str
    marker: str = ""  # tag appended to the explanation and set True in metadata (service_number)
    metadata: tuple[tuple[str, object], ...] = ()  # extra recognition_metadata entries


class DutchPatternRecognizer(PatternRecognizer):
    """A :class:`PatternRecognizer` with text-aware rejection, value groups and own context scoring.

    Subclasses set ``ENTITY``, ``PATTERNS`` (name, regex, base score), ``CONTEXT`` and override
    :meth:`reject`, :meth:`describe`, ``validate_result``/``invalidate_result`` as needed.
    """

    # Set by PatternRecognizer.__init__; declared for the type checker.
    patterns: list[Pattern]
    name: str

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[Sequence[tuple[str, str, float]]] = ()
    CONTEXT: ClassVar[Sequence[str]] = ()
    FLAGS: ClassVar[int] = re.IGNORECASE
    CONTEXT_BEFORE: ClassVar[int] = 50
    CONTEXT_AFTER: ClassVar[int] = 25
    CONTEXT_BOOST: ClassVar[float] = 0.3
    MIN_SCORE_WITH_CONTEXT: ClassVar[float] = 0.6
    SCORE_CAP: ClassVar[float] = 1.0  # cap after context: a pattern without checksum is never certain
    # Patterns (by name) that only yield a result when a context word is near.
    CONTEXT_REQUIRED: ClassVar[frozenset[str]] = frozenset()
    VALUE_GROUP: ClassVar[str] = "v"
    # Resume the search where an accepted value ends (not where the regex match ends), so a
    # match that swallowed two adjacent values ("010 - 123 45 67 06 12 34 56 78") yields both.
    RESCAN: ClassVar[bool] = False

    def __init__(
        self,
        supported_language: str = "nl",
        context: Sequence[str] | None = None,
        name: str | None = None,
    ) -> None:
        patterns = [Pattern(name=n, regex=r, score=s) for n, r, s in self.PATTERNS]
        super().__init__(
            supported_entity=self.ENTITY,
            name=name or type(self).__name__,
            supported_language=supported_language,
            patterns=patterns,
            context=list(context if context is not None else self.CONTEXT),
            global_regex_flags=self.FLAGS,
            version=VERSION,
        )
        self._compiled = [(p, re.compile(p.regex, self.FLAGS)) for p in self.patterns]
        self._context_re = context_regex(self.context) if self.context else None

    # ----------------------------------------------------------------- hooks for subclasses
    def reject(self, text: str, start: int, end: int, match: re.Match[str]) -> str | None:
        """Return a reason to drop this candidate given the whole text, or ``None`` to keep it."""
        return None

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        """Why this span is this entity, in a few words (without the entity name)."""
        return f"matches pattern '{pattern.name}'"

    def assess(
        self, text: str, match: re.Match[str], pattern: Pattern
    ) -> Verdict | None:
        """Turn one regex match into a scored verdict, or ``None`` to drop it."""
        start, end = self._value_span(match)
        if start >= end:
            return None
        value = text[start:end]
        validation = self.validate_result(value)
        if validation is False:
            return None
        if self.invalidate_result(value):
            return None
        if self.reject(text, start, end, match) is not None:
            return None
        return Verdict(start, end, pattern.score, self.describe(value, pattern, validation))

    # ----------------------------------------------------------------------- machinery
    def _value_span(self, match: re.Match[str]) -> tuple[int, int]:
        if self.VALUE_GROUP in match.re.groupindex and match.group(self.VALUE_GROUP) is not None:
            return match.span(self.VALUE_GROUP)
        return match.span()

    def find_context(self, text: str, start: int, end: int) -> str | None:
        """The first context word near ``text[start:end]`` (outside the span), if any."""
        if self._context_re is None:
            return None
        lo = max(0, start - self.CONTEXT_BEFORE)
        hi = min(len(text), end + self.CONTEXT_AFTER)
        for m in self._context_re.finditer(text, lo, start):
            return m.group(0)
        for m in self._context_re.finditer(text, end, hi):
            return m.group(0)
        return None

    def analyze(
        self,
        text: str,
        entities: list[str] | None = None,
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Find this recognizer's entity in ``text``; every result carries an explanation."""
        if entities and self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        for pattern, rx in self._compiled:
            pos = 0
            while (match := rx.search(text, pos)) is not None:
                verdict = self.assess(text, match, pattern)
                pos = match.end() if match.end() > match.start() else match.start() + 1
                if verdict is None:
                    continue
                if self.RESCAN and match.start() < verdict.end < match.end():
                    pos = verdict.end
                result = self._to_result(text, verdict, pattern)
                if result is not None:
                    results.append(result)
        return _resolve_overlaps(results)

    def _to_result(self, text: str, v: Verdict, pattern: Pattern) -> RecognizerResult | None:
        score = v.score
        word = self.find_context(text, v.start, v.end)
        if word is None and pattern.name in self.CONTEXT_REQUIRED:
            return None
        reason = v.reason
        if word is not None:
            boosted = min(self.SCORE_CAP, max(score + self.CONTEXT_BOOST, self.MIN_SCORE_WITH_CONTEXT))
            reason += f"; context word '{word.lower()}' nearby (score {score:.2f} -> {boosted:.2f})"
        else:
            boosted = min(score, self.SCORE_CAP)
        if v.marker:
            reason += f"; {v.marker}"
        if boosted <= 0:
            return None
        expl = AnalysisExplanation(
            recognizer=self.name,
            original_score=score,
            pattern_name=pattern.name,
            pattern=pattern.regex,
            validation_result=bool(self.validate_result(text[v.start : v.end])),
            textual_explanation=f"{self.ENTITY}: {reason}",
        )
        if word is not None:
            expl.set_supportive_context_word(word.lower())
            expl.set_improved_score(boosted)
        metadata: dict[str, object] = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
        }
        if v.marker:
            metadata[v.marker] = True
        metadata.update(v.metadata)
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=v.start,
            end=v.end,
            score=round(boosted, 4),
            analysis_explanation=expl,
            recognition_metadata=metadata,
        )


def _resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep, among overlapping results of one recognizer, the longest (then highest-scoring)."""
    ordered = sorted(results, key=lambda r: (-(r.end - r.start), -r.score, r.start))
    kept: list[RecognizerResult] = []
    for r in ordered:
        if all(r.end <= k.start or r.start >= k.end for k in kept):
            kept.append(r)
    return sorted(kept, key=lambda r: r.start)


def digits(s: str) -> str:
    """Only the ASCII digits of ``s``."""
    return "".join(c for c in s if "0" <= c <= "9")


def elfproef(number: str) -> bool:
    """Dutch 11-proef for a 9-digit BSN (weights 9..2, last digit -1)."""
    if len(number) != 9 or not number.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:8], range(9, 1, -1))) - int(number[8])
    return total % 11 == 0 and number != "000000000"


def mod97(code: str) -> bool:
    """ISO 7064 mod-97-10 check used by IBAN (and the Dutch btw-id): move 4 chars, letters→numbers."""
    s = code.replace(" ", "").upper()
    if len(s) < 5 or not s.isalnum():
        return False
    rearranged = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in rearranged)
    return int(num) % 97 == 1


# Whole words only: "adviseur", "directeur" and "controleur" end in "eur" but are no currency.
AMOUNT_BEFORE = re.compile(r"(?:€|(?<![a-zà-ÿ])(?:eur|euro|bedrag|fl\.)|\$|£|ƒ)\s*$", re.IGNORECASE)
