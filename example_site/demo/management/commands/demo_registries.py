"""The demo province's component databases (5015 §1.2b) and its statistics page.

Every person, team, case and decision here is a sample: the names are invented and the
decisions are the demo province's own. Idempotent: records are found again by their natural key
(decision number and date, team and case number…) and left as they are.

The points of each indicator of the access-to-law standard are set by TT 09/2021/TT-BTP
Phụ lục I, which the package does not ship; the demo gives every indicator 5 points (20
indicators, 100 points in all) only so that the sample assessments have a result. A real site
enters the official points.
"""

import datetime
import random
from decimal import Decimal

from wagtail.models import Page

from pbgdpl_wagtail.models import (
    AccessAssessment,
    AccessCriteriaSet,
    AccessIndicator,
    AccessScore,
    AdministrativeUnit,
    Agency,
    CaseCategory,
    Council,
    CouncilMember,
    Decision,
    DisseminationProgramme,
    LegalField,
    LegalPropagandist,
    LegalReporter,
    MediationCase,
    MediationParty,
    MediationTeam,
    Mediator,
    PropagandistTraining,
    RegistryPage,
    SectionPage,
    StatisticsPage,
)
from pbgdpl_wagtail.snippets.choices import AdministrativeLevel
from pbgdpl_wagtail.snippets.registries.mediation import CaseResult, MediatorStatus
from pbgdpl_wagtail.snippets.registries.reporters import RegistryStatus

D = datetime.date
ILLUSTRATIVE_POINTS = Decimal(5)
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà", "Lò", "Sầm"]
MIDDLE = {"nam": ["Văn", "Đức", "Minh", "Quang"], "nu": ["Thị", "Thu", "Ngọc", "Thanh"]}
GIVEN = {
    "nam": ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Sơn"],
    "nu": ["Hoa", "Hương", "Lan", "Mai", "Nga", "Oanh", "Thảo", "Trang", "Vân", "Yến", "Hạnh"],
}
# Nậm Khắt is the demo's mountain commune, where Thái and Mông people live.
MINORITY_COMMUNES = {"99010": ["Thái", "Mông"]}
VILLAGES = ["Thôn Đông", "Thôn Tây", "Thôn Trung", "Bản Nà", "Tổ dân phố 1", "Tổ dân phố 2"]


def person(rng, gender):
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"


def decision(number, signed, agency, summary, signer=""):
    found, _created = Decision.objects.get_or_create(
        number=number,
        signed_date=signed,
        defaults={"issuing_agency": agency, "summary": summary, "signer": signer},
    )
    return found


def seed(home):
    rng = random.Random(5015)
    province = AdministrativeUnit.objects.get(level=AdministrativeLevel.PROVINCE, code="99")
    communes = list(
        AdministrativeUnit.objects.filter(parent=province, level=AdministrativeLevel.COMMUNE)
    )
    ubnd = Agency.objects.filter(name__startswith="Ủy ban nhân dân tỉnh").first()
    justice = Agency.objects.filter(abbreviation="STP").first()
    _reporters(rng, province, ubnd, justice)
    _propagandists(rng, communes)
    _council(rng, province, ubnd, justice)
    _programmes(province, ubnd, justice)
    _mediation(rng, communes)
    _access_standard(rng, communes)
    _pages(home)


def _reporters(rng, province, ubnd, justice):
    fields = list(LegalField.objects.filter(code__in=["44.8", "11", "9", "8", "28"]))
    batches = [
        (decision("215/QĐ-UBND", D(2023, 2, 14), ubnd, "Công nhận báo cáo viên pháp luật tỉnh"), 6),
        (decision("388/QĐ-UBND", D(2024, 3, 5), ubnd, "Công nhận báo cáo viên pháp luật tỉnh"), 5),
        (decision("412/QĐ-UBND", D(2025, 3, 20), ubnd, "Công nhận báo cáo viên pháp luật tỉnh"), 4),
    ]
    dismissal = decision(
        "1020/QĐ-UBND", D(2025, 9, 8), ubnd, "Miễn nhiệm báo cáo viên pháp luật tỉnh"
    )
    units = [
        "Sở Tư pháp",
        "Sở Tài nguyên và Môi trường",
        "Công an tỉnh",
        "Sở Y tế",
        "Hội Luật gia tỉnh",
    ]
    count = 0
    for recognition, size in batches:
        for _index in range(size):
            gender = rng.choice(["nam", "nu"])
            law = rng.random() < 0.7
            name = person(rng, gender)
            reporter, created = LegalReporter.objects.get_or_create(
                full_name=name,
                recognition_decision=recognition,
                defaults={
                    "position": rng.choice(["Phó Giám đốc", "Trưởng phòng", "Chuyên viên chính"]),
                    "work_unit": rng.choice(units),
                    "personnel_type": "cong_chuc",
                    "qualification": "dai_hoc_luat" if law else "dai_hoc_khac",
                    "years_legal_work": rng.randint(2 if law else 3, 20),
                    "level": "tinh",
                    "administrative_unit": province,
                    "proposing_agency": justice,
                },
            )
            if created:
                reporter.specialised_fields.set(rng.sample(fields, k=min(2, len(fields))))
                if count == 2:  # one reporter moved to other work in 2025
                    reporter.status = RegistryStatus.DISMISSED
                    reporter.dismissal_reason = "khong_con_la_cbccvc_hoac_chuyen_cong_tac"
                    reporter.dismissal_decision = dismissal
                reporter.full_clean()
                reporter.save()
                reporter.save_revision()
            count += 1


