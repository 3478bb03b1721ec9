"""Anonymize plain text with the same detection and decisions as the PDF path.

presidio-anonymizer does the replacing; we decide what is replaced (the policy: officials in
their role stay readable, an organisation's e-mail domain stays, service numbers stay).

Operators:
- ``label`` (default): the ground, ``[5.1.2e]``; an organisation address becomes
  ``[5.1.2e]@amsterdam.nl``;
- ``placeholder``: typed and numbered, ``[PERSOON-1]``, ``[E-MAILADRES-2]``;
- ``mask``: every character replaced by ``*``;
- ``hash``: a keyed hash, ``[PERSOON:3f2a9c1b0d]``.

Placeholders and hashes are consistent within a :class:`Scope` the caller chooses (one text,
one document, one bundle) and never link people across scopes by default: each scope numbers
from 1 and has its own random key unless the caller passes one. Numbering follows the order of
first appearance, so it is deterministic for the same input (and key).

Limits: two spellings of one person (``Jan de Vries`` / ``De Vries``) get two placeholders.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from .decide import decide
from .errors import UsageError
from .types import Action, Decision, Document, EntityType, PageText

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .policy import Policy

Operator = Literal["label", "placeholder", "mask", "hash"]
OPERATORS: tuple[str, ...] = ("label", "placeholder", "mask", "hash")

PLACEHOLDER_NAMES: dict[EntityType, str] = {
    EntityType.PERSON: "PERSOON",
    EntityType.EMAIL: "E-MAILADRES",
    EntityType.PHONE: "TELEFOONNUMMER",
    EntityType.BSN: "BSN",
    EntityType.IBAN: "IBAN",
    EntityType.POSTCODE: "POSTCODE",
    EntityType.ADDRESS: "ADRES",
    EntityType.LICENSE_PLATE: "KENTEKEN",
    EntityType.DATE_OF_BIRTH: "GEBOORTEDATUM",
    EntityType.ID_NUMBER: "ID-NUMMER",
    EntityType.IP_ADDRESS: "IP-ADRES",
    EntityType.CREDIT_CARD: "CREDITCARD",
    EntityType.URL: "URL",
    EntityType.KVK: "KVK-NUMMER",
    EntityType.BTW: "BTW-NUMMER",
    EntityType.HEALTH: "GEZONDHEID",
    EntityType.MANUAL: "GELAKT",
}


@dataclass
class Scope:
    """Where placeholders are consistent: pass the same Scope to every call of one document or bundle."""

    key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    _numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def number(self, kind: str, text: str) -> int:
        k = (kind, " ".join(text.casefold().split()))
        if k not in self._numbers:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            self._numbers[k] = self._counts[kind]
        return self._numbers[k]

    def digest(self, text: str) -> str:
        return hmac.new(self.key, " ".join(text.split()).encode("utf-8"), hashlib.sha256).hexdigest()[:10]


@dataclass(frozen=True, slots=True)
class Replacement:
    start: int  # in the original text
    end: int
    entity: EntityType
    ground: str | None
    new_text: str
    finding_id: str


@dataclass(frozen=True, slots=True)
class AnonymizedText:
    text: str
    replacements: tuple[Replacement, ...]
    decisions: tuple[Decision, ...]


def replacement_spans(text: str, decisions: Sequence[Decision]) -> list[Decision]:
    """The REDACT decisions, with an e-mail's kept ``@`` left outside the span, overlaps merged."""
    spans: list[Decision] = []
    for d in decisions:
        if d.action is not Action.REDACT:
            continue
        start, end = d.start, d.end
        if d.finding.entity is EntityType.EMAIL and text[start:end].endswith("@") and end - start > 1:
            end -= 1
        spans.append(Decision(d.finding, d.action, d.ground, d.reason, start, end))
    spans.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[Decision] = []
    for d in spans:
        if out and d.start < out[-1].end:
            last = out[-1]
            if d.end > last.end:  # partial overlap: extend the earlier span
                out[-1] = Decision(last.finding, last.action, last.ground, last.reason, last.start, d.end)
            continue
        out.append(d)
    return out


