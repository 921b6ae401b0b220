from .article import (
    ArticleAuthor,
    ArticleCredit,
    ArticlePage,
    ArticleTag,
    RelatedArticle,
)
from .base import CommentPolicy
from .fronts import FrontStory
from .images import EditionCollection, NewsImage, NewsRendition
from .pages import EditionHomePage, SectionPage
from .people import Person, PersonName
from .policy import PolicyKind, PolicyPage, clause_anchor, policy_page

__all__ = [
    "ArticleAuthor",
    "ArticleCredit",
    "ArticlePage",
    "ArticleTag",
    "CommentPolicy",
    "EditionCollection",
    "EditionHomePage",
    "FrontStory",
    "NewsImage",
    "NewsRendition",
    "Person",
    "PersonName",
    "PolicyKind",
    "PolicyPage",
    "RelatedArticle",
    "SectionPage",
    "clause_anchor",
    "policy_page",
]
