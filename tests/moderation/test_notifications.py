import io
import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from masthead.comments import confirmation, submission
from masthead.comments.models import Comment
from masthead.moderation import actions
from masthead.moderation.models import DeskDigest
from masthead.news.setup import configure_site, ensure_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def ko_article(ko_home, make_article):
    return make_article(ensure_section(ko_home, "사회", "society"), title="철도 개통")


@pytest.fixture
def comment_on():
    """Post a comment from an address its owner has confirmed (unless told)."""

    def post(
        article,
        email="reader@example.org",
        notify=True,
        body="A fair report.",
        name="Reader",
        confirmed=True,
    ):
        if email and confirmed:
            confirm_address(email)
        prepared = submission.prepare(
            article,
            display_name=name,
            body=body,
            email=email,
            notify=notify,
            address="203.0.113.9",
        )
        return submission.store(prepared)

    return post


def confirm_address(email):
    token = confirmation.request_token(email, "en")
    confirmation.confirm(token)


@pytest.fixture
def decide(django_capture_on_commit_callbacks):
    """Run a decision and what waits for its commit (the notification)."""

    def run(action, comment, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(comment, revision=comment.revision, **kwargs)

    return run


def test_approval_is_mailed_when_the_commenter_asked(
    article, comment_on, moderator, decide
):
    comment = comment_on(article)
    decide(actions.approve, comment, user=moderator)
    [message] = mail.outbox
    assert message.to == ["reader@example.org"]
    assert "Rail link opens" in message.subject
    assert f"http://localhost{article.url}#comment-{comment.pk}" in message.body


def test_rejection_mail_gives_the_reason_and_quotes_none_of_the_comment(
    article, comment_on, moderator, decide
):
    """A rejected text may be abuse aimed at whoever owns the address typed."""
    comment = comment_on(article, body="Buy cheap watches")
    decide(actions.reject, comment, user=moderator, reason="spam")
    body = mail.outbox[0].body
    assert "was not published" in mail.outbox[0].subject
    assert "Spam or advertising (§3.3)" in body
    assert "watches" not in body
    assert "Terms of Use: http://localhost/terms/" in body


def test_no_decision_is_mailed_to_an_unconfirmed_address(
    article, comment_on, moderator, decide
):
    comment = comment_on(article, email="someone.else@example.org", confirmed=False)
    decide(actions.approve, comment, user=moderator)
    assert mail.outbox == []


def test_a_confirmed_alias_of_the_mailbox_is_mailed(
    article, comment_on, moderator, decide
):
    confirm_address("reader@gmail.com")
    comment = comment_on(article, email="Re.ader+news@gmail.com", confirmed=False)
    decide(actions.approve, comment, user=moderator)
    assert mail.outbox[0].to == ["Re.ader+news@gmail.com"]


def test_a_headline_with_a_line_break_does_not_break_the_mail(
    en_section, make_article, comment_on, moderator, decide
):
    article = make_article(en_section, title="Rail link\r\nBcc: victim@example.org")
    decide(actions.approve, comment_on(article), user=moderator)
    [message] = mail.outbox
    assert message.recipients() == ["reader@example.org"]
    assert "Rail link Bcc: victim@example.org" in message.subject
    assert message.message()["Bcc"] is None


def test_a_name_with_a_line_break_stays_on_the_greeting_line(
    article, comment_on, moderator, decide
):
    comment = comment_on(article, name="Reader\nA moderator asks you to reply")
    decide(actions.approve, comment, user=moderator)
    first_line = mail.outbox[0].body.splitlines()[0]
    assert first_line == "Hello Reader A moderator asks you to reply,"


def test_mail_has_a_text_and_an_html_body_from_templates(
    article, comment_on, moderator, decide
):
    comment = comment_on(article, name="Ann <b>")
    decide(actions.approve, comment, user=moderator)
    [message] = mail.outbox
    assert message.content_subtype == "plain"
    assert message.body.startswith("Hello Ann <b>,")
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert '<html lang="en" dir="ltr">' in html
    assert "Hello Ann &lt;b&gt;," in html
    assert f'href="http://localhost{article.url}#comment-{comment.pk}"' in html


def test_no_mail_when_the_commenter_did_not_ask(article, comment_on, moderator, decide):
    decide(actions.approve, comment_on(article, notify=False), user=moderator)
    assert mail.outbox == []


def test_no_mail_without_an_email(article, comment_on, moderator, decide):
    comment = comment_on(article, email="", notify=True)
    Comment.objects.filter(pk=comment.pk).update(notify_on_decision=True)
    comment.refresh_from_db()
    decide(actions.approve, comment, user=moderator)
    assert mail.outbox == []


def test_an_edit_is_not_mailed(article, comment_on, moderator, decide):
    comment = comment_on(article)
    decide(actions.edit, comment, user=moderator, body="Fair.", reason="abuse")
    assert mail.outbox == []


def test_mail_is_in_the_comments_language(ko_article, comment_on, admin_user, decide):
    comment = comment_on(ko_article)
    decide(actions.reject, comment, user=admin_user, reason="spam")
    body = mail.outbox[0].body
    assert "이용약관" in body  # "Terms of Use" from the Korean catalogue
    assert "년" in body  # the date written the Korean way


def test_failure_to_send_is_logged_and_the_decision_stands(
    article, comment_on, moderator, decide, settings, caplog
):
    settings.EMAIL_BACKEND = "tests.comments.test_mailing.BrokenMailServer"
    comment = comment_on(article)
    with caplog.at_level(logging.ERROR, logger="django_tasks"):
        decided = decide(actions.approve, comment, user=moderator)
    assert decided.status == "approved"
    # The job failed (the worker would try it again later) and says so.
    assert "masthead.comments.mailing.deliver_mail state=FAILED" in caplog.text


def test_mail_in_a_right_to_left_language_is_marked_so(
    ug_home, make_article, comment_on, admin_user, decide, digest
):
    article = make_article(ensure_section(ug_home, "جەمئىيەت", "society"))
    decide(actions.approve, comment_on(article), user=admin_user)
    [(html, _mimetype)] = mail.outbox[0].alternatives
    assert '<html lang="ug" dir="rtl">' in html


# The digest


@pytest.fixture
def waiting(comment_on):
    """Store a pending comment that has waited `minutes`."""

    def post(article, minutes):
        comment = comment_on(article, notify=False)
        created = timezone.now() - timedelta(minutes=minutes)
        Comment.objects.filter(pk=comment.pk).update(created_at=created)
        return comment

    return post


@pytest.fixture
def desks(make_moderator):
    mina = make_moderator("mina", edition="en")
    mina.email = "mina@example.org"
    mina.save()
    jun = make_moderator("jun", edition="ko")
    jun.email = "jun@example.org"
    jun.save()
    make_moderator("no-email", edition="en")
    return mina, jun


@pytest.fixture
def digest(django_capture_on_commit_callbacks):
    """Run the command; the mail it queues leaves once its records commit."""

    def run(**options):
        out = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("moderation_digest", stdout=out, **options)
        return out.getvalue()

    return run


def test_digest_mails_the_moderators_of_a_desk_over_the_threshold(
    article, ko_article, waiting, desks, digest
):
    waiting(article, minutes=90)
    waiting(article, minutes=5)
    waiting(ko_article, minutes=10)
    digest()
    [message] = mail.outbox
    assert message.to == ["mina@example.org"]
    assert message.subject == "2 comments are waiting at the English desk"
    assert "The oldest has waited 1\xa0hour, 30\xa0minutes." in message.body


def test_digest_links_to_the_desks_pending_queue(article, waiting, desks, digest):
    waiting(article, minutes=90)
    digest()
    link = "http://localhost/moderation/?status=pending&edition=en"
    assert link in mail.outbox[0].body


def test_no_digest_when_every_desk_is_under_the_threshold(
    article, waiting, desks, digest
):
    waiting(article, minutes=30)
    assert digest() == ""
    assert mail.outbox == []


def test_digest_threshold_from_the_option(article, waiting, desks, digest):
    waiting(article, minutes=30)
    digest(older_than_minutes=20)
    assert len(mail.outbox) == 1


def test_digest_threshold_from_the_setting(article, waiting, desks, settings, digest):
    settings.MASTHEAD_DIGEST_AFTER_MINUTES = 20
    waiting(article, minutes=30)
    digest()
    assert len(mail.outbox) == 1


def test_digest_ignores_decided_comments(article, waiting, desks, admin_user, digest):
    old = waiting(article, minutes=300)
    actions.approve(old, user=admin_user, revision=1)
    digest()
    assert mail.outbox == []


def test_digest_is_in_the_desks_language(ko_article, waiting, desks, digest):
    waiting(ko_article, minutes=120)
    digest()
    [message] = mail.outbox
    assert message.to == ["jun@example.org"]
    assert "한국어" in message.subject
    assert "시간" in message.body  # "2 hours" from Django's Korean catalogue


def test_digest_reports_what_it_sent(article, waiting, desks, digest):
    waiting(article, minutes=90)
    output = digest()
    assert "en: 1 pending" in output and "mailed 1 moderator(s)" in output


# Links start at the site's configured root URL


@pytest.fixture
def site_on_port_8123(en_home):
    """The site is served on another address than SITE_URL's default, as
    `masthead demo --addr` sets it."""
    configure_site("news.example.org", 8123)
    return "http://news.example.org:8123"


def test_decision_mail_links_start_at_the_sites_root_url(
    article, comment_on, moderator, decide, site_on_port_8123
):
    comment = comment_on(article)
    decide(actions.approve, comment, user=moderator)
    body = mail.outbox[0].body
    assert f"{site_on_port_8123}{article.url}#comment-{comment.pk}" in body
    assert "127.0.0.1:8000" not in body


def test_digest_links_start_at_the_sites_root_url(
    article, waiting, desks, site_on_port_8123, digest
):
    waiting(article, minutes=90)
    digest()
    body = mail.outbox[0].body
    assert f"{site_on_port_8123}/moderation/?status=pending&edition=en" in body
    assert "127.0.0.1:8000" not in body


# The digest remembers what it sent


def test_digest_records_what_it_sent(article, waiting, desks, digest):
    first = waiting(article, minutes=90)
    waiting(article, minutes=70)
    digest()
    [sent] = DeskDigest.objects.all()
    assert (sent.edition, sent.pending, sent.recipients) == ("en", 2, 1)
    assert sent.oldest_at == Comment.objects.get(pk=first.pk).created_at
    assert sent.cleared_at is None


def test_digest_is_not_repeated_while_the_backlog_has_not_grown(
    article, waiting, desks, digest
):
    waiting(article, minutes=90)
    digest()
    output = digest()
    assert len(mail.outbox) == 1
    assert "en: 1 pending" in output and "not grown since the last digest" in output


def test_digest_is_repeated_when_the_backlog_grows(article, waiting, desks, digest):
    waiting(article, minutes=90)
    digest()
    waiting(article, minutes=80)
    digest()
    assert [m.subject for m in mail.outbox] == [
        "1 comment is waiting at the English desk",
        "2 comments are waiting at the English desk",
    ]


def test_digest_is_news_again_after_the_desk_caught_up(
    article, waiting, desks, digest, admin_user
):
    old = waiting(article, minutes=90)
    digest()
    actions.approve(old, user=admin_user, revision=1)
    digest()
    waiting(article, minutes=75)
    digest()
    assert len(mail.outbox) == 2
    assert DeskDigest.objects.filter(cleared_at__isnull=False).count() == 1


def test_digest_is_in_the_moderators_own_language(article, waiting, desks, digest):
    mina, _jun = desks
    profile = UserProfile.get_for_user(mina)
    profile.preferred_language = "ko"
    profile.save()
    waiting(article, minutes=90)
    digest()
    [message] = mail.outbox
    assert "영어" in message.subject  # the English desk, named in Korean
    assert '<html lang="ko"' in message.alternatives[0][0]


def test_a_digest_nobody_received_is_not_recorded(article, waiting, digest):
    waiting(article, minutes=90)
    assert "mailed 0 moderator(s)" in digest()
    assert not DeskDigest.objects.exists()


def test_rejection_mail_links_the_reason_to_its_terms_clause(
    client, article, en_terms, comment_on, moderator, decide
):
    comment = comment_on(article)
    decide(actions.reject, comment, user=moderator, reason="off-topic")
    message = mail.outbox[0]
    clause = f"http://localhost{en_terms.url}#clause-3-4"
    assert f"Terms of Use: {clause}" in message.body
    html = message.alternatives[0][0]
    assert f'<a href="{clause}">Off topic (§3.4)</a>' in html
    assert client.get(en_terms.url).status_code == 200
