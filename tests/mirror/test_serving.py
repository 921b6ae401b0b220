"""The front answers from the baked file with the right headers, or hands over."""

import gzip
import os

import brotli
import pytest
from django.utils.http import http_date

from masthead.mirror.serving import MirrorApplication
from masthead.mirror.store import PageStore

from .conftest import Front

PAGE = "<!doctype html><title>Kept</title><p>Harbour news, 항구 소식</p>".encode()


@pytest.fixture
def kept(mirror, front):
    # Kept long ago: forms that never expire, so the front still answers from it.
    front.application.max_age = 0
    PageStore(mirror).write("/en/world/kept/", PAGE, "text/html", 1_700_000_000 * 10**9)
    return "/en/world/kept/"


def test_baked_page_is_served_with_its_validators(front, kept):
    answer = front.get(kept)
    assert answer.status_code == 200 and answer.content == PAGE
    assert answer["Content-Type"] == "text/html; charset=utf-8"
    assert answer["Last-Modified"] == http_date(1_700_000_000)
    assert answer["Cache-Control"] == "no-cache"
    assert answer["Content-Language"] == "en"


def test_baked_page_carries_the_security_headers_django_sends(front, kept):
    answer = front.get(kept)
    assert "frame-ancestors 'none'" in answer["Content-Security-Policy"]
    assert answer["X-Frame-Options"] == "DENY"
    assert answer["X-Content-Type-Options"] == "nosniff"
    assert answer["Referrer-Policy"] == "same-origin"


def test_matching_etag_is_answered_304(front, kept):
    etag = front.get(kept)["ETag"]
    answer = front.get(kept, if_none_match=etag)
    assert answer.status_code == 304 and answer.content == b""


def test_unchanged_since_date_is_answered_304(front, kept):
    answer = front.get(kept, if_modified_since=http_date(1_700_000_100))
    assert answer.status_code == 304


def test_older_date_gets_the_page(front, kept):
    answer = front.get(kept, if_modified_since=http_date(1_600_000_000))
    assert answer.status_code == 200


def test_brotli_copy_goes_to_a_browser_that_accepts_it(front, kept):
    answer = front.get(kept, accept_encoding="gzip, deflate, br")
    assert answer["Content-Encoding"] == "br"
    assert brotli.decompress(answer.content) == PAGE
    assert answer["Vary"] == "Accept-Encoding"


def test_gzip_copy_goes_to_a_browser_without_brotli(front, kept):
    answer = front.get(kept, accept_encoding="gzip;q=1.0, br;q=0")
    assert answer["Content-Encoding"] == "gzip"
    assert gzip.decompress(answer.content) == PAGE


def test_each_coding_has_its_own_etag(front, kept):
    plain = front.get(kept)["ETag"]
    assert front.get(kept, accept_encoding="gzip")["ETag"] != plain


def test_head_gets_headers_without_the_page(front, kept):
    answer = front.get(kept, method="HEAD")
    assert answer.content == b"" and answer["Content-Length"] == str(len(PAGE))


def test_query_string_goes_to_django(front, kept, db):
    assert b"Kept" not in front.get(kept, query="reply_to=1").content


def test_post_goes_to_django(front, kept, db):
    assert front.get(kept, method="POST").status_code != 200


def test_address_without_its_slash_goes_to_django(front, kept, db):
    assert front.get(kept.rstrip("/")).status_code == 301


def test_unknown_host_goes_to_django(front, kept):
    assert front.get(kept, host="evil.example").status_code == 400


@pytest.mark.parametrize("path", ["/en/../en/world/kept/", "/en/world/kept/./"])
def test_dot_segments_are_never_looked_up(front, kept, path, db):
    assert b"Kept" not in front.get(path).content


def test_https_page_gets_hsts_in_production(front, kept, settings):
    front.application.hsts = "max-age=3600"
    answer = front.get(kept, x_forwarded_proto="https")
    assert "Strict-Transport-Security" not in answer.headers  # no proxy trusted
    front.application.proxy_header = ("HTTP_X_FORWARDED_PROTO", "https")
    front.application.trusted_proxies = frozenset({"127.0.0.1"})
    answer = front.get(kept, x_forwarded_proto="https")
    assert answer["Strict-Transport-Security"] == "max-age=3600"


def test_forwarded_https_from_a_stranger_gets_no_baked_page_over_http(front, kept, db):
    """With HTTPS required, a client claiming it gets Django's redirect, not the
    page: only a trusted proxy's X-Forwarded-Proto counts."""
    front.application.ssl_redirect = True
    front.application.proxy_header = ("HTTP_X_FORWARDED_PROTO", "https")
    front.application.trusted_proxies = frozenset({"192.0.2.1"})
    answer = front.get(kept, x_forwarded_proto="https")
    assert b"Kept" not in answer.content


def test_page_kept_past_half_its_forms_lifetime_is_rendered_again(
    article, mirror, settings, mirror_front
):
    page = mirror / article.url.strip("/") / "index.html"
    old = 1_700_000_000
    os.utime(page, (old, old))
    answer = mirror_front.get(article.url)
    assert "ETag" not in answer.headers  # Django answered, with a new form
    assert page.stat().st_mtime > old


@pytest.fixture
def mirror_front(front):
    front.application.max_age = 3600
    return front


def test_baked_page_is_answered_without_django(kept, mirror):
    def django_must_not_run(wsgi_env, start_response):
        raise AssertionError("Django was called for a baked page")

    front = Front(MirrorApplication(django_must_not_run, mirror))
    front.application.max_age = 0
    assert front.get(kept).content == PAGE


def test_masthead_serve_runs_the_baked_pages_front_behind_the_edge():
    from masthead.core.management.commands.serve import edge_target
    from masthead.mirror import rsgi, wsgi

    assert edge_target() == "masthead.mirror.rsgi:application"
    assert rsgi.application.application is wsgi.application


def test_cache_control_of_baked_pages_is_a_setting(settings, kept, mirror):
    settings.MASTHEAD_MIRROR_CACHE_CONTROL = "public, max-age=0, s-maxage=86400"
    front = Front(MirrorApplication(None, mirror))
    front.application.max_age = 0
    assert front.get(kept)["Cache-Control"] == "public, max-age=0, s-maxage=86400"
