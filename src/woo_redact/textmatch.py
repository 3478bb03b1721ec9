"""The one place where text is normalised and redacted strings ("secrets") are matched.

Used by the verifier (:mod:`woo_redact.verify`), the writer's document rebuild
(:mod:`woo_redact.pdf.sanitize`) and, through :func:`occurrence_regex`, by the decision step
that finds further occurrences of a redacted string. Keeping one implementation means the
writer removes exactly what the verifier would call a leak, and nothing the verifier ignores.

Normalisation (:func:`normalize`), in this order: NFKC (full-width letters, ligatures), invisible
characters removed (zero-width space/joiners, word joiner, BOM, soft hyphen, invisible
operators), line-end hyphenation joined (``Wil-\\nhelmina``), casefold, whitespace folded to
single spaces.

Matching (:class:`SecretMatcher`): word-bounded; a secret's words may be separated by any
whitespace or none (``Jan  de\\nVries``, ``JandeVries``); a single capitalised word (``Bakker``,
``BAKKER``) only matches with its capital or in capitals, so the common noun ``bakker`` is not a
hit. Secrets shorter than :data:`MIN_SECRET_LEN` characters (spaces not counted) are ignored:
they occur everywhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

__all__ = [
    "INVISIBLE",
    "MIN_SECRET_LEN",
    "SecretMatcher",
    "is_name_cased_word",
    "normalize",
    "normalize_keep_case",
    "occurrence_regex",
    "strip_invisible",
]

MIN_SECRET_LEN = 3

#: Characters that render as nothing but split a word for a naive search.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u034f"
_INVISIBLE_RX = re.compile("[" + INVISIBLE + "]")
_HYPHEN_JOIN = re.compile(r"(\w)-[ \t\r\f\v]*\n\s*(\w)")
_HYPHEN_BREAK = re.compile(r"-\s*\n")


def strip_invisible(text: str) -> str:
    """``text`` without zero-width and soft-hyphen characters."""
    return _INVISIBLE_RX.sub("", text) if _INVISIBLE_RX.search(text) else text


def normalize_keep_case(text: str) -> str:
    """:func:`normalize` without the casefold (for the case-sensitive single-word secrets)."""
    t = strip_invisible(unicodedata.normalize("NFKC", text))
    t = _HYPHEN_JOIN.sub(r"\1\2", t)
    return " ".join(t.split())


def normalize(text: str) -> str:
    """NFKC, invisible characters removed, line-end hyphenation joined, casefolded, whitespace folded."""
    return normalize_keep_case(text).casefold()


def is_name_cased_word(word: str) -> bool:
    """``Bakker`` or ``BAKKER``: one word that, redacted as a name, only counts with its capital
    (the common noun ``bakker`` elsewhere is neither a leak nor something to redact)."""
    return word.isalpha() and word[:1].isupper() and (word[1:].islower() or word[1:].isupper()) and len(word) > 1


def _plain(raw: str) -> bool:
    """Whether a one-word probe occurs in :func:`normalize` of ``raw`` exactly when it occurs in
    ``raw.casefold()`` (no NFKC change, no invisible character, no line-end hyphenation)."""
    if raw.isascii():
        return not _HYPHEN_BREAK.search(raw)
    return unicodedata.is_normalized("NFKC", raw) and not _INVISIBLE_RX.search(raw) and not _HYPHEN_BREAK.search(raw)


@functools.lru_cache(maxsize=4096)
def occurrence_regex(secret: str) -> re.Pattern[str]:
    """A compiled regex finding ``secret`` in *raw* (un-normalised) text, word-bounded.

    Between the secret's words it allows any run of whitespace, soft hyphens and zero-width
    characters; a single capitalised word matches only with its capital or in capitals, every
    other secret case-insensitively. Offsets of a match point into the text searched, so the
    decision step can turn them into boxes.
    """
    toks = secret.split()
    if not toks:
        return re.compile(r"(?!x)x")
    sep = "[\\s" + INVISIBLE + "]+"
    body = sep.join(re.escape(t) for t in toks)
    right = r"(?!\w)" if secret[-1:].isalnum() else ""
    cased = len(toks) == 1 and is_name_cased_word(secret)
    if cased:
        body = re.escape(secret[0]) + "(?:" + re.escape(secret[1:].lower()) + "|" + re.escape(secret[1:].upper()) + ")"
    if secret[:1].isalnum():
        # ``(?<!\w)`` moved behind the first literal character: the engine then jumps between
        # occurrences of that character instead of trying every position (much faster on pages).
        esc = re.escape(secret[0])
        body = esc + f"(?<!\\w{esc})" + body[len(esc):]
    return re.compile(body + right, 0 if cased else re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def _secret_pattern(secret: str) -> tuple[str, re.Pattern[str], bool] | None:
    """(probe, compiled pattern, case-sensitive?) of one secret for :class:`SecretMatcher`; None
    when it is too short to search for. Cached: a bundle's secrets recur in every recovery round,
    in the writer's scrub and in verification, and each compile costs more than the search."""
    n = normalize(secret)
    if len(n.replace(" ", "")) < MIN_SECRET_LEN:
        return None
    left = r"(?<!\w)" if n[:1].isalnum() else ""
    right = r"(?!\w)" if n[-1:].isalnum() else ""
    st = normalize_keep_case(secret)
    probe = n.split(" ")[0]
    if " " not in st and is_name_cased_word(st):
        forms = f"{re.escape(st[0])}(?:{re.escape(st[1:].lower())}|{re.escape(st[1:].upper())})"
        return probe, re.compile(f"{left}{forms}{right}"), True
    body = r"\s*".join(re.escape(tok) for tok in n.split(" "))
    return probe, re.compile(f"{left}{body}{right}"), False


