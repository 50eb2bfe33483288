"""The demo province's news, events, about page and staff (group 1 of letter 5015).

The province, its people and its own documents are fictional; every item says so. National
documents are cited with the numbers and dates of the domain reference. Running the seeding
again finds everything by its slug or name and changes nothing.
"""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from pbgdpl_wagtail.models import (
    AboutPage,
    Agency,
    EventPage,
    LegalDocument,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    SectionPage,
    StaffMember,
)

from . import demo_content

SAMPLE_NOTE = (
    "<p><em>Tin minh họa của trang demo; tỉnh An Thịnh và các nhân vật là giả định.</em></p>"
)

CATEGORIES = [
    ("hoat-dong-pbgdpl-o-trung-uong", "Hoạt động PBGDPL ở Trung ương"),
    ("hoat-dong-pbgdpl-cap-tinh", "Hoạt động PBGDPL cấp tỉnh"),
    ("gioi-thieu-van-ban-phap-luat-moi", "Giới thiệu văn bản pháp luật mới"),
]
CENTRAL, PROVINCE, NEW_LAW = (slug for slug, _ in CATEGORIES)

# Images: the seed's own (found again by title) and two more.
NEWS_IMAGES = {
    "hero": demo_content.IMAGES["hero"],
    "mediation": demo_content.IMAGES["mediation"],
    "village": demo_content.IMAGES["village"],
    "bookcase": demo_content.IMAGES["bookcase"],
    "ebookcase": ("Tủ sách pháp luật điện tử trên máy tính bảng", (38, 70, 83)),
    "review": ("Hội nghị tổng kết công tác phổ biến, giáo dục pháp luật", (87, 45, 120)),
}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def cite(number, articles="", note=""):
    """A legal_document block for a document of the demo, if the seed created it."""
    document = LegalDocument.objects.filter(number=number).first()
    if document is None:
        return None
    return {
        "type": "legal_document",
        "value": {"document": document.pk, "articles": articles, "note": note},
    }


