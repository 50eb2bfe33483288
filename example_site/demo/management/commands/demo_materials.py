"""The demo's materials (group 2), professional guidance (group 4) and legal bookcase (1.2a).

The laws are real and are found among the demo's legal documents by their number; every step,
time limit and figure below is one the legal texts state (see shared domain notes). The
province, its people and its own materials are samples and say so. Idempotent: what exists is
found again by its slug or title and left as it is.
"""

import datetime

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

from pbgdpl_wagtail.models import (
    Book,
    BookcasePage,
    DocumentType,
    GuidanceIndexPage,
    GuidancePage,
    LegalDocument,
    LegalField,
    MaterialFile,
    MaterialIndexPage,
    MaterialPage,
    MaterialType,
    TargetGroup,
)
from pbgdpl_wagtail.snippets.books import BookType
from pbgdpl_wagtail.snippets.choices import DocumentKind

SAMPLE = "Tài liệu minh họa của trang demo, không phải văn bản chính thức."
ETHNIC_AREAS = "nguoi_dan_vung_dtts_mien_nui_bien_gioi_ngu_dan"
OFFICIALS = "can_bo_cong_chuc_vien_chuc"
TWO_TIER_NOTE = (
    "<p>Từ ngày 01/7/2025 không còn tổ chức chính quyền cấp huyện. Các quy định dưới đây "
    "trích từ Quyết định số 25/2021/QĐ-TTg và Thông tư số 09/2021/TT-BTP; thẩm quyền đánh giá, "
    "công nhận thực hiện theo văn bản phân cấp hiện hành, hãy kiểm tra trước khi áp dụng.</p>"
)


def seed(home, make_image, make_document):
    """Build the three sections under ``home``; ``make_image`` and ``make_document`` are the
    demo's own Pillow helpers."""
    materials = _ensure(home, MaterialIndexPage, **MATERIAL_INDEX)
    for material in MATERIALS:
        _ensure_material(materials, dict(material), make_image, make_document)
    guidance = _ensure(home, GuidanceIndexPage, **GUIDANCE_INDEX)
    for guide in guides(make_document):
        _ensure_guide(guidance, guide)
    bookcase = _ensure(home, BookcasePage, **BOOKCASE)
    for book in BOOKS:
        _ensure_book(dict(book), make_image, make_document)
    _book_workflow()
    _home_blocks(home, materials, bookcase)


# Lookups


def documents(*numbers):
    return list(LegalDocument.objects.filter(number__in=numbers))


def fields(*codes):
    return list(LegalField.objects.filter(code__in=codes))


def target_groups(*codes):
    return list(TargetGroup.objects.filter(code__in=codes))


def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level, "anchor": ""}}


def callout(tone, title, html):
    return {"type": "callout", "value": {"tone": tone, "title": title, "body": html}}


def step(title, description="", responsible="", deadline="", needed=()):
    return {
        "title": title,
        "description": description,
        "responsible": responsible,
        "deadline": deadline,
        "documents": [{"type": "text", "value": name} for name in needed],
    }


def _ensure(parent, model, **fields):
    page = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
    if page is None:
        page = model(**fields, show_in_menus=True)
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


# Group 2 — tài liệu phổ biến, giáo dục pháp luật

MATERIAL_INDEX = {
    "title": "Tài liệu phổ biến, giáo dục pháp luật",
    "slug": "tai-lieu-pbgdpl",
    "intro": "<p>Tờ gấp, đề cương giới thiệu luật, tình huống pháp luật, sách hỏi đáp… giới "
    "thiệu văn bản pháp luật mới tới người dân. Đọc trực tuyến hoặc tải về miễn phí.</p>",
}

