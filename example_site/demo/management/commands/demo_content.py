"""The demo province's content: a fictional province, real laws and real procedures."""

import unicodedata

from django.utils.text import slugify

from pbgdpl_wagtail.snippets.choices import Level

UNIT_NAME = "Sở Tư pháp tỉnh An Thịnh"
UNIT_ADDRESS = "Số 8 đường Lê Lợi, phường Trung Tâm, tỉnh An Thịnh"
UNIT_PHONE = "0200 3 812 345"
UNIT_EMAIL = "pbgdpl@sotuphap.anthinh.example"

# A fictional province, so the demo never speaks for a real one; its codes are outside the
# official range (provinces are numbered 01–96).
PROVINCE = {"code": "99", "name": "An Thịnh"}
COMMUNES = [
    ("99001", "Phường", "Trung Tâm"),
    ("99004", "Xã", "Tân Lập"),
    ("99007", "Xã", "Hòa Bình"),
    ("99010", "Xã", "Nậm Khắt"),
    ("99013", "Xã", "Đồng Tâm"),
]
AGENCIES = [
    ("Quốc hội", "QH", Level.CENTRAL, None),
    ("Chính phủ", "CP", Level.CENTRAL, None),
    ("Thủ tướng Chính phủ", "TTg", Level.CENTRAL, None),
    ("Bộ Tư pháp", "BTP", Level.CENTRAL, None),
    ("Hội đồng nhân dân tỉnh An Thịnh", "HĐND", Level.PROVINCE, "province"),
    ("Ủy ban nhân dân tỉnh An Thịnh", "UBND", Level.PROVINCE, "province"),
    (UNIT_NAME, "STP", Level.PROVINCE, "province"),
    ("Ủy ban nhân dân xã Tân Lập", "UBND", Level.COMMUNE, "99004"),
    ("Ủy ban nhân dân xã Nậm Khắt", "UBND", Level.COMMUNE, "99010"),
]

