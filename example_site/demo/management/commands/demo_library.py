"""The demo's video and legal-situation library (group 2 and 1.2c of letter 5015).

Three short videos (the files in ``fixtures/videos`` are 6-second test patterns standing for the
real clips) with Vietnamese captions, and legal situations on the topics people ask about most.
The laws are real: they are found among the demo's legal documents by their number, and the few
national laws the situations need that the demo lacked are added here with their real number,
dates and issuer. An article is cited only where it was checked; otherwise the law is cited
without one. People and places are fictional like the province. Idempotent: what exists is
found again by its slug, title or number and left as it is.
"""

import datetime
from pathlib import Path

from django.core.files.base import ContentFile

from pbgdpl_wagtail.library.enrichment import enrich_from_upload
from pbgdpl_wagtail.models import (
    Agency,
    DocumentType,
    LegalDocument,
    LegalField,
    LegalSituation,
    LibraryPage,
    TargetGroup,
    Video,
    VideoCaption,
)
from pbgdpl_wagtail.snippets.situations import LegalSituationCitation
from pbgdpl_wagtail.snippets.videos import CaptionKind, VideoKind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PRODUCER = "Sở Tư pháp tỉnh An Thịnh"
COMPILED_BY = "Phòng Phổ biến, giáo dục pháp luật – Sở Tư pháp tỉnh An Thịnh"
REVIEWED_BY = "Lãnh đạo Sở Tư pháp tỉnh An Thịnh"
SAMPLE = "Tình huống minh họa; tên người, địa danh là giả định."

ETHNIC_AREAS = "nguoi_dan_vung_dtts_mien_nui_bien_gioi_ngu_dan"
WORKERS = "nguoi_lao_dong_trong_doanh_nghiep"
VIOLENCE_VICTIMS = "nan_nhan_bao_luc_gia_dinh"
STUDENTS = "hoc_sinh_sinh_vien"
OFFICIALS = "can_bo_cong_chuc_vien_chuc"


def seed(home, make_image):
    """Add the library page under ``home``, its videos and situations, and the home page's
    feed; ``make_image`` is the demo's Pillow helper (a poster when ffmpeg makes none)."""
    _ensure_laws()
    library = _ensure_library_page(home)
    videos = {spec["key"]: _ensure_video(spec, make_image) for spec in VIDEOS}
    for spec in SITUATIONS:
        _ensure_situation(spec, videos)
    _home_feed(home)
    return library


# Lookups


def documents(*numbers):
    return list(LegalDocument.objects.filter(number__in=numbers))


def document(number):
    return LegalDocument.objects.filter(number=number).order_by("pk").first()


def fields(*codes):
    return list(LegalField.objects.filter(code__in=codes))


def target_groups(*codes):
    return list(TargetGroup.objects.filter(code__in=codes))


# National laws the situations cite, with the numbers and dates the texts bear. (number, type
# code, signer, issued, effective, name, legal field codes); the issuer is the National Assembly.
# fmt: off
LAWS = [
    ("31/2024/QH15", "qppl-luat", "Vương Đình Huệ", "2024-01-18", "2024-08-01",
     "Luật Đất đai", ["11.1"]),
    ("52/2014/QH13", "qppl-luat", "Nguyễn Sinh Hùng", "2014-06-19", "2015-01-01",
     "Luật Hôn nhân và gia đình", ["8.4"]),
    ("36/2024/QH15", "qppl-luat", "Trần Thanh Mẫn", "2024-06-27", "2025-01-01",
     "Luật Trật tự, an toàn giao thông đường bộ", ["14"]),
    ("45/2019/QH14", "qppl-bo-luat", "Nguyễn Thị Kim Ngân", "2019-11-20", "2021-01-01",
     "Bộ luật Lao động", ["20.2"]),
    ("91/2015/QH13", "qppl-bo-luat", "Nguyễn Sinh Hùng", "2015-11-24", "2017-01-01",
     "Bộ luật Dân sự", ["9.1"]),
    ("100/2015/QH13", "qppl-bo-luat", "Nguyễn Sinh Hùng", "2015-11-27", "2018-01-01",
     "Bộ luật Hình sự", ["16"]),
    ("13/2022/QH15", "qppl-luat", "Vương Đình Huệ", "2022-11-14", "2023-07-01",
     "Luật Phòng, chống bạo lực gia đình", ["8.5"]),
    ("73/2021/QH14", "qppl-luat", "", "2021-03-30", "2022-01-01",
     "Luật Phòng, chống ma túy", ["39.7"]),
    ("102/2016/QH13", "qppl-luat", "", "2016-04-05", "2017-06-01",
     "Luật Trẻ em", ["8.1"]),
    ("68/2020/QH14", "qppl-luat", "Nguyễn Thị Kim Ngân", "2020-11-13", "2021-07-01",
     "Luật Cư trú", ["39"]),
    ("26/2023/QH15", "qppl-luat", "Vương Đình Huệ", "2023-11-27", "2024-07-01",
     "Luật Căn cước", ["39"]),
    ("11/2017/QH14", "qppl-luat", "Nguyễn Thị Kim Ngân", "2017-06-20", "2018-01-01",
     "Luật Trợ giúp pháp lý", ["4.5"]),
]
# fmt: on


