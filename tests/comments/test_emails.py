import pytest

from masthead.comments.emails import normalised_email

pytestmark = pytest.mark.database_independent  # it never opens the database


@pytest.mark.parametrize(
    ("typed", "mailbox"),
    [
        ("Reader@Example.ORG", "reader@example.org"),
        (" reader@example.org ", "reader@example.org"),
        ("re.ader+x@example.org", "re.ader+x@example.org"),
        ("Re.Ader+news@gmail.com", "reader@gmail.com"),
        ("r.eader@googlemail.com", "reader@gmail.com"),
        ("reader+tag@outlook.com", "reader@outlook.com"),
        ("re.ader+tag@hotmail.com", "re.ader@hotmail.com"),
        ("reader+tag@icloud.com", "reader@icloud.com"),
        ("reader+tag@fastmail.com", "reader@fastmail.com"),
        ("reader+tag@proton.me", "reader@proton.me"),
        ("", ""),
    ],
)
def test_aliases_of_one_mailbox_normalise_alike(typed, mailbox):
    assert normalised_email(typed) == mailbox
