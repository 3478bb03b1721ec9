"""Woo refusal grounds (weigeringsgronden): parse, normalise, format and find printed codes.

A :class:`Ground` is one refusal ground: article, paragraph (lid) and point (letter) under the
Woo or the old Wob. :meth:`Ground.parse` accepts the notations seen in published releases
(``5.1, 2, e``, ``5.1.2e``, ``5.1.2.e``, ``5.1.2 e``, ``5.1 lid 2 sub e``, ``5.1, lid 2, sub e``,
``art. 5.1, tweede lid, aanhef en onder e, Woo``, ``artikel 5.1 lid 2 onder e Woo``,
``5.1lid2sube``, ``5. 1. 2e``, ``5.2``, ``5.2.1``, ``5.1.5``, ``4.1.4`` / ``buiten reikwijdte``)
and Wob codes (``10.2.e``, ``10, 2, e``, ``10 lid 2 sub e``, ``10.1.c``, ``11.1``). Wob grounds keep
``regime="wob"``; :meth:`Ground.woo` gives the Woo successor (grounds.md §4.4).

Canonical code (``.code``): ``<article>.<lid><letter>`` without a dot before the letter
(``5.1.2e``), ``5.2.1``, ``5.1.5``; Wob ``10.2e``, ``11.1``. ``5.2`` (VWS platform code) is
normalised to ``5.2.1``. Impossible codes (``5.1.2z``, ``5.1.1f``, ``5.1.3`` which is not a ground)
raise ``ValueError`` naming what is wrong, so a parser flags rather than maps silently.

:func:`find_grounds` locates printed codes in running text for the ``EXISTING_CODE``
recognizer. Limits: single legend letters (``J`` for 5.1.2e) are not interpreted (they need the
document's own legend page); joined letters (``5.1.2.e.h.i``) and ``10.2.e / g`` yield only the
first ground; bare two-part codes (``5.2``, ``11.1``) are only found with ``bare=True`` because
they are indistinguishable from section numbers.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

Style = Literal["code", "comma", "dotted", "long"]
STYLES: tuple[Style, ...] = ("code", "comma", "dotted", "long")

ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende")

# Valid points per (regime, article, lid). ``None`` point list = the lid has no points.
_WOO_SHAPE: dict[tuple[str, int | None], str | None] = {
    ("5.1", 1): "abcde",
    ("5.1", 2): "abcdefghi",
    ("5.1", 4): None,
    ("5.1", 5): None,
    ("5.1", 6): None,
    ("5.2", 1): None,
    ("5.2", 2): None,
    ("5.4", None): None,
    ("5.4a", 1): None,
    ("4.1", 4): None,
}
_WOB_SHAPE: dict[tuple[str, int | None], str | None] = {
    ("10", 1): "abcd",
    ("10", 2): "abcdefg",
    ("10", 7): "ab",
    ("11", 1): None,
    ("11", 2): None,
}
_NOT_GROUNDS = {
    ("5.1", 3): "5.1.3 (uitdrukkelijke motivering) is not a refusal ground",
    ("5.1", 7): "5.1.7 (emissies in het milieu) limits the grounds and is not one itself",
    ("5.2", 3): "5.2.3 (formele bestuurlijke besluitvorming) is not a separate ground",
    ("5.2", 4): "5.2.4 (milieu-informatie) is not a separate ground",
    ("5.3", None): "5.3 (informatie ouder dan vijf jaar) is not a refusal ground",
}

_WOB_TO_WOO: dict[str, str] = {
    "10.1a": "5.1.1a",
    "10.1b": "5.1.1b",
    "10.1c": "5.1.1c",
    "10.1d": "5.1.1d",
    "10.2a": "5.1.2a",
    "10.2b": "5.1.2b",
    "10.2c": "5.1.2c",
    "10.2d": "5.1.2d",
    "10.2e": "5.1.2e",
    "10.2f": "5.1.4",
    "10.2g": "5.1.5",
    "10.7a": "5.1.2g",
    "10.7b": "5.1.2h",
    "11.1": "5.2.1",
    "11.2": "5.2.2",
}

_OUT_OF_SCOPE = re.compile(
    r"^\(?\s*(?:valt\s+)?buiten\s+(?:de\s+)?(?:reikwijdte|verzoek|scope)\b.*$|^\(?\s*buiten\s+scope", re.I
)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("woo_redact").joinpath("data/grounds.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    d = _data()
    titles = {g["code"]: g["title_nl"] for g in d["grounds"]}
    for label in d["non_ground_labels"]:
        titles[label["code"]] = label["label_nl"]
    return titles


@dataclass(frozen=True, slots=True)
class Ground:
    """One refusal ground, e.g. ``Ground("5.1", 2, "e")`` = Woo art. 5.1 lid 2 sub e.

    Validated on construction: only grounds that exist in the Woo (or Wob) can be built.
    ``Ground("4.1", 4, None)`` stands for the non-ground label *buiten reikwijdte*.
    """

    article: str
    paragraph: int | None = None
    point: str | None = None
    regime: Literal["woo", "wob"] = "woo"

    def __post_init__(self) -> None:
        shapes = _WOO_SHAPE if self.regime == "woo" else _WOB_SHAPE if self.regime == "wob" else None
        if shapes is None:
            raise ValueError(f"regime must be 'woo' or 'wob', not {self.regime!r}")
        key = (self.article, self.paragraph)
        if self.regime == "woo" and key in _NOT_GROUNDS:
            raise ValueError(_NOT_GROUNDS[key])
        if key not in shapes and self.paragraph is None and (self.article, 1) in shapes:
            raise ValueError(f"art. {self.article} needs a paragraph (lid) number")
        if key not in shapes:
            where = f"art. {self.article}" + (f" lid {self.paragraph}" if self.paragraph is not None else "")
            raise ValueError(f"{where} is not a {self.regime.capitalize()} refusal ground")
        points = shapes[key]
        where = f"{self.article} lid {self.paragraph}"
        if points is None and self.point is not None:
            raise ValueError(f"{where} has no points (letters), got {self.point!r}")
        if points is not None:
            if self.point is None:
                raise ValueError(f"{where} needs a point ({points[0]}-{points[-1]})")
            if self.point not in points:
                raise ValueError(f"{where} has points {points[0]}-{points[-1]}, not {self.point!r}")

    # ------------------------------------------------------------------ parsing
    @classmethod
    def parse(cls, s: str) -> Ground:
        """Parse any published notation of one ground; raises ``ValueError`` if impossible."""
        if not isinstance(s, str) or not s.strip():
            raise ValueError("empty ground code")
        return _parse_cached(s) if cls is Ground else cls._parse(s)

    @classmethod
    def _parse(cls, s: str) -> Ground:
        t = unicodedata.normalize("NFKC", s).replace("\u00a0", " ").strip().lower()
        if _OUT_OF_SCOPE.match(t):
            return cls("4.1", 4, None)
        hint: str | None = None
        m = re.search(r"[\s,(]*\b(woo|wob)\b[\s).;:]*$", t)
        if m:
            hint = m.group(1)
            t = t[: m.start()]
        t = t.strip(" ;:)(").rstrip(".,")
        t = t.lstrip("(")
        t = re.sub(r"^(?:artikel|art)\s*\.?\s*", "", t)
        for n, word in enumerate(ORDINALS, start=1):
            t = re.sub(rf"\b{word}\s+lid\b", f" {n} ", t)
        t = re.sub(r"(?<![a-z])aanhef\s+en\s+", " ", t)
        t = re.sub(r"(?<![a-z])(?:sub|onder)(?=\s*[a-z](?![a-z]))", " ", t)
        t = re.sub(r"(?<![a-z])lid(?![a-z])", " ", t)
        leftover = re.sub(r"[0-9a-z.,() ]", "", t)
        if leftover:
            raise ValueError(f"unexpected characters {leftover!r} in ground code {s!r}")
        tokens = re.findall(r"\d+|[a-z]+", t)
        try:
            return cls._from_tokens(tokens, hint)
        except ValueError as exc:
            raise ValueError(f"{s!r}: {exc}") from None

    @classmethod
    def _from_tokens(cls, tokens: list[str], hint: str | None) -> Ground:
        if not tokens:
            raise ValueError("no article number")
        for tok in tokens:
            if tok.isalpha() and len(tok) > 1:
                raise ValueError(f"unrecognised word {tok!r}")
        head = tokens[0]
        rest: list[str]
        regime: Literal["woo", "wob"]
        if head in ("10", "11"):
            if hint == "woo":
                raise ValueError(f"art. {head} is a Wob article, not a Woo ground")
            article, rest, regime = head, tokens[1:], "wob"
        elif head in ("4", "5"):
            if hint == "wob":
                raise ValueError(f"art. {head}.x is a Woo article, not a Wob ground")
            if len(tokens) < 2 or not tokens[1].isdigit():
                raise ValueError(f"article {head} needs a second number (e.g. {head}.1)")
            article, rest, regime = f"{head}.{tokens[1]}", tokens[2:], "woo"
            if article == "5.4" and len(rest) >= 2 and rest[0] == "a" and rest[1].isdigit():
                article, rest = "5.4a", rest[1:]
        else:
            raise ValueError(f"article {head} is not a Woo (4.1, 5.1-5.4a) or Wob (10, 11) article")
        paragraph: int | None = None
        point: str | None = None
        if rest and rest[0].isdigit():
            paragraph = int(rest.pop(0))
        if rest and rest[0].isalpha():
            point = rest.pop(0)
        if rest:
            raise ValueError(f"unexpected trailing part {' '.join(rest)!r}")
        if regime == "woo" and article == "5.2" and paragraph is None and point is None:
            paragraph = 1  # VWS platform code "5.2" = persoonlijke beleidsopvattingen, 5.2.1
        return cls(article, paragraph, point, regime)

    # ---------------------------------------------------------------- rendering
    @property
    def code(self) -> str:
        """Canonical code: ``5.1.2e``, ``5.2.1``, ``5.4``; Wob ``10.2e``, ``11.1``."""
        s = self.article
        if self.paragraph is not None:
            s += f".{self.paragraph}"
        return s + (self.point or "")

    def format(self, style: Style = "code") -> str:
        """Render in one of :data:`STYLES`; every output parses back to an equal ground."""
        art, lid, pt = self.article, self.paragraph, self.point
        if style == "code":
            return self.code
        if style == "dotted":
            return ".".join([art] + ([str(lid)] if lid is not None else []) + ([pt] if pt else []))
        if style == "comma":
            return ", ".join([art] + ([str(lid)] if lid is not None else []) + ([pt] if pt else []))
        if style == "long":
            parts = [f"art. {art}"]
            if lid is not None:
                parts.append(f"{ORDINALS[lid - 1]} lid")
            if pt:
                parts.append(f"aanhef en onder {pt}")
            parts.append(self.regime.capitalize())
            return ", ".join(parts)
        raise ValueError(f"unknown style {style!r}; use one of {', '.join(STYLES)}")

    def __str__(self) -> str:
        return self.code

    # ---------------------------------------------------------------- meaning
    def woo(self) -> Ground:
        """The Woo successor of a Wob ground (itself for a Woo ground).

        10.1a-d -> 5.1.1a-d, 10.2a-e -> 5.1.2a-e, 10.2f -> 5.1.4, 10.2g -> 5.1.5,
        10.7a/b -> 5.1.2g/h, 11.1 -> 5.2.1, 11.2 -> 5.2.2 (grounds.md §4.4; 10.1d also covers
        what is now 5.1.1e, and 10.2g case law partly moved to 5.1.2f/i: the nearest code wins).
        """
        if self.regime == "woo":
            return self
        return Ground.parse(_WOB_TO_WOO[self.code])

    @property
    def title(self) -> str:
        """Dutch short title (from grounds.json); a Wob ground gets its Woo successor's title."""
        return _titles()[self.woo().code]

    @property
    def is_refusal_ground(self) -> bool:
        """False for the *buiten reikwijdte* label (4.1.4), True for every real ground."""
        return self.article != "4.1"


