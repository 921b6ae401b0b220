"""The `masthead` command: Django's management commands plus Masthead's own.

`masthead demo`, `masthead serve`, `masthead import`, `masthead export`, and every
Django and Wagtail command (`masthead migrate`, `masthead createsuperuser`, ...).
"""

import os
import sys


def main(argv=None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.demo")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["masthead", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
