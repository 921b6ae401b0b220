"""Ids from URLs, query strings and forms, checked against what a column can hold.

Every id column is a signed 64-bit integer (SQLite's INTEGER, PostgreSQL's bigint);
a larger number cannot name a row, and handing it to the database is an overflow
error (a 500), not an empty result. So each boundary refuses it first: a URL does
not match (404), a form or the API says which field is wrong (400).
"""

from django import forms

LARGEST_ID = 2**63 - 1


def parse_id(value):
    """Return `value` as a row id, or None if it cannot be one.

    ASCII digits only: int() also reads other scripts' digits ("١٢"), which no link
    of ours ever holds.
    """
    text = str(value)
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if 1 <= number <= LARGEST_ID else None


class IdConverter:
    """`<id:pk>` in a URL: like `<int:pk>`, but a number past LARGEST_ID is a 404."""

    regex = "[0-9]+"

    def to_python(self, value):
        number = parse_id(value)
        if number is None:
            raise ValueError(f"Not a row id: {value}")
        return number

    def to_url(self, value):
        return str(value)


class IdField(forms.IntegerField):
    """A form's id field: whole numbers from 1 to LARGEST_ID."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", LARGEST_ID)
        super().__init__(**kwargs)
