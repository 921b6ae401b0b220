"""The desk's layout in Chromium: phones in both directions, and a dense queue."""

import pytest

from masthead.triage.models import TriageVerdict

from . import desk
from .desk import desk_paths, signed_in_context

# The desk's fixtures, shared by the desk's browser tests.
desks = desk.desks
migrated_rows_kept = desk.migrated_rows_kept

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE_WIDTHS = (360, 390)
LAPTOP = {"width": 1366, "height": 900}

SIDEWAYS_OVERFLOW = """() => {
  const root = document.documentElement;
  return root.scrollWidth - root.clientWidth;
}"""

# How many comment rows fit wholly in the window, with the first row at the top.
ROWS_PER_SCREEN = """() => {
  const rows = [...document.querySelectorAll(".queue > .row")];
  const top = rows[0].getBoundingClientRect().top;
  return rows.filter(row => row.getBoundingClientRect().bottom - top <= innerHeight)
    .length;
}"""

OUTSIDE_WINDOW = """(selector) => [...document.querySelectorAll(selector)]
  .filter(element => element.getClientRects().length)
  .filter(element => {
    const box = element.getBoundingClientRect();
    return box.left < 0 || box.right > document.documentElement.clientWidth;
  }).map(element => element.outerHTML.slice(0, 80))"""


def open_page(context, live_server, path):
    page = context.new_page()
    page.goto(live_server.url + path)
    assert page.url.endswith(path), f"{path} led to {page.url}"
    return page


@pytest.mark.parametrize("edition", ["en", "ug"])
@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_desk_pages_never_scroll_sideways_on_a_phone(
    live_server, chromium, desks, edition, width
):
    user, comments = desks[edition]
    viewport = {"width": width, "height": 800}
    context = signed_in_context(chromium, live_server, user, viewport=viewport)
    overflow = {}
    for name, path in desk_paths(comments).items():
        page = open_page(context, live_server, path)
        overflow[name] = page.evaluate(SIDEWAYS_OVERFLOW)
        page.close()
    context.close()
    assert {name: px for name, px in overflow.items() if px > 0} == {}


@pytest.mark.parametrize("edition", ["en", "ug"])
def test_decision_buttons_and_bulk_bar_are_on_screen_on_a_phone(
    live_server, chromium, desks, edition
):
    user, _comments = desks[edition]
    viewport = {"width": 390, "height": 800}
    context = signed_in_context(chromium, live_server, user, viewport=viewport)
    page = open_page(context, live_server, "/moderation/queue/pending/")
    controls = ".row .actions button, .row .actions select, .bulk button, .bulk select"
    assert page.evaluate(OUTSIDE_WINDOW, controls) == []
    approve = page.locator(".row button.approve").first.bounding_box()
    # A thumb needs a target of about 44 CSS pixels (WCAG 2.5.5).
    assert approve["height"] >= 44
    context.close()


def test_passing_triage_is_one_line_with_a_tick_and_the_score(
    live_server, chromium, desks
):
    user, comments = desks["en"]
    passed = comments["pending"][0]
    TriageVerdict.objects.filter(comment=passed, rule="learned").update(score=0.07)
    context = signed_in_context(chromium, live_server, user, viewport=LAPTOP)
    page = open_page(context, live_server, "/moderation/queue/pending/")
    triage = page.locator(f"#comment-{passed.pk} .triage")
    assert triage.get_attribute("data-triage") == "pass"
    summary = triage.locator(".triage-summary")
    assert summary.inner_text().startswith("✓")
    assert "0.07" in summary.inner_text()
    line_height = triage.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
    assert triage.bounding_box()["height"] < 2 * line_height
    context.close()


def test_flagged_triage_expands_and_marks_the_matched_text(
    live_server, chromium, desks
):
    user, comments = desks["en"]
    context = signed_in_context(chromium, live_server, user, viewport=LAPTOP)
    page = open_page(context, live_server, "/moderation/queue/pending/")
    flagged = page.locator(f"#comment-{comments['flagged'].pk} .triage")
    assert flagged.get_attribute("data-triage") == "flagged"
    assert flagged.locator(".verdict.outcome-hold").is_visible()
    text = page.locator(f"#comment-{comments['flagged'].pk} .comment-text")
    assert text.locator("mark").inner_text() == "miracle cure"
    context.close()


def test_at_least_six_comments_fit_on_a_laptop_screen(live_server, chromium, desks):
    user, _comments = desks["en"]
    context = signed_in_context(chromium, live_server, user, viewport=LAPTOP)
    page = open_page(context, live_server, "/moderation/queue/pending/")
    rows = page.evaluate(ROWS_PER_SCREEN)
    print(f"comments per 1366x900 screen: {rows}")
    assert rows >= 6
    context.close()
