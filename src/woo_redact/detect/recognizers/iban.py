"""IBAN recognizer: SEPA account numbers validated with ISO 7064 mod-97.

Dutch IBANs (``NL`` + 2 check digits + 4-letter bank code + 10 digits) and those of the other
SEPA countries, each with its exact length, so the match never runs into the next word. Written
with or without spaces (``NL91 ABNA 0417 1643 00``, ``NL91ABNA0417164300``) and in lower case.
A broken checksum gives no result.

Score: 0.9 (checksum-validated), 1.0 with a context word. Limits: IBANs split across lines or
with other separators (dots, dashes) are not found; non-SEPA countries are not covered.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer, mod97

# Total IBAN length per SEPA country (ISO 13616 registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28,
    "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
    "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "VA": 22,
}  # fmt: skip

# Dutch bank codes seen in practice; an unknown 4-letter code is still accepted (new banks).
NL_BANK_CODES = frozenset(
    "ABNA ADYB AEGO ANDL ARBN ARSN ASNB ATBA BCDM BCIT BICK BINK BKCH BKMG BLGW BMEU BNDA BNGH "
    "BNPA BOFA BOFS BOTK BUNQ CHAS CITC CITI COBA DEUT DHBN DLBK DNIB FBHL FLOR FRGH FRNX FTSB "
    "FVLB GILL HAND HHBA HSBC ICBC ICEP INGB ISAE ISBK KABA KNAB KOEX KRED LOCY LOYD LPLN MHCB "
    "MOYO NNBA NWAB PCBC RABO RBRB SNSB SOGE TEBU TRIO UBSW UGBI VOWA ZWLB".split()
)


def _country_regex(cc: str, length: int) -> str:
    if cc == "NL":
        body = r"(?: ?[A-Za-z]){4}(?: ?[0-9]){10}"
    else:
        body = rf"(?: ?[A-Za-z0-9]){{{length - 4}}}"
    return rf"{cc}[0-9]{{2}}{body}"


_ALL = "|".join(_country_regex(cc, n) for cc, n in IBAN_LENGTHS.items())
IBAN_REGEX = rf"(?<![A-Za-z0-9])(?:{_ALL})(?![A-Za-z0-9])"

IBAN_CONTEXT = (
    "iban",
    "rekeningnummer",
    "rekeningnr",
    "rekening",
    "bankrekening",
    "bankrekeningnummer",
    "bankrekeningnr",
    "rek.nr",
    "t.n.v.",
    "ten name van",
    "banknummer",
    "girorekening",
    "overmaken",
    "gestort",
)


class IbanRecognizer(DutchPatternRecognizer):
    """IBAN of a SEPA country with its exact length and a valid mod-97 checksum."""

    ENTITY: ClassVar[str] = "IBAN"
    PATTERNS = (("iban", IBAN_REGEX, 0.9),)
    CONTEXT = IBAN_CONTEXT
    CONTEXT_BOOST = 0.1
    MIN_SCORE_WITH_CONTEXT = 0.95

    def validate_result(self, pattern_text: str) -> bool | None:
        """mod-97 over the compacted IBAN."""
        compact = pattern_text.replace(" ", "").upper()
        if IBAN_LENGTHS.get(compact[:2]) != len(compact):
            return False
        return mod97(compact)

    def reject(self, text: str, start: int, end: int, match: re.Match[str]) -> str | None:
        value = text[start:end]
        # Lower-case IBAN must be lower case throughout (not a word followed by digits).
        letters = [c for c in value if c.isalpha()]
        if letters and not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
            return "mixed case"
        return None

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        compact = value.replace(" ", "").upper()
        cc = compact[:2]
        if cc == "NL":
            bank = compact[4:8]
            known = "known" if bank in NL_BANK_CODES else "unlisted"
            return f"Dutch IBAN ({known} bank code {bank}), passes mod-97"
        return f"{cc} IBAN, {len(compact)} characters, passes mod-97"
