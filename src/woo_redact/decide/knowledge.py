"""Public knowledge that tells a name from a place, an organisation or a law.

A thin seam over :mod:`woo_redact.detect.organisations` (the shipped register of Dutch public
organisations, places and law titles): the decision rules ask it, and tests can exercise the
rules with it absent.
"""

from __future__ import annotations

import functools
from typing import Any


@functools.lru_cache(maxsize=1)
def _register() -> Any | None:
    try:
        from ..detect.organisations import OrganisationRegister
    except ImportError:  # the register module is not part of this build
        return None
    return OrganisationRegister.load()


@functools.lru_cache(maxsize=65536)
def is_place(text: str) -> bool:
    """A Dutch place, municipality, province or region, or a country."""
    reg = _register()
    return bool(reg is not None and reg.is_place(text))


@functools.lru_cache(maxsize=65536)
def is_street(text: str) -> bool:
    """A street name of the BAG, as written there ("Oude Veer", "Den Briel")."""
    from ..detect.recognizers.streets import street_names

    return text in street_names()


@functools.lru_cache(maxsize=65536)
def not_a_person_word(word: str) -> bool:
    """A single word that names a place, a public organisation or a law."""
    reg = _register()
    if reg is None:
        return False
    return bool(reg.is_place(word) or reg.is_organisation(word) or reg.is_law(word))


@functools.lru_cache(maxsize=65536)
def not_a_person(text: str, *, place: bool = True) -> bool:
    """A whole span that names a public organisation or a law (or, with ``place``, a place:
    off for "Van Buren", where a particle makes a place name a family name)."""
    reg = _register()
    if reg is None:
        return False
    if place and "," in text:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if len(parts) >= 2 and all(reg.is_place(p) for p in parts):
            return True  # "Singapore, Noorwegen": a list of places the model read as one name
    if place and "-" in text.strip("-") and " " not in text.strip():
        parts = [p for p in text.strip().split("-") if p]
        if len(parts) >= 2 and all(reg.is_place(p) for p in parts):
            return True  # "Ommen-Hardenberg", "Alphen-Chaam": a region named for its places
    return bool((place and reg.is_place(text)) or reg.is_organisation(text) or reg.is_law(text))


@functools.lru_cache(maxsize=65536)
def owns_contact(entity: str, text: str, context: str = "") -> bool:
    """A phone number, or an address or postcode (read with the ``context`` around it: the
    street before a postcode, the postcode after a street), that the register lists as a public
    organisation's own."""
    reg = _register()
    if reg is None:
        return False
    if entity == "PHONE":
        return reg.owns_phone(text) is not None
    if entity in ("POSTCODE", "ADDRESS"):
        return reg.owns_address(context or text) is not None
    return False


def organisation_mentions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a public organisation of the register (start, end), left to right."""
    reg = _register()
    if reg is None:
        return []
    return [(m.start, m.end) for m in reg.find_mentions(text)]
