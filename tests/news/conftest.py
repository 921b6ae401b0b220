"""Fixtures the ninjs import tests share."""

import pytest

from masthead.news.ninjs.importer import import_file

from .ninjs_fixtures import serving, write_rich_story


@pytest.fixture
def rich(tmp_path, db):
    """The article imported from the rich story that uses every field."""
    return import_file(write_rich_story(tmp_path)).article


@pytest.fixture
def served(tmp_path, settings):
    """A folder served over HTTP on 127.0.0.1, a host and address pictures may be
    fetched from: (folder, base URL)."""
    settings.MASTHEAD_IMPORT_IMAGE_HOSTS = ["127.0.0.1"]
    settings.MASTHEAD_IMPORT_IMAGE_NETWORKS = ["127.0.0.1/32"]
    directory = tmp_path / "served"
    directory.mkdir()
    with serving(directory) as base_url:
        yield directory, base_url
