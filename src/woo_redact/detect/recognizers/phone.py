"""Telephone number recognizer for Dutch (and Belgian, German, French, British) numbers.

Dutch forms: ``06-12345678``, ``06 1234 5678``, ``06 12 34 56 78``, ``+31 6 12345678``,
``+31 (0)6 1234 5678``, ``0031 6 12345678``, ``020-5551234``, ``020 555 1234``,
``(020) 555 12 34``, ``0341-412345``, ``(0341) 41 12 86``, ``010 - 123 45 67``. A candidate is
a run of digit groups; the longest prefix of groups that forms a valid number wins (10 digits
with a plausible area code, or 9 after ``+31``), so a following date or number is not swallowed.

Service numbers (``0800``/``0900``/``0906``/``0909``, municipal ``14 0xx(x)`` and, next to a
phone context word, the government number ``1400``) are returned as
``PHONE`` with ``service_number`` in the explanation and in ``recognition_metadata``; use
:func:`is_service_number` to test a string. The policy keeps them by default.

Not found: dates (``12-03-2024``, ``01-03-2024 10``), amounts, postcodes, case numbers
(``Z/25/071342``), the digits of an IBAN, BSNs (9 digits), year ranges, times.

Recall first: the Dutch number plan is *not* a gate. A personal number that is unallocated
today or has a typo (``06-06…``, an unknown area code) still identifies someone, so any
10-digit number starting with ``0`` and written like a phone number is reported; a known
mobile prefix or area code only raises the score. A bare run of 10 digits without separators
and without a known prefix is left alone (it is more often some other identifier).

Foreign numbers: country codes 32, 33, 44, 49 with their exact lengths, and any other country
code written ``+CC`` followed by a separator (``+48 818 599 613``) with 6-12 national digits.
A mobile number glued to the preceding cell text (``Jansen06-12345678``) is still found.
Adjacent numbers in one cell (``010 - 123 45 67 06 12 34 56 78``) are found one by one.

Limits: numbers written with slashes are not found; a number split across lines is found by
the detector's line-flattened second pass, not here.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import AMOUNT_BEFORE, DutchPatternRecognizer, Verdict, digits

# Two-digit (after the 0) geographic area codes; any other 1-5/7 start is a 3-digit area code.
_AREA2 = frozenset(
    "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split()
)
# Three-digit (after the 0) area codes in use.
_AREA3 = frozenset(
    """
    111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187
    222 223 224 226 227 228 229 251 252 255 294 297 299
    313 314 315 316 317 318 320 321 341 342 343 344 345 346 347 348
    411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499
    511 512 513 514 515 516 517 518 519 521 522 523 524 525 527 528 529 541 543 544 545 546 547
    548 561 562 566 570 571 572 573 575 577 578 591 592 593 594 595 596 597 598 599
    """.split()
)
# Digits after the country code, per foreign country (min, max).
_FOREIGN_LEN: dict[str, tuple[int, int]] = {"32": (8, 9), "33": (9, 9), "44": (9, 10), "49": (7, 12)}

_SEP = r"(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0.])"
PHONE_REGEX = (
    r"(?<![\w/+.,-])(?<!\d:)"
    r"(?:(?P<intl>(?:\+|00)[ \u00a0]?(?:(?P<cc>31|32|33|44|49)|(?P<xcc>1|7|[2-9]\d{1,2})(?=[ \u00a0.(-]))"
    r"[ \u00a0.-]?(?:\(0\)[ \u00a0]?)?)"
    r"|(?P<paren>\(0\d{1,3}\)[ \u00a0]?)|(?=0))"
    rf"\d(?:{_SEP}?\d)*"
)
# A mobile number glued to the word before it, as table cells come out of some extractors.
GLUED_MOBILE_REGEX = r"(?<=[A-Za-zÀ-ÿ)])(?:\+31[ \u00a0]?|0031[ \u00a0]?|0)6[ \u00a0-]?\d{8}(?![\d]|[.,]\d)"
MUNICIPAL_REGEX = r"(?<![\w/+.,:-])14[ \u00a0]?0\d{2,3}(?!\w|[.,/-]?\d)"
RIJKSOVERHEID_REGEX = r"(?<![\w/+.,:€-])1400(?!\w|[.,/-]?\d| ?(?:uur|euro|eur|km|m2|m²|%))"

_SERVICE_RE = re.compile(r"^(?:0(?:800|900|906|909)\d{4}(?:\d{3})?|140\d{2,3}|1400)$")
_DATE_RE = re.compile(r"(?<!\d)\d{1,2}[-./]\d{1,2}[-./]\d{2,4}(?!\d)")
_IBAN_BEFORE = re.compile(r"[A-Z]{2}\d{2}[ \u00a0]?[A-Z]{4}[\d \u00a0]*$", re.IGNORECASE)
_TIME_RE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:uur|u\.|h)\b", re.IGNORECASE)

PHONE_CONTEXT = (
    "telefoon*",
    "tel",
    "tel.",
    "tel.nr",
    "tel.nr.",
    "telnr",
    "mobiel*",
    "mob",
    "mob.",
    "gsm",
    "bel",
    "bellen",
    "gebeld",
    "belt",
    "fax",
    "faxnummer",
    "whatsapp",
    "sms",
    "telefonisch*",
    "bereikbaar",
    "nummer",
    "doorkiesnummer",
    "doorkies",
    "t:",
    "m:",
    "phone",
    "mobile",
)


def is_service_number(text: str) -> bool:
    """True for 0800/0900/0906/0909 numbers, municipal ``14 0xx(x)`` numbers and ``1400``."""
    d = digits(text)
    if text.strip().startswith("+31") or d.startswith("0031"):
        d = "0" + d[4:] if d.startswith("0031") else "0" + d[2:]
    return bool(_SERVICE_RE.match(d))


def _valid_national(d: str) -> str | None:
    """Describe a Dutch number in its number plan (leading 0 included), or ``None`` if outside it."""
    if _SERVICE_RE.match(d):
        return "service number"
    if len(d) != 10 or d[0] != "0":
        return None
    a = d[1]
    if a == "6":
        return "mobile number" if d[2] in "1234568" else None
    if a == "8":
        return "non-geographic number" if d[2] in "2458" else None
    if d[1:3] in _AREA2:
        return f"landline number (area 0{d[1:3]})"
    if d[1:4] in _AREA3:
        return f"landline number (area 0{d[1:4]})"
    return None


def _national_shape(d: str) -> str | None:
    """A Dutch-shaped number outside today's number plan (typo'd or unallocated): still a phone."""
    if len(d) == 10 and d[0] == "0" and d[1] != "0":
        return "mobile-shaped number outside the allocated ranges" if d[1] == "6" else "10-digit number in Dutch phone notation (area code not in use)"
    return None


class PhoneRecognizer(DutchPatternRecognizer):
    """Dutch and foreign telephone numbers, including service numbers (marked)."""

    ENTITY: ClassVar[str] = "PHONE"
    PATTERNS = (
        ("phone", PHONE_REGEX, 0.7),
        ("glued_mobile", GLUED_MOBILE_REGEX, 0.6),
        ("municipal_14", MUNICIPAL_REGEX, 0.5),
        ("rijksoverheid_1400", RIJKSOVERHEID_REGEX, 0.4),
    )
    CONTEXT = PHONE_CONTEXT
    CONTEXT_BOOST = 0.2
    MIN_SCORE_WITH_CONTEXT = 0.85
    CONTEXT_REQUIRED = frozenset({"rijksoverheid_1400"})
    SCORE_CAP = 0.95
    RESCAN = True  # "010 - 123 45 67 06 12 34 56 78": the second number starts where the first ends

    def assess(self, text: str, match: re.Match[str], pattern: Pattern) -> Verdict | None:
        start = match.start()
        before = text[max(0, start - 40) : start]
        if AMOUNT_BEFORE.search(before) or _IBAN_BEFORE.search(before):
            return None
        if pattern.name == "municipal_14":
            return Verdict(start, match.end(), pattern.score, "municipal 14 number", "service_number")
        if pattern.name == "rijksoverheid_1400":
            return Verdict(start, match.end(), pattern.score, "Rijksoverheid 1400 number", "service_number")
        if pattern.name == "glued_mobile":
            return Verdict(start, match.end(), pattern.score, "mobile number glued to the preceding text")
        cand = match.group(0)
        prefix_len = len(match.group("intl")) if match.group("intl") else 0
        # Group boundaries: try the longest prefix of digit groups that forms a number.
        ends = [m.end() for m in re.finditer(r"\d+", cand) if m.end() > prefix_len]
        for end in reversed(ends):
            span = cand[:end]
            if _DATE_RE.search(span) or _TIME_RE.match(text, start):
                return None
            checked = self._check(span, match, prefix_len)
            if checked is None:
                continue
            reason, in_plan = checked
            abs_end = start + end
            if re.match(r"[.,]\d|\d", text[abs_end : abs_end + 2]):
                continue
            compact = not re.search(r"[ \u00a0.()-]", span.lstrip("+"))
            if not in_plan and compact and not match.group("intl") and not span.startswith("06"):
                continue  # a bare 10-digit run outside the number plan is some other identifier
            score = pattern.score if in_plan else 0.6
            if compact and not span.startswith("06") and not match.group("intl"):
                score = 0.5  # a bare 10-digit number could be any identifier
            marker = "service_number" if reason == "service number" else ""
            return Verdict(start, abs_end, score, reason, marker)
        return None

    @staticmethod
    def _check(span: str, match: re.Match[str], prefix_len: int) -> tuple[str, bool] | None:
        """(reason, inside today's number plan) for a candidate, or ``None`` if not phone-shaped."""
        cc = match.group("cc")
        xcc = match.group("xcc")
        rest = digits(span[prefix_len:])
        if cc is None and xcc is None:
            d = digits(span)
            r = _valid_national(d)
            if r is not None:
                return r, True
            shape = _national_shape(d)
            return (shape, False) if shape is not None else None
        if cc == "31":
            if len(rest) != 9 or rest[0] == "0":
                return None
            r = _valid_national("0" + rest)
            if r is not None:
                return f"{r}, +31 form", True
            shape = _national_shape("0" + rest)
            return (f"{shape}, +31 form", False) if shape is not None else None
        if cc is not None:
            lo, hi = _FOREIGN_LEN[cc]
            if lo <= len(rest) <= hi and rest[0] != "0":
                return f"foreign number (+{cc})", True
            return None
        if xcc is not None and 6 <= len(rest) <= 12 and 8 <= len(xcc) + len(rest) <= 15 and rest[0] != "0":
            return f"foreign number (+{xcc})", False
        return None

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        return pattern.name
