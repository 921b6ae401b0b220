"""The edge `masthead serve` runs (masthead.core.rsgi), driven as granian drives
it: an RSGI scope and protocol, on an event loop of the test's own."""

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from masthead.core.limits import ClientLimits
from masthead.core.rsgi import Edge

# Its site is SQLite of its own or it has none: the same on any DATABASE_URL.
pytestmark = pytest.mark.database_independent


def limits(**changes):
    values = {
        "max_body": 1000,
        "admin_max_body": 100_000,
        "admin_prefix": "/admin/",
        "body_read_timeout": 0.3,
        "header_read_timeout": 10,
        "keep_alive_timeout": 5,
    }
    return ClientLimits(**{**values, **changes})


class Headers(dict):
    def items(self):
        return list(super().items())


class Scope:
    proto = "http"
    http_version = "1.1"
    server = "127.0.0.1:8000"
    client = "127.0.0.1:50000"
    scheme = "http"
    query_string = ""

    def __init__(self, method, path, headers):
        self.method, self.path = method, path
        self.headers = Headers({"host": "127.0.0.1:8000", **headers})


class Protocol:
    """An RSGI protocol whose body comes in `chunks`, `pause` seconds apart."""

    def __init__(self, chunks=(), pause=0.0):
        self.chunks, self.pause = list(chunks), pause
        self.read = 0
        self.answer = None

    async def body(self):
        for chunk in self.chunks:
            await asyncio.sleep(self.pause)
            self.read += len(chunk)
            yield chunk

    def __aiter__(self):
        return self.body().__aiter__()

    def response_bytes(self, status, headers, body):
        self.answer = (status, dict(headers), body)


class Recorder:
    """A WSGI application that answers with what it was sent."""

    def __init__(self):
        self.environ = None

    def __call__(self, environ, start_response):
        self.environ = environ
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        start_response("200 OK", [("Content-Type", "text/plain"), ("Server", "x")])
        return [b"got " + body]


class BakedFront:
    def request_headers(self):
        return ["host"]

    def baked_answer(self, environ):
        if environ["PATH_INFO"] == "/en/":
            return "200 OK", [("Content-Type", "text/html")], b"baked"
        return None


def serve(edge, method, path, headers=None, protocol=None):
    protocol = protocol or Protocol()

    async def run():
        edge.__rsgi_init__(asyncio.get_running_loop())
        await edge.__rsgi__(Scope(method, path, headers or {}), protocol)
        await asyncio.sleep(0)  # the answer a thread handed to the loop

    # A thread of its own: a browser test's Playwright may keep an event loop running
    # in this worker's main thread, where asyncio.run() would refuse to start.
    with ThreadPoolExecutor(max_workers=1) as thread:
        thread.submit(asyncio.run, run()).result()
    return protocol


@pytest.fixture
def application():
    return Recorder()


def test_baked_page_is_answered_without_the_application(application):
    edge = Edge(application, limits(), front=BakedFront())
    protocol = serve(edge, "GET", "/en/")
    assert protocol.answer[0] == 200 and protocol.answer[2] == b"baked"
    assert application.environ is None


def test_baked_front_hears_the_client_address(application):
    """The front believes a proxy's X-Forwarded-Proto only from a trusted address."""
    heard = {}

    class ListeningFront(BakedFront):
        def baked_answer(self, environ):
            heard.update(environ)

    serve(Edge(application, limits(), front=ListeningFront()), "GET", "/en/")
    assert heard["REMOTE_ADDR"] == "127.0.0.1"


def test_whole_body_reaches_the_application_with_its_length(application):
    edge = Edge(application, limits(), front=BakedFront())
    protocol = Protocol([b"name=a", b"&body=b"])
    serve(edge, "POST", "/en/", {"transfer-encoding": "chunked"}, protocol)
    assert protocol.answer[2] == b"got name=a&body=b"
    assert application.environ["CONTENT_LENGTH"] == "13"


def test_declared_body_over_the_limit_is_answered_413_unread(application):
    protocol = Protocol([b"a" * 2000])
    serve(
        Edge(application, limits()), "POST", "/", {"content-length": "2000"}, protocol
    )
    assert protocol.answer[0] == 413 and protocol.read == 0
    assert application.environ is None


def test_chunked_body_over_the_limit_is_answered_413(application):
    protocol = Protocol([b"a" * 600, b"b" * 600])
    serve(
        Edge(application, limits()),
        "POST",
        "/",
        {"transfer-encoding": "chunked"},
        protocol,
    )
    assert protocol.answer[0] == 413 and application.environ is None


def test_api_body_over_the_limit_is_answered_in_json(application):
    headers = {"content-length": "2000"}
    protocol = serve(Edge(application, limits()), "POST", "/api/v1/x", headers)
    assert protocol.answer[0] == 413
    assert protocol.answer[1]["content-type"] == "application/json"


def test_admin_takes_a_body_over_the_readers_limit(application):
    protocol = Protocol([b"a" * 5000])
    headers = {"content-length": "5000"}
    serve(Edge(application, limits()), "POST", "/admin/images/", headers, protocol)
    assert protocol.answer[0] == 200 and len(protocol.answer[2]) == 5004


def test_trickled_body_is_answered_408_in_time(application):
    protocol = Protocol([b"a"] * 50, pause=0.05)
    started = time.monotonic()
    serve(Edge(application, limits()), "POST", "/", {"content-length": "50"}, protocol)
    assert protocol.answer[0] == 408 and application.environ is None
    assert time.monotonic() - started < 1


@pytest.mark.parametrize("path", ["/en/", "/somewhere/"])
def test_no_answer_names_the_server_software(application, path):
    protocol = serve(Edge(application, limits(), front=BakedFront()), "GET", path)
    assert protocol.answer[1]["server"] == ""


def test_header_with_an_underscore_cannot_pass_for_one_with_a_dash(application):
    headers = {"x_forwarded_proto": "https"}
    serve(Edge(application, limits()), "GET", "/", headers)
    assert "HTTP_X_FORWARDED_PROTO" not in application.environ


def test_body_shorter_than_its_length_never_reaches_the_application(application):
    protocol = Protocol([b"name=a"])
    serve(Edge(application, limits()), "POST", "/", {"content-length": "20"}, protocol)
    assert protocol.answer[0] == 400 and application.environ is None


def test_refusal_is_json_under_a_path_registered_as_speaking_json():
    from wagtail import hooks

    from masthead.core.paths import UnprefixedPath
    from masthead.core.rsgi import Refusal

    def feeds_in_json():
        return [UnprefixedPath("/json-feed/", speaks_json=True)]

    with hooks.register_temporarily("masthead_unprefixed_paths", feeds_in_json):
        _status, headers, body = Refusal(413, "Too big.").answer("/json-feed/x")
    assert ("content-type", "application/json") in headers
    assert json.loads(body) == {"detail": "Too big."}
