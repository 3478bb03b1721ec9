"""Policy files: the shipped default loads, and every mistake names its key."""

from __future__ import annotations

import pytest

from woo_redact.errors import PolicyError
from woo_redact.policy import load_policy, parse_policy
from woo_redact.types import Action, EntityType


def test_default_policy_grounds(policy):
    assert policy.rule(EntityType.PERSON).ground == "5.1.2e"
    assert policy.rule(EntityType.BSN).ground == "5.1.1e"
    assert policy.rule(EntityType.HEALTH).ground == "5.1.1d"
    assert policy.rule(EntityType.KVK).action is Action.REVIEW
    assert policy.rule(EntityType.ORGANIZATION).action is Action.KEEP
    assert "wethouder" in policy.role_words
    assert len(policy.sha256) == 64


def test_label_styles(policy):
    assert policy.label("5.1.2e") == "5.1.2e"
    comma = parse_policy({"labels": {"style": "comma"}})
    assert comma.label("5.1.2e") == "5.1, 2, e"


def test_grounds_are_canonicalised():
    pol = parse_policy({"entities": {"PERSON": {"ground": "5.1, 2, e", "action": "redact"}}})
    assert pol.rule(EntityType.PERSON).ground == "5.1.2e"


@pytest.mark.parametrize(
    "data, key",
    [
        ({"entitys": {}}, "entitys"),
        ({"entities": {"PERSOON": {"ground": "5.1.2e"}}}, "entities.PERSOON"),
        ({"entities": {"PERSON": {"ground": "5.1.2z"}}}, "entities.PERSON.ground"),
        ({"entities": {"PERSON": {"ground": "5.1.2e", "action": "blacken"}}}, "entities.PERSON.action"),
        ({"inherit_defaults": False, "entities": {"PERSON": {"action": "redact"}}}, "entities.PERSON.ground"),
        ({"inherit_defaults": "yes"}, "inherit_defaults"),
        ({"labels": {"style": "fancy"}}, "labels.style"),
        ({"labels": {"colour": [0, 0, 0]}}, "labels.colour"),
        ({"thresholds": {"woo.ner": 3}}, "thresholds.woo.ner"),
        ({"officials": {"names": "Jan"}}, "officials.names"),
        ({"denylist": {"terms": [{"ground": "5.1.2i"}]}}, "denylist.terms[0]"),
        ({"ner": {"labels": {"PER": "HUMAN"}}}, "ner.labels.PER"),
        ({"version": 2}, "version"),
        ({"labels": {"fill": [1, 1, 1]}}, "labels.fill"),
    ],
)
def test_errors_name_the_key(data, key):
    with pytest.raises(PolicyError) as exc:
        parse_policy(data, source="p.toml")
    assert key in str(exc.value)


def test_load_from_file(tmp_path):
    p = tmp_path / "p.toml"
    p.write_text('name = "strict"\n[review]\nreview_as_redact = true\n', encoding="utf-8")
    pol = load_policy(p)
    assert pol.name == "strict" and pol.review_as_redact
    p.write_text("this is = = not toml", encoding="utf-8")
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy(p)
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "missing.toml")


def test_user_policy_inherits_defaults():
    pol = parse_policy({"labels": {"style": "comma"}})
    assert pol.rule(EntityType.BSN).ground == "5.1.1e" and pol.label_style == "comma"
    bare = parse_policy({"inherit_defaults": False})
    assert bare.rule(EntityType.BSN).action is Action.REVIEW  # nothing configured: propose only


def test_threshold_prefix(policy):
    pol = parse_policy({"thresholds": {"woo.rules": 0.4, "woo.rules.bsn": 0.9}})
    assert pol.threshold("woo.rules.bsn") == 0.9
    assert pol.threshold("woo.rules.iban") == 0.4
    assert pol.threshold("other") == 0.0


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        ({"consistancy": {"enabled": False}}, "'consistency'"),
        ({"email": {"keep_organisation_domains": False}}, "'keep_organisation_domain'"),
        ({"thresholds": {"woo.nre": 0.6}}, "'woo.ner'"),
        ({"rules": {"disabled": ["person.rol"]}}, "'person.role'"),
        ({"entities": {"PERSOON": {"ground": "5.1.2e"}}}, "'PERSON'"),
    ],
)
def test_a_mistyped_key_says_what_was_meant(data, hint):
    with pytest.raises(PolicyError) as exc:
        parse_policy(data, source="p.toml")
    assert "did you mean " + hint in str(exc.value)


def test_rules_can_be_switched_off_by_name():
    pol = parse_policy({"rules": {"disabled": ["person.role", "layout.column_typing"]}})
    assert not pol.rule_enabled("person.role") and not pol.rule_enabled("layout.column_typing")
    assert pol.rule_enabled("person.party_affiliation")
