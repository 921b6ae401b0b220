"""A small moderation desk on Django's live server, for browser tests of its pages.

Every comment goes through the real submission path, so triage runs on it as it
would for a reader (the test settings run tasks immediately).
"""

import pytest
from django.test import Client

from masthead.comments import submission
from masthead.comments.models import Report, ReportReason
from masthead.moderation import actions
from masthead.moderation.models import DeskAssignment
from masthead.news.setup import ensure_section
from masthead.triage.models import WordKind, WordListEntry

# Ordinary comments, a few lines each and all different, as a night's queue holds
# them (near-copies would be held as a campaign).
BODIES = {
    "en": (
        "The new line will cut my commute in half, but the fares listed here are "
        "higher than the ones the council promised last spring. Which is right?",
        "Good report. The photos of the opening day show how many families came out "
        "to see the first train, and the stationmaster's quote made me smile.",
        "Nobody mentions the night buses that were withdrawn to pay for this.",
        "My grandfather worked on the old branch line before it closed in 1968; "
        "he would have loved to ride this one.",
        "Will bicycles be allowed on board at rush hour? The article does not say.",
        "Thirty years of promises, two cancelled tenders and a tunnel that flooded "
        "twice. Forgive me if I wait a month before I celebrate.",
        "The accessible lifts at the central station were out of order on day one. "
        "Please follow this up.",
        "Clear and fair reporting, thank you.",
    ),
    "ug": (
        "يېڭى لىنىيە مېنىڭ يولۇمنى يېرىمغا قىسقارتىدۇ، ئەمما بۇ يەردىكى باھا "
        "شەھەر ھۆكۈمىتى ۋەدە قىلغاندىن يۇقىرى. قايسىسى توغرا؟",
        "ياخشى خەۋەر. تۇنجى كۈنىدىكى سۈرەتلەر نۇرغۇن ئائىلىلەرنىڭ پويىزنى "
        "كۆرگىلى چىققانلىقىنى كۆرسىتىدۇ.",
        "كېچىلىك ئاپتوبۇسلار توغرىسىدا ھېچكىم گەپ قىلمايدۇ.",
        "ۋېلىسىپىت ئېلىپ چىقىشقا بولامدۇ؟",
    ),
}
SUSPECT_WORD = {"en": "miracle cure", "ug": "مۆجىزە دورا"}
FLAGGED = {"en": "Buy the miracle cure here!", "ug": "مۆجىزە دورا سېتىلىدۇ!"}


def post(article, body, number, name="Reader"):
    """Post as commenter `number` of this article (a repeat is rejected as one)."""
    prepared = submission.prepare(
        article,
        display_name=name,
        body=body,
        email=f"reader{number}.{article.pk}@example.org",
        address=f"10.{article.pk % 250}.0.{number}",
    )
    return submission.store(prepared, check_guards=False)


def build_desk(edition, article, moderator):
    """Fill the desk of `edition`: pending, flagged, reported and rejected comments.

    Return the comments a test visits by their role.
    """
    DeskAssignment.objects.get_or_create(user=moderator, edition=edition)
    word = SUSPECT_WORD[edition]
    WordListEntry.objects.create(
        edition=edition, kind=WordKind.SUSPECT, term=word, added_by=moderator
    )
    bodies = BODIES[edition]
    comments = [post(article, body, n) for n, body in enumerate(bodies)]
    flagged = post(article, FLAGGED[edition], 100, "Seller")
    reported = post(article, "A reported remark.", 101, "Critic")
    actions.approve(reported, user=moderator, revision=reported.revision)
    Report.objects.create(comment=reported, reason=ReportReason.OFF_TOPIC, note="Why?")
    rejected = post(article, "Cheap watches, visit my shop.", 102, "Spammer")
    actions.reject(rejected, user=moderator, revision=1, reason="spam")
    return {"pending": comments, "flagged": flagged, "reported": reported}


def desk_paths(comments):
    """Every desk page a moderator works on, by a short name."""
    pk = comments["flagged"].pk
    paths = {
        "dashboard": "/moderation/",
        "comment": f"/moderation/comments/{pk}/",
        "edit": f"/moderation/comments/{pk}/edit/",
        "ban": f"/moderation/comments/{pk}/ban/",
        "audit": "/moderation/audit/",
        "word list": "/moderation/words/",
    }
    for queue in ("pending", "reported", "approved", "rejected", "all"):
        paths[f"{queue} queue"] = f"/moderation/queue/{queue}/"
    return paths


def signed_in_context(chromium, live_server, user, **options):
    """A browser context holding `user`'s desk session, JavaScript on."""
    client = Client()
    client.force_login(user)
    context = chromium.new_context(**options)
    session = client.cookies["sessionid"].value
    context.add_cookies(
        [{"name": "sessionid", "value": session, "url": live_server.url}]
    )
    return context


def speak(user, language):
    """Make the desk speak `language` to `user`, whatever the browser asks for."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture(scope="module")
def migrated_rows_kept(django_db_setup, django_db_blocker):
    """Put back, after the module, the rows migrations made that later tests need.

    A transactional test ends by emptying every table.
    """
    from tests.conftest import restore_migrated_data

    yield
    with django_db_blocker.unblock():
        restore_migrated_data()


@pytest.fixture
def desks(migrated_rows_kept, transactional_db, en_section, ug_home, make_article):
    """An English and a Uyghur desk, each with its own moderator; by edition."""
    from django.contrib.auth import get_user_model

    ug_section = ensure_section(ug_home, "دۇنيا", "world")
    articles = {
        "en": make_article(en_section, title="Rail link opens"),
        "ug": make_article(ug_section, title="تۆمۈر يول ئېچىلدى"),
    }
    desks = {}
    for edition, article in articles.items():
        user = get_user_model().objects.create_user(f"moderator-{edition}")
        speak(user, edition)
        desks[edition] = (user, build_desk(edition, article, user))
    return desks