NEWS = [
    {
        "slug": "ke-hoach-pbgdpl-nam-2026",
        "title": "Ủy ban nhân dân tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026",
        "date": "2026-01-15",
        "category": PROVINCE,
        "tags": ["kế hoạch", "chuẩn tiếp cận pháp luật", "hòa giải ở cơ sở"],
        "image": "hero",
        "intro": "Kế hoạch số 15/KH-UBND giao nhiệm vụ phổ biến, giáo dục pháp luật, hòa giải ở "
        "cơ sở và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026 cho các sở, ngành và "
        "Ủy ban nhân dân cấp xã.",
        "body": lambda: [
            paragraph(
                "<p>Ngày 10/01/2026, Ủy ban nhân dân tỉnh An Thịnh ban hành Kế hoạch số "
                "15/KH-UBND về phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã "
                "đạt chuẩn tiếp cận pháp luật năm 2026.</p>"
                "<p>Kế hoạch được xây dựng trên cơ sở Luật Phổ biến, giáo dục pháp luật số "
                "14/2012/QH13 và Luật Hòa giải ở cơ sở số 35/2013/QH13. Sở Tư pháp là cơ quan "
                "thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện.</p>"
            ),
            cite("15/KH-UBND"),
            paragraph(SAMPLE_NOTE),
        ],
    },
    {
        "slug": "kien-toan-hoi-dong-phoi-hop-pbgdpl-tinh",
        "title": "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
        "date": "2025-08-25",
        "category": PROVINCE,
        "tags": ["Hội đồng phối hợp"],
        "image": None,
        "intro": "Quyết định số 120/QĐ-UBND kiện toàn thành phần Hội đồng phối hợp phổ biến, "
        "giáo dục pháp luật tỉnh sau khi sắp xếp tổ chức bộ máy.",
        "body": lambda: [
            paragraph(
                "<p>Thành phần Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp tỉnh do Chủ "
                "tịch Ủy ban nhân dân tỉnh quyết định theo Quyết định số 21/2021/QĐ-TTg của Thủ "
                "tướng Chính phủ. Sở Tư pháp là cơ quan thường trực của Hội đồng.</p>"
            ),
            cite("21/2021/QĐ-TTg", articles="Điều 1"),
            cite("120/QĐ-UBND"),
            paragraph(SAMPLE_NOTE),
        ],
    },
    {
        "slug": "tap-huan-hoa-giai-vien-xa-nam-khat",
        "title": "Tập huấn kỹ năng hòa giải cho hòa giải viên ở cơ sở xã Nậm Khắt",
        "date": "2026-03-12",
        "category": PROVINCE,
        "tags": ["hòa giải ở cơ sở", "tập huấn", "vùng đồng bào dân tộc thiểu số"],
        "image": "mediation",
        "intro": "Hòa giải viên của các tổ hòa giải trên địa bàn xã được hướng dẫn kỹ năng tiếp "
        "nhận, hòa giải vụ việc và ghi sổ theo dõi hoạt động hòa giải.",
        "body": lambda: [
            paragraph(
                "<p>Sở Tư pháp phối hợp với Ủy ban nhân dân xã Nậm Khắt tổ chức tập huấn cho "
                "hòa giải viên ở cơ sở. Nội dung gồm các quy định của Luật Hòa giải ở cơ sở, kỹ "
                "năng hòa giải các mâu thuẫn, tranh chấp trong cộng đồng và cách ghi sổ theo dõi "
                "hoạt động hòa giải.</p>"
                "<p>Theo Điều 12 Luật Hòa giải ở cơ sở, mỗi tổ hòa giải có từ ba hòa giải viên "
                "trở lên, trong đó có hòa giải viên nữ; ở vùng có nhiều đồng bào dân tộc thiểu "
                "số sinh sống, tổ hòa giải có hòa giải viên là người dân tộc thiểu số.</p>"
            ),
            cite("35/2013/QH13", articles="Điều 12"),
            paragraph(SAMPLE_NOTE),
        ],
    },
    {
        "slug": "tan-lap-tu-sach-phap-luat-nha-van-hoa",
        "title": "Xã Tân Lập đưa Tủ sách pháp luật về nhà văn hóa thôn",
        "date": "2026-04-22",
        "category": PROVINCE,
        "tags": ["tủ sách pháp luật"],
        "image": "bookcase",
        "intro": "Sách, tài liệu pháp luật được đặt tại nhà văn hóa các thôn để người dân đọc "
        "miễn phí, gần nơi ở.",
        "body": lambda: [
            paragraph(
                "<p>Ủy ban nhân dân xã Tân Lập bố trí sách, tài liệu pháp luật tại nhà văn hóa "
                "các thôn, có sổ theo dõi mượn, trả. Tủ sách được xây dựng, quản lý và khai thác "
                "theo Quyết định số 14/2019/QĐ-TTg của Thủ tướng Chính phủ.</p>"
            ),
            cite("14/2019/QĐ-TTg"),
            paragraph(SAMPLE_NOTE),
        ],
    },
    {
        "slug": "tu-sach-phap-luat-dien-tu-du-lieu-thanh-phan",
        "title": "Tủ sách pháp luật điện tử: các địa phương cập nhật dữ liệu thành phần",
        "date": "2026-02-10",
        "category": CENTRAL,
        "tags": ["tủ sách pháp luật", "chuyển đổi số"],
        "image": "ebookcase",
        "intro": "Theo Quyết định số 14/2019/QĐ-TTg, Tủ sách pháp luật điện tử do Bộ Tư pháp xây "
        "dựng; các bộ, ngành và Ủy ban nhân dân cấp tỉnh cập nhật dữ liệu thành phần của mình.",
        "body": lambda: [
            paragraph(
                "<p>Quyết định số 14/2019/QĐ-TTg ngày 13/3/2019 của Thủ tướng Chính phủ về "
                "việc xây dựng, quản lý, khai thác Tủ sách pháp luật có hiệu lực từ ngày "
                "01/5/2019, thay thế Quyết định số 06/2010/QĐ-TTg.</p>"
                "<p>Sách, tài liệu đưa lên Tủ sách pháp luật điện tử phải có tên sách, tài liệu; "
                "cơ quan, tổ chức, cá nhân chủ trì biên soạn; thời gian phát hành; hiệu lực văn "
                "bản và phần giới thiệu mục đích, nội dung chính.</p>"
            ),
            cite("14/2019/QĐ-TTg", articles="Điều 6, Điều 8"),
            paragraph(
                "<p><em>Bài giới thiệu minh họa của trang demo, tóm tắt quy định của Quyết định "
                "số 14/2019/QĐ-TTg.</em></p>"
            ),
        ],
    },
    {
        "slug": "huong-ung-ngay-phap-luat-nam-2026",
        "title": "Hưởng ứng Ngày Pháp luật Việt Nam năm 2026",
        "date": "2026-09-28",
        "category": CENTRAL,
        "tags": ["Ngày Pháp luật"],
        "image": "village",
        "intro": "Ngày 9 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt "
        "Nam; các bộ, ngành, địa phương tổ chức hưởng ứng với nhiều hình thức.",
        "body": lambda: [
            paragraph(
                "<p>Điều 8 Luật Phổ biến, giáo dục pháp luật quy định ngày 9 tháng 11 hằng năm "
                "là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam, nhằm tôn vinh Hiến "
                "pháp, pháp luật và giáo dục ý thức thượng tôn pháp luật cho mọi người trong xã "
                "hội.</p>"
                "<p>Hưởng ứng Ngày Pháp luật năm 2026, tỉnh An Thịnh tổ chức lễ hưởng ứng cấp "
                "tỉnh, tọa đàm tại các xã, phường và giải đáp pháp luật trực tuyến.</p>"
            ),
            cite("14/2012/QH13", articles="Điều 8"),
            paragraph(SAMPLE_NOTE),
        ],
    },
    {
        "slug": "luat-ban-hanh-van-ban-quy-pham-phap-luat-2025",
        "title": "Giới thiệu Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15",
        "date": "2026-02-20",
        "category": NEW_LAW,
        "tags": ["văn bản mới", "xây dựng pháp luật"],
        "image": None,
        "intro": "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 có hiệu lực từ ngày "
        "01/4/2025, thay thế Luật số 80/2015/QH13.",
        "body": lambda: [
            paragraph(
                "<p>Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 có hiệu lực từ "
                "ngày 01/4/2025 và thay thế Luật Ban hành văn bản quy phạm pháp luật số "
                "80/2015/QH13. Luật quy định hệ thống văn bản quy phạm pháp luật và việc xây "
                "dựng, ban hành các văn bản này.</p>"
                "<p>Toàn văn và tình trạng hiệu lực của Luật được tra cứu trên Cơ sở dữ liệu "
                'quốc gia về pháp luật (<a href="https://vbpl.vn/">vbpl.vn</a>).</p>'
            ),
            paragraph(
                "<p><em>Bài giới thiệu minh họa của trang demo; khi sử dụng, đối chiếu với văn "
                "bản gốc.</em></p>"
            ),
        ],
    },
    {
        "slug": "chuan-tiep-can-phap-luat-quyet-dinh-25-2021",
        "title": "Những điểm chính của quy định về xã, phường đạt chuẩn tiếp cận pháp luật",
        "date": "2026-05-06",
        "category": NEW_LAW,
        "tags": ["chuẩn tiếp cận pháp luật"],
        "image": None,
        "intro": "Quyết định số 25/2021/QĐ-TTg quy định 5 tiêu chí với 20 chỉ tiêu; Thông tư số "
        "09/2021/TT-BTP hướng dẫn thi hành.",
        "body": lambda: [
            paragraph(
                "<p>Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định "
                "về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật, có hiệu lực từ ngày "
                "01/01/2022 và thay thế Quyết định số 619/QĐ-TTg ngày 08/5/2017.</p>"
                "<p>Xã được công nhận đạt chuẩn khi tổng số điểm đạt từ 80 điểm trở lên, điểm "
                "của mỗi tiêu chí đạt ít nhất 50% số điểm tối đa và không có cán bộ chủ chốt bị "
                "xử lý kỷ luật hoặc truy cứu trách nhiệm hình sự trong năm.</p>"
            ),
            cite("25/2021/QĐ-TTg", articles="Điều 3, Điều 4"),
            cite("09/2021/TT-BTP"),
            paragraph(
                "<p><em>Bài giới thiệu minh họa của trang demo; khi sử dụng, đối chiếu với văn "
                "bản gốc.</em></p>"
            ),
        ],
    },
]

