"""The recognizer pack inside a plain Presidio ``AnalyzerEngine``, built the way a user would.

Never ``AnalyzerEngine()`` without arguments (it loads, and may download, an English model):
the NLP engine here is a tiny :class:`NlpEngine` around ``spacy.blank("nl")`` (tokenizer only).
Also checks that nothing touches the network.
"""

from __future__ import annotations

import socket
from typing import Any, Iterable, Iterator

import pytest
import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from recog_helpers import make_bsn, make_btw, make_card, make_nl_iban

from woo_redact.detect.recognizers import RECOGNIZER_CLASSES, dutch_recognizers
from woo_redact.types import EntityType


class BlankDutchNlpEngine(NlpEngine):
    """Tokenizer-only Dutch NLP engine: no model, no NER, no download."""

    def __init__(self) -> None:
        self.nlp: Any = None

    def load(self) -> None:
        self.nlp = spacy.blank("nl")

    def is_loaded(self) -> bool:
        return self.nlp is not None

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        doc = self.nlp(text)
        return NlpArtifacts(
            entities=[],
            tokens=doc,
            tokens_indices=[t.idx for t in doc],
            lemmas=[t.lemma_ or t.text.lower() for t in doc],
            nlp_engine=self,
            language=language,
        )

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs: Any
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return bool(self.nlp.vocab[word].is_stop)

    def is_punct(self, word: str, language: str) -> bool:
        return bool(self.nlp.vocab[word].is_punct)

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return ["nl"]


def build_engine() -> AnalyzerEngine:
    registry = RecognizerRegistry(supported_languages=["nl"])
    for rec in dutch_recognizers():
        registry.add_recognizer(rec)
    return AnalyzerEngine(registry=registry, nlp_engine=BlankDutchNlpEngine(), supported_languages=["nl"])


BSN = make_bsn(21)
IBAN = make_nl_iban(22)
BTW = make_btw(23)
CARD = make_card("4", 16)

SENTENCES: dict[str, tuple[str, str]] = {
    "BSN": (f"Het BSN van betrokkene is {BSN}.", BSN),
    "IBAN": (f"Graag overmaken naar {IBAN} t.n.v. J. Jansen.", IBAN),
    "PHONE": ("U kunt hem bellen op 06-12345678.", "06-12345678"),
    "EMAIL": ("Zijn e-mailadres is j.jansen@example.nl.", "j.jansen@example.nl"),
    "POSTCODE": ("Postcode 3511 LX te Utrecht.", "3511 LX"),
    "ADDRESS": ("Zij woont aan de Wielewaalweg 23 in Zeist.", "Wielewaalweg 23"),
    "LICENSE_PLATE": ("De auto met kenteken 34-GBD-5 stond fout.", "34-GBD-5"),
    "DATE_OF_BIRTH": ("Betrokkene is geboren op 12-04-1968.", "12-04-1968"),
    "ID_NUMBER": ("Zijn paspoortnummer is NW3K8P2R1.", "NW3K8P2R1"),
    "IP_ADDRESS": ("Ingelogd vanaf IP-adres 84.241.200.7.", "84.241.200.7"),
    "CREDIT_CARD": (f"Betaald met creditcard {CARD}.", CARD),
    "URL": ("Profiel: https://www.linkedin.com/in/jan-jansen-123", "https://www.linkedin.com/in/jan-jansen-123"),
    "KVK": ("Ingeschreven onder KvK-nummer 12345678.", "12345678"),
    "BTW": (f"Btw-nummer {BTW}.", BTW),
    "HEALTH": ("Vanwege zijn longaandoening kon hij niet komen.", "zijn longaandoening"),
    "EXISTING_CODE": ("Deze passage is gelakt op grond van 5.1.2e.", "5.1.2e"),
}


@pytest.fixture(scope="module")
def engine() -> AnalyzerEngine:
    return build_engine()


