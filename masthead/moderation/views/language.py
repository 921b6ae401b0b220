"""The moderator chooses the language their desk speaks, from any desk page."""

from django.contrib import messages
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import language
from .access import SeeOther, desk_view


@require_POST
@desk_view
def choose_language(request):
    try:
        code = language.choose_language(request.user, request.POST.get("language", ""))
    except ValueError:
        messages.error(request, _("Choose one of the languages in the list."))
    else:
        translation.activate(code)  # so the message below is in the new language
        messages.success(
            request,
            _("The desk now speaks %(language)s.")
            % {"language": dict(language.language_choices())[code]},
        )
    return SeeOther(back_to(request, request.POST.get("next", "")))


def back_to(request, url):
    """Return `url` if it is a page of this desk, else the dashboard."""
    local = url_has_allowed_host_and_scheme(url, allowed_hosts=None)
    dashboard = reverse("moderation:dashboard")
    return url if local and url.startswith(dashboard) else dashboard
