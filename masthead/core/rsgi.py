"""The edge of `masthead serve`: granian's RSGI interface in front of the WSGI site.

Under granian's WSGI interface a request goes to one of a worker's few Python
threads as soon as its headers are in, and the thread then waits for the body:
four clients sending a body a byte every few seconds held every thread and no
reader was answered. Here the body is read on the worker's event loop, against a
deadline and a size limit (limits.py), and only a complete request is handed to a
thread. Baked pages are answered on the loop itself, so no upload can stand in
their way. RSGI rather than ASGI: granian's own interface costs less per request,
though more than its WSGI one did (bench/README.md, "The edge").
"""

import asyncio
import itertools
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from tempfile import SpooledTemporaryFile

from django.utils.translation import gettext as _

from .limits import MB
from .metrics import EdgeTally
from .paths import json_prefixes

# Granian names its software in `Server` unless the answer has one; an empty value
# is the least it will send.
NO_SERVER = ("server", "")
# An answer larger than this is sent as it comes rather than gathered first.
GATHER_AT_MOST = MB
# Seconds between two additions of the edge's counts to the shared counters.
TALLY_EVERY = 1.0
CGI_NAMES = {"content-type": "CONTENT_TYPE", "content-length": "CONTENT_LENGTH"}


class Refusal(Exception):
    """A request the edge answers itself, without the application."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message

    def answer(self, path):
        if path.startswith(json_prefixes()):
            body = json.dumps({"detail": self.message}).encode()
            content_type = "application/json"
        else:
            body = self.message.encode()
            content_type = "text/plain; charset=utf-8"
        headers = [("content-type", content_type), ("connection", "close")]
        return self.status, headers, body


def wsgi_environ(scope):
    """Return the WSGI environ of an RSGI request, its body still to come."""
    server_name, _sep, server_port = scope.server.rpartition(":")
    environ = {
        "REQUEST_METHOD": scope.method,
        "SCRIPT_NAME": "",
        "PATH_INFO": scope.path.encode("utf-8").decode("latin-1"),
        "QUERY_STRING": scope.query_string,
        "SERVER_NAME": server_name.strip("[]"),
        "SERVER_PORT": server_port,
        "SERVER_PROTOCOL": f"HTTP/{scope.http_version}",
        "REMOTE_ADDR": scope.client.rpartition(":")[0].strip("[]"),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.scheme,
        "wsgi.input": BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    for name, value in scope.headers.items():
        if "_" in name:
            # As other WSGI servers do: "X_Forwarded_Proto" would pass for
            # "X-Forwarded-Proto" once both became HTTP_X_FORWARDED_PROTO.
            continue
        key = CGI_NAMES.get(name) or "HTTP_" + name.upper().replace("-", "_")
        if key in environ:
            separator = "; " if key == "HTTP_COOKIE" else ","
            value = environ[key] + separator + value
        environ[key] = value
    return environ


def without_server(headers):
    return [header for header in headers if header[0].lower() != "server"]


class WSGIResponse:
    """What a WSGI application said in `start_response`."""

    status = 500
    headers = ()

    def start(self, status, headers, exc_info=None):
        self.status = int(status.split(" ", 1)[0])
        self.headers = [*without_server(headers), NO_SERVER]
        return self.write

    def write(self, data):
        raise NotImplementedError("the edge does not take start_response().write")


class Edge:
    """RSGI: baked pages on the loop, other requests to `application` in a thread.

    `front` answers baked pages (the application RSGI_APPLICATION names puts it
    there), or None.
    """

    def __init__(self, application, limits, front=None, threads=2):
        self.application = application
        self.limits = limits
        self.front = front
        self.front_headers = [
            (name, "HTTP_" + name.upper().replace("-", "_"))
            for name in (front.request_headers() if front is not None else ())
        ]
        self.threads = ThreadPoolExecutor(threads, thread_name_prefix="masthead")
        self.loop = None
        self.tally = EdgeTally()

    def front_environ(self, scope):
        """Return the part of the environ the baked-pages front reads.

        A whole environ (every header) costs more than the front's answer does.
        """
        environ = {
            "REQUEST_METHOD": scope.method,
            "PATH_INFO": scope.path.encode("utf-8").decode("latin-1"),
            "QUERY_STRING": "",
            "SERVER_NAME": scope.server.rpartition(":")[0].strip("[]"),
            # The front believes X-Forwarded-Proto only from a trusted proxy.
            "REMOTE_ADDR": scope.client.rpartition(":")[0].strip("[]"),
            "wsgi.url_scheme": scope.scheme,
        }
        headers = scope.headers
        for name, key in self.front_headers:
            value = headers.get(name)
            if value is not None:
                environ[key] = value
        return environ

    def __rsgi_init__(self, loop):
        self.loop = loop
        loop.call_later(TALLY_EVERY, self.flush_tally)

    def __rsgi_del__(self, loop):
        self.tally.flush()
        self.threads.shutdown(wait=False)

    def flush_tally(self):
        self.tally.flush()
        self.loop.call_later(TALLY_EVERY, self.flush_tally)

    async def __rsgi__(self, scope, protocol):
        if scope.proto != "http":
            return
        if self.front is not None and may_be_baked(scope):
            baked = self.front.baked_answer(self.front_environ(scope))
            if baked is not None:
                status, headers, body = baked
                headers = [*headers, NO_SERVER]
                code = int(status[:3])
                protocol.response_bytes(code, headers, body)
                self.tally.hit(code)
                return
            self.tally.miss()
        environ = wsgi_environ(scope)
        try:
            environ["wsgi.input"] = await self.read_body(environ, protocol)
        except Refusal as refusal:
            protocol.response_bytes(*refusal.answer(scope.path))
            self.tally.refusal(refusal.status)
            return
        await self.loop.run_in_executor(
            self.threads, self.call_application, environ, protocol
        )

    async def read_body(self, environ, protocol):
        """Return the request's whole body as a file, read within the limits."""
        if not has_body(environ):
            return BytesIO()
        limit = self.limits.body_limit(environ["PATH_INFO"])
        declared = environ.get(CGI_NAMES["content-length"])
        if declared is not None and not declared.isdigit():
            raise Refusal(400, _("Content-Length must be a whole number."))
        if declared is not None and int(declared) > limit:
            raise too_large()
        body = SpooledTemporaryFile(max_size=MB)  # noqa: SIM115 (given to WSGI)
        received = await self.receive(protocol, body, limit)
        if declared is not None and received != int(declared):
            body.close()  # the client went away mid-body: nothing to act on
            raise Refusal(400, _("The request body ended before its length."))
        body.seek(0)
        # The body is whole now: Django reads CONTENT_LENGTH bytes of it.
        environ["CONTENT_LENGTH"] = str(received)
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        return body

    async def receive(self, protocol, body, limit):
        started = self.loop.time()
        received = 0
        chunks = protocol.__aiter__()
        while True:
            left = started + self.limits.body_deadline(received) - self.loop.time()
            try:
                chunk = await asyncio.wait_for(anext(chunks), max(left, 0))
            except StopAsyncIteration:
                return received
            except TimeoutError:
                body.close()
                raise Refusal(
                    408, _("The request body did not arrive in time.")
                ) from None
            received += len(chunk)
            if received > limit:
                body.close()
                raise too_large()
            body.write(chunk)

    def call_application(self, environ, protocol):
        """Run the WSGI application in this thread and send its answer.

        Most answers are gathered and sent at once; a large one (a document, a
        feed) is sent as it comes. The application's `close()` runs in the same
        thread, where Django ends the request (and its database connection).
        """
        response = WSGIResponse()
        chunks = self.application(environ, response.start)
        try:
            gathered, size = [], 0
            iterator = iter(chunks)
            for chunk in iterator:
                gathered.append(chunk)
                size += len(chunk)
                if size > GATHER_AT_MOST:
                    self.stream(protocol, response, gathered, iterator)
                    return
            body = b"".join(gathered)
            self.call_soon(protocol.response_bytes, response, body)
        finally:
            if hasattr(chunks, "close"):
                chunks.close()

    def call_soon(self, respond, response, body):
        # Sent from the loop now, before the application's close() below.
        self.loop.call_soon_threadsafe(respond, response.status, response.headers, body)

    def stream(self, protocol, response, gathered, iterator):
        async def start():
            return protocol.response_stream(response.status, response.headers)

        transport = self.on_loop(start())
        for chunk in itertools.chain(gathered, iterator):
            if chunk:
                self.on_loop(transport.send_bytes(chunk))

    def on_loop(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()


def may_be_baked(scope):
    headers = scope.headers
    return (
        scope.method in ("GET", "HEAD")
        and not scope.query_string
        and "content-length" not in headers
        and "transfer-encoding" not in headers
    )


def has_body(environ):
    return "CONTENT_LENGTH" in environ or "HTTP_TRANSFER_ENCODING" in environ


def too_large():
    return Refusal(413, _("The request body is larger than this address accepts."))


def threads_setting():
    """Return MASTHEAD_THREADS, which `masthead serve --threads` sets."""
    return int(os.environ.get("MASTHEAD_THREADS", "2"))
