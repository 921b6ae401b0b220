"""The single-machine demo: SQLite and media in the data folder, console email.

The secret key is generated once and kept in the data folder, so sessions survive a
restart and no secret lives in the code.
"""

import os
import secrets
import tempfile

from .base import *  # noqa: F403
from .base import DATA_DIR

# The demo content and `masthead demo` live in an app of their own, installed only
# here and in the tests: a production site ships no demo command or demo writer.
INSTALLED_APPS = [*INSTALLED_APPS, "masthead.demo"]  # noqa: F405


def secret_key_from_data_folder():
    """Return the key kept in the data folder, creating it on first use.

    The key is written to a private temporary file and linked into place, so it is
    never readable by others, and of several server workers starting at once on a
    new folder, all end up with the one key that was linked first.
    """
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        descriptor, draft = tempfile.mkstemp(dir=DATA_DIR, prefix=".secret_key.")
        try:
            with os.fdopen(descriptor, "w") as handle:
                handle.write(secrets.token_urlsafe(50))
            os.link(draft, key_file)
        except FileExistsError:
            pass
        finally:
            os.unlink(draft)
    return key_file.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or secret_key_from_data_folder()
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
