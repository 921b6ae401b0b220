"""The front: answer a reader's GET from a baked file, without Django's request stack.

Granian (2.8) can serve a folder itself, but a missing file there is a 404, not a
pass to the application, and it sends no ETag or Last-Modified and no precompressed
copies; so `masthead serve` runs this small WSGI layer in front of Django instead.
It looks for the URL's file (a `stat`), answers 304 to a matching `If-None-Match`
or `If-Modified-Since`, sends the brotli or gzip copy the reader accepts, and adds
the headers Django's middleware would have. Anything else (a query string, a POST,
a page not baked yet, a host Django would refuse) goes to Django untouched. The
answers to the most read pages are kept in memory while their files stay the same
(memory.py).
Behind nginx the same folder is served with `try_files` (README).
"""

import os
import stat
import time
from functools import lru_cache

from django.conf import settings
from django.http.request import split_domain_port, validate_host
from django.utils.http import http_date, parse_http_date_safe

from masthead.core.editions import EDITIONS
from masthead.core.security import CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY

from .hooks import baked_headers
from .memory import AnswerMemory
from .store import INDEX_NAMES, PageStore, relative_path, suffix_type

EDITION_CODES = {edition.code for edition in EDITIONS}


def security_headers():
    """Return the headers Django's middleware adds to every public page, but CSP."""
    headers = [
        ("Permissions-Policy", PERMISSIONS_POLICY),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", settings.X_FRAME_OPTIONS),
    ]
    if settings.SECURE_REFERRER_POLICY:
        headers.append(("Referrer-Policy", settings.SECURE_REFERRER_POLICY))
    if settings.SECURE_CROSS_ORIGIN_OPENER_POLICY:
        policy = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
        headers.append(("Cross-Origin-Opener-Policy", policy))
    return headers


def hsts_value():
    """Return the Strict-Transport-Security value Django's middleware sends, or ""."""
    if not settings.SECURE_HSTS_SECONDS:
        return ""
    value = f"max-age={settings.SECURE_HSTS_SECONDS}"
    if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
        value += "; includeSubDomains"
    if settings.SECURE_HSTS_PRELOAD:
        value += "; preload"
    return value


@lru_cache(maxsize=4096)
def last_modified(seconds):
    return http_date(seconds)


def accepted_encodings(header):
    """Return the content codings an Accept-Encoding header allows (q > 0)."""
    accepted = set()
    for item in header.lower().split(","):
        name, _, params = item.strip().partition(";")
        quality = params.strip().removeprefix("q=") if params else "1"
        try:
            if float(quality or 0) > 0:
                accepted.add(name.strip())
        except ValueError:
            continue
    return accepted


def not_modified(wsgi_env, etag, mtime):
    """Apply RFC 9110: If-None-Match (weak comparison) wins over the date."""
    if_none_match = wsgi_env.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag in tags
    header = wsgi_env.get("HTTP_IF_MODIFIED_SINCE")
    since = parse_http_date_safe(header) if header else None
    return since is not None and int(mtime) <= since


def content_language(url_path):
    """Return the edition code a baked URL belongs to ("/ko/.."), or ""."""
    code = url_path.strip("/").partition("/")[0]
    return code if code in EDITION_CODES else ""


def with_app_headers(headers, url_path):
    """Return `headers` with those apps add to a baked answer (hooks.py), which
    replace any of the same name."""
    extra = baked_headers(url_path)
    names = {name.lower() for name, _value in extra}
    return [h for h in headers if h[0].lower() not in names] + extra


