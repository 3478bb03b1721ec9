"""Run the Dutch rule recognizers through an explicitly built Presidio ``AnalyzerEngine``.

Presidio objects never leave this module: results come out as our own
:class:`~woo_redact.types.Detection`. The engine is always built by hand — ``AnalyzerEngine()``
without arguments loads (and may download) an English spaCy model, which must never happen.

The NLP engine here only tokenizes (spaCy's blank Dutch tokenizer) so Presidio's context
enhancer can see the words around a match; it does no NER. Named entities come from
:mod:`woo_redact.detect.ner`, batched, where a threshold can mean something.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..types import Detection, EntityType

_LANG = "nl"


def _nlp_engine_class() -> type:
    from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

    class LazyNlpArtifacts(NlpArtifacts):
        """Tokens, lemmas and keywords made only when something reads them.

        Our recognizers score context on the raw text and mark their results as enhanced, so
        Presidio's context enhancer never reads these; tokenizing every page twice (the
        second, line-flattened pass included) was a third of the rule detector's time. A
        recognizer that does use them still gets them, exactly as before.
        """

        def __init__(self, text: str, nlp_engine: Any, language: str) -> None:  # no super(): lazy
            self.entities = []
            self.scores = []
            self.nlp_engine = nlp_engine
            self.language = language
            self._text = text
            self._made: dict[str, Any] | None = None

        def _make(self) -> dict[str, Any]:
            if self._made is None:
                doc = self.nlp_engine.tokenize(self._text)
                lemmas = [t.lower_ for t in doc]
                self._made = {
                    "tokens": doc,
                    "tokens_indices": [t.idx for t in doc],
                    "lemmas": lemmas,
                    "keywords": NlpArtifacts.set_keywords(self.nlp_engine, lemmas, self.language),
                }
            return self._made

        tokens = property(lambda self: self._make()["tokens"])
        tokens_indices = property(lambda self: self._make()["tokens_indices"])
        lemmas = property(lambda self: self._make()["lemmas"])
        keywords = property(lambda self: self._make()["keywords"])

    class DutchTokenizerNlpEngine(NlpEngine):
        """A Presidio NLP engine that tokenizes Dutch and lower-cases tokens as lemmas."""

        def __init__(self, nlp: Any | None = None) -> None:
            self._nlp = nlp

        def load(self) -> None:
            if self._nlp is None:
                import spacy

                self._nlp = spacy.blank(_LANG)

        def is_loaded(self) -> bool:
            return self._nlp is not None

        def process_text(self, text: str, language: str) -> NlpArtifacts:
            return LazyNlpArtifacts(text, self, language)

        def tokenize(self, text: str) -> Any:
            self.load()
            return self._nlp.make_doc(text)  # type: ignore[union-attr]

        def process_batch(
            self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs: Any
        ) -> Iterator[tuple[str, NlpArtifacts]]:
            for t in texts:
                yield t, self.process_text(t, language)

        def is_stopword(self, word: str, language: str) -> bool:
            self.load()
            return bool(self._nlp.vocab[word].is_stop)  # type: ignore[union-attr]

        def is_punct(self, word: str, language: str) -> bool:
            self.load()
            return bool(self._nlp.vocab[word].is_punct)  # type: ignore[union-attr]

        def get_supported_entities(self) -> list[str]:
            return []

        def get_supported_languages(self) -> list[str]:
            return [_LANG]

    return DutchTokenizerNlpEngine


def _enhancer() -> Any:
    """Presidio's lemma context enhancer, minus its deep copy when it would change nothing.

    It copies every result before looking at it, then skips each one already scored with its
    context (our recognizers score context on the raw text and mark all their results so): for
    such a batch the copy is the whole cost and the results are the same.
    """
    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    enhanced = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY

    class _ScoredEnhancer(LemmaContextAwareEnhancer):
        def enhance_using_context(self, text: str, raw_results: list[Any], nlp_artifacts: Any, recognizers: list[Any],
                                  context: list[str] | None = None) -> list[Any]:
            if nlp_artifacts is not None and all((r.recognition_metadata or {}).get(enhanced) for r in raw_results):
                return list(raw_results)
            return super().enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)

    return _ScoredEnhancer()


def build_analyzer(recognizers: Sequence[Any] | None = None) -> Any:
    """An ``AnalyzerEngine`` with only our Dutch recognizers and a tokenizer-only NLP engine."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from .recognizers import dutch_recognizers

    recs = list(recognizers) if recognizers is not None else dutch_recognizers()
    registry = RecognizerRegistry(recognizers=recs, supported_languages=[_LANG])
    return AnalyzerEngine(registry=registry, nlp_engine=_nlp_engine_class()(), supported_languages=[_LANG],
                          context_aware_enhancer=_enhancer())


