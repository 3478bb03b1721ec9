"""E-mail recognizer and the helpers the policy uses."""

from __future__ import annotations

import pytest
from recog_helpers import find, spans

from woo_redact.detect.recognizers import EmailRecognizer, is_generic_mailbox, is_private_domain, split_email


@pytest.fixture(scope="module")
def rec() -> EmailRecognizer:
    return EmailRecognizer()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mail j.jansen@gemeente-zeist.nl.", ["j.jansen@gemeente-zeist.nl"]),
        ("Van: Piet <piet.de.vries@minbzk.nl>", ["piet.de.vries@minbzk.nl"]),
        ("info@rvo.nl en p.bakker+woo@gmail.com", ["info@rvo.nl", "p.bakker+woo@gmail.com"]),
        ("(k.smit@sub.domein.example.org)", ["k.smit@sub.domein.example.org"]),
        ("mailto:a_b@x.nl", ["a_b@x.nl"]),
    ],
)
def test_email_positive(rec: EmailRecognizer, text: str, expected: list[str]) -> None:
    assert spans(rec, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "geen adres: jan@localhost",
        "5.1.2e@minvws.nl",  # a ground code printed over the local part
        "5.1, 2, e @rvo.nl",
        "10.2.e@uwv.nl",
        "a..b@x.nl",
        "@rvo.nl",
        "twitter @jansen",
    ],
)
def test_email_negative(rec: EmailRecognizer, text: str) -> None:
    assert spans(rec, text) == []


def test_explanation(rec: EmailRecognizer) -> None:
    r = find(rec, "e-mail: j.jansen@gmail.com")[0]
    assert r.score >= 0.85
    assert "private mail provider" in r.analysis_explanation.textual_explanation


def test_split_email() -> None:
    assert split_email("J.Jansen@Gemeente.NL") == ("J.Jansen", "gemeente.nl")
    with pytest.raises(ValueError):
        split_email("geen-adres")


@pytest.mark.parametrize(
    "addr, generic",
    [
        ("info@rvo.nl", True),
        ("woo@minvws.nl", True),
        ("secretariaat@gemeente.nl", True),
        ("postbus@x.nl", True),
        ("gemeente@zeist.nl", True),
        ("klantcontact@uwv.nl", True),
        ("noreply@x.nl", True),
        ("no-reply@x.nl", True),
        ("servicedesk@x.nl", True),
        ("helpdesk@x.nl", True),
        ("communicatie@x.nl", True),
        ("pers@x.nl", True),
        ("contact@x.nl", True),
        ("receptie@x.nl", True),
        ("bezwaar@x.nl", True),
        ("woo-verzoeken@x.nl", True),
        ("info2@x.nl", True),
        ("secretariaat-dg@x.nl", True),
        ("j.jansen@x.nl", False),
        ("info.jansen@x.nl", False),
        ("pieter@x.nl", False),
    ],
)
def test_generic_mailbox(addr: str, generic: bool) -> None:
    assert is_generic_mailbox(addr) is generic


@pytest.mark.parametrize(
    "domain, private",
    [
        ("gmail.com", True),
        ("hotmail.com", True),
        ("hotmail.nl", True),
        ("outlook.com", True),
        ("live.nl", True),
        ("ziggo.nl", True),
        ("kpnmail.nl", True),
        ("planet.nl", True),
        ("home.nl", True),
        ("xs4all.nl", True),
        ("hetnet.nl", True),
        ("icloud.com", True),
        ("me.com", True),
        ("yahoo.com", True),
        ("protonmail.com", True),
        ("telfort.nl", True),
        ("online.nl", True),
        ("upcmail.nl", True),
        ("caiway.nl", True),
        ("chello.nl", True),
        ("quicknet.nl", True),
        ("zeelandnet.nl", True),
        ("GMAIL.COM", True),
        ("minvws.nl", False),
        ("rvo.nl", False),
        ("gemeente.nl", False),
    ],
)
def test_private_domain(domain: str, private: bool) -> None:
    assert is_private_domain(domain) is private
