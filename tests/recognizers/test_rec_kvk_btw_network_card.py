"""KvK, BTW, IP, URL and credit-card recognizers."""

from __future__ import annotations

import pytest
from recog_helpers import find, group4, make_bsn, make_btw, make_card, make_invalid_bsn, make_nl_iban, spans

from woo_redact.detect.recognizers import (
    BtwRecognizer,
    CreditCardRecognizer,
    IpAddressRecognizer,
    KvkRecognizer,
    UrlRecognizer,
)

BTW = make_btw(11)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KvK-nummer 12345678", ["12345678"]),
        ("ingeschreven bij de Kamer van Koophandel onder nummer 1234 5678", ["1234 5678"]),
        ("KvK 12.34.56.78", ["12.34.56.78"]),
    ],
)
def test_kvk_positive(text: str, expected: list[str]) -> None:
    rec = KvkRecognizer()
    assert spans(rec, text) == expected
    assert all(r.score < 0.5 for r in find(rec, text))


@pytest.mark.parametrize("text", ["het getal 12345678", "KvK 123456789", "factuur 12345678"])
def test_kvk_negative(text: str) -> None:
    assert spans(KvkRecognizer(), text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"btw-nummer {BTW}", [BTW]),
        (f"{BTW[:2]} {BTW[2:6]}.{BTW[6:8]}.{BTW[8:11]}.{BTW[11:]}", [f"{BTW[:2]} {BTW[2:6]}.{BTW[6:8]}.{BTW[8:11]}.{BTW[11:]}"]),
        (f"BTW {BTW[:11]} {BTW[11:]}", [f"{BTW[:11]} {BTW[11:]}"]),
    ],
)
def test_btw_positive(text: str, expected: list[str]) -> None:
    rec = BtwRecognizer()
    assert spans(rec, text) == expected
    assert all(r.score < 0.5 for r in find(rec, text))


@pytest.mark.parametrize(
    "text",
    [f"btw NL{make_invalid_bsn(12)}B01", "NL123B01", "nl001234567b01", f"NL{make_bsn(13)}X01"],
)
def test_btw_negative(text: str) -> None:
    assert spans(BtwRecognizer(), text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("IP-adres 192.168.1.20", ["192.168.1.20"]),
        ("ingelogd vanaf 84.241.200.7.", ["84.241.200.7"]),
        ("IPv6 2001:db8::1 en fe80::1ff:fe23:4567:890a", ["2001:db8::1", "fe80::1ff:fe23:4567:890a"]),
    ],
)
def test_ip_positive(text: str, expected: list[str]) -> None:
    assert spans(IpAddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    ["artikel 1.2.3.4", "versie 10.2.1.5", "300.1.2.3", "tijd 10:30:00", "paragraaf 2.3.1.4", "1.2.3.4 in de nota"],
)
def test_ip_negative(text: str) -> None:
    assert spans(IpAddressRecognizer(), text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("zie https://www.linkedin.com/in/jan-jansen-123/.", ["https://www.linkedin.com/in/jan-jansen-123/"]),
        ("facebook.com/piet.de.vries", ["facebook.com/piet.de.vries"]),
        ("https://x.com/pietjansen", ["https://x.com/pietjansen"]),
        ("https://formulier.example.nl/aanvraag?bsn=123456782&stap=2", ["https://formulier.example.nl/aanvraag?bsn=123456782&stap=2"]),
        ("https://example.nl/zoek?naam=Jansen", ["https://example.nl/zoek?naam=Jansen"]),
        ("mailto:j.jansen@example.nl", ["mailto:j.jansen@example.nl"]),
        ("https://example.nl/share?to=j.jansen%40example.nl", ["https://example.nl/share?to=j.jansen%40example.nl"]),
    ],
)
def test_url_positive(text: str, expected: list[str]) -> None:
    assert spans(UrlRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "https://www.rijksoverheid.nl/onderwerpen/wet-open-overheid",
        "www.gemeente.nl/woo",
        "https://www.facebook.com/pages/123",
        "https://open.overheid.nl/documenten?id=abc",
        "j.jansen@example.nl",
    ],
)
def test_url_negative(text: str) -> None:
    assert spans(UrlRecognizer(), text) == []


VISA = make_card("4", 16)
MC = make_card("55", 16)
AMEX = make_card("37", 15)


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"creditcard {group4(VISA)}", [group4(VISA)]),
        (f"kaart {VISA}", [VISA]),
        (f"{'-'.join(MC[i:i + 4] for i in range(0, 16, 4))}", ["-".join(MC[i : i + 4] for i in range(0, 16, 4))]),
        (f"Amex {AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}", [f"{AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}"]),
    ],
)
def test_card_positive(text: str, expected: list[str]) -> None:
    rec = CreditCardRecognizer()
    assert spans(rec, text) == expected
    assert all(r.score >= 0.85 for r in find(rec, text))


@pytest.mark.parametrize(
    "text",
    [
        f"creditcard {VISA[:-1]}{(int(VISA[-1]) + 1) % 10}",  # Luhn fails
        f"nummer {make_card('9', 16)}",  # unknown IIN
        "4444 4444 4444 4444",
        f"IBAN {make_nl_iban(3)}",
        f"IBAN {group4(make_nl_iban(4))}",
        f"BSN {make_bsn(5)}",
        "bedrag € 4111111111111111",
    ],
)
def test_card_negative(text: str) -> None:
    assert spans(CreditCardRecognizer(), text) == []
