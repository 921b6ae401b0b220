"""The single-machine demo: SQLite and media in the data folder, console email.

The secret key is generated once and kept in the data folder, so sessions survive a
restart and no secret lives in the code.
"""

import os
import secrets

from .base import *  # noqa: F403
from .base import DATA_DIR


def secret_key_from_data_folder():
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or secret_key_from_data_folder()
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
