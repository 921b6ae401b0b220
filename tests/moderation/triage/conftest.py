import pytest

from masthead.comments import submission
from masthead.moderation.triage import registry


@pytest.fixture
def only_rules(monkeypatch):
    """Run only the given rule classes, as if no other rule were registered."""

    def install(*rule_classes):
        monkeypatch.setattr(registry, "_rules", {})
        for rule_class in rule_classes:
            registry.register_rule(rule_class)

    return install


@pytest.fixture
def post(article, django_capture_on_commit_callbacks):
    """Post a comment through the submission service (triage runs on commit)."""

    def make(body, target=None, **fields):
        prepared = submission.prepare(
            target or article,
            display_name=fields.pop("display_name", "Reader"),
            body=body,
            address=fields.pop("address", "203.0.113.9"),
            **fields,
        )
        with django_capture_on_commit_callbacks(execute=True):
            return submission.store(prepared)

    return make
