"""Share links as plain URLs: no SDK, no script, no request until the reader taps."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ShareLink:
    network: str
    label: str
    url: str

    @property
    def icon(self):
        """Return the template of the network's icon: an original inline SVG, so
        the row costs no request and no network's script."""
        return f"sharing/icons/{self.network}.svg"


# In the order our readers use them most: the network, its label, its address and
# what its query carries ("title", "url", or "both": the title, then the URL).
NETWORKS = (
    ("whatsapp", _("Share on WhatsApp"), "https://wa.me/", {"text": "both"}),
    (
        "telegram",
        _("Share on Telegram"),
        "https://t.me/share/url",
        {"url": "url", "text": "title"},
    ),
    (
        "facebook",
        _("Share on Facebook"),
        "https://www.facebook.com/sharer/sharer.php",
        {"u": "url"},
    ),
    (
        "x",
        _("Share on X"),
        "https://x.com/intent/post",
        {"text": "title", "url": "url"},
    ),
    (
        "line",
        _("Share on LINE"),
        "https://social-plugins.line.me/lineit/share",
        {"url": "url"},
    ),
    ("email", _("Share by email"), "mailto:", {"subject": "title", "body": "url"}),
)


def share_links(title, url):
    """Return a page's share links, in the order our readers use them most."""
    values = {"title": title, "url": url, "both": f"{title} {url}"}
    return [
        ShareLink(network, label, address + "?" + _query(address, carried, values))
        for network, label, address, carried in NETWORKS
    ]


def _query(address, carried, values):
    query = {name: values[value] for name, value in carried.items()}
    if address.startswith("mailto:"):
        # Mail programs read "+" as a plus sign: spaces go as %20.
        return urlencode(query, safe="/", quote_via=quote)
    return urlencode(query)
