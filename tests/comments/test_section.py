"""The comment section under every article: notice, approved thread, form."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.comments.models import Comment
from masthead.core.models import PublisherSettings
from masthead.moderation import actions
from masthead.moderation.models import RejectionReason
from masthead.news.models import CommentPolicy

pytestmark = pytest.mark.django_db

NOTICE = (
    "Add your comment by filling out the form below in plain text. Comments are "
    "approved by a moderator and can be edited in accordance with Masthead's Terms of "
    "Use. Comments will not appear in real time. Masthead is not responsible for the "
    "content of the postings. Please be respectful of others' point of view and "
    "stick to the facts."
)


@pytest.fixture
def approved_comment(article, post_comment, admin_user):
    def make(body="A fair report.", name="Reader", parent=None):
        comment = post_comment(article, body=body, name=name, parent=parent)
        return actions.approve(comment, user=admin_user, revision=comment.revision)

    return make


@pytest.fixture
def reason(db):
    """A Terms of Use reason from the default list the migrations install."""
    return RejectionReason.objects.filter(active=True).first().code


def section(client, article, query=""):
    response = client.get(article.url + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("#comments")


def bodies(element):
    return [body.get_text() for body in element.select(".comment-body")]


def test_section_carries_the_article_id(client, article):
    assert section(client, article)["data-article-id"] == str(article.pk)


def test_notice_names_the_site_and_links_the_terms_of_use(client, article):
    notice = section(client, article).select_one(".comments-notice")
    assert " ".join(notice.get_text().split()) == NOTICE
    link = notice.select_one("a")
    assert (link.get_text(), link["href"]) == ("Terms of Use", "/terms/")


def test_notice_uses_the_publisher_settings(client, article):
    publisher = PublisherSettings.for_site(article.get_site())
    publisher.publisher_name, publisher.terms_of_use_url = "Radio Harbour", "/tou/"
    publisher.save()
    notice = section(client, article).select_one(".comments-notice")
    assert "in accordance with Radio Harbour's Terms of Use" in notice.get_text()
    assert notice.select_one("a")["href"] == "/tou/"


def test_count_says_no_comments_when_there_are_none(client, article):
    assert section(client, article).select_one(".comment-count").get_text() == (
        "0 comments"
    )


def test_count_is_singular_for_one_comment(client, article, approved_comment):
    approved_comment()
    assert section(client, article).select_one(".comment-count").get_text() == (
        "1 comment"
    )


def test_count_includes_replies(client, article, approved_comment):
    parent = approved_comment()
    approved_comment(parent=parent)
    approved_comment()
    assert section(client, article).select_one(".comment-count").get_text() == (
        "3 comments"
    )


def test_approved_comments_are_shown_oldest_first(client, article, approved_comment):
    for body in ("First", "Second", "Third"):
        approved_comment(body=body)
    assert bodies(section(client, article)) == ["First", "Second", "Third"]


def test_pending_and_rejected_comments_are_not_shown(
    client, article, post_comment, admin_user, reason
):
    post_comment(article, body="Waiting")
    rejected = post_comment(article, body="Refused")
    actions.reject(rejected, user=admin_user, revision=1, reason=reason)
    assert bodies(section(client, article)) == []


def test_replies_are_nested_under_their_parent(client, article, approved_comment):
    parent = approved_comment(body="Parent")
    approved_comment(body="Other")
    approved_comment(body="Reply", parent=parent)
    thread = section(client, article).select_one(".comment-list")
    top_level = thread.find_all("li", recursive=False)
    assert [bodies(item)[0] for item in top_level] == ["Parent", "Other"]
    assert bodies(top_level[0].select_one(".comment-replies")) == ["Reply"]


def test_reply_disappears_with_its_taken_down_parent(
    client, article, approved_comment, admin_user, reason
):
    parent = approved_comment(body="Parent")
    approved_comment(body="Reply", parent=parent)
    actions.reject(
        parent,
        user=admin_user,
        revision=parent.revision,
        reason=reason,
        seen_status="approved",
    )
    shown = section(client, article)
    assert bodies(shown) == [] and "0 comments" in shown.get_text()


def test_plain_text_is_shown_as_typed_never_as_markup(
    client, article, approved_comment
):
    typed = "<script>alert(1)</script> **bold**\nhttps://example.org/x\n<b>tag</b>"
    approved_comment(body=typed)
    body = section(client, article).select_one(".comment-body")
    assert body.get_text() == typed.replace("\n", "")
    assert body.find_all("br") and not body.find_all(["script", "b", "a", "strong"])
    html = body.decode_contents()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; **bold**<br/>" in html


def test_display_name_is_shown_as_text(client, article, approved_comment):
    approved_comment(name="<i>Mina</i>")
    author = section(client, article).select_one(".comment-author")
    assert author.get_text() == "<i>Mina</i>" and not author.find("i")


def test_edited_comment_carries_the_moderators_marker(
    client, article, approved_comment, admin_user, reason
):
    comment = approved_comment(body="Original words")
    actions.edit(
        comment,
        user=admin_user,
        revision=comment.revision,
        body="Edited words",
        reason=reason,
        seen_status="approved",
    )
    shown = section(client, article)
    assert bodies(shown) == ["Edited words"]
    assert shown.select_one(".moderator-edit-marker").get_text() == (
        "[Edited by the moderators in accordance with the Terms of Use]"
    )


def test_unedited_comment_has_no_marker(client, article, approved_comment):
    approved_comment()
    assert section(client, article).select_one(".moderator-edit-marker") is None


def test_each_comment_links_reply_and_report(client, article, approved_comment):
    comment = approved_comment()
    links = section(client, article).select_one(f"#comment-{comment.pk} footer")
    assert links.select_one(".comment-reply")["href"] == (
        f"?reply_to={comment.pk}#comment-form"
    )
    assert links.select_one(".comment-report")["href"] == (
        f"/comments/{comment.pk}/report/"
    )


def test_comment_without_stored_html_is_rendered_and_saved(
    client, article, approved_comment
):
    comment = approved_comment(body="Bulk approved")
    Comment.objects.filter(pk=comment.pk).update(rendered_html="")
    assert bodies(section(client, article)) == ["Bulk approved"]
    comment.refresh_from_db()
    assert "Bulk approved" in comment.rendered_html


def test_open_article_shows_the_form(client, article):
    form = section(client, article).select_one("form#comment-form")
    assert form["method"] == "post" and form.select_one("textarea[name=body]")


def test_closed_article_says_why_and_shows_no_form(client, article):
    article.comment_policy = CommentPolicy.CLOSED
    article.save_revision().publish()
    shown = section(client, article)
    assert shown.select_one("form") is None
    assert shown.select_one(".comments-closed").get_text() == (
        "Comments are closed on this article."
    )


def test_closed_article_still_shows_its_approved_comments(
    client, article, approved_comment
):
    approved_comment(body="Said before closing")
    article.comment_policy = CommentPolicy.CLOSED
    article.save_revision().publish()
    assert bodies(section(client, article)) == ["Said before closing"]


def test_reply_to_an_unknown_comment_gives_the_plain_form(client, article):
    form = section(client, article, "?reply_to=999999").select_one("#comment-form")
    assert "Replying to" not in form.get_text()
    assert form.select_one("input[name=parent]")["value"] == ""


def test_article_page_queries_do_not_grow_with_comments(
    client, article, approved_comment
):
    def add(count):
        for number in range(count):
            parent = approved_comment(body=f"Comment {number}")
            if number % 2:
                approved_comment(body=f"Reply {number}", parent=parent)

    def queries():
        client.get(article.url)  # warm the per-process caches (site, settings)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(article.url).status_code == 200
        return len(captured)

    add(5)
    with_few = queries()
    add(45)
    assert queries() == with_few
