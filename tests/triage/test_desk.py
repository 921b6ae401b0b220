"""Triage in the desk: verdicts with highlights in the rows, and the word list page."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from masthead.triage.models import WordKind, WordListEntry

pytestmark = pytest.mark.django_db

XSS_TERM = "<b>bad</b>"


def suspect(term, edition="en"):
    return WordListEntry.objects.create(
        edition=edition, term=term, kind=WordKind.SUSPECT
    )


def test_flagged_row_shows_what_the_rules_found_with_the_match_highlighted(
    client, moderator, post
):
    suspect("traitor")
    comment = post("He is a TRAITOR & a liar, see example.com")
    client.force_login(moderator)
    content = client.get(reverse("moderation:queue", args=["pending"])).content
    row = content.split(f'id="comment-{comment.pk}"'.encode())[1]
    assert b"Banned and suspect words" in row and b"Links" in row
    # Rules that passed stay out of a flagged row; the comment page lists them.
    assert b'data-rule="language"' not in row
    assert "Suspect word found: “traitor”.".encode() in row
    assert b"He is a <mark>TRAITOR</mark> &amp; a liar" in row
    assert b"1 link: example.com." in row


def test_highlight_and_explanation_are_escaped(client, moderator, post):
    suspect(XSS_TERM)
    post("Look: <B>BAD</b> <script>alert(1)</script>")
    client.force_login(moderator)
    content = client.get(reverse("moderation:queue", args=["pending"])).content
    assert b"<mark>&lt;B&gt;BAD&lt;/b&gt;</mark>" in content
    assert "“&lt;b&gt;bad&lt;/b&gt;”".encode() in content
    assert b"<script>alert(1)" not in content and b"<B>BAD" not in content


def test_comment_page_shows_the_verdicts(client, moderator, post):
    suspect("traitor")
    comment = post("A traitor.")
    client.force_login(moderator)
    content = client.get(reverse("moderation:comment", args=[comment.pk])).content
    assert b"A <mark>traitor</mark>." in content


def test_no_highlight_after_a_moderator_edit(client, moderator, post):
    from masthead.moderation import actions

    suspect("traitor")
    comment = post("A traitor.")
    actions.edit(comment, user=moderator, revision=1, body="A man.", reason="abuse")
    client.force_login(moderator)
    content = client.get(reverse("moderation:comment", args=[comment.pk])).content
    assert b"<mark>" not in content


def test_the_queue_offers_priority_first(client, moderator):
    client.force_login(moderator)
    content = client.get(reverse("moderation:queue", args=["pending"])).content
    assert b'<option value="priority">Priority first (Pending)</option>' in content


def test_moderator_adds_a_word_to_their_desk_and_it_is_audited(client, moderator):
    client.force_login(moderator)
    url = reverse("moderation:word_list")
    response = client.post(url, {"edition": "en", "kind": "banned", "term": " a  b "})
    assert response.status_code == 303
    entry = WordListEntry.objects.get()
    assert (entry.edition, entry.kind, entry.term) == ("en", "banned", "a b")
    assert entry.added_by == moderator
    log = ModelLogEntry.objects.get(
        action="masthead.settings.change", data__model="wordlistentry"
    )
    assert log.user_id == moderator.pk and log.data["change"] == "created"
    assert b"a b" in client.get(url).content


def test_moderator_cannot_add_to_another_desk_or_to_every_desk(client, moderator):
    client.force_login(moderator)
    url = reverse("moderation:word_list")
    for edition in ("ko", ""):
        response = client.post(url, {"edition": edition, "kind": "banned", "term": "x"})
        assert response.status_code == 200
    assert not WordListEntry.objects.exists()


def test_moderator_removes_a_word_of_their_desk_only(client, moderator):
    mine, theirs = suspect("traitor"), suspect("바보", "ko")
    everyone = suspect("spam", "")
    client.force_login(moderator)
    url = reverse("moderation:word_list")
    page = client.get(url).content
    assert b"traitor" in page and b"spam" in page and "바보".encode() not in page
    assert client.post(url, {"remove": theirs.pk}).status_code == 403
    assert client.post(url, {"remove": everyone.pk}).status_code == 403
    assert client.post(url, {"remove": mine.pk}).status_code == 303
    assert set(WordListEntry.objects.values_list("term", flat=True)) == {"바보", "spam"}


def test_administrator_keeps_words_for_every_edition(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "r@example.org", "pw")
    client.force_login(admin)
    url = reverse("moderation:word_list")
    client.post(url, {"edition": "", "kind": "suspect", "term": "spam"})
    assert WordListEntry.objects.get().edition == ""


def test_the_same_word_twice_is_refused(client, moderator):
    suspect("traitor")
    client.force_login(moderator)
    url = reverse("moderation:word_list")
    response = client.post(url, {"edition": "en", "kind": "suspect", "term": "traitor"})
    assert response.status_code == 200
    assert WordListEntry.objects.count() == 1


def test_row_that_passed_every_rule_is_one_line_with_the_highest_score(
    client, moderator, post
):
    from masthead.triage.models import TriageVerdict

    comment = post("A calm and fair remark about the harbour.")
    TriageVerdict.objects.filter(comment=comment, rule="learned").update(score=0.12)
    client.force_login(moderator)
    content = client.get(reverse("moderation:queue", args=["pending"])).content
    row = content.split(f'id="comment-{comment.pk}"'.encode())[1]
    assert b'data-triage="pass"' in row and b'class="verdicts"' not in row
    assert b"Every rule passed" in row and b"score 0.12" in row
