"""The demo's editor login: a superuser whose password is kept in the data folder."""

from django.contrib.auth import get_user_model

from .logins import ensure_login

EDITOR_USERNAME = "editor"
PASSWORD_FILE = "editor_password"  # noqa: S105 (the file logins.password_path names)


def editor_login(data_dir):
    """Return the Login of the demo's superuser, creating what is missing."""
    user, created = get_user_model().objects.get_or_create(username=EDITOR_USERNAME)
    if created or not user.is_superuser:
        user.is_staff = user.is_superuser = True
        user.save()
    return ensure_login(data_dir, user)
