"""Keyboard moderation in a real browser, JavaScript on, on Django's live server."""

from importlib import import_module

import pytest

from masthead.comments.models import Comment, CommentRevision, CommentStatus
from masthead.moderation.models import DeskAssignment, RejectionReason

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module", autouse=True)
def migrated_rows_kept(django_db_setup, django_db_blocker):
    """Put back, after this module, the rows migrations made that later tests need.

    A transactional test ends by emptying every table.
    """
    yield
    with django_db_blocker.unblock():
        put_back_migrated_rows()


@pytest.fixture
def migrated(transactional_db):
    put_back_migrated_rows()


def put_back_migrated_rows():
    """Re-create the page tree root and the default reasons if a flush took them."""
    from django.conf import settings
    from wagtail.models import Locale, Page

    reasons = import_module("masthead.moderation.migrations.0002_default_reasons")
    if not Page.get_first_root_node():
        locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    for order, (code, label, clause) in enumerate(reasons.DEFAULT_REASONS):
        RejectionReason.objects.get_or_create(
            code=code,
            defaults={"label": label, "terms_clause": clause, "sort_order": order},
        )


@pytest.fixture
def queue(migrated, en_section, make_article, django_user_model):
    """Four pending comments on an English article and a moderator of that desk."""
    article = make_article(en_section, title="Rail link opens")
    user = django_user_model.objects.create_user("mina", password="night-shift-42")
    DeskAssignment.objects.create(user=user, edition="en")
    return [_pending(article, f"Comment {letter}") for letter in "ABCD"]


def _pending(article, body):
    comment = Comment.objects.create(
        article=article,
        edition="en",
        section_id=article.get_parent().pk,
        display_name="Reader",
        body=body,
    )
    CommentRevision.objects.create(comment=comment, number=1, body=body)
    return comment


def status_of(comment):
    return Comment.objects.values_list("status", flat=True).get(pk=comment.pk)


def sign_in(page, live_server):
    """Sign in as the queue fixture's moderator and land on the pending queue."""
    page.goto(live_server.url + "/admin/login/?next=/moderation/queue/pending/")
    page.fill("input[name=username]", "mina")
    page.fill("input[name=password]", "night-shift-42")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/moderation/queue/pending/")


@pytest.fixture
def desk_page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


def test_moderating_the_pending_queue_from_the_keyboard(live_server, queue, desk_page):
    first, second, third, fourth = queue
    page = desk_page
    page.goto(live_server.url + "/moderation/queue/pending/")
    assert "/admin/login/" in page.url
    page.fill("input[name=username]", "mina")
    page.fill("input[name=password]", "night-shift-42")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/moderation/queue/pending/")
    assert page.locator(f"#comment-{first.pk}.selected").count() == 1

    page.keyboard.press("j")
    assert page.locator(f"#comment-{second.pk}.selected").count() == 1
    with page.expect_navigation():
        page.keyboard.press("a")
    assert status_of(second) == CommentStatus.APPROVED
    assert "approved" in page.locator(".messages").inner_text()
    # The next comment in the queue is selected after the decision.
    assert page.locator(f"#comment-{third.pk}.selected").count() == 1

    page.keyboard.press("j")
    page.keyboard.press("r")
    reason = page.locator(f"#comment-{fourth.pk} select[name=reason]")
    assert reason.evaluate("element => element === document.activeElement")
    reason.select_option("spam")
    with page.expect_navigation():
        reason.press("Enter")
    assert status_of(fourth) == CommentStatus.REJECTED
    assert status_of(third) == CommentStatus.PENDING

    help_overlay = page.locator("#keyboard-help")
    assert not help_overlay.is_visible()
    page.keyboard.press("?")
    assert help_overlay.is_visible()
    assert "Approve the selected comment" in help_overlay.inner_text()
    page.keyboard.press("Escape")
    assert not help_overlay.is_visible()


def test_keys_are_ignored_while_typing_in_a_filter(live_server, queue, desk_page):
    page = desk_page
    sign_in(page, live_server)
    page.fill("input[name=q]", "")
    page.locator("input[name=q]").press_sequentially("ja?")
    assert page.locator("input[name=q]").input_value() == "ja?"
    assert not page.locator("#keyboard-help").is_visible()
    assert all(status_of(comment) == CommentStatus.PENDING for comment in queue)


# What the physical keys J and A type under other layouts: the shortcuts follow the
# key's place on the keyboard (event.code), not the letter it types (event.key).
# What the physical keys J, A, X and U type under each layout.
LAYOUTS = {
    "Korean (dubeolsik)": {"KeyJ": "ㅓ", "KeyA": "ㅁ", "KeyX": "ㅌ", "KeyU": "ㅕ"},
    "Uyghur": {"KeyJ": "ق", "KeyA": "ھ", "KeyX": "ش", "KeyU": "ۇ"},
}

PRESS = """([key, code]) => document.activeElement.dispatchEvent(
  new KeyboardEvent("keydown", {key, code, bubbles: true, cancelable: true}))"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_shortcuts_follow_the_physical_key_under_a_non_latin_layout(
    live_server, queue, desk_page, layout
):
    first, second, _third, _fourth = queue
    typed = LAYOUTS[layout]
    page = desk_page
    sign_in(page, live_server)

    page.evaluate(PRESS, [typed["KeyJ"], "KeyJ"])
    assert page.locator(f"#comment-{second.pk}.selected").count() == 1
    with page.expect_navigation():
        page.evaluate(PRESS, [typed["KeyA"], "KeyA"])
    assert status_of(second) == CommentStatus.APPROVED
    assert status_of(first) == CommentStatus.PENDING


@pytest.mark.parametrize("layout", LAYOUTS)
def test_physical_keys_do_nothing_inside_a_text_field(
    live_server, queue, desk_page, layout
):
    typed = LAYOUTS[layout]
    page = desk_page
    sign_in(page, live_server)
    page.focus("input[name=q]")
    page.evaluate(PRESS, [typed["KeyA"], "KeyA"])
    page.wait_for_timeout(300)
    assert page.url.endswith("/moderation/queue/pending/")
    assert all(status_of(comment) == CommentStatus.PENDING for comment in queue)
