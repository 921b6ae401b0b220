"""The lite stylesheet travels inline, allowed by its hash and nothing looser."""

import base64
import hashlib

import pytest

from masthead.core.security import (
    CONTENT_SECURITY_POLICY,
    policy_allowing_style,
    style_hash_source,
)
from masthead.lite.paths import lite_path

pytestmark = pytest.mark.django_db


def style_src(response):
    for directive in response["Content-Security-Policy"].split(";"):
        name, *sources = directive.split()
        if name == "style-src":
            return sources
    raise AssertionError("no style-src")


def test_lite_policy_allows_the_inline_stylesheet_by_its_hash(client, article):
    response = client.get(lite_path(article.url))
    style = response.content.decode().split("<style>")[1].split("</style>")[0]
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert style_src(response) == ["'self'", f"'sha256-{digest}'"]


def test_lite_policy_never_allows_unsafe_inline(client, article):
    policy = client.get(lite_path(article.url))["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "script-src 'self'" in policy


def test_lite_page_has_one_style_element_and_no_style_attribute(client, article):
    html = client.get(lite_path(article.url)).content.decode()
    assert html.count("<style") == 1
    assert " style=" not in html


def test_full_pages_keep_the_policy_without_any_hash(client, article):
    assert client.get(article.url)["Content-Security-Policy"] == (
        CONTENT_SECURITY_POLICY
    )


def test_style_hash_is_added_to_style_src_only():
    policy = policy_allowing_style("p{}", "default-src 'self'; style-src 'self'")
    assert policy == (
        f"default-src 'self'; style-src 'self' {style_hash_source('p{}')}"
    )
