"""Score a comment with a fitted pipeline and name the n-grams that drove the score."""

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from masthead.core.text import fold

TOP_NGRAMS = 5


@dataclass(frozen=True)
class Score:
    probability: float  # that the desk would reject it
    spans: tuple  # (start, end) in `text`, strongest first
    text: str

    @property
    def ngrams(self):
        """Return the driving n-grams as the comment wrote them."""
        return tuple(self.text[start:end] for start, end in self.spans)


def score(pipeline, text, top=TOP_NGRAMS):
    return score_many(pipeline, [text], top)[0]


def score_many(pipeline, texts, top=TOP_NGRAMS):
    """Score `texts` in one pass of the model; return a Score for each, in order.

    One call for many texts: the vectorizer's and classifier's cost is mostly per
    call (input checks, a sparse matrix), not per text.
    """
    vectorizer = pipeline.named_steps["features"]
    classifier = pipeline.named_steps["classifier"]
    rows = vectorizer.transform(texts).tocsr()
    probabilities = classifier.predict_proba(rows)[:, 1]
    coefficients = classifier.coef_[0]
    names = feature_names(vectorizer)
    scores = []
    for at, text in enumerate(texts):
        start, end = rows.indptr[at], rows.indptr[at + 1]
        row = zip(rows.indices[start:end], rows.data[start:end], strict=True)
        spans = drivers(text, row, coefficients, names, top)
        scores.append(Score(float(probabilities[at]), tuple(spans), text))
    return scores


# The vectorizer's n-grams by column, made once per loaded model: building them
# (a sort of the whole vocabulary) cost more than the scoring itself.
_feature_names = WeakKeyDictionary()


def feature_names(vectorizer):
    names = _feature_names.get(vectorizer)
    if names is None:
        names = _feature_names[vectorizer] = vectorizer.get_feature_names_out()
    return names


def drivers(text, row, coefficients, names, top=TOP_NGRAMS):
    """Return up to `top` spans of `text` whose n-grams pushed most to rejection.

    `row` gives the text's (column, tf-idf value) pairs. A linear model's push
    from one n-gram is its coefficient times the comment's tf-idf value; an n-gram
    inside one already named adds nothing and is skipped.
    """
    pushes = sorted(
        (
            (value * coefficients[column], names[column].strip())
            for column, value in row
        ),
        reverse=True,
    )
    chosen = []
    for push, ngram in pushes:
        if push <= 0 or len(chosen) == top:
            break
        _add_readable(chosen, ngram)
    if not chosen:
        return []
    folded = fold(text)
    return [span for span in (locate(text, ngram, folded) for ngram in chosen) if span]


def _add_readable(chosen, ngram):
    """Add an n-gram unless a named one holds it; a longer one replaces its parts."""
    if not _readable(ngram) or any(ngram in named for named in chosen):
        return
    parts = [at for at, named in enumerate(chosen) if named in ngram]
    if parts:
        chosen[parts[0]] = ngram
        chosen[:] = [named for at, named in enumerate(chosen) if at not in parts[1:]]
    else:
        chosen.append(ngram)


def _readable(ngram):
    """Single characters say little, except a Chinese one, which is often a word."""
    return len(ngram) > 1 or (ngram.isalpha() and ord(ngram) >= 0x2E80)


def locate(text, ngram, folded=None):
    """Return (start, end) of the first part of `text` folding to `ngram`, or None.

    `folded` is `fold(text)` when the caller has it already."""
    folded, starts = folded or fold(text)
    position = folded.find(ngram)
    if position < 0:
        return None
    return starts[position], starts[position + len(ngram) - 1] + 1
