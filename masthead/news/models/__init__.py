from .article import (
    ArticleAuthor,
    ArticleCredit,
    ArticlePage,
    ArticleTag,
    RelatedArticle,
)
from .fronts import FrontStory
from .images import NewsImage, NewsRendition
from .pages import CommentPolicy, EditionHomePage, SectionPage
from .people import Person, PersonName

__all__ = [
    "ArticleAuthor",
    "ArticleCredit",
    "ArticlePage",
    "ArticleTag",
    "CommentPolicy",
    "EditionHomePage",
    "FrontStory",
    "NewsImage",
    "NewsRendition",
    "Person",
    "PersonName",
    "RelatedArticle",
    "SectionPage",
]
