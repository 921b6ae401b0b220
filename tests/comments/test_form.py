"""The comment form: limits, the honeypot and the signed target and time."""

import time
from unittest import mock

import pytest

from masthead.comments.forms import CommentForm, sign_target
from masthead.comments.models import Comment, CommentStatus

pytestmark = pytest.mark.django_db


def bound(article, parent=None, security=None, **fields):
    data = {"name": "Reader", "body": "A fair report.", **fields}
    data["security"] = sign_target(article, parent) if security is None else security
    return CommentForm(article, data, parent=parent)


@pytest.fixture
def approved(article, post_comment):
    comment = post_comment(article)
    Comment.objects.filter(pk=comment.pk).update(status=CommentStatus.APPROVED)
    comment.refresh_from_db()
    return comment


def test_valid_form_gives_what_submission_prepare_takes(article):
    form = bound(article, email="r@example.org", notify="on")
    assert form.is_valid(), form.errors
    assert form.submission_fields() == {
        "display_name": "Reader",
        "body": "A fair report.",
        "email": "r@example.org",
        "notify": True,
        "parent": None,
    }


def test_name_is_required(article):
    assert "name" in bound(article, name="").errors


def test_name_longer_than_fifty_characters_is_refused(article):
    assert "name" in bound(article, name="x" * 51).errors


def test_comment_longer_than_the_setting_is_refused(article, settings):
    settings.MASTHEAD_COMMENT_MAX_LENGTH = 10
    assert "body" in bound(article, body="x" * 11).errors


def test_line_break_counts_as_one_character_as_in_the_browser(article, settings):
    settings.MASTHEAD_COMMENT_MAX_LENGTH = 10
    form = bound(article, body="abcd\r\nefgh\r\n")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["body"] == "abcd\nefgh"


def test_textarea_never_cuts_a_paste_short(article, settings):
    """No maxlength: a browser would drop the overflow without a word."""
    settings.MASTHEAD_COMMENT_MAX_LENGTH = 1500
    html = str(CommentForm(article)["body"])
    assert html.startswith("<textarea") and "maxlength" not in html


def test_overflow_is_refused_saying_by_how_much_and_the_limit(article, settings):
    settings.MASTHEAD_COMMENT_MAX_LENGTH = 10
    form = bound(article, body="x" * 13)
    assert form.errors["body"] == [
        "Your comment is 3 characters too long: the limit is 10. "
        "Shorten it and send it again."
    ]


def test_comment_of_only_control_characters_is_empty(article):
    assert "body" in bound(article, body="\u202e\u0007").errors


def test_email_must_be_an_address(article):
    assert "email" in bound(article, email="nowhere").errors


def test_notification_without_an_email_is_an_error(article):
    assert "email" in bound(article, notify="on").errors


def test_filled_honeypot_is_refused(article):
    form = bound(article, honeypot="http://spam.example")
    assert not form.is_valid()
    assert form.has_error("__all__", "honeypot")


def test_honeypot_is_shown_empty_again(article):
    form = bound(article, honeypot="filled by autofill")
    assert "filled by autofill" not in str(form["honeypot"])


def test_honeypot_is_out_of_the_tab_order_and_autofill(article):
    html = str(CommentForm(article)["honeypot"])
    assert 'tabindex="-1"' in html and 'autocomplete="off"' in html


def test_tampered_signature_is_refused(article):
    token = sign_target(article)
    form = bound(article, security=token[:-2] + "xx")
    assert form.has_error("__all__", "tampered")


def test_missing_signature_is_refused(article):
    assert bound(article, security="").has_error("__all__", "tampered")


def test_signature_for_another_article_is_refused(article, en_section, make_article):
    other = make_article(en_section, title="Another story")
    form = bound(article, security=sign_target(other))
    assert form.has_error("__all__", "tampered")


def test_signature_for_another_parent_is_refused(article, approved):
    form = bound(article, parent=approved, security=sign_target(article))
    assert form.has_error("__all__", "tampered")


def test_expired_signature_is_refused_asking_to_send_again(article, settings):
    settings.MASTHEAD_COMMENT_FORM_MAX_AGE = 3600
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 3601):
        token = sign_target(article)
    form = bound(article, security=token)
    assert form.has_error("__all__", "expired")
    assert "send it again" in form.non_field_errors()[0]


def test_signature_within_the_age_limit_is_accepted(article, settings):
    settings.MASTHEAD_COMMENT_FORM_MAX_AGE = 3600
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 3500):
        token = sign_target(article)
    assert bound(article, security=token).is_valid()


def test_reply_form_carries_the_parent(article, approved):
    form = bound(article, parent=approved)
    assert form.is_valid(), form.errors
    assert form.submission_fields()["parent"] == approved


INVISIBLE = {
    "zero-width-spaces": "\u200b\u200b\u200b",
    "joiners-and-bom": "\u200c\u200d\u2060\ufeff",
    "soft-hyphens": "\u00ad\u00ad",
    "hangul-fillers": "\u3164\u115f\u1160\uffa0",
    "braille-blank": "\u2800\u2800",
    "tag-characters": "\U000e0041\U000e007f",
    "mixed-with-line-breaks": "\u200b \n\u2060\t\ufeff",
}


@pytest.mark.parametrize("text", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_comment_of_only_invisible_characters_is_refused_as_empty(article, text):
    form = bound(article, body=text)
    assert form.errors["body"] == [form.fields["body"].error_messages["required"]]


@pytest.mark.parametrize("text", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_name_of_only_invisible_characters_is_refused_as_empty(article, text):
    assert "name" in bound(article, name=text).errors


def test_invisible_characters_inside_visible_text_are_kept(article):
    form = bound(article, body="zero\u200bwidth and \u3164 filler")
    assert form.is_valid(), form.errors
