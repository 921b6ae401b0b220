"""Fit a model on labelled comments and measure it by cross-validation."""

from dataclasses import asdict, dataclass, field

import sklearn
from django.utils import timezone
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_score, recall_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline

from .features import NGRAM_RANGE, make_vectorizer

FOLDS = 5
REJECTED, APPROVED = 1, 0


class NotEnoughData(ValueError):
    """Too few decisions, or too few of one kind, to learn from."""


@dataclass
class Metrics:
    precision: float
    recall: float
    auc: float


@dataclass
class TrainedModel:
    """A fitted pipeline and what is known about it."""

    pipeline: Pipeline
    edition: str
    approved: int
    rejected: int
    metrics: Metrics
    trained_at: str = field(default_factory=lambda: timezone.now().isoformat())
    sklearn_version: str = sklearn.__version__
    ngram_range: tuple = NGRAM_RANGE

    @property
    def samples(self):
        return self.approved + self.rejected

    def metadata(self):
        return {
            "edition": self.edition,
            "trained_at": self.trained_at,
            "approved": self.approved,
            "rejected": self.rejected,
            "metrics": asdict(self.metrics),
            "sklearn_version": self.sklearn_version,
            "ngram_range": list(self.ngram_range),
        }


def make_pipeline():
    classifier = LogisticRegression(
        class_weight="balanced", C=10.0, solver="liblinear", max_iter=1000
    )
    return Pipeline([("features", make_vectorizer()), ("classifier", classifier)])


def check_enough(labels, min_samples):
    """Raise NotEnoughData with a reason a person can act on."""
    rejected = sum(labels)
    approved = len(labels) - rejected
    if len(labels) < min_samples:
        raise NotEnoughData(f"{len(labels)} decisions, needs at least {min_samples}")
    if min(approved, rejected) < FOLDS:
        raise NotEnoughData(
            f"{approved} approved and {rejected} rejected, "
            f"needs at least {FOLDS} of each"
        )


def cross_validate(texts, labels, seed=0):
    """Return the rejected class's precision, recall and AUC over held-out folds."""
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    scores = cross_val_predict(
        make_pipeline(), texts, labels, cv=folds, method="predict_proba"
    )[:, 1]
    predicted = [int(score >= 0.5) for score in scores]
    return Metrics(
        precision=float(precision_score(labels, predicted, zero_division=0)),
        recall=float(recall_score(labels, predicted, zero_division=0)),
        auc=float(roc_auc_score(labels, scores)),
    )


def train(edition, texts, labels, min_samples=50):
    """Cross-validate, then fit on every sample; raise NotEnoughData if too few."""
    labels = [int(label) for label in labels]
    check_enough(labels, min_samples)
    metrics = cross_validate(texts, labels)
    pipeline = make_pipeline().fit(texts, labels)
    rejected = sum(labels)
    return TrainedModel(
        pipeline, edition, len(labels) - rejected, rejected, metrics=metrics
    )
