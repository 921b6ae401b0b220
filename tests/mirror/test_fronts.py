"""Baked fronts and topic pages follow the stories and comments they show."""

from bs4 import BeautifulSoup

from masthead.news.models import FrontStory
from masthead.news.setup import ensure_section


def test_republished_story_is_renamed_on_another_front_that_places_it(
    article, en_home, front, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        asia = ensure_section(en_home, "Asia", "asia")
    FrontStory.objects.create(page=asia, article=article)
    assert "Rail link opens" in front.get("/en/asia/").text
    article.title = "Rail link opens on time"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert "Rail link opens on time" in front.get("/en/asia/").text


def test_approved_comment_counts_on_the_baked_edition_front(
    article, post_comment, decide, front
):
    assert "most-commented" not in front.get("/en/").text
    decide("approve", post_comment(article))
    soup = BeautifulSoup(front.get("/en/").content, "html.parser")
    assert [a.get_text() for a in soup.select(".most-commented a")] == [
        "Rail link opens"
    ]
