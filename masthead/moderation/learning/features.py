"""Character n-grams: they need no word segmentation, so one setting fits every script.

`char_wb` n-grams stay inside whitespace-separated runs. In spaced scripts (English,
Korean, Vietnamese, Uyghur) that keeps out n-grams straddling two words; in unspaced
ones (Chinese, Burmese, Khmer, Lao, Tibetan) a run is a whole clause, so it gives the
same n-grams as plain `char`. Up to four code points covers a Chinese word, a Korean
word with its particle, and a Burmese, Khmer or Lao syllable with its marks.
"""

import unicodedata

NGRAM_RANGE = (1, 4)
# Characters that change no word but could split or hide one from the n-grams.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


def fold_character(character):
    """Return what one character counts as: compatibility forms, case folded."""
    if character in _INVISIBLE:
        return ""
    return unicodedata.normalize("NFKC", character).casefold()


def normalise(text):
    """Return the text as the n-grams see it.

    Folded one character at a time, so a span of the result maps back to a span of
    the comment (see `scoring.locate`); stored comments are NFC already.
    """
    return "".join(fold_character(character) for character in text)


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
