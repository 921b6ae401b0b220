"""The favicon and touch icons: the site's own mark, served by the site itself."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_favicon_ico_answers_200(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"


def test_every_icon_linked_in_the_head_is_served(client, en_section, make_article):
    article = make_article(en_section)
    head = BeautifulSoup(client.get(article.url).content, "html.parser").head
    links = head.select('link[rel="icon"], link[rel="apple-touch-icon"]')
    hrefs = {link["href"] for link in links}
    assert "/favicon.ico" in hrefs and len(hrefs) >= 3
    assert all(served(client, href) for href in hrefs)


def served(client, href):
    """Static files are served from the collected folder, which tests leave empty:
    find those where collectstatic would; ask the site for the rest."""
    if href.startswith(settings.STATIC_URL):
        return finders.find(href.removeprefix(settings.STATIC_URL)) is not None
    return client.get(href).status_code == 200


def test_committed_icons_are_the_mark_as_drawn_today(tmp_path):
    """Change the mark and forget to draw the files again, and this fails."""
    from masthead.core import icons

    icons.write_icons(tmp_path / "static", tmp_path / "root")
    for drawn in (tmp_path / "static").iterdir():
        assert drawn.read_bytes() == (icons.STATIC_ICONS / drawn.name).read_bytes()
    favicon = (tmp_path / "root" / "favicon.ico").read_bytes()
    assert favicon == (icons.SITE_ROOT_FILES / "favicon.ico").read_bytes()