class MirrorApplication:
    """WSGI: baked files first, `application` for the rest.

    `Cache-Control` is MASTHEAD_MIRROR_CACHE_CONTROL: by default "no-cache", which
    lets browsers and proxies keep a page but ask again each time, so a purge is
    seen at once and costs a 304.
    """

    encodings = ((".br", "br"), (".gz", "gzip"))

    def __init__(self, application, root):
        self.application = application
        self.root = str(root)
        self.store = PageStore(root)
        self.headers = security_headers()
        self.allowed_hosts = settings.ALLOWED_HOSTS or ["localhost", "127.0.0.1"]
        # Read once: settings are lazy objects, slow to ask on every request.
        self.hsts = hsts_value()
        self.ssl_redirect = settings.SECURE_SSL_REDIRECT
        self.proxy_header = settings.SECURE_PROXY_SSL_HEADER
        self.trusted_proxies = frozenset(settings.MASTHEAD_TRUSTED_PROXIES)
        self.max_age = settings.MASTHEAD_COMMENT_FORM_MAX_AGE // 2
        self.cache_control = settings.MASTHEAD_MIRROR_CACHE_CONTROL
        self.memory = AnswerMemory(settings.MASTHEAD_MIRROR_MEMORY_MB * 1024 * 1024)

    def __call__(self, wsgi_env, start_response):
        baked = self.baked_answer(wsgi_env)
        if baked is None:
            return self.application(wsgi_env, start_response)
        status, headers, body = baked
        start_response(status, headers)
        return [body]

    def baked_answer(self, wsgi_env):
        """Return (status, headers, body) of a baked page's answer, or None.

        The edge (masthead.core.rsgi) asks this on its event loop: it must stay
        quick (a `stat` or two and a small read) and never wait on anything else.
        """
        if wsgi_env.get("QUERY_STRING") or wsgi_env.get("REQUEST_METHOD") not in (
            "GET",
            "HEAD",
        ):
            return None
        key = self.memory_key(wsgi_env)
        kept = self.memory.get(key)
        if kept is not None and self.fresh(kept.mtime):
            return self.answer(wsgi_env, kept)
        found = self.find(wsgi_env)
        if found is None:
            return None
        return self.respond(wsgi_env, key, *found)

    def request_headers(self):
        """Return the request headers `baked_answer` reads, lower case."""
        names = ["host", "accept-encoding", "if-none-match", "if-modified-since"]
        if self.proxy_header:
            names.append(self.proxy_header[0].removeprefix("HTTP_").replace("_", "-"))
        return [name.lower() for name in names]

    def memory_key(self, wsgi_env):
        """Return what a kept answer depends on.

        A kept answer passed the host and HTTPS checks when it was made: the host,
        scheme and proxy header are part of the key, so a hit passes them too.
        """
        return (
            wsgi_env.get("PATH_INFO", ""),
            wsgi_env.get("HTTP_HOST") or wsgi_env.get("SERVER_NAME", ""),
            wsgi_env.get("HTTP_ACCEPT_ENCODING", ""),
            wsgi_env.get("wsgi.url_scheme"),
            wsgi_env.get(self.proxy_header[0]) if self.proxy_header else None,
        )

    def find(self, wsgi_env):
        """Return (url_path, file, stat) of the baked page to answer a GET or HEAD
        without a query string with, or None."""
        if not self.host_allowed(wsgi_env):
            return None
        if self.ssl_redirect and not self.is_secure(wsgi_env):
            return None
        try:
            url_path = wsgi_env.get("PATH_INFO", "").encode("latin-1").decode("utf-8")
        except UnicodeError:
            return None
        relative = relative_path(url_path)
        if relative is None:
            return None
        for name in self.candidates(relative):
            path = os.path.join(self.root, name)
            try:
                info = os.stat(path)
            except (OSError, ValueError):
                continue
            if stat.S_ISREG(info.st_mode) and self.fresh(info.st_mtime):
                return url_path, path, info
        return None

    def fresh(self, mtime):
        """Return whether the page's signed comment form is young enough to send.

        A page kept longer than half the form's lifetime goes to Django once more,
        which renders a new form and keeps the page again.
        """
        return not self.max_age or time.time() - mtime < self.max_age

    def candidates(self, relative):
        if relative == "" or relative.endswith("/"):
            return [relative + name for name in INDEX_NAMES.values()]
        return [relative] if suffix_type(relative) else []

    def host_allowed(self, wsgi_env):
        host = wsgi_env.get("HTTP_HOST") or wsgi_env.get("SERVER_NAME", "")
        domain, _port = split_domain_port(host)
        return bool(domain) and validate_host(domain, self.allowed_hosts)

    def is_secure(self, wsgi_env):
        proxy = self.proxy_header
        # The proxy's word only from a proxy, as Django hears it (core.middleware).
        from_proxy = wsgi_env.get("REMOTE_ADDR", "") in self.trusted_proxies
        if proxy and from_proxy and wsgi_env.get(proxy[0]) == proxy[1]:
            return True
        return wsgi_env.get("wsgi.url_scheme") == "https"

    def respond(self, wsgi_env, key, url_path, path, info):
        accepted = accepted_encodings(wsgi_env.get("HTTP_ACCEPT_ENCODING", ""))
        encoding = ""
        for suffix, name in self.encodings:
            if name in accepted:
                try:
                    info, path, encoding = os.stat(path + suffix), path + suffix, name
                    break
                except OSError:
                    continue
        etag = f'"{info.st_mtime_ns:x}-{info.st_size:x}"'
        headers = self.page_headers(url_path, path, info, etag, encoding, wsgi_env)
        try:
            with open(path, "rb") as handle:
                body = handle.read()
        except OSError:  # purged between the stat and the read
            return None
        kept = self.memory.keep(key, path, info, etag, headers, body)
        return self.answer(wsgi_env, kept)

    def answer(self, wsgi_env, kept):
        """Return a page's answer: 304 to a matching validator, else the page."""
        if self.not_modified(wsgi_env, kept.etag, kept.mtime):
            return "304 Not Modified", list(kept.headers), b""
        headers = [*kept.headers, ("Content-Length", str(len(kept.body)))]
        body = b"" if wsgi_env["REQUEST_METHOD"] == "HEAD" else kept.body
        return "200 OK", headers, body

    def page_headers(self, url_path, path, info, etag, encoding, wsgi_env):
        name = path.removesuffix(".br").removesuffix(".gz")
        headers = [
            ("Content-Type", suffix_type(name) or "application/octet-stream"),
            ("ETag", etag),
            ("Last-Modified", last_modified(int(info.st_mtime))),
            ("Cache-Control", self.cache_control),
            ("Vary", "Accept-Encoding"),
            ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            *self.headers,
        ]
        if encoding:
            headers.append(("Content-Encoding", encoding))
        language = content_language(url_path)
        if language:
            headers.append(("Content-Language", language))
        if self.hsts and self.is_secure(wsgi_env):
            headers.append(("Strict-Transport-Security", self.hsts))
        return with_app_headers(headers, url_path)

    not_modified = staticmethod(not_modified)
