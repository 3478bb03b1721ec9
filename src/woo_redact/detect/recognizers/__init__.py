"""Dutch Presidio recognizers for woo_redact (``supported_language="nl"``).

Each recognizer emits one of the :class:`woo_redact.types.EntityType` values as its Presidio
entity string, an explanation on every result (``textual_explanation`` says why) and its own
whole-word context scoring on the raw text. :func:`dutch_recognizers` returns fresh instances
of all of them, ready for ``RecognizerRegistry.add_recognizer``.

None of them touches the network: no tldextract, no public-suffix download, no model.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from ._base import DutchPatternRecognizer
from .bsn import BsnRecognizer
from .credit_card import CreditCardRecognizer
from .dates import DateOfBirthRecognizer
from .email import EmailRecognizer, is_generic_mailbox, is_private_domain, split_email
from .health import HealthRecognizer
from .iban import IbanRecognizer
from .id_numbers import IdNumberRecognizer
from .kenteken import KentekenRecognizer
from .kvk_btw import BtwRecognizer, KvkRecognizer
from .lakcode import LakcodeRecognizer
from .network import IpAddressRecognizer, UrlRecognizer
from .phone import PhoneRecognizer, is_service_number
from .postcode_address import AddressRecognizer, PostcodeRecognizer
from .streets import StreetListRecognizer

__all__ = [
    "RECOGNIZER_CLASSES",
    "AddressRecognizer",
    "BsnRecognizer",
    "BtwRecognizer",
    "CreditCardRecognizer",
    "DateOfBirthRecognizer",
    "DutchPatternRecognizer",
    "EmailRecognizer",
    "HealthRecognizer",
    "IbanRecognizer",
    "IdNumberRecognizer",
    "IpAddressRecognizer",
    "KentekenRecognizer",
    "KvkRecognizer",
    "LakcodeRecognizer",
    "PhoneRecognizer",
    "PostcodeRecognizer",
    "StreetListRecognizer",
    "UrlRecognizer",
    "dutch_recognizers",
    "is_generic_mailbox",
    "is_private_domain",
    "is_service_number",
    "split_email",
]

RECOGNIZER_CLASSES: tuple[type[DutchPatternRecognizer], ...] = (
    BsnRecognizer,
    IbanRecognizer,
    PhoneRecognizer,
    EmailRecognizer,
    PostcodeRecognizer,
    AddressRecognizer,
    StreetListRecognizer,
    KentekenRecognizer,
    DateOfBirthRecognizer,
    IdNumberRecognizer,
    KvkRecognizer,
    BtwRecognizer,
    IpAddressRecognizer,
    UrlRecognizer,
    CreditCardRecognizer,
    HealthRecognizer,
    LakcodeRecognizer,
)


def dutch_recognizers() -> list[EntityRecognizer]:
    """Fresh instances of every Dutch recognizer (recognizers hold compiled state; don't share)."""
    return [cls() for cls in RECOGNIZER_CLASSES]