def render(
    text: str, decisions: Sequence[Decision], operator: str, scope: Scope, label: Callable[[str], str]
) -> tuple[str, list[Replacement]]:
    """Replace the decided spans with presidio-anonymizer; returns the text and what was replaced."""
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    if operator not in OPERATORS:
        raise UsageError(f"unknown operator {operator!r}; use one of {', '.join(OPERATORS)}")
    spans = replacement_spans(text, decisions)
    results = []
    operators: dict[str, OperatorConfig] = {}
    replacements: list[Replacement] = []
    for i, d in enumerate(spans):
        key = f"S{i}"  # one pseudo-entity per span, so each gets its own replacement
        original = text[d.start : d.end]
        kind = PLACEHOLDER_NAMES.get(d.finding.entity, d.finding.entity.value)
        if operator == "label":
            new = f"[{label(d.ground)}]" if d.ground else "[gelakt]"
        elif operator == "placeholder":
            new = f"[{kind}-{scope.number(kind, original)}]"
        elif operator == "hash":
            new = f"[{kind}:{scope.digest(original)}]"
        else:
            new = "*" * len(original)
        results.append(RecognizerResult(key, d.start, d.end, 1.0))
        operators[key] = OperatorConfig("replace", {"new_value": new})
        replacements.append(Replacement(d.start, d.end, d.finding.entity, d.ground, new, d.finding.id))
    if not results:
        return text, []
    out = AnonymizerEngine().anonymize(text=text, analyzer_results=results, operators=operators)  # type: ignore[no-untyped-call]
    return out.text, replacements


def anonymize_text(
    text: str,
    policy: Policy | str | os.PathLike[str] | None = None,
    operator: Operator = "label",
    *,
    scope: Scope | None = None,
    pipeline: Pipeline | None = None,
) -> AnonymizedText:
    """Detect, decide and replace personal data in ``text``.

    Args:
        policy: a Policy, a path, or None for the shipped default.
        operator: ``label``, ``placeholder``, ``mask`` or ``hash``.
        scope: share one Scope across calls to keep placeholders consistent in a document or
            bundle; a fresh one (numbering from 1, a new random key) by default.
    """
    from .pipeline import _default_pipeline

    pipe = pipeline or _default_pipeline(policy)
    scope = scope or Scope()
    page = PageText(0, 0.0, 0.0, text, (), tuple(None for _ in text))
    doc = Document("<text>", hashlib.sha256(text.encode("utf-8")).hexdigest(), (page,))
    findings = pipe.detect(doc)
    decisions = decide(doc, findings, pipe.policy)
    new_text, reps = render(text, decisions, operator, scope, pipe.policy.label)
    return AnonymizedText(new_text, tuple(reps), tuple(decisions))


def read_text_file(path: str | os.PathLike[str] | None) -> str:
    """UTF-8 text from a file (or stdin for None/'-'); binary input is a clear error."""
    import sys

    if path in (None, "-"):
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as fh:
            data = fh.read()
    if b"\x00" in data[:8192]:
        raise UsageError(f"{path or 'stdin'}: looks like a binary file, not text; for PDFs use `woo-redact redact`")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path or 'stdin'}: not valid UTF-8 (byte {exc.start}); convert it to UTF-8 first") from None


def document_rendition(doc: Document, decisions: Sequence[Decision], label: callable) -> str:  # type: ignore[valid-type]
    """The text of a redacted PDF: reading order, one line per text line, pages separated by a form feed."""
    pages_out: list[str] = []
    scope = Scope()
    for page in doc.pages:
        page_decs = [d for d in decisions if d.finding.page == page.number]
        new_text, _ = render(page.text, page_decs, "label", scope, label)
        pages_out.append(new_text.rstrip("\n"))
    return "\n\f".join(pages_out) + "\n"
