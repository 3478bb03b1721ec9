"""Office holders in role: the words around a name that make it a public office, not a private person.

Where a role may stand: right before or after the name on its line (also with an honorific or a
title in between, a comma or a dash: "Minister van X, Y en Z, mevrouw A", "de Minister - de heer
B"), at the end of the line before ("T.a.v. Minister-president⏎de heer drs. C"), as a form label
("Gedeputeerde(n): D / E", "Portefeuillehouder: F"), in a signature row above the names, or on the
line below a name in a signature block ("Met vriendelijke groet⏎G⏎Voorzitter X"; two signature
columns split by tabs, each name's role in the cell below it).

What counts as a role: the policy's ``role_words`` (office holders: bestuurders, members of
parliament and councils, top officials) anywhere, and the offices of whoever signs for a body in
that capacity (:data:`SIGNATURE_OFFICES`: voorzitter, secretaris, directeur, …) only below a name in
a signature block. A civil servant's function title (beleidsmedewerker, adviseur, teamleider,
programmamanager, projectleider, jurist, coördinator) is no office: those names stay redacted.

Limits: a role mentioned in another sentence is not linked to the name; a table whose role column
header sits several lines above its values needs the layout model (:func:`is_role_label`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

_ARTICLE_HEAD = re.compile(r"^(is\s+)?(de|het|onze|uw)\s+")
_ARTICLE_TAIL = re.compile(r"\b(de|het|onze|uw)\s*$")
# Honorifics and titles that may stand between a role and the name: "wethouder dhr. B. Visser",
# "burgemeester mr. K.L. Brand", "minister drs. A. de Groot".
_TITLES_TAIL = re.compile(
    r"(?:\s+(?:de\s+heer|mevrouw|mevr|mw|dhr|hr|mr|dr|drs|ir|ing|prof|ds|bc|ba|ma|msc|mba)\.?)+\s*$"
)
# A person's name starting: initials, or a capitalised word followed by another one or a particle.
_NAME_START = re.compile(r"(?:[A-Z][a-z]?\.\s?)+[A-Z]|[A-ZÀ-Ý][a-zß-ÿ]+\s+(?:[A-ZÀ-Ý]|van\b|de\b|der\b|ter\b|ten\b|el\b)")
# A street named after an office ("Burgemeester de Withstraat 4", "Wethouder Van Essenlaan 12"):
# the words after the role are an address, not the role's continuation.
_STREET_AFTER = re.compile(
    r"^(?:[\w'’.\-]+\s+){0,3}?[\w'’.\-]*(?:straat|laan|weg|plein|singel|kade|gracht|dijk|park|hof|dreef|pad|"
    r"steeg|baan|plantsoen|boulevard|markt)\b|^(?:[\w'’.\-]+\s+){1,4}\d+[a-zA-Z]?(?:\s|,|$)",
    re.IGNORECASE,
)
_PAREN_HEAD = re.compile(r"^\s*\(([^()\n]{2,60})\)")
_PARTY_HEAD = re.compile(r"^\s*\([A-Za-z0-9&/\- ]{2,25}\)")  # "(CDA)", "(GroenLinks-PvdA)"


@functools.lru_cache(maxsize=64)
def _role_of_regex(role_words: tuple[str, ...]) -> re.Pattern[str]:
    # "wethouder van Financiën Jan de Vries", "minister van BZK, J. Jansen"
    alts = "|".join(map(re.escape, role_words)) or "(?!)"
    return re.compile(r"(?:" + alts + r")\s+(van|voor)\s+[\w&.\- ]{1,40}[,:]?\s*$")


# "Gedeputeerde(n)", "wethouder(s)": a form label that covers one or more office holders.
_PLURAL_MARK = re.compile(r"\((?:e?n|s)\)")
# A ministry's name in three parts: "minister van volksgezondheid, welzijn en sport".
_LISTED_NAME = re.compile(r"\s+(?:van|voor)\s+[\w\-]+(?:,\s*[\w\-]+)+\s+en\s+[\w\-]+\s*$")


def _norm_tail(tail: str) -> str:
    """A casefolded line up to a name without the honorifics, separators and article before it."""
    tail = _PLURAL_MARK.sub(lambda m: m.group()[1:-1], tail)
    tail = _TITLES_TAIL.sub("", tail).rstrip(" ,:-–—")
    return _ARTICLE_TAIL.sub("", tail).rstrip()


def _ends_with(tail: str, roles: tuple[str, ...]) -> bool:
    """``tail`` ends in one of ``roles``; a short one ("sg", "dg") only as a whole word ("de VSG" is
    an association)."""
    if not tail.endswith(roles):
        return False
    return any(
        tail.endswith(r) and (len(r) > 3 or len(tail) == len(r) or not tail[-len(r) - 1].isalnum()) for r in roles
    )


def _ends_in_role(tail: str, roles: tuple[str, ...]) -> bool:
    tail = _norm_tail(tail)
    if _ends_with(tail, roles) or tail.endswith(_plurals(roles)) or _role_of_regex(roles).search(tail) is not None:
        return True
    listed = _LISTED_NAME.search(tail)
    return listed is not None and tail[: listed.start()].endswith(roles)


@functools.lru_cache(maxsize=64)
def _plurals(roles: tuple[str, ...]) -> tuple[str, ...]:
    """"wethouders", "gedeputeerden", "heemraden", "raadsleden": plural roles before a list."""
    out: set[str] = set()
    for r in roles:
        out |= {r + "s", r + "n", r + "en"}
        if r.endswith("lid"):
            out.add(r[:-3] + "leden")
        if r.endswith("aad"):
            out.add(r[:-3] + "aden")
    return tuple(sorted(out))


# A governing body, not one office holder: who signs for it acts under a mandate.
_BODY_TAIL = re.compile(
    r"(?:burgemeester\s+en\s+wethouders|gedeputeerde\s+staten|dijkgraaf\s+en\s+(?:hoog)?heemraden|b\s*&\s*w|"
    r"het\s+college(?:\s+van\s+[\w\s&]+)?)(?:\s+van\s+[\w\s'’\-]+)?[\s,:;]*$"
)
# A body's signature row: "Gedeputeerde Staten van X, voorzitter, A. Jansen secretaris, B. Smit".
_SIGNING_ROLE = re.compile(r"(?:^|[,\n]\s*|\s)(?:de\s+)?(?:voorzitter|secretaris|griffier)\s*,\s*$")
_INITIALS_WORD = re.compile(r"^(?:[A-Z][a-z]?\.)+$|^(?:mevr|dhr|mw|mr|dr|drs|ir|ing)\.$")
_LIST_WORD = re.compile(
    r"^(?:\(?[A-ZÀ-Ý][\w'’\-.]*\)?|(?:[A-Z][a-z]?\.)+|van|de|der|den|ter|ten|te|in|'t|het|op|el|al|bin|en|&|"
    r"heer|mevrouw|mevr\.|dhr\.|mw\.|mr\.|dr\.|drs\.|ir\.|ing\.|\([^()]*\))[,;]?$"
)


def role_before(line_before: str, role_words: Sequence[str]) -> bool:
    """The line up to a name ends in a role ("... wethouder", "de burgemeester,", "minister van
    BZK"), also when the name is a later item of a list after a plural role ("wethouders A, B en C")."""
    roles = tuple(role_words)
    tail = line_before.rstrip()
    if _BODY_TAIL.search(tail.casefold()) or _BODY_TAIL.search(_TITLES_TAIL.sub("", tail.casefold())):
        # "namens burgemeester en wethouders, M. Dijkstra": signed for the body; "Aan het college
        # van burgemeester en wethouders⏎de heer J. Bos": addressed to someone at the body
        return False
    if _ends_in_role(tail.casefold(), roles) or _SIGNING_ROLE.search(tail.casefold()):
        return True
    # Walk back over the earlier names of a list; at each word boundary, a plural role?
    flat = re.sub(r"\s*\([^()]*\)", "", _PLURAL_MARK.sub(lambda m: m.group()[1:-1], tail))  # "X (Zwolle), Y (Ommen), "
    flat = re.sub(r"\s*/\s*", ", ", flat)  # "Gedeputeerde(n): A. Smit / B. de Wit"
    words = list(re.finditer(r"\S+", flat))
    crossed = False
    for w in reversed(words[-30:]):
        word = w.group()
        if not _LIST_WORD.match(word) or (word.endswith(".") and not _INITIALS_WORD.match(word)):
            return False  # not part of a list of names, or the end of the sentence before
        crossed = crossed or word in ("en", "&") or word.endswith(",")
        before = flat[: w.start()].rstrip().casefold()
        # The list must start with a name right after the role: "wethouders van Hellevoet, X"
        # names a body, not a list of wethouders.
        # "Gedeputeerden: A, B"; a label with a colon or a tab: "Portefeuillehouder: A en B",
        # "Leden AB<tab>A, B, C"
        label = before.rstrip(" :")
        is_label = re.search(r"(?::|\t)\s*$", flat[: w.start()]) is not None
        if crossed and word[:1].isupper() and (
            label.endswith(_plurals(roles)) or (is_label and label.endswith(roles))
        ):
            return True
    return False


def role_after(line_after: str, role_words: Sequence[str]) -> bool:
    """The line after a name starts with a role ("J. Jansen, burgemeester"), a party in
    parentheses in between allowed ("J. Jansen (CDA), wethouder")."""
    roles = tuple(role_words)
    paren = _PAREN_HEAD.match(line_after)
    if paren and _ARTICLE_HEAD.sub("", paren.group(1).strip().casefold()).startswith(roles):
        return True  # "Tijs de Vries (gedeputeerde)", "(wethouder Financiën)"
    if line_after.startswith("\t") and _office_in_cell(line_after.lstrip("\t").split("\t", 1)[0], roles):
        return True  # a table's function cell: "A. Bakker<tab>voorzitter X, burgemeester Y<tab>…"
    rest = _PARTY_HEAD.sub("", line_after)
    orig = rest.lstrip(" \t,(–-:")
    head = orig.casefold()
    art = _ARTICLE_HEAD.match(head)
    if art:
        head, orig = head[art.end() :], orig[art.end() :]
    if not head.startswith(roles):  # the common case, in one call
        return False
    for rw in roles:
        if head.startswith(rw) and (len(head) == len(rw) or not head[len(rw)].isalpha()):
            # "X, wethouder Lotte Kamp": a role followed by a name is the next person's;
            # "X, Burgemeester Reigerstraat 5": an address.
            nxt = orig[len(rw) :].lstrip(" \t")
            return not _next_person(nxt) and not _STREET_AFTER.match(nxt)
    return False


def _office_in_cell(cell: str, roles: tuple[str, ...]) -> bool:
    """One of the comma-separated functions in a table cell is an office ("voorzitter
    veiligheidsregio, burgemeester Oosterdam"); "beleidsmedewerker, ondersteunt de burgemeester" is not."""
    for item in re.split(r"\s*[,;/]\s*|\s+en\s+", cell.strip()):
        head = _ARTICLE_HEAD.sub("", item.casefold())
        rw = _starting_role(head, roles)
        if rw is not None:
            nxt = item[len(item) - len(head) + len(rw) :].lstrip()
            if not _next_person(nxt) and not _STREET_AFTER.match(nxt):
                return True
    return False


def _next_person(nxt: str) -> bool:
    """The words after a role start another person's name ("wethouder Lotte Kamp"), not a place or
    body the role is of ("burgemeester Oosterdam Bestuur", "voorzitter Veiligheidsregio Noord")."""
    if not _NAME_START.match(nxt):
        return False
    from .knowledge import not_a_person_word

    first = re.match(r"[\w'’\-]+", nxt)
    return first is None or not not_a_person_word(first.group())


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the line(s) holding ``text[start:end]``."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, (len(text) if le == -1 else le)


def is_in_role(page_text: str, start: int, end: int, role_words: Sequence[str]) -> bool:
    """A role word right before or after the name on its line, or at the end of the line
    before when the name continues it ("wethouders A, B,⏎C en D"; "wethouder⏎Jan Jansen")."""
    ls, le = line_bounds(page_text, start, end)
    before = page_text[ls:start]
    if ls > 0 and (_LIST_CONTINUES.match(before) or _ONLY_TITLES.match(before)):
        prev = page_text[page_text.rfind("\n", 0, ls - 1) + 1 : ls - 1]
        if prev.rstrip().endswith((",", " en", "&")) or _ends_in_role(prev.rstrip().casefold(), tuple(role_words)):
            before = prev.rstrip() + " " + before.lstrip()
    return (
        role_before(before, role_words)
        or role_after(page_text[end:le], role_words)
        or role_below(page_text, start, end, role_words)
    )


# Only honorifics and titles before the name on its line ("de heer drs. ", "mevrouw mr. "): the
# role may end the line above ("T.a.v. Minister-president⏎de heer drs. A. Bakker").
_ONLY_TITLES = re.compile(
    r"^\s*(?:(?:de\s+heer|mevrouw|mevr|mw|dhr|hr|mr|dr|drs|ir|ing|prof|ds)\.?\s*)+$", re.IGNORECASE
)
# What may stand between a line start and a name that continues a list from the line before.
_LIST_CONTINUES = re.compile(r"^(?:\s*(?:[A-ZÀ-Ý][\w'’\-.]*|van|de|der|den|ter|ten|in|'t|en|&|[A-Z]\.)[,]?)*\s*$")


SIGNATURE_ROLES = ("secretaris", "griffier", "voorzitter", "de voorzitter van de commissie")


def role_above(page_text: str, start: int, role_words: Sequence[str]) -> bool:
    """Signature columns of a decision: "de secretaris,<tab>de burgemeester," right above the names."""
    ls = page_text.rfind("\n", 0, start) + 1
    if ls == 0:
        return False
    above = page_text[: ls - 1].rsplit("\n", 1)[-1]
    cells = [re.sub(r"^(de|het)\s+|[,.:]+$", "", c.strip().casefold()).strip() for c in re.split(r"\t+", above)]
    cells = [c for c in cells if c]
    roles = set(role_words) | set(SIGNATURE_ROLES)
    return bool(cells) and all(c in roles or any(c.startswith(r + " van ") for r in roles) for c in cells)


# Offices of whoever signs for a body in that capacity: the chair, the secretary, the director of a
# public or advisory body. Only below a name in a signature block: in running text "voorzitter van
# de bewonersvereniging" is a citizen, and a civil servant's function title (beleidsmedewerker,
# adviseur, teamleider, programmamanager, projectleider) is no office anywhere.
SIGNATURE_OFFICES = (
    "voorzitter", "vicevoorzitter", "vice-voorzitter", "plaatsvervangend voorzitter", "waarnemend voorzitter",
    "secretaris", "secretaris-directeur", "griffier", "directeur", "algemeen directeur", "plaatsvervangend directeur",
    "waarnemend directeur", "directeur-bestuurder", "bestuursvoorzitter", "president", "hoofddirecteur",
)
# A closing formula or mandate line in the few lines above a signature: "Met vriendelijke groet,",
# "Hoogachtend,", "Namens deze,", "namens het bestuur van X", "w.g.", "De voorzitter,".
_CLOSING = re.compile(
    r"\b(?:groet(?:en)?|hoogachtend|hoogachting|namens|voor\s+deze|ondertekend|getekend)\b|(?<!\w)w\.g\.|"
    r"^\s*(?:de|het)\s+(?:voorzitter|secretaris|griffier|directeur|bestuur|college)\b[^\n]*,\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# A company or a citizens' group signing: its chair or director is no public office holder.
_PRIVATE_BODY = re.compile(
    r"\b(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|VvE|Holding|GmbH|Ltd|Inc|bewoners\w*|omwonenden|buurt\w*|wijkvereniging|"
    r"belangengroep|actiegroep|comité|vereniging van eigenaren)(?!\w)",
    re.IGNORECASE,
)
# What may stand before a name in its signature cell ("w.g.", "ir.", "de heer"), and after it
# (post-nominals: "C. Smit, MPA", "A. de Wit MSc", "B. Bos RA").
_CELL_HEAD = re.compile(
    r"^\s*(?:w\.g\.\s*)?(?:(?:de\s+heer|mevrouw|mevr|mw|dhr|mr|dr|drs|ir|ing|prof|ds|bc)\.?\s*)*$", re.IGNORECASE
)
_POST_NOMINALS = re.compile(
    r"^(?:\s*,?\s*(?:MPA|MSc|MBA|MA|BA|BSc|LLM|LL\.M\.?|RA|RC|RE|PhD|Ph\.D\.|MCM|EMIA|MPM|MD|EMPM|MMO|CPC)(?![\w]))*"
    r"[\s,.]*$"
)
# Role words that name a paper, not the office of the person above them ("A. Bakker⏎Motie over X").
_NOT_AN_OFFICE_BELOW = frozenset({"motie", "amendement"})
_SIGNATURE_REACH = 4  # lines above the name that may hold the closing formula


def _starting_role(head: str, words: Sequence[str]) -> str | None:
    """The longest of ``words`` that ``head`` starts with as a whole word."""
    best = None
    for rw in words:
        if head.startswith(rw) and (len(head) == len(rw) or not head[len(rw)].isalpha()):
            best = rw if best is None or len(rw) > len(best) else best
    return best


def role_below(page_text: str, start: int, end: int, role_words: Sequence[str]) -> bool:
    """The name stands alone in a signature block (its cell of the line holds only the name, with
    "w.g.", a title or post-nominals) and the cell right below it starts with a role: an office of
    ``role_words`` anywhere ("A. Bakker⏎Wethouder Financiën"), a :data:`SIGNATURE_OFFICES` office only
    under a closing formula ("Met vriendelijke groet⏎A. Bakker⏎Voorzitter X"; "w.g.<tab>w.g.⏎A<tab>B⏎
    Voorzitter<tab>Secretaris-directeur"). A role with a colon labels what follows, not the name above."""
    ls, le = line_bounds(page_text, start, end)
    if le >= len(page_text):
        return False
    cell_start = page_text.rfind("\t", ls, start) + 1 or ls
    tab = page_text.find("\t", end, le)
    cell_end = le if tab == -1 else tab
    if not _CELL_HEAD.match(page_text[cell_start:start]) or not _POST_NOMINALS.match(page_text[end:cell_end]):
        return False
    nl = page_text.find("\n", le + 1)
    below = page_text[le + 1 : len(page_text) if nl == -1 else nl]
    name_cells = page_text.count("\t", ls, le) + 1
    cells = below.split("\t")
    if name_cells > 1 and len(cells) != name_cells:
        return False  # the columns do not line up: no telling whose role it is
    cell = cells[page_text.count("\t", ls, start)] if name_cells > 1 else cells[0]
    orig = cell.strip()
    art = _ARTICLE_HEAD.match(orig.casefold())
    if art:
        orig = orig[art.end() :]
    head = orig.casefold()
    office = _starting_role(head, tuple(r for r in role_words if r not in _NOT_AN_OFFICE_BELOW))
    signing = _starting_role(head, SIGNATURE_OFFICES)
    role = office or signing
    if role is None or head[len(role) :].lstrip().startswith(":"):
        return False
    if office is not None and len(office) >= len(signing or ""):
        nxt = orig[len(office) :].lstrip(" \t,")
        # "A. Bakker⏎Wethouder Lotte Kamp": the next person's role; "⏎Burgemeester Visserstraat 4": an address
        return not _next_person(nxt) and not _STREET_AFTER.match(nxt)
    # A signing office: a closing formula or mandate in the lines above, and no company or
    # citizens' group signing.
    top = ls
    for _ in range(_SIGNATURE_REACH):
        if top == 0:
            break
        top = page_text.rfind("\n", 0, top - 1) + 1
    block = page_text[top:ls]
    return _CLOSING.search(block) is not None and _PRIVATE_BODY.search(block + "\n" + below) is None


def is_role_label(label: str, role_words: Sequence[str]) -> bool:
    """A form label or table column header that names an office ("Gedeputeerde(n)",
    "Portefeuillehouder:", "Wethouders"): the names in its value hold that office. For the layout
    model's fields and columns, whose header may sit lines above the value."""
    roles = tuple(role_words)
    norm = _PLURAL_MARK.sub(lambda m: m.group()[1:-1], label.strip().casefold()).rstrip(" :")
    norm = _ARTICLE_HEAD.sub("", norm)
    return norm in roles or norm in _plurals(roles) or _role_of_regex(roles).fullmatch(norm) is not None
