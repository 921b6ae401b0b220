"""The learned score on generated comments in every edition's script.

Trained on 400 generated decisions of which 5% are flipped (inconsistent moderators),
scored on 400 different ones. Over four seeds it reaches 0.93-1.00 precision and
0.86-1.00 recall held out (bench/triage_eval.py; Chinese is lowest, since a typo in a
two-character insult leaves one character), so the thresholds leave a margin for
another scikit-learn release without letting a broken model through.
"""

import pytest
from sklearn.metrics import precision_score, recall_score, roc_auc_score

from masthead.core.editions import edition_codes
from masthead.triage.learning import synthetic, training

pytestmark = pytest.mark.database_independent  # it never opens the database


@pytest.fixture(scope="module", params=edition_codes())
def evaluated(request):
    edition = request.param
    train = synthetic.generate(edition, 400, seed=1, label_noise=0.05)
    held_out = synthetic.generate(edition, 400, seed=2)
    trained = training.train(edition, *synthetic.split(train))
    texts, labels = synthetic.split(held_out)
    scores = trained.pipeline.predict_proba(texts)[:, 1]
    return trained, labels, scores


def test_held_out_precision_of_rejected_is_at_least_0_85(evaluated):
    _trained, labels, scores = evaluated
    assert precision_score(labels, scores >= 0.5) >= 0.85


def test_held_out_recall_of_rejected_is_at_least_0_8(evaluated):
    _trained, labels, scores = evaluated
    assert recall_score(labels, scores >= 0.5) >= 0.8


def test_held_out_abuse_ranks_above_civil_comments(evaluated):
    _trained, labels, scores = evaluated
    assert roc_auc_score(labels, scores) >= 0.95
    rejected = [s for s, label in zip(scores, labels, strict=True) if label]
    civil = [s for s, label in zip(scores, labels, strict=True) if not label]
    assert sum(rejected) / len(rejected) > sum(civil) / len(civil) + 0.5


def test_cross_validated_figures_survive_inconsistent_labels(evaluated):
    """5% flipped labels cap recall near 0.88: flipped civil comments are misses."""
    trained, _labels, _scores = evaluated
    assert trained.metrics.precision >= 0.8
    assert trained.metrics.recall >= 0.75
    assert trained.metrics.auc >= 0.85