MATERIALS = [
    {
        "title": "Tờ gấp: Những điều cần biết về hòa giải ở cơ sở",
        "slug": "to-gap-hoa-giai-o-co-so",
        "type": "to_gap",
        "published_date": datetime.date(2026, 2, 20),
        "summary": "Hòa giải ở cơ sở là gì, tổ hòa giải gồm những ai, hòa giải viên được bầu "
        "thế nào và khi nào tiến hành hòa giải.",
        "introduces": ["35/2013/QH13"],
        "fields": ["37.1"],
        "groups": [ETHNIC_AREAS],
        "image": ("Tờ gấp hòa giải ở cơ sở", (30, 107, 52)),
        "file": (
            "Tờ gấp Những điều cần biết về hòa giải ở cơ sở",
            ["Luật Hòa giải ở cơ sở số 35/2013/QH13", SAMPLE],
        ),
        "body": [
            heading("Hòa giải ở cơ sở là gì?"),
            paragraph(
                "<p>Hòa giải ở cơ sở là việc hòa giải viên hướng dẫn, giúp đỡ các bên đạt được "
                "thỏa thuận, tự nguyện giải quyết với nhau các mâu thuẫn, tranh chấp, vi phạm "
                "pháp luật (Điều 2 Luật Hòa giải ở cơ sở số 35/2013/QH13).</p>"
            ),
            heading("Tổ hòa giải"),
            paragraph(
                "<p>Tổ hòa giải là tổ chức tự quản của nhân dân ở thôn, tổ dân phố. Mỗi tổ có "
                "từ 03 hòa giải viên trở lên, trong đó có hòa giải viên nữ; ở vùng có nhiều "
                "đồng bào dân tộc thiểu số, tổ có hòa giải viên là người dân tộc thiểu số "
                "(Điều 12).</p>"
            ),
            heading("Hòa giải viên được bầu như thế nào?"),
            paragraph(
                "<p>Hòa giải viên được bầu tại thôn, tổ dân phố; người được trên 50% đại diện "
                "hộ gia đình đồng ý thì được đề nghị Chủ tịch Ủy ban nhân dân cấp xã ra quyết "
                "định công nhận (Điều 8).</p>"
            ),
            callout(
                "success",
                "Khi nào tiến hành hòa giải?",
                "<p>Chậm nhất 03 ngày kể từ ngày hòa giải viên được phân công, trừ trường hợp "
                "cần hòa giải ngay hoặc các bên thỏa thuận thời gian khác (Điều 20).</p>",
            ),
            paragraph(f"<p><em>{SAMPLE}</em></p>"),
        ],
    },
    {
        "title": "Đề cương giới thiệu Luật Phổ biến, giáo dục pháp luật",
        "slug": "de-cuong-luat-pbgdpl",
        "type": "de_cuong_gioi_thieu_luat",
        "published_date": datetime.date(2025, 11, 1),
        "summary": "Đề cương dùng cho báo cáo viên, tuyên truyền viên khi giới thiệu Luật Phổ "
        "biến, giáo dục pháp luật số 14/2012/QH13.",
        "introduces": ["14/2012/QH13"],
        "fields": ["44.8"],
        "groups": [OFFICIALS],
        "file": (
            "Đề cương giới thiệu Luật Phổ biến, giáo dục pháp luật",
            ["Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13", SAMPLE],
        ),
        "body": [
            heading("I. Thông tin chung"),
            paragraph(
                "<p>Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 được Quốc hội thông qua "
                "ngày 20/6/2012, có hiệu lực từ ngày 01/01/2013.</p>"
            ),
            heading("II. Ngày Pháp luật Việt Nam"),
            paragraph(
                "<p>Ngày 9 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa "
                "Việt Nam (Điều 8).</p>"
            ),
            heading("III. Báo cáo viên, tuyên truyền viên pháp luật"),
            paragraph(
                "<ul><li>Báo cáo viên pháp luật là cán bộ, công chức, viên chức, sĩ quan trong "
                "lực lượng vũ trang nhân dân đáp ứng tiêu chuẩn tại Điều 35, trong đó có bằng "
                "đại học luật và ít nhất 02 năm công tác trong lĩnh vực pháp luật, hoặc bằng "
                "đại học khác và ít nhất 03 năm công tác liên quan đến pháp luật.</li>"
                "<li>Tuyên truyền viên pháp luật là người có uy tín, kiến thức, am hiểu về "
                "pháp luật, do Chủ tịch Ủy ban nhân dân cấp xã công nhận (Điều 37).</li></ul>"
            ),
            heading("IV. Đối tượng đặc thù"),
            paragraph(
                "<p>Các Điều 17 đến 24 quy định việc phổ biến, giáo dục pháp luật cho người dân "
                "ở vùng dân tộc thiểu số, miền núi, biên giới và ngư dân; người lao động trong "
                "doanh nghiệp; nạn nhân bạo lực gia đình; người khuyết tật; người đang chấp "
                "hành hình phạt tù và một số đối tượng đặc thù khác.</p>"
            ),
            paragraph(f"<p><em>{SAMPLE}</em></p>"),
        ],
    },
    {
        "title": "Tình huống: Nước thải chảy sang vườn nhà hàng xóm",
        "slug": "tinh-huong-nuoc-thai",
        "type": "tinh_huong",
        "published_date": datetime.date(2026, 3, 10),
        "summary": "Hai gia đình mâu thuẫn vì nước thải sinh hoạt; tổ hòa giải ở thôn có thể "
        "giúp gì và nếu hòa giải không thành thì sao?",
        "introduces": ["35/2013/QH13"],
        "fields": ["37.1"],
        "groups": [ETHNIC_AREAS],
        "body": [
            heading("Tình huống"),
            paragraph(
                "<p>Nước thải sinh hoạt của gia đình ông A chảy sang vườn của gia đình bà B ở "
                "thôn Bản Lề. Hai gia đình nhiều lần to tiếng, bà B nhờ tổ hòa giải của thôn "
                "giúp đỡ. (Tình huống minh họa; tên người, địa danh là giả định.)</p>"
            ),
            heading("Hỏi"),
            paragraph(
                "<p>Tổ hòa giải có hòa giải việc này không, và nếu hai bên vẫn không thỏa thuận "
                "được thì phải làm gì?</p>"
            ),
            heading("Giải đáp"),
            paragraph(
                "<p>Theo Luật Hòa giải ở cơ sở số 35/2013/QH13:</p><ul>"
                "<li>Hòa giải được tiến hành khi một bên hoặc các bên yêu cầu, khi hòa giải "
                "viên chứng kiến hoặc biết vụ việc, hoặc theo phân công của tổ trưởng tổ hòa "
                "giải (Điều 16); tổ trưởng phân công hòa giải viên (Điều 18).</li>"
                "<li>Việc hòa giải được tiến hành chậm nhất 03 ngày kể từ ngày được phân "
                "công, trừ trường hợp cần hòa giải ngay hoặc các bên thỏa thuận khác "
                "(Điều 20).</li>"
                "<li>Nếu hòa giải thành, các bên có thể thỏa thuận lập văn bản hòa giải thành "
                "(Điều 24).</li>"
                "<li>Nếu hòa giải không thành, hòa giải viên hướng dẫn các bên đề nghị cơ quan, "
                "tổ chức có thẩm quyền giải quyết (Điều 27).</li></ul>"
            ),
        ],
    },
    {
        "title": "Hỏi đáp về xã, phường đạt chuẩn tiếp cận pháp luật",
        "slug": "hoi-dap-chuan-tiep-can-phap-luat",
        "type": "sach_hoi_dap",
        "published_date": datetime.date(2026, 1, 20),
        "summary": "Bộ tiêu chí, điều kiện công nhận và các mốc thời gian đánh giá xã, phường "
        "đạt chuẩn tiếp cận pháp luật.",
        "introduces": ["25/2021/QĐ-TTg", "09/2021/TT-BTP"],
        "fields": ["44.8"],
        "groups": [OFFICIALS],
        "body": [
            {
                "type": "accordion",
                "value": {
                    "title": "Câu hỏi thường gặp",
                    "is_faq": True,
                    "items": [
                        {
                            "heading": "Bộ tiêu chí gồm những gì?",
                            "body": "<p>Bộ tiêu chí quốc gia về xã, phường, thị trấn đạt chuẩn "
                            "tiếp cận pháp luật ban hành kèm theo Quyết định số "
                            "25/2021/QĐ-TTg gồm 5 tiêu chí với 20 chỉ tiêu, tối đa 100 "
                            "điểm.</p>",
                        },
                        {
                            "heading": "Khi nào xã, phường được công nhận đạt chuẩn?",
                            "body": "<p>Tổng số điểm đạt từ 80 điểm trở lên; điểm của mỗi tiêu "
                            "chí đạt ít nhất 50% số điểm tối đa; không có cán bộ chủ chốt bị "
                            "xử lý kỷ luật hoặc truy cứu trách nhiệm hình sự trong năm (Điều 4 "
                            "Quyết định số 25/2021/QĐ-TTg).</p>",
                        },
                        {
                            "heading": "Các mốc thời gian cần nhớ?",
                            "body": "<p>Kết quả tự đánh giá được niêm yết công khai ít nhất 05 "
                            "ngày; hồ sơ đề nghị công nhận gửi trước ngày 10 tháng 01 năm "
                            "sau; quyết định công nhận ban hành và công bố trước ngày 10 tháng "
                            "02, công bố trong 02 ngày làm việc kể từ ngày ký.</p>",
                        },
                        {
                            "heading": "Quyết định số 619/QĐ-TTg còn được áp dụng không?",
                            "body": "<p>Không. Quyết định số 25/2021/QĐ-TTg, có hiệu lực từ "
                            "ngày 01/01/2022, thay thế Quyết định số 619/QĐ-TTg ngày "
                            "08/5/2017.</p>",
                        },
                    ],
                },
            },
            callout("warning", "Lưu ý", TWO_TIER_NOTE),
        ],
    },
    {
        "title": "Đồ họa thông tin: Ngày Pháp luật Việt Nam 9/11",
        "slug": "do-hoa-ngay-phap-luat",
        "type": "do_hoa_thong_tin",
        "published_date": datetime.date(2025, 11, 3),
        "summary": "Ngày 9 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa "
        "Việt Nam.",
        "introduces": ["14/2012/QH13"],
        "fields": ["44.8"],
        "groups": [],
        "image": ("Đồ họa Ngày Pháp luật Việt Nam", (163, 20, 27)),
        "body": [
            paragraph(
                "<p>Ngày 9 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa "
                "Việt Nam (Điều 8 Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13).</p>"
            ),
            paragraph(f"<p><em>{SAMPLE}</em></p>"),
        ],
    },
    {
        "title": "Grassroots mediation in brief",
        "slug": "grassroots-mediation-in-brief",
        "type": "to_gap",
        "language": "en",
        "published_date": datetime.date(2025, 12, 1),
        "summary": "What grassroots mediation is and how mediation teams work in villages and "
        "residential groups.",
        "introduces": ["35/2013/QH13"],
        "fields": ["37.1"],
        "groups": [],
        "body": [
            paragraph(
                "<p>Grassroots mediation is when mediators guide and help the parties reach an "
                "agreement and settle conflicts, disputes and breaches of the law among "
                "themselves, of their own will (Law on Grassroots Mediation No. 35/2013/QH13, "
                "Article 2).</p>"
            ),
            paragraph(
                "<p>Each mediation team in a village or residential group has at least three "
                "mediators, including a woman (Article 12).</p>"
            ),
            paragraph("<p><em>Sample material of the demo site, not an official text.</em></p>"),
        ],
    },
]


