"""Reader comments on the Uyghur edition's demo stories, and the desk's decisions.

Original text, right to left in Arabic script; every commenter is invented.
"""

from .comment_data import APPROVE, REJECT, DemoComment

COMMENTS = (
    DemoComment(
        key="ug-karez-village",
        story="ug-karez",
        name="ئابلىمىت",
        body=(
            "بۇ خەۋەرنى ئوقۇپ بەك خۇشال بولدۇم. بىزنىڭ يېزىمىزدىمۇ بۇرۇن كارىز بار "
            "ئىدى، ئۇنى قايتا تازىلاش توغرۇلۇق ئويلىنىپ كۆرۈشىمىز كېرەك."
        ),
        minutes_ago=280,
        address="203.0.113.71",
        decision=APPROVE,
    ),
    DemoComment(
        key="ug-karez-elders",
        story="ug-karez",
        name="گۈلزار",
        body=(
            "ياشانغانلارنىڭ كارىزنىڭ يولىنى ئېسىدە ساقلىغىنى ناھايىتى قىممەتلىك. "
            "ئۇلارنىڭ بىلگەنلىرىنى يېزىپ قالدۇرۇش كېرەك."
        ),
        minutes_ago=250,
        address="198.51.100.19",
        decision=APPROVE,
    ),
    DemoComment(
        key="ug-karez-elders-reply",
        story="ug-karez",
        name="مەمەتجان",
        body=(
            "توغرا دەيسىز. مەن يېزىمىزدىكى بوۋايلاردىن سوراپ، ئۇلارنىڭ ئېيتقانلىرىنى "
            "خاتىرىلەۋاتىمەن."
        ),
        minutes_ago=200,
        address="2001:db8:ab::3",
        decision=APPROVE,
        reply_to="ug-karez-elders",
    ),
    DemoComment(
        key="ug-karez-insult",
        story="ug-karez",
        name="نامسىز",
        body="بۇ ماقالىنى يازغانلار ھېچنېمە بىلمەيدۇ، ئەخمەقلەر!",
        minutes_ago=150,
        address="203.0.113.181",
        decision=REJECT,
        reason="abuse",
    ),
    DemoComment(
        key="ug-karez-help",
        story="ug-karez",
        name="ئەزىز",
        body=(
            "ئۈچىنچى كارىزنى تازىلاشقا ياردەم كېرەكمۇ؟ بىز شەھەردىن بېرىپ "
            "ياردەملىشەلەيمىز."
        ),
        minutes_ago=40,
        address="198.51.100.92",
    ),
    DemoComment(
        key="ug-karez-research",
        story="ug-karez",
        name="رەيھانگۈل",
        body="دوكتور گۈلنار ئىمىننىڭ تەتقىقاتىنى قەيەردىن ئوقۇغىلى بولىدۇ؟",
        minutes_ago=15,
        address="2001:db8:ab::40",
    ),
    DemoComment(
        key="ug-books-online",
        story="ug-books",
        name="ئانار",
        body=(
            "بۇ كىتابلارنى توردىن سېتىۋالغىلى بولامدۇ؟ بالىلىرىم ئۈچۈن رەسىملىك "
            "ئېلىپبەنى ئىزدەۋاتىمەن."
        ),
        minutes_ago=1490,
        address="203.0.113.140",
        decision=APPROVE,
    ),
    DemoComment(
        key="ug-books-spam",
        story="ug-books",
        name="سودىگەر",
        body="ئەرزان تېلېفونلار! بۈگۈن زاكاز قىلىڭ: https://cheap-phones.example",
        minutes_ago=600,
        address="198.51.100.171",
        decision=REJECT,
        reason="spam",
    ),
    DemoComment(
        key="ug-books-next-year",
        story="ug-books",
        name="ئۇستاز",
        body="كېلەر يىلى يەرمەنكە قايسى شەھەردە ئۆتكۈزۈلىدۇ؟",
        minutes_ago=90,
        address="2001:db8:ab::77",
    ),
)
