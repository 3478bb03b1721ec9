"""Span hygiene for the model's person spans, before mentions are merged.

A statistical tagger's span edges drift: it runs on into the verb after a name ("Tijs de Bree
legt uit"), into a particle that starts the next phrase ("mevrouw Van den Berg te vragen"), or
starts on an acronym or a common noun before the name ("BO van Arjan Spaans", "Motie Van den
Berg"). Left alone, such a span becomes a box over an ordinary word and, worse, a "name" that
bundle consistency spreads. Only the model's spans are trimmed: rule-based detectors know their
edges. Switch off with ``[rules] disabled = ["person.trim_model_span"]``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..detect import gazetteer as gz
from ..types import EntityType, Finding
from .mentions import finding_id
from .rules import MODEL_DETECTORS

RULE_NAME = "person.trim_model_span"

_PARTICLES = frozenset({"van", "de", "der", "den", "het", "'t", "’t", "te", "ten", "ter", "in", "op", "aan", "el", "al", "bin", "la", "le", "du", "da", "dos", "di", "von", "zu", "y"})
_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.)+,?$")
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_SEPARATOR = re.compile(r"^[·|•–—/:]+$")
# A capitalised common noun at a span's start is the phrase before the name at this frequency.
_LEADING_WORD_ZIPF = 3.5


def _core(tok: str) -> str:
    return tok.strip(".,;:()'\"’")


def _lowercase_tail(tok: str, inverted: bool) -> bool:
    """A word after the name: lower case and no particle that may end an inverted name
    ("Ark, T. van")."""
    core = _core(tok)
    if not core or not core[0].islower():
        return False
    return not (inverted and core in _PARTICLES)


def _leading_noise(tok: str, nxt: str) -> bool:
    """An acronym or a common noun standing before the name ("BO", "Motie", "Kamerbrief")."""
    from .evidence import zipf

    core = _core(tok)
    if tok.endswith(","):
        return False  # "Bakker, Jan": the family name of an inverted name
    if _ACRONYM.match(core):
        return True
    if not core[:1].isupper() or gz.is_first_name(core) or _INITIALS.match(tok) or core.casefold() in _PARTICLES:
        return False  # "De Vries", "Van den Berg": a capitalised particle begins the family name
    if gz.top_surnames().get(core.casefold(), 0) >= 500:
        return False  # "Bakker Jan" in a register; "Visser" before a first name
    return zipf(core) >= _LEADING_WORD_ZIPF and (nxt[:1].isupper() or _core(nxt).casefold() in _PARTICLES)


def trimmed_bounds(text: str) -> tuple[int, int] | None:
    """Offsets of the name inside a model span ``text``, or ``None`` when nothing needs trimming."""
    from .evidence import lexical_evidence

    toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    if len(toks) < 2:
        return None
    inverted = "," in text
    lo, hi = 0, len(toks)
    while hi - lo > 1 and _lowercase_tail(toks[hi - 1][2], inverted):
        hi -= 1
    # "Haar zoon Omar", "Kamerbrief n.a.v. motie Van den Berg": a name holds no lower-case word
    # but a particle, so a name after the last one is where the span starts.
    for i in range(hi - 2, lo - 1, -1):
        core = _core(toks[i][2])
        if core[:1].islower() and core not in _PARTICLES:
            if lexical_evidence(text[toks[i + 1][0] : toks[hi - 1][1]]):
                lo = i + 1
            break
    # "Overleg · Coenen, M.J.H.", "Notitie | Jan Bakker": a separator between cells of a line
    for i in range(hi - 2, lo - 1, -1):
        if _SEPARATOR.match(toks[i][2]):
            if lexical_evidence(text[toks[i + 1][0] : toks[hi - 1][1]]):
                lo = i + 1
            break
    while hi - lo > 1 and _leading_noise(toks[lo][2], toks[lo + 1][2]):
        nlo = lo + 1
        # "BO van Arjan Spaans": the preposition after a dropped word goes with it
        while hi - nlo > 1 and toks[nlo][2] in _PARTICLES and gz.is_first_name(_core(toks[nlo + 1][2])):
            nlo += 1
        if not lexical_evidence(text[toks[nlo][0] : toks[hi - 1][1]]):
            break  # "Contact Tracing": no name after the word, so the word is no prefix of one
        lo = nlo
    if (lo, hi) == (0, len(toks)):
        return None
    start, end = toks[lo][0], toks[hi - 1][1]
    while end > start and text[end - 1] in ",;:":
        end -= 1
    return start, end


def split_listed_people(text: str) -> list[tuple[int, int]] | None:
    """"Wilma ter Haar, Gerda": a full name, a comma and a first name are two people of a list,
    not one inverted name ("Haar, Gerda ter" has one word before its comma)."""
    head, sep, tail = text.partition(",")
    if not sep or "," in tail:
        return None
    hw, tw = head.split(), tail.split()
    if len(hw) < 2 or not tw or not gz.is_first_name(_core(hw[0])) or not gz.is_first_name(_core(tw[0])):
        return None
    if _INITIALS.match(tw[0]) or not hw[-1][:1].isupper():
        return None
    t0 = len(head) + 1 + (len(tail) - len(tail.lstrip()))
    return [(0, len(head.rstrip())), (t0, len(text.rstrip()))]


def trim_model_spans(findings: Sequence[Finding], doc_sha: str) -> list[Finding]:
    """The model's person findings with their edges trimmed to the name, and two listed people
    in one span split (others unchanged)."""
    out: list[Finding] = []
    for f in findings:
        if f.entity is EntityType.PERSON and f.detector.startswith(MODEL_DETECTORS):
            b = trimmed_bounds(f.text)
            if b is not None:
                s, e = b
                f = dataclasses.replace(f, start=f.start + s, end=f.start + e, text=f.text[s:e])
            parts = split_listed_people(f.text)
            if parts is not None:
                for s, e in parts:
                    fid = finding_id(doc_sha, f.page, f.start + s, f.start + e, f.entity)
                    out.append(dataclasses.replace(f, id=fid, start=f.start + s, end=f.start + e, text=f.text[s:e]))
                continue
        out.append(f)
    return out
