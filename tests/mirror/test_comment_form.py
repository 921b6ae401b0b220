"""The comment form on a baked page: no per-reader state, CSRF by origin."""

import pytest
from django.test import Client

from masthead.comments.forms import sign_target
from masthead.comments.models import Comment


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def send(client, article, **headers):
    data = {"name": "Reader", "body": "Hello", "security": sign_target(article)}
    return client.post(f"/comments/post/{article.pk}/", data, **headers)


def test_article_page_sets_no_cookie_and_carries_no_csrf_token(csrf_client, article):
    response = csrf_client.get(article.url)
    assert not response.cookies
    assert b"csrfmiddlewaretoken" not in response.content


def test_baked_page_holds_the_signed_form(article, mirror):
    page = (mirror / article.url.strip("/") / "index.html").read_text()
    assert 'name="security"' in page and "csrfmiddlewaretoken" not in page


def test_post_from_another_site_is_refused(csrf_client, article):
    response = send(csrf_client, article, HTTP_ORIGIN="https://attacker.example")
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_post_a_browser_marks_cross_site_is_refused(csrf_client, article):
    response = send(
        csrf_client,
        article,
        HTTP_SEC_FETCH_SITE="cross-site",
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 403


def test_post_from_an_opaque_origin_is_refused(csrf_client, article):
    assert send(csrf_client, article, HTTP_ORIGIN="null").status_code == 403


def test_post_with_a_foreign_referer_is_refused(csrf_client, article):
    referer = "https://attacker.example/en/world/"
    assert send(csrf_client, article, HTTP_REFERER=referer).status_code == 403


def test_post_naming_no_origin_is_refused(csrf_client, article):
    assert send(csrf_client, article).status_code == 403


def test_post_from_our_page_by_referer_is_accepted(csrf_client, article):
    referer = f"http://testserver{article.url}"
    assert send(csrf_client, article, HTTP_REFERER=referer).status_code == 303


def test_post_a_browser_marks_same_origin_is_accepted(csrf_client, article):
    response = send(csrf_client, article, HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 303
    assert Comment.objects.count() == 1


def test_post_from_a_trusted_origin_behind_a_proxy_is_accepted(
    csrf_client, article, settings
):
    settings.CSRF_TRUSTED_ORIGINS = ["https://*.example.org"]
    response = send(csrf_client, article, HTTP_ORIGIN="https://news.example.org")
    assert response.status_code == 303
