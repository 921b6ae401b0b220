"""The triage rules, one module each; importing this package registers them all.

Rules run, and show in the desk, in the order they are imported here.
"""
# isort: skip_file

from . import words  # noqa: F401
from . import links  # noqa: F401
from . import language  # noqa: F401
from . import learned  # noqa: F401
from . import duplicates  # noqa: F401
