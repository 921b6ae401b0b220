"""Labelled comments generated from `vocabulary`, for tests and benchmarks.

Seeded, so a test sees the same comments on every run. The noise is what makes the
task more than a phrase lookup: civil comments carry sharp criticism and source
links, abusive ones carry civil phrases, every kind gets typos and code-switched
English, abuse is sometimes hidden with zero-width characters or stretched letters,
and `label_noise` flips decisions the way tired moderators sometimes do.
"""

import random
from dataclasses import dataclass

from .vocabulary import VOCABULARIES

TYPO_RATE = 0.02
LINK_WORDS = ("win", "deal", "bonus", "cash", "gift", "promo")


@dataclass(frozen=True)
class Sample:
    text: str
    rejected: bool
    kind: str  # civil, abuse or spam: what it was written as, whatever its label


def generate(edition, count, *, seed=0, rejected_share=0.3, label_noise=0.0):
    """Return `count` samples for an edition; about `rejected_share` abuse or spam."""
    rng = random.Random(f"{edition}:{seed}")  # noqa: S311 - test data, not secrets
    samples = []
    for _index in range(count):
        draw = rng.random()
        if draw >= rejected_share:
            kind = "civil"
        else:
            kind = "abuse" if draw < rejected_share * 2 / 3 else "spam"
        rejected = kind != "civil"
        if rng.random() < label_noise:
            rejected = not rejected
        samples.append(Sample(_comment(rng, edition, kind), rejected, kind))
    return samples


def split(samples):
    """Return (texts, labels) with 1 for rejected."""
    return [s.text for s in samples], [int(s.rejected) for s in samples]


def _comment(rng, edition, kind):
    vocabulary = VOCABULARIES[edition]
    clauses = _clauses(rng, vocabulary, kind)
    if edition != "en" and rng.random() < 0.1:
        clauses.extend(_clauses(rng, VOCABULARIES["en"], kind)[:1])
    rng.shuffle(clauses)
    text = vocabulary.separator.join(_typos(rng, clause) for clause in clauses)
    link = _link(rng, kind)
    return f"{text} {link}" if link else text


def _clauses(rng, vocabulary, kind):
    pick = rng.choice
    clauses = [pick(vocabulary.topics)] if rng.random() < 0.6 else []
    if kind == "civil":
        clauses.append(pick(vocabulary.civil))
        if rng.random() < 0.4:
            clauses.append(pick(vocabulary.critical))
    elif kind == "abuse":
        clauses.append(_disguise(rng, pick(vocabulary.abuse)))
        if rng.random() < 0.3:
            clauses.append(pick(vocabulary.civil + vocabulary.critical))
    else:
        clauses.extend(rng.sample(vocabulary.spam, rng.choice((1, 2))))
    return clauses


def _disguise(rng, phrase):
    """Hide abuse now and then the way commenters do: a zero-width space, a stretch."""
    if len(phrase) < 3 or rng.random() > 0.2:
        return phrase
    at = rng.randrange(1, len(phrase) - 1)
    if rng.random() < 0.5:
        return phrase[:at] + "\u200b" + phrase[at:]
    return phrase[:at] + phrase[at] * 2 + phrase[at:]


def _typos(rng, phrase):
    characters = list(phrase)
    for at in range(len(characters) - 1):
        if characters[at].isspace() or rng.random() > TYPO_RATE:
            continue
        typo = rng.randrange(3)
        if typo == 0:
            characters[at] = ""
        elif typo == 1:
            characters[at] *= 2
        else:
            characters[at], characters[at + 1] = characters[at + 1], characters[at]
    return "".join(characters)


def _link(rng, kind):
    number = rng.randrange(100, 9999)
    if kind == "spam" and rng.random() < 0.7:
        return f"http://{rng.choice(LINK_WORDS)}-{number}.example.com/?ref={number}"
    if kind == "civil" and rng.random() < 0.15:
        return f"https://example.org/news/{number}"
    return ""
