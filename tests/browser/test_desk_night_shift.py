"""A night shift on a 200-comment queue, in a real browser with JavaScript on.

A moderator works the queue by keyboard under a non-Latin layout, decides, undoes,
makes one bulk decision, and the audit log then holds exactly what was done: in
English on a phone and in Uyghur on a laptop, each page checked at both widths.
"""

# Fixtures are imported from test_desk_keyboard and named again as arguments.
# ruff: noqa: F401, F811

import random

import pytest
from wagtail.models import ModelLogEntry

from masthead.comments.models import Comment, CommentRevision, CommentStatus
from masthead.moderation.models import DeskAssignment
from masthead.news.setup import ensure_section

from .desk import signed_in_context, speak
from .test_desk_keyboard import (
    LAYOUTS,
    PRESS,
    migrated,
    migrated_rows_kept,
    status_of,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUEUE_SIZE = 200
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}
# Words the queue's comments are drawn from: every comment differs from the others.
WORDS = {
    "en": "train fare station council bus night ticket line bridge harbour rain "
    "school market river road tunnel village mayor budget repair".split(),
    "ug": "پويىز بېلەت ئىستانسا شەھەر ئاپتوبۇس كېچە يول كۆۋرۈك دەريا مەكتەپ "
    "بازار يامغۇر يېزا باشلىق خامچوت رېمونت تونېل پورت ھۆكۈمەت خەلق".split(),
}
SIDEWAYS_OVERFLOW = (
    "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
)


def fill_queue(article, edition):
    """Post QUEUE_SIZE different pending comments, oldest first; return them."""
    chooser = random.Random(edition)  # noqa: S311 (test text, not security)
    comments = []
    for number in range(QUEUE_SIZE):
        body = " ".join(chooser.choices(WORDS[edition], k=12)) + f" {number}"
        comment = Comment.objects.create(
            article=article,
            edition=edition,
            section_id=article.get_parent().pk,
            display_name=f"Reader {number}",
            body=body,
        )
        CommentRevision.objects.create(comment=comment, number=1, body=body)
        comments.append(comment)
    return comments


@pytest.fixture
def night_queue(migrated, en_section, ug_home, make_article, django_user_model):
    """Build a full queue for an edition's desk; return (moderator, comments)."""

    def build(edition):
        section = en_section
        if edition == "ug":
            section = ensure_section(ug_home, "دۇنيا", "world")
        article = make_article(section, title=f"Night shift {edition}")
        user = django_user_model.objects.create_user(f"night-{edition}")
        DeskAssignment.objects.create(user=user, edition=edition)
        speak(user, edition)
        return user, fill_queue(article, edition)

    return build


def press(page, layout, code):
    """Press the physical key `code` as it types under `layout`."""
    page.evaluate(PRESS, [LAYOUTS[layout][code], code])


def overflow_at_both_widths(page):
    found = {}
    for name, size in (("phone", PHONE), ("laptop", LAPTOP)):
        page.set_viewport_size(size)
        found[name] = page.evaluate(SIDEWAYS_OVERFLOW)
    return found


def work_the_shift(page, live_server, layout, comments):
    """Approve, undo, then approve three in bulk; all by keys but the bulk button."""
    first, second, third = comments[:3]
    page.goto(live_server.url + "/moderation/queue/pending/")
    assert overflow_at_both_widths(page) == {"phone": 0, "laptop": 0}

    with page.expect_navigation():
        press(page, layout, "KeyA")
    assert status_of(first) == CommentStatus.APPROVED
    with page.expect_navigation():
        press(page, layout, "KeyU")
    assert status_of(first) == CommentStatus.PENDING

    for code in ("KeyX", "KeyJ", "KeyX", "KeyJ", "KeyX"):
        press(page, layout, code)
    assert page.locator("[data-selected-count]").inner_text() == "3"
    page.mouse.wheel(0, 3000)  # far down the queue, the bar is still at hand
    approve_selected = page.locator("#bulk button[value=approve]")
    assert approve_selected.evaluate(
        "e => { const r = e.getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    with page.expect_navigation():
        approve_selected.click()
    assert [status_of(c) for c in (first, second, third)] == [
        CommentStatus.APPROVED
    ] * 3

    page.goto(live_server.url + "/moderation/audit/")
    assert overflow_at_both_widths(page) == {"phone": 0, "laptop": 0}


def audit_of(user):
    """The moderator's decisions on comments, oldest first: (action, comment id)."""
    entries = ModelLogEntry.objects.filter(
        user=user, action__startswith="masthead.comment."
    ).order_by("timestamp", "pk")
    return [(entry.action, int(entry.object_id)) for entry in entries]


@pytest.mark.parametrize(
    ("edition", "layout", "viewport"),
    [("en", "Korean (dubeolsik)", PHONE), ("ug", "Uyghur", LAPTOP)],
    ids=["english-phone-korean-layout", "uyghur-laptop-uyghur-layout"],
)
def test_a_night_shift_on_a_full_queue_leaves_exactly_its_decisions_in_the_audit(
    chromium, live_server, night_queue, edition, layout, viewport
):
    user, comments = night_queue(edition)
    context = signed_in_context(chromium, live_server, user, viewport=viewport)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        work_the_shift(page, live_server, layout, comments)
        assert page.locator("html").get_attribute("lang") == edition
    finally:
        context.close()
    assert errors == []

    first, second, third = (comment.pk for comment in comments[:3])
    audit = audit_of(user)
    assert audit[:2] == [
        ("masthead.comment.approve", first),
        ("masthead.comment.undo", first),
    ]
    # One bulk decision: its three entries in whatever order it wrote them.
    assert sorted(audit[2:]) == [
        ("masthead.comment.approve", pk) for pk in sorted((first, second, third))
    ]
    still_pending = Comment.objects.filter(
        pk__in=[c.pk for c in comments], status=CommentStatus.PENDING
    )
    assert still_pending.count() == QUEUE_SIZE - 3
