"""The front keeps the answers to read pages in memory, never past a change of file."""

import os
import time

import pytest

from masthead.mirror.memory import AnswerMemory
from masthead.mirror.serving import MirrorApplication
from masthead.mirror.store import PageStore

from .conftest import Front

pytestmark = pytest.mark.database_independent  # it never opens the database

FIRST = b"<!doctype html><title>Kept</title><p>First edition of the page</p>"
SECOND = b"<!doctype html><title>Kept</title><p>After the moderator's decision</p>"
PATH = "/en/world/kept/"


class CountingDjango:
    """Stands in for Django behind the front; counts what reaches it."""

    def __init__(self):
        self.calls = 0

    def __call__(self, wsgi_env, start_response):
        self.calls += 1
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"rendered by Django"]


@pytest.fixture
def django_app():
    return CountingDjango()


@pytest.fixture
def served(mirror, django_app):
    front = Front(MirrorApplication(django_app, mirror))
    front.application.max_age = 0
    return front


def bake(mirror, content, stamp_ns):
    assert PageStore(mirror).write(PATH, content, "text/html", stamp_ns)


def test_second_read_is_answered_from_memory_without_opening_the_file(
    served, mirror, monkeypatch
):
    bake(mirror, FIRST, time.time_ns())
    assert served.get(PATH).content == FIRST

    def no_open(*args, **kwargs):
        raise AssertionError("the kept answer should not open the file again")

    monkeypatch.setattr("builtins.open", no_open)
    answer = served.get(PATH)
    assert answer.status_code == 200 and answer.content == FIRST
    assert answer["Content-Length"] == str(len(FIRST))


def test_page_baked_again_is_served_new_on_the_next_request(served, mirror):
    stamp = time.time_ns()
    bake(mirror, FIRST, stamp)
    assert served.get(PATH).content == FIRST
    bake(mirror, SECOND, stamp + 1)
    assert served.get(PATH).content == SECOND


def test_rebake_of_the_same_size_in_the_same_instant_is_still_seen(served, mirror):
    """The file is renamed into place, so even an identical size and time is a new
    inode, and the kept answer is dropped."""
    same_size = FIRST.replace(b"First", b"Fresh")
    stamp = time.time_ns()
    bake(mirror, FIRST, stamp)
    served.get(PATH)
    path = mirror / "en/world/kept/index.html"
    kept_inode = path.stat().st_ino
    PageStore(mirror)._replace(path, same_size, stamp)
    assert path.stat().st_ino != kept_inode
    assert served.get(PATH).content == same_size


def test_purged_page_goes_to_django_on_the_next_request(served, mirror, django_app):
    bake(mirror, FIRST, time.time_ns())
    served.get(PATH)
    PageStore(mirror).purge(PATH)
    assert served.get(PATH).content == b"rendered by Django"
    assert django_app.calls == 1


def test_kept_answer_is_304_to_its_etag_and_bodiless_to_head(served, mirror):
    bake(mirror, FIRST, time.time_ns())
    etag = served.get(PATH)["ETag"]
    revalidated = served.get(PATH, if_none_match=etag)
    assert revalidated.status_code == 304 and revalidated.content == b""
    head = served.get(PATH, method="HEAD")
    assert head.status_code == 200 and head.content == b""
    assert head["ETag"] == etag


def test_each_coding_is_kept_apart(served, mirror):
    bake(mirror, FIRST, time.time_ns())
    plain = served.get(PATH)
    gzipped = served.get(PATH, accept_encoding="gzip")
    assert "Content-Encoding" not in plain.headers
    assert gzipped["Content-Encoding"] == "gzip"
    assert served.get(PATH).content == FIRST
    assert served.get(PATH, accept_encoding="gzip").content == gzipped.content


def test_unknown_host_is_not_answered_from_memory(served, mirror, django_app):
    bake(mirror, FIRST, time.time_ns())
    served.get(PATH)
    assert served.get(PATH, host="evil.example").content == b"rendered by Django"


def test_query_string_is_never_answered_from_memory(served, mirror, django_app):
    bake(mirror, FIRST, time.time_ns())
    served.get(PATH)
    assert served.get(PATH, query="comment=received").content == b"rendered by Django"


def test_kept_page_older_than_half_its_forms_lifetime_goes_to_django(
    served, mirror, django_app
):
    bake(mirror, FIRST, time.time_ns())
    served.get(PATH)
    served.application.max_age = 3600
    old = time.time() - 3601
    path = mirror / "en/world/kept/index.html"
    os.utime(path, (old, old))
    assert served.get(PATH).content == b"rendered by Django"


def test_no_memory_when_the_setting_is_zero(settings, mirror, monkeypatch):
    settings.MASTHEAD_MIRROR_MEMORY_MB = 0
    front = Front(MirrorApplication(CountingDjango(), mirror))
    front.application.max_age = 0
    bake(mirror, FIRST, time.time_ns())
    front.get(PATH)
    assert len(front.application.memory.answers) == 0


def make_file(tmp_path, name, size):
    path = tmp_path / name
    path.write_bytes(b"x" * size)
    return str(path), os.stat(path)


def test_memory_drops_the_answer_read_least_recently_when_full(tmp_path):
    memory = AnswerMemory(limit_bytes=4000)
    for name in ("a", "b", "c", "d"):
        path, info = make_file(tmp_path, name, 900)
        memory.keep(name, path, info, '"e"', [], b"x" * 900)
    # "a" was kept first but is the most read page: it must stay.
    assert memory.get("a") is not None
    path, info = make_file(tmp_path, "e", 900)
    memory.keep("e", path, info, '"e"', [], b"x" * 900)
    assert sorted(memory.answers) == ["a", "c", "d", "e"]
    assert memory.size == 3600
    assert memory.get("b") is None and memory.get("a").body == b"x" * 900


def test_an_answer_too_big_for_a_quarter_of_the_memory_is_not_kept(tmp_path):
    memory = AnswerMemory(limit_bytes=4000)
    path, info = make_file(tmp_path, "big", 1001)
    memory.keep("big", path, info, '"e"', [], b"x" * 1001)
    assert len(memory.answers) == 0 and memory.size == 0
