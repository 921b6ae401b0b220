"""Train and store an edition's model from its decisions: what the command runs."""

from .data import decisions
from .storage import save
from .training import train


def retrain(edition, min_samples=50):
    """Return (TrainedModel, path) after saving; raise NotEnoughData if too few."""
    texts, labels = decisions(edition)
    trained = train(edition, texts, labels, min_samples=min_samples)
    return trained, save(trained)
