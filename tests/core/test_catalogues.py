"""Every interface string is translated in every edition's catalogue.

The strings are read from the source the way `makemessages` reads them (templates
through Django's own `templatize`, then a Python extractor), but with Babel, so the
check needs no GNU gettext on the machine.
"""

import functools
import io
import re
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from babel.messages.extract import extract_python
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.forms import EmailField
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.timesince import timesince
from django.utils.translation import to_locale
from django.utils.translation.template import templatize
from wagtail.users.models import UserProfile

from masthead.core.editions import edition_codes
from masthead.moderation.models import DeskAssignment
from masthead.news.setup import ensure_edition, ensure_section

PACKAGE = Path(__file__).resolve().parents[2] / "masthead"
LOCALE_DIR = PACKAGE / "locale"
# Django's makemessages keywords (xgettext's Python defaults plus Django's own).
KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
PLACEHOLDER = re.compile(
    r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc]"
    r"|%[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc%]"
    r"|\{\w*\}"
)
# Every edition's language has one plural form except English and Uyghur.
TWO_PLURAL_FORMS = {"en", "ug"}
LOCALES = [to_locale(code) for code in edition_codes()]


def source_files():
    """Yield the files makemessages reads: it skips hidden and `locale` folders."""
    for path in sorted(PACKAGE.rglob("*")):
        folders = path.relative_to(PACKAGE).parts[:-1]
        if path.suffix not in {".py", ".html", ".txt"} or "__pycache__" in folders:
            continue
        if "locale" not in folders and not any(f.startswith(".") for f in folders):
            yield path


def messages_in(path):
    """Yield (context, msgid, msgid_plural) for each translatable string in a file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        text = templatize(text, origin=str(path))
        # templatize keeps a template's indentation, which the Python tokenizer can
        # reject as an unindent; its strings are one-line literals, so dedent lines.
        text = "\n".join(line.lstrip() for line in text.splitlines())
    for _line, funcname, message, _comments in extract_python(
        io.BytesIO(text.encode("utf-8")), KEYWORDS, [], {}
    ):
        parts = message if isinstance(message, tuple) else (message,)
        if funcname.startswith(("pgettext", "npgettext")):
            context, *parts = parts
        else:
            context = None
        yield context, parts[0], parts[1] if len(parts) > 1 else None


@functools.cache
def source_messages():
    return {
        message
        for path in source_files()
        for message in messages_in(path)
        if message[1]
    }


@functools.cache
def catalogue(locale):
    with (LOCALE_DIR / locale / "LC_MESSAGES" / "django.po").open("rb") as po:
        return read_po(po, locale=None, abort_invalid=True)


def entries(catalog):
    """Return {(context, msgid): message} for the catalogue's real entries."""
    return {
        (message.context, message_key(message.id)): message
        for message in catalog
        if message.id
    }


def message_key(message_id):
    return message_id[0] if isinstance(message_id, list | tuple) else message_id


def is_plural(message):
    return isinstance(message.id, list | tuple)


def forms(message):
    strings = message.string
    return list(strings) if isinstance(strings, list | tuple) else [strings]


def placeholders(text):
    return Counter(PLACEHOLDER.findall(text or ""))


@pytest.mark.parametrize("locale", LOCALES)
def test_every_interface_string_has_a_translation(locale):
    known = entries(catalogue(locale))
    missing = []
    for context, msgid, plural in sorted(source_messages(), key=str):
        message = known.get((context, msgid))
        if message is None or message.fuzzy or not all(forms(message)):
            missing.append(msgid)
        elif plural and not is_plural(message):
            missing.append(f"{msgid} (plural forms)")
    assert not missing, f"{locale}: untranslated or fuzzy: {missing}"


@pytest.mark.parametrize("locale", LOCALES)
def test_translations_keep_every_placeholder(locale):
    broken = []
    for message in catalogue(locale):
        if not message.id:
            continue
        originals = tuple(message.id) if is_plural(message) else (message.id,)
        allowed = [placeholders(original) for original in originals]
        for form in forms(message):
            if form and placeholders(form) not in allowed:
                broken.append((originals[0], form))
    assert not broken, f"{locale}: placeholders changed: {broken}"


@pytest.mark.parametrize("locale", LOCALES)
def test_plural_forms_suit_the_language(locale):
    catalog = catalogue(locale)
    expected = 2 if locale in TWO_PLURAL_FORMS else 1
    assert catalog.num_plurals == expected
    for message in catalog:
        if is_plural(message):
            assert len(forms(message)) == expected, message.id


@pytest.mark.parametrize("locale", LOCALES)
def test_compiled_catalogue_is_built_from_its_po_file(locale):
    with (LOCALE_DIR / locale / "LC_MESSAGES" / "django.mo").open("rb") as mo:
        compiled = read_mo(mo)
    translated = {
        key: forms(message)
        for key, message in entries(catalogue(locale)).items()
        if not message.fuzzy and all(forms(message))
    }
    assert {
        key: forms(message) for key, message in entries(compiled).items()
    } == translated


@pytest.fixture
def desk_user(django_user_model):
    user = django_user_model.objects.create_user("desk-hk", password="pw")
    DeskAssignment.objects.create(user=user, edition="zh-hant")
    return user


@pytest.mark.django_db
def test_cantonese_moderator_sees_the_queue_in_traditional_chinese(client, desk_user):
    UserProfile.objects.create(user=desk_user, preferred_language="zh-hant")
    client.force_login(desk_user)
    response = client.get(reverse("moderation:queue", args=["pending"]))
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "待審核"
    assert "這裡甚麼都沒有。做得好。" in soup.get_text()


@pytest.mark.django_db
def test_khmer_article_carries_the_khmer_comment_notice(client, en_home, make_article):
    section = ensure_section(ensure_edition("km"), "ព័ត៌មាន", "news")
    article = make_article(section, title="ព័ត៌មានថ្មី")
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    notice = soup.select_one("#comments").get_text(" ", strip=True)
    assert "មតិនឹងមិនបង្ហាញភ្លាមៗទេ។" in notice
    assert "ផ្ញើដើម្បីពិនិត្យ" in notice


def test_lao_reader_gets_djangos_form_errors_in_lao():
    """Django has no Lao catalogue; ours carries the errors the comment form shows."""
    with translation.override("lo"):
        with pytest.raises(ValidationError) as error:
            EmailField().clean("")
        assert error.value.messages == ["ຕ້ອງຕື່ມຊ່ອງນີ້."]


def test_tibetan_desk_gives_durations_in_tibetan():
    now = timezone.now()
    with translation.override("bo"):
        assert timesince(now - timedelta(hours=3), now) == "ཆུ་ཚོད་\xa03"
