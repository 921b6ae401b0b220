"""Static files under fingerprinted names are kept a year; pages link those names."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import RequestFactory
from django.utils.module_loading import import_string
from whitenoise.middleware import WhiteNoiseMiddleware as WhiteNoise

import masthead

PACKAGE = Path(masthead.__file__).parent
YEAR = "max-age=31536000, public, immutable"


def collect_with_hashes(settings, sources, static_root):
    """Point the static settings at one `sources` folder and a hashing storage."""
    settings.STATIC_ROOT = static_root
    settings.STATICFILES_DIRS = [sources]
    settings.STATICFILES_FINDERS = [
        "django.contrib.staticfiles.finders.FileSystemFinder"
    ]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
        },
    }


@pytest.fixture
def collected(settings, tmp_path):
    """The project's own static files, collected with the production storage."""
    collect_with_hashes(settings, PACKAGE / "core" / "static", tmp_path / "static")
    call_command("collectstatic", interactive=False, verbosity=0)
    return settings.STATIC_ROOT


def static_answer(url):
    """Answer `url` with the static files middleware the site is configured with."""
    classes = [import_string(path) for path in settings.MIDDLEWARE]
    serving = next(c for c in classes if isinstance(c, type) and WhiteNoise in c.mro())
    middleware = serving(lambda request: None)
    return middleware(RequestFactory().get(url))


def hashed_stylesheet_url():
    from django.templatetags.static import static

    return static("masthead/site.css")


def test_fingerprinted_static_file_is_kept_a_year_as_immutable(collected):
    url = hashed_stylesheet_url()
    assert url != "/static/masthead/site.css"
    answer = static_answer(url)
    assert answer.status_code == 200
    assert answer["Cache-Control"] == YEAR


def test_static_file_under_its_plain_name_is_not_immutable(collected):
    answer = static_answer("/static/masthead/site.css")
    assert answer.status_code == 200
    assert "immutable" not in answer["Cache-Control"]


def test_page_links_the_fingerprinted_stylesheet(collected, en_home, client):
    html = client.get(en_home.url).content.decode()
    assert f'href="{hashed_stylesheet_url()}"' in html
    assert 'href="/static/masthead/site.css"' not in html
