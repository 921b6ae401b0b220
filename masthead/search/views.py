"""The results page of each edition's search: /<edition>/search/?q=..."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from masthead.core.editions import UnknownEdition, get_edition
from masthead.news.models import EditionHomePage

from .highlight import highlight, snippet
from .queries import search, texts


@dataclass
class Result:
    url: str
    title: str
    snippet: str
    published_at: object


class SearchView(TemplateView):
    """Search one edition. The edition's home page is passed as `page`, so the site
    header, language and writing direction are the edition's."""

    template_name = "search/results.html"
    per_page = 10
    # The header form (search/includes/search_form.html) has the same maxlength.
    max_query_length = 100
    empty_message = _("Type a word or a few words to search this edition.")
    no_terms_message = _("Type letters or numbers to search.")
    too_long_message = _("That search is too long: use at most %(max)s characters.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        edition = self.edition()
        query = self.request.GET.get("q", "").strip()
        context.update(
            page=self.home(edition), edition=edition, search_query=query, message=""
        )
        if not query:
            context["message"] = self.empty_message
        elif len(query) > self.max_query_length:
            context["message"] = self.too_long_message % {"max": self.max_query_length}
        else:
            context.update(self.results(edition, query))
        return context

    def edition(self):
        try:
            return get_edition(translation.get_language())
        except UnknownEdition:
            raise Http404("no such edition") from None

    def home(self, edition):
        home = (
            EditionHomePage.objects.live()
            .filter(locale__language_code=edition.code)
            .select_related("locale")
            .first()
        )
        if home is None:
            raise Http404("this edition has no home page yet")
        return home

    def results(self, edition, query):
        terms, documents = search(edition.code, query)
        if not terms:
            return {"message": self.no_terms_message}
        results_page = Paginator(documents, self.per_page).get_page(
            self.request.GET.get("page")
        )
        text_of = texts(results_page)
        # A page of results is a sequence: an empty one is false in a template.
        return {
            "searched": True,
            "results_page": results_page,
            "results": [
                self.result(doc, text_of.get(doc.pk, ""), terms) for doc in results_page
            ],
        }

    def result(self, document, text, terms):
        return Result(
            url=document.page.get_url(self.request),
            title=highlight(document.title, terms),
            snippet=snippet(text, terms),
            published_at=document.page.first_published_at,
        )
