import io

from PIL import Image

from masthead.demo.images import paint
from masthead.demo.loader import load_demo_content
from masthead.news.models import ArticlePage


def test_loader_leaves_a_database_with_articles_alone(make_article, en_section):
    make_article(en_section, title="An editor's own story")
    summary = load_demo_content()
    assert not summary.created
    assert ArticlePage.objects.count() == 1


def test_loader_says_when_it_built_the_newsroom(db):
    summary = load_demo_content()
    assert summary.created
    assert summary.article_count == ArticlePage.objects.count()


def test_demo_pictures_are_the_same_on_every_run():
    first = paint("flood", 11)
    paint.cache_clear()
    assert paint("flood", 11) == first
    assert Image.open(io.BytesIO(first)).size == (1600, 1000)
