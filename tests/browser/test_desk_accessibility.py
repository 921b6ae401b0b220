"""axe-core on every desk page, in English and in Uyghur (right to left)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from . import desk
from .desk import desk_paths, signed_in_context

# The desk's fixtures, shared by the desk's browser tests.
desks = desk.desks
migrated_rows_kept = desk.migrated_rows_kept

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def violations(page):
    """Return axe's violations on the page as "rule: first offending element"."""
    results = Axe().run(page)
    return [
        f"{found['id']}: {found['nodes'][0]['target']}"
        for found in results.response["violations"]
    ]


@pytest.mark.parametrize("edition", ["en", "ug"])
def test_every_desk_page_has_no_axe_violations(live_server, chromium, desks, edition):
    user, comments = desks[edition]
    context = signed_in_context(chromium, live_server, user)
    found = {}
    for name, path in desk_paths(comments).items():
        page = context.new_page()
        page.goto(live_server.url + path)
        assert page.url.endswith(path), f"{path} led to {page.url}"
        found[name] = violations(page)
        page.close()
    context.close()
    print({name: len(items) for name, items in found.items()})
    assert {name: items for name, items in found.items() if items} == {}