def _ensure_laws():
    assembly = Agency.objects.get(name="Quốc hội")
    for number, type_code, signer, issued, effective, name, codes in LAWS:
        if LegalDocument.objects.filter(number=number, issuer=assembly).exists():
            continue
        law = LegalDocument(
            number=number,
            doc_type=DocumentType.objects.get(code=type_code),
            issuer=assembly,
            signer_title="Chủ tịch Quốc hội" if signer else "",
            signer_name=signer,
            issued_date=datetime.date.fromisoformat(issued),
            effective_date=datetime.date.fromisoformat(effective),
            status="con_hieu_luc",
            scope="Toàn quốc",
            abstract=name,
        )
        law.full_clean()
        law.save()
        law.fields.set(fields(*codes))
        law.save_revision().publish()


# The library page


LIBRARY = {
    "title": "Thư viện video và tình huống pháp luật",
    "slug": "thu-vien",
    "intro": "<p>Tiểu phẩm, video clip, bài giảng điện tử và tình huống pháp luật có giải đáp "
    "do Sở Tư pháp tỉnh An Thịnh biên soạn. Xem trực tuyến, có phụ đề tiếng Việt và lời thoại "
    "đầy đủ; tìm theo lĩnh vực, đối tượng hoặc từ khóa.</p>",
    "per_page": 20,
}


