import pytest
from wagtail import hooks

from masthead.comments import submission
from masthead.triage.learning import storage, synthetic, training


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path


@pytest.fixture(scope="session")
def trained_en():
    """An English model trained on generated decisions, 5% of them inconsistent."""
    samples = synthetic.generate("en", 300, seed=1, label_noise=0.05)
    return training.train("en", *synthetic.split(samples))


@pytest.fixture
def en_model(data_dir, trained_en):
    """`trained_en` saved as the English desk's model."""
    return storage.save(trained_en)


@pytest.fixture
def only_rules(monkeypatch):
    """Run only the given rule classes, as if no other rule were registered.

    register_temporarily can only add: the hook's list itself is swapped for the
    test, after Wagtail has loaded every app's wagtail_hooks.py.
    """

    def install(*rule_classes):
        hooks.search_for_hooks()
        registered = [(rule_class, 0) for rule_class in rule_classes]
        monkeypatch.setitem(hooks._hooks, "masthead_triage_rule", registered)

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
