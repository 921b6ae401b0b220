"""An article's list of approved comments, kept in memory until it changes.

The list and its pager are the same for every reader until a comment on the article
is approved, edited, withdrawn or deleted, each of which starts a new *thread
generation* for that article in the shared cache (`thread_changed`), so every
server stops using its kept list at once. The key also names the content
generation (core/fragments.py): a new template or new digits render every list
again.
"""

from django.template.loader import render_to_string

from masthead.core.fragments import fragment_key, generation, kept, new_generation

THREAD_KEY = "masthead:thread-generation:{}"


def thread_changed(article_id):
    """Start a new thread generation for the article: its kept lists are stale."""
    new_generation(THREAD_KEY.format(article_id))


def on_comment_decided(sender, comment, **kwargs):
    thread_changed(comment.article_id)


def on_comment_deleted(sender, instance, **kwargs):
    thread_changed(instance.article_id)


def listing_key(request, article, asked):
    """Return the key of the article's list for this request, or None when it must
    be rendered afresh; `asked` names what varies: page, order, size, reply."""
    page_key = fragment_key(request, article, "thread")
    if page_key is None:
        return None
    thread = generation(THREAD_KEY.format(article.pk))
    varies = ":".join(str(value) for value in asked)
    return f"{page_key}:{thread}:{request.path}:{varies}"


def kept_listing(key, section, context):
    """Return {"count", "html"} of the section's list, kept under `key`."""

    def render():
        html = render_to_string(
            "comments/thread_list.html", {**context, "section": section}
        )
        return {"count": section.thread.count, "html": html}

    return kept(key, render)


# Stands in for the signature in a kept blank form; each reader gets a fresh one.
SIGNATURE = "masthead-form-signature"


def kept_form_html(form, context):
    """Return the comment form's HTML. A blank form (no text, no reply, no other
    page to return to) is the same for every reader but for its signature: it is
    rendered once per content generation and given each reader's own signature."""

    def render():
        return render_to_string("comments/form.html", {**context, "form": form})

    blank = not form.is_bound and form.reply_to is None and not context.get("next")
    request = context.get("request")
    key = fragment_key(request, form.article, "blank-form") if blank else None
    if key is None:
        return render()

    def render_blank():
        form.signed_target = lambda: SIGNATURE
        try:
            return render()
        finally:
            del form.signed_target

    return kept(key, render_blank).replace(SIGNATURE, form.signed_target())