def _ensure_material(index, spec, make_image, make_document):
    if MaterialPage.objects.child_of(index).filter(slug=spec["slug"]).exists():
        return
    image = make_image(*spec["image"], size=(800, 600)) if spec.get("image") else None
    page = MaterialPage(
        title=spec["title"],
        slug=spec["slug"],
        material_type=MaterialType.objects.get(code=spec["type"]),
        published_date=spec["published_date"],
        summary=spec["summary"],
        language=spec.get("language", "vi"),
        image=image,
        body=spec["body"],
    )
    index.add_child(instance=page)
    page.introduces.set(documents(*spec["introduces"]))
    page.legal_fields.set(fields(*spec["fields"]))
    page.target_groups.set(target_groups(*spec["groups"]))
    if spec.get("file"):
        page.files.add(MaterialFile(document=make_document(*spec["file"]), label="Bản in (PDF)"))
    page.save_revision().publish()


# Group 4 — hướng dẫn nghiệp vụ

GUIDANCE_INDEX = {
    "title": "Hướng dẫn nghiệp vụ",
    "slug": "huong-dan-nghiep-vu",
    "intro": "<p>Trình tự, thời hạn và biểu mẫu cho công chức tư pháp, báo cáo viên, tuyên "
    "truyền viên và hòa giải viên.</p>",
}


