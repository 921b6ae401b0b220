"""Character n-grams: they need no word segmentation, so one setting fits every script.

`char_wb` n-grams stay inside whitespace-separated runs. In spaced scripts (English,
Korean, Vietnamese, Uyghur) that keeps out n-grams straddling two words; in unspaced
ones (Chinese, Burmese, Khmer, Lao, Tibetan) a run is a whole clause, so it gives the
same n-grams as plain `char`. Up to four code points covers a Chinese word, a Korean
word with its particle, and a Burmese, Khmer or Lao syllable with its marks.
"""

from masthead.core.text import fold_text

NGRAM_RANGE = (1, 4)


def normalise(text):
    """Return the text as the n-grams see it: folded like search and triage fold it."""
    return fold_text(text)


def make_vectorizer():
    # Imported here: scikit-learn takes seconds to import, and only training and
    # scoring need it, not every process that starts Django.
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=NGRAM_RANGE,
        preprocessor=normalise,
        lowercase=False,
        sublinear_tf=True,
        min_df=2,
        # Bounds the model file, and so its loading time, on a large desk.
        max_features=200_000,
        dtype=np.float32,
    )
