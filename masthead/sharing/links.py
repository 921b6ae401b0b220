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


def share_links(title, url):
    """Return a page's share links, in the order our readers use them most."""
    text = f"{title} {url}"
    return [
        ShareLink(
            "whatsapp",
            _("Share on WhatsApp"),
            "https://wa.me/?" + urlencode({"text": text}),
        ),
        ShareLink(
            "telegram",
            _("Share on Telegram"),
            "https://t.me/share/url?" + urlencode({"url": url, "text": title}),
        ),
        ShareLink(
            "facebook",
            _("Share on Facebook"),
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
        ShareLink(
            "x",
            _("Share on X"),
            "https://x.com/intent/post?" + urlencode({"text": title, "url": url}),
        ),
        ShareLink(
            "line",
            _("Share on LINE"),
            "https://social-plugins.line.me/lineit/share?" + urlencode({"url": url}),
        ),
        ShareLink(
            "email",
            _("Share by email"),
            f"mailto:?subject={quote(title)}&body={quote(url)}",
        ),
    ]