def guides(make_document):
    forms = make_document(
        "Các mẫu kèm theo Thông tư 09/2021/TT-BTP",
        [
            "Phụ lục II - Mẫu 01 đến Mẫu 10",
            SAMPLE,
            "Bản chính thức: Cơ sở dữ liệu quốc gia về pháp luật (vbpl.vn).",
        ],
    )
    return [
        {
            "title": "Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật",
            "slug": "cong-nhan-chuan-tiep-can-phap-luat",
            "summary": "Tự đánh giá, niêm yết, gửi hồ sơ, đánh giá và công nhận xã, phường đạt "
            "chuẩn tiếp cận pháp luật hằng năm.",
            "documents": ["25/2021/QĐ-TTg", "09/2021/TT-BTP"],
            "fields": ["44.8"],
            "body": [
                callout("warning", "Lưu ý", TWO_TIER_NOTE),
                {
                    "type": "procedure_steps",
                    "value": {
                        "title": "Trình tự thực hiện",
                        "steps": [
                            step(
                                "Tự đánh giá, chấm điểm",
                                "<p>Chấm điểm 5 tiêu chí, 20 chỉ tiêu của Bộ tiêu chí ban hành "
                                "kèm theo Quyết định số 25/2021/QĐ-TTg.</p>",
                                "Ủy ban nhân dân cấp xã",
                            ),
                            step(
                                "Niêm yết công khai kết quả tự đánh giá",
                                "<p>Niêm yết để lấy ý kiến; tiếp thu, giải trình các ý kiến "
                                "nhận được.</p>",
                                "Ủy ban nhân dân cấp xã",
                                "Ít nhất 05 ngày",
                            ),
                            step(
                                "Gửi hồ sơ đề nghị công nhận",
                                "",
                                "Ủy ban nhân dân cấp xã",
                                "Trước ngày 10 tháng 01 năm sau",
                                [
                                    "Báo cáo đánh giá",
                                    "Bản tổng hợp điểm số",
                                    "Bản tiếp thu, giải trình ý kiến",
                                    "Văn bản đề nghị công nhận",
                                ],
                            ),
                            step(
                                "Hội đồng đánh giá xem xét",
                                "<p>Hội đồng có không quá 15 thành viên, do Chủ tịch hoặc Phó "
                                "Chủ tịch Ủy ban nhân dân làm Chủ tịch Hội đồng; cuộc họp "
                                "được tiến hành khi có ít nhất 2/3 số thành viên tham dự.</p>",
                                "Hội đồng đánh giá",
                            ),
                            step(
                                "Quyết định công nhận và công bố",
                                "",
                                "Người có thẩm quyền công nhận",
                                "Trước ngày 10 tháng 02; công bố trong 02 ngày làm việc kể từ "
                                "ngày ký quyết định",
                            ),
                            step(
                                "Báo cáo kết quả về Bộ Tư pháp",
                                "",
                                "Ủy ban nhân dân cấp tỉnh",
                                "Trước ngày 20 tháng 02",
                            ),
                        ],
                        "legal_basis": "Quyết định số 25/2021/QĐ-TTg, Điều 4, Điều 5; Thông tư "
                        "số 09/2021/TT-BTP, Điều 3, Điều 5, Điều 6",
                    },
                },
                {
                    "type": "forms",
                    "value": {
                        "title": "Biểu mẫu",
                        "forms": [
                            {
                                "code": "Mẫu 01–10",
                                "title": "Các mẫu tại Phụ lục II Thông tư số 09/2021/TT-BTP",
                                "document": forms.pk,
                                "description": "Bản minh họa; bản chính thức tra cứu trên Cơ "
                                "sở dữ liệu quốc gia về pháp luật.",
                            }
                        ],
                    },
                },
            ],
        },
        {
            "title": "Công nhận, cho thôi làm tuyên truyền viên pháp luật",
            "slug": "tuyen-truyen-vien-phap-luat",
            "summary": "Các bước công nhận và cho thôi làm tuyên truyền viên pháp luật ở xã, "
            "phường, thị trấn.",
            "documents": ["14/2012/QH13", "10/2016/TT-BTP"],
            "fields": ["44.8"],
            "body": [
                {
                    "type": "procedure_steps",
                    "value": {
                        "title": "Công nhận tuyên truyền viên pháp luật",
                        "steps": [
                            step(
                                "Thông báo công khai việc đăng ký làm tuyên truyền viên",
                                "",
                                "Công chức tư pháp – hộ tịch cấp xã",
                                "Tháng 9 hằng năm",
                            ),
                            step(
                                "Đăng ký làm tuyên truyền viên pháp luật",
                                "<p>Người có uy tín, kiến thức, am hiểu về pháp luật tự nguyện "
                                "đăng ký (Điều 37 Luật Phổ biến, giáo dục pháp luật).</p>",
                                "Người dân ở thôn, tổ dân phố",
                            ),
                            step(
                                "Quyết định công nhận",
                                "",
                                "Chủ tịch Ủy ban nhân dân cấp xã",
                                "05 ngày làm việc kể từ ngày nhận được danh sách đề nghị",
                            ),
                            step(
                                "Đăng tải danh sách và quyết định công nhận",
                                "<p>Danh sách tuyên truyền viên pháp luật và quyết định công "
                                "nhận, cho thôi được đăng tải trên trang thông tin điện tử "
                                "(Điều 8 Thông tư số 10/2016/TT-BTP).</p>",
                            ),
                        ],
                        "legal_basis": "Luật Phổ biến, giáo dục pháp luật, Điều 37; Thông tư "
                        "số 10/2016/TT-BTP, Điều 5, Điều 8",
                    },
                },
                {
                    "type": "procedure_steps",
                    "value": {
                        "title": "Cho thôi làm tuyên truyền viên pháp luật",
                        "steps": [
                            step(
                                "Xác định trường hợp cho thôi",
                                "<p>Tự nguyện xin thôi; vi phạm hành vi bị nghiêm cấm; bị kết "
                                "án; mất hoặc bị hạn chế năng lực hành vi dân sự.</p>",
                            ),
                            step(
                                "Quyết định cho thôi",
                                "",
                                "Chủ tịch Ủy ban nhân dân cấp xã",
                                "03 ngày làm việc",
                            ),
                        ],
                        "legal_basis": "Thông tư số 10/2016/TT-BTP, Điều 6",
                    },
                },
            ],
        },
        {
            "title": "Công nhận báo cáo viên pháp luật cấp tỉnh",
            "slug": "bao-cao-vien-phap-luat-cap-tinh",
            "summary": "Tiêu chuẩn, trình tự và thời hạn công nhận báo cáo viên pháp luật "
            "cấp tỉnh.",
            "documents": ["14/2012/QH13", "10/2016/TT-BTP"],
            "fields": ["44.8"],
            "body": [
                {
                    "type": "procedure_steps",
                    "value": {
                        "title": "Trình tự thực hiện",
                        "steps": [
                            step(
                                "Lựa chọn, đề nghị người đủ tiêu chuẩn",
                                "<p>Cán bộ, công chức, viên chức, sĩ quan trong lực lượng vũ "
                                "trang nhân dân có bằng đại học luật và ít nhất 02 năm công "
                                "tác trong lĩnh vực pháp luật, hoặc bằng đại học khác và ít "
                                "nhất 03 năm công tác liên quan đến pháp luật (Điều 35 Luật "
                                "Phổ biến, giáo dục pháp luật).</p>",
                                "Cơ quan, tổ chức nơi người được đề nghị công tác",
                            ),
                            step(
                                "Tiếp nhận, kiểm tra hồ sơ",
                                "<p>Nếu hồ sơ chưa đầy đủ, đề nghị bổ sung.</p>",
                                "Sở Tư pháp",
                                "Đề nghị bổ sung trong 02 ngày làm việc",
                            ),
                            step(
                                "Quyết định công nhận",
                                "",
                                "Chủ tịch Ủy ban nhân dân cấp tỉnh",
                                "05 ngày làm việc kể từ ngày nhận đủ hồ sơ",
                            ),
                            step(
                                "Đăng tải danh sách và quyết định công nhận",
                                "<p>Trên trang thông tin điện tử phổ biến, giáo dục pháp luật "
                                "(Điều 8 Thông tư số 10/2016/TT-BTP).</p>",
                            ),
                        ],
                        "legal_basis": "Luật Phổ biến, giáo dục pháp luật, Điều 35; Thông tư "
                        "số 10/2016/TT-BTP, Điều 3, Điều 8",
                    },
                },
            ],
        },
    ]


