"""IBAN recognizer: mod-97, SEPA lengths, spacing and case."""

from __future__ import annotations

import pytest
from recog_helpers import find, group4, make_iban, make_nl_iban, spans

from woo_redact.detect.recognizers import IbanRecognizer

NL = make_nl_iban(1)
NL_RABO = make_nl_iban(2, "RABO")
BE = make_iban("BE", "539007547034")
DE = make_iban("DE", "370400440532013000")
FR = make_iban("FR", "20041010050500013M02606")
BROKEN = NL[:-1] + str((int(NL[-1]) + 1) % 10)


@pytest.fixture(scope="module")
def rec() -> IbanRecognizer:
    return IbanRecognizer()


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"IBAN {NL}", [NL]),
        (f"rekeningnummer {group4(NL)} t.n.v. J. Jansen", [group4(NL)]),
        (f"iban: {NL.lower()}", [NL.lower()]),
        (f"{NL_RABO}.", [NL_RABO]),
        (f"Belgische rekening {group4(BE)} voor de huur", [group4(BE)]),
        (f"Duitse rekening {DE}", [DE]),
        (f"Franse rekening {group4(FR)} en {NL}", [group4(FR), NL]),
    ],
)
def test_iban_positive(rec: IbanRecognizer, text: str, expected: list[str]) -> None:
    assert spans(rec, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"IBAN {BROKEN}",  # broken checksum
        f"IBAN {group4(BROKEN)}",
        f"IBAN {NL}7",  # too long for NL
        f"IBAN {NL[:-1]}",  # too short
        "US64SVBKUS6S3300958879",  # not SEPA
        "Factuur NL2024-0012345",
        "kenmerk NL12 3456 7890",
    ],
)
def test_iban_negative(rec: IbanRecognizer, text: str) -> None:
    assert spans(rec, text) == []


def test_score_and_explanation(rec: IbanRecognizer) -> None:
    r = find(rec, f"Overgemaakt naar {BE}")[0]
    assert r.score >= 0.85
    assert "mod-97" in r.analysis_explanation.textual_explanation
    nl = find(rec, NL)[0]
    assert "Dutch IBAN" in nl.analysis_explanation.textual_explanation
    assert rec.validate_result(BROKEN) is False
