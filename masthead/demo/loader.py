"""Build the demo newsroom: ten editions, sections, people, pictures, stories and
reader comments."""

from dataclasses import dataclass

from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Site

from masthead.core.models import PublisherSettings
from masthead.news.models import ArticlePage
from masthead.news.setup import ensure_edition, ensure_section

from . import (
    articles_bo,
    articles_en,
    articles_km,
    articles_ko,
    articles_lo,
    articles_my,
    articles_ug,
    articles_vi,
    articles_zh_hans,
    articles_zh_hant,
)
from .comments import add_demo_comments
from .fronts import arrange_fronts
from .images import create_images
from .people import create_people
from .policies import write_policy_pages
from .publishing import publish_story

PUBLISHER_NAME = "Masthead World Service"

# edition: (notice on the home page, ((section title, slug), ...))
EDITIONS = {
    "en": (
        "Demonstration content: every story, person and place here is invented.",
        (("Korea", "korea"), ("China", "china"), ("Asia", "asia")),
    ),
    "ko": (
        "시연용 콘텐츠입니다. 이곳의 모든 기사와 인물, 장소는 지어낸 것입니다.",
        (("한반도", "korea"), ("국제", "world")),
    ),
    "ug": (
        "كۆرسىتىش مەزمۇنى: بۇ يەردىكى بارلىق خەۋەر، كىشى ۋە جايلار ئويدۇرۇلغان.",
        (("ئاسىيا", "asia"), ("مەدەنىيەت", "culture")),
    ),
    "zh-hans": (
        "演示内容：本站所有新闻、人物和地点均为虚构。",
        (("中国", "china"), ("社会", "society")),
    ),
    "zh-hant": (
        "示範內容：呢度所有新聞、人物同地方都係虛構嘅。",
        (("本地", "local"), ("國際", "world")),
    ),
    "bo": (
        "མཚོན་སྟོན་གྱི་ནང་དོན། འདིའི་གསར་འགྱུར་དང་མི་སྣ། ས་གནས་ཚང་མ་བཟོ་བཅོས་ཡིན།",
        (("བོད།", "tibet"), ("རིག་གནས།", "culture")),
    ),
    "my": (
        "သရုပ်ပြ အကြောင်းအရာ။ ဤနေရာရှိ သတင်း၊ လူပုဂ္ဂိုလ်နှင့် နေရာအားလုံးသည် စိတ်ကူးယဉ် ဖန်တီးထားခြင်း ဖြစ်သည်။",
        (("မြန်မာ", "myanmar"), ("ကမ္ဘာ", "world")),
    ),
    "km": (
        "ខ្លឹមសារសាកល្បង៖ រាល់ព័ត៌មាន មនុស្ស និងទីកន្លែងនៅទីនេះ គឺប្រឌិតឡើង។",
        (("កម្ពុជា", "cambodia"), ("ពិភពលោក", "world")),
    ),
    "lo": (
        "ເນື້ອຫາສາທິດ: ຂ່າວ, ບຸກຄົນ ແລະ ສະຖານທີ່ທັງໝົດຢູ່ນີ້ ແມ່ນແຕ່ງຂຶ້ນ.",
        (("ລາວ", "laos"), ("ວັດທະນະທຳ", "culture")),
    ),
    "vi": (
        "Nội dung trình diễn: mọi bài báo, nhân vật và địa danh ở đây đều là hư cấu.",
        (("Việt Nam", "vietnam"), ("Thế giới", "world")),
    ),
}

# Burmese readers are used to dates in Burmese digits; the other editions whose script
# has digits of its own keep 0-9 in the demo, so both can be seen.
NATIVE_DIGIT_EDITIONS = ("my",)

# In publishing order: originals before their translations and related stories.
STORIES = (
    *articles_en.STORIES,
    *articles_ko.STORIES,
    *articles_ug.STORIES,
    *articles_zh_hans.STORIES,
    *articles_zh_hant.STORIES,
    *articles_bo.STORIES,
    *articles_my.STORIES,
    *articles_km.STORIES,
    *articles_lo.STORIES,
    *articles_vi.STORIES,
)


@dataclass(frozen=True)
class DemoSummary:
    flagship: ArticlePage | None
    created: bool
    article_count: int


def load_demo_content(now=None):
    """Build the demo site when the database has no articles; return a summary.

    An existing newsroom is never touched, so running this again changes nothing.
    """
    created = not ArticlePage.objects.exists()
    if created:
        with override_settings(MASTHEAD_MIRROR=False):
            # Baking every page a story touches after each of the build's publishes
            # and decisions took most of its time; on a site nobody has read yet,
            # each page is baked when it is first served instead.
            build_newsroom(now or timezone.now().replace(second=0, microsecond=0))
    return DemoSummary(find_flagship(), created, ArticlePage.objects.count())


def find_flagship():
    return ArticlePage.objects.filter(
        locale__language_code="en", slug=articles_en.FLAGSHIP_SLUG
    ).first()


@transaction.atomic
def build_newsroom(now):
    homes, sections = create_editions()
    people, images = create_people(), create_images()
    published = {}
    for story in STORIES:
        section = sections[story.edition, story.section]
        published[story.key] = publish_story(
            story, section, people, images, published, now
        )
    arrange_fronts(homes, published)
    set_publisher()
    write_policy_pages({code: ensure_edition(code) for code in EDITIONS})
    add_demo_comments(published, now)
    return published


def create_editions():
    """Create each demo edition with its notice and sections; return the homes and
    the sections."""
    homes, sections = {}, {}
    for code, (notice, section_titles) in EDITIONS.items():
        home = homes[code] = ensure_edition(code)
        home.intro = notice
        home.native_digits = code in NATIVE_DIGIT_EDITIONS
        home.save_revision().publish()
        for title, slug in section_titles:
            sections[code, slug] = ensure_section(home, title, slug)
    return homes, sections


def set_publisher():
    site = Site.objects.get(is_default_site=True)
    publisher = PublisherSettings.for_site(site)
    publisher.publisher_name = PUBLISHER_NAME
    publisher.save()
