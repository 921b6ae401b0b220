"""The invented newsroom: reporters, editors, a translator and a photographer."""

from masthead.news.models import Person, PersonName

# key: (name, slug, role title, biography, {edition: (name, role title)})
PEOPLE = {
    "mira": (
        "Mira Halvorsen",
        "mira-halvorsen",
        "Seoul correspondent",
        "Mira Halvorsen has reported from Seoul for Masthead since 2019.",
        {"ko": ("미라 할보르센", "서울 특파원")},
    ),
    "jonah": (
        "Jonah Pell",
        "jonah-pell",
        "Asia editor",
        "Jonah Pell edits the Asia desk and writes about transport and energy.",
        {"ko": ("조나 펠", "아시아 담당 에디터")},
    ),
    "jiwon": (
        "Kang Ji-won",
        "kang-ji-won",
        "Korean Service reporter",
        "Kang Ji-won covers the border regions for the Korean Service.",
        {"ko": ("강지원", "한국어 서비스 기자")},
    ),
    "seohyun": (
        "Yoon Seo-hyun",
        "yoon-seo-hyun",
        "Korean Service reporter",
        "Yoon Seo-hyun reports on coastal towns and fisheries.",
        {"ko": ("윤서현", "한국어 서비스 기자")},
    ),
    "minjae": (
        "Baek Min-jae",
        "baek-min-jae",
        "Korean Service translator",
        "Baek Min-jae translates the English service's reporting into Korean.",
        {"ko": ("백민재", "한국어 서비스 번역가")},
    ),
    "lena": (
        "Lena Marsh",
        "lena-marsh",
        "Photographer",
        "Lena Marsh photographs rivers, coasts and the people who live beside them.",
        {"ko": ("레나 마시", "사진기자"), "ug": ("لېنا مارش", "فوتوگراف")},
    ),
    "ana": (
        "Ana Lutz",
        "ana-lutz",
        "Legal affairs correspondent",
        "Ana Lutz writes about courts, media law and press freedom.",
        {},
    ),
    "tomas": (
        "Tomas Reid",
        "tomas-reid",
        "China correspondent",
        "Tomas Reid reports on rural China and migration.",
        {"zh-hans": ("托马斯·里德", "中国特派记者")},
    ),
    "dilnur": (
        "Dilnur Rozi",
        "dilnur-rozi",
        "Uyghur Service reporter",
        "Dilnur Rozi reports on farming and water in Central Asia.",
        {"ug": ("دىلنۇر روزى", "ئۇيغۇر بۆلۈمى مۇخبىرى")},
    ),
    "erkin": (
        "Erkin Sabir",
        "erkin-sabir",
        "Uyghur Service editor",
        "Erkin Sabir edits the Uyghur Service and writes about culture and books.",
        {"ug": ("ئەركىن سابىر", "ئۇيغۇر بۆلۈمى مۇھەررىرى")},
    ),
    "xiaoyu": (
        "Lin Xiaoyu",
        "lin-xiaoyu",
        "Mandarin Service reporter",
        "Lin Xiaoyu reports on villages, schools and the families who stay behind.",
        {"zh-hans": ("林晓雨", "普通话部记者")},
    ),
    "zhaowen": (
        "Zhao Wen",
        "zhao-wen",
        "Mandarin Service translator",
        "Zhao Wen translates the English service's reporting into Chinese.",
        {"zh-hans": ("赵雯", "普通话部翻译")},
    ),
    "kalok": (
        "Chan Ka-lok",
        "chan-ka-lok",
        "Cantonese Service reporter",
        "Chan Ka-lok covers islands, ferries and fishing villages.",
        {"zh-hant": ("陳家樂", "粵語部記者")},
    ),
    "dawa": (
        "Dawa Lhamo",
        "dawa-lhamo",
        "Tibetan Service reporter",
        "Dawa Lhamo reports on herding communities and education.",
        {"bo": ("ཟླ་བ་ལྷ་མོ།", "བོད་སྐད་སྡེ་ཚན་གྱི་གསར་འགོད་པ།")},
    ),
    "thandar": (
        "Khin Thandar",
        "khin-thandar",
        "Burmese Service reporter",
        "Khin Thandar writes about farming and the delta's villages.",
        {"my": ("ခင်သန္တာ", "မြန်မာပိုင်း သတင်းထောက်")},
    ),
    "dara": (
        "Sok Dara",
        "sok-dara",
        "Khmer Service reporter",
        "Sok Dara reports on lake communities and schools.",
        {"km": ("សុខ ដារា", "អ្នកយកព័ត៌មាន ផ្នែកខ្មែរ")},
    ),
    "vanida": (
        "Vanida Phommachanh",
        "vanida-phommachanh",
        "Lao Service reporter",
        "Vanida Phommachanh writes about crafts and rural life.",
        {"lo": ("ວານິດາ ພົມມະຈັນ", "ນັກຂ່າວ ພາກພາສາລາວ")},
    ),
    "minhthu": (
        "Tran Minh Thu",
        "tran-minh-thu",
        "Vietnamese Service reporter",
        "Tran Minh Thu covers the coast, storms and the people who rebuild.",
        {"vi": ("Trần Minh Thư", "Phóng viên Ban tiếng Việt")},
    ),
}


def create_people():
    """Create every demo person with their names in other editions; return by key."""
    return {key: _create_person(*fields) for key, fields in PEOPLE.items()}


def _create_person(name, slug, role_title, bio, localized):
    person = Person(name=name, slug=slug, role_title=role_title, bio=bio)
    for language, (local_name, local_title) in localized.items():
        person.localized_names.add(
            PersonName(language=language, name=local_name, role_title=local_title)
        )
    person.save()
    return person
