import pytest

from masthead.triage.learning import scoring, synthetic

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_explanation_ngrams_are_spans_of_the_comment(trained_en):
    for sample in synthetic.generate("en", 60, seed=5):
        result = scoring.score(trained_en.pipeline, sample.text)
        assert all(ngram in sample.text for ngram in result.ngrams)


def test_scoring_many_texts_at_once_gives_each_its_own_score(trained_en):
    texts = [sample.text for sample in synthetic.generate("en", 40, seed=7)]
    together = scoring.score_many(trained_en.pipeline, texts)
    assert together == [scoring.score(trained_en.pipeline, text) for text in texts]
    expected = trained_en.pipeline.predict_proba(texts)[:, 1]
    assert [result.probability for result in together] == pytest.approx(expected)
    assert any(result.ngrams for result in together)


def test_abuse_is_explained_by_its_own_words(trained_en):
    result = scoring.score(trained_en.pipeline, "The flood relief. What a stupid fool")
    assert result.probability > 0.8
    assert any(ngram in "What a stupid fool" for ngram in result.ngrams)
    assert len(result.ngrams) <= scoring.TOP_NGRAMS


def test_explanation_keeps_the_comment_s_case_and_hidden_characters(trained_en):
    text = "You are an ID\u200bIOT"
    result = scoring.score(trained_en.pipeline, text)
    assert result.ngrams
    assert all(ngram in text for ngram in result.ngrams)


def test_a_civil_comment_scores_low(trained_en):
    result = scoring.score(trained_en.pipeline, "Thank you for this report")
    assert result.probability < 0.5


def test_locate_maps_folded_text_back_to_the_original():
    assert scoring.locate("a Ｓtu\u200bPID fool", "stupid") == (2, 9)
    assert scoring.locate("nothing here", "stupid") is None
