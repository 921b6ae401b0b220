"""The bulk bar with JavaScript on: the count, select the page, confirm all matching."""

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


def test_bar_counts_selects_the_page_and_confirms_all_matching(
    live_server, queue, desk_page
):
    page = desk_page
    sign_in(page, live_server)
    count = page.locator("[data-selected-count]")
    assert count.inner_text() == "0"
    page.keyboard.press("x")
    assert count.inner_text() == "1"
    page.get_by_role("button", name="Select all on this page").click()
    assert count.inner_text() == "4"

    dialogs = []
    page.once(
        "dialog", lambda dialog: (dialogs.append(dialog.message), dialog.accept())
    )
    page.get_by_role("link", name="Select all 4 matching this filter").click()
    page.wait_for_url("**/moderation/bulk/matching/**")
    assert dialogs == ["Select all 4 comments matching this filter?"]
    with page.expect_navigation():
        page.get_by_role("button", name="Approve all 4").click()
    assert all(status_of(c) == CommentStatus.APPROVED for c in queue)
    assert "4 comments approved." in page.locator(".messages").inner_text()
