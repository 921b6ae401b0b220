"""The reader's comment form and the report form.

The comment form signs its target (article and parent) and the time it was shown,
like django-contrib-comments' security form, so a post must come from a page we
served, for the thread it was shown on, not too long ago. Its errors never discard
what the reader typed: the view renders the bound form back.
"""

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from .models import ReportReason
from .text import clean_plain_text

SALT = "masthead.comments.form"
EXPIRED = _(
    "This form was open too long. Your comment is still here: please send it again."
)
TAMPERED = _("This form could not be checked. Please send your comment again.")
HONEYPOT = _(
    "Your comment looked automated and was not sent. If you typed it, please send "
    "it again."
)


def sign_target(article, parent=None):
    """Return a token naming the article, the parent and (signed in) the time."""
    edition = article.locale.language_code
    target = [article.pk, parent.pk if parent else None, edition]
    return signing.dumps(target, salt=SALT)


def edition_of(token):
    """Return the edition a token was signed for, ignoring its age; "" if forged."""
    try:
        return signing.loads(token, salt=SALT)[2]
    except (signing.BadSignature, TypeError, IndexError):
        return ""


class PlainTextField(forms.CharField):
    """Text as the reader sees it: one character per line break, so a textarea's
    maxlength and the server's limit count the same way."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return super().to_python(value)

    def validate(self, value):
        super().validate(value)
        if value and not clean_plain_text(value)[0].strip():
            raise forms.ValidationError(self.error_messages["required"], "required")


class NeverFilledInput(forms.TextInput):
    """The honeypot: shown again empty, so a person whose browser filled it in can
    simply send the form again."""

    def format_value(self, value):
        return None


class CommentForm(forms.Form):
    """A reader's comment on `article`, in reply to `parent` when given.

    The template writes two hidden inputs from the form rather than from the data
    posted: `parent` and `security` (see signed_target()), so a form shown again
    after an error carries a fresh signature and can simply be sent again.
    """

    name = PlainTextField(
        label=_("Name"),
        max_length=50,
        help_text=_("Shown with your comment."),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    email = forms.EmailField(
        label=_("Email (optional)"),
        required=False,
        help_text=_("Never shown. Used only for the notifications you ask for below."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    notify = forms.BooleanField(
        label=_("Email me when my comment is reviewed"), required=False
    )
    body = PlainTextField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 6}))
    honeypot = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        widget=NeverFilledInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, article, *args, parent=None, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.article, self.reply_to = article, parent
        limit = settings.MASTHEAD_COMMENT_MAX_LENGTH
        body = self.fields["body"]
        body.max_length = limit
        body.validators.append(MaxLengthValidator(limit))
        body.widget.attrs["maxlength"] = str(limit)

    def signed_target(self):
        """Return a fresh token, so a form returned with errors can be sent again."""
        return sign_target(self.article, self.reply_to)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("honeypot"):
            raise forms.ValidationError(HONEYPOT, "honeypot")
        self._check_target(self.data.get("security", ""))
        if cleaned.get("notify") and not cleaned.get("email"):
            self.add_error(
                "email", _("Give an email address to be told when it is reviewed.")
            )
        return cleaned

    def _check_target(self, token):
        parent_id = self.reply_to.pk if self.reply_to else None
        expected = [self.article.pk, parent_id, self.article.locale.language_code]
        max_age = settings.MASTHEAD_COMMENT_FORM_MAX_AGE
        try:
            target = signing.loads(token, salt=SALT, max_age=max_age)
        except signing.SignatureExpired:
            raise forms.ValidationError(EXPIRED, "expired") from None
        except signing.BadSignature:
            target = None
        if target != expected:
            raise forms.ValidationError(TAMPERED, "tampered")

    def submission_fields(self):
        """Return the keyword arguments submission.prepare() takes from the form."""
        data = self.cleaned_data
        return {
            "display_name": data["name"],
            "body": data["body"],
            "email": data["email"],
            "notify": data["notify"],
            "parent": self.reply_to,
        }


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this comment?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": "500"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
