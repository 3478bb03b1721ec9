"""Office holders in role: the words around a name that make it a public office, not a private person.

Limits: role detection looks at the words right before or after a name on the same line and at
a signature row of role words directly above; a role mentioned in another sentence is not
linked to the name.
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
_PAREN_HEAD = re.compile(r"^\s*\(([^()\n]{2,60})\)")
_PARTY_HEAD = re.compile(r"^\s*\([A-Za-z0-9&/\- ]{2,25}\)")  # "(CDA)", "(GroenLinks-PvdA)"


@functools.lru_cache(maxsize=64)
def _role_of_regex(role_words: tuple[str, ...]) -> re.Pattern[str]:
    # "wethouder van Financiën Jan de Vries", "minister van BZK, J. Jansen"
    alts = "|".join(map(re.escape, role_words)) or "(?!)"
    return re.compile(r"(?:" + alts + r")\s+(van|voor)\s+[\w&.\- ]{1,40}[,:]?\s*$")


def _ends_in_role(tail: str, roles: tuple[str, ...]) -> bool:
    tail = _TITLES_TAIL.sub("", tail).rstrip(" ,:")
    tail = _ARTICLE_TAIL.sub("", tail).rstrip()
    return tail.endswith(roles) or tail.endswith(_plurals(roles)) or _role_of_regex(roles).search(tail) is not None


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
    if _BODY_TAIL.search(tail.casefold()):
        return False  # "namens burgemeester en wethouders, M. Dijkstra": signed for the body
    if _ends_in_role(tail.casefold(), roles) or _SIGNING_ROLE.search(tail.casefold()):
        return True
    # Walk back over the earlier names of a list; at each word boundary, a plural role?
    flat = re.sub(r"\s*\([^()]*\)", "", tail)  # "X (Hellendoorn), Y (gemeente Zwolle), "
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
        if crossed and before.endswith(_plurals(roles)) and word[:1].isupper():
            return True
    return False


def role_after(line_after: str, role_words: Sequence[str]) -> bool:
    """The line after a name starts with a role ("J. Jansen, burgemeester"), a party in
    parentheses in between allowed ("J. Jansen (CDA), wethouder")."""
    roles = tuple(role_words)
    paren = _PAREN_HEAD.match(line_after)
    if paren and _ARTICLE_HEAD.sub("", paren.group(1).strip().casefold()).startswith(roles):
        return True  # "Tijs de Vries (gedeputeerde)", "(wethouder Financiën)"
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
            # "X, wethouder Lotte Kamp": a role followed by a name is the next person's.
            nxt = orig[len(rw) :].lstrip(" \t")
            return not _NAME_START.match(nxt)
    return False


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
    if ls > 0 and _LIST_CONTINUES.match(before):
        prev = page_text[page_text.rfind("\n", 0, ls - 1) + 1 : ls - 1]
        if prev.rstrip().endswith((",", " en", "&")) or _ends_in_role(prev.rstrip().casefold(), tuple(role_words)):
            before = prev.rstrip() + " " + before.lstrip()
    return role_before(before, role_words) or role_after(page_text[end:le], role_words)


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
