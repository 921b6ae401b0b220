"""The text /metrics answers: the processes' request counters and the queue
figures (figures.py)."""

import os

from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from .figures import QueueFigures


class Together:
    """Collect from several sources as one."""

    def __init__(self, *sources):
        self.sources = sources

    def collect(self):
        for source in self.sources:
            yield from source.collect()


def process_counters():
    """Return the request counters of every worker process when `masthead serve`
    keeps them in a folder (core/metrics.py), else this process's own."""
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return REGISTRY
    registry = CollectorRegistry()
    MultiProcessCollector(registry)
    return registry


def exposition():
    return generate_latest(Together(process_counters(), QueueFigures()))