def _ensure_library_page(home):
    page = LibraryPage.objects.child_of(home).filter(slug=LIBRARY["slug"]).first()
    if page is None:
        page = LibraryPage(**LIBRARY, show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


# Videos


VIDEOS = [
    {
        "key": "hoa-giai",
        "title": "Tiểu phẩm: Chuyện ở tổ hòa giải thôn Bản Lề",
        "file": "hoa-giai-o-co-so.mp4",
        "kind": VideoKind.SKIT,
        "published_date": datetime.date(2025, 11, 9),
        "description": "Nước thải sinh hoạt nhà ông Hùng chảy sang vườn nhà bà Lan, hai gia đình "
        "to tiếng với nhau. Tổ hòa giải thôn Bản Lề mời hai nhà ngồi lại, giải thích quy định "
        "của Luật Hòa giải ở cơ sở và giúp hai bên tự thỏa thuận cách giải quyết. Tiểu phẩm "
        "dựng nhân Ngày Pháp luật Việt Nam năm 2025.",
        "transcript": "[Nhạc hiệu] Chuyện ở tổ hòa giải thôn Bản Lề.\n"
        "Bà Lan: Nước thải nhà anh cứ chảy sang vườn tôi!\n"
        "Hòa giải viên: Hai nhà ngồi lại, cùng tìm cách giải quyết.",
        "documents": ["35/2013/QH13"],
        "fields": ["37.1"],
        "groups": [ETHNIC_AREAS],
        "captions": [
            ("vi", CaptionKind.CAPTIONS, "hoa-giai-o-co-so.vi.vtt"),
            ("en", CaptionKind.SUBTITLES, "hoa-giai-o-co-so.en.vtt"),
        ],
        "colour": (30, 107, 52),
    },
    {
        "key": "giao-thong",
        "title": "Video clip: Đã uống rượu, bia thì không lái xe",
        "file": "an-toan-giao-thong.webm",
        "kind": VideoKind.CLIP,
        "published_date": datetime.date(2025, 1, 6),
        "description": "Clip ngắn nhắc những điều cần nhớ khi đi xe máy theo Luật Trật tự, an "
        "toàn giao thông đường bộ năm 2024: không điều khiển xe khi trong máu hoặc hơi thở có "
        "nồng độ cồn, đội mũ bảo hiểm và cài quai đúng cách.",
        "transcript": "[Tiếng còi xe] Đã uống rượu, bia thì không lái xe.\n"
        "Đội mũ bảo hiểm, cài quai đúng cách mỗi khi đi xe máy.\n"
        "Luật Trật tự, an toàn giao thông đường bộ có hiệu lực từ 01/01/2025.",
        "documents": ["36/2024/QH15"],
        "fields": ["14"],
        "groups": [STUDENTS, WORKERS],
        "captions": [("vi", CaptionKind.CAPTIONS, "an-toan-giao-thong.vi.vtt")],
        "colour": (163, 20, 27),
    },
    {
        "key": "dat-dai",
        "title": "Bài giảng điện tử: Hòa giải tranh chấp đất đai theo Luật Đất đai năm 2024",
        "file": "tranh-chap-dat-dai.mp4",
        "kind": VideoKind.E_LECTURE,
        "published_date": datetime.date(2025, 8, 15),
        "description": "Bài giảng dành cho hòa giải viên và người dân: tranh chấp đất đai được "
        "hòa giải ở đâu, vì sao phải hòa giải tại Ủy ban nhân dân cấp xã trước khi đề nghị giải "
        "quyết, và nếu hòa giải không thành thì cơ quan nào giải quyết.",
        "transcript": "Bài giảng: Hòa giải tranh chấp đất đai theo Luật Đất đai năm 2024.\n"
        "Trước khi đề nghị giải quyết, các bên phải hòa giải tại Ủy ban nhân dân cấp xã.\n"
        "Nhà nước khuyến khích các bên tự hòa giải hoặc hòa giải ở cơ sở.",
        "documents": ["31/2024/QH15", "35/2013/QH13"],
        "fields": ["11.1", "37.1"],
        "groups": [ETHNIC_AREAS, OFFICIALS],
        "captions": [("vi", CaptionKind.CAPTIONS, "tranh-chap-dat-dai.vi.vtt")],
        "colour": (122, 90, 0),
    },
]


def _ensure_video(spec, make_image):
    video = Video.objects.filter(title=spec["title"]).first()
    if video is not None:
        return video
    path = FIXTURES / "videos" / spec["file"]
    upload = ContentFile(path.read_bytes(), name=spec["file"])
    video = Video(
        title=spec["title"],
        description=spec["description"],
        kind=spec["kind"],
        file=upload,
        transcript=spec["transcript"],
        language="vi",
        producer=PRODUCER,
        published_date=spec["published_date"],
    )
    enrich_from_upload(video, upload)
    if video.poster_id is None:
        video.poster = make_image(f"Ảnh đại diện: {spec['title']}", spec["colour"])
    video.captions = [
        VideoCaption(
            language=language,
            kind=kind,
            file=ContentFile((FIXTURES / "captions" / name).read_bytes(), name=name),
        )
        for language, kind, name in spec["captions"]
    ]
    video.full_clean()
    video.save()
    video.legal_fields.set(fields(*spec["fields"]))
    video.target_groups.set(target_groups(*spec["groups"]))
    video.legal_documents.set(documents(*spec["documents"]))
    video.save()
    video.save_revision().publish()
    return video


# Legal situations: (document number, articles cited) for the legal basis.


SITUATIONS = [
    {
        "title": "Tường rào lấn sang đất vườn nhà hàng xóm: có kiện ra Tòa ngay được không?",
        "published_date": datetime.date(2024, 9, 12),
        "scenario": "<p>Ông Nguyễn Văn Hậu và bà Trần Thị Lụa ở thôn Đông, xã Đồng Tâm có hai "
        "thửa đất vườn liền kề, cả hai đều đã được cấp Giấy chứng nhận quyền sử dụng đất. Tháng "
        "8/2024, ông Hậu xây tường rào; bà Lụa cho rằng bức tường lấn sang đất nhà bà gần nửa "
        "mét. Hai bên cãi nhau nhiều lần, bà Lụa định viết đơn gửi thẳng Tòa án.</p>"
        f"<p><em>{SAMPLE}</em></p>",
        "question": "Bà Lụa có thể khởi kiện ngay ra Tòa án không, hay phải hòa giải trước? "
        "Nếu hòa giải không thành thì cơ quan nào giải quyết?",
        "answer": "<p>Theo Luật Đất đai số 31/2024/QH15:</p><ul>"
        "<li>Nhà nước khuyến khích các bên tranh chấp đất đai tự hòa giải hoặc giải quyết "
        "thông qua hòa giải ở cơ sở (Điều 235). Bà Lụa có thể đề nghị tổ hòa giải thôn Đông "
        "giúp hai nhà thỏa thuận; hòa giải ở cơ sở được tiến hành khi một bên yêu cầu "
        "(Điều 16 Luật Hòa giải ở cơ sở).</li>"
        "<li>Trước khi đề nghị cơ quan có thẩm quyền giải quyết tranh chấp, các bên phải hòa "
        "giải tại Ủy ban nhân dân cấp xã nơi có đất tranh chấp (Điều 235). Vì vậy bà Lụa "
        "nộp đơn yêu cầu hòa giải tại Ủy ban nhân dân xã Đồng Tâm trước.</li>"
        "<li>Nếu hòa giải tại xã không thành: tranh chấp mà các bên có Giấy chứng nhận thì do "
        "Tòa án giải quyết (Điều 236). Hai gia đình đều có Giấy chứng nhận nên bà Lụa khởi "
        "kiện tại Tòa án nhân dân có thẩm quyền.</li></ul>",
        "citations": [("31/2024/QH15", "Điều 235, Điều 236"), ("35/2013/QH13", "Điều 3, Điều 16")],
        "introduced": "31/2024/QH15",
        "video": "dat-dai",
        "fields": ["11.1", "37.1"],
        "groups": [ETHNIC_AREAS],
    },
    {
        "title": "Con gái 16 tuổi có được cưới chồng không?",
        "published_date": datetime.date(2024, 11, 20),
        "scenario": "<p>Ở bản Nậm Khắt, gia đình ông Giàng A Sử định tổ chức đám cưới cho con "
        "gái là Giàng Thị Mỷ, 16 tuổi, với một thanh niên 19 tuổi cùng bản. Hai gia đình cho "
        "rằng đôi trẻ đã ưng nhau, làm lễ cưới theo phong tục là đủ, không cần ra xã đăng ký "
        f"kết hôn.</p><p><em>{SAMPLE}</em></p>",
        "question": "Việc cưới hỏi này có đúng pháp luật không? Nếu chỉ làm lễ cưới mà không "
        "đăng ký thì sao?",
        "answer": "<p>Theo Luật Hôn nhân và gia đình số 52/2014/QH13:</p><ul>"
        "<li>Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên mới được kết hôn (điểm a "
        "khoản 1 Điều 8). Cả Mỷ (16 tuổi) và chàng trai (19 tuổi) đều chưa đủ tuổi.</li>"
        "<li>Lấy vợ, lấy chồng khi một bên hoặc cả hai bên chưa đủ tuổi kết hôn là tảo hôn "
        "(khoản 8 Điều 3); tảo hôn là hành vi bị cấm (khoản 2 Điều 5). Người tổ chức tảo hôn "
        "có thể bị xử phạt vi phạm hành chính.</li>"
        "<li>Việc kết hôn phải được đăng ký tại cơ quan nhà nước có thẩm quyền; kết hôn không "
        "đăng ký thì không có giá trị pháp lý (khoản 1 Điều 9).</li></ul>"
        "<p>Gia đình nên hoãn việc cưới đến khi cả hai đủ tuổi và đăng ký kết hôn tại Ủy ban "
        "nhân dân xã.</p>",
        "citations": [
            ("52/2014/QH13", "Điều 3, khoản 8; Điều 5, khoản 2; Điều 8, khoản 1; Điều 9, khoản 1")
        ],
        "fields": ["8.4"],
        "groups": [ETHNIC_AREAS],
    },
    {
        "title": "Uống hai cốc bia rồi đi xe máy về nhà có bị cấm không?",
        "published_date": datetime.date(2025, 2, 10),
        "scenario": "<p>Dự đám cưới ở xã Tân Lập, anh Lò Văn Pánh uống hai cốc bia. Tan tiệc, "
        "anh định đi xe máy về nhà cách đó 3 km và nói với mọi người: “Uống ít, đi chậm thì "
        f"không sao”.</p><p><em>{SAMPLE}</em></p>",
        "question": "Theo luật mới, uống một ít bia rồi điều khiển xe máy có vi phạm không?",
        "answer": "<p>Có. Khoản 2 Điều 9 Luật Trật tự, an toàn giao thông đường bộ số "
        "36/2024/QH15 (có hiệu lực từ ngày 01/01/2025) nghiêm cấm điều khiển phương tiện tham "
        "gia giao thông đường bộ mà trong máu hoặc hơi thở có nồng độ cồn. Luật không đặt ra "
        "“mức cho phép”: chỉ cần có nồng độ cồn là vi phạm, dù uống ít hay đi chậm.</p>"
        "<p>Mức xử phạt do nghị định của Chính phủ về xử phạt vi phạm hành chính trong lĩnh "
        "vực trật tự, an toàn giao thông đường bộ quy định. Anh Pánh nên nhờ người không uống "
        "rượu, bia chở về hoặc gọi xe.</p>",
        "citations": [("36/2024/QH15", "Điều 9, khoản 2")],
        "introduced": "36/2024/QH15",
        "video": "giao-thong",
        "fields": ["14"],
        "groups": [WORKERS],
    },
    {
        "title": "Thử việc 3 tháng, hưởng 70% lương có đúng luật?",
        "published_date": datetime.date(2025, 4, 15),
        "scenario": "<p>Chị Hoàng Thị Thu tốt nghiệp trung cấp kế toán, được một công ty may ở "
        "phường Trung Tâm nhận vào làm nhân viên kế toán. Công ty yêu cầu chị thử việc 3 tháng "
        "với mức lương bằng 70% lương chính thức của vị trí này.</p>"
        f"<p><em>{SAMPLE}</em></p>",
        "question": "Thời gian thử việc và mức lương thử việc công ty đưa ra có đúng quy định "
        "không?",
        "answer": "<p>Không đúng. Theo Bộ luật Lao động số 45/2019/QH14:</p><ul>"
        "<li>Thời gian thử việc do hai bên thỏa thuận, chỉ được thử việc một lần đối với một "
        "công việc và không quá 30 ngày đối với công việc có yêu cầu trình độ chuyên môn, kỹ "
        "thuật trung cấp (khoản 3 Điều 25). Công việc kế toán trình độ trung cấp của chị Thu "
        "thử việc tối đa 30 ngày, không phải 3 tháng.</li>"
        "<li>Tiền lương thử việc do hai bên thỏa thuận nhưng ít nhất phải bằng 85% mức lương "
        "của công việc đó (Điều 26). Mức 70% là thấp hơn quy định.</li></ul>"
        "<p>Chị Thu có thể đề nghị công ty sửa lại thỏa thuận thử việc; nếu không được, chị "
        "có thể hỏi công đoàn cơ sở hoặc cơ quan quản lý nhà nước về lao động ở địa phương.</p>",
        "citations": [("45/2019/QH14", "Điều 25, khoản 3; Điều 26")],
        "fields": ["20.2"],
        "groups": [WORKERS],
    },
    {
        "title": "Hàng xóm hát karaoke đến khuya: nhờ tổ hòa giải được không?",
        "published_date": datetime.date(2025, 11, 12),
        "scenario": "<p>Gia đình anh Đinh Văn Toàn ở tổ dân phố số 5, phường Trung Tâm thường "
        "hát karaoke đến gần nửa đêm. Cụ Phạm Văn Khải, 78 tuổi, ở sát vách, mấy lần sang nhắc "
        "nhưng hai bên lời qua tiếng lại. Con trai cụ Khải muốn nhờ tổ hòa giải của tổ dân phố "
        f"giúp, nhưng anh Toàn chưa đồng ý.</p><p><em>{SAMPLE}</em></p>",
        "question": "Chỉ một bên yêu cầu thì tổ hòa giải có hòa giải không? Nếu hòa giải thành "
        "thì hai bên phải làm gì?",
        "answer": "<p>Theo Luật Hòa giải ở cơ sở số 35/2013/QH13:</p><ul>"
        "<li>Hòa giải ở cơ sở được tiến hành đối với các mâu thuẫn, tranh chấp, vi phạm pháp "
        "luật, trừ những trường hợp luật loại trừ (Điều 3). Mâu thuẫn giữa hai gia đình về "
        "sinh hoạt thuộc phạm vi hòa giải.</li>"
        "<li>Hòa giải được tiến hành khi một bên hoặc các bên yêu cầu (khoản 1 Điều 16); "
        "trong 03 ngày kể từ ngày được phân công, hòa giải viên bắt đầu hòa giải (khoản 2 "
        "Điều 20). Hòa giải tôn trọng sự tự nguyện, không bắt buộc, áp đặt các bên (khoản 1 "
        "Điều 4): anh Toàn có quyền đồng ý hoặc từ chối (khoản 2 Điều 17).</li>"
        "<li>Nếu hai bên đạt được thỏa thuận (ví dụ không hát sau 22 giờ) là hòa giải thành; "
        "các bên có thể lập văn bản hòa giải thành (Điều 24) và có trách nhiệm thực hiện thỏa "
        "thuận (Điều 25); hòa giải viên theo dõi, đôn đốc việc thực hiện (Điều 26).</li>"
        "<li>Nếu không thành, các bên có quyền yêu cầu tiếp tục hòa giải hoặc yêu cầu cơ quan, "
        "tổ chức có thẩm quyền giải quyết (Điều 27).</li></ul>",
        "citations": [
            (
                "35/2013/QH13",
                "Điều 3; Điều 4, khoản 1; Điều 16, khoản 1; Điều 17, khoản 2; Điều 20, "
                "khoản 2; Điều 24 – Điều 27",
            )
        ],
        "video": "hoa-giai",
        "fields": ["37.1"],
        "groups": [],
    },
    {
        "title": "Con gái đã đi lấy chồng có được chia thừa kế của cha?",
        "published_date": datetime.date(2025, 6, 18),
        "scenario": "<p>Ông Bùi Văn Tư ở xã Hòa Bình mất năm 2024, không để lại di chúc; tài "
        "sản là ngôi nhà và mảnh đất đứng tên ông. Vợ và cha mẹ ông đều đã mất trước. Ông có ba "
        "người con: anh Bùi Văn Thắng, anh Bùi Văn Lợi và chị Bùi Thị Hoa đã lấy chồng ở xã "
        "khác. Hai anh trai cho rằng con gái đã đi lấy chồng thì không được chia.</p>"
        f"<p><em>{SAMPLE}</em></p>",
        "question": "Chị Hoa có được hưởng di sản của cha không? Mỗi người được hưởng bao nhiêu?",
        "answer": "<p>Theo Bộ luật Dân sự số 91/2015/QH13:</p><ul>"
        "<li>Mọi cá nhân đều bình đẳng về quyền hưởng di sản theo di chúc hoặc theo pháp luật "
        "(Điều 610); việc con gái đã lấy chồng không làm mất quyền này.</li>"
        "<li>Ông Tư không để lại di chúc nên di sản được chia theo pháp luật (Điều 650). Hàng "
        "thừa kế thứ nhất gồm vợ, chồng, cha đẻ, mẹ đẻ, cha nuôi, mẹ nuôi, con đẻ, con nuôi "
        "của người chết; những người cùng hàng hưởng phần di sản bằng nhau (Điều 651).</li>"
        "<li>Vợ và cha mẹ ông Tư đã mất trước nên ba người con, trong đó có chị Hoa, mỗi người "
        "được hưởng một phần ba di sản.</li>"
        "<li>Thời hiệu để yêu cầu chia di sản là 30 năm đối với bất động sản, 10 năm đối với "
        "động sản, kể từ thời điểm mở thừa kế (khoản 1 Điều 623).</li></ul>"
        "<p>Ba anh em có thể nhờ tổ hòa giải ở thôn giúp thỏa thuận việc chia di sản trước khi "
        "đưa ra Tòa án.</p>",
        "citations": [
            ("91/2015/QH13", "Điều 610; Điều 623, khoản 1; Điều 650; Điều 651"),
            ("35/2013/QH13", "Điều 3"),
        ],
        "fields": ["9.1", "37.1"],
        "groups": [],
    },
    {
        "title": "Bị chồng đánh, giữ hết tiền bán nông sản: có phải bạo lực gia đình?",
        "published_date": datetime.date(2024, 6, 28),
        "scenario": "<p>Chị Vi Thị Hằng ở thôn Bản Lề thường bị chồng là anh Lương Văn Chiến "
        "chửi bới, đánh đập mỗi khi say rượu. Tiền bán ngô, bán sắn anh Chiến giữ hết, chị muốn "
        "mua gì cũng phải xin. Chị ngại “vạch áo cho người xem lưng” nên chưa kể với ai.</p>"
        f"<p><em>{SAMPLE}</em></p>",
        "question": "Những hành vi của anh Chiến có phải là bạo lực gia đình không? Chị Hằng "
        "có thể tìm sự giúp đỡ ở đâu?",
        "answer": "<p>Có. Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 (có hiệu lực từ "
        "ngày 01/7/2023) coi là hành vi bạo lực gia đình cả việc đánh đập, xâm hại sức khỏe; "
        "lăng mạ, chì chiết xúc phạm danh dự, nhân phẩm; và kiểm soát thu nhập của thành viên "
        "gia đình nhằm tạo ra tình trạng phụ thuộc về tài chính. Bạo lực gia đình cũng là hành "
        "vi bị cấm theo khoản 2 Điều 5 Luật Hôn nhân và gia đình.</p><ul>"
        "<li>Chị Hằng có thể báo tin cho Công an xã, Ủy ban nhân dân xã, trưởng thôn hoặc "
        "người có uy tín trong cộng đồng; khi khẩn cấp gọi 113.</li>"
        "<li>Chị có quyền yêu cầu cơ quan có thẩm quyền áp dụng biện pháp bảo vệ mình, trong "
        "đó có biện pháp cấm người có hành vi bạo lực tiếp xúc với người bị bạo lực, và được "
        "hỗ trợ chỗ tạm lánh, chăm sóc y tế, tư vấn.</li></ul>",
        "citations": [("13/2022/QH15", ""), ("52/2014/QH13", "Điều 5, khoản 2")],
        "introduced": "13/2022/QH15",
        "fields": ["8.5"],
        "groups": [VIOLENCE_VICTIMS, ETHNIC_AREAS],
    },
    {
        "title": "“Công an” gọi điện bắt chuyển tiền để xác minh: xử trí thế nào?",
        "published_date": datetime.date(2026, 3, 5),
        "scenario": "<p>Bà Nguyễn Thị Xuân, 62 tuổi, ở phường Trung Tâm nhận cuộc gọi của một "
        "người xưng là cán bộ công an. Người này nói tài khoản ngân hàng của bà “liên quan đến "
        "đường dây rửa tiền”, yêu cầu bà cài một ứng dụng qua đường link gửi trong tin nhắn, "
        "chuyển toàn bộ tiền tiết kiệm sang “tài khoản tạm giữ” để xác minh và dặn không được "
        f"kể với ai.</p><p><em>{SAMPLE}</em></p>",
        "question": "Bà Xuân nên làm gì? Người gọi điện có thể bị xử lý thế nào?",
        "answer": "<p>Đây là thủ đoạn lừa đảo quen thuộc. Cơ quan công an không giải quyết vụ "
        "việc qua điện thoại và không yêu cầu người dân chuyển tiền vào “tài khoản tạm giữ” hay "
        "cài ứng dụng qua đường link lạ.</p><ul>"
        "<li>Bà Xuân nên dừng cuộc gọi, không bấm vào link, không cung cấp mật khẩu, mã OTP; "
        "báo ngay cho Công an phường nơi gần nhất.</li>"
        "<li>Nếu đã lỡ chuyển tiền, cần báo ngay cho ngân hàng để đề nghị hỗ trợ và trình báo "
        "cơ quan công an, giữ lại tin nhắn, số điện thoại, biên lai chuyển tiền.</li>"
        "<li>Dùng thủ đoạn gian dối để chiếm đoạt tài sản có thể bị truy cứu trách nhiệm hình "
        "sự về tội lừa đảo chiếm đoạt tài sản (Điều 174 Bộ luật Hình sự) hoặc tội sử dụng "
        "mạng máy tính, mạng viễn thông, phương tiện điện tử thực hiện hành vi chiếm đoạt tài "
        "sản (Điều 290 Bộ luật Hình sự).</li></ul>",
        "citations": [("100/2015/QH13", "Điều 174, Điều 290")],
        "fields": ["16", "39"],
        "groups": [],
    },
    {
        "title": "Gia đình muốn cho con cai nghiện ma túy tại nhà",
        "published_date": datetime.date(2025, 6, 26),
        "scenario": "<p>Anh Lê Văn Nam, 24 tuổi, ở xã Tân Lập sử dụng ma túy tổng hợp một thời "
        "gian và đã nghiện. Bố mẹ anh muốn giúp anh cai nghiện ngay tại nhà nhưng sợ nếu khai "
        f"báo thì anh sẽ bị “bắt đi cai”.</p><p><em>{SAMPLE}</em></p>",
        "question": "Anh Nam có thể cai nghiện tự nguyện tại gia đình không? Gia đình cần bắt "
        "đầu từ đâu?",
        "answer": "<p>Có. Luật Phòng, chống ma túy số 73/2021/QH14 quy định hai biện pháp cai "
        "nghiện là cai nghiện ma túy tự nguyện và cai nghiện ma túy bắt buộc; cai nghiện tự "
        "nguyện có thể thực hiện tại gia đình, cộng đồng hoặc tại cơ sở cai nghiện ma túy.</p>"
        "<ul><li>Anh Nam và gia đình đăng ký cai nghiện tự nguyện tại gia đình, cộng đồng với "
        "Ủy ban nhân dân xã nơi anh cư trú, và được hướng dẫn, theo dõi trong thời gian cai "
        "nghiện.</li>"
        "<li>Chủ động đăng ký cai nghiện tự nguyện và thực hiện nghiêm túc là cách tốt nhất để "
        "anh Nam không phải đưa vào cơ sở cai nghiện bắt buộc.</li>"
        "<li>Gia đình có trách nhiệm phối hợp với chính quyền, cộng đồng động viên, quản lý "
        "anh Nam trong thời gian cai nghiện.</li></ul>",
        "citations": [("73/2021/QH14", "")],
        "fields": ["39.7"],
        "groups": [],
    },
    {
        "title": "Thấy trẻ hàng xóm bị đánh đập, bắt nghỉ học đi bán vé số",
        "published_date": datetime.date(2025, 5, 30),
        "scenario": "<p>Chị Đào Thị Nga ở tổ dân phố số 2, phường Trung Tâm nhiều lần thấy cháu "
        "Minh, 10 tuổi, nhà bên cạnh bị bố dượng đánh bằng roi và bắt nghỉ học đi bán vé số "
        "đến tối. Chị thương cháu nhưng ngại đó là “chuyện nhà người ta”.</p>"
        f"<p><em>{SAMPLE}</em></p>",
        "question": "Chị Nga có nên can thiệp không, và báo cho ai?",
        "answer": "<p>Chị Nga nên báo ngay. Theo Luật Trẻ em số 102/2016/QH13, trẻ em là người "
        "dưới 16 tuổi (Điều 1); bạo lực, bóc lột trẻ em là hành vi bị nghiêm cấm (Điều 6). Hành "
        "vi đánh đập của người bố dượng cũng là hành vi bạo lực gia đình theo Luật Phòng, chống "
        "bạo lực gia đình.</p><ul>"
        "<li>Gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em <strong>111</strong> (miễn phí, "
        "hoạt động cả ngày đêm).</li>"
        "<li>Báo cho Công an phường, Ủy ban nhân dân phường hoặc tổ trưởng tổ dân phố để kịp "
        "thời can thiệp, bảo vệ cháu Minh và đưa cháu trở lại trường.</li></ul>",
        "citations": [("102/2016/QH13", "Điều 1, Điều 6"), ("13/2022/QH15", "")],
        "fields": ["8.1", "8.5"],
        "groups": [],
    },
    {
        "title": "Thuê trọ đi làm ở phường khác có phải đăng ký tạm trú?",
        "published_date": datetime.date(2025, 9, 8),
        "scenario": "<p>Anh Hà Văn Dũng, thường trú ở xã Nậm Khắt, xuống phường Trung Tâm làm "
        "công nhân và thuê phòng trọ của bà Vũ Thị Liên từ tháng 3. Đã hơn hai tháng anh chưa "
        "đăng ký tạm trú vì nghĩ “có thẻ căn cước là đủ”.</p>"
        f"<p><em>{SAMPLE}</em></p>",
        "question": "Anh Dũng có phải đăng ký tạm trú không? Tạm trú được bao lâu?",
        "answer": "<p>Có. Theo Luật Cư trú số 68/2020/QH14:</p><ul>"
        "<li>Công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi đơn vị hành chính cấp xã "
        "nơi đã đăng ký thường trú để lao động, học tập hoặc vì mục đích khác từ 30 ngày trở "
        "lên thì phải đăng ký tạm trú (khoản 1 Điều 27).</li>"
        "<li>Thời hạn tạm trú tối đa là 02 năm và có thể gia hạn nhiều lần (khoản 2 Điều 27). "
        "Trong thời hạn 15 ngày trước ngày hết hạn tạm trú, công dân phải làm thủ tục gia hạn "
        "(khoản 3 Điều 28).</li>"
        "<li>Hồ sơ gồm tờ khai thay đổi thông tin cư trú và giấy tờ, tài liệu chứng minh chỗ "
        "ở hợp pháp, ví dụ hợp đồng thuê trọ với bà Liên (khoản 1 Điều 28); nộp tại Công an "
        "phường hoặc trực tuyến.</li></ul>",
        "citations": [("68/2020/QH14", "Điều 27, khoản 1, 2; Điều 28, khoản 1, 3")],
        "fields": ["39"],
        "groups": [WORKERS],
    },
    {
        "title": "Thẻ căn cước công dân cũ còn dùng được không, khi nào phải đổi?",
        "published_date": datetime.date(2024, 7, 5),
        "scenario": "<p>Ông Triệu Văn Phúc ở xã Hòa Bình sinh tháng 3/1966, được cấp thẻ căn "
        "cước công dân gắn chíp năm 2021. Con gái ông là Triệu Thị Lan tròn 14 tuổi vào tháng "
        "8/2024. Ông nghe nói từ ngày 01/7/2024 thẻ căn cước công dân cũ “hết giá trị”.</p>"
        f"<p><em>{SAMPLE}</em></p>",
        "question": "Thẻ của ông Phúc có còn dùng được không, khi nào ông phải đổi thẻ? Cháu "
        "Lan có phải làm thẻ căn cước không?",
        "answer": "<p>Luật Căn cước số 26/2023/QH15 có hiệu lực từ ngày 01/7/2024.</p><ul>"
        "<li>Theo quy định chuyển tiếp của Luật, thẻ căn cước công dân đã cấp trước ngày Luật "
        "có hiệu lực vẫn có giá trị sử dụng đến hết thời hạn in trên thẻ; ai có nhu cầu thì "
        "được đổi sang thẻ căn cước.</li>"
        "<li>Công dân phải làm thủ tục cấp đổi thẻ khi đủ 14 tuổi, 25 tuổi, 40 tuổi và 60 tuổi "
        "(Điều 21). Ông Phúc đủ 60 tuổi vào tháng 3/2026 nên khi đó phải đổi thẻ.</li>"
        "<li>Công dân Việt Nam từ đủ 14 tuổi trở lên phải thực hiện thủ tục cấp thẻ căn cước "
        "(khoản 2 Điều 19), nên cháu Lan cần làm thẻ khi tròn 14 tuổi.</li></ul>",
        "citations": [("26/2023/QH15", "Điều 19, khoản 2; Điều 21")],
        "introduced": "26/2023/QH15",
        "fields": ["39"],
        "groups": [STUDENTS],
    },
    {
        "title": "Vợ đang nuôi con 8 tháng tuổi, chồng có được đơn phương ly hôn?",
        "published_date": datetime.date(2026, 1, 14),
        "scenario": "<p>Anh Trịnh Văn Quân và chị Mai Thị Duyên ở xã Tân Lập có con 8 tháng "
        "tuổi. Vợ chồng thường xuyên cãi nhau, anh Quân viết đơn xin ly hôn gửi Tòa án. Chị "
        f"Duyên không muốn ly hôn.</p><p><em>{SAMPLE}</em></p>",
        "question": "Anh Quân có quyền yêu cầu ly hôn vào lúc này không?",
        "answer": "<p>Không. Theo Luật Hôn nhân và gia đình số 52/2014/QH13:</p><ul>"
        "<li>Chồng không có quyền yêu cầu ly hôn trong trường hợp vợ đang có thai, sinh con "
        "hoặc đang nuôi con dưới 12 tháng tuổi (khoản 3 Điều 51). Con của anh chị mới 8 tháng "
        "tuổi nên anh Quân chưa có quyền yêu cầu.</li>"
        "<li>Quy định này không hạn chế quyền của người vợ: chị Duyên vẫn có quyền yêu cầu "
        "Tòa án giải quyết ly hôn nếu muốn (khoản 1 Điều 51).</li>"
        "<li>Nhà nước và xã hội khuyến khích hòa giải ở cơ sở khi vợ, chồng có yêu cầu ly hôn "
        "(Điều 52); anh chị có thể nhờ tổ hòa giải ở thôn giúp hàn gắn.</li></ul>",
        "citations": [("52/2014/QH13", "Điều 51, khoản 1, 3; Điều 52"), ("35/2013/QH13", "")],
        "fields": ["8.4", "37.1"],
        "groups": [],
    },
    {
        "title": "Hộ nghèo có được luật sư giúp miễn phí khi đi kiện đòi nợ?",
        "published_date": datetime.date(2026, 6, 12),
        "scenario": "<p>Bà Lò Thị Un, người dân tộc Thái, thuộc hộ nghèo ở xã Nậm Khắt. Một "
        "người cùng xã vay bà 30 triệu đồng đã lâu không trả. Bà muốn khởi kiện nhưng không "
        f"biết viết đơn và không có tiền thuê luật sư.</p><p><em>{SAMPLE}</em></p>",
        "question": "Bà Un có được trợ giúp pháp lý miễn phí không, và hỏi ở đâu?",
        "answer": "<p>Có. Theo Luật Trợ giúp pháp lý số 11/2017/QH14:</p><ul>"
        "<li>Trợ giúp pháp lý là việc cung cấp dịch vụ pháp lý miễn phí cho người được trợ "
        "giúp pháp lý (Điều 2).</li>"
        "<li>Người thuộc hộ nghèo và người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế "
        "– xã hội đặc biệt khó khăn là người được trợ giúp pháp lý (Điều 7).</li>"
        "<li>Bà Un liên hệ Trung tâm Trợ giúp pháp lý nhà nước tỉnh (thuộc Sở Tư pháp) hoặc "
        "chi nhánh gần nhất, mang theo giấy tờ chứng minh thuộc hộ nghèo; trợ giúp viên pháp "
        "lý sẽ tư vấn, giúp bà viết đơn và có thể tham gia tố tụng.</li></ul>"
        "<p>Trước khi khởi kiện, bà cũng có thể đề nghị tổ hòa giải ở thôn giúp hai bên thỏa "
        "thuận việc trả nợ.</p>",
        "citations": [("11/2017/QH14", "Điều 2, Điều 7"), ("35/2013/QH13", "Điều 3, Điều 16")],
        "fields": ["4.5", "37.1"],
        "groups": [ETHNIC_AREAS],
    },
]


def _ensure_situation(spec, videos):
    if LegalSituation.objects.filter(title=spec["title"]).exists():
        return
    situation = LegalSituation(
        title=spec["title"],
        scenario=spec["scenario"],
        question=spec["question"],
        answer=spec["answer"],
        compiled_by=COMPILED_BY,
        reviewed_by=REVIEWED_BY,
        language="vi",
        published_date=spec["published_date"],
        introduced_document=document(spec["introduced"]) if spec.get("introduced") else None,
        video=videos.get(spec.get("video")),
    )
    situation.citations = [
        LegalSituationCitation(document=document(number), articles=articles)
        for number, articles in spec["citations"]
    ]
    situation.full_clean()
    situation.save()
    situation.legal_fields.set(fields(*spec["fields"]))
    situation.target_groups.set(target_groups(*spec["groups"]))
    situation.save()
    situation.save_revision().publish()


# The home page


def _home_feed(home):
    """The newest four videos and situations on the home page, above the contact card."""
    if any(block.block_type == "library_feed" for block in home.body):
        return
    raw = list(home.body.raw_data)
    position = next(
        (number for number, block in enumerate(raw) if block["type"] == "contact"), len(raw)
    )
    raw.insert(
        position,
        {
            "type": "library_feed",
            "value": {
                "title": "Video và tình huống pháp luật mới",
                "items": [],
                "item_type": "",
                "kind": "",
                "field": None,
                "target_group": None,
                "count": 4,
            },
        },
    )
    home.body = raw
    home.save_revision().publish()
