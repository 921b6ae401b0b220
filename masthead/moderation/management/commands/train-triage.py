"""`masthead train-triage`, the spelling the README uses, for `train_triage`."""

from .train_triage import Command  # noqa: F401