# Real national documents with the dates of the domain reference; the province's own documents
# are fictional like the province. (number, type code, issuer, signer title, signer, issued,
# effective, status, scope, abstract, field codes)
LEGAL_DOCUMENTS = [
    (
        "14/2012/QH13",
        "qppl-luat",
        "Quốc hội",
        "Chủ tịch Quốc hội",
        "Nguyễn Sinh Hùng",
        "2012-06-20",
        "2013-01-01",
        "con_hieu_luc",
        "Toàn quốc",
        "Luật Phổ biến, giáo dục pháp luật",
        ["44.8"],
    ),
    (
        "35/2013/QH13",
        "qppl-luat",
        "Quốc hội",
        "Chủ tịch Quốc hội",
        "Nguyễn Sinh Hùng",
        "2013-06-20",
        "2014-01-01",
        "con_hieu_luc",
        "Toàn quốc",
        "Luật Hòa giải ở cơ sở",
        ["37.1"],
    ),
    (
        "10/2016/TT-BTP",
        "qppl-thong-tu",
        "Bộ Tư pháp",
        "",
        "",
        "2016-07-22",
        "2016-09-10",
        "con_hieu_luc",
        "Toàn quốc",
        "Quy định về báo cáo viên pháp luật, tuyên truyền viên pháp luật",
        ["44.8"],
    ),
    (
        "619/QĐ-TTg",
        "qppl-quyet-dinh",
        "Thủ tướng Chính phủ",
        "",
        "",
        "2017-05-08",
        None,
        "het_hieu_luc_toan_bo",
        "Toàn quốc",
        "Ban hành quy định về xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật",
        ["44.8"],
    ),
    (
        "14/2019/QĐ-TTg",
        "qppl-quyet-dinh",
        "Thủ tướng Chính phủ",
        "",
        "",
        "2019-03-13",
        "2019-05-01",
        "con_hieu_luc",
        "Toàn quốc",
        "Về việc xây dựng, quản lý, khai thác Tủ sách pháp luật",
        ["44.8"],
    ),
    (
        "21/2021/QĐ-TTg",
        "qppl-quyet-dinh",
        "Thủ tướng Chính phủ",
        "",
        "",
        "2021-06-21",
        "2021-08-08",
        "con_hieu_luc",
        "Toàn quốc",
        "Quy định thành phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp phổ biến, giáo dục "
        "pháp luật",
        ["44.8"],
    ),
    (
        "25/2021/QĐ-TTg",
        "qppl-quyet-dinh",
        "Thủ tướng Chính phủ",
        "",
        "",
        "2021-07-22",
        "2022-01-01",
        "con_hieu_luc",
        "Toàn quốc",
        "Quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật",
        ["44.8"],
    ),
    (
        "09/2021/TT-BTP",
        "qppl-thong-tu",
        "Bộ Tư pháp",
        "",
        "",
        "2021-11-15",
        "2022-01-01",
        "con_hieu_luc",
        "Toàn quốc",
        "Hướng dẫn thi hành Quyết định số 25/2021/QĐ-TTg quy định về xã, phường, thị trấn đạt "
        "chuẩn tiếp cận pháp luật",
        ["44.8"],
    ),
    (
        "120/QĐ-UBND",
        "hc-quyet-dinh",
        "Ủy ban nhân dân tỉnh An Thịnh",
        "Chủ tịch",
        "Nguyễn Văn An",
        "2025-08-20",
        "2025-08-20",
        "con_hieu_luc",
        "Tỉnh An Thịnh",
        "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh An Thịnh (văn bản minh họa)",
        ["44.8"],
    ),
    (
        "15/KH-UBND",
        "hc-ke-hoach",
        "Ủy ban nhân dân tỉnh An Thịnh",
        "Phó Chủ tịch",
        "Trần Thị Bình",
        "2026-01-10",
        None,
        "con_hieu_luc",
        "Tỉnh An Thịnh",
        "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận "
        "pháp luật năm 2026 (văn bản minh họa)",
        ["44.8", "37.1"],
    ),
    (
        "45/STP-PBGDPL",
        "hc-cong-van",
        UNIT_NAME,
        "Giám đốc",
        "Lê Văn Cường",
        "2026-10-05",
        None,
        "con_hieu_luc",
        "Tỉnh An Thịnh",
        "Hướng dẫn tổ chức Ngày Pháp luật Việt Nam năm 2026 (văn bản minh họa)",
        ["44.8"],
    ),
]
# (source, relation, target)
LEGAL_DOCUMENT_RELATIONS = [
    ("25/2021/QĐ-TTg", "thay_the", "619/QĐ-TTg"),
    ("09/2021/TT-BTP", "huong_dan", "25/2021/QĐ-TTg"),
    ("10/2016/TT-BTP", "quy_dinh_chi_tiet", "14/2012/QH13"),
    ("15/KH-UBND", "can_cu", "14/2012/QH13"),
    ("15/KH-UBND", "can_cu", "35/2013/QH13"),
]

IMAGES = {
    "hero": ("Hội nghị triển khai Ngày Pháp luật Việt Nam", (11, 74, 132)),
    "mediation": ("Tổ hòa giải thôn Bản Lề họp định kỳ", (30, 107, 52)),
    "village": ("Tuyên truyền pháp luật tại nhà văn hóa thôn", (163, 20, 27)),
    "bookcase": ("Tủ sách pháp luật tại xã Tân Lập", (122, 90, 0)),
}

DOCUMENTS = {
    "plan": (
        "Kế hoạch phổ biến, giáo dục pháp luật năm 2026",
        [
            "ỦY BAN NHÂN DÂN TỈNH AN THỊNH",
            "Kế hoạch phổ biến, giáo dục pháp luật; hòa giải ở cơ sở;",
            "xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026.",
            "(Tài liệu minh họa của trang demo)",
        ],
    ),
    "mediation_form": (
        "Mẫu sổ theo dõi hoạt động hòa giải ở cơ sở",
        ["Sổ theo dõi hoạt động hòa giải ở cơ sở", "(Tài liệu minh họa của trang demo)"],
    ),
}


def ascii_slug(text):
    """Vietnamese text to an ASCII slug ("Hòa giải" → "hoa-giai"); đ is folded by hand."""
    text = unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")
    return slugify(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())


