"""`masthead moderator_token`: issue, list and revoke a moderator's API keys."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from masthead.moderation.models import ModeratorToken

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("moderator_token", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def issue(username="mina"):
    return run(username).strip()


def rows(listing):
    """Return {key id: row text} of a `--list` listing."""
    lines = listing.strip().splitlines()[1:]  # the first line is the header
    return {int(line.split()[0]): line for line in lines}


def test_new_key_expires_after_the_default_ninety_days(moderator):
    issue()
    token = ModeratorToken.objects.get()
    assert token.expires_at - token.created_at == timedelta(days=90)


def test_key_lifetime_follows_masthead_api_token_days(moderator, settings):
    settings.MASTHEAD_API_TOKEN_DAYS = 7
    issue()
    token = ModeratorToken.objects.get()
    assert token.expires_at - token.created_at == timedelta(days=7)


def test_list_shows_each_key_with_its_state_expiry_and_last_use(moderator):
    issue()
    issue()
    first, second = ModeratorToken.objects.order_by("pk")
    used_at = timezone.now() - timedelta(hours=3)
    ModeratorToken.objects.filter(pk=first.pk).update(last_used_at=used_at)
    listing = rows(run("mina", "--list"))
    assert set(listing) == {first.pk, second.pk}
    assert "active" in listing[first.pk]
    assert timezone.localtime(used_at).strftime("%Y-%m-%d %H:%M") in listing[first.pk]
    assert (
        timezone.localtime(first.expires_at).strftime("%Y-%m-%d") in listing[first.pk]
    )
    assert "never" in listing[second.pk]


def test_list_never_shows_a_key(moderator):
    key = issue()
    listing = run("mina", "--list")
    assert key not in listing and key[:8] not in listing


def test_list_names_expired_keys(moderator):
    issue()
    ModeratorToken.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    (row,) = rows(run("mina", "--list")).values()
    assert "expired" in row


def test_revoke_ends_that_key_and_keeps_the_others(moderator):
    revoked, kept = issue(), issue()
    first = ModeratorToken.objects.order_by("pk").first()
    output = run("mina", "--revoke", str(first.pk))
    assert f"Revoked key {first.pk}" in output
    assert ModeratorToken.objects.user_for_key(revoked) is None
    assert ModeratorToken.objects.user_for_key(kept) == moderator
    assert "revoked" in rows(run("mina", "--list"))[first.pk]


def test_revoke_all_ends_every_key_of_that_moderator_only(moderator, make_moderator):
    other = make_moderator("jun")
    keys = [issue(), issue()]
    others_key = issue("jun")
    run("mina", "--revoke", "all")
    assert [ModeratorToken.objects.user_for_key(key) for key in keys] == [None, None]
    assert ModeratorToken.objects.user_for_key(others_key) == other


def test_revoking_someone_elses_key_is_an_error_that_changes_nothing(
    moderator, make_moderator
):
    make_moderator("jun")
    others_key = issue("jun")
    token = ModeratorToken.objects.get()
    with pytest.raises(CommandError, match=f"no key {token.pk} of mina.*--list"):
        run("mina", "--revoke", str(token.pk))
    assert ModeratorToken.objects.user_for_key(others_key) is not None


def test_revoke_needs_a_key_number_or_all(moderator):
    with pytest.raises(CommandError, match="all"):
        run("mina", "--revoke", "latest")


def test_list_and_revoke_do_not_go_together(moderator):
    with pytest.raises(CommandError):
        run("mina", "--list", "--revoke", "all")


def test_keys_are_stored_only_as_digests(moderator):
    key = issue()
    stored = ModeratorToken.objects.values().get()
    assert key not in {str(value) for value in stored.values()}


def test_a_deactivated_moderator_gets_no_new_key(moderator):
    moderator.is_active = False
    moderator.save()
    with pytest.raises(CommandError, match="mina is deactivated"):
        issue()
    assert not ModeratorToken.objects.exists()


def test_list_calls_a_key_outdated_after_a_password_change(moderator):
    issue()
    moderator.set_password("a new password for the night desk")
    moderator.save()
    (row,) = rows(run("mina", "--list")).values()
    assert "outdated" in row
