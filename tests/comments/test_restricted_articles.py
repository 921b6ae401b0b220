"""An article behind a password or a login is shown to no one through the comment
views: a reader who has not passed its restriction gets neither the article (an
answer to a refused comment renders it) nor its comments (the report page)."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from masthead.moderation import actions

from .test_views import form_data

pytestmark = pytest.mark.django_db

STANDFIRST = "Crews worked through the night to finish the tunnel."


@pytest.fixture
def article(en_section, make_article):
    return make_article(en_section, title="Rail link opens", standfirst=STANDFIRST)


def restrict(article):
    return PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="tunnel"
    )


def test_refused_comment_on_a_restricted_article_does_not_show_the_article(
    client, article
):
    action, data = form_data(client, article.url, name="")
    restrict(article)
    response = client.post(action, data)
    assert response.status_code == 403
    assert STANDFIRST not in response.text and "Rail link opens" not in response.text


def test_comment_on_a_restricted_article_is_not_stored(client, article):
    action, data = form_data(client, article.url)
    restrict(article)
    client.post(action, data)
    assert not article.reader_comments.exists()


def test_reader_who_gave_the_password_can_comment(client, article):
    action, data = form_data(client, article.url)
    restriction = restrict(article)
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, article.pk]
    )
    client.post(url, {"password": "tunnel", "return_url": article.url})
    assert client.post(action, data).status_code == 303
    assert article.reader_comments.exists()


def test_report_page_of_a_comment_on_a_restricted_article_is_refused(
    client, article, post_comment, admin_user
):
    comment = post_comment(article, body="The tunnel floods every spring.")
    actions.approve(comment, user=admin_user, revision=comment.revision)
    restrict(article)
    response = client.get(reverse("comments:report", args=[comment.pk]))
    assert response.status_code == 403
    assert "floods every spring" not in response.text
