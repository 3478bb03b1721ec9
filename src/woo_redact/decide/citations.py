"""Cited authors: a name in a bibliographic reference or a citation is the author of public work.

Reports and advice cite literature: "(Hendriks, 2019)", "Bakker et al. 2021", "A. Smit en B. de Wit,
2018 - ‘Titel’", "‘Titel’, A. Smit & B. de Wit, Journal of X, 2020", "rapport van het Instituut X,
A. Smit, B. de Wit, 2019", and a report's cover names its authors ("Eindrapport⏎A. Smit, B. de Wit en
C. Bos⏎DATUM ..."). Those names are public by the publication itself, unlike a citizen named in a
letter of 2019 or a speaker in minutes dated "12 maart 2020".

Only the shape around the name is read (no name lists): a run of names joined by commas, "en", "&"
or "and", and right next to that run a year, a quoted title or a publication word. Limits: a title
set only in italics is invisible in page text; a reference that wraps over many lines beyond the
reach of a few hundred characters is not linked; a citizen's letter cited like literature ("A. Smit,
2019, ‘Bezwaar tegen de kap’") reads as a reference.
"""

from __future__ import annotations

import functools
import re

# One word of a name in a run of authors: a capitalised word, initials, a particle.
# (No digits, no closing quote: "COVID-19" and "Apps’" end a title, not a name.)
_NAME_WORD = re.compile(
    r"(?:[A-ZÀ-Ý](?:[^\W\d_]|['’\-](?=[^\W\d_]))*\.?|(?:[A-Z][a-z]?\.)+|van|de|der|den|ten|ter|te|von|du|la|le|da|dos|"
    r"di|el|al|bin|'t)$"
)
# Capitalised words that open a line or sentence before a run of authors and are no name.
_NOT_A_NAME = re.compile(
    r"^(?:\w*rapport(?:age)?|zie|bron(?:nen)?|literatuur|auteurs?|door|by|in|uit|dit|dat|deze|een|ook|volgens|"
    r"aldus|met|voor|naar|onder|bij|over|als|en|of|from|see)[:.]?$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^(?:,|;|&|en|and|e\.a\.)$")
_HONORIFIC_BEFORE = re.compile(
    r"(?:\b(?:de\s+heer|heer|mevrouw|meneer|mevr|mw|dhr|hr|geachte|beste|beste|lieve)\.?)\s*$", re.IGNORECASE
)
_YEAR = r"(?:19|20)\d{2}[a-z]?"
# "Bakker et al. 2021", "Bakker e.a. (2021)", "Bakker c.s." is no citation (a motion).
_ET_AL = re.compile(r"^\s*(?:et\s+al\.?|e\.a\.)", re.IGNORECASE)
# Right after the run: ", 2019", " (2019)", " 2019:", "(2019a, p. 4)" — a year, not a date.
_YEAR_AFTER = re.compile(r"^\s*(?:,\s*|\(\s*)?" + _YEAR + r"(?![\d\-/.]\d)(?:\s*[):;,.\-–]|\s|$)")
# "(Hendriks, 2019)", "(Smit en De Wit 2018: 12)", "(zie Bakker, 2017)"
_PAREN_OPEN = re.compile(r"\(\s*(?:zie\s+(?:ook\s+)?|cf\.\s*|vgl\.\s*)?$", re.IGNORECASE)
# A quoted title: ‘…’, “…”, "…", '…', „…”.
_TITLE = r"[‘“\"'„][^‘’“”\"]{3,200}[’”\"']"  # may wrap over a line
_TITLE_AFTER = re.compile(r"^\s*,?\s*(?:\(?" + _YEAR + r"\)?\s*[,.:\-–]?\s*)?" + _TITLE)
_TITLE_BEFORE = re.compile(_TITLE + r"\s*[,:.]?\s*(?:(?:door|by|van)\s+)?$", re.IGNORECASE)
# Words only a publication carries.
_PUBLICATION = re.compile(
    r"\b(?:in:|journal|tijdschrift|review|proceedings|press|uitgeverij|publisher|rapport|report|working\s+paper|"
    r"discussion\s+paper|essay|whitepaper|white\s+paper|pp\.|blz\.|doi|isbn|issn|vol\.|jaargang|editie|edition|"
    r"eds?\.|red\.|https?://|www\.)",
    re.IGNORECASE,
)
# A report's cover: the kind of report on the line (or the words) right before its authors.
_COVER_BEFORE = re.compile(
    r"(?:^|\n)\s*(?:eind|onderzoeks|evaluatie|advies|tussen|slot)?rapport(?:age)?\s*[:\n]?\s*$", re.IGNORECASE
)
# A year of publication, not the year of a date ("12 maart 2020", "12-03-2020").
_BARE_YEAR = re.compile(r"(?<![\d\-/.])" + _YEAR + r"(?![\d\-/])")
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE
)
_REACH = 300  # characters around the run in which a reference's year, title or publisher may stand


