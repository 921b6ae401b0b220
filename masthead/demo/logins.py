"""The demo's logins: each password made once and kept in the data folder; shown
only on the run that made it (see launch.welcome)."""

import os
import secrets
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Login:
    username: str
    password: str
    path: Path  # where the password is kept
    new: bool = False  # made on this run: the only run that may show it


def password_path(data_dir, username):
    return Path(data_dir) / f"{username}_password"


def ensure_login(data_dir, user):
    """Give `user` the password kept in the data folder and return their Login.

    If the account's password no longer matches the file, the file wins, so the
    printed login always works.
    """
    path = password_path(data_dir, user.get_username())
    password, new = read_or_create_password(path)
    if not user.check_password(password):
        user.set_password(password)
        user.save()
    return Login(user.get_username(), password, path, new)


def read_or_create_password(path):
    """Return (password, whether it was made now)."""
    if path.exists():
        return path.read_text().strip(), False
    path.parent.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(12)
    # Created with owner-only permissions, never briefly readable by others.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(password + "\n")
    return password, True