def _ensure_guide(index, spec):
    if GuidancePage.objects.child_of(index).filter(slug=spec["slug"]).exists():
        return
    page = GuidancePage(
        title=spec["title"], slug=spec["slug"], summary=spec["summary"], body=spec["body"]
    )
    index.add_child(instance=page)
    page.legal_documents.set(documents(*spec["documents"]))
    page.legal_fields.set(fields(*spec["fields"]))
    page.save_revision().publish()


# 1.2a — Tủ sách pháp luật

BOOKCASE = {
    "title": "Tủ sách pháp luật",
    "slug": "tu-sach-phap-luat",
    "intro": "<p>Sách, tài liệu pháp luật đọc miễn phí, được xây dựng, quản lý và khai thác "
    "theo Quyết định số 14/2019/QĐ-TTg của Thủ tướng Chính phủ.</p>",
}

BOOKS = [
    {
        "title": "Hỏi đáp Luật Hòa giải ở cơ sở",
        "book_type": BookType.EXPLANATION,
        "compiler": "Sở Tư pháp tỉnh An Thịnh",
        "release_date": datetime.date(2025, 11, 9),
        "validity_note": "Luật Hòa giải ở cơ sở số 35/2013/QH13, còn hiệu lực",
        "documents": ["35/2013/QH13"],
        "fields": ["37.1"],
        "purpose": "Giúp hòa giải viên và người dân ở thôn, tổ dân phố hiểu đúng quy định về "
        f"hòa giải ở cơ sở. {SAMPLE}",
        "main_content": "Các câu hỏi và trả lời về tổ hòa giải, hòa giải viên, trình tự hòa "
        "giải, hòa giải thành và hòa giải không thành.",
        "cover": (30, 107, 52),
        "file": True,
    },
    {
        "title": "Đề cương giới thiệu Luật Phổ biến, giáo dục pháp luật",
        "book_type": BookType.LAW_INTRODUCTION,
        "compiler": "Sở Tư pháp tỉnh An Thịnh",
        "release_date": datetime.date(2025, 3, 1),
        "validity_note": "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13, còn hiệu lực",
        "documents": ["14/2012/QH13"],
        "fields": ["44.8"],
        "purpose": f"Tài liệu cho báo cáo viên pháp luật khi giới thiệu Luật. {SAMPLE}",
        "main_content": "Thông tin chung về Luật; Ngày Pháp luật Việt Nam; báo cáo viên, "
        "tuyên truyền viên pháp luật; phổ biến, giáo dục pháp luật cho đối tượng đặc thù.",
        "cover": (11, 74, 132),
        "file": True,
    },
    {
        "title": "Cẩm nang xây dựng xã, phường đạt chuẩn tiếp cận pháp luật",
        "book_type": BookType.PROFESSIONAL_GUIDANCE,
        "compiler": "Phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp tỉnh An Thịnh",
        "release_date": datetime.date(2026, 2, 15),
        "validity_note": "Quyết định số 25/2021/QĐ-TTg và Thông tư số 09/2021/TT-BTP, còn hiệu "
        "lực; quy định về cấp huyện không còn áp dụng từ ngày 01/7/2025",
        "documents": ["25/2021/QĐ-TTg", "09/2021/TT-BTP"],
        "fields": ["44.8"],
        "purpose": "Hướng dẫn công chức tư pháp – hộ tịch tổ chức đánh giá chuẩn tiếp cận "
        f"pháp luật. {SAMPLE}",
        "main_content": "Bộ tiêu chí; điều kiện công nhận; trình tự, thời hạn đánh giá; hồ sơ "
        "đề nghị công nhận.",
        "cover": (122, 90, 0),
        "file": True,
    },
    {
        "title": "Luật Hòa giải ở cơ sở số 35/2013/QH13",
        "book_type": BookType.LEGAL_TEXTS,
        "compiler": "Quốc hội",
        "release_date": datetime.date(2013, 6, 20),
        "validity_note": "Còn hiệu lực, có hiệu lực từ ngày 01/01/2014",
        "documents": ["35/2013/QH13"],
        "fields": ["37.1"],
        "purpose": "Toàn văn Luật trên Cơ sở dữ liệu quốc gia về pháp luật, để tra cứu.",
        "main_content": "Luật quy định về hòa giải ở cơ sở; hòa giải viên, tổ hòa giải; hoạt "
        "động hòa giải ở cơ sở.",
        "external_url": "https://vbpl.vn/",
    },
    {
        "title": "Grassroots mediation: questions and answers",
        "book_type": BookType.EXPLANATION,
        "language": "en",
        "compiler": "Department of Justice of An Thinh province (sample)",
        "release_date": datetime.date(2025, 12, 1),
        "validity_note": "Law on Grassroots Mediation No. 35/2013/QH13, in force",
        "documents": ["35/2013/QH13"],
        "fields": ["37.1"],
        "purpose": "Explains grassroots mediation to foreign residents and visitors. Sample "
        "material of the demo site.",
        "main_content": "Mediation teams, mediators, how mediation starts and ends.",
        "cover": (74, 74, 74),
        "file": True,
    },
    {
        "title": "Kỷ yếu Hội thi hòa giải viên giỏi tỉnh An Thịnh năm 2025",
        "book_type": BookType.OTHER,
        "compiler": "Sở Tư pháp tỉnh An Thịnh",
        "release_date": datetime.date(2025, 12, 20),
        "validity_note": "Không giới thiệu văn bản quy phạm pháp luật cụ thể",
        "documents": [],
        "fields": ["37.1"],
        "purpose": f"Lưu giữ và chia sẻ kinh nghiệm của các đội thi. {SAMPLE}",
        "main_content": "Tiểu phẩm, tình huống hòa giải và bài viết của các đội thi.",
        "cover": (163, 20, 27),
        "file": True,
    },
    {
        "title": "Sổ tay tuyên truyền viên pháp luật",
        "draft": True,
        "book_type": BookType.PROFESSIONAL_GUIDANCE,
        "compiler": "Sở Tư pháp tỉnh An Thịnh",
        "release_date": datetime.date(2026, 9, 1),
        "validity_note": "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13; Thông tư số "
        "10/2016/TT-BTP, còn hiệu lực",
        "documents": ["14/2012/QH13", "10/2016/TT-BTP"],
        "fields": ["44.8"],
        "purpose": f"Bản thảo chờ lãnh đạo Sở duyệt trước khi đăng tải. {SAMPLE}",
        "main_content": "Kỹ năng tuyên truyền miệng; tổ chức sinh hoạt pháp luật ở thôn.",
        "external_url": "https://example.gov.vn/tu-sach/so-tay-tuyen-truyen-vien",
    },
]


