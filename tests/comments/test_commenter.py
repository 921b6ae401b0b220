"""The commenter key: a confirmed mailbox, or a cookie set only by posting."""

import pytest
from django.test import Client

from masthead.comments import confirmation
from masthead.comments.commenter import COOKIE_NAME
from masthead.comments.models import Comment

from .test_views import form_data, post

pytestmark = pytest.mark.django_db


def confirm(email):
    confirmation.confirm(confirmation.request_token(email, "en"))


def keys():
    return list(Comment.objects.order_by("pk").values_list("commenter_key", flat=True))


def test_posting_sets_an_httponly_same_site_lax_commenter_cookie(client, article):
    response = post(client, article)
    assert response.status_code == 303
    cookie = response.cookies[COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert cookie["max-age"] == 365 * 24 * 3600


def test_posts_from_one_browser_share_a_commenter_key(client, article):
    post(client, article, body="First")
    post(client, article, body="Second")
    first, second = keys()
    assert first and first == second


def test_two_browsers_behind_one_address_are_two_commenters(article):
    post(Client(REMOTE_ADDR="192.0.2.7"), article, body="One")
    post(Client(REMOTE_ADDR="192.0.2.7"), article, body="Two")
    first, second = keys()
    assert first and second and first != second


def test_a_confirmed_mailbox_is_one_commenter_across_browsers(article):
    confirm("kim@gmail.com")
    post(Client(), article, email="kim@gmail.com")
    post(Client(), article, email="K.im+news@gmail.com")
    first, second = keys()
    assert first == second != ""


def test_typing_someones_unconfirmed_address_joins_nothing(article):
    post(Client(), article, email="kim@example.org")
    post(Client(), article, email="kim@example.org")
    first, second = keys()
    assert first != second


def test_a_forged_commenter_cookie_is_not_believed(client, article):
    post(client, article, body="Mine")
    stranger = Client()
    stranger.cookies[COOKIE_NAME] = client.cookies[COOKIE_NAME].value + "x"
    post(stranger, article, body="Claims to be me")
    mine, theirs = keys()
    assert mine != theirs


def test_a_refused_post_sets_no_commenter_cookie(client, article):
    action, data = form_data(client, article.url, body="")
    response = client.post(action, data)
    assert response.status_code == 400
    assert COOKIE_NAME not in response.cookies


def test_the_cookie_value_is_not_what_is_stored(client, article):
    post(client, article)
    [key] = keys()
    assert client.cookies[COOKIE_NAME].value.split(":")[0] not in key
