"""Baked pages on, in a folder of the test's own; a front that serves them."""

import io

import pytest
from django.apps import apps
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from wagtail.contrib.frontend_cache.backends import BaseBackend

from masthead.comments import submission
from masthead.mirror.baking import MirrorHandler
from masthead.mirror.serving import MirrorApplication
from masthead.moderation import actions

PURGED = []


class RecordingBackend(BaseBackend):
    """A frontend cache backend that writes down what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """A site served by the real `masthead serve` (one worker), shared by the tests
    that drive it over HTTP: (details of its articles and keys, server).

    Its client limits are short, so the tests that wait for them stay quick.
    """
    from tests.migrated import copy_prepared_data
    from tests.reliability.harness import soak_harness

    env = soak_harness.site_env(tmp_path_factory.mktemp("served"))
    copy_prepared_data(tmp_path_factory, env["MASTHEAD_DATA"])
    env["MASTHEAD_MIRROR"] = "on"
    env["MASTHEAD_BODY_READ_TIMEOUT"] = "4"
    env["MASTHEAD_KEEP_ALIVE_TIMEOUT"] = "2"
    env["MASTHEAD_MAX_BODY_KB"] = "64"
    details = soak_harness.prepare_site(env, 1, 1, collect_static=False)
    server = soak_harness.Server(env, workers=1).start()
    try:
        yield details, server
    finally:
        server.stop()


def with_lite(*paths):
    """The paths and, where the lite app is installed, their lite copies: the mirror
    keeps and purges the copies the installed outputs register, and no other."""
    if not apps.is_installed("masthead.lite"):
        return list(paths)
    return [copy for path in paths for copy in (path, "/lite" + path)]


def feeds_installed():
    return apps.is_installed("masthead.feeds")


@pytest.fixture(autouse=True)
def mirror(settings, tmp_path):
    settings.MASTHEAD_MIRROR = True
    settings.MASTHEAD_MIRROR_ROOT = tmp_path / "mirror"
    settings.MASTHEAD_MIRROR_TASKS = ""
    return settings.MASTHEAD_MIRROR_ROOT


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "tests.mirror.conftest.RecordingBackend"}
    }
    PURGED.clear()
    return PURGED


@pytest.fixture
def front(mirror):
    """The WSGI application `masthead serve` runs, called in the test's thread."""
    return Front(MirrorApplication(MirrorHandler(), mirror))


class Answer:
    def __init__(self, status, headers, body):
        self.status_code = int(status.split()[0])
        self.headers = dict(headers)
        self.content = body
        self.text = body.decode("utf-8", "replace")

    def __getitem__(self, name):
        return self.headers[name]


class Front:
    def __init__(self, application):
        self.application = application

    def get(self, path, method="GET", query="", **headers):
        environ = {
            "REQUEST_METHOD": method,
            "PATH_INFO": path.encode("utf-8").decode("latin-1"),
            "QUERY_STRING": query,
            "SCRIPT_NAME": "",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "HTTP_HOST": "127.0.0.1:8000",
            "REMOTE_ADDR": "127.0.0.1",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": io.StringIO(),
        }
        environ.update({f"HTTP_{k.upper()}": v for k, v in headers.items()})
        started = {}

        def start_response(status, response_headers, exc_info=None):
            started.update(status=status, headers=response_headers)

        # As Django's test client does: the test's transaction must stay open.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            chunks = self.application(environ, start_response)
            body = b"".join(chunks)
            if hasattr(chunks, "close"):
                chunks.close()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        return Answer(started["status"], started["headers"], body)


@pytest.fixture
def article(en_section, make_article, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return make_article(en_section, title="Rail link opens")


@pytest.fixture
def post_comment():
    def post(article, body="A fair report.", name="Reader"):
        prepared = submission.prepare(
            article, display_name=name, body=body, address="203.0.113.9"
        )
        return submission.store(prepared)

    return post


@pytest.fixture
def decide(admin_user, django_capture_on_commit_callbacks):
    """Run a moderation action as the desk does, its after-commit work included."""

    def run(action, comment, **fields):
        comment.refresh_from_db()
        with django_capture_on_commit_callbacks(execute=True):
            return getattr(actions, action)(
                comment, user=admin_user, revision=comment.revision, **fields
            )

    return run