EVENTS = [
    {
        "slug": "le-huong-ung-ngay-phap-luat-2026",
        "title": "Lễ hưởng ứng Ngày Pháp luật Việt Nam năm 2026 tại tỉnh An Thịnh",
        "date": "2026-10-26",
        "category": PROVINCE,
        "tags": ["Ngày Pháp luật"],
        "image": "hero",
        "start": (2026, 11, 9, 7, 30),
        "end": (2026, 11, 9, 11, 0),
        "place": "Hội trường Ủy ban nhân dân tỉnh An Thịnh",
        "organiser": "Sở Tư pháp tỉnh An Thịnh",
        "registration_url": "",
        "intro": "Lễ hưởng ứng cấp tỉnh, trao giải cuộc thi tìm hiểu pháp luật và tôn vinh các "
        "tập thể, cá nhân tiêu biểu trong công tác phổ biến, giáo dục pháp luật.",
        "body": lambda: [
            paragraph(
                "<p>Chương trình gồm phát biểu hưởng ứng, trao giải cuộc thi tìm hiểu pháp luật "
                "trực tuyến và giao lưu với hòa giải viên, tuyên truyền viên pháp luật tiêu "
                "biểu.</p>"
            ),
            cite("45/STP-PBGDPL"),
            paragraph(SAMPLE_NOTE),
        ],
    },
    {
        "slug": "hoi-nghi-tong-ket-pbgdpl-2026",
        "title": "Hội nghị tổng kết công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở "
        "năm 2026",
        "date": "2026-11-25",
        "category": PROVINCE,
        "tags": ["hòa giải ở cơ sở", "tổng kết"],
        "image": "review",
        "start": (2026, 12, 18, 8, 0),
        "end": (2026, 12, 18, 11, 30),
        "place": "Hội trường Sở Tư pháp, số 8 đường Lê Lợi, phường Trung Tâm",
        "organiser": "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh An Thịnh",
        "registration_url": "https://pbgdpl.anthinh.example/dang-ky-hoi-nghi-tong-ket",
        "intro": "Đánh giá kết quả năm 2026, triển khai nhiệm vụ năm 2027; đại biểu các xã, "
        "phường đăng ký tham dự trước ngày 12/12/2026.",
        "body": lambda: [
            paragraph(
                "<p>Hội nghị đánh giá kết quả thực hiện Kế hoạch phổ biến, giáo dục pháp luật; "
                "hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026 và "
                "thống nhất nhiệm vụ năm 2027.</p>"
            ),
            paragraph(SAMPLE_NOTE),
        ],
    },
]

