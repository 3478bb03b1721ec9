"""Links to code repositories: a project cited, not a profile (invented owners and projects)."""

from __future__ import annotations

import pytest

from woo_redact.decide import decide, to_findings
from woo_redact.policy import parse_policy
from woo_redact.reasons import Reason
from woo_redact.types import Action, Detection, EntityType


def _url(make_doc, url):
    doc = make_doc(f"De broncode staat op {url} en is openbaar.")
    page = doc.pages[0]
    i = page.text.index(url)
    return doc, to_findings(doc.sha256, page, [Detection(i, i + len(url), EntityType.URL, 0.6, "woo.rules.url")])[0]


@pytest.mark.parametrize(
    "url",
    ["https://github.com/zonnepanelen-app/docs", "https://gitlab.com/stadsdata/parkeer-api/-/blob/main/README.md",
     "https://github.com/openbeleid/tracker/blob/master/whitepaper.pdf"],
)
def test_a_link_into_a_code_repository_goes_to_review(make_doc, policy, url):
    doc, f = _url(make_doc, url)
    d = decide(doc, [f], policy)[0]
    assert d.action is Action.REVIEW and d.reason is Reason.REPOSITORY_URL


def test_a_repository_of_a_public_organisation_stays_readable(make_doc, policy):
    doc, f = _url(make_doc, "https://github.com/kiesraad/uitslagen-tool")
    assert decide(doc, [f], policy)[0].action is Action.KEEP


def test_a_profile_link_is_still_redacted(make_doc, policy):
    doc, f = _url(make_doc, "https://github.com/pvandijk84")
    assert decide(doc, [f], policy)[0].action is Action.REDACT


def test_the_repository_rule_can_be_switched_off(make_doc):
    pol = parse_policy({"rules": {"disabled": ["url.repository"]}})
    doc, f = _url(make_doc, "https://github.com/zonnepanelen-app/docs")
    assert decide(doc, [f], pol)[0].action is Action.REDACT
