"""Art. 5.2: a personal policy opinion needs a person who holds it (invented statements)."""

from __future__ import annotations

import pytest

from woo_redact.decide import decide, to_findings
from woo_redact.policy import parse_policy
from woo_redact.reasons import Reason
from woo_redact.types import Action, Detection, EntityType


def _decide(make_doc, policy, text, statement, people=()):
    doc = make_doc(text)
    page = doc.pages[0]

    def f(needle, entity, det, score):
        i = page.text.index(needle)
        return to_findings(doc.sha256, page, [Detection(i, i + len(needle), entity, score, det)])[0]

    fs = [f(statement, EntityType.POLICY_OPINION, "woo.statements.opinion", 0.9)]
    fs += [f(p, EntityType.PERSON, "woo.names", 0.9) for p in people]
    return next(d for d in decide(doc, fs, policy) if d.finding.entity is EntityType.POLICY_OPINION)


@pytest.mark.parametrize(
    "text",
    [
        "De Autoriteit Persoonsgegevens adviseert de app pas in te voeren als de risico's zijn beperkt.",
        "Het verdient aanbeveling de proef te verlengen tot het einde van het jaar.",
        "Algemeen beeld: de maatregelen zijn onvoldoende om het risico weg te nemen.",
    ],
)
def test_a_view_no_person_holds_is_no_personal_opinion(make_doc, policy, text):
    d = _decide(make_doc, policy, text, text)
    assert d.action is Action.KEEP and d.reason is Reason.NO_OPINION_HOLDER


@pytest.mark.parametrize(
    "text",
    [
        "Wat mij betreft stoppen we met de proef, de resultaten vallen tegen.",
        "Persoonlijk zou ik kiezen voor de tweede variant.",
        "Zij vindt dat de wachttijden zwaarder moeten wegen.",
    ],
)
def test_a_writers_or_colleagues_view_is_proposed(make_doc, policy, text):
    assert _decide(make_doc, policy, text, text).action is Action.REVIEW


def test_a_named_colleagues_view_right_before_is_proposed(make_doc, policy):
    text = "Volgens Marloes Verbeek is het verstandiger de verordening pas volgend jaar te wijzigen."
    statement = "is het verstandiger de verordening pas volgend jaar te wijzigen."
    assert _decide(make_doc, policy, text, statement, people=("Marloes Verbeek",)).action is Action.REVIEW


def test_the_holder_rule_can_be_switched_off(make_doc):
    pol = parse_policy({"rules": {"disabled": ["opinion.needs_a_holder"]}})
    text = "Het verdient aanbeveling de proef te verlengen tot het einde van het jaar."
    assert _decide(make_doc, pol, text, text).action is Action.REVIEW
