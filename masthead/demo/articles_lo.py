"""The Lao edition's demo story, in Lao script.

Original text; every person and place named is invented.
"""

from .story import Story, paragraph, quote, subheading

WEAVERS_LO = Story(
    key="lo-weavers",
    edition="lo",
    section="culture",
    title="ແມ່ຍິງບ້ານນາໄຮ ຟື້ນຟູລາຍແສ່ວບູຮານ",
    slug="ban-na-hai-weavers",
    standfirst=("ກຸ່ມຊ່າງຕ່ຳຫູກ ສິບສອງຄົນ ໄດ້ຮຽນລາຍແສ່ວເກົ່າຄືນໃໝ່ ຈາກຜ້າທີ່ເກັບຮັກສາໄວ້ໃນວັດຂອງບ້ານ."),
    dateline="ບ້ານນາໄຮ",
    image="weaving",
    caption="ຜ້າໄໝຫຼາຍສີ ທີ່ກຸ່ມຊ່າງຕ່ຳຫູກບ້ານນາໄຮ ຕ່ຳສຳເລັດໃນລະດູຝົນນີ້.",
    authors=("vanida",),
    hours_ago=33,
    tags=("ຫັດຖະກຳ", "ວັດທະນະທຳ"),
    body=(
        paragraph("ຢູ່ໃຕ້ຖຽງເຮືອນຫຼັງໜຶ່ງໃນບ້ານນາໄຮ ສຽງກີ່ຕ່ຳຫູກດັງຂຶ້ນແຕ່ເຊົ້າຈົນຮອດຄ່ຳ."),
        paragraph(
            "ແມ່ຍິງໃນບ້ານໄດ້ພົບຜ້າສິ້ນເກົ່າຫຼາຍຜືນ ທີ່ພະສົງເກັບຮັກສາໄວ້ໃນວັດ "
            "ແລະ ໄດ້ນັບເສັ້ນໄໝເທື່ອລະເສັ້ນ ເພື່ອຮຽນລາຍຄືນໃໝ່."
        ),
        subheading("ລາຍທີ່ເກືອບສູນຫາຍ"),
        paragraph(
            "ບາງລາຍ ບໍ່ມີໃຜໃນບ້ານຈື່ໄດ້ອີກແລ້ວ. ຊ່າງຕ່ຳຫູກຕ້ອງໃຊ້ເວລາເກືອບສອງເດືອນ ເພື່ອແສ່ວລາຍດຽວໃຫ້ຖືກຕ້ອງ."
        ),
        quote(
            "ຜ້າແຕ່ລະຜືນ ແມ່ນປຶ້ມທີ່ແມ່ຕູ້ຂອງພວກເຮົາຂຽນໄວ້.",
            "ນາງ ບົວພັນ ແສງສະຫວັນ, ຫົວໜ້າກຸ່ມຊ່າງຕ່ຳຫູກ",
        ),
    ),
)

STORIES = (WEAVERS_LO,)
