"""Output file names without personal data (issue 18 item 5).

A file name is text a reader sees first (``Bezwaar <name> BSN <number>.pdf``), so it is redacted
like text: every folder and file name of the output path is run through the same detectors and
policy as a page, and every string the document itself (or the bundle) redacted is removed from
it too. A removed part becomes :data:`PLACEHOLDER`; names without personal data stay as they are,
so the inventory and the officer still recognise their files. The audit keeps a keyed hash of the
original relative name (never the name), so an officer with the key can find a document back.

Names are compared case-insensitively on word boundaries, with ``_``, ``-`` and ``.`` read as
spaces (``jan_de_vries.pdf`` holds the name Jan de Vries).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import PurePosixPath

from ..types import EntityType

PLACEHOLDER = "GELAKT"

#: What identifies a person in a file name. Descriptive kinds (a health or opinion passage, an
#: organisation, a place, a web address) also name ordinary document types ("ziekmelding"), so a
#: file name keeps them; the document's text is redacted by the full policy as always.
NAME_ENTITIES: frozenset[EntityType] = frozenset({
    EntityType.PERSON, EntityType.EMAIL, EntityType.PHONE, EntityType.BSN, EntityType.IBAN, EntityType.POSTCODE,
    EntityType.ADDRESS, EntityType.LICENSE_PLATE, EntityType.DATE_OF_BIRTH, EntityType.ID_NUMBER,
    EntityType.IP_ADDRESS, EntityType.CREDIT_CARD, EntityType.KVK, EntityType.BTW,
})
_SEPARATORS = re.compile(r"[_\-.+]")

#: spans (start, end) of personal data in a text, from the detectors and the policy
NameDetector = Callable[[Sequence[str]], Sequence[Sequence[tuple[int, int]]]]


#: Lower-case words inside Dutch (and common foreign) names: "Jan de Vries", "Ayşe van der Berg".
_PARTICLES = frozenset({"de", "den", "der", "van", "von", "het", "ter", "ten", "te", "op", "in", "la", "le", "du", "da", "di", "el", "al", "'t"})


def name_forms(name: str) -> list[str]:
    """The forms of a redacted person's name removed from file names: the full name, and only
    when it is shaped like a name (two or more words, each capitalised with the rest in lower
    case, an initial or a particle, one of them more than an initial).

    Not its single words: in a real bundle the model also redacts odd strings it took for names
    (a product, a heading fragment, a place), and their words would rename ordinary files
    (measured on 68 published documents: 14 renamed with single words, 3 with all-capital
    acronyms in a two-word "name", 0 with the rule below). The
    name detectors still read the file name itself; the document's text is redacted by the full
    policy as always.
    """
    words = name.split()
    if len(words) < 2 or not all(_name_word(w) or w.casefold() in _PARTICLES for w in words):
        return []
    if not any(_name_word(w) and not _initials(w) for w in words):
        return []
    return [name]


def _initials(word: str) -> bool:
    return "." in word and all(c == "." or c.isupper() for c in word)


def _name_word(word: str) -> bool:
    """``Verhoeven``, ``Brinkman-Yilmaz``, ``O'Neill``, ``J.M.``: capitalised, the rest lower case.
    All-capitals words are acronyms in practice (``GS``, ``RES``), not names."""
    if _initials(word):
        return True
    parts = [p for p in re.split(r"[-'’]", word) if p]
    return bool(parts) and all(p[0].isupper() and (len(p) == 1 or p[1:].islower()) for p in parts) and len(word) >= 2


def identifier_forms(text: str) -> list[str]:
    """An identifier (number, e-mail address, postcode, ...) is removed as it is."""
    return [text] if len(text.strip()) >= 3 else []


def _as_words(part: str) -> str:
    """The same text with separators as spaces: one character for one, offsets unchanged."""
    return _SEPARATORS.sub(" ", part)


@functools.lru_cache(maxsize=8192)
def _secret_words(secret: str) -> tuple[str, ...]:
    """The secret's folded words; empty when too short to remove (one or two letters would cut
    words everywhere)."""
    words = _as_words(secret).split()
    if not words or sum(len(w) for w in words) < 3:
        return ()
    return tuple(w.casefold() for w in words)


@functools.lru_cache(maxsize=8192)
def _secret_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)")


def _secret_spans(text: str, secrets: Iterable[str]) -> list[tuple[int, int]]:
    """Where the secrets occur in ``text``. Every name of a bundle is checked against every
    file name, so a secret whose words are not all in the text is skipped before its pattern
    is built (the pattern needs each folded word literally: same result, no regex compiled)."""
    spans: list[tuple[int, int]] = []
    folded = text.casefold()
    for s in secrets:
        words = _secret_words(s)
        if not words or not all(w in folded for w in words):
            continue
        spans.extend((m.start(), m.end()) for m in _secret_regex(words).finditer(folded))
    return spans


def _replace(text: str, spans: Iterable[tuple[int, int]]) -> str:
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, last = [], 0
    for s, e in merged:
        out.append(text[last:s])
        out.append(PLACEHOLDER)
        last = e
    out.append(text[last:])
    return "".join(out)


def name_texts(rel: str) -> list[str]:
    """The texts of ``rel`` (POSIX, relative) that :func:`redact_relative_name` asks its detector
    about: every folder name and the file name without suffix, separators read as spaces."""
    path = PurePosixPath(rel)
    return [_as_words(p) for p in [*path.parts[:-1], path.stem]]


def redact_relative_name(rel: str, secrets: Iterable[str] = (), detect: NameDetector | None = None) -> str:
    """``rel`` (POSIX, relative) with personal data in any of its parts replaced by the placeholder.

    ``secrets`` are strings known to be redacted (the document's and the bundle's); ``detect``
    finds personal data in the parts themselves. The suffix (``.pdf``) is kept.
    """
    path = PurePosixPath(rel)
    parts = list(path.parts[:-1]) + [path.stem]
    texts = name_texts(rel)
    found: Sequence[Sequence[tuple[int, int]]] = detect(texts) if detect is not None else [() for _ in texts]
    secrets = tuple(secrets)
    new_parts = []
    for part, text, spans in zip(parts, texts, found):
        all_spans = list(spans) + _secret_spans(text, secrets)
        new_parts.append(_replace(part, all_spans) if all_spans else part)
    new_parts[-1] = new_parts[-1] + path.suffix
    return PurePosixPath(*new_parts).as_posix()


def disambiguate(names: Sequence[str], reserved: Iterable[str] = ()) -> list[str]:
    """Make names unique (case-insensitively): a second ``x.pdf`` becomes ``x (2).pdf``.

    Names already ``reserved`` (outputs of earlier runs) and names that occur once keep their
    form; only names that redaction made equal get a number (distinct inputs are checked up front).
    """
    seen = {r.casefold() for r in reserved}
    out = []
    for name in names:
        candidate, n = name, 1
        p = PurePosixPath(name)
        while candidate.casefold() in seen:
            n += 1
            candidate = (p.parent / f"{p.stem} ({n}){p.suffix}").as_posix()
        seen.add(candidate.casefold())
        out.append(candidate)
    return out
