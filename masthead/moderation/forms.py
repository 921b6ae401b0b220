"""Forms of the desk. Each decision form carries what the moderator saw: the
revision and the status, so a decision made on stale information is refused."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from masthead.comments.models import CommentStatus
from masthead.core.numbers import IdField, parse_id
from masthead.news.models import SectionPage
from masthead.triage.models import WordListEntry

from .models import RejectionReason
from .permissions import editions_for
from .queues import Filters, edition_name

ORIGINS = (("queue", _("queue")), ("detail", _("comment page")))


def reason_choices():
    """Return the active reasons, each labelled with its Terms of Use clause."""
    reasons = RejectionReason.objects.filter(active=True)
    return [("", _("Choose a reason…")), *((r.code, str(r)) for r in reasons)]


class QueueQueryForm(forms.Form):
    """A queue's filters as its query string names them; reading them costs no query.

    An edition or section outside the user's desks needs no check here: every queue
    is limited to the desk scope anyway.
    """

    edition = forms.CharField(
        label=_("Edition"), required=False, max_length=10, widget=forms.Select
    )
    section = IdField(label=_("Section"), required=False, widget=forms.Select)
    article = IdField(label=_("Article id"), required=False)
    commenter = forms.CharField(
        label=_("Commenter"),
        required=False,
        max_length=254,
        help_text=_("Email, IP hash or display name"),
    )
    q = forms.CharField(label=_("Text contains"), required=False, max_length=200)
    order = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=(
            ("oldest", _("Oldest first")),
            ("newest", _("Newest first")),
            ("priority", _("Priority first (Pending)")),
        ),
    )

    def filters(self):
        """Return Filters from the valid fields; an invalid field filters nothing."""
        self.is_valid()
        data = {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.errors
        }
        return Filters(
            edition=data.get("edition") or "",
            section=data.get("section"),
            article=data.get("article"),
            commenter=data.get("commenter") or "",
            text=data.get("q") or "",
            newest_first=data.get("order") == "newest",
            priority_first=data.get("order") == "priority",
        )


class QueueFilterForm(QueueQueryForm):
    """The filters as the queue page shows them, offering the user's desks only."""

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        editions = editions_for(user)
        self.fields["edition"].widget.choices = [("", _("All my editions"))] + [
            (code, edition_name(code)) for code in editions
        ]
        sections = SectionPage.objects.filter(
            locale__language_code__in=editions
        ).values_list("pk", "title", "locale__language_code")
        self.fields["section"].widget.choices = [("", _("All sections"))] + [
            (pk, f"{title} ({code})") for pk, title, code in sections.order_by("path")
        ]


class DecisionForm(forms.Form):
    revision = IdField(widget=forms.HiddenInput)
    seen_status = forms.ChoiceField(
        choices=CommentStatus.choices, widget=forms.HiddenInput
    )
    queue = forms.CharField(required=False, widget=forms.HiddenInput)
    origin = forms.ChoiceField(
        choices=ORIGINS, required=False, widget=forms.HiddenInput
    )
    note = forms.CharField(
        label=_("Note for the audit log"), required=False, max_length=1000
    )


class RejectForm(DecisionForm):
    reason = forms.ChoiceField(label=_("Reason"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = reason_choices()


class EditForm(RejectForm):
    body = forms.CharField(
        label=_("Text"), widget=forms.Textarea(attrs={"rows": 8, "autofocus": True})
    )
    approve = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = _("Terms of Use reason for the edit")
        self.fields["body"].max_length = settings.MASTHEAD_COMMENT_MAX_LENGTH
        self.fields["body"].widget.attrs["maxlength"] = (
            settings.MASTHEAD_COMMENT_MAX_LENGTH
        )
        self.order_fields(["body", "reason", "note"])


class BanForm(forms.Form):
    by_email = forms.BooleanField(label=_("Ban this email address"), required=False)
    by_ip = forms.BooleanField(label=_("Ban this network address"), required=False)
    reason = forms.ChoiceField(label=_("Reason"))
    reject_pending = forms.BooleanField(
        label=_("Also reject every pending comment of this commenter"), required=False
    )
    queue = forms.CharField(required=False, widget=forms.HiddenInput)
    origin = forms.ChoiceField(
        choices=ORIGINS, required=False, widget=forms.HiddenInput
    )

    def __init__(self, comment, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = reason_choices()
        if not comment.email:
            del self.fields["by_email"]
        if not comment.ip_hash:
            del self.fields["by_ip"]

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("by_email") or cleaned.get("by_ip")):
            raise forms.ValidationError(
                _("Choose what to ban: the email address, the network address or both.")
            )
        return cleaned


class BulkForm(forms.Form):
    """A selection of queue rows, each named "pk:revision:status" as it was seen."""

    action = forms.ChoiceField(
        choices=(("approve", _("Approve")), ("reject", _("Reject")))
    )
    selected = forms.MultipleChoiceField(label=_("Selected comments"))
    reason = forms.ChoiceField(label=_("Reason"), required=False)
    queue = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = reason_choices()
        # Any value may be posted; clean_selected parses and checks each one.
        self.fields["selected"].valid_value = lambda value: True

    def clean_selected(self):
        seen = []
        for value in self.cleaned_data["selected"]:
            row = _selected_row(value)
            if row is None:
                raise forms.ValidationError(_("The selection was garbled."))
            seen.append(row)
        return seen

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "reject" and not cleaned.get("reason"):
            self.add_error("reason", _("Choose a reason to reject the selection."))
        return cleaned


class UndoForm(forms.Form):
    """Decisions to undo, each named "pk:revision:status" as the decision left it."""

    decision = forms.MultipleChoiceField()
    queue = forms.CharField(required=False, widget=forms.HiddenInput)
    origin = forms.ChoiceField(
        choices=ORIGINS, required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].valid_value = lambda value: True

    def clean_decision(self):
        rows = [_selected_row(value) for value in self.cleaned_data["decision"]]
        if None in rows:
            raise forms.ValidationError(_("The decision to undo was garbled."))
        return rows


def _selected_row(value):
    """Return (pk, revision, status) from "pk:revision:status", or None."""
    pk, revision, status = (value.split(":") + ["", ""])[:3]
    if status not in CommentStatus.values or value.count(":") != 2:
        return None
    pk, revision = parse_id(pk), parse_id(revision)
    return (pk, revision, CommentStatus(status)) if pk and revision else None


class AuditFilterForm(forms.Form):
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class WordListEntryForm(forms.ModelForm):
    """A word for the desk's list, for one of the user's editions (or all: admins)."""

    class Meta:
        model = WordListEntry
        fields = ["edition", "kind", "term"]

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(code, edition_name(code)) for code in editions_for(user)]
        if user.is_superuser:
            choices.insert(0, ("", _("Every edition")))
        self.fields["edition"] = forms.ChoiceField(label=_("Edition"), choices=choices)
        self.fields["edition"].required = not user.is_superuser

    def clean_term(self):
        term = " ".join(self.cleaned_data["term"].split())
        if not term:
            raise forms.ValidationError(_("Enter a word or phrase."))
        return term
