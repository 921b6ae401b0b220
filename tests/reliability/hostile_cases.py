"""Build the hostile inputs of hostile_inputs.json, deterministically.

Run `python -m tests.reliability.hostile_cases > tests/reliability/hostile_inputs.json`
after changing a list here; a test checks the file and this module agree.

Each case names the field it attacks and its value. A value that is not text (invalid
UTF-8, a 10 MB body) is given as `raw_hex` bytes or a `repeat` count, because JSON
cannot hold it. `expect` is what the documented rules say should happen:
"accept" (303/202, stored as the documented cleaning leaves it), "reject" (a 4xx
with the reader's text kept) or "any" (either, never a 5xx).
"""

import json
import sys
from urllib.parse import quote

NAME_LIMIT, BODY_LIMIT = 50, 2000
TEN_MB = 10 * 1024 * 1024

XSS = [
    "<script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script src=//127.0.0.1/x.js></script>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x OnErRoR=alert(1)>",
    "<img src=`x` onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "'><script>alert(1)</script>",
    '" onmouseover="alert(1)',
    "' autofocus onfocus='alert(1)",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    "<iframe srcdoc='<script>alert(1)</script>'>",
    "<a href=javascript:alert(1)>click</a>",
    "<a href=JaVaScRiPt:alert(1)>click</a>",
    "<a href='jav&#x09;ascript:alert(1)'>click</a>",
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)>",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<link rel=import href=data:text/html,<script>alert(1)</script>>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<base href=javascript:alert(1)//>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<style>@import 'javascript:alert(1)';</style>",
    "<div style=background:url(javascript:alert(1))>",
    "<div style=width:expression(alert(1))>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "{{7*7}}{% debug %}${7*7}",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<x onclick=alert(1)>click",
    "\u003cscript\u003ealert(1)\u003c/script\u003e",
]

ENCODINGS = {
    "plain": lambda text: text,
    "entities": lambda text: "".join(f"&#{ord(c)};" for c in text),
    "hex-entities": lambda text: "".join(f"&#x{ord(c):x};" for c in text),
    "named-entities": lambda text: text.replace("<", "&lt;").replace(">", "&gt;"),
    "url-encoded": lambda text: quote(text, safe=""),
    "double-url-encoded": lambda text: quote(quote(text, safe=""), safe=""),
    "utf7": lambda text: text.replace("<", "+ADw-").replace(">", "+AD4-"),
    "fullwidth": lambda text: text.replace("<", "\uff1c").replace(">", "\uff1e"),
}

SQL = [
    "'; DROP TABLE comments_comment; --",
    "1' OR '1'='1",
    '" OR ""="',
    "1; SELECT pg_sleep(10); --",
    "' UNION SELECT username, password FROM auth_user --",
    "admin'--",
    "1)) OR 1=1 /*",
    "%' AND 1=0 UNION SELECT NULL --",
    "\\'; EXEC xp_cmdshell('dir'); --",
    "'); DELETE FROM wagtailcore_page; --",
    "Robert'); DROP TABLE students;--",
    "$where: '1 == 1'",
]

CONTROL = [
    "before\x00after",
    "\x00",
    "nul at end\x00",
    "bell\x07 and escape\x1b[31m red",
    "vertical\x0btab and form\x0cfeed",
    "\x7fdelete",
    "c1 control\x85next line\x9bcsi",
    "windows\r\nline\rendings\n",
    "\x1f\x1e\x1d",
    "   ",
    "\t\n\t",
]

BIDI = [
    "\u202ereversed text\u202c",
    "file\u202egpj.exe",
    "\u202dforced ltr\u202c \u202bembedded rtl\u202c",
    "\u2066isolate\u2069 \u2067rtl isolate\u2069 \u2068first strong\u2069",
    "\u200fRLM and \u200eLRM are kept",
    "ئۇيغۇرچە \u202eتەتۈر\u202c",
    "\u202e",
    "price: \u202e001$\u202c",
]

ZALGO_MARKS = "".join(chr(0x0300 + index) for index in range(0x70))


def zalgo(text, marks_per_letter):
    return "".join(
        letter + (ZALGO_MARKS * 2)[index : index + marks_per_letter]
        for index, letter in enumerate(text)
    )


