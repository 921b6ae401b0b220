"""The folder of baked pages: writes that lose to a purge, purges of one or many."""

import random
import time

import brotli
import pytest

from masthead.mirror.store import PageStore, relative_path

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_rendering_begun_before_a_purge_is_not_written(tmp_path):
    store = PageStore(tmp_path)
    begun = time.time_ns()
    store.purge("/en/world/story/")
    assert not store.write("/en/world/story/", b"old", "text/html", begun)
    assert not (tmp_path / "en/world/story/index.html").exists()


def test_rendering_begun_before_a_purge_of_a_folder_above_is_not_written(tmp_path):
    store = PageStore(tmp_path)
    begun = time.time_ns()
    store.purge_tree("/en/")
    assert not store.write("/en/world/story/", b"old", "text/html", begun)


def test_older_rendering_does_not_replace_a_newer_file(tmp_path):
    store = PageStore(tmp_path)
    store.write("/en/", b"new", "text/html", 2_000)
    assert not store.write("/en/", b"old", "text/html", 1_000)
    assert (tmp_path / "en/index.html").read_bytes() == b"new"


def test_rendering_begun_after_a_purge_is_written(tmp_path):
    store = PageStore(tmp_path)
    store.purge("/en/")
    assert store.write("/en/", b"fresh", "text/html", time.time_ns())


def test_purge_removes_the_page_and_its_compressed_copies(tmp_path):
    store = PageStore(tmp_path)
    store.write("/en/", b"page", "text/html", time.time_ns())
    store.purge("/en/")
    assert not list((tmp_path / "en").iterdir())


def test_purging_everything_keeps_the_purge_marks(tmp_path):
    store = PageStore(tmp_path)
    store.write("/ko/", b"page", "text/html", time.time_ns())
    store.purge_tree("/")
    assert not (tmp_path / "ko").exists() and (tmp_path / ".purged").exists()


def test_feed_is_kept_under_its_own_name(tmp_path):
    store = PageStore(tmp_path)
    store.write("/en/rss.xml", b"<rss/>", "application/xml", time.time_ns())
    assert (tmp_path / "en/rss.xml").read_bytes() == b"<rss/>"


def test_addresses_that_could_leave_the_folder_have_no_file():
    assert relative_path("/en/../etc/") is None
    assert relative_path("/.purged/en/") is None
    assert relative_path("/en//world/") is None
    assert relative_path("en/world/") is None


def test_a_quick_copy_is_whole_and_the_best_copy_is_smaller(tmp_path):
    words = random.Random(5).choices(["harbour", "rail", "vote", "council"], k=8000)
    page = " ".join(words).encode()
    store = PageStore(tmp_path)
    copy = tmp_path / "en" / "index.html.br"
    assert store.write("/en/", page, "text/html", 1_000, quick=True)
    quick = copy.read_bytes()
    assert store.write("/en/", page, "text/html", 2_000)
    best = copy.read_bytes()
    assert brotli.decompress(quick) == page == brotli.decompress(best)
    assert len(best) < len(quick)