class SecretMatcher:
    """All secrets of one document, searched in a text after :func:`normalize`.

    :meth:`find` returns the secrets found, :meth:`find_indices` their indices in the sequence
    given to the constructor (what a typed verification problem carries instead of the text).
    A plain substring test of each secret's first word runs first: most texts (content streams,
    pages without the secrets) hold none, and say so without a regex.
    """

    def __init__(self, secrets: Iterable[str]) -> None:
        self.secrets: tuple[str, ...] = tuple(secrets)
        first_index: dict[str, int] = {}
        for i, s in enumerate(self.secrets):
            first_index.setdefault(s, i)
        # one entry per distinct secret: (index, probe, compiled regex, case-sensitive?)
        self._items: list[tuple[int, str, re.Pattern[str], bool]] = []
        for s, i in sorted(first_index.items(), key=lambda kv: (-len(kv[0]), kv[0])):
            item = _secret_pattern(s)
            if item is not None:
                self._items.append((i, *item))
        self._probes = frozenset(item[1] for item in self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def find_indices(self, raw: str) -> list[int]:
        """Indices (into the constructor's sequence) of the secrets readable in ``raw``."""
        if not self._items or not raw:
            return []
        if _plain(raw):
            low = raw.casefold()
            if not any(p in low for p in self._probes):
                return []
        norm = normalize(raw)
        cased_text: str | None = None
        found: list[int] = []
        for idx, probe, rx, cased in self._items:
            i = norm.find(probe)
            if i == -1:
                continue
            if cased:
                if cased_text is None:
                    cased_text = normalize_keep_case(raw)
                if rx.search(cased_text):
                    found.append(idx)
                continue
            # A match starts where the secret's first word does: try the pattern only there.
            while i != -1:
                if rx.match(norm, i):
                    found.append(idx)
                    break
                i = norm.find(probe, i + 1)
        return sorted(found)

    def find(self, raw: str) -> list[str]:
        """The secrets readable in ``raw`` (sorted, each once)."""
        return sorted({self.secrets[i] for i in self.find_indices(raw)})

    def matches(self, raw: str) -> bool:
        """Whether any secret is readable in ``raw``."""
        return bool(self.find_indices(raw))

    __call__ = matches


def text_leaks(text: str, secrets: Sequence[str]) -> list[str]:
    """The secrets still readable in a plain text."""
    return SecretMatcher(secrets).find(text)


@functools.lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """A person's name for comparing forms of it: casefolded, diacritics and punctuation gone,
    spaces collapsed ("Özlem  Bozkurt-de Wit" ~ "ozlem bozkurt de wit")."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[^\w]+", " ", t.casefold())
    return " ".join(t.split())
