"""Reader comments on the Lao edition's demo story.

Original text; every commenter is invented.
"""

from .comment_data import APPROVE, REJECT, DemoComment

COMMENTS = (
    DemoComment(
        key="lo-weavers-proud",
        story="lo-weavers",
        name="ແສງເດືອນ",
        body="ແມ່ຂອງຂ້ອຍກໍ່ເຄີຍຕ່ຳຫູກ. ດີໃຈທີ່ລາຍເກົ່າບໍ່ສູນຫາຍ.",
        minutes_ago=1200,
        address="203.0.113.96",
        decision=APPROVE,
    ),
    DemoComment(
        key="lo-weavers-buy",
        story="lo-weavers",
        name="ສົມພອນ",
        body="ຢາກຊື້ຜ້າຈາກກຸ່ມນີ້ ຕ້ອງຕິດຕໍ່ໃສ?",
        minutes_ago=70,
        address="2001:db8:cd::25",
    ),
    DemoComment(
        key="lo-weavers-spam",
        story="lo-weavers",
        name="ຜູ້ຂາຍ",
        body="ໂທລະສັບລາຄາຖືກ ສັ່ງມື້ນີ້ https://cheap-phones.example",
        minutes_ago=900,
        address="198.51.100.196",
        decision=REJECT,
        reason="spam",
    ),
)
