"""The Mandarin edition's demo stories in Simplified Chinese: one of its own and a
translation of an English story.

Original text; every person and place named is invented.
"""

from .story import Story, paragraph, quote, subheading

NIGHT_CLASS_ZH_HANS = Story(
    key="zh-hans-night-class",
    edition="zh-hans",
    section="society",
    title="云岭村夜校：老人们学用手机和远方的孩子视频",
    slug="yunling-night-class",
    standfirst=(
        "每周三晚上，村委会旁的小屋亮着灯，二十多位老人在这里跟着两位退休教师"
        "学习用手机。"
    ),
    dateline="云岭村",
    image="night-class",
    caption="云岭村夜校所在的石头小屋。每周三晚上，这里的灯一直亮到九点。",
    authors=("xiaoyu",),
    hours_ago=10,
    tags=("乡村", "老年人"),
    body=(
        paragraph(
            "云岭村的年轻人大多在外地打工，村里留下的多是老人和孩子。去年秋天，"
            "两位退休教师在村委会旁的一间旧仓库里办起了一所免费夜校。"
        ),
        paragraph(
            "课程从最基本的开始：怎样接电话，怎样发语音，怎样把字体调大，"
            "怎样和远方的孩子视频通话。每节课只讲一件事，讲完就让大家动手练。"
        ),
        subheading("从“不敢碰”到“教别人”"),
        paragraph(
            "七十一岁的周桂兰起初连屏幕都不敢碰，怕按错了把手机弄坏。三个月后，"
            "她已经能帮邻居设置字体大小，还学会了在网上查天气。"
        ),
        quote(
            "以前孩子打电话来，我只会说“好，好”。现在我能看见孙女写作业了。",
            "周桂兰，云岭村村民",
        ),
        paragraph("夜校的两位老师说，他们明年想再开一个班，教老人们识别电话诈骗。"),
    ),
)


LIBRARY_ZH_HANS = Story(
    key="zh-hans-library",
    edition="zh-hans",
    section="china",
    title="返乡工人把旧粮仓改成了山村图书馆",
    slug="returning-workers-granary-library",
    standfirst=(
        "石桥村离最近的书店有三小时车程。五名曾在工厂打工的村民用六千本捐赠图书，"
        "填满了一座废弃的粮仓。"
    ),
    dateline="石桥村",
    image="library",
    caption="上学的日子里，粮仓图书馆一直开到晚上九点。",
    credit="Masthead 插图",
    authors=("tomas",),
    credits=(("translation", "zhaowen", ""),),
    hours_ago=18,
    tags=("教育", "图书馆", "外出务工"),
    translation_of="en-library",
    body=(
        paragraph(
            "石桥村高处的那座粮仓已经空了二十年。杨丽华和四位朋友从沿海的工厂"
            "回到家乡后，去问村委会能不能用它。"
        ),
        paragraph(
            "他们修好屋顶，用一间倒塌棚子的木料做了书架，又请城里的老同事把不再"
            "需要的书寄过来。不到一年，寄来的书已超过六千册，从绘本到摩托车维修"
            "手册都有。"
        ),
        subheading("天黑以后写作业"),
        paragraph(
            "图书馆每天晚上开放，周末全天开放。大部分读者是父母仍在远方城市打工、"
            "跟着祖父母生活的孩子。“学校四点就放学了。以前，孩子们除了马路没有"
            "地方可去，”杨丽华说。"
        ),
        quote(
            "孩子们读离自己最近的东西。如果最近的是手机，他们就读手机。",
            "杨丽华，图书馆志愿者",
        ),
        paragraph(
            "研究农村教育的方瑞琪说，由村民自己经营的小图书馆往往比外来捐赠者建的"
            "维持得更久。“经营图书馆的人有留下来的理由，所以图书馆也留了下来，”"
            "她说。"
        ),
    ),
)

STORIES = (NIGHT_CLASS_ZH_HANS, LIBRARY_ZH_HANS)