def test_entities_are_entity_type_values() -> None:
    values = {e.value for e in EntityType}
    recs = dutch_recognizers()
    assert len(recs) == len(RECOGNIZER_CLASSES)
    for rec in recs:
        assert isinstance(rec, EntityRecognizer)
        assert rec.supported_language == "nl"
        assert rec.context, f"{rec.name} has no context words"
        assert set(rec.supported_entities) <= values
    assert {e for r in recs for e in r.supported_entities} == set(SENTENCES)


def test_fresh_instances() -> None:
    a, b = dutch_recognizers(), dutch_recognizers()
    assert all(x is not y for x, y in zip(a, b))


@pytest.mark.parametrize("entity", sorted(SENTENCES))
def test_engine_finds_entity(engine: AnalyzerEngine, entity: str) -> None:
    text, value = SENTENCES[entity]
    results = engine.analyze(text=text, language="nl", return_decision_process=True)
    hits = [r for r in results if r.entity_type == entity]
    assert [text[r.start : r.end] for r in hits] == [value], results
    expl = hits[0].analysis_explanation
    assert expl is not None and expl.textual_explanation.startswith(f"{entity}: ")


def test_engine_does_not_double_boost(engine: AnalyzerEngine) -> None:
    text = f"BSN {BSN}"
    via_engine = [r for r in engine.analyze(text=text, language="nl") if r.entity_type == "BSN"][0]
    direct = [r for r in dutch_recognizers() if r.name == "BsnRecognizer"][0].analyze(text, ["BSN"])[0]
    assert via_engine.score == direct.score


def test_ground_code_is_not_personal_data(engine: AnalyzerEngine) -> None:
    text = "Gelakt: 5.1.2e, 5.1, 2, e @rvo.nl, 10.2.e en 5.1.2e@minvws.nl"
    results = engine.analyze(text=text, language="nl")
    assert {r.entity_type for r in results} == {"EXISTING_CODE"}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    class Blocked(socket.socket):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            raise OSError("network access attempted during a test")

    def blocked(*args: Any, **kwargs: Any) -> None:
        raise OSError("network access attempted during a test")

    monkeypatch.setattr(socket, "socket", Blocked)
    monkeypatch.setattr(socket, "create_connection", blocked)
    monkeypatch.setattr(socket, "getaddrinfo", blocked)


def test_runs_with_sockets_blocked(no_network: None) -> None:
    eng = build_engine()
    text = " ".join(s for s, _ in SENTENCES.values())
    results = eng.analyze(text=text, language="nl")
    assert {r.entity_type for r in results} >= set(SENTENCES)
    for rec in dutch_recognizers():
        rec.analyze(text, entities=[])


def test_our_engine_tokenizes_only_when_a_recognizer_reads_the_tokens():
    """The adapter's NLP artifacts are lazy: our recognizers never read tokens, a Presidio
    recognizer that does (context words through lemmas) still gets them."""
    from presidio_analyzer import Pattern, PatternRecognizer

    from woo_redact.detect.presidio_adapter import build_analyzer

    analyzer = build_analyzer()
    calls: list[str] = []
    real = analyzer.nlp_engine.tokenize
    analyzer.nlp_engine.tokenize = lambda text: (calls.append(text), real(text))[1]  # type: ignore[method-assign]
    text = "BSN van de aanvrager: " + make_bsn(7)
    assert [r.entity_type for r in analyzer.analyze(text=text, language="nl")] == ["BSN"]
    assert calls == []

    reader = PatternRecognizer(
        supported_entity="ZAAKNUMMER", patterns=[Pattern("zaak", r"\bZ-\d{4}\b", 0.3)], context=["zaaknummer"], supported_language="nl"
    )
    analyzer.registry.add_recognizer(reader)
    hits = analyzer.analyze(text="Ons zaaknummer is Z-1234.", language="nl", entities=["ZAAKNUMMER"])
    assert calls and hits and hits[0].score > 0.3  # boosted by the context word, read from the lemmas
