"""A desk page with one form about one comment (edit, ban).

GET shows the form; a valid POST is acted on. Success tells the moderator and moves
on to the next comment (303, so reloading never posts twice); a refusal stays on
the form and says why.
"""

from django.contrib import messages
from django.template.response import TemplateResponse

from ..conflicts import DecisionRefused
from .access import SeeOther, comment_for, queue_state, url_after
from .rows import CommentLinks


class CommentFormPage:
    """Subclasses name the form and template and say how to act on the form."""

    form_class = None
    template_name = ""

    def __init__(self, request, pk):
        self.request = request
        self.comment = comment_for(request, pk)
        source = request.POST if request.method == "POST" else request.GET
        self.state = queue_state(request, source.get("queue"))
        self.origin = source.get("origin") or "detail"

    def make_form(self, **kwargs):
        return self.form_class(**kwargs)

    def initial(self):
        """Return the form's first values besides the queue and origin it carries."""
        return {}

    def act(self, data):
        """Act on the valid form's data; return (message, whether to move on)."""
        raise NotImplementedError

    def extra_context(self):
        return {}

    def response(self):
        if self.request.method == "POST":
            form = self.make_form(data=self.request.POST)
            if form.is_valid() and (done := self._acted(form.cleaned_data)):
                return done
        else:
            initial = {**self.initial(), "queue": self.state.url, "origin": self.origin}
            form = self.make_form(initial=initial)
        CommentLinks(self.state.url, self.origin).attach(self.request, [self.comment])
        context = {"comment": self.comment, "form": form, "queue_url": self.state.url}
        context.update(self.extra_context())
        return TemplateResponse(self.request, self.template_name, context)

    def _acted(self, data):
        """Return where to go after acting, or None to show the form again."""
        try:
            message, moved_on = self.act(data)
        except DecisionRefused as refusal:
            messages.error(self.request, refusal.message)
            return None
        messages.success(self.request, message)
        return SeeOther(
            url_after(self.request, self.comment, self.state, self.origin, moved_on)
        )