# Identifiers a line break can cut without changing what they are. Not names, streets or
# health phrases: joining two lines there invents multi-word matches ("Mulder\nVechtstraat").
_LINE_BREAKABLE = frozenset(
    {EntityType.PHONE, EntityType.IBAN, EntityType.BSN, EntityType.CREDIT_CARD, EntityType.DATE_OF_BIRTH, EntityType.ID_NUMBER}
)


# An address wrapped at the line end inside its domain, without a hyphen:
# "monique.vanleeuwen@hot\nmail.com", "jan@kpnmail.\nnl". (A break before the "@" is not
# joined: the word ending the line before could be glued to the local part.)
_WRAPPED_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w.-]*\n[\w.-]*[A-Za-z](?![\w-])")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$")


def _wrapped_emails(text: str) -> list[Detection]:
    out = []
    for m in _WRAPPED_EMAIL.finditer(text):
        first, _, _rest = m.group(0).partition("\n")
        if _EMAIL.match(first):
            continue  # a complete address already; the next line starts something else
        if _EMAIL.match(m.group(0).replace("\n", "")):
            out.append(Detection(m.start(), m.end(), EntityType.EMAIL, 0.85, "woo.rules.email", "EMAIL: address wrapped over two lines"))
    return out


_FLAT_ENTITIES = sorted(e.value for e in (_LINE_BREAKABLE | {EntityType.ADDRESS, EntityType.POSTCODE}))


def _breakable(span: str, entity: EntityType) -> bool:
    """May a match of this type cross a line break here? Identifiers: yes. An address only
    between street and house number ("Kloosterlaan\n64"), never joining two lines' words."""
    if entity in _LINE_BREAKABLE:
        return True
    if entity is EntityType.POSTCODE:  # "7734\nBB": the break between digits and letters only
        return bool(re.fullmatch(r"\d{4}\n[A-Za-z]{2}", span))
    if entity is EntityType.ADDRESS:
        first, _, rest = span.partition("\n")
        return "\n" not in rest and rest[:1].isdigit() and bool(first.strip())
    return False


class PresidioRuleDetector:
    """The rule recognizer pack as one detector."""

    name = "woo.rules"
    version = "1"

    def __init__(self, analyzer: Any | None = None) -> None:
        self._analyzer = analyzer if analyzer is not None else build_analyzer()
        self._entities = {e.value for e in EntityType}

    def detect(self, text: str) -> list[Detection]:
        """Matches in the text, plus matches that a line break cut in two.

        A PDF line break can fall inside a phone number or IBAN ("(071 -\n407 22 16)"). The
        text with line breaks read as spaces has the same offsets, so a second pass over it
        finds those; only its matches that really cross a line break are added.
        """
        if not text.strip():
            return []
        out = self._analyze(text)
        if "\n" in text:
            out += _wrapped_emails(text)
            flat = text.replace("\n", " ")
            out += [
                d
                for d in self._analyze(flat, _FLAT_ENTITIES)
                if "\n" in text[d.start : d.end] and _breakable(text[d.start : d.end], d.entity)
            ]
        return out

    def _analyze(self, text: str, entities: list[str] | None = None) -> list[Detection]:
        results = self._analyzer.analyze(
            text=text,
            language=_LANG,
            entities=entities,
            return_decision_process=True,
        )
        out: list[Detection] = []
        for r in results:
            if r.entity_type not in self._entities or r.end <= r.start:
                continue
            expl = ""
            ae = getattr(r, "analysis_explanation", None)
            if ae is not None:
                expl = ae.textual_explanation or ae.recognizer or ""
                rec = (getattr(ae, "recognizer", "") or "").lower()
            else:
                rec = ""
            detector = f"{self.name}.{_short(rec) or r.entity_type.lower()}"
            out.append(Detection(r.start, r.end, EntityType(r.entity_type), float(r.score), detector, expl or ""))
        return out

    def detect_batch(self, texts: Sequence[str]) -> list[list[Detection]]:
        return [self.detect(t) for t in texts]


def _short(recognizer_name: str) -> str:
    name = recognizer_name.removesuffix("recognizer").removeprefix("dutch").removeprefix("nl")
    return re.sub(r"[^a-z0-9_]", "", name)