def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text, level="h2", anchor=""):
    return {"type": "heading", "value": {"text": text, "level": level, "anchor": anchor}}


def figure(image, caption, credit=""):
    return {
        "type": "image",
        "value": {
            "image": {"image": image.pk, "decorative": False, "alt_text": image.title},
            "caption": caption,
            "attribution": credit,
        },
    }


def home_fields(media):
    return {
        "title": "Phổ biến, giáo dục pháp luật tỉnh An Thịnh",
        "slug": "trang-chu-pbgdpl",
        "intro": (
            "<p>Trang thông tin điện tử phổ biến, giáo dục pháp luật của Sở Tư pháp tỉnh "
            "An Thịnh: văn bản mới, tài liệu tuyên truyền, hỏi đáp pháp luật và hoạt động "
            "hòa giải ở cơ sở.</p>"
        ),
        "groups_heading": "Chuyên mục",
        "search_description": (
            "Phổ biến, giáo dục pháp luật tỉnh An Thịnh: văn bản, tài liệu, hỏi đáp, hòa giải."
        ),
        "body": [
            figure(media["hero"], "Hội nghị triển khai Ngày Pháp luật Việt Nam năm 2026 tại tỉnh."),
            {
                "type": "callout",
                "value": {
                    "tone": "important",
                    "title": "Ngày Pháp luật Việt Nam 9/11",
                    "body": (
                        "<p>Ngày 9 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội "
                        "chủ nghĩa Việt Nam (Điều 8 Luật Phổ biến, giáo dục pháp luật "
                        "số 14/2012/QH13).</p>"
                    ),
                },
            },
            {
                "type": "link_cards",
                "value": {
                    "title": "Liên kết pháp luật",
                    "cards": [
                        {
                            "title": "Cơ sở dữ liệu quốc gia về pháp luật",
                            "description": "Tra cứu toàn văn và hiệu lực văn bản pháp luật.",
                            "link": {"page": None, "url": "https://vbpl.vn/"},
                            "image": None,
                        },
                        {
                            "title": "Cổng thông tin điện tử Bộ Tư pháp",
                            "description": "Tin tức và văn bản chỉ đạo của Bộ Tư pháp.",
                            "link": {"page": None, "url": "https://moj.gov.vn/"},
                            "image": None,
                        },
                        {
                            "title": "Bộ pháp điển điện tử",
                            "description": "Quy phạm pháp luật sắp xếp theo chủ đề, đề mục.",
                            "link": {"page": None, "url": "https://phapdien.moj.gov.vn/"},
                            "image": None,
                        },
                    ],
                },
            },
            {
                "type": "contact",
                "value": {
                    "name": "Phòng Phổ biến, giáo dục pháp luật",
                    "position": UNIT_NAME,
                    "address": UNIT_ADDRESS,
                    "phone": UNIT_PHONE,
                    "email": UNIT_EMAIL,
                    "hours": "Thứ Hai – Thứ Sáu, 7 giờ 30 – 17 giờ",
                    "map_url": "",
                },
            },
        ],
    }


def document_listings():
    """Group 3 (chỉ đạo, điều hành) and the legal normative documents, as two listings."""
    return [
        {
            "title": "Chỉ đạo, điều hành",
            "slug": "chi-dao-dieu-hanh",
            "intro": "<p>Văn bản chỉ đạo, điều hành công tác phổ biến, giáo dục pháp luật "
            "của tỉnh.</p>",
            "kind": "administrative",
        },
        {
            "title": "Văn bản pháp luật",
            "slug": "van-ban-phap-luat",
            "intro": "<p>Luật, nghị định, quyết định, thông tư về phổ biến, giáo dục pháp "
            "luật, hòa giải ở cơ sở và tiếp cận pháp luật.</p>",
            "kind": "legal_normative",
        },
    ]


