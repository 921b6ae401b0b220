"""The demo fronts in Chromium: the lead picture fills its column, nothing overflows."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.database_independent]


@pytest.mark.parametrize("width", (320, 390, 1366))
@pytest.mark.parametrize("edition", ("en", "ug"))
def test_demo_front_lead_picture_fills_its_column_without_overflow(
    demo_site, chromium, edition, width
):
    page = chromium.new_page(viewport={"width": width, "height": 800})
    try:
        page.goto(f"{demo_site}/{edition}/")
        root = "document.documentElement"
        overflow = page.evaluate(f"{root}.scrollWidth - {root}.clientWidth")
        assert overflow == 0
        lead = page.locator(".front-lead img")
        assert lead.evaluate("img => img.complete && img.naturalWidth > 0")
        picture = lead.evaluate("img => img.getBoundingClientRect().width")
        column = page.locator(".front-lead").evaluate(
            "lead => lead.getBoundingClientRect().width"
        )
        assert abs(picture - column) < 1
    finally:
        page.close()