EMOJI = [
    "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 family",
    "\U0001f3f3\ufe0f\u200d\U0001f308 flag",
    "\U0001f1f0\U0001f1f7 \U0001f1e8\U0001f1f3 \U0001f1f2\U0001f1f2 regional flags",
    "\U0001f44b\U0001f3fd wave with skin tone",
    "\U0001f9d1\u200d\U0001f4bb technologist",
    "\u2764\ufe0f\u200d\U0001f525 heart on fire",
    "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f tag flag",
    "keycap 1\ufe0f\u20e3 #\ufe0f\u20e3",
    "\U0001f600" * 400,
    "zero\u200bwidth\u200cjoiner\u200dand\ufeffbom",
]

# Texts that show nothing: refused like an empty comment.
INVISIBLE = [
    "\u200b\u200b\u200b",
    "\u200c\u200d\u2060\ufeff",
    "\u00ad\u00ad",
    "\u3164\u3164",
    "\u115f\u1160",
    "\u2800\u2800\u2800",
    "\u3000\u00a0\u2007\u202f",
    "\U000e0041\U000e007f",
    "\u200b \n\u2060\t\ufeff",
]

SCRIPTS = {
    "en": "The ferry resumed service this morning.",
    "ko": "오늘 아침 여객선 운항이 재개되었습니다. 주민들은 반가워했다.",
    "zh-hans": "今天早上渡轮恢复运行，居民们很高兴。",
    "zh-hant": "今天早上渡輪恢復運行，居民們很高興。",
    "bo": "དེ་རིང་སྔ་དྲོ་གྲུ་ཤན་གྱི་ཞབས་ཞུ་བསྐྱར་དུ་འགོ་ཚུགས།",
    "ug": "بۈگۈن ئەتىگەن پاراخوت قاتنىشى ئەسلىگە كەلدى.",
    "my": "ဒီနေ့မနက် ကူးတို့သင်္ဘော ပြန်လည်ပြေးဆွဲပါပြီ။",
    "km": "សេវាកម្មសាឡាងបានចាប់ផ្តើមឡើងវិញនៅព្រឹកនេះ។",
    "lo": "ບໍລິການເຮືອຂ້າມຟາກໄດ້ເລີ່ມຄືນໃໝ່ໃນເຊົ້ານີ້.",
    "vi": "Phà đã hoạt động trở lại vào sáng nay, người dân rất vui.",
}

NORMALISATION = [
    "cafe\u0301 (decomposed é)",
    "\u1100\u1161\u11a8 (conjoining jamo)",
    "\uff21\uff22\uff23 fullwidth letters",
    "ﬁ ligature and ℌ blackletter",
    "A\u030a\u0301 stacked",
    "\U0001d57f\U0001d586\U0001d58a mathematical letters",
]

# Bytes the form body carries as they are: Django decodes them with replacement.
INVALID_UTF8 = [
    b"\xff\xfe",
    b"\xc3\x28",
    b"\xa0\xa1",
    b"\xe2\x28\xa1",
    b"\xf0\x28\x8c\xbc",
    b"ok \xed\xa0\x80 surrogate",
    b"\xc0\xaf overlong slash",
    b"\xf8\x88\x80\x80\x80",
    b"%ff%fe percent-encoded",
    b"%c0%af%00",
]

NAME_LIKE = ["Reader", "<b>Reader</b>", "Anna\u202e", "José", "리더", "读者"]

EMAILS = [
    "reader@example.org",
    "<script>alert(1)</script>@example.org",
    "reader@example.org<script>alert(1)</script>",
    '"><svg onload=alert(1)>"@example.org',
    "a'--@example.org",
    "reader@example.org\r\nBcc: victim@example.org",
    "reader@exa\x00mple.org",
    "javascript:alert(1)//@example.org",
    "x" * 250 + "@example.org",
    "리더@예시.한국",
    "reader@[127.0.0.1]",
    "@example.org",
    "reader@",
    "reader@example..org",
]


# Numbers for every id, offset and filter in a URL or query string: past what a
# 64-bit column holds, negative, not numbers, and digits of other scripts (which
# Python's int() accepts).
NUMERIC = [
    str(2**63),
    str(2**64),
    "9" * 30,
    "9" * 400,
    "-1",
    "-" + "9" * 30,
    "0",
    "1.5",
    "1e309",
    "abc",
    "",
    "\u0663",  # Arabic-Indic three
    "\uff11\uff12",  # fullwidth twelve
    "\u0f21\u0f22",  # Tibetan one two
    "\u1041" * 25,  # Myanmar ones, past 2**63
    "\U0001d7ff" * 20,  # mathematical monospace nines
    "9" * 30 + "-1",  # queue cursors are "micros-pk[-priority]"
    "1-" + str(2**64),
    "1-1-" + "9" * 30,
]