ORG_CHART = [
    {
        "type": "unit",
        "value": {
            "name": demo_content.UNIT_NAME,
            "head": "Giám đốc: Lê Văn Cường",
            "description": "Tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về phổ biến, "
            "giáo dục pháp luật và hòa giải ở cơ sở.",
            "units": [
                {
                    "name": "Phòng Phổ biến, giáo dục pháp luật",
                    "head": "Trưởng phòng: Phạm Thị Dung",
                    "description": "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; chuẩn tiếp "
                    "cận pháp luật; báo cáo viên, tuyên truyền viên pháp luật.",
                    "units": [
                        {
                            "name": "Tổ biên tập Trang thông tin phổ biến, giáo dục pháp luật",
                            "head": "",
                            "description": "Cập nhật tin tức, tài liệu và văn bản trên trang.",
                        },
                    ],
                },
                {
                    "name": "Văn phòng Sở",
                    "head": "Chánh Văn phòng",
                    "description": "",
                    "units": [],
                },
            ],
        },
    },
    {
        "type": "unit",
        "value": {
            "name": "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
            "head": "Cơ quan thường trực: Sở Tư pháp",
            "description": "Thành phần do Chủ tịch Ủy ban nhân dân tỉnh quyết định theo Quyết "
            "định số 21/2021/QĐ-TTg.",
            "units": [
                {
                    "name": "Tổ Thư ký giúp việc Hội đồng",
                    "head": "",
                    "description": "Chuẩn bị chương trình, kế hoạch, báo cáo của Hội đồng.",
                    "units": [],
                }
            ],
        },
    },
]

# (full name, position, unit, phone, email, contact is public, photo colour or None)
STAFF = [
    (
        "Lê Văn Cường",
        "Giám đốc",
        "Ban Giám đốc",
        demo_content.UNIT_PHONE,
        "giamdoc@sotuphap.anthinh.example",
        True,
        (70, 90, 120),
    ),
    (
        "Phạm Thị Dung",
        "Trưởng phòng",
        "Phòng Phổ biến, giáo dục pháp luật",
        "0200 3 812 346",
        demo_content.UNIT_EMAIL,
        True,
        (120, 80, 70),
    ),
    (
        "Hoàng Minh Đức",
        "Chuyên viên",
        "Phòng Phổ biến, giáo dục pháp luật",
        "0200 3 812 347",
        "duc.hm@sotuphap.anthinh.example",
        False,
        None,
    ),
    (
        "Vũ Thị Hà",
        "Chuyên viên, Tổ biên tập trang thông tin",
        "Phòng Phổ biến, giáo dục pháp luật",
        "0200 3 812 348",
        "ha.vt@sotuphap.anthinh.example",
        False,
        None,
    ),
]