def known_grounds() -> list[Ground]:
    """Every Woo refusal ground (plus 4.1.4) in statute order."""
    out: list[Ground] = []
    for (art, lid), pts in _WOO_SHAPE.items():
        for p in pts or [None]:
            out.append(Ground(art, lid, p))
    return out


# ------------------------------------------------------------------- finding in text
_ORD_RE = "|".join(ORDINALS)
_ART_RE = r"(?P<art>5\s?\.\s?(?:4a|1|2|4)|4\s?\.\s?1|1[01])(?!\d)"
_LID_RE = (
    rf"(?P<lidpart>\s*\.?\s*,?\s*(?:lid\s*[1-7]|(?:{_ORD_RE})\s+lid)"
    r"|\s*[.,]\s?[1-7]|\s*\(\s*[1-7]\s*\))(?!\d)"
)
_PT_RE = (
    r"(?P<ptpart>(?:\s*,?\s*(?:aanhef\s+en\s+)?(?:sub|onder)\s*|\s*[.,]\s?|\s?|\s*\(\s*)"
    r"[a-i](?:\s*\))?)(?![a-z0-9])"
)
GROUND_REGEX = (
    rf"(?<![\w.,@])(?P<pre>(?:art(?:ikel|\.)?\s*)?){_ART_RE}(?:{_LID_RE}(?:{_PT_RE})?)?"
    r"(?P<law>\s*,?\s*(?:Woo|Wob)\b)?(?![.,]\d|\d)"
)
_GROUND_RE = re.compile(GROUND_REGEX, re.IGNORECASE)


