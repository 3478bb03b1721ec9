"""``decide``: all decisions for one document — rules per mention, then consistency,
overlaps and propagation. Pure: findings and policy in, decisions out."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..detect.layout import LayoutModel, layout_of
from ..policy import Policy
from ..reasons import Reason
from ..types import Action, Decision, Detection, Document, EntityType, Finding, PageText
from . import spans
from .evidence import is_seed, names_someone
from .genre import Genre, consultation_administrators, genre_of
from .mandate import signs_on_behalf
from .mentions import PRIORITY, Mention, merge_same_type, to_findings
from .people import (
    BundleKnowledge,
    consistency_findings,
    initials_findings,
    join_wrapped_initials,
    official_variant_norms,
    seed_variant_norms,
    variant_norms,
)
from .roles import is_in_role
from .rules import DENY_DETECTOR, Context, first_outcome
from .spread import propagation_findings


def decide(
    doc: Document,
    findings: Sequence[Finding],
    policy: Policy,
    knowledge: BundleKnowledge | None = None,
    layout: LayoutModel | None = None,
) -> list[Decision]:
    """All decisions for one document, including consistency and deny-list additions.

    ``layout`` is the document's layout model when the caller has built it already."""
    knowledge = knowledge or BundleKnowledge()
    pages = {p.number: p for p in doc.pages}
    findings = join_wrapped_initials(doc.sha256, list(findings), pages) + deny_findings(doc, policy)
    if policy.rule_enabled(spans.RULE_NAME):
        findings = spans.trim_model_spans(findings, doc.sha256)

    # Officials seen in a role anywhere in this document count for the whole document.
    officials = set(knowledge.official_names)
    if policy.rule_enabled("person.role"):
        for f in findings:
            text = pages[f.page].text
            if f.entity is EntityType.PERSON and is_in_role(text, f.start, f.end, policy.role_words) and not signs_on_behalf(text, f.start, f.end):
                officials |= official_variant_norms(f.text)
    genre = genre_of("\n".join(p.text for p in doc.pages[:3]))
    if genre is Genre.ADMINISTRATIVE_CONSULTATION and policy.rule_enabled("person.administrative_consultation"):
        # A bestuurlijk overleg: the administrators of its attendee list sit there in office, in
        # every mention of the document (their first name alone included, here only).
        for name in consultation_administrators("\n".join(p.text for p in doc.pages[:2])):
            officials |= variant_norms(name)
    merged = BundleKnowledge(set(knowledge.redacted_names), officials)

    words = doc_words(doc)
    if layout is None and any(p.glyphs for p in doc.pages):
        layout = layout_of(doc.pages)  # the layout detector has usually just read it
    decisions = decide_all(findings, pages, policy, merged, genre, layout, words)
    # After the seeds are known the knowledge no longer changes: later rounds share one memo.
    memo: dict[tuple[tuple[Finding, ...], tuple[tuple[int, int], ...]], list[Decision]] = {}
    if policy.consistency and policy.rule_enabled("consistency"):
        local = {d.finding.text for d in decisions if d.finding.entity is EntityType.PERSON and d.action is Action.REDACT and is_seed(d)}
        merged.person_variants = seed_variant_norms(local, merged.redacted_names - local)
        findings = findings + consistency_findings(doc, set(merged.redacted_names) | local, findings, policy, merged, local=local)
        if policy.rule_enabled("consistency.initials"):
            findings = findings + initials_findings(doc, local, findings, merged.redacted_names - local)
        decisions = decide_all(findings, pages, policy, merged, genre, layout, words, memo)
    decisions = resolve_overlaps(decisions)
    if policy.rule_enabled("propagation"):
        more = propagation_findings(doc, decisions, include_review=policy.review_as_redact)
        if more:
            decisions = resolve_overlaps(decide_all(findings + more, pages, policy, merged, genre, layout, words, memo))
    return decisions


def decide_mention(
    m: Mention,
    page_text: str,
    policy: Policy,
    knowledge: BundleKnowledge,
    genre: Genre = Genre.OTHER,
    layout: LayoutModel | None = None,
    persons: tuple[tuple[int, int], ...] = (),
    words: frozenset[str] = frozenset(),
) -> list[Decision]:
    """One mention → one decision per underlying finding (same action, same span)."""
    rule = policy.rule(m.entity)
    out = first_outcome(Context(m, page_text, policy, knowledge, genre, layout, persons, words))
    reason = _origin_reason(m) if out is None else out.reason
    action = rule.action if out is None or out.action is None else out.action
    ground = rule.ground if out is None or out.ground is None else out.ground
    end = m.end if out is None or out.end is None else out.end
    detail = "" if out is None else out.detail
    return [Decision(f, action, ground, reason, m.start, end, detail) for f in m.findings]


