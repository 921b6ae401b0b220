"""A purge on one server reaches every server's baked folder and kept answers."""

import os
import socket
import threading
import time
from urllib.parse import urlsplit

import pytest
from django.db import DatabaseError

from masthead.mirror import coherence, purging
from masthead.mirror.dependents import Change
from masthead.mirror.models import PurgeRecord
from masthead.mirror.purging import refresh
from masthead.mirror.serving import MirrorApplication
from masthead.mirror.store import PageStore

from .conftest import Front
from .test_memory import CountingDjango

PAGE = b"<!doctype html><title>Baked</title><p>Before the decision</p>"
PATH = "/en/world/ferry/"

pytestmark = pytest.mark.django_db


def bake(root, path=PATH):
    PageStore(root).write(path, PAGE, "text/html", time.time_ns())


@pytest.fixture
def other_server(tmp_path):
    """A second server: a folder of its own, its front, and its purge follower."""
    root = tmp_path / "other-mirror"
    django_app = CountingDjango()
    front = Front(MirrorApplication(django_app, root))
    front.application.max_age = 0
    follower = coherence.PurgeFollower(
        front.application.store, front.application.memory, 0.05
    )
    follower.wake = None
    follower.catch_up()
    return root, front, follower, django_app


def test_purge_here_drops_the_page_from_another_servers_folder_and_memory(
    mirror, other_server
):
    root, front, follower, django_app = other_server
    bake(root)
    assert front.get(PATH).status_code == 200  # kept in its memory now
    refresh(Change(paths=[PATH]))
    follower.follow()
    assert not (root / "en/world/ferry/index.html").exists()
    assert front.application.memory.size == 0
    front.get(PATH)
    assert django_app.calls == 1


def test_purge_of_a_folder_reaches_every_page_under_it(mirror, other_server):
    root, front, follower, _django_app = other_server
    bake(root)
    bake(root, "/en/sport/")
    refresh(Change(trees=["/en/world/"]))
    follower.follow()
    assert not (root / "en/world/ferry/index.html").exists()
    assert (root / "en/sport/index.html").exists()


def test_server_sharing_the_purging_folder_keeps_what_was_baked_since(mirror):
    """A server and its task worker (or a shared mount) purge that folder once."""
    refresh(Change(paths=[PATH]))
    front = Front(MirrorApplication(CountingDjango(), mirror))
    follower = coherence.PurgeFollower(
        front.application.store, front.application.memory, 0.05
    )
    follower.remember(0)
    bake(mirror)  # baked again after the purge, by whoever
    follower.follow()
    assert (mirror / "en/world/ferry/index.html").exists()


def test_server_that_was_down_drops_on_start_what_changed_meanwhile(
    mirror, other_server
):
    root, _front, follower, _django_app = other_server
    bake(root)
    bake(root, "/en/sport/")
    follower.stop()  # the server goes down; the newsroom goes on
    refresh(Change(paths=[PATH]))
    restarted = coherence.PurgeFollower(PageStore(root), follower.memory, 0.05)
    restarted.catch_up()
    assert not (root / "en/world/ferry/index.html").exists()
    assert (root / "en/sport/index.html").exists()
    assert coherence.read_generation(PageStore(root)) == PurgeRecord.objects.get().pk


def test_folder_that_never_followed_the_log_drops_every_page(mirror, tmp_path):
    refresh(Change(paths=["/en/other/"]))
    root = tmp_path / "old-mirror"
    bake(root, "/en/sport/")
    follower = coherence.PurgeFollower(
        PageStore(root), MirrorApplication(CountingDjango(), root).memory, 0.05
    )
    follower.catch_up()
    assert not (root / "en/sport/index.html").exists()