def _propagandists(rng, communes):
    for commune in communes:
        commune_agency = Agency.objects.filter(administrative_unit=commune).first()
        for year in (2024, 2025):
            recognition = decision(
                f"{int(commune.code[-3:])}{year % 100}/QĐ-UBND",
                D(year, 10, 3),
                commune_agency,
                f"Công nhận tuyên truyền viên pháp luật {commune}",
            )
            for index in range(3):
                gender = "nu" if index % 2 else "nam"
                ethnicities = MINORITY_COMMUNES.get(commune.code)
                LegalPropagandist.objects.get_or_create(
                    full_name=person(rng, gender),
                    commune=commune,
                    recognition_decision=recognition,
                    defaults={
                        "residential_area": VILLAGES[index],
                        "gender": gender,
                        "ethnicity": rng.choice(ethnicities) if ethnicities else "Kinh",
                        "occupation": rng.choice(["Trưởng thôn", "Giáo viên", "Cựu chiến binh"]),
                        "registration_date": D(year, 9, 20),
                    },
                )
        for year, topic in ((2024, "Luật Đất đai năm 2024"), (2025, "Luật Hòa giải ở cơ sở")):
            training, created = PropagandistTraining.objects.get_or_create(
                topic=topic,
                commune=commune,
                date=D(year, 11, 12),
                defaults={"organiser": "Sở Tư pháp"},
            )
            if created:
                training.participants.set(
                    LegalPropagandist.objects.filter(
                        commune=commune, recognition_decision__signed_date__year__lte=year
                    )
                )
                training.save()


