"""Slow and idle clients through the real `masthead serve` (one worker): hundreds
of connections that trickle a request body must not keep readers waiting, and the
server's limits answer them in time."""

import socket
import threading
import time
import urllib.request

import pytest

from tests.reliability.harness import soak_harness

from .test_served import fetch, fetch_baked

# Its site is SQLite of its own or it has none: the same on any DATABASE_URL.
pytestmark = pytest.mark.database_independent

TRICKLERS = 200
ANSWER_SECONDS = 1.0


@pytest.fixture
def site(served_site):
    return served_site


def open_post(server, path, length):
    """Return a connection that has sent a POST's headers and none of its body."""
    connection = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    connection.sendall(
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
        # As a browser sends it: the comment form's origin check lets it in.
        f"Origin: {server.base_url}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {length}\r\n\r\n".encode()
    )
    return connection


class Tricklers:
    """Connections that send a POST body one byte every `interval` seconds."""

    def __init__(self, server, path, count, interval=1.0):
        self.connections = [open_post(server, path, 10_000) for _ in range(count)]
        self.interval = interval
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.trickle, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopped.set()
        self.thread.join()
        for connection in self.connections:
            connection.close()

    def trickle(self):
        while not self.stopped.wait(self.interval):
            for connection in self.connections:
                try:
                    connection.send(b"a")
                except OSError:  # the server gave up on it, as it should
                    pass


def timed(action):
    started = time.monotonic()
    result = action()
    return result, time.monotonic() - started


def test_readers_are_answered_while_hundreds_of_clients_trickle_a_body(site):
    details, server = site
    article = details["articles"][0]
    form = soak_harness.FormClient(server.base_url, article)
    # Rendered once before the load: what is timed is waiting, not a first render.
    assert "ETag" in fetch_baked(server, article["url"])[1]
    assert fetch(server, article["url"] + "?uncached=1")[0] == 200
    assert form.target(article)
    with Tricklers(server, f"/comments/post/{article['id']}/", TRICKLERS):
        time.sleep(1.5)  # every trickler has sent its headers and a byte or two
        (status, headers, _), baked = timed(lambda: fetch(server, article["url"]))
        assert status == 200 and "ETag" in headers
        (status, _, _), rendered = timed(
            lambda: fetch(server, article["url"] + "?uncached=1")
        )
        assert status == 200
        (status, _), posted = timed(lambda: form.post(article, "A fair report."))
        assert status == 303
    assert max(baked, rendered, posted) < ANSWER_SECONDS, (baked, rendered, posted)


def test_a_body_that_does_not_arrive_in_time_is_answered_408(site):
    details, server = site
    connection = open_post(
        server, f"/comments/post/{details['articles'][0]['id']}/", 10
    )
    with connection:
        connection.sendall(b"a")
        started = time.monotonic()
        answer = connection.recv(4096)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert 3 < time.monotonic() - started < 8


def test_an_idle_connection_is_closed_after_its_answer(site):
    _, server = site
    request = f"GET /admin/login/ HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n"
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as idle:
        idle.sendall(request.encode())
        assert idle.recv(4096).startswith(b"HTTP/1.1 ")
        started = time.monotonic()
        while idle.recv(65536):  # the rest of the answer, then the close
            pass
    assert time.monotonic() - started < 5


def test_headers_that_do_not_arrive_in_time_close_the_connection(site):
    _, server = site
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as slow:
        slow.sendall(b"GET / HTTP/1.1\r\nHost: 127")
        started = time.monotonic()
        assert slow.recv(4096) == b""
    assert time.monotonic() - started < 5


def test_a_body_over_the_limit_is_answered_413_before_it_is_read(site):
    details, server = site
    path = f"/comments/post/{details['articles'][0]['id']}/"
    with open_post(server, path, 65 * 1024) as connection:
        answer = connection.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413 ")


def test_a_chunked_body_over_the_limit_is_answered_413(site):
    details, server = site
    request = urllib.request.Request(
        server.base_url + f"/comments/post/{details['articles'][0]['id']}/",
        data=iter([b"a" * 40_000, b"b" * 40_000]),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)  # noqa: S310
    assert refused.value.code == 413


def test_the_admin_takes_a_body_over_the_readers_limit(site):
    _, server = site
    status = fetch(server, "/admin/login/", b"a" * (200 * 1024))[0]
    assert status == 403  # Django's CSRF check read it; the edge let it through


@pytest.mark.parametrize("path", ["baked", "/admin/login/", "/no-such-page/"])
def test_answers_do_not_name_the_server_software(site, path):
    details, server = site
    if path == "baked":
        headers = fetch_baked(server, details["articles"][0]["url"])[1]
        assert "ETag" in headers
    else:
        headers = fetch(server, path)[1]
    assert not headers.get("Server")
