"""What goes in and out of the API. Public shapes never carry email or address data."""

from datetime import datetime
from typing import Annotated, Literal

from ninja import Field, Path, Schema
from pydantic import BaseModel

from masthead.core.numbers import LARGEST_ID

DecisionAction = Literal["approve", "reject", "edit"]
Status = Literal["pending", "approved", "rejected"]
Queue = Literal["pending", "approved", "rejected", "reported", "all"]
# A row id as a column holds it: a larger number is a 400 naming the field, never a
# number handed to the database (see masthead.core.numbers).
Id = Annotated[int, Field(ge=1, le=LARGEST_ID)]


def id_in_path():
    return Path(..., ge=1, le=LARGEST_ID)


class PublicComment(Schema):
    id: int
    parent: int | None = Field(None, alias="parent_id")
    name: str = Field(alias="display_name")
    body: str
    created_at: datetime
    edited_by_moderators: bool


class PublicCommentPage(Schema):
    count: int
    next: str | None
    items: list[PublicComment]


# Request bodies are plain pydantic models: a ninja Schema also reads attributes, so
# it would accept a JSON array or string as an object with every field missing.


class CommentIn(BaseModel):
    """A reader's comment. Types only: the rules (required, lengths) are the comment
    form's, so readers get the same translated messages as on the page."""

    name: str | None = None
    email: str | None = None
    body: str | None = None
    parent: Id | None = None
    notify: bool = Field(False, description="Email me when a moderator decides.")


class Accepted(Schema):
    id: int
    status: str


class ArticleRef(Schema):
    id: int
    title: str
    url: str


class TriageNote(Schema):
    rule: str
    label: str = Field(description="The rule's name, in the caller's language")
    outcome: str
    explanation: str = Field(
        description="What the rule found, in the caller's language"
    )
    score: float | None


class ModerationComment(Schema):
    id: int
    article: ArticleRef
    parent: int | None
    edition: str
    name: str
    email: str
    body: str
    status: str
    revision: int
    created_at: datetime
    edited_by_moderators: bool
    reports: int = Field(description="Open reports from readers")
    triage: list[TriageNote] = []


class QueueQuery(Schema):
    status: Queue = "pending"
    edition: str = ""
    section: Id | None = Field(None, description="Section page id")
    article: Id | None = Field(None, description="Article page id")
    commenter: str = Field("", description="Email, IP hash or display name")
    q: str = Field("", description="Text the comment contains")
    limit: int = Field(50, ge=1, le=200)
    cursor: str = Field("", description="From the `next` link of the page before")


class ModerationPage(Schema):
    next: str | None
    items: list[ModerationComment]


class DecisionIn(BaseModel):
    action: DecisionAction
    revision: Id
    reason: str = ""
    body: str | None = Field(
        None, description="New text, for edit or approve-with-edit"
    )
    note: str = ""
    seen_status: Status = "pending"


class UndoIn(BaseModel):
    revision: Id = Field(
        description="The revision the decision left the comment at, as it answered"
    )
    note: str = ""


class Detail(Schema):
    detail: str


class FieldErrors(Schema):
    errors: dict[str, list[str]]
