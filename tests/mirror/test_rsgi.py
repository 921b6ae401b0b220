"""The edge finds the baked-pages front inside the WSGI layers it is given."""

import pytest

from masthead.mirror.media import MediaApplication
from masthead.mirror.rsgi import baked_front
from masthead.mirror.serving import MirrorApplication

pytestmark = pytest.mark.database_independent  # it never opens the database


def django_app(environ, start_response):  # never called
    raise AssertionError


def test_edge_finds_the_baked_front_behind_the_media_front(tmp_path):
    front = MirrorApplication(django_app, tmp_path)
    chain = MediaApplication(front, tmp_path)
    assert baked_front(chain, MirrorApplication) is front


def test_edge_has_no_baked_front_when_mirroring_is_off(tmp_path):
    chain = MediaApplication(django_app, tmp_path)
    assert baked_front(chain, MirrorApplication) is None