def ground_from_match(m: re.Match[str]) -> tuple[int, int, Ground, bool] | None:
    """Parse one :data:`GROUND_REGEX` match: ``(start, end, ground, ambiguous)`` or ``None``.

    ``ambiguous``: printed as two numbers without point, prefix or law suffix (``5.2``,
    ``11.1``), so it may as well be a section number. If the full match is an impossible code it
    is retried without its law suffix and point (``11.1 a`` -> ``11.1``).
    """
    start = m.start()
    ends = [m.end()]
    if m.group("law"):
        ends.append(m.start("law"))
    if m.group("ptpart"):
        ends.append(m.start("ptpart"))
    for end in sorted(set(ends), reverse=True):
        try:
            g = Ground.parse(m.string[start:end])
        except ValueError:
            continue
        text = m.string[start:end]
        if text.endswith(")") and text.count(")") > text.count("("):
            end -= 1  # the closing bracket of "(10.2.e)" is not part of the code
        has_law = bool(m.group("law")) and end == m.end()
        lidpart = m.group("lidpart")
        two_numbers = lidpart is None or (
            g.article in ("10", "11") and not re.search(r"lid|\(", lidpart, re.IGNORECASE)
        )
        ambiguous = g.point is None and not m.group("pre") and not has_law and two_numbers
        return start, end, g, ambiguous
    return None


def find_grounds(text: str, *, bare: bool = False) -> list[tuple[int, int, Ground]]:
    """Printed Woo/Wob ground codes in ``text`` as ``(start, end, ground)``, in text order.

    Spans include an ``art.``/``artikel`` prefix and a ``Woo``/``Wob`` suffix when present, but
    never a following ``@domain`` (``5.1, 2, e @rvo.nl`` gives ``5.1, 2, e``). Two-number codes
    without point, prefix or suffix (``5.2``, ``11.1``) look like section numbers and are only
    returned with ``bare=True``; ``5.1.5``, ``5.2.1`` and ``4.1.4`` are always returned.
    """
    out: list[tuple[int, int, Ground]] = []
    for m in _GROUND_RE.finditer(text):
        found = ground_from_match(m)
        if found is None:
            continue
        start, end, g, ambiguous = found
        if ambiguous and not bare:
            continue
        out.append((start, end, g))
    return out


@lru_cache(maxsize=1024)
def _parse_cached(s: str) -> Ground:
    """A bundle labels thousands of boxes with a handful of notations: parse each once."""
    return Ground._parse(s)
