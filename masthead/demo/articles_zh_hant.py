"""The Cantonese edition's demo story, written in Traditional characters the way
Hong Kong readers write Cantonese.

Original text; every person and place named is invented.
"""

from .story import Story, paragraph, quote, subheading

FERRY_ZH_HANT = Story(
    key="zh-hant-ferry",
    edition="zh-hant",
    section="local",
    title="鹹水灣街渡有人接手　船家女兒話要撐落去",
    slug="ham-sui-wan-kaido-ferry",
    standfirst=("行走咗四十年嘅街渡原本打算今年停航，船家個女辭咗市區份工，返嚟接手。"),
    dateline="鹹水灣",
    image="ferry",
    caption="鹹水灣碼頭嘅清晨。街渡每朝七點由呢度開出。",
    authors=("kalok",),
    hours_ago=14,
    tags=("離島", "街渡"),
    body=(
        paragraph(
            "每朝七點，一艘細細嘅街渡由鹹水灣碼頭開出，載住村民、一籮籮菜同"
            "當日嘅報紙，去對岸個小鎮。"
        ),
        paragraph(
            "船家何伯今年七十三歲，佢話自己揸咗成世船，手腳已經唔似以前咁靈活，"
            "上年已經同村民講咗，今年夏天之後就唔再開。"
        ),
        subheading("「唔想條村冇咗條路」"),
        paragraph(
            "何伯個女何詠欣本來喺市區做會計。佢話聽到街渡要停，成晚瞓唔著，"
            "第二朝就去考船牌。"
        ),
        quote(
            "呢條船係條村同出面嘅唯一聯繫，冇咗佢，啲老人家點出去睇醫生？",
            "何詠欣，街渡新船家",
        ),
        paragraph("何伯而家每日都跟船，教個女點樣睇天、點樣埋岸。"),
    ),
)

STORIES = (FERRY_ZH_HANT,)
