"""Every URL of the project and every parameter its views read, sent numbers no
database column can hold, negative, non-numeric and in other scripts' digits, as a
moderator and as nobody: the answer is a 4xx or a page, never a 5xx.

The URLs come from a walk of the resolver, so a new view is fuzzed without being
listed here; the parameters each view reads are found by watching which query and
form keys it asks for on a plain visit. Run with -s to see the counts.
"""

import json
import os
from collections import Counter
from contextlib import contextmanager
from unittest import mock
from urllib.parse import quote, urlencode

import pytest
from django.http import QueryDict
from django.test import Client
from django.urls import get_resolver
from django.utils.datastructures import MultiValueDict
from django.utils.regex_helper import normalize
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from masthead.api.api import api as API
from masthead.comments import submission
from masthead.comments.confirmation import request_token
from masthead.moderation.models import DeskAssignment, ModeratorToken

from . import hostile_cases

pytestmark = pytest.mark.django_db

# Wagtail's own admin and document views (hundreds of URLs) are left out: they are
# Wagtail's code, behind its editor sign-in, and none of our views is among them.
THIRD_PARTY_PREFIXES = ("admin/", "documents/")
# One number of each hostile kind; FUZZ_EVERY_NUMBER=1 sends the whole list.
PAYLOADS = (
    hostile_cases.NUMERIC
    if os.environ.get("FUZZ_EVERY_NUMBER")
    else hostile_cases.NUMERIC_PER_KIND
)


def url_templates(resolver=None, prefix=""):
    """Yield every URL of the project as a "%(name)s" format string."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        template = prefix + normalize(pattern.pattern.regex.pattern)[0][0]
        if template.startswith(THIRD_PARTY_PREFIXES):
            continue
        if hasattr(pattern, "url_patterns"):
            yield from url_templates(pattern, template)
        else:
            yield template


def url_params(template):
    """Return the names of a template's "%(name)s" parameters."""
    return sorted({part.split(")s")[0] for part in template.split("%(")[1:]})


class Tally:
    """Payloads sent, requests made and server errors seen, printed for -s."""

    def __init__(self, title):
        self.title, self.counts, self.errors = title, Counter(), []
        self.payloads, self.sent = set(), Counter()

    def send(self, client, method, url, payload, **extra):
        self.payloads.add(payload)
        self.sent[method, url, extra.get("data")] += 1
        response = client.generic(method, url, **extra)
        self.counts["requests"] += 1
        if response.status_code >= 500:
            self.counts["5xx"] += 1
            self.errors.append(f"{method} {url} {extra.get('data', '')!r:.80}")
        return response

    def report(self):
        print(
            f"\n{self.title}: {len(self.payloads)} payloads, "
            f"{self.counts['requests']} requests, {self.counts['5xx']} 5xx"
        )
        for error in self.errors:
            print("  5xx:", error)
        return self.errors

    def repeated(self):
        """Return the requests sent more than once, by whichever client."""
        return [request for request, count in self.sent.items() if count > 1]


@contextmanager
def keys_read():
    """Record every key a view asks a query string or form body for."""
    read = set()
    originals = {
        name: getattr(MultiValueDict, name)
        for name in ("get", "getlist", "__getitem__", "__contains__")
    }

    def watching(name):
        def method(self, key, *args, **kwargs):
            if isinstance(self, QueryDict) and isinstance(key, str):
                read.add(key)
            return originals[name](self, key, *args, **kwargs)

        return method

    patches = [
        mock.patch.object(MultiValueDict, name, watching(name)) for name in originals
    ]
    for patch in patches:
        patch.start()
    try:
        yield read
    finally:
        for patch in reversed(patches):
            patch.stop()


@pytest.fixture
def site(article, pending_comment, moderator, bearer):
    """Real objects behind every URL parameter, so a view gets past its lookups."""
    path = article.get_url_parts()[2].strip("/").split("/", 1)[1] + "/"
    samples = {
        "article_id": article.pk,
        "comment_id": pending_comment.pk,
        "pk": pending_comment.pk,
        "page_id": article.pk,
        "page_view_restriction_id": 1,
        "queue": "pending",
        "code": "en",
        "section": "world",
        "path": "en/" + path,
        "_0": path,
        "token": request_token("reader@example.org", "en"),
    }
    anonymous = Client(raise_request_exception=False)
    signed_in = Client(raise_request_exception=False, headers=bearer(moderator))
    signed_in.force_login(moderator)
    return samples, {"anonymous": anonymous, "moderator": signed_in}


def fill(template, samples, **override):
    values = {name: quote(str(value)) for name, value in samples.items()}
    values.update({name: quote(value, safe="") for name, value in override.items()})
    return "/" + template % values


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("mina", password="pw")
    DeskAssignment.objects.create(user=user, edition="en")
    return user


