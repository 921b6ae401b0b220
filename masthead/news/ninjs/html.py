"""Article bodies between ninjs markup and the body StreamField.

Incoming HTML is first sanitised with nh3 against an allow-list, then read into
blocks: paragraphs keep only bold, italic and links; `<h2>`/`<h3>` become subheadings
and `<blockquote>` a quote whose `<cite>` or `<footer>` is the attribution. Figures,
the `<h1>` that repeats the headline, and document chrome are dropped: the lead image
and the headline travel in their own ninjs fields.
"""

import html
import re
from html.parser import HTMLParser

import nh3
from wagtail.rich_text import expand_db_html

HEADINGS = {"h2", "h3"}
ATTRIBUTION = {"cite", "footer"}
INLINE = {"b": "b", "strong": "b", "i": "i", "em": "i", "a": "a"}
ALLOWED_TAGS = {*INLINE, "br", "p", "div", "section", "article", "ul", "ol", "li"}
ALLOWED_TAGS |= {*HEADINGS, "h4", "h5", "h6", "blockquote", *ATTRIBUTION}
DROPPED_WITH_CONTENT = {"script", "style", "title", "figure", "h1", "table"}
PARAGRAPH_BREAK, LINE_BREAK = "\x00p", "\x00br"
DASHES = "—–- "
SITE_LINK = re.compile(r'href="(/[^/"][^"]*|/)"')


def sanitise(markup, tags=frozenset(ALLOWED_TAGS)):
    return nh3.clean(
        markup,
        tags=set(tags),
        clean_content_tags=DROPPED_WITH_CONTENT - set(tags),
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        url_relative="deny",
        link_rel=None,
    )


def html_to_text(markup):
    """Return the text of an HTML fragment, tags dropped and entities decoded."""
    return _collapse(html.unescape(sanitise(markup, tags=())))


def html_to_blocks(markup):
    """Return body StreamField data (a list of {"type", "value"}) for ninjs HTML."""
    parser = _BodyParser()
    parser.feed(sanitise(markup))
    parser.close()
    parser.flush()
    return parser.blocks


def text_to_blocks(text):
    """Return one paragraph block per run of lines between blank lines."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [
            html.escape(_collapse(line), quote=False) for line in chunk.splitlines()
        ]
        paragraph = _paragraph("<br>".join(line for line in lines if line))
        if paragraph:
            blocks.append({"type": "paragraph", "value": paragraph})
    return blocks


def blocks_to_html(body, absolute):
    """Return the body as plain semantic HTML; `absolute(url)` completes site URLs.

    Links to the site's own pages are made absolute, since the document is read
    elsewhere (and the importer drops relative links).
    """
    return "".join(_block_html(block, absolute) for block in body)


def _block_html(block, absolute):
    value = block.value
    if block.block_type == "paragraph":
        rich_text = expand_db_html(value.source)
        return SITE_LINK.sub(lambda m: f'href="{absolute(m[1])}"', rich_text)
    if block.block_type == "subheading":
        return f"<h2>{html.escape(value)}</h2>"
    if block.block_type == "quote":
        return _quote_html(value["text"], value["attribution"])
    if block.block_type == "image":
        return _figure_html(value["image"], value["caption"], absolute)
    return ""


def _quote_html(text, attribution):
    paragraphs = [
        "<br>".join(html.escape(line) for line in paragraph.split("\n"))
        for paragraph in text.split("\n\n")
    ]
    markup = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    if attribution:
        markup += f"<footer>{html.escape(attribution)}</footer>"
    return f"<blockquote>{markup}</blockquote>"


def _figure_html(image, caption, absolute):
    src = html.escape(absolute(image.file.url))
    alt = html.escape(image.default_alt_text or "")
    figcaption = f"<figcaption>{html.escape(caption)}</figcaption>" if caption else ""
    return f'<figure><img src="{src}" alt="{alt}">{figcaption}</figure>'


def _collapse(text):
    return " ".join(text.split())


def _paragraph(inline_markup):
    """Return `<p>…</p>` with balanced inline tags, or "" when it holds no text."""
    markup = _collapse(sanitise(inline_markup, tags=("b", "i", "a", "br")))
    if not html_to_text(markup):
        return ""
    return f"<p>{markup}</p>"


def _tidy_quote(text):
    paragraphs = []
    for paragraph in text.split(PARAGRAPH_BREAK):
        lines = [_collapse(line) for line in paragraph.split(LINE_BREAK)]
        paragraphs.append("\n".join(line for line in lines if line))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


class _BodyParser(HTMLParser):
    """Walk sanitised HTML and cut it into paragraph, subheading and quote blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.inline = [], []
        self.capture, self.text, self.attribution = None, [], []
        self.attribution_depth = 0

    def flush(self):
        paragraph = _paragraph("".join(self.inline))
        if paragraph:
            self.blocks.append({"type": "paragraph", "value": paragraph})
        self.inline = []

    def handle_starttag(self, tag, attrs):
        if self.capture == "quote":
            self._quote_starttag(tag)
        elif self.capture == "subheading":
            self.text.append(" " if tag == "br" else "")
        elif tag in HEADINGS or tag == "blockquote":
            self.flush()
            self.capture = "subheading" if tag in HEADINGS else "quote"
            self.text, self.attribution, self.attribution_depth = [], [], 0
        elif tag in INLINE:
            self.inline.append(_open_inline(tag, attrs))
        elif tag == "br":
            self.inline.append("<br>")
        else:
            self.flush()

    def handle_endtag(self, tag):
        if self.capture == "quote":
            self._quote_endtag(tag)
        elif self.capture == "subheading":
            if tag in HEADINGS:
                self._emit("subheading", _collapse("".join(self.text)))
        elif tag in INLINE:
            self.inline.append(f"</{INLINE[tag]}>")
        elif tag != "br":
            self.flush()

    def handle_data(self, data):
        if self.capture == "quote" and self.attribution_depth:
            self.attribution.append(data)
        elif self.capture:
            self.text.append(data)
        else:
            self.inline.append(html.escape(data, quote=False))

    def _quote_starttag(self, tag):
        if tag in ATTRIBUTION:
            self.attribution_depth += 1
        elif tag == "br":
            self.text.append(LINE_BREAK)
        elif tag == "p":
            self.text.append(PARAGRAPH_BREAK)

    def _quote_endtag(self, tag):
        if tag in ATTRIBUTION:
            self.attribution_depth = max(0, self.attribution_depth - 1)
        elif tag == "p":
            self.text.append(PARAGRAPH_BREAK)
        elif tag == "blockquote":
            text = _tidy_quote("".join(self.text))
            attribution = _collapse("".join(self.attribution)).lstrip(DASHES)
            self._emit("quote", {"text": text, "attribution": attribution})

    def _emit(self, block_type, value):
        has_text = value["text"] if isinstance(value, dict) else value
        if has_text:
            self.blocks.append({"type": block_type, "value": value})
        self.capture = None


def _open_inline(tag, attrs):
    if tag != "a":
        return f"<{INLINE[tag]}>"
    href = dict(attrs).get("href")
    return f'<a href="{html.escape(href)}">' if href else ""
