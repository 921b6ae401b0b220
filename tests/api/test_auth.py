"""A moderator's API key works until it expires, is revoked, or the account changes."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from masthead.moderation.models import DeskAssignment, ModeratorToken
from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db

QUEUE = "/api/v1/moderation/comments"


@pytest.fixture
def mina(make_moderator):
    return make_moderator("mina", edition="en")


def queue_status(client, headers):
    return client.get(QUEUE, headers=headers).status_code


def test_key_works_before_it_expires_and_not_after(client, mina, bearer):
    headers = bearer(mina)
    assert queue_status(client, headers) == 200
    ModeratorToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert queue_status(client, headers) == 401


def test_revoked_key_is_refused(client, mina, bearer):
    headers = bearer(mina)
    call_command("moderator_token", "mina", "--revoke", "all")
    assert queue_status(client, headers) == 401


def test_key_of_a_deactivated_moderator_stays_dead_after_reactivation(
    client, mina, bearer
):
    headers = bearer(mina)
    mina.is_active = False
    mina.save()
    mina.is_active = True
    mina.save()
    assert queue_status(client, headers) == 401


def test_key_stops_working_when_the_password_changes(client, mina, bearer):
    headers = bearer(mina)
    mina.set_password("a new password for the night desk")
    mina.save()
    assert queue_status(client, headers) == 401


def test_key_stops_working_when_the_moderator_gets_another_desk(
    client, mina, bearer, ko_home
):
    headers = bearer(mina)
    DeskAssignment.objects.create(user=mina, edition="ko")
    assert queue_status(client, headers) == 401


def test_key_stops_working_when_the_moderators_desk_changes(
    client, mina, bearer, en_section
):
    headers = bearer(mina)
    desk = mina.desk_assignments.get()
    desk.section = en_section
    desk.save()
    assert queue_status(client, headers) == 401


def test_key_stops_working_when_a_desk_is_taken_and_given_back(
    client, mina, bearer, en_home
):
    headers = bearer(mina)
    mina.desk_assignments.all().delete()
    DeskAssignment.objects.create(user=mina, edition="en")
    assert queue_status(client, headers) == 401


def test_key_issued_after_reseating_works(client, mina, bearer, ko_home):
    bearer(mina)
    DeskAssignment.objects.create(
        user=mina, edition="ko", section=ensure_section(ko_home, "사회", "society")
    )
    assert queue_status(client, bearer(mina)) == 200


def test_a_call_records_when_the_key_was_last_used(client, mina, bearer):
    headers = bearer(mina)
    assert ModeratorToken.objects.get().last_used_at is None
    before = timezone.now()
    queue_status(client, headers)
    assert before <= ModeratorToken.objects.get().last_used_at <= timezone.now()
