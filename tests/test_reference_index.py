"""Tests leave Wagtail's reference index unwritten unless they ask for it."""

import pytest
from wagtail.models import ReferenceIndex


def _publish_article_with_a_picture(en_section, make_article, make_image):
    article = make_article(en_section, lead_image=make_image())
    return ReferenceIndex.get_references_for_object(article)


def test_saving_a_page_writes_no_reference_index(en_section, make_article, make_image):
    references = _publish_article_with_a_picture(en_section, make_article, make_image)
    assert not references.exists()


@pytest.mark.reference_index
def test_a_marked_test_keeps_the_reference_index_written(
    en_section, make_article, make_image
):
    references = _publish_article_with_a_picture(en_section, make_article, make_image)
    assert references.filter(to_content_type__model="newsimage").exists()