def test_server_away_longer_than_the_log_reaches_drops_every_page(mirror, other_server):
    root, _front, follower, _django_app = other_server
    bake(root, "/en/sport/")
    generation_file = root / ".purged" / ".generation"
    week_ago = time.time() - coherence.KEEP_LOG.total_seconds()
    os.utime(generation_file, (week_ago, week_ago))
    coherence.PurgeFollower(PageStore(root), follower.memory, 0.05).catch_up()
    assert not (root / "en/sport/index.html").exists()


def test_purge_committed_after_a_later_one_is_still_applied(mirror, other_server):
    root, _front, follower, _django_app = other_server
    bake(root)
    PurgeRecord.objects.create(pk=20, paths=["/en/other/"], folder="elsewhere")
    follower.follow()
    PurgeRecord.objects.create(pk=19, paths=[PATH], folder="elsewhere")
    follower.follow()
    assert not (root / "en/world/ferry/index.html").exists()


def test_purge_is_applied_once(mirror, other_server):
    root, _front, follower, _django_app = other_server
    PurgeRecord.objects.create(paths=[PATH], folder="elsewhere")
    follower.follow()
    bake(root)  # a reader's visit bakes it again
    follower.follow()
    assert (root / "en/world/ferry/index.html").exists()


def test_purged_paths_are_forgotten_and_others_kept(mirror):
    front = Front(MirrorApplication(CountingDjango(), mirror))
    front.application.max_age = 0
    for path in (PATH, "/ko/세계/", "/en/sport/"):
        bake(mirror, path)
        front.get(path)
    front.application.memory.forget_paths(["/ko/세계/"], ["/en/world/"])
    kept = {key[0] for key in front.application.memory.answers}
    assert kept == {"/en/sport/"}


@pytest.fixture
def redis_url(monkeypatch):
    url = os.environ.get("TEST_REDIS_URL") or "redis://127.0.0.1:6379/15"
    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname, parts.port or 6379), 2).close()
    except OSError as error:
        pytest.skip(f"no Redis at {url} ({error})")
    monkeypatch.setenv("REDIS_URL", url)
    return url


def test_purge_announced_on_redis_wakes_a_waiting_server_at_once(redis_url, mirror):
    wake = coherence.RedisWake(redis_url)
    wake.wait(0.01)  # subscribed
    waited = {}

    def wait():
        started = time.monotonic()
        wake.wait(10)
        waited["seconds"] = time.monotonic() - started

    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(0.2)
    refresh(Change(paths=[PATH]))
    waiter.join(10)
    assert waited["seconds"] < 1


def test_purge_log_out_of_reach_purges_here_and_fails_the_job_to_try_again(
    mirror, monkeypatch
):
    def database_gone(*args):
        raise DatabaseError("server closed the connection")

    monkeypatch.setattr(purging, "record_purge", database_gone)
    bake(mirror)
    with pytest.raises(DatabaseError):
        purging.refresh_change.call({"paths": [PATH], "trees": []})
    assert not (mirror / "en/world/ferry/index.html").exists()


def test_without_a_task_queue_a_purge_log_out_of_reach_is_logged_not_raised(
    mirror, monkeypatch, settings, django_capture_on_commit_callbacks
):
    """Nothing would try again, and the change itself is committed."""

    def database_gone(*args):
        raise DatabaseError("server closed the connection")

    monkeypatch.setattr(purging, "record_purge", database_gone)
    settings.MASTHEAD_MIRROR_TASKS = ""
    bake(mirror)
    with django_capture_on_commit_callbacks(execute=True):
        purging.refresh_on_commit(Change(paths=[PATH]))
    assert not (mirror / "en/world/ferry/index.html").exists()


def test_article_published_here_is_dropped_from_the_other_servers_folder(
    mirror, other_server, article, django_capture_on_commit_callbacks
):
    root, _front, follower, _django_app = other_server
    path = article.get_url()
    follower.follow()  # the article's first publication is old news
    bake(root, path)
    article.title = "Rail link opens a week early"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    follower.follow()
    assert not (root / path.strip("/") / "index.html").exists()
