from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "role_title", "slug"]
    search_fields = ["name"]


register_snippet(PersonViewSet)
