"""The reader's comment form and the report form.

The comment form signs its target (article and parent) and the time it was shown,
like django-contrib-comments' security form, so a post must come from a page we
served, for the thread it was shown on, not too long ago. Its errors never discard
what the reader typed: the view renders the bound form back.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from .models import Comment, ReportReason
from .text import clean_plain_text, has_visible_text

SALT = "masthead.comments.form"
EXPIRED = _(
    "This form was open too long. Your comment is still here: please send it again."
)
TAMPERED = _("This form could not be checked. Please send your comment again.")
HONEYPOT = _(
    "Your comment looked automated and was not sent. If you typed it, please send "
    "it again."
)
TOO_LONG = ngettext_lazy(
    "Your comment is %(over)s character too long: the limit is %(limit)s. "
    "Shorten it and send it again.",
    "Your comment is %(over)s characters too long: the limit is %(limit)s. "
    "Shorten it and send it again.",
    "over",
)
TOO_FAST = _(
    "That was quicker than a person types. Your comment is still here: please wait "
    "a moment and send it again."
)

# Sent when the form takes a post for a bot's, before it is refused (kwargs: edition,
# kind: "bot_honeypot", "bot_too_fast" or "bot_stale"). The guards app counts it.
bot_refused = Signal()


def sign_target(article, parent=None):
    """Return a token naming the article, the parent and (signed in) the time."""
    edition = article.locale.language_code
    target = [article.pk, parent.pk if parent else None, edition]
    return signing.dumps(target, salt=SALT)


def signed_age(token):
    """Return how many seconds ago a token that passed signing.loads() was signed."""
    return int(time.time()) - signing.b62_decode(token.rsplit(":", 2)[-2])


def edition_of(token):
    """Return the edition a token was signed for, ignoring its age; "" if forged."""
    try:
        return signing.loads(token, salt=SALT)[2]
    except (signing.BadSignature, TypeError, IndexError):
        return ""


class PlainTextField(forms.CharField):
    """Text as the reader sees it: one character per line break, so the form's
    count of characters left and the server's limit count the same way."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return super().to_python(value)

    def validate(self, value):
        super().validate(value)
        if value and not has_visible_text(clean_plain_text(value)[0]):
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
        # The column's length (EmailField's 254), so a longer address is a form
        # error the reader can fix, not a row the database refuses.
        max_length=Comment._meta.get_field("email").max_length,
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
        self.unripe_token = None
        # No maxlength on the textarea: a browser would cut a paste short without a
        # word. The overflow is kept and refused here, saying by how much.
        self.length_limit = settings.MASTHEAD_COMMENT_MAX_LENGTH
        self.fields["body"].widget.attrs["aria-describedby"] = "comment-length"

    def characters_left(self):
        """Return how many characters may still be written."""
        return max(0, self.length_limit - self._typed_length())

    def characters_over(self):
        """Return how many characters the text has beyond the limit."""
        return max(0, self._typed_length() - self.length_limit)

    def _typed_length(self):
        return len(self.fields["body"].to_python(self["body"].value() or ""))

    def clean_body(self):
        body = self.cleaned_data["body"]
        if len(body) > self.length_limit:
            over = len(body) - self.length_limit
            params = {"over": over, "limit": self.length_limit}
            raise forms.ValidationError(TOO_LONG, "max_length", params)
        return body

    def signed_target(self):
        """Return a fresh token, so a form returned with errors can be sent again.

        A form sent too soon gets its own token back instead: it keeps ageing while
        the reader waits, so the next send is no longer too soon.
        """
        return self.unripe_token or sign_target(self.article, self.reply_to)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("honeypot"):
            self.refuse_bot("bot_honeypot", HONEYPOT, "honeypot")
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
            self.refuse_bot("bot_stale", EXPIRED, "expired")
        except signing.BadSignature:
            target = None
        if target != expected:
            raise forms.ValidationError(TAMPERED, "tampered")
        if signed_age(token) < settings.MASTHEAD_MIN_FORM_SECONDS:
            self.unripe_token = token
            self.refuse_bot("bot_too_fast", TOO_FAST, "too_fast")

    def refuse_bot(self, kind, message, code):
        """Tell the listeners, who count bots, and refuse the post with `message`."""
        edition = self.article.locale.language_code
        bot_refused.send(sender=type(self), edition=edition, kind=kind)
        raise forms.ValidationError(message, code)

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
