"""Reader comments on the Burmese edition's demo story.

Original text; every commenter is invented.
"""

from .comment_data import APPROVE, REJECT, DemoComment

COMMENTS = (
    DemoComment(
        key="my-seed-bank-grandmother",
        story="my-seed-bank",
        name="ကိုဇော်",
        body="ကျွန်တော့်အဘွားလည်း မျိုးစေ့တွေကို အိုးထဲမှာ သိမ်းထားခဲ့ဖူးတယ်။ ကောင်းတဲ့ အစီအစဉ်ပါ။",
        minutes_ago=500,
        address="203.0.113.94",
        decision=APPROVE,
    ),
    DemoComment(
        key="my-seed-bank-varieties",
        story="my-seed-bank",
        name="မနှင်း",
        body="ဘယ်စပါးမျိုးတွေ ရှိသလဲ သိချင်ပါတယ်။",
        minutes_ago=45,
        address="2001:db8:cd::17",
    ),
    DemoComment(
        key="my-seed-bank-spam",
        story="my-seed-bank",
        name="ရောင်းသူ",
        body="ဈေးပေါ ဖုန်းများ ယခုပဲ မှာယူပါ https://cheap-phones.example",
        minutes_ago=450,
        address="198.51.100.194",
        decision=REJECT,
        reason="spam",
    ),
)
