"""The Vietnamese edition's demo story.

Original text; every person and place named is invented.
"""

from .story import Story, paragraph, quote, subheading

MANGROVE_VI = Story(
    key="vi-mangrove",
    edition="vi",
    section="vietnam",
    title="Người dân xã Cồn Mây trồng rừng ngập mặn giữ đê biển",
    slug="con-may-mangrove-planting",
    standfirst=(
        "Sau mùa bão năm ngoái, hơn ba trăm hộ dân đã cùng nhau trồng lại rừng đước "
        "dọc bờ biển, trước khi những bao cát tạm bợ bị sóng cuốn đi."
    ),
    dateline="Cồn Mây",
    image="mangrove",
    caption="Bao cát được xếp tạm trên đê biển Cồn Mây sau cơn bão cuối năm.",
    authors=("minhthu",),
    hours_ago=7,
    tags=("môi trường", "bão lũ"),
    body=(
        paragraph(
            "Mỗi sáng khi nước ròng, người dân xã Cồn Mây lại xắn quần lội ra bãi bùn, "
            "mang theo những bó cây đước non."
        ),
        paragraph(
            "Con đê biển dài bốn cây số đã bị sóng đánh sạt lở nhiều đoạn trong cơn "
            "bão cuối năm. Những bao cát chỉ là giải pháp tạm thời."
        ),
        subheading("Rừng là bức tường sống"),
        paragraph(
            "Theo kỹ sư thủy lợi Lê Văn Khải, một dải rừng ngập mặn rộng một trăm mét "
            "có thể làm giảm đáng kể sức mạnh của sóng trước khi sóng chạm vào đê."
        ),
        quote(
            "Cha tôi trồng đước ở đây từ hồi tôi còn nhỏ. Bây giờ đến lượt tôi trồng "
            "cho con cháu.",
            "Bà Nguyễn Thị Hồng, người dân xã Cồn Mây",
        ),
    ),
)

STORIES = (MANGROVE_VI,)
