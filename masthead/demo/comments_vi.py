"""Reader comments on the Vietnamese edition's demo story.

Original text; every commenter is invented.
"""

from .comment_data import APPROVE, REJECT, DemoComment

COMMENTS = (
    DemoComment(
        key="vi-mangrove-hometown",
        story="vi-mangrove",
        name="Hải",
        body="Quê tôi cũng ở ven biển. Rừng đước mất là đê vỡ, bài học này đắt lắm.",
        minutes_ago=350,
        address="203.0.113.97",
        decision=APPROVE,
    ),
    DemoComment(
        key="vi-mangrove-volunteer",
        story="vi-mangrove",
        name="Lan Anh",
        body="Sinh viên có thể đăng ký về trồng cây cùng bà con không ạ?",
        minutes_ago=20,
        address="2001:db8:cd::29",
    ),
    DemoComment(
        key="vi-mangrove-spam",
        story="vi-mangrove",
        name="Khuyến mãi",
        body="Điện thoại giá rẻ, đặt hàng ngay hôm nay: https://cheap-phones.example",
        minutes_ago=300,
        address="198.51.100.197",
        decision=REJECT,
        reason="spam",
    ),
)
