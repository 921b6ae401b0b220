"""The triage app plugs its rules in through the Wagtail hook."""

import pytest
from wagtail import hooks

from masthead.triage import registry
from masthead.triage.rules.words import WordListRule

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_triage_rules_come_from_hooks_in_running_order():
    assert list(registry.registered_rules()) == [
        "words",
        "links",
        "language",
        "learned",
        "duplicate",
        "campaign",
    ]


def test_rule_registered_as_hook_runs_for_every_edition():
    class ShoutingRule(WordListRule):
        code = "shouting"

    with hooks.register_temporarily("masthead_triage_rule", ShoutingRule):
        codes = [rule.code for rule in registry.rules_for("en")]
    assert codes[-1] == "shouting"


def test_the_rule_registry_helpers_are_gone():
    assert not hasattr(registry, "register_rule")
    assert not hasattr(registry, "unregister_rule")