def _author_run(text: str, start: int, end: int) -> tuple[int, int, int]:
    """Start and end of the run of names (joined by commas, "en", "&") around ``text[start:end]``,
    and how many names it holds."""
    names = 1
    lo = start
    pending = 0  # separators crossed since the last name
    for m in reversed(list(re.finditer(r"[^\s,;&()]+|[,;&()]", text[max(0, start - _REACH) : start]))):
        tok = m.group()
        if _SEPARATOR.match(tok):
            pending += 1
            if pending > 2:
                break
            continue
        if not _NAME_WORD.match(tok) or _NOT_A_NAME.match(tok):
            break
        if pending:
            names += 1
            pending = 0
        lo = max(0, start - _REACH) + m.start()
    hi = end
    pending = 0
    for m in re.finditer(r"[^\s,;&()]+|[,;&()]", text[end : end + _REACH]):
        tok = m.group()
        if _SEPARATOR.match(tok):
            pending += 1
            if pending > 2:
                break
            continue
        if not _NAME_WORD.match(tok) or _NOT_A_NAME.match(tok) or re.match(_YEAR, tok):
            break
        if pending:
            names += 1
            pending = 0
        hi = end + m.end()
    return lo, hi, names


# Where one reference ends: a semicolon, a blank line, a list marker, or a sentence's end (a word
# of two lowercase letters or more and a full stop, then a capital: "… Instituut. De …"; initials
# such as "J. Bakker" do not end it).
_REF_BOUNDARY = re.compile(r";|\n\s*\n|\n\s*[-•–]\s|(?<=[a-zà-ÿ]{2}[.!?])\s+(?=[A-ZÀ-Ý])")
# After the authors a semicolon may lead to the journal ("A, B & C; Nature, mei 2020").
_REF_BOUNDARY_AFTER = re.compile(r"\n\s*\n|\n\s*[-•–]\s|(?<=[a-zà-ÿ]{2}[.!?])\s+(?=[A-ZÀ-Ý])")


def _reference(text: str, lo: int, hi: int) -> str:
    """The reference around a run of names: from the boundary before it to the one after it,
    within reach."""
    a, b = max(0, lo - _REACH), min(len(text), hi + _REACH)
    window = text[a:b]
    cuts = [m.end() for m in _REF_BOUNDARY.finditer(window, 0, lo - a + 1) if m.end() <= lo - a]
    stop = _REF_BOUNDARY_AFTER.search(window, hi - a)
    return window[cuts[-1] if cuts else 0 : stop.start() if stop else len(window)]


# A name as a citation in running text gives the surname only ("Brinkman (2020)", "Van Dijk (2019)")
# or the inverted form ("Bakker, J. (2017)"): "J. Bakker (1980)" is someone's year of birth.
_SURNAME_ONLY = re.compile(
    r"^(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Vv]on)\s+)*[A-ZÀ-Ý][\w'’\-]+(?:,\s*(?:[A-Z][a-z]?\.\s?)+)?$"
)


@functools.lru_cache(maxsize=16384)  # asked again in every round of both passes; a pure function
def is_cited_author(page_text: str, start: int, end: int) -> bool:
    """``page_text[start:end]`` names an author in a citation or a reference list entry."""
    lo, hi, names = _author_run(page_text, start, end)
    before = page_text[max(0, lo - _REACH) : lo]
    after = page_text[hi : hi + _REACH]
    if _HONORIFIC_BEFORE.search(before):
        return False  # "de heer Smit (2019)", "Geachte mevrouw Bos": a person addressed, not cited
    if _ET_AL.match(after):
        return True
    year_after = _YEAR_AFTER.match(after) is not None
    if year_after and _PAREN_OPEN.search(before):
        return True  # "(Hendriks, 2019)"
    if (
        year_after
        and re.match(r"^\s*\(" + _YEAR + r"(?:[,:;][^)\n]{0,30})?\)", after)
        and _SURNAME_ONLY.match(" ".join(page_text[start:end].split()))
    ):
        return True  # "Hendriks (2019) laat zien", "Bakker en Smit (2018)", "Bakker, J. (2017)."
    ref = _reference(page_text, lo, hi)
    title_after = _TITLE_AFTER.match(after) is not None
    title_before = _TITLE_BEFORE.search(before) is not None
    publication = _PUBLICATION.search(ref) is not None
    has_year = any(not _MONTH_BEFORE.search(ref, 0, m.start()) for m in _BARE_YEAR.finditer(ref))
    if year_after and (title_after or publication):
        return True  # "A. Smit en B. de Wit, 2018 - ‘Titel’"; "rapport van X, A. Smit, 2019"
    if title_before and (has_year or publication or names >= 3):
        return True  # "‘Titel’, A. Smit & B. de Wit, Journal of X"; "‘Titel’, A, B, C & D; Nature"
    # "Eindrapport⏎A. Smit, B. de Wit en C. Bos": a team of authors on a report's cover.
    return names >= 2 and _COVER_BEFORE.search(before) is not None
