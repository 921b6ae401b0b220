from django.middleware.locale import LocaleMiddleware


class EditionLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its guess for paths outside the editions.

    Every unknown path "exists" under a language prefix, because Wagtail answers any
    path there; so Django would redirect a 404 at /comments/... to /en/comments/...,
    turning a POST into a GET. Paths of our own apps keep their 404s.
    """

    unprefixed_paths = (
        "/comments/",
        "/moderation/",
        "/api/",
        "/admin/",
        "/static/",
        "/media/",
        "/lite/",
        "/robots.txt",
        "/sitemap",
    )

    def process_response(self, request, response):
        if request.path_info.startswith(self.unprefixed_paths):
            return response
        return super().process_response(request, response)
