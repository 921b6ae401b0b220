"""Approve, undo with the u key, and find both in the audit log, in a real browser."""

# Fixtures are imported from test_desk_keyboard and named again as arguments.
# ruff: noqa: F401, F811

import pytest

from masthead.comments.models import CommentStatus

from .test_desk_keyboard import (
    desk_page,
    migrated,
    migrated_rows_kept,
    queue,
    sign_in,
    status_of,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def in_viewport(locator):
    return locator.evaluate(
        "e => { const r = e.getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )


def test_approve_then_undo_with_u_is_in_the_audit_log(live_server, queue, desk_page):
    first = queue[0]
    page = desk_page
    sign_in(page, live_server)
    with page.expect_navigation():
        page.keyboard.press("a")
    assert status_of(first) == CommentStatus.APPROVED
    offer = page.locator(".message form[data-undo]")
    assert offer.is_visible() and in_viewport(offer)

    # Typing u in a text field is text, not an undo.
    page.locator("input[name=q]").press("u")
    assert status_of(first) == CommentStatus.APPROVED

    # Under a Korean layout the U key types ㅕ: the physical key still undoes.
    page.locator("h1").click()
    with page.expect_navigation():
        page.evaluate(
            "document.body.dispatchEvent(new KeyboardEvent('keydown',"
            " {key: 'ㅕ', code: 'KeyU', bubbles: true}))"
        )
    assert status_of(first) == CommentStatus.PENDING
    assert (
        f"Decision on comment #{first.pk} undone."
        in page.locator(".messages").inner_text()
    )

    page.goto(live_server.url + "/moderation/audit/")
    rows = page.locator("table.audit tbody tr").all_inner_texts()
    assert "Decision undone" in rows[0] and f"#{first.pk}" in rows[0]
    assert "Comment approved" in rows[1] and f"#{first.pk}" in rows[1]


def test_undo_offer_stays_in_view_until_it_times_out(live_server, queue, desk_page):
    page = desk_page
    sign_in(page, live_server)
    with page.expect_navigation():
        page.keyboard.press("a")
    offer = page.locator(".message form[data-undo]")
    page.mouse.wheel(0, 2000)
    assert offer.is_visible() and in_viewport(offer)
    offer.wait_for(state="detached", timeout=12_000)
    assert page.locator(".message.success").count() == 0