def _origin_reason(m: Mention) -> Reason:
    """The policy's own decision, saying when the mention came from consistency or propagation."""
    dets = {f.detector for f in m.findings}
    if dets == {"woo.consistency"}:
        return Reason.CONSISTENCY
    if dets == {"woo.propagate"}:
        return Reason.PROPAGATION
    return Reason.POLICY


def decide_all(
    findings: Sequence[Finding],
    pages: Mapping[int, PageText],
    policy: Policy,
    knowledge: BundleKnowledge,
    genre: Genre = Genre.OTHER,
    layout: LayoutModel | None = None,
    words: frozenset[str] = frozenset(),
    memo: dict[tuple[tuple[Finding, ...], tuple[tuple[int, int], ...]], list[Decision]] | None = None,
) -> list[Decision]:
    """Decide every mention. ``memo`` lets later rounds of one :func:`decide` call (same
    knowledge, genre and layout) reuse the decisions of mentions nothing was added to."""
    out: list[Decision] = []
    persons: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.entity is EntityType.PERSON and names_someone(f):
            persons.setdefault(f.page, []).append((f.start, f.end))
    page_persons = {page: tuple(spans) for page, spans in persons.items()}
    for m in merge_same_type(findings):
        on_page = page_persons.get(m.page, ())
        if memo is None:
            out.extend(decide_mention(m, pages[m.page].text, policy, knowledge, genre, layout, on_page, words))
            continue
        key = (m.findings, on_page)
        if key not in memo:
            memo[key] = decide_mention(m, pages[m.page].text, policy, knowledge, genre, layout, on_page, words)
        out.extend(memo[key])
    return out


_STRUCTURED = frozenset({EntityType.IBAN, EntityType.EMAIL, EntityType.URL, EntityType.PHONE, EntityType.KVK, EntityType.BTW})


def resolve_overlaps(decisions: list[Decision]) -> list[Decision]:
    """A kept lakcode protects the text it covers; a kept official protects their name; a kept
    identifier (an organisation's account, a function mailbox, a switchboard number) also keeps
    what weaker detectors found inside it ("8015 8029" inside a BNG IBAN)."""
    codes: dict[int, list[tuple[int, int]]] = {}
    officials: dict[int, list[tuple[int, int]]] = {}
    for d in decisions:
        if d.action is not Action.KEEP:
            continue
        if d.reason is Reason.PRE_EXISTING_REDACTION:
            codes.setdefault(d.finding.page, []).append((d.start, d.end))
        elif d.reason.keeps_public_person:
            officials.setdefault(d.finding.page, []).append((d.start, d.end))

    def hits(spans: dict[int, list[tuple[int, int]]], d: Decision) -> bool:
        return any(s < d.end and d.start < e for s, e in spans.get(d.finding.page, ()))

    kept_ids = [
        d for d in decisions
        if d.action is Action.KEEP and d.finding.entity in _STRUCTURED and d.reason is not Reason.BELOW_THRESHOLD
    ]

    def inside_kept_id(d: Decision) -> Reason | None:
        prio = PRIORITY.get(d.finding.entity, 0)
        for k in kept_ids:
            if k.finding.page == d.finding.page and k.start <= d.start and d.end <= k.end and prio < PRIORITY[k.finding.entity]:
                return k.reason
        return None

    out = []
    for d in decisions:
        if d.action is not Action.KEEP:
            if hits(codes, d):
                d = Decision(d.finding, Action.KEEP, d.ground, Reason.OVERLAPS_PRE_EXISTING_REDACTION, d.start, d.end)
            elif d.finding.entity is EntityType.PERSON and hits(officials, d):
                d = Decision(d.finding, Action.KEEP, d.ground, Reason.OVERLAPS_PUBLIC_OFFICIAL, d.start, d.end)
            elif (why := inside_kept_id(d)) is not None:
                d = Decision(d.finding, Action.KEEP, d.ground, Reason.INSIDE_KEPT_IDENTIFIER, d.start, d.end, why.value)
        out.append(d)
    return out


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zß-ÿ]{3,}(?![\w-])")


def doc_words(doc: Document) -> frozenset[str]:
    """The words a document writes in lower case somewhere: what it uses as ordinary words."""
    return frozenset(w for p in doc.pages for w in _LOWER_WORD.findall(p.text))


def deny_findings(doc: Document, policy: Policy) -> list[Finding]:
    """Every occurrence of every deny-list term, carrying the term's own ground."""
    out: list[Finding] = []
    for term in policy.deny_terms:
        rx = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, term.text.split())) + r"(?!\w)", re.IGNORECASE)
        for page in doc.pages:
            for mt in rx.finditer(page.text):
                det = Detection(mt.start(), mt.end(), EntityType.MANUAL, 1.0, DENY_DETECTOR, "deny list", term.ground)
                out.extend(to_findings(doc.sha256, page, [det]))
    return out
