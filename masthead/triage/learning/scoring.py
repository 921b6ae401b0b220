"""Score a comment with a fitted pipeline and name the n-grams that drove the score."""

from dataclasses import dataclass

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
    probability = float(pipeline.predict_proba([text])[0, 1])
    return Score(probability, tuple(drivers(pipeline, text, top)), text)


def drivers(pipeline, text, top=TOP_NGRAMS):
    """Return up to `top` spans of `text` whose n-grams pushed most to rejection.

    A linear model's push from one n-gram is its coefficient times the comment's
    tf-idf value; an n-gram inside one already named adds nothing and is skipped.
    """
    vectorizer = pipeline.named_steps["features"]
    coefficients = pipeline.named_steps["classifier"].coef_[0]
    row = vectorizer.transform([text]).tocoo()
    names = vectorizer.get_feature_names_out()
    pushes = sorted(
        (
            (value * coefficients[column], names[column].strip())
            for column, value in zip(row.col, row.data, strict=True)
        ),
        reverse=True,
    )
    chosen = []
    for push, ngram in pushes:
        if push <= 0 or len(chosen) == top:
            break
        _add_readable(chosen, ngram)
    return [span for span in (locate(text, ngram) for ngram in chosen) if span]


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


def locate(text, ngram):
    """Return (start, end) of the first part of `text` folding to `ngram`, or None."""
    folded, starts = fold(text)
    position = folded.find(ngram)
    if position < 0:
        return None
    return starts[position], starts[position + len(ngram) - 1] + 1
