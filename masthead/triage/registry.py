"""Which rules exist, and which of them run for an edition with which options.

Rules are Rule subclasses registered as the Wagtail hook `masthead_triage_rule` (the
triage app's wagtail_hooks.py registers its own); they run in hook order. Settings
are read on every call, never at import time, so tests and sites can override them.

MASTHEAD_TRIAGE = {
    "default": {"rules": {"links": {"enabled": True, "max_links": 2}}},
    "ug": {"rules": {"links": {"max_links": 1}}},
}
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail import hooks


def registered_rules():
    """Return {code: rule class} in the order the rules run; a later rule with the
    same code takes the earlier one's place."""
    rules = {}
    for rule_class in hooks.get_hooks("masthead_triage_rule"):
        if not rule_class.code:
            raise ImproperlyConfigured(f"{rule_class.__name__} needs a `code`.")
        rules[rule_class.code] = rule_class
    return rules


def triage_settings():
    value = getattr(settings, "MASTHEAD_TRIAGE", None) or {}
    if not isinstance(value, dict):
        raise ImproperlyConfigured(
            "MASTHEAD_TRIAGE must be a dict such as "
            '{"default": {"rules": {"words": {"enabled": True}}}}.'
        )
    return value


def options_for(edition_code):
    """Return {rule code: options} for an edition: defaults, then its overrides."""
    config = triage_settings()
    merged = {}
    for layer in (config.get("default", {}), config.get(edition_code, {})):
        for code, options in (layer.get("rules") or {}).items():
            merged[code] = {**merged.get(code, {}), **options}
    return merged


def rules_for(edition_code):
    """Return instances of the enabled rules for an edition, in running order.

    A rule is enabled unless its options say `"enabled": False`.
    """
    options = options_for(edition_code)
    rules = []
    for code, rule_class in registered_rules().items():
        rule = rule_class(options.get(code))
        if rule.options.get("enabled", True):
            rules.append(rule)
    return rules