def _ensure_book(spec, make_image, make_document):
    if Book.objects.filter(title=spec["title"]).exists():
        return
    book = Book(
        title=spec["title"],
        book_type=spec["book_type"],
        language=spec.get("language", "vi"),
        compiler=spec["compiler"],
        release_date=spec["release_date"],
        validity_note=spec["validity_note"],
        purpose=spec["purpose"],
        main_content=spec["main_content"],
        external_url=spec.get("external_url", ""),
        live=not spec.get("draft"),
    )
    if spec.get("cover"):
        book.cover = make_image(f"Bìa: {spec['title']}", spec["cover"], size=(600, 840))
    if spec.get("file"):
        book.file = make_document(spec["title"], [spec["compiler"], SAMPLE])
    book.full_clean()
    book.save()
    book.legal_documents.set(documents(*spec["documents"]))
    book.legal_fields.set(fields(*spec["fields"]))
    book.save()
    revision = book.save_revision()
    if book.live:
        revision.publish()


def _book_workflow():
    """Books are approved before they are published (QĐ 14/2019/QĐ-TTg, Điều 8 khoản 4)."""
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    book_type = ContentType.objects.get_for_model(Book)
    moderators.permissions.add(
        *Permission.objects.filter(
            content_type=book_type, codename__in=["add_book", "change_book", "publish_book"]
        )
    )
    if WorkflowContentType.objects.filter(content_type=book_type).exists():
        return
    task, _ = GroupApprovalTask.objects.get_or_create(name="Lãnh đạo Sở duyệt sách")
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name="Duyệt, đăng tải Tủ sách pháp luật")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowContentType.objects.create(workflow=workflow, content_type=book_type)


