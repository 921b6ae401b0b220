"""Links in a plain-text comment, including the ways people disguise them.

"example dot com", "example[.]com", "hxxp://", "www . example . com", a fullwidth or
ideographic full stop, Chinese 点/點 and Korean 닷컴 are read as the URLs they spell.
More than "max_links" (default 2) holds the comment; any link is a note.
"""

import re
import unicodedata

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from ..base import Finding, Outcome, Rule
from ..explanations import Explanation, explains

# Generic top-level domains seen in spam, and the ccTLDs of our readers' regions;
# a bare "word.xx" counts as a link only with one of these, so "end.It" does not.
TLDS = (
    "com net org info biz io co me tv cc ws xyz top site online club shop store app "
    "dev link live news pro mobi asia vip win bid fun icu buzz space website "
    "ru su cn hk tw mo jp kr kp mm kh la vn th bt np in pk bd lk my sg id ph "
    "us uk ca au nz de fr nl es it eu ch se no fi pl ua tr ir af kz uz kg tj "
    "ly to gl gg ai ms gd onion"
).split()

DOT_WORDS = (
    r"(?:\s*[\[\(\{<]\s*(?:\.|dot|点|點)\s*[\]\)\}>]\s*|\s+(?:dot|d0t)\s+|\s+\.\s+)"
)
DISGUISES = (
    (re.compile(r"\bhxxp(s?)\b", re.I), r"http\1"),
    (re.compile(r"\bh\*\*p(s?)\b", re.I), r"http\1"),
    (re.compile(r"\[\s*:\s*\]|\(\s*:\s*\)"), ":"),
    (re.compile(r"(?<=[a-z0-9])" + DOT_WORDS + r"(?=[a-z0-9])", re.I), "."),
    (re.compile(r"(?<=[a-z0-9])\s*[。．｡点點]\s*(?=[a-z0-9])", re.I), "."),
    (re.compile(r"(?<=[a-z0-9])\s*닷\s*컴"), ".com"),
    (re.compile(r"(?<=[a-z0-9])\s*닷\s*(?=[a-z0-9])", re.I), "."),
)
SCHEME_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"']+", re.I)
HOST = re.compile(
    r"(?<![\w@.-])(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:" + "|".join(TLDS) + r")(?![\w-])(?:/[^\s<>\"']*)?",
    re.I,
)


def undisguise(text):
    """Return `text` with spelled-out and bracketed dots turned into real ones."""
    text = unicodedata.normalize("NFKC", text)  # fullwidth letters and dots
    for pattern, replacement in DISGUISES:
        text = pattern.sub(replacement, text)
    return text


def find_links(text):
    """Return the links in `text` as written, once each, in order of appearance."""
    plain = undisguise(text)
    found = [match.group(0) for match in SCHEME_URL.finditer(plain)]
    rest = SCHEME_URL.sub(" ", plain)
    found += [m.group(0) for m in HOST.finditer(rest) if _looks_like_host(m.group(0))]
    return list(dict.fromkeys(link.rstrip(".,;:!?)") for link in found))


def _looks_like_host(link):
    """Tell "example.com" and "EXAMPLE.COM" from a sentence run on: "end.It"."""
    host = link.split("/", 1)[0]
    top = host.rsplit(".", 1)[-1]
    return host.lower().startswith("www.") or top.islower() or host.isupper()


class LinksRule(Rule):
    code = "links"
    label = gettext_lazy("Links")
    uses_database = False
    default_options = {"max_links": 2}

    def check(self, comment, options):
        links = find_links(comment.body)
        details = {"links": links, "count": len(links)}
        if not links:
            return Finding(Outcome.PASS, Explanation("links.none"), details)
        limit = int(options["max_links"])
        if len(links) > limit:
            explanation = Explanation("links.too_many", links=links, limit=limit)
            return Finding(Outcome.HOLD, explanation, details)
        return Finding(Outcome.NOTE, Explanation("links.count", links=links), details)


@explains("links.none")
def _no_links(params):
    return _("No links.")


@explains("links.count")
def _counted(params):
    links = params["links"]
    return ngettext(
        "%(count)d link: %(links)s.", "%(count)d links: %(links)s.", len(links)
    ) % {"count": len(links), "links": ", ".join(links)}


@explains("links.too_many")
def _too_many(params):
    more = _("More than %(limit)d links.") % {"limit": int(params["limit"])}
    return f"{more} {_counted(params)}"
