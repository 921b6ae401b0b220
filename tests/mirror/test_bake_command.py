"""`masthead bake` fills the folder; baking again can run in a task backend."""

import shutil
from io import StringIO
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import PageViewRestriction

from .conftest import with_lite


def test_bake_writes_every_published_page_and_its_copies(article, mirror):
    shutil.rmtree(mirror)
    out = StringIO()
    call_command("bake", stdout=out)
    for path in with_lite("/en/", "/en/world/", article.url):
        assert (mirror / path.strip("/") / "index.html").exists()
    files = len(with_lite("/en/", "/en/world/", article.url))
    assert f"3 published pages baked as {files} files" in out.getvalue()


def test_bake_deletes_the_files_of_pages_behind_a_restriction(article, mirror):
    """Files kept before the restriction purged its pages (older releases)."""
    kept = mirror / article.url.strip("/") / "index.html"
    # Outside a capture of the commit: the restriction's own purge never runs.
    PageViewRestriction.objects.create(
        page=article.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    assert kept.exists()
    call_command("bake", stdout=StringIO())
    assert (
        not kept.exists() and not (mirror / "lite" / kept.relative_to(mirror)).exists()
    )


def test_bake_refuses_when_baked_pages_are_off(settings, db):
    settings.MASTHEAD_MIRROR = False
    with pytest.raises(CommandError, match="MASTHEAD_MIRROR"):
        call_command("bake")


def test_baking_again_runs_in_the_named_task_backend(
    article, post_comment, decide, mirror, settings
):
    settings.MASTHEAD_MIRROR_TASKS = "comments"  # immediate in tests
    decide("approve", post_comment(article, body="Queued and baked."))
    page = mirror / article.url.strip("/") / "index.html"
    assert "Queued and baked." in page.read_text()


def test_a_reader_keeps_the_page_quickly_and_baking_keeps_it_smallest(article, mirror):
    from django.core.handlers.wsgi import WSGIRequest

    from masthead.mirror.baking import MirrorHandler, anonymous_environ, bake
    from masthead.mirror.store import PageStore

    with mock.patch.object(PageStore, "write", autospec=True) as write:
        request = WSGIRequest(anonymous_environ(article.url))
        assert MirrorHandler().get_response(request).status_code == 200
        bake([article.url])
    (reader, _), (baker, _) = [
        (c.kwargs["quick"], c.args[1]) for c in write.call_args_list
    ]
    assert reader is True and baker is False
