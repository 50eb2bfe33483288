"""A catalogue of hostile inputs, shared by the bad-input tests (tests/test_bad_input.py).

Strings: markup and script injection, SQL metacharacters, overlong and oddly encoded text.
Files: wrong content for their extension, archives that expand enormously, traversal in names.
Each marked string carries MARK, so a test can look for it unescaped in a response.
"""

import io
import zipfile
from urllib.parse import quote

from hypothesis import strategies as st

MARK = "pbgdplx"

MARKUP = [
    f"<script>alert('{MARK}')</script>",
    f'"><img src=x onerror=alert("{MARK}")>',
    f"<svg/onload=alert('{MARK}')>",
    f"javascript:alert('{MARK}')",
    f"<iframe src=//evil.example/{MARK}></iframe>",
    f"{{{{ {MARK} }}}}{{% debug %}}",
    f"<a href=\"javascript:alert('{MARK}')\">{MARK}</a>",
    f"'><style>*{{display:none}}</style>{MARK}",
]
SQL = [
    "' OR '1'='1",
    "'; DROP TABLE pbgdpl_question; --",
    '" OR ""="',
    "1; SELECT * FROM auth_user",
    "%' AND 1=1 --",
    "\\'; --",
    'NEAR(a b) OR "x" * ^ :',  # FTS5 query syntax
    'AND OR NOT ( ) "',
]
ENCODING = [
    "\x00",
    f"{MARK}\x00<script>",
    "\ud800",  # a lone surrogate: not encodable as UTF-8
    "e\u0301\u0302\u0303" * 50,  # stacked combining marks
    "\u202eevil\u202c",  # right-to-left override
    "\ufeff\u200b\u200d",
    "ＳＥＬＥＣＴ",  # fullwidth
    "Hòa giải ở cơ sở 𝒽𝑜𝒶 🙂 中文 العربية",
    "\r\n\r\nSet-Cookie: x=1",
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "%00%2e%2e%2f",
]
OVERLONG = ["a" * 100_000, "đ" * 20_000, "1" * 5_000]
NUMBERS = ["-1", "0", "-999999999999", "99999999999999999999", "1e9", "NaN", "0x10", "1.5", "", " "]

HOSTILE = MARKUP + SQL + ENCODING + OVERLONG


def hostile_text():
    """The catalogue, plus random text of any Unicode category (surrogates excepted)."""
    return st.one_of(
        st.sampled_from(HOSTILE),
        st.text(max_size=300),
        st.builds(lambda a, b: a + b, st.sampled_from(MARKUP), st.text(max_size=50)),
    )


def page_numbers():
    return st.one_of(st.sampled_from(NUMBERS), st.integers().map(str), st.text(max_size=20))


def zip_bomb(size=200 * 1024 * 1024):
    """A small zip whose one member expands to ``size`` bytes of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("[Content_Types].xml", "w") as member:
            member.write(b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\x00" * (1024 * 1024)
            for _ in range(size // len(block)):
                member.write(block)
    return buffer.getvalue()


HTML_AS_PDF = f"<html><script>alert('{MARK}')</script></html>".encode()
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 120
PNG_HEADER_ONLY = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8

# (file name, content): names with traversal or markup, contents that lie about their type.
HOSTILE_FILE_NAMES = [
    "../../../etc/passwd.pdf",
    "..\\..\\boot.ini.pdf",
    f"<script>{MARK}</script>.pdf",
    "a" * 300 + ".pdf",
    "tệp\x00.pdf",
    ".pdf",
    "/absolute/path.pdf",
]
LYING_FILES = [
    ("giay-to.pdf", HTML_AS_PDF),
    ("anh.png", EXE),
    ("anh.jpg", PNG_HEADER_ONLY),
    ("bang.xlsx", b"not a zip at all"),
    ("van-ban.docx", b"PK\x03\x04" + b"\x00" * 40),
    ("tep.exe", EXE),
    ("trong.pdf", b""),
]


# Sending them, and checking that none comes back unescaped.
# Raw forms of the catalogue's markup: none may appear as is in an HTML response.
RAW_MARKUP = [text for text in MARKUP if "<" in text]


def form_body(data):
    """``data`` as an urlencoded body, lone surrogates sent as the invalid bytes they are."""
    return "&".join(
        f"{quote(str(key))}={quote(str(value).encode('utf-8', 'surrogatepass'))}"
        for key, value in data.items()
    )


def query(params):
    return "?" + form_body(params)


def post_form(client, url, data):
    return client.post(url, form_body(data), content_type="application/x-www-form-urlencoded")


def assert_escaped(response):
    if "html" not in response.get("Content-Type", ""):
        return
    html = response.content.decode("utf-8", "replace")
    for raw in RAW_MARKUP:
        assert raw not in html
