"""Signing on behalf of an office holder: the signer acts under a mandate and holds no office.

"namens de burgemeester van Amsterdam,⏎İ. Karataş" and "de minister van BZK,⏎namens deze,⏎
J. Jansen, afdelingshoofd" name a civil servant who signs for the office, not the office holder:
the role words right above the name belong to the office, not to the person. (Signing for a
governing body, "namens burgemeester en wethouders", is handled where roles are read.)
"""

from __future__ import annotations

import re

# "namens de burgemeester (van X)," / "namens deze," / "voor deze," / "i.o." / "p.o." ending the
# text right before a name (the name's own line start or the line above).
_ON_BEHALF = re.compile(
    r"(?:\bnamens\s+(?:de\s+|het\s+)?[\w\s&'’\-]{0,80}|\bnamens\s+deze|\bvoor\s+deze|\bi\.?\s?o\.?|\bp\.?\s?o\.?|"
    r"\bbij\s+afwezigheid\s+van\s+[\w\s'’\-]{0,60}|\bmet\s+mandaat)[\s,:]*$",
    re.IGNORECASE,
)


# After a name: a comma closing an apposition, then the signer's name on the next line
# ("Namens de secretaris-directeur, Judith Vos,⏎W. Haitsma⏎teammanager").
_APPOSITION_THEN_SIGNER = re.compile(
    r"^(?:[ \t]*\n?[ \t]*(?:van|de|der|den|ter|ten|te|in|'t|[A-ZÀ-Ý][\w'’-]+))*?"  # the rest of a wrapped name
    r"[ \t]*,[ \t]*\n\s*(?:(?:[A-Z][a-z]?\.\s?)+|[A-ZÀ-Ý][\w'’-]+\s+)[A-ZÀ-Ýa-z]"
)


def signs_on_behalf(page_text: str, start: int, end: int | None = None) -> bool:
    """The name starting at ``start`` signs on behalf of an office ("namens de burgemeester,").

    Reads the name's line up to the name and, when that is empty, the non-blank line above. With
    ``end``, a name set off by commas and followed by another name on the next line is the office
    holder in apposition ("Namens de secretaris-directeur, Judith Vos,⏎W. Haitsma"), not the
    signer."""
    if end is not None and _APPOSITION_THEN_SIGNER.match(page_text[end : end + 80]):
        return False
    ls = page_text.rfind("\n", 0, start) + 1
    before = page_text[ls:start]
    if before.strip():
        # on the name's own line only a phrase closed by a comma: "namens de burgemeester, J. Smit"
        return before.rstrip().endswith(",") and _tail_on_behalf(before)
    pos = ls - 1
    for _ in range(2):  # the line above, skipping one blank line
        if pos <= 0:
            return False
        prev_start = page_text.rfind("\n", 0, pos) + 1
        above = page_text[prev_start:pos]
        if above.strip():
            return _tail_on_behalf(above)
        pos = prev_start - 1
    return False


def _tail_on_behalf(text: str) -> bool:
    line = text.strip()
    return bool(line) and _ON_BEHALF.search(line) is not None
