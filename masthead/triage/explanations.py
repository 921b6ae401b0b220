"""Triage explanations as a code and parameters, written out for whoever reads them.

A verdict keeps what a rule found ("links.count" with the links), not a sentence
frozen in one language: the desk writes it in the moderator's language and the API
in the caller's. Each rule module registers the writers of its codes with
`@explains`. A verdict whose code has no writer (stored before codes existed, or by
a rule since removed) shows the text stored with it.
"""

import logging

logger = logging.getLogger(__name__)

_writers = {}


def explains(code):
    """Register a function that writes `code`'s parameters out as a sentence."""

    def register(writer):
        _writers[code] = writer
        return writer

    return register


def write(code, params, fallback=""):
    """Return the explanation `code` with `params` in the active language."""
    writer = _writers.get(code)
    if writer is None:
        return fallback or code
    try:
        return str(writer(params or {}))
    except (KeyError, TypeError, ValueError, AttributeError):
        logger.warning("Triage explanation %s cannot use %r", code, params)
        return fallback or code


class Explanation(str):
    """A rule's explanation: its code and parameters, and the text they make now.

    It is a str (the text in the language active when the rule ran), so a rule's
    caller may read it as text; the verdict stores the code and parameters, which
    are written out again in each reader's language.
    """

    def __new__(cls, code, **params):
        explanation = super().__new__(cls, write(code, params))
        explanation.code = code
        explanation.params = params
        return explanation

    def __reduce__(self):
        return (_rebuild, (self.code, self.params))


def _rebuild(code, params):
    return Explanation(code, **params)


def stored_fields(explanation):
    """Return the TriageVerdict fields that keep a rule's explanation.

    A rule may still explain itself in plain text: it is kept as it is, with no code.
    """
    return {
        "explanation": str(explanation),
        "explanation_code": getattr(explanation, "code", ""),
        "explanation_params": dict(getattr(explanation, "params", {})),
    }
