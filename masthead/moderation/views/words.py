"""The desk's word list: banned and suspect words per edition, kept by its moderators.

A moderator changes the lists of the editions they moderate; entries for every
edition are for site administrators. Each change is audited as a settings change.
One URL: GET shows the lists, POST adds a word, POST with `remove` removes one.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.log_actions import LogContext

from masthead.triage.models import WordListEntry

from ..forms import WordListEntryForm
from ..permissions import editions_for
from .access import SeeOther, desk_view


@desk_view
def word_list(request):
    if request.method == "POST" and "remove" in request.POST:
        return remove_word(request, request.POST["remove"])
    form = WordListEntryForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with LogContext(user=request.user):
            entry = form.save(commit=False)
            entry.added_by = request.user
            entry.save()
        messages.success(request, _("“%(term)s” added.") % {"term": entry.term})
        return SeeOther(reverse("moderation:word_list"))
    editions = editions_for(request.user)
    entries = WordListEntry.objects.filter(edition__in=[*editions, ""])
    context = {
        "form": form,
        "entries": entries.select_related("added_by"),
        "can_change_all": request.user.is_superuser,
    }
    return TemplateResponse(request, "moderation/word_list.html", context)


def remove_word(request, pk):
    if not str(pk).isdigit():
        raise PermissionDenied(_("Name the word to remove by its number."))
    entry = get_object_or_404(WordListEntry, pk=pk)
    if not can_change(request.user, entry.edition):
        raise PermissionDenied(_("This word belongs to a desk you do not moderate."))
    with LogContext(user=request.user):
        entry.delete()
    messages.success(request, _("“%(term)s” removed.") % {"term": entry.term})
    return SeeOther(reverse("moderation:word_list"))


def can_change(user, edition):
    """Return whether `user` may change the word list of `edition` ("" is all)."""
    if user.is_superuser:
        return True
    return bool(edition) and edition in editions_for(user)
