"""Dutch words for what the review shows: entity types, grounds and reasons.

The decisions file keeps codes (``PERSON``, ``5.1.2e``, ``implausible_name``); the officer
reads *Persoonsnaam*, *Eerbiediging van de persoonlijke levenssfeer*, *lijkt geen
persoonsnaam*. Ground titles come from ``data/grounds.json`` through :mod:`woo_redact.grounds`,
reasons from :func:`woo_redact.reasons.describe`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

ENTITY_NL: dict[str, str] = {
    "PERSON": "Persoonsnaam",
    "EMAIL": "E-mailadres",
    "PHONE": "Telefoonnummer",
    "BSN": "BSN",
    "IBAN": "Rekeningnummer (IBAN)",
    "POSTCODE": "Postcode",
    "ADDRESS": "Adres",
    "LICENSE_PLATE": "Kenteken",
    "DATE_OF_BIRTH": "Geboortedatum",
    "ID_NUMBER": "Identiteitsnummer",
    "IP_ADDRESS": "IP-adres",
    "CREDIT_CARD": "Creditcardnummer",
    "URL": "Webadres",
    "KVK": "KvK-nummer",
    "BTW": "Btw-nummer",
    "HEALTH": "Gezondheid",
    "POLICY_OPINION": "Persoonlijke beleidsopvatting",
    "ORGANIZATION": "Organisatie",
    "LOCATION": "Plaats",
    "EXISTING_CODE": "Bestaande lakcode",
    "MANUAL": "Handmatig",
}


def entity_nl(entity: str) -> str:
    return ENTITY_NL.get(entity, entity)


@cache
def ground_nl(code: str | None) -> str:
    """The Dutch title of a ground code, or '' when there is none or it is unknown."""
    if not code:
        return ""
    from ..grounds import Ground

    try:
        return Ground.parse(code).title
    except (ValueError, KeyError):
        return ""


def reason_nl(reason: str) -> str:
    """A reason code (``implausible_name``, ``ner_implausible:only_ordinary_words``) in Dutch."""
    from ..reasons import describe

    if not reason:
        return ""
    text = describe(reason, "nl")
    if text != reason or ":" not in reason:
        return text
    head, _, detail = reason.partition(":")
    base = describe(head, "nl")
    return f"{base if base != head else head.replace('_', ' ')} ({detail.replace('_', ' ')})"


def grounds_catalogue() -> list[dict[str, Any]]:
    """Every Woo ground as ``{"code", "title"}`` for the ground picker, in statute order."""
    from ..grounds import known_grounds

    out = []
    for g in known_grounds():
        try:
            out.append({"code": g.code, "title": g.title})
        except KeyError:
            out.append({"code": g.code, "title": ""})
    return out
