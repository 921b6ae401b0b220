"""A comment full of script is approved and shown as text: nothing runs.

JavaScript is ON here (unlike phone_page), because the point is to catch any script
the comment might smuggle in: an alert() opens a dialog, console.log() a message.
"""

import subprocess
import sys
import urllib.request

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from .posting import MIN_FORM_SECONDS, send_comment_form

pytestmark = [pytest.mark.browser, pytest.mark.database_independent]

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '"><svg onload=alert(3)>',
    "<script>console.log('xss-ran')</script>",
]
BODY = "\n".join(PAYLOADS)

APPROVE = """
from django.contrib.auth import get_user_model
from masthead.comments.models import Comment
from masthead.moderation import actions

user = get_user_model().objects.filter(is_superuser=True).first()
comment = Comment.objects.filter(body__contains="onerror=alert(2)").latest("pk")
actions.approve(comment, user=user, revision=comment.revision)
print(comment.pk)
"""


def first_english_article(base_url):
    with urllib.request.urlopen(base_url + "/en/") as response:  # noqa: S310
        soup = BeautifulSoup(response.read(), "html.parser")
    return soup.select_one(".front h3 a")["href"]


def approve_in_demo(env):
    """Approve the comment as the demo's administrator, in the demo's own database."""
    done = subprocess.run(
        [sys.executable, "-m", "masthead", "shell", "-c", APPROVE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def test_approved_comment_with_xss_payloads_is_shown_as_text(
    demo_site, demo_site_env, watched_page
):
    page = watched_page
    page.goto(demo_site + first_english_article(demo_site))
    page.fill("#comment-form input[name=name]", '<img src=x onerror=alert("name")>')
    page.fill("#comment-form textarea[name=body]", BODY)
    # A form sent sooner than a person could type is refused as a bot's.
    page.wait_for_timeout(MIN_FORM_SECONDS * 1000 + 500)
    answer = send_comment_form(page, page.locator("#comment-form button[type=submit]"))
    assert answer.status == 303
    assert "comment=received" in page.url
    expect(page.locator(".comments-message")).to_be_visible()

    comment_id = approve_in_demo(demo_site_env)
    page.reload()
    shown = page.locator(f"#comment-{comment_id}")
    assert shown.locator(".comment-body").inner_text().split("\n") == PAYLOADS
    assert shown.locator(".comment-author").inner_text() == (
        '<img src=x onerror=alert("name")>'
    )
    assert shown.locator("script, img, svg").count() == 0
    assert page.dialogs == []
    assert not any("xss-ran" in text for text in page.console_messages)