@pytest.fixture
def bearer():
    return lambda user: {"Authorization": f"Bearer {ModeratorToken.issue(user)}"}


@pytest.fixture
def pending_comment(article):
    prepared = submission.prepare(
        article, display_name="Reader", body="A fair report.", address="203.0.113.9"
    )
    return submission.store(prepared)


def test_every_url_answers_hostile_numbers_in_its_path_without_a_server_error(site):
    samples, clients = site
    tally = Tally("Path fuzz")
    urls = {}  # some patterns fill to the same URL (the API's, one per method)
    for template in url_templates():
        for name in url_params(template):
            for payload in PAYLOADS:
                urls.setdefault(fill(template, samples, **{name: payload}), payload)
    for url, payload in urls.items():
        for client in clients.values():
            for method in ("GET", "POST"):
                tally.send(client, method, url, payload)
    assert tally.report() == []


def api_query_parameters(template):
    """Return the query parameters the OpenAPI schema gives for an API URL: ninja
    reads them in one go, so watching which keys it asks for finds none."""
    operations = API.get_openapi_schema()["paths"].get("/" + template % NAMED, {})
    return {
        parameter["name"]
        for operation in operations.values()
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "query"
    }


class Named(dict):
    def __missing__(self, key):
        return "{" + key + "}"


NAMED = Named()


def parameters_read(client, template, url):
    """Return the query keys a GET and the form keys a POST to `url` ask for."""
    with keys_read() as on_get:
        client.get(url)
    with keys_read() as on_post:
        client.post(url)
    on_get |= api_query_parameters(template)
    return sorted(on_get), sorted(on_post)


def form_body(key, payload):
    """A form with `payload` in `key`, and a bulk action so a selection is read."""
    fields = {"action": "approve", "selected": f"{payload}:1:pending"}
    return urlencode({**fields, key: payload})


def parameters_to_fuzz(clients, template, url):
    """Yield (method, key, client) once for each key a view reads: as the anonymous
    reader where one reads it, and as the moderator for the keys only the desk reads.
    The same number in the same key takes the same parsing code whoever sends it."""
    seen = set()
    for client in clients.values():
        on_get, on_post = parameters_read(client, template, url)
        for method, keys in (("GET", on_get), ("POST", on_post)):
            for key in keys:
                if (method, key) not in seen:
                    seen.add((method, key))
                    yield method, key, client


def send_in_parameter(tally, client, method, url, key, payload):
    if method == "GET":
        return tally.send(client, "GET", f"{url}?{urlencode({key: payload})}", payload)
    return tally.send(
        client,
        "POST",
        url,
        payload,
        data=form_body(key, payload),
        content_type="application/x-www-form-urlencoded",
    )


def test_every_parameter_a_view_reads_answers_hostile_numbers_without_a_server_error(
    site,
):
    samples, clients = site
    tally = Tally("Parameter fuzz")
    # Some patterns fill to the same URL (the API's, one per method): fuzz it once.
    urls = {}
    for template in url_templates():
        urls.setdefault(fill(template, samples), template)
    for url, template in urls.items():
        for method, key, client in parameters_to_fuzz(clients, template, url):
            for payload in PAYLOADS:
                send_in_parameter(tally, client, method, url, key, payload)
    assert tally.report() == []
    # One request per parameter and kind of number: a repeat only costs time.
    assert tally.repeated() == []


JSON_TALLY = Tally("JSON body fuzz (hypothesis)")
JSON_INTEGERS = st.one_of(
    st.integers(min_value=2**63 - 2, max_value=2**80),
    st.integers(max_value=0, min_value=-(2**80)),
    st.sampled_from([2**63 - 1, 2**63, 2**64, -(2**63) - 1]),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(parent=JSON_INTEGERS, revision=JSON_INTEGERS)
def test_api_bodies_with_out_of_range_integers_are_refused_without_a_server_error(
    site, parent, revision
):
    samples, clients = site
    posts = {
        f"/api/v1/articles/{samples['article_id']}/comments": {
            "name": "Reader",
            "body": "A fair report.",
            "parent": parent,
        },
        f"/api/v1/moderation/comments/{samples['comment_id']}/decisions": {
            "action": "approve",
            "revision": revision,
        },
    }
    for url, payload in posts.items():
        JSON_TALLY.send(
            clients["moderator"],
            "POST",
            url,
            str(payload),
            data=json.dumps(payload),
            content_type="application/json",
        )
    assert JSON_TALLY.errors == []


@pytest.fixture(scope="module", autouse=True)
def json_tally_report():
    yield
    JSON_TALLY.report()
