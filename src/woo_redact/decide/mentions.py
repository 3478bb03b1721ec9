"""Findings tied to a document, and overlapping findings of one type merged into mentions."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..textmatch import normalize_name
from ..types import Detection, EntityType, Finding, PageText

__all__ = ["PRIORITY", "Mention", "finding_id", "merge_same_type", "normalize_name", "to_findings"]

# Higher wins when findings of different types overlap.
PRIORITY: dict[EntityType, int] = {
    EntityType.EXISTING_CODE: 100,
    EntityType.EMAIL: 90,
    EntityType.URL: 85,
    EntityType.IBAN: 80,
    EntityType.BSN: 78,
    EntityType.CREDIT_CARD: 76,
    EntityType.PHONE: 74,
    EntityType.ID_NUMBER: 72,
    EntityType.LICENSE_PLATE: 70,
    EntityType.DATE_OF_BIRTH: 68,
    EntityType.IP_ADDRESS: 66,
    EntityType.ADDRESS: 60,
    EntityType.POSTCODE: 58,
    EntityType.KVK: 50,
    EntityType.BTW: 50,
    EntityType.HEALTH: 45,
    EntityType.MANUAL: 44,
    EntityType.POLICY_OPINION: 42,
    EntityType.PERSON: 40,
    EntityType.ORGANIZATION: 10,
    EntityType.LOCATION: 5,
}


def finding_id(doc_sha: str, page: int, start: int, end: int, entity: EntityType) -> str:
    """Stable across reruns of the same input: hash of where and what, not of the text."""
    raw = f"{doc_sha}:{page}:{start}:{end}:{entity.value}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]


def to_findings(doc_sha: str, page: PageText, detections: Iterable[Detection]) -> list[Finding]:
    """Detections in one page's text → findings of the document (with stable ids)."""
    return [
        Finding(
            id=finding_id(doc_sha, page.number, d.start, d.end, d.entity),
            page=page.number,
            start=d.start,
            end=d.end,
            text=page.text[d.start : d.end],
            entity=d.entity,
            score=d.score,
            detector=d.detector,
            explanation=d.explanation,
            ground=d.ground,
        )
        for d in detections
    ]


@dataclass(frozen=True, slots=True)
class Mention:
    """Overlapping findings of one type merged into one mention."""

    page: int
    start: int
    end: int
    entity: EntityType
    findings: tuple[Finding, ...]

    @property
    def score(self) -> float:
        return max(f.score for f in self.findings)

    @property
    def best(self) -> Finding:
        return max(self.findings, key=lambda f: f.score)


def merge_same_type(findings: Sequence[Finding]) -> list[Mention]:
    """Overlapping findings of the same type on the same page become one mention."""
    by_key: dict[tuple[int, EntityType], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((f.page, f.entity), []).append(f)
    mentions: list[Mention] = []
    for (page, ent), group in by_key.items():
        group.sort(key=lambda f: (f.start, -f.end))
        cur: list[Finding] = []
        cs = ce = -1
        for f in group:
            if cur and f.start < ce:
                cur.append(f)
                ce = max(ce, f.end)
            else:
                if cur:
                    mentions.append(Mention(page, cs, ce, ent, tuple(cur)))
                cur, cs, ce = [f], f.start, f.end
        if cur:
            mentions.append(Mention(page, cs, ce, ent, tuple(cur)))
    mentions.sort(key=lambda m: (m.page, m.start, -PRIORITY.get(m.entity, 0)))
    return mentions