# One of each kind above, for the fuzz that sends every payload to every parameter and
# every path of every view (thousands of requests): the wholesale forms of a kind
# (2**64 beside 2**63, five scripts' digits) fail or pass together.
# FUZZ_EVERY_NUMBER=1 sends the whole list.
NUMERIC_PER_KIND = [
    str(2**63),  # just past a 64-bit column
    "9" * 400,  # far past any integer type
    "-1",
    "0",
    "1e309",  # a float that is infinite
    "abc",
    "",
    "\u0663",  # another script's digit int() accepts
    "\u1041" * 25,  # another script's digits, past 2**63
    "9" * 30 + "-1",  # queue cursors are "micros-pk[-priority]"
    "1-" + str(2**64),
    "1-1-" + "9" * 30,
]


def crlf(value):
    return value.replace("\r\n", "\n").replace("\r", "\n")


def has_visible_text(value):
    from masthead.comments.text import has_visible_text

    return has_visible_text(value)


def cleaned(value):
    """The documented cleaning: NFC, then control characters and bidi overrides out."""
    from masthead.comments.text import clean_plain_text

    return clean_plain_text(value)[0]


def expected(field, value):
    """Return "accept" or "reject" for a text value under the documented rules."""
    if field == "email":
        return "any"
    text = crlf(value).strip()
    limit = NAME_LIMIT if field == "name" else BODY_LIMIT
    if "\x00" in text or not text or len(text) > limit:
        return "reject"
    if not has_visible_text(cleaned(text)):
        return "reject"
    return "accept"


def case(case_id, field, value):
    return {
        "id": case_id,
        "field": field,
        "value": value,
        "expect": expected(field, value),
    }


def text_cases():
    for number, vector in enumerate(XSS):
        for encoding, encode in ENCODINGS.items():
            yield case(f"xss-{number:02d}-{encoding}-body", "body", encode(vector))
        yield case(f"xss-{number:02d}-plain-name", "name", vector)
    groups = {
        "sql": SQL,
        "control": CONTROL,
        "bidi": BIDI,
        "emoji": EMOJI,
        "normalisation": NORMALISATION,
        "invisible": INVISIBLE,
    }
    for group, values in groups.items():
        for number, value in enumerate(values):
            yield case(f"{group}-{number:02d}-body", "body", value)
            yield case(f"{group}-{number:02d}-name", "name", value)
    for code, text in SCRIPTS.items():
        yield case(f"script-{code}-body", "body", text)
        yield case(f"script-{code}-name", "name", text[:NAME_LIMIT])
        yield case(f"script-{code}-zalgo-body", "body", zalgo(text[:20], 5))
        yield case(f"script-{code}-long-body", "body", (text * 200)[:BODY_LIMIT])
    for marks in (1, 8, 30):
        yield case(f"zalgo-{marks}-body", "body", zalgo("he comes", marks))
    for number, value in enumerate(NAME_LIKE):
        yield case(f"name-like-{number:02d}", "name", value)
    for number, value in enumerate(EMAILS):
        yield case(f"email-{number:02d}", "email", value)


def length_cases():
    for field, limit in (("name", NAME_LIMIT), ("body", BODY_LIMIT)):
        for length in (limit - 1, limit, limit + 1, limit * 10):
            yield case(f"length-{field}-{length}", field, "x" * length)
        yield case(f"length-{field}-hangul-{limit}", field, "한" * limit)
        yield case(f"length-{field}-crlf-{limit}", field, "ab\r\n" * (limit // 3))
    yield case("length-email-320", "email", "x" * 308 + "@example.org")


def raw_cases():
    for number, value in enumerate(INVALID_UTF8):
        for field in ("body", "name"):
            yield {
                "id": f"invalid-utf8-{number:02d}-{field}",
                "field": field,
                "raw_hex": value.hex(),
                "expect": "any",
            }
    for field in ("body", "name"):
        yield {
            "id": f"ten-megabytes-{field}",
            "field": field,
            "value": "x",
            "repeat": TEN_MB,
            "expect": "reject",
        }


def all_cases():
    cases = [*text_cases(), *length_cases(), *raw_cases()]
    ids = [item["id"] for item in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


def as_json():
    return json.dumps(all_cases(), ensure_ascii=True, indent=1) + "\n"


def main():
    sys.stdout.write(as_json())


if __name__ == "__main__":
    main()