def sections(media):
    """The demo's section pages (5015 §1.1b chuyên mục and §1.2c applications)."""
    return [
        {
            "title": "Giới thiệu",
            "slug": "gioi-thieu",
            "intro": "Vị trí, vai trò và đội ngũ làm công tác phổ biến, giáo dục pháp luật "
            "của tỉnh.",
            "body": [
                heading("Vị trí, vai trò"),
                paragraph(
                    "<p>Sở Tư pháp là cơ quan thường trực của Hội đồng phối hợp phổ biến, giáo "
                    "dục pháp luật tỉnh, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về phổ "
                    "biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng cấp xã đạt chuẩn "
                    "tiếp cận pháp luật.</p>"
                ),
                heading("Đội ngũ"),
                paragraph(
                    "<p>Toàn tỉnh có báo cáo viên pháp luật cấp tỉnh, tuyên truyền viên pháp "
                    "luật ở các thôn, tổ dân phố và các tổ hòa giải ở cơ sở.</p>"
                ),
                {
                    "type": "accordion",
                    "value": {
                        "title": "Câu hỏi thường gặp",
                        "is_faq": True,
                        "items": [
                            {
                                "heading": "Ai được công nhận là báo cáo viên pháp luật?",
                                "body": (
                                    "<p>Cán bộ, công chức, viên chức, sĩ quan trong lực lượng "
                                    "vũ trang nhân dân có phẩm chất chính trị, đạo đức tốt, "
                                    "có uy tín trong công tác, có khả năng truyền đạt; có "
                                    "bằng tốt nghiệp đại học luật và thời gian công tác trong "
                                    "lĩnh vực pháp luật ít nhất là 02 năm, hoặc bằng đại học "
                                    "khác và thời gian công tác liên quan đến pháp luật ít "
                                    "nhất là 03 năm (Điều 35 Luật Phổ biến, giáo dục pháp "
                                    "luật).</p>"
                                ),
                            },
                            {
                                "heading": "Tuyên truyền viên pháp luật do ai công nhận?",
                                "body": (
                                    "<p>Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận "
                                    "tuyên truyền viên pháp luật (Điều 37 Luật Phổ biến, giáo "
                                    "dục pháp luật; Thông tư 10/2016/TT-BTP).</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "contact",
                    "value": {
                        "name": UNIT_NAME,
                        "position": "Cơ quan thường trực Hội đồng phối hợp PBGDPL tỉnh",
                        "address": UNIT_ADDRESS,
                        "phone": UNIT_PHONE,
                        "email": UNIT_EMAIL,
                        "hours": "Thứ Hai – Thứ Sáu, 7 giờ 30 – 17 giờ",
                        "map_url": "",
                    },
                },
            ],
        },
        {
            "title": "Hòa giải ở cơ sở",
            "slug": "hoa-giai-o-co-so",
            "intro": "Tổ hòa giải, hòa giải viên và kết quả hòa giải ở thôn, tổ dân phố.",
            "body": [
                paragraph(
                    "<p>Hòa giải ở cơ sở là việc hòa giải viên hướng dẫn, giúp đỡ các bên đạt "
                    "được thỏa thuận, tự nguyện giải quyết với nhau các mâu thuẫn, tranh chấp, "
                    "vi phạm pháp luật theo quy định của Luật Hòa giải ở cơ sở số "
                    "35/2013/QH13.</p>"
                ),
                figure(media["mediation"], "Một buổi sinh hoạt của tổ hòa giải thôn Bản Lề."),
                {
                    "type": "table",
                    "value": {
                        "table": {
                            "caption": "Kết quả hòa giải ở cơ sở năm 2025 (số liệu minh họa)",
                            "columns": [
                                {"type": "text", "heading": "Xã, phường"},
                                {"type": "number", "heading": "Vụ việc tiếp nhận"},
                                {"type": "number", "heading": "Hòa giải thành"},
                                {"type": "number", "heading": "Không thành"},
                            ],
                            "rows": [
                                {"values": ["Phường Trung Tâm", "38", "33", "5"]},
                                {"values": ["Xã Tân Lập", "24", "21", "3"]},
                                {"values": ["Xã Hòa Bình", "17", "15", "2"]},
                                {"values": ["Xã Nậm Khắt", "12", "10", "2"]},
                            ],
                        },
                        "source": "Báo cáo năm của Sở Tư pháp (số liệu minh họa của trang demo)",
                    },
                },
                {
                    "type": "documents",
                    "value": {
                        "title": "Biểu mẫu",
                        "documents": [
                            {
                                "document": media["mediation_form"].pk,
                                "title": "",
                                "description": "Dùng cho tổ hòa giải ghi chép vụ việc.",
                            }
                        ],
                    },
                },
            ],
        },
        {
            "title": "Tiếp cận pháp luật",
            "slug": "tiep-can-phap-luat",
            "intro": "Xây dựng xã, phường đạt chuẩn tiếp cận pháp luật.",
            "body": [
                paragraph(
                    "<p>Bộ tiêu chí quốc gia về xã, phường, thị trấn đạt chuẩn tiếp cận pháp "
                    "luật ban hành kèm theo Quyết định số 25/2021/QĐ-TTg gồm 5 tiêu chí với "
                    "20 chỉ tiêu.</p>"
                ),
                {
                    "type": "legal_document",
                    "value": {
                        "document": media["25/2021/QĐ-TTg"].pk,
                        "articles": "Điều 3, Điều 4",
                        "note": "",
                    },
                },
                {
                    "type": "legal_document",
                    "value": {
                        "document": media["09/2021/TT-BTP"].pk,
                        "articles": "",
                        "note": "Hướng dẫn chấm điểm, hồ sơ đề nghị công nhận.",
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "tone": "note",
                        "title": "Điều kiện công nhận",
                        "body": (
                            "<p>Tổng số điểm của các tiêu chí đạt từ 80 điểm trở lên; điểm của "
                            "mỗi tiêu chí đạt ít nhất 50% số điểm tối đa; không có cán bộ chủ "
                            "chốt bị xử lý kỷ luật hoặc truy cứu trách nhiệm hình sự trong năm "
                            "(Điều 4 Quyết định số 25/2021/QĐ-TTg).</p>"
                        ),
                    },
                },
                {
                    "type": "documents",
                    "value": {
                        "title": "Văn bản triển khai",
                        "documents": [
                            {
                                "document": media["plan"].pk,
                                "title": "",
                                "description": "Kế hoạch của Ủy ban nhân dân tỉnh.",
                            }
                        ],
                    },
                },
            ],
        },
        {
            "title": "Ứng dụng, liên kết",
            "slug": "ung-dung-lien-ket",
            "intro": "Ứng dụng, phần mềm trực tuyến và sản phẩm đa phương tiện về pháp luật.",
            "body": [
                {
                    "type": "app_links",
                    "value": {
                        "title": "Ứng dụng trực tuyến",
                        "apps": [
                            {
                                "name": "Tủ sách pháp luật điện tử",
                                "description": "Sách, tài liệu pháp luật đọc miễn phí.",
                                "icon": None,
                                "web_url": "https://pbgdpl.gov.vn/",
                                "android_url": "",
                                "ios_url": "",
                            },
                            {
                                "name": "Cơ sở dữ liệu quốc gia về pháp luật",
                                "description": "Tra cứu văn bản quy phạm pháp luật.",
                                "icon": None,
                                "web_url": "https://vbpl.vn/",
                                "android_url": "",
                                "ios_url": "",
                            },
                        ],
                    },
                },
                {
                    "type": "gallery",
                    "value": {
                        "title": "Hình ảnh hoạt động",
                        "images": [
                            {
                                "image": {
                                    "image": media[key].pk,
                                    "decorative": False,
                                    "alt_text": media[key].title,
                                },
                                "caption": media[key].title,
                            }
                            for key in ("village", "bookcase", "mediation")
                        ],
                    },
                },
            ],
            "children": [
                {
                    "title": "Tủ sách pháp luật ở cơ sở",
                    "slug": "tu-sach-phap-luat-o-co-so",
                    "intro": "Tủ sách pháp luật tại các xã, phường của tỉnh.",
                    "body": [
                        figure(media["bookcase"], "Tủ sách pháp luật tại xã Tân Lập."),
                        paragraph(
                            "<p>Tủ sách pháp luật được xây dựng, quản lý và khai thác theo "
                            "Quyết định số 14/2019/QĐ-TTg của Thủ tướng Chính phủ.</p>"
                        ),
                    ],
                }
            ],
        },
    ]
