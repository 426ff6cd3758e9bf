"""Credential rule files: every credential loads, every rule cites a source and a date."""

from __future__ import annotations

import re

import pytest

from catalog.errors import ConfigError
from planning import CREDENTIALS, load_credential
from planning.rules import CREDENTIALS_DIR, parse_credential


def test_one_file_per_credential():
    assert sorted(p.stem for p in CREDENTIALS_DIR.glob("*.yaml")) == sorted(CREDENTIALS)


@pytest.mark.parametrize("credential_id", CREDENTIALS)
def test_every_rule_has_source_and_date(credential_id):
    credential = load_credential(credential_id)
    assert credential.id == credential_id
    assert credential.required.get("total", 0) > 0
    for rule in credential.rules.values():
        assert rule.source.startswith("https://"), rule.name
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rule.date), rule.name
        assert len(rule.text) > 20, rule.name


def test_cma_rules_in_full():
    cma = load_credential("cma-aama")
    assert cma.required == {
        "total": 60,
        "administrative": 10,
        "clinical": 10,
        "general": 10,
        "aama_approved": 30,
    }
    assert cma.non_aama_cap == 30
    assert cma.value("cpr_card") == {"points": 4, "category": "clinical", "max_cards": 3}
    assert cma.value("college_credit_points") == 15
    assert cma.value("non_aama_min_minutes") == 50
    assert cma.value("after_expiry")["days"] == 90


def test_secondary_source_rules_are_marked_unverified():
    assert {u["rule"] for u in load_credential("ncma-ncct").unverified()} >= {
        "required",
        "cycle",
        "validity",
    }
    assert "after_expiry" in {u["rule"] for u in load_credential("ccma-nha").unverified()}


def test_malformed_rule_files_are_config_errors():
    with pytest.raises(ConfigError, match="missing key 'measure'"):
        parse_credential(
            {"id": "x", "name": "X", "issuer": "I", "unit": "u", "rules": {}}, "x.yaml"
        )
    base = {"id": "x", "name": "X", "issuer": "I", "unit": "u", "measure": "credits"}
    with pytest.raises(ConfigError, match="needs value, text, source and date"):
        parse_credential({**base, "rules": {"cycle": {"value": 1}}}, "x.yaml")
    with pytest.raises(ConfigError, match="missing rule 'required'"):
        rule = {"value": 1, "text": "t", "source": "s", "date": "2020-01-01"}
        parse_credential({**base, "rules": {"cycle": rule, "after_expiry": rule}}, "x.yaml")
