"""A refused comment lands at the form, with a summary that links each problem to
its field, and keeps every character the reader typed."""

import pytest

from .test_views import form_data, post, soup_of, textarea

pytestmark = pytest.mark.django_db


def test_form_posts_to_an_address_that_lands_on_the_form(client, article):
    action, _data = form_data(client, article.url)
    assert action.endswith("#comment-form")


def test_refusal_summary_links_each_problem_to_its_field(client, article):
    response = post(client, article, name="", email="not-an-address")
    summary = soup_of(response).select_one("#comment-form .error-summary")
    links = {link["href"] for link in summary.select("a")}
    assert links == {"#id_name", "#id_email"}
    assert soup_of(response).select_one("#id_email") is not None


def test_refusal_summary_names_a_refusal_of_the_whole_comment(client, article):
    response = post(client, article, security="forged")
    summary = soup_of(response).select_one("#comment-form .error-summary")
    assert "could not be checked" in summary.get_text()


def test_form_without_problems_has_no_summary(client, article):
    page = soup_of(client.get(article.url))
    assert page.select_one("#comment-form .error-summary") is None


def test_overflowing_comment_is_kept_whole_and_refused_saying_by_how_much(
    client, article, settings
):
    settings.MASTHEAD_COMMENT_MAX_LENGTH = 20
    typed = "A long thought, pasted in whole."  # 32 characters
    response = post(client, article, body=typed)
    assert response.status_code == 400
    assert textarea(response).strip() == typed
    error = soup_of(response).select_one("#comment-form .field-error .errorlist")
    assert "12 characters too long" in error.get_text()
    assert "20" in error.get_text()


def test_form_says_how_much_may_be_written_and_how_much_is_left(
    client, article, settings
):
    settings.MASTHEAD_COMMENT_MAX_LENGTH = 30
    fresh = soup_of(client.get(article.url)).select_one("#comment-length")
    assert "Up to 30 characters" in fresh.get_text()
    assert "Characters left: 30" in fresh.get_text()
    response = post(client, article, name="", body="Twelve chars")
    shown = soup_of(response).select_one("#comment-length")
    assert "Characters left: 18" in shown.get_text()


def test_form_says_how_far_over_the_limit_a_refused_comment_is(
    client, article, settings
):
    settings.MASTHEAD_COMMENT_MAX_LENGTH = 5
    response = post(client, article, body="Seven!!")
    shown = soup_of(response).select_one("#comment-length")
    assert "Characters over the limit: 2" in shown.get_text()


def test_textarea_is_described_by_the_length_note(client, article):
    body = soup_of(client.get(article.url)).select_one("#comment-form textarea")
    assert "comment-length" in body["aria-describedby"].split()
