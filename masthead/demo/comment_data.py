"""The shape of the demo's reader comments, written as data like the stories."""

from dataclasses import dataclass

# What the desk did with a comment; pending ones are left for the demo's moderators.
PENDING, APPROVE, REJECT = "pending", "approve", "reject"


@dataclass(frozen=True)
class DemoComment:
    """One reader's comment on a demo story, and the desk's decision on it.

    `story` is a key of the demo stories and `reply_to` the key of an approved
    comment listed earlier. `reason` is a Terms of Use reason code, needed to reject
    and to edit; an `edited_body` is approved in place of the reader's text, with the
    public marker. Addresses are from the ranges kept for documentation.
    """

    key: str
    story: str
    name: str
    body: str
    minutes_ago: int
    address: str
    decision: str = PENDING
    reason: str = ""
    edited_body: str = ""
    note: str = ""
    reply_to: str = ""
    email: str = ""


@dataclass(frozen=True)
class DemoReport:
    """A reader's open report on an approved demo comment."""

    comment: str
    reason: str  # a ReportReason value
    note: str
    minutes_ago: int
    address: str


@dataclass(frozen=True)
class DemoBan:
    """A commenter the desk banned, named by one of their comments."""

    comment: str
    reason: str