def _council(rng, province, ubnd, justice):
    establishment = decision(
        "1502/QĐ-UBND", D(2021, 10, 15), ubnd, "Kiện toàn Hội đồng phối hợp PBGDPL tỉnh"
    )
    council, created = Council.objects.get_or_create(
        name="Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh An Thịnh",
        defaults={
            "level": "tinh",
            "administrative_unit": province,
            "standing_agency": justice,
            "establishment_decision": establishment,
        },
    )
    if not created:
        return
    members = [
        ("Phó Chủ tịch UBND tỉnh", "UBND tỉnh An Thịnh", "chu_tich"),
        ("Giám đốc Sở Tư pháp", "Sở Tư pháp", "pho_chu_tich_thuong_truc"),
        ("Phó Trưởng ban Tuyên giáo", "Tỉnh ủy An Thịnh", "pho_chu_tich"),
        ("Phó Giám đốc Công an tỉnh", "Công an tỉnh", "uy_vien"),
        ("Phó Giám đốc Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo", "uy_vien"),
        ("Phó Chủ tịch Ủy ban MTTQ tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "uy_vien"),
        ("Trưởng phòng PBGDPL", "Sở Tư pháp", "uy_vien"),
    ]
    for order, (position, organisation, role) in enumerate(members):
        CouncilMember.objects.create(
            council=council,
            full_name=person(rng, rng.choice(["nam", "nu"])),
            position=position,
            organisation=organisation,
            role=role,
            in_secretariat=order == 6,
            start_date=D(2021, 10, 15),
            decision=establishment,
            sort_order=order,
        )
    council.save_revision()


def _programmes(province, ubnd, justice):
    plans = [
        (
            "Kế hoạch phổ biến, giáo dục pháp luật năm 2025 của tỉnh An Thịnh",
            "ke_hoach",
            2025,
            2025,
            "45/KH-UBND",
            D(2025, 1, 20),
        ),
        (
            "Kế hoạch thực hiện Đề án truyền thông chính sách có tác động lớn giai đoạn 2022–2027",
            "ke_hoach",
            2022,
            2027,
            "210/KH-UBND",
            D(2022, 6, 10),
        ),
        (
            "Đề án tăng cường phổ biến pháp luật cho đồng bào dân tộc thiểu số tỉnh An Thịnh",
            "de_an",
            2023,
            2026,
            "90/QĐ-UBND",
            D(2023, 2, 1),
        ),
    ]
    for title, kind, start, end, number, signed in plans:
        DisseminationProgramme.objects.get_or_create(
            title=title,
            period_from=start,
            defaults={
                "kind": kind,
                "period_to": end,
                "level": "tinh",
                "administrative_unit": province,
                "issuer": ubnd,
                "lead_agency": justice,
                "approval_decision": decision(number, signed, ubnd, title),
                "status": "dang_thuc_hien" if end >= 2025 else "da_tong_ket",
            },
        )


def _mediation(rng, communes):
    categories = list(CaseCategory.objects.all())
    for commune in communes:
        minority = MINORITY_COMMUNES.get(commune.code)
        for team_index, village in enumerate(VILLAGES[:2]):
            team, created = MediationTeam.objects.get_or_create(
                commune=commune,
                name=f"Tổ hòa giải {village.lower()}",
                defaults={"residential_area": village, "is_ethnic_minority_area": bool(minority)},
            )
            if not created:
                continue
            size = 3 if team_index else 5
            for index in range(size):
                # Hòa Bình's second team has no woman yet: the admin shows the Đ.12.1 warning.
                no_woman = commune.code == "99007" and team_index == 1
                gender = "nu" if index % 2 and not no_woman else "nam"
                Mediator.objects.create(
                    full_name=person(rng, gender),
                    gender=gender,
                    ethnicity=rng.choice(minority) if minority else "Kinh",
                    is_ethnic_minority=bool(minority),
                    team=team,
                    election_method=rng.choice(
                        ["bieu_quyet_cong_khai", "bo_phieu_kin", "phieu_lay_y_kien_ho_gia_dinh"]
                    ),
                    approval_rate=Decimal(rng.randint(55, 95)),
                    status=MediatorStatus.ACTIVE,
                )
            mediators = list(team.mediators.all())
            team.leader = mediators[0]
            team.save()
            for year in (2024, 2025):
                for number in range(1, rng.randint(4, 9)):
                    received = D(year, rng.randint(1, 11), rng.randint(1, 28))
                    result = rng.choices(
                        [CaseResult.SUCCEEDED, CaseResult.FAILED, CaseResult.PENDING],
                        weights=[7, 2, 1 if year == 2025 else 0],
                    )[0]
                    ended = result != CaseResult.PENDING
                    case = MediationCase(
                        team=team,
                        case_number=f"{year}-{number:02d}",
                        received_date=received,
                        basis=rng.choice(["cac_ben_yeu_cau", "hgv_chung_kien_hoac_biet"]),
                        category=rng.choice(categories) if categories else None,
                        summary="Vụ việc mẫu của trang demo.",
                        assigned_date=received,
                        start_date=received + datetime.timedelta(days=2),
                        result=result,
                        end_reason=(
                            "dat_thoa_thuan"
                            if result == CaseResult.SUCCEEDED
                            else "hgv_ket_thuc"
                            if ended
                            else ""
                        ),
                        end_date=received + datetime.timedelta(days=10) if ended else None,
                        fee_claimed=Decimal(200_000) if ended else None,
                    )
                    case.parties = [
                        MediationParty(name=person(rng, "nam")),
                        MediationParty(name=person(rng, "nu")),
                    ]
                    case.save()
                    case.mediators.set(rng.sample(mediators, k=2))
                    case.save()
            team.save_revision()


def _access_standard(rng, communes):
    criteria_set = AccessCriteriaSet.objects.filter(code="qd-25-2021").first()
    if criteria_set is None:
        return
    indicators = list(AccessIndicator.objects.filter(criterion__criteria_set=criteria_set))
    for indicator in indicators:
        if indicator.max_points is None:  # see the module docstring: illustrative points
            indicator.max_points = ILLUSTRATIVE_POINTS
            indicator.save()
    for commune in communes:
        for year in (2023, 2024, 2025):
            if AccessAssessment.objects.filter(commune=commune, year=year).exists():
                continue
            strength = rng.uniform(0.65, 1.0)
            assessment = AccessAssessment(commune=commune, year=year, criteria_set=criteria_set)
            assessment.scores = [
                AccessScore(
                    indicator=indicator,
                    self_score=min(
                        indicator.max_points,
                        (
                            indicator.max_points
                            * Decimal(str(round(strength + rng.uniform(-0.2, 0.2), 2)))
                        ).quantize(Decimal("0.5")),
                    ).max(Decimal(0)),
                )
                for indicator in indicators
            ]
            assessment.save()
            if assessment.result == "dat_chuan":
                agency = Agency.objects.filter(abbreviation="UBND", level="tinh").first()
                assessment.recognition_decision = decision(
                    f"{(year % 100) * 10 + communes.index(commune) + 1}/QĐ-UBND",
                    D(year + 1, 2, 5),
                    agency,
                    f"Công nhận xã đạt chuẩn tiếp cận pháp luật năm {year}",
                )
                assessment.save()
            assessment.save_revision()


SECTION = {
    "title": "Cơ sở dữ liệu thành phần",
    "slug": "co-so-du-lieu",
    "intro": "<p>Danh sách báo cáo viên, tuyên truyền viên pháp luật, thành viên Hội đồng phối "
    "hợp, xã đạt chuẩn tiếp cận pháp luật và số liệu thống kê (dữ liệu mẫu của trang demo).</p>",
}
REGISTRY_PAGES = [
    ("Báo cáo viên pháp luật", "bao-cao-vien", "legal_reporters"),
    ("Tuyên truyền viên pháp luật", "tuyen-truyen-vien", "legal_propagandists"),
    ("Hội đồng phối hợp PBGDPL", "hoi-dong-phoi-hop", "council_members"),
    ("Xã đạt chuẩn tiếp cận pháp luật", "chuan-tiep-can", "access_standard"),
    ("Chương trình, kế hoạch PBGDPL", "chuong-trinh-ke-hoach", "programmes"),
]


def _pages(home):
    section = SectionPage.objects.child_of(home).filter(slug=SECTION["slug"]).first()
    if section is None:
        section = SectionPage(**SECTION, show_in_menus=True)
        section.body = [
            (
                "statistic_figure",
                {"figure": "reporters_active", "label": "", "year": None, "half": "", "unit": None},
            ),
            (
                "statistic_figure",
                {
                    "figure": "mediation_success_rate",
                    "label": "",
                    "year": None,
                    "half": "",
                    "unit": None,
                },
            ),
            (
                "registry_listing",
                {
                    "registry": "council_members",
                    "title": "",
                    "unit": None,
                    "count": 5,
                    "page": None,
                },
            ),
        ]
        home.add_child(instance=section)
        section.save_revision().publish()
    for title, slug, registry in REGISTRY_PAGES:
        if not Page.objects.child_of(section).filter(slug=slug).exists():
            page = RegistryPage(title=title, slug=slug, registry=registry, show_in_menus=True)
            section.add_child(instance=page)
            page.save_revision().publish()
    if not Page.objects.child_of(section).filter(slug="thong-ke").exists():
        stats = StatisticsPage(
            title="Thống kê phục vụ quản lý nhà nước",
            slug="thong-ke",
            show_in_menus=True,
            intro="<p>Số liệu được tính trực tiếp từ các cơ sở dữ liệu thành phần.</p>",
        )
        stats.body = [
            (
                "statistics",
                {"figure": key, "show_chart": True, "year": None, "half": "", "unit": None},
            )
            for key in (
                "reporters",
                "propagandists",
                "mediation",
                "access_standard",
                "materials",
                "questions",
            )
        ] + [
            (
                "manual_table",
                {
                    "table": {
                        "caption": "Kinh phí chi cho công tác PBGDPL (triệu đồng) — số liệu mẫu",
                        "columns": [
                            {"type": "text", "heading": "Năm"},
                            {"type": "number", "heading": "Kinh phí"},
                        ],
                        "rows": [{"values": ["2024", "1250"]}, {"values": ["2025", "1380"]}],
                    },
                    "source": "Báo cáo của Sở Tư pháp (số liệu mẫu của trang demo)",
                },
            )
        ]
        section.add_child(instance=stats)
        stats.save_revision().publish()
