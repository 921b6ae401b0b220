import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import translation

from masthead.moderation.models import DeskAssignment, ModeratorToken
from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db

PASSWORD = "night shift at the harbour"


@pytest.fixture
def password_file(tmp_path):
    path = tmp_path / "password"
    path.write_text(f"{PASSWORD}\nignored second line\n")
    return path


def create(*args, **options):
    out = io.StringIO()
    call_command("createmoderator", *args, stdout=out, **options)
    return out.getvalue()


def desks_of(username):
    assignments = DeskAssignment.objects.filter(user__username=username)
    return sorted(
        (a.edition, a.section.slug if a.section else None) for a in assignments
    )


def test_createmoderator_takes_the_first_line_of_the_password_file(
    ko_home, password_file
):
    create("jun", edition=["ko"], password_file=password_file)
    assert get_user_model().objects.get(username="jun").check_password(PASSWORD)


def test_createmoderator_seats_them_at_every_edition_given(ko_home, password_file):
    output = create("jun", edition=["ko", "en"], password_file=password_file)
    assert desks_of("jun") == [("en", None), ("ko", None)]
    assert "Created moderator jun" in output


def test_createmoderator_limits_to_a_section_by_slug(ko_home, password_file):
    ensure_section(ko_home, "사회", "society")
    create("jun", edition=["ko"], section="society", password_file=password_file)
    assert desks_of("jun") == [("ko", "society")]


def test_createmoderator_takes_a_section_id(ko_home, password_file):
    section = ensure_section(ko_home, "사회", "society")
    create("jun", edition=["ko"], section=str(section.pk), password_file=password_file)
    assert desks_of("jun") == [("ko", "society")]


def test_createmoderator_sets_the_email(ko_home, password_file):
    create("jun", edition=["ko"], email="jun@example.org", password_file=password_file)
    assert get_user_model().objects.get(username="jun").email == "jun@example.org"


def test_running_it_again_adds_a_desk_and_keeps_the_password(ko_home, password_file):
    create("jun", edition=["ko"], password_file=password_file)
    output = create("jun", edition=["en"])
    assert desks_of("jun") == [("en", None), ("ko", None)]
    assert get_user_model().objects.get(username="jun").check_password(PASSWORD)
    assert "new desks: en" in output


def test_unknown_edition_is_an_error(password_file):
    with pytest.raises(CommandError, match="unknown language 'xx'"):
        create("jun", edition=["xx"], password_file=password_file)
    assert not get_user_model().objects.filter(username="jun").exists()


def test_unknown_section_is_an_error_naming_the_known_ones(ko_home, password_file):
    ensure_section(ko_home, "사회", "society")
    with pytest.raises(CommandError, match="no section 'sport'.*society"):
        create("jun", edition=["ko"], section="sport", password_file=password_file)
    assert not get_user_model().objects.filter(username="jun").exists()


def test_section_of_another_edition_is_an_error(ko_home, en_section, password_file):
    with pytest.raises(CommandError, match="no section"):
        create(
            "jun",
            edition=["ko"],
            section=str(en_section.pk),
            password_file=password_file,
        )


def test_an_edition_is_required(password_file):
    with pytest.raises(CommandError, match="--edition"):
        create("jun", password_file=password_file)


def test_empty_password_file_is_refused(tmp_path, en_home):
    empty = tmp_path / "empty"
    empty.write_text("\n")
    with pytest.raises(CommandError, match="empty"):
        create("jun", edition=["en"], password_file=empty)
    assert not get_user_model().objects.exists()


def test_weak_password_is_refused(tmp_path, en_home):
    weak = tmp_path / "weak"
    weak.write_text("12345\n")
    with translation.override("en"), pytest.raises(CommandError, match="too short"):
        create("jun", edition=["en"], password_file=weak)


def test_missing_password_file_is_an_error(tmp_path, en_home):
    with pytest.raises(CommandError, match="cannot read"):
        create("jun", edition=["en"], password_file=tmp_path / "nowhere")


def test_password_is_asked_for_twice_without_a_file(en_home, monkeypatch):
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    create("jun", edition=["en"])
    assert get_user_model().objects.get(username="jun").check_password(PASSWORD)


def test_prompted_passwords_that_differ_are_refused(en_home, monkeypatch):
    answers = iter([PASSWORD, "something else"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    with pytest.raises(CommandError, match="do not match"):
        create("jun", edition=["en"])


def test_empty_prompted_password_is_refused(en_home, monkeypatch):
    monkeypatch.setattr("getpass.getpass", lambda prompt: "")
    with pytest.raises(CommandError, match="empty"):
        create("jun", edition=["en"])


def test_moderator_token_prints_a_working_key(client, moderator):
    out = io.StringIO()
    call_command("moderator_token", "mina", stdout=out, stderr=io.StringIO())
    key = out.getvalue().strip()
    assert ModeratorToken.objects.user_for_key(key) == moderator
    response = client.get(
        "/api/v1/moderation/comments", headers={"Authorization": f"Bearer {key}"}
    )
    assert response.status_code == 200


def test_moderator_token_is_new_each_time(moderator):
    keys = set()
    for _ in range(2):
        out = io.StringIO()
        call_command("moderator_token", "mina", stdout=out, stderr=io.StringIO())
        keys.add(out.getvalue().strip())
    assert len(keys) == 2 and ModeratorToken.objects.count() == 2


def test_moderator_token_refuses_someone_at_no_desk(django_user_model):
    django_user_model.objects.create_user("reader", password="pw")
    with pytest.raises(CommandError, match="not a moderator"):
        call_command("moderator_token", "reader")
    assert not ModeratorToken.objects.exists()


def test_moderator_token_refuses_an_unknown_user(db):
    with pytest.raises(CommandError, match="no user 'ghost'"):
        call_command("moderator_token", "ghost")