def seed_news(home, make_image):
    """Hook of ``seed_demo``: news listing, news, events, about page and staff under ``home``."""
    images = {key: make_image(title, colour) for key, (title, colour) in NEWS_IMAGES.items()}
    categories = _seed_categories()
    index = NewsIndexPage.objects.child_of(home).filter(slug="tin-tuc-su-kien").first()
    if index is None:
        index = NewsIndexPage(
            title="Tin tức – Sự kiện",
            slug="tin-tuc-su-kien",
            intro="Hoạt động phổ biến, giáo dục pháp luật ở Trung ương và của tỉnh; giới thiệu "
            "văn bản pháp luật mới.",
            show_in_menus=True,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    for item in NEWS:
        _ensure_item(index, NewsPage, item, categories, images)
    for item in EVENTS:
        _ensure_item(index, EventPage, item, categories, images)
    _seed_about(home, make_image)
    _add_latest_news_to_home(home, index)
    return index


def _seed_categories():
    locale = Locale.get_default()
    categories = {}
    for order, (slug, name) in enumerate(CATEGORIES):
        categories[slug], _ = NewsCategory.objects.get_or_create(
            slug=slug, locale=locale, defaults={"name": name, "sort_order": order}
        )
    return categories


def _ensure_item(index, model, item, categories, images):
    if NewsPage.objects.child_of(index).filter(slug=item["slug"]).exists():
        return
    image = images.get(item["image"]) if item["image"] else None
    fields = {
        "title": item["title"],
        "slug": item["slug"],
        "date": datetime.date.fromisoformat(item["date"]),
        "category": categories[item["category"]],
        "intro": item["intro"],
        "featured_image": image,
        "featured_image_alt": image.title if image else "",
        "body": [block for block in item["body"]() if block is not None],
    }
    if model is EventPage:
        fields.update(
            start=timezone.make_aware(datetime.datetime(*item["start"])),
            end=timezone.make_aware(datetime.datetime(*item["end"])),
            place=item["place"],
            organiser=item["organiser"],
            registration_url=item["registration_url"],
        )
    page = model(**fields)
    page.tags.add(*item["tags"])
    index.add_child(instance=page)
    page.save_revision().publish()


def _seed_about(home, make_image):
    parent = SectionPage.objects.child_of(home).filter(slug="gioi-thieu").first() or home
    if AboutPage.objects.child_of(parent).exists():
        return
    agency = Agency.objects.filter(name=demo_content.UNIT_NAME).first()
    staff = []
    for order, (name, position, unit, phone, email, public, colour) in enumerate(STAFF):
        photo = (
            make_image(f"Ảnh chân dung minh họa – {name}", colour, (480, 600)) if colour else None
        )
        member, _ = StaffMember.objects.get_or_create(
            full_name=name,
            defaults={
                "position": position,
                "unit": unit,
                "agency": agency,
                "phone": phone,
                "email": email,
                "contact_is_public": public,
                "photo": photo,
                "sort_order": order,
            },
        )
        staff.append(member)
    about = AboutPage(
        title="Cơ cấu tổ chức, đội ngũ làm công tác phổ biến, giáo dục pháp luật",
        slug="co-cau-to-chuc-doi-ngu",
        intro="Vị trí, vai trò, cơ cấu tổ chức và đội ngũ làm công tác phổ biến, giáo dục pháp "
        "luật của Sở Tư pháp tỉnh An Thịnh.",
        position_and_role=(
            "<p>Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy "
            "ban nhân dân tỉnh quản lý nhà nước về phổ biến, giáo dục pháp luật, hòa giải ở cơ "
            "sở và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật.</p>"
            "<p>Sở Tư pháp là cơ quan thường trực của Hội đồng phối hợp phổ biến, giáo dục pháp "
            "luật tỉnh (Điều 7 Luật Phổ biến, giáo dục pháp luật).</p>"
        ),
        structure=ORG_CHART,
        contact_address=demo_content.UNIT_ADDRESS,
        contact_phone=demo_content.UNIT_PHONE,
        contact_email=demo_content.UNIT_EMAIL,
        contact_hours="Thứ Hai – Thứ Sáu, 7 giờ 30 – 17 giờ",
    )
    about.staff_links = [about.staff_links.model(staff_member=member) for member in staff]
    parent.add_child(instance=about)
    about.save_revision().publish()


def _add_latest_news_to_home(home, index):
    if any(block.block_type == "latest_news" for block in home.body):
        return
    blocks = list(home.body.raw_data)
    block = {
        "type": "latest_news",
        "value": {"title": "Tin tức – Sự kiện", "index": index.pk, "category": None, "count": 4},
    }
    blocks.insert(min(2, len(blocks)), block)
    home.body = blocks
    home.save_revision().publish()
