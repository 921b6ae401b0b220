"""Fetch an import's picture over http(s) only from hosts and addresses allowed.

A ninjs file comes from outside; its rendition `href` must not make the server
read its own admin, a cloud metadata service or anything else on the private
network. So a download needs its host in MASTHEAD_IMPORT_IMAGE_HOSTS, and the
address the socket actually connects to (checked at the connection, so a name
that resolves differently a second time, DNS rebinding, gets nothing) must be a
public one, or inside MASTHEAD_IMPORT_IMAGE_NETWORKS. Each redirect is checked
the same way, environment proxies are ignored, and the body is read up to the
size cap and no further.
"""

import ipaddress
import socket
import time
from http.client import HTTPConnection, HTTPSConnection
from urllib.parse import urlsplit
from urllib.request import (
    HTTPHandler,
    HTTPRedirectHandler,
    HTTPSHandler,
    ProxyHandler,
    Request,
    build_opener,
)

from django.conf import settings
from django.utils.translation import gettext as _

USER_AGENT = "Masthead ninjs importer"
CHUNK_SIZE = 64 * 1024


class RefusedDownload(OSError):
    """A URL or address the importer may not fetch from; the message says why."""


class TooLarge(Exception):
    pass


def download(url, timeout, limit, deadline):
    """Return the body at `url` (at most `limit` bytes, within `deadline` seconds),
    or raise OSError or TooLarge."""
    check_host(url)
    request = Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310
    with _opener().open(request, timeout=timeout) as response:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise TooLarge
        return _read_body(response, limit, time.monotonic() + deadline)


def _read_body(response, limit, give_up_at):
    # `timeout` bounds each read only: a server sending a byte at a time would
    # otherwise hold the import for as long as it likes.
    data = bytearray()
    while chunk := response.read1(CHUNK_SIZE):
        data += chunk
        if len(data) > limit:
            raise TooLarge
        if time.monotonic() > give_up_at:
            raise RefusedDownload(_("the server sends the picture too slowly"))
    return bytes(data)


def check_host(url):
    """Refuse a URL that is not http(s) or whose host the operator did not allow."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise RefusedDownload(_("only http(s) URLs are fetched"))
    if not host_allowed(parts.hostname, settings.MASTHEAD_IMPORT_IMAGE_HOSTS):
        message = _("the host %(host)s is not in MASTHEAD_IMPORT_IMAGE_HOSTS")
        raise RefusedDownload(message % {"host": parts.hostname})


def host_allowed(host, allowed):
    """Return whether `host` is named in `allowed` ("*", "name", or ".domain")."""
    host = host.lower().rstrip(".")
    for entry in (entry.lower().rstrip(".") for entry in allowed):
        if entry == "*" or host == entry:
            return True
        if entry.startswith(".") and host.endswith(entry):
            return True
    return False


def check_address(address):
    """Refuse a non-public address unless it is in MASTHEAD_IMPORT_IMAGE_NETWORKS."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_global and not ip.is_multicast:
        return
    for network in settings.MASTHEAD_IMPORT_IMAGE_NETWORKS:
        if ip in ipaddress.ip_network(network, strict=False):
            return
    message = _(
        "the address %(address)s is not public; "
        "allow its network in MASTHEAD_IMPORT_IMAGE_NETWORKS"
    )
    raise RefusedDownload(message % {"address": ip})


def guarded_connection(address, timeout=None, source_address=None, **options):
    """Connect as socket.create_connection does, to checked addresses only."""
    host, port = address
    refusal = None
    for family, kind, proto, _name, sockaddr in socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM
    ):
        try:
            check_address(sockaddr[0])
        except RefusedDownload as error:
            refusal = error
            continue
        sock = socket.socket(family, kind, proto)
        try:
            if timeout is not None:
                sock.settimeout(timeout)
            sock.connect(sockaddr)
        except OSError as error:
            sock.close()
            refusal = error
            continue
        return sock
    raise refusal or OSError(_("the host has no address"))


class GuardedHTTPConnection(HTTPConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = guarded_connection


class GuardedHTTPSConnection(HTTPSConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = guarded_connection


class GuardedHTTPHandler(HTTPHandler):
    def http_open(self, request):
        return self.do_open(GuardedHTTPConnection, request)


class GuardedHTTPSHandler(HTTPSHandler):
    def https_open(self, request):
        return self.do_open(GuardedHTTPSConnection, request, context=self._context)


class CheckedRedirectHandler(HTTPRedirectHandler):
    max_redirections = 5

    def redirect_request(self, request, fp, code, msg, headers, new_url):
        check_host(new_url)
        return super().redirect_request(request, fp, code, msg, headers, new_url)


def _opener():
    # ProxyHandler({}): a proxy from the environment would make the checked
    # address the proxy's, not the picture host's.
    return build_opener(
        ProxyHandler({}),
        GuardedHTTPHandler(),
        GuardedHTTPSHandler(),
        CheckedRedirectHandler(),
    )
