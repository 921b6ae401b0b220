"""The demo pictures: painted locally from a seed, saved with credit and alt text."""

import io
import random
from dataclasses import dataclass
from functools import cache

from django.core.files.images import ImageFile
from wagtail.models import Locale

from masthead.news.models import NewsImage
from masthead.news.pictures import ensure_edition_collection

from .scenes import SCENES


@dataclass(frozen=True)
class Picture:
    scene: str
    seed: int
    title: str
    credit: str
    description: str
    edition: str = "en"  # whose collection holds it, in whose language it is credited


# Each picture belongs to one edition and is titled, credited and described in its
# language; another edition using it gives its own caption and credit (the stories).
PICTURES = {
    "flood": Picture(
        "flood",
        11,
        "Hwangbaek lower town under floodwater",
        "Lena Marsh",
        "Rooftops and treetops standing in brown floodwater below green hills.",
    ),
    "sandbags": Picture(
        "sandbags",
        12,
        "Sandbags on the Sonam embankment",
        "Lena Marsh",
        "Rows of sandbags stacked along a muddy river embankment.",
    ),
    "rail": Picture(
        "rail",
        21,
        "First train on the Haeseong bridge",
        "Masthead illustration",
        "A passenger train crossing an arched bridge over the sea at dusk.",
    ),
    "rail-ko": Picture(
        "rail",
        22,
        "해성–동막선 철교를 건너는 첫 열차",
        "마스트헤드 일러스트",
        "해 질 무렵 바다 위 아치형 철교를 건너는 여객 열차.",
        edition="ko",
    ),
    "library": Picture(
        "library",
        31,
        "The Shiqiao granary library at night",
        "Masthead illustration",
        "A small stone building with lit windows on a terraced hillside at night.",
    ),
    "court": Picture(
        "court",
        41,
        "Supreme Court steps, Port Senna",
        "Masthead illustration",
        "People waiting on the steps of a columned court building.",
    ),
    "harbour": Picture(
        "harbour",
        51,
        "솔뫼항의 새벽",
        "마스트헤드 일러스트",
        "새벽빛 속 항구에 정박한 작은 어선들.",
        edition="ko",
    ),
    "delta": Picture(
        "delta",
        61,
        "메콩강 하류의 논",
        "마스트헤드 일러스트",
        "수로 사이로 펼쳐진 초록색 논과 멀리 보이는 나무들.",
        edition="ko",
    ),
    "karez": Picture(
        "karez",
        71,
        "ئاقيار كارىز قۇدۇقلىرى",
        "لېنا مارش",
        "چۆللۈكتە تاغ ئېتىكىگە قاراپ سوزۇلغان بىر قاتار تۇپراق دۆڭلىرى.",
        edition="ug",
    ),
    "karez-work": Picture(
        "karez_work",
        72,
        "كارىز قۇدۇقىنى تازىلاش",
        "لېنا مارش",
        "كارىز قۇدۇقىنىڭ ئاغزىدا ئارغامچا ۋە سېۋەتلەر.",
        edition="ug",
    ),
    "books": Picture(
        "books",
        81,
        "ئۇيغۇرچە بالىلار كىتابلىرى",
        "تەسۋىرىي رەسىم",
        "رەڭگارەڭ كىتابلار تىزىلغان ياغاچ جاۋەنلەر.",
        edition="ug",
    ),
    "night-class": Picture(
        "library",
        91,
        "云岭村夜校",
        "Masthead 插图",
        "夜色中山坡上一间亮着灯的石头小屋。",
        edition="zh-hans",
    ),
    "ferry": Picture(
        "harbour",
        92,
        "鹹水灣碼頭嘅清晨",
        "Masthead 插圖",
        "晨光之中，幾艘細船泊喺碼頭邊。",
        edition="zh-hant",
    ),
    "pasture": Picture(
        "pasture",
        93,
        "གཡུ་མཚོ་ཐང་གི་འབྲོག་ས།",
        "Masthead རི་མོ།",
        "གངས་རིའི་འདབས་ཀྱི་རྩྭ་ཐང་དང་སྦྲ་ནག་གསུམ། གཡག་ཁ་ཤས།",
        edition="bo",
    ),
    "seed-bank": Picture(
        "delta",
        94,
        "ငုဝါရွာ၏ လယ်ကွင်းများ",
        "Masthead သရုပ်ဖော်ပုံ",
        "ရေမြောင်းများကြားရှိ စိမ်းလန်းသော လယ်ကွင်းများနှင့် အဝေးရှိ သစ်ပင်များ။",
        edition="my",
    ),
    "boat-library": Picture(
        "harbour",
        95,
        "កំពង់ផែតូចនៃភូមិកោះស្នោ",
        "រូបភាពគំនូរ Masthead",
        "ទូកតូចៗចតនៅកំពង់ផែ ក្នុងពន្លឺពេលព្រឹកព្រលឹម។",
        edition="km",
    ),
    "weaving": Picture(
        "books",
        96,
        "ຜ້າໄໝຂອງບ້ານນາໄຮ",
        "ພາບແຕ້ມ Masthead",
        "ຜ້າໄໝຫຼາຍສີ ພັບວາງລຽນກັນຢູ່ເທິງຖ້ານໄມ້.",
        edition="lo",
    ),
    "mangrove": Picture(
        "sandbags",
        97,
        "Bao cát trên đê biển Cồn Mây",
        "Tranh minh họa Masthead",
        "Những hàng bao cát xếp dọc con đê đất bên bờ nước.",
        edition="vi",
    ),
}


@cache
def paint(scene, seed, quality=80):
    """Return a scene as JPEG bytes; the same seed always paints the same picture."""
    buffer = io.BytesIO()
    # A seeded generator on purpose: the pictures must be the same on every run.
    picture = SCENES[scene](random.Random(seed))  # noqa: S311
    picture.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def create_images():
    """Save every demo picture as a NewsImage and return them by key."""
    return {key: _create_image(key, picture) for key, picture in PICTURES.items()}


def _create_image(key, picture):
    jpeg = io.BytesIO(paint(picture.scene, picture.seed))
    locale = Locale.objects.get(language_code=picture.edition)
    return NewsImage.objects.create(
        collection=ensure_edition_collection(locale),
        title=picture.title,
        credit=picture.credit,
        description=picture.description,
        file=ImageFile(jpeg, name=f"demo-{key}.jpg"),
    )
