"""The Mandarin edition's demo story, in Simplified Chinese.

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

STORIES = (NIGHT_CLASS_ZH_HANS,)