def _home_blocks(home, materials, bookcase):
    """The home page introduces new legal documents, materials and books, above the contact."""
    present = {block.block_type for block in home.body}
    new = []
    if "legal_document_list" not in present:
        codes = list(
            DocumentType.objects.filter(kind=DocumentKind.LEGAL_NORMATIVE).values_list(
                "code", flat=True
            )
        )
        new.append(
            (
                "legal_document_list",
                {
                    "title": "Văn bản quy phạm pháp luật mới",
                    "doc_types": codes,
                    "field": None,
                    "status": "",
                    "limit": 4,
                },
            )
        )
    if "materials_feed" not in present:
        new.append(
            (
                "materials_feed",
                {
                    "title": "Tài liệu phổ biến, giáo dục pháp luật mới",
                    "index": materials.pk,
                    "material_type": None,
                    "field": None,
                    "target_group": None,
                    "count": 4,
                },
            )
        )
    if "bookcase_shelf" not in present:
        new.append(
            (
                "bookcase_shelf",
                {
                    "title": "Sách mới trong Tủ sách pháp luật",
                    "books": [],
                    "book_type": "",
                    "count": 4,
                    "bookcase": bookcase.pk,
                },
            )
        )
    if not new:
        return
    raw = list(home.body.raw_data)
    position = next(
        (number for number, block in enumerate(raw) if block["type"] == "contact"), len(raw)
    )
    raw[position:position] = [{"type": kind, "value": value} for kind, value in new]
    home.body = raw
    home.save_revision().publish()
