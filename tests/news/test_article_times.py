"""An article's times stay readable in a right-to-left edition."""

import pytest
from bs4 import BeautifulSoup

from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db


def test_uyghur_article_time_and_zone_sit_inside_isolates(
    client, ug_home, make_article
):
    article = make_article(ensure_section(ug_home, "خەۋەر", "news"), title="ھاۋارايى")
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    time = soup.select_one(".dateline time, time")
    zone = time.select_one("bdi > bdi[dir=ltr]")
    assert zone is not None, time
    assert zone.get_text() == "GMT+06:00"
