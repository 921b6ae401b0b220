"""The demo's editor login: made once, printed the same on every run."""

import os
import secrets
from pathlib import Path

from django.contrib.auth import get_user_model

EDITOR_USERNAME = "editor"
PASSWORD_FILE = "editor_password"  # noqa: S105 (a file name)


def ensure_editor_login(data_dir):
    """Return (username, password) for the demo's superuser, creating what is missing.

    The password lives in the data folder, readable by its owner only; if the account's
    password no longer matches it, the file wins, so the printed login always works.
    """
    password = read_or_create_password(Path(data_dir) / PASSWORD_FILE)
    user, created = get_user_model().objects.get_or_create(username=EDITOR_USERNAME)
    if created or not user.check_password(password) or not user.is_superuser:
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
    return EDITOR_USERNAME, password


def read_or_create_password(path):
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(12)
    # Created with owner-only permissions, never briefly readable by others.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(password + "\n")
    return password
