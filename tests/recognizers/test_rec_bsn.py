"""BSN recognizer: table-driven positives and negatives (made-up numbers only)."""

from __future__ import annotations

import pytest
from recog_helpers import find, make_bsn, make_invalid_bsn, spans

from woo_redact.detect.recognizers import BsnRecognizer

B1 = make_bsn(1)
B2 = make_bsn(2)
B8 = make_bsn(3, digits=8)
BAD = make_invalid_bsn(4)


@pytest.fixture(scope="module")
def rec() -> BsnRecognizer:
    return BsnRecognizer()


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"BSN: {B1}", [B1]),
        (f"burgerservicenummer {B1}.", [B1]),
        (f"Het nummer {B1} staat in het dossier", [B1]),
        (f"bsn {B1[:4]}.{B1[4:6]}.{B1[6:]}", [f"{B1[:4]}.{B1[4:6]}.{B1[6:]}"]),
        (f"BSN {B1[:3]} {B1[3:6]} {B1[6:]}", [f"{B1[:3]} {B1[3:6]} {B1[6:]}"]),
        (f"BSN {B1[:3]}.{B1[3:6]}.{B1[6:]}", [f"{B1[:3]}.{B1[3:6]}.{B1[6:]}"]),
        (f"sofinummer: {B8}", [B8]),
        (f"({B1}) en ({B2})", [B1, B2]),
        (f"persoonsnummer {B1}, bsn partner {B2}", [B1, B2]),
    ],
)
def test_bsn_positive(rec: BsnRecognizer, text: str, expected: list[str]) -> None:
    assert spans(rec, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"BSN: {BAD}",  # fails 11-proef
        f"Het getal {B8} zonder context",  # 8 digits need context
        f"nummer 9{B1}",  # inside a longer digit run
        f"{B1}0 is te lang",
        f"code {B1}-12",
        f"IBAN NL91ABNA0{B1}",
        f"Bedrag € {B1[:3]}.{B1[3:6]}.{B1[6:]}",
        f"een bedrag van {B1[:3]}.{B1[3:6]}.{B1[6:]},00",
        f"EUR {B1}",
        f"tel. +31 {B1}",
        f"KvK-nummer {B8}",
        f"Factuurnummer: {B1}",
        f"Projectnummer {B1}",
        f"Zaaknummer: {B1}",
        f"btw NL{B1}B01",
        f"btw NL {B1} B01",
        "BSN 111111111",
        "datum 12-03-2024",
        "periode 2019-2023",
    ],
)
def test_bsn_negative(rec: BsnRecognizer, text: str) -> None:
    assert spans(rec, text) == []


def test_context_raises_score(rec: BsnRecognizer) -> None:
    plain = find(rec, f"Het nummer {B1} staat hier")[0]
    ctx = find(rec, f"BSN van betrokkene: {B1}")[0]
    assert 0.6 <= plain.score <= 0.7
    assert ctx.score >= 0.85
    assert "11-proef" in ctx.analysis_explanation.textual_explanation
    assert ctx.analysis_explanation.supportive_context_word == "bsn"


def test_explanation_says_why(rec: BsnRecognizer) -> None:
    r = find(rec, f"bsn {B1}")[0]
    assert r.analysis_explanation.textual_explanation.startswith("BSN: 9 digits, passes 11-proef")
    assert r.entity_type == "BSN"


def test_validate_hook(rec: BsnRecognizer) -> None:
    assert rec.validate_result(B1) is True
    assert rec.validate_result(BAD) is False
