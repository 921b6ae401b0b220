"""The demo's policy pages, written for Masthead in each edition's language.

Each edition gives: the titles of its Privacy, Corrections and About & Contact
pages (the Terms of Use title and the headings of clauses 3.1 to 3.8 come from the
interface catalogues and the moderators' reasons), then short texts.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class PolicyTexts:
    privacy: str
    corrections: str
    about: str
    terms_intro: str
    use_heading: str
    use_text: str
    comments_heading: str
    comments_text: str
    refused_text: str  # under each reason's clause (3.1, 3.2 ...)
    privacy_text: str
    corrections_text: str
    about_text: str


CONTACT = "desk@masthead.example"

TEXTS = {
    "en": PolicyTexts(
        "Privacy",
        "Corrections",
        "About & Contact",
        "These terms apply to everyone who reads or comments on Masthead.",
        "Using the site",
        "You may read, share and link to any page. Do not copy whole stories.",
        "Comments",
        "Every comment is read by a moderator before it appears.",
        "A comment of this kind is not published, or is edited.",
        "We keep your name and comment. An email address is kept only to tell you "
        "of a decision. We never store your IP address.",
        "When we get something wrong, we correct it on the page and say what changed.",
        "Masthead is a demonstration news service in ten languages. "
        f"Write to {CONTACT}.",
    ),
    "ko": PolicyTexts(
        "개인정보 보호",
        "정정 보도",
        "소개 및 연락처",
        "이 약관은 Masthead를 읽거나 댓글을 쓰는 모든 분께 적용됩니다.",
        "사이트 이용",
        "모든 페이지를 읽고 공유하고 링크할 수 있습니다. "
        "기사 전문을 복제하지 마십시오.",
        "댓글",
        "모든 댓글은 게시 전에 운영자가 읽습니다.",
        "이런 댓글은 게시되지 않거나 수정됩니다.",
        "이름과 댓글을 보관합니다. 이메일 주소는 결정을 알려 드릴 때만 씁니다. "
        "IP 주소는 저장하지 않습니다.",
        "잘못 보도한 내용은 해당 페이지에서 바로잡고 무엇을 고쳤는지 밝힙니다.",
        f"Masthead는 10개 언어로 된 시연용 뉴스 서비스입니다. 연락: {CONTACT}",
    ),
    "ug": PolicyTexts(
        "شەخسىي مەخپىيەتلىك",
        "تۈزىتىش",
        "بىز ھەققىدە ۋە ئالاقە",
        "بۇ شەرتلەر Masthead نى ئوقۇغان ياكى باھا يازغان ھەممە كىشىگە ماس كېلىدۇ.",
        "تور بېكەتنى ئىشلىتىش",
        "ھەر بىر بەتنى ئوقۇپ، ھەمبەھىرلەپ، ئۇلىنىش بەرسىڭىز بولىدۇ. "
        "پۈتۈن خەۋەرنى كۆچۈرمەڭ.",
        "باھالار",
        "ھەر بىر باھانى ئېلان قىلىشتىن بۇرۇن باشقۇرغۇچى ئوقۇيدۇ.",
        "بۇنداق باھا ئېلان قىلىنمايدۇ ياكى تۈزىتىلىدۇ.",
        "ئىسمىڭىز ۋە باھالىرىڭىز ساقلىنىدۇ. ئېلخەت ئادرېسىڭىز پەقەت قارارنى "
        "ئۇقتۇرۇش ئۈچۈن ئىشلىتىلىدۇ. IP ئادرېسىڭىز ساقلانمايدۇ.",
        "خاتالىق بولسا، شۇ بەتتە تۈزىتىمىز ۋە نېمىنىڭ ئۆزگەرگەنلىكىنى يازىمىز.",
        f"Masthead ئون تىلدىكى كۆرسىتىش خەۋەر مۇلازىمىتى. ئالاقە: {CONTACT}",
    ),
    "zh-hans": PolicyTexts(
        "隐私",
        "更正",
        "关于我们与联系方式",
        "本条款适用于所有阅读 Masthead 或发表评论的人。",
        "使用本站",
        "您可以阅读、分享和链接任何页面，但请勿复制整篇报道。",
        "评论",
        "每条评论在发布前都由版主审阅。",
        "此类评论不予发布或会被编辑。",
        "我们保存您的名字和评论。电子邮件地址仅用于通知审核结果。"
        "我们从不保存您的 IP 地址。",
        "报道出错时，我们会在原页面更正并说明改动。",
        f"Masthead 是一个十种语言的演示新闻服务。联系：{CONTACT}",
    ),
    "zh-hant": PolicyTexts(
        "私隱",
        "更正",
        "關於我哋同聯絡方法",
        "呢啲條款適用於所有睇 Masthead 或者留言嘅人。",
        "使用本網站",
        "你可以睇、分享同連結任何一頁，但唔好複製成篇報道。",
        "留言",
        "每條留言喺刊出之前都會由版主睇過。",
        "呢類留言唔會刊出，或者會被修改。",
        "我哋會保存你嘅名同留言。電郵地址只用嚟通知你審核結果。"
        "我哋唔會儲存你嘅 IP 地址。",
        "報道有錯，我哋會喺原頁更正，並講明改咗乜嘢。",
        f"Masthead 係一個十種語言嘅示範新聞服務。聯絡：{CONTACT}",
    ),
    "bo": PolicyTexts(
        "སྒེར་གྱི་གསང་དོན།",
        "ནོར་བཅོས།",
        "ང་ཚོའི་སྐོར་དང་འབྲེལ་གཏུགས།",
        "ཆ་རྐྱེན་འདི་དག་ Masthead ཀློག་མཁན་དང་བསམ་ཚུལ་འབྲི་མཁན་ཚང་མར་འབྲེལ།",
        "དྲ་ཚིགས་བཀོལ་སྤྱོད།",
        "ཤོག་ངོས་གང་ཡང་ཀློག་པ་དང་མཉམ་སྤྱོད། སྦྲེལ་ཐག་བྱེད་ཆོག གསར་འགྱུར་ཧྲིལ་པོ་འདྲ་བཤུས་མ་བྱེད།",
        "བསམ་ཚུལ།",
        "བསམ་ཚུལ་རེ་རེ་འགྲེམས་སྟོན་མ་བྱས་གོང་དོ་དམ་པས་ཀློག་གི་ཡོད།",
        "བསམ་ཚུལ་འདི་རིགས་འགྲེམས་སྟོན་མི་བྱེད། ཡང་ན་བཟོ་བཅོས་བྱེད།",
        "ཁྱེད་ཀྱི་མིང་དང་བསམ་ཚུལ་ཉར་ཚགས་བྱེད། "
        "གློག་འཕྲིན་ཁ་བྱང་ཐག་གཅོད་བརྡ་ཁྱབ་ཁོ་ནར་སྤྱོད། "
        "IP ཁ་བྱང་ནམ་ཡང་ཉར་ཚགས་མི་བྱེད།",
        "ནོར་འཁྲུལ་བྱུང་ཚེ་ཤོག་ངོས་དེ་ཉིད་དུ་བཅོས་ནས་གང་བསྒྱུར་བ་གསལ་བཤད་བྱེད།",
        f"Masthead ནི་སྐད་རིགས་བཅུའི་མཚོན་སྟོན་གསར་འགྱུར་ཞབས་ཞུ་ཞིག་ཡིན། འབྲེལ་གཏུགས། {CONTACT}",
    ),
    "my": PolicyTexts(
        "ကိုယ်ရေးအချက်အလက်",
        "အမှားပြင်ဆင်ချက်",
        "ကျွန်ုပ်တို့အကြောင်းနှင့် ဆက်သွယ်ရန်",
        "ဤစည်းမျဉ်းများသည် Masthead ကို ဖတ်သူ သို့မဟုတ် မှတ်ချက်ရေးသူ အားလုံးနှင့် သက်ဆိုင်သည်။",
        "ဝက်ဘ်ဆိုက် အသုံးပြုခြင်း",
        "စာမျက်နှာတိုင်းကို ဖတ်၊ မျှဝေ၊ လင့်ခ်ချိတ်နိုင်သည်။ သတင်းတစ်ပုဒ်လုံးကို မကူးယူပါနှင့်။",
        "မှတ်ချက်များ",
        "မှတ်ချက်တိုင်းကို မဖော်ပြမီ စိစစ်သူက ဖတ်ရှုသည်။",
        "ဤကဲ့သို့ မှတ်ချက်ကို မဖော်ပြပါ၊ သို့မဟုတ် ပြင်ဆင်ပါမည်။",
        "သင့်အမည်နှင့် မှတ်ချက်ကို သိမ်းထားသည်။ အီးမေးလ်ကို ဆုံးဖြတ်ချက် အကြောင်းကြားရန်သာ "
        "သုံးသည်။ IP လိပ်စာကို မသိမ်းပါ။",
        "အမှားရှိပါက ထိုစာမျက်နှာတွင် ပြင်ဆင်ပြီး ဘာပြောင်းသည်ကို ဖော်ပြသည်။",
        f"Masthead သည် ဘာသာစကား ဆယ်မျိုးဖြင့် သရုပ်ပြ သတင်းဝန်ဆောင်မှု ဖြစ်သည်။ ဆက်သွယ်ရန် {CONTACT}",
    ),
    "km": PolicyTexts(
        "ឯកជនភាព",
        "ការកែតម្រូវ",
        "អំពីយើង និងទំនាក់ទំនង",
        "លក្ខខណ្ឌទាំងនេះអនុវត្តចំពោះអ្នកអាន ឬអ្នកបញ្ចេញមតិលើ Masthead ទាំងអស់។",
        "ការប្រើប្រាស់គេហទំព័រ",
        "អ្នកអាចអាន ចែករំលែក និងភ្ជាប់តំណទៅទំព័រណាមួយ។ សូមកុំចម្លងអត្ថបទទាំងមូល។",
        "មតិ",
        "មតិនីមួយៗត្រូវបានអ្នកសម្របសម្រួលអានមុនពេលផ្សាយ។",
        "មតិប្រភេទនេះមិនត្រូវបានផ្សាយ ឬត្រូវបានកែសម្រួល។",
        "យើងរក្សាទុកឈ្មោះ និងមតិរបស់អ្នក។ អាសយដ្ឋានអ៊ីមែលប្រើតែដើម្បីជូនដំណឹងពីការសម្រេច។ "
        "យើងមិនរក្សាទុកអាសយដ្ឋាន IP របស់អ្នកទេ។",
        "ពេលយើងខុស យើងកែនៅលើទំព័រនោះ ហើយប្រាប់ពីអ្វីដែលបានផ្លាស់ប្ដូរ។",
        f"Masthead ជាសេវាព័ត៌មានសាកល្បងជាដប់ភាសា។ ទំនាក់ទំនង៖ {CONTACT}",
    ),
    "lo": PolicyTexts(
        "ຄວາມເປັນສ່ວນຕົວ",
        "ການແກ້ໄຂ",
        "ກ່ຽວກັບພວກເຮົາ ແລະ ການຕິດຕໍ່",
        "ເງື່ອນໄຂເຫຼົ່ານີ້ໃຊ້ກັບທຸກຄົນທີ່ອ່ານ ຫຼື ສະແດງຄຳເຫັນໃນ Masthead.",
        "ການນຳໃຊ້ເວັບໄຊ",
        "ທ່ານສາມາດອ່ານ, ແບ່ງປັນ ແລະ ລິ້ງໄປຫາໜ້າໃດກໍໄດ້. ຢ່າສຳເນົາຂ່າວທັງໝົດ.",
        "ຄຳເຫັນ",
        "ທຸກຄຳເຫັນຖືກອ່ານໂດຍຜູ້ກວດກາກ່ອນຈະເຜີຍແຜ່.",
        "ຄຳເຫັນແບບນີ້ຈະບໍ່ຖືກເຜີຍແຜ່ ຫຼື ຈະຖືກແກ້ໄຂ.",
        "ພວກເຮົາເກັບຊື່ ແລະ ຄຳເຫັນຂອງທ່ານ. ອີເມວໃຊ້ພຽງເພື່ອແຈ້ງຜົນການຕັດສິນ. ພວກເຮົາບໍ່ເກັບທີ່ຢູ່ IP ຂອງທ່ານ.",
        "ເມື່ອພວກເຮົາຜິດພາດ, ພວກເຮົາແກ້ໄຂໃນໜ້ານັ້ນ ແລະ ບອກວ່າປ່ຽນຫຍັງ.",
        f"Masthead ເປັນບໍລິການຂ່າວສາທິດສິບພາສາ. ຕິດຕໍ່: {CONTACT}",
    ),
    "vi": PolicyTexts(
        "Quyền riêng tư",
        "Đính chính",
        "Giới thiệu và liên hệ",
        "Các điều khoản này áp dụng cho mọi người đọc hoặc bình luận trên Masthead.",
        "Sử dụng trang",
        "Bạn có thể đọc, chia sẻ và dẫn liên kết tới mọi trang. "
        "Xin đừng sao chép cả bài.",
        "Bình luận",
        "Mỗi bình luận đều được người kiểm duyệt đọc trước khi đăng.",
        "Bình luận loại này không được đăng hoặc sẽ bị chỉnh sửa.",
        "Chúng tôi lưu tên và bình luận của bạn. Địa chỉ email chỉ dùng để báo kết quả "
        "kiểm duyệt. Chúng tôi không lưu địa chỉ IP của bạn.",
        "Khi đưa tin sai, chúng tôi sửa ngay trên trang đó và ghi rõ đã thay đổi gì.",
        "Masthead là dịch vụ tin tức trình diễn bằng mười thứ tiếng. "
        f"Liên hệ: {CONTACT}",
    ),
}
