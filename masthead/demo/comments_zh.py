"""Reader comments on the Mandarin and Cantonese editions' demo stories.

Original text; every commenter is invented.
"""

from .comment_data import APPROVE, REJECT, DemoComment

COMMENTS = (
    DemoComment(
        key="zh-hans-night-class-mother",
        story="zh-hans-night-class",
        name="小梅",
        body="我妈妈也在老家，一直学不会视频通话。希望我们村也能办这样的夜校。",
        minutes_ago=400,
        address="203.0.113.91",
        decision=APPROVE,
    ),
    DemoComment(
        key="zh-hans-night-class-teacher",
        story="zh-hans-night-class",
        name="退休老周",
        body="我也是退休教师，想知道课程是怎么安排的，可以联系这两位老师吗？",
        minutes_ago=300,
        address="2001:db8:cd::5",
        decision=APPROVE,
        reply_to="zh-hans-night-class-mother",
    ),
    DemoComment(
        key="zh-hans-night-class-fraud",
        story="zh-hans-night-class",
        name="阿杰",
        body="教老人识别电话诈骗这个想法太好了，应该早点开始。",
        minutes_ago=35,
        address="198.51.100.93",
    ),
    DemoComment(
        key="zh-hant-ferry-memory",
        story="zh-hant-ferry",
        name="阿玲",
        body="細個暑假成日搭何伯架船去外婆屋企，好開心有人接手！",
        minutes_ago=700,
        address="203.0.113.92",
        decision=APPROVE,
    ),
    DemoComment(
        key="zh-hant-ferry-timetable",
        story="zh-hant-ferry",
        name="街坊",
        body="請問星期日仲有冇船？想帶屋企人入去行下。",
        minutes_ago=50,
        address="2001:db8:cd::9",
    ),
    DemoComment(
        key="zh-hans-night-class-spam",
        story="zh-hans-night-class",
        name="推广员",
        body="低价手机卡，今天下单送流量：https://cheap-sim.example",
        minutes_ago=500,
        address="198.51.100.191",
        decision=REJECT,
        reason="spam",
    ),
    DemoComment(
        key="zh-hant-ferry-spam",
        story="zh-hant-ferry",
        name="優惠",
        body="平價機票即刻睇：https://cheap-flights.example",
        minutes_ago=650,
        address="198.51.100.192",
        decision=REJECT,
        reason="spam",
    ),
)
