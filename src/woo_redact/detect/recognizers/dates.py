"""DATE_OF_BIRTH recognizer: a date only when it is labelled as a date of birth.

Context must come right before the date: ``geboren (op)``, ``geb.``, ``geboortedatum``,
``geb.datum``, ``DOB``, ``date of birth``, also ``geboren te <Plaats> (op)``. The result covers
the date value only (``12-04-1968``, ``12 april 1968``, ``12/04/1968``, ``1968-04-12``,
``12.04.1968``, ``12 apr. 1968``); the date must exist in the calendar. Dates without such a
label are not reported: ordinary dates in Woo documents are public.

Limits: a birth date announced far from its label (a table column headed ``Geboortedatum``)
is found by the layout detector (``woo.layout``), not here; two-digit years are accepted only
in numeric dates.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer, Verdict

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_VALUE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}[ \u00a0](?:{_MONTH_RE})\.?[ \u00a0]\d{{4}}"
    r"|(?:19|20)\d{2}-\d{2}-\d{2})"
)
# Labels as forms, registers and minutes write them: "geboren (op)", "geb.", "geb", "Geb.datum",
# "GebDatum", "geb. dat.", "geboortedat.", "geboortedatum", "date of birth", "birth date", "DOB",
# "born (on)".
_LABEL = (
    r"(?:geboren(?:[ \u00a0]+(?:te|in)[ \u00a0]+(?:'s[- ])?[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)?)?"
    r"|geb\.?[ \u00a0]?dat(?:um|\.)?|geb\.|geb(?=[ \u00a0:]+\d)|geboortedat(?:um|\.)|geboorte[ \u00a0-]?datum"
    r"|date[ \u00a0]of[ \u00a0]birth|birth[ \u00a0]?date|d\.o\.b\.?|dob|born(?:[ \u00a0]+on)?)"
)
# Between label and date: spaces, a colon or comma, or a line break (the value on the next line
# of a form).
DOB_REGEX = (
    rf"(?<!\w){_LABEL}(?:[ \u00a0]+(?:op|on)(?=[ \u00a0]*:))?[ \t\u00a0]*[:,]?[ \t\u00a0]*\n?[ \t\u00a0]*(?:op[ \u00a0]+|on[ \u00a0]+)?\(?(?P<v>{DATE_VALUE})(?![\w]|[-/.]\d)"
)
# "... is op 2 maart 2025 geboren", "werd 3 mei 1990 geboren": the date before the verb.
DOB_BEFORE_REGEX = rf"(?<![\w-])(?P<v>{DATE_VALUE})(?![\w]|[-/.]\d)[ \u00a0]+(?:\w+[ \u00a0]+){{0,2}}geboren(?!\w)"


# "Elena Dumitrescu, 25-12-1947, ID-kaart ...": a date between commas right after a name.
_NAME_WORD = r"(?:[A-ZÀ-Ý][\w'’-]+|van|de|der|den|ter|ten|el|al|'t|[A-Z]\.)"
DOB_AFTER_NAME_REGEX = (
    rf"(?<![\w.])[A-ZÀ-Ý][\w'’-]+(?:[ \u00a0]+{_NAME_WORD}){{1,4}},[ \u00a0]+(?P<v>{DATE_VALUE})(?=[ \u00a0]*[,;)])"
)
_NOT_NAME_BEFORE = re.compile(
    r"(?i)\b(?:datum|d\.d\.|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gemeente|provincie|"
    r"ministerie|den haag|amsterdam|rotterdam|utrecht|besluit|brief|vergadering|week|periode)\b"
)


def parse_date(value: str) -> dt.date | None:
    """The calendar date in ``value`` (Dutch day-month-year order), or ``None`` if impossible."""
    v = value.strip().lower().replace("\u00a0", " ")
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", v)
        if m:
            year = int(m.group(3))
            if len(m.group(3)) == 2:
                year += 1900 if year > dt.date.today().year % 100 else 2000
            return dt.date(year, int(m.group(2)), int(m.group(1)))
        m = re.fullmatch(r"(\d{1,2}) ([a-z]+)\.? (\d{4})", v)
        if m and m.group(2) in MONTHS:
            return dt.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None
    return None


class DateOfBirthRecognizer(DutchPatternRecognizer):
    """Dates labelled as a date of birth; the span is the date only."""

    ENTITY: ClassVar[str] = "DATE_OF_BIRTH"
    PATTERNS = (
        ("labelled_date_of_birth", DOB_REGEX, 0.85),
        ("date_before_geboren", DOB_BEFORE_REGEX, 0.8),
        ("date_after_name", DOB_AFTER_NAME_REGEX, 0.6),
    )
    CONTEXT = ("geboren", "geb.", "geboortedatum", "geb.datum", "dob", "date of birth", "leeftijd")
    CONTEXT_BOOST = 0.05
    MIN_SCORE_WITH_CONTEXT = 0.85
    SCORE_CAP = 0.9

    def validate_result(self, pattern_text: str) -> bool | None:
        """The date must exist and lie between 1900 and today."""
        d = parse_date(pattern_text)
        return d is not None and dt.date(1900, 1, 1) <= d <= dt.date.today()

    def assess(self, text: str, match: re.Match[str], pattern: Pattern) -> Verdict | None:
        if pattern.name == "date_after_name":
            head = text[match.start() : match.start("v")]
            d = parse_date(text[match.start("v") : match.end("v")])
            if d is None or d.year > dt.date.today().year - 14 or _NOT_NAME_BEFORE.search(head):
                return None  # a recent date after a place or a heading is a letter's date
            return Verdict(match.start("v"), match.end("v"), pattern.score, "date of an adult's age between commas right after a name")
        return super().assess(text, match, pattern)

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        return "valid calendar date right after a date-of-birth label (geboren/geb./geboortedatum)"
