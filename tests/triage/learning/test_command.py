import io
import re

import pytest
from django.core.management import CommandError, call_command

from masthead.triage.learning import synthetic

pytestmark = pytest.mark.django_db


def train(*args, name="train_triage"):
    out = io.StringIO()
    call_command(name, *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def en_decisions(make_decided):
    samples = synthetic.generate("en", 80, seed=4)
    make_decided([s.text for s in samples if not s.rejected], "approved")
    make_decided([s.text for s in samples if s.rejected], "rejected")
    return samples


def test_train_triage_prints_figures_and_where_it_saved(data_dir, en_decisions):
    output = train("--edition", "en")
    assert "en: 80 samples" in output
    assert re.search(r"cross-validated precision [01]\.\d\d, recall [01]\.\d\d", output)
    assert str(data_dir / "triage-models" / "en.joblib") in output
    assert (data_dir / "triage-models" / "en.joblib").exists()


def test_editions_with_too_few_decisions_are_skipped_with_the_reason(
    data_dir, en_decisions
):
    output = train("--min-samples", "100")
    assert "en: skipped, 80 decisions, needs at least 100" in output
    assert "ko: skipped, 0 decisions" in output
    assert not (data_dir / "triage-models").exists()


def test_an_edition_needs_some_decisions_of_each_kind(data_dir, make_decided):
    make_decided([f"fine comment {n}" for n in range(60)], "approved")
    output = train("--edition", "en")
    assert "en: skipped, 60 approved and 0 rejected" in output


def test_train_triage_answers_to_its_hyphenated_name(data_dir, en_decisions):
    assert "en: 80 samples" in train("--edition", "en", name="train_triage")


def test_an_unknown_edition_is_refused():
    with pytest.raises(CommandError, match="known editions"):
        train("--edition", "xx")
