import unicodedata

import pytest

from masthead.core.editions import edition_codes
from masthead.triage.learning import synthetic

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_the_same_seed_generates_the_same_comments():
    assert synthetic.generate("my", 50, seed=3) == synthetic.generate("my", 50, seed=3)


def test_another_seed_generates_other_comments():
    first = synthetic.generate("km", 50, seed=1)
    assert first != synthetic.generate("km", 50, seed=2)


def test_about_the_requested_share_is_rejected():
    samples = synthetic.generate("ko", 1000, rejected_share=0.3)
    share = sum(s.rejected for s in samples) / len(samples)
    assert 0.25 < share < 0.35


def test_label_noise_flips_some_decisions():
    samples = synthetic.generate("ug", 1000, label_noise=0.1)
    flipped = sum(s.rejected != (s.kind != "civil") for s in samples)
    assert 60 < flipped < 140


def test_every_edition_is_written_in_its_own_script():
    scripts = {
        "ko": "HANGUL",
        "zh-hans": "CJK",
        "zh-hant": "CJK",
        "bo": "TIBETAN",
        "ug": "ARABIC",
        "my": "MYANMAR",
        "km": "KHMER",
        "lo": "LAO",
    }
    for edition in edition_codes():
        text = " ".join(s.text for s in synthetic.generate(edition, 20))
        letters = [c for c in text if c.isalpha()]
        expected = scripts.get(edition, "LATIN")
        own = sum(unicodedata.name(c, "").startswith(expected) for c in letters)
        assert own / len(letters) > 0.6, edition
