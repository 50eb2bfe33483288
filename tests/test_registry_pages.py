"""Public registry pages, blocks and statistics: public fields only, hand-computed figures,
fixed query counts."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from pbgdpl_wagtail.models import (
    Council,
    CouncilMember,
    PropagandistTraining,
    RegistryPage,
    StatisticsPage,
)
from pbgdpl_wagtail.registry_import.files import read_rows
from pbgdpl_wagtail.snippets.registries.mediation import CaseResult, MediatorStatus
from pbgdpl_wagtail.snippets.registries.people import Gender
from pbgdpl_wagtail.snippets.registries.public import PUBLIC_REGISTRIES, PublicRegistry
from pbgdpl_wagtail.snippets.registries.reporters import RegistryStatus, ReporterLevel
from pbgdpl_wagtail.statistics.figures import compute
from pbgdpl_wagtail.statistics.periods import Period
from pbgdpl_wagtail.statistics.single import single_figure
from pbgdpl_wagtail.statistics.units import unit_and_descendants

from .factories import CommuneFactory, LegalFieldFactory, ProvinceFactory
from .factories_registries import (
    DecisionFactory,
    LegalPropagandistFactory,
    LegalReporterFactory,
    MediationCaseFactory,
    MediationTeamFactory,
    MediatorFactory,
    make_assessment,
    make_criteria_set,
)

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def add_page(portal, model, **kwargs):
    page = model(**kwargs)
    portal.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def province():
    return ProvinceFactory(code="25", name="Phú Thọ")


@pytest.fixture
def communes(province):
    return CommuneFactory(name="An Thịnh", parent=province), CommuneFactory(
        name="Bình Minh", parent=province
    )


@pytest.fixture
def records(province, communes):
    """A small province whose figures are counted by hand in the tests below."""
    a, b = communes
    field = LegalFieldFactory(code="44.8")
    # Reporters: 2 province-level recognised in 2024 (one dismissed in May 2025), 1 recognised
    # in March 2025, 1 private record.
    r1 = LegalReporterFactory(
        full_name="Nguyễn Văn Công khai",
        administrative_unit=province,
        years_legal_work=7,
        recognition_decision=DecisionFactory(signed_date=D(2024, 3, 1), number="1/QĐ-UBND"),
    )
    r1.specialised_fields.set([field])
    r1.save()
    LegalReporterFactory(
        administrative_unit=province,
        recognition_decision=DecisionFactory(signed_date=D(2024, 4, 1)),
        status=RegistryStatus.DISMISSED,
        dismissal_reason="tu_nguyen_xin_thoi",
        dismissal_decision=DecisionFactory(signed_date=D(2025, 5, 10)),
    )
    LegalReporterFactory(
        administrative_unit=province,
        recognition_decision=DecisionFactory(signed_date=D(2025, 3, 1)),
    )
    LegalReporterFactory(
        full_name="Bí Mật Không Công Khai",
        administrative_unit=province,
        level=ReporterLevel.CENTRAL,
        is_public=False,
        recognition_decision=DecisionFactory(signed_date=D(2025, 1, 1)),
    )
    # Propagandists: 2 in An Thịnh (one trained in 2025), 1 in Bình Minh recognised in 2025.
    p1 = LegalPropagandistFactory(
        commune=a,
        ethnicity="Mường",
        recognition_decision=DecisionFactory(signed_date=D(2024, 10, 1)),
    )
    LegalPropagandistFactory(
        commune=a, recognition_decision=DecisionFactory(signed_date=D(2024, 10, 1))
    )
    LegalPropagandistFactory(
        commune=b, recognition_decision=DecisionFactory(signed_date=D(2025, 8, 1))
    )
    training = PropagandistTraining.objects.create(topic="Luật Đất đai 2024", date=D(2025, 4, 2))
    training.participants.set([p1])
    training.save()
    # Mediation in An Thịnh: one team, 3 mediators (one woman, one terminated);
    # cases 2025: 3 succeeded, 1 failed, 1 under way; one case of 2024.
    team = MediationTeamFactory(commune=a)
    MediatorFactory(team=team, gender=Gender.FEMALE)
    MediatorFactory(team=team, is_ethnic_minority=True)
    MediatorFactory(
        team=team,
        status=MediatorStatus.TERMINATED,
        termination_reason="theo_nguyen_vong",
        termination_decision=DecisionFactory(),
    )
    for result, reason in [
        (CaseResult.SUCCEEDED, "dat_thoa_thuan"),
        (CaseResult.SUCCEEDED, "dat_thoa_thuan"),
        (CaseResult.SUCCEEDED, "dat_thoa_thuan"),
        (CaseResult.FAILED, "hgv_ket_thuc"),
    ]:
        MediationCaseFactory(
            team=team,
            received_date=D(2025, 3, 10),
            result=result,
            end_reason=reason,
            end_date=D(2025, 3, 20),
            summary="Tranh chấp ranh giới đất RIÊNG TƯ",
        )
    MediationCaseFactory(team=team, received_date=D(2025, 9, 1))
    MediationCaseFactory(team=team, received_date=D(2024, 9, 1))
    # Access standard 2024: An Thịnh meets it, Bình Minh does not.
    criteria_set = make_criteria_set({f"TC{n}": [10, 10] for n in range(1, 6)})
    full = {f"TC{n}.CT{m}": 10 for n in range(1, 6) for m in (1, 2)}
    make_assessment(criteria_set, full, commune=a, year=2024)
    make_assessment(criteria_set, {"TC1.CT1": 10}, commune=b, year=2024)
    council = Council.objects.create(
        name="Hội đồng phối hợp PBGDPL tỉnh", level="tinh", administrative_unit=province
    )
    CouncilMember.objects.create(council=council, full_name="Chủ Tịch Tỉnh", role="chu_tich")
    return {"team": team, "council": council}


def test_reporter_figures_equal_hand_count(records, province):
    table = compute("reporters", Period(2025), unit_and_descendants(province))
    rows = {row[0]: row[1:] for row in table.rows}
    # Central: the private record still counts in the statistics (1 recognised in 2025).
    assert rows["Central"] == [1, 1, 0]
    # Province at end of 2025: r1 and the March 2025 one; new 1; dismissed 1.
    assert rows["Province"] == [2, 1, 1]
    first_half_2024 = {row[0]: row[1:] for row in compute("reporters", Period(2024, 1), None).rows}
    assert first_half_2024["Province"] == [2, 2, 0]


def test_propagandist_figures(records, communes):
    rows = {row[0]: row[1:] for row in compute("propagandists", Period(2025), None).rows}
    a, b = (str(c) for c in communes)
    assert rows[a] == [2, 0, 0, 1]
    assert rows[b] == [1, 1, 0, 0]
    h1 = {row[0]: row[1:] for row in compute("propagandists", Period(2025, 1), None).rows}
    assert h1[b] == [0, 0, 0, 0]


def test_mediation_figures_and_success_rate(records, communes):
    rows = {row[0]: row[1:] for row in compute("mediation", Period(2025), None).rows}
    # teams, mediators, women, minority, received, succeeded, failed, under way, rate
    assert rows[str(communes[0])] == [1, 2, 1, 1, 5, 3, 1, 1, Decimal("75.0")]
    assert single_figure("mediation_success_rate", Period(2025), None) == Decimal("75.0")
    assert single_figure("mediation_received", Period(2025, 2), None) == 1
    assert single_figure("mediation_received", Period(2024), None) == 1


def test_access_standard_figures(records, communes):
    rows = compute("access_standard", Period(2025), None).rows
    assert rows == [["2024", 2, 1, Decimal("50.0")]]
    assert single_figure("communes_meeting_standard", Period(2024), None) == 1
    only_b = unit_and_descendants(communes[1])
    assert compute("access_standard", Period(2025), only_b).rows == [["2024", 1, 0, Decimal("0.0")]]


def test_public_registries_list_only_public_fields():
    for registry in PUBLIC_REGISTRIES.values():
        assert set(registry.columns) <= set(registry.model.PUBLIC_FIELDS)
    assert "mediation_cases" not in PUBLIC_REGISTRIES

    class Leaky(PublicRegistry):
        key = "leaky"
        model = PUBLIC_REGISTRIES["legal_reporters"].model
        columns = ("full_name", "years_legal_work")

        def base_queryset(self):
            return self.model.objects.all()

    with pytest.raises(ValueError):
        Leaky()


def test_reporter_registry_page_shows_public_records_and_fields_only(client, portal, records):
    page = add_page(
        portal, RegistryPage, title="Báo cáo viên", slug="bcv", registry="legal_reporters"
    )
    html = client.get(page.url).content.decode()
    assert "Nguyễn Văn Công khai" in html
    assert "1/QĐ-UBND" in html and "44.8" in html
    assert "Bí Mật Không Công Khai" not in html
    assert "Years of legal work" not in html and "years of legal work" not in html
    response = client.get(page.url, {"status": "da_mien_nhiem"})
    assert response.context["items"].paginator.count == 1
    response = client.get(page.url, {"year": "2025"})
    assert response.context["items"].paginator.count == 1
    response = client.get(page.url, {"level": "bogus"})
    assert response.status_code == 200 and response.context["filter_form"].errors


def test_propagandist_page_hides_ethnicity_and_filters_by_unit(client, portal, records, communes):
    page = add_page(portal, RegistryPage, title="TTV", slug="ttv", registry="legal_propagandists")
    html = client.get(page.url).content.decode()
    assert "Mường" not in html
    response = client.get(page.url, {"unit": communes[1].pk})
    assert response.context["items"].paginator.count == 1


def test_no_page_or_block_shows_mediation_case_details(client, portal, records):
    stats = add_page(
        portal,
        StatisticsPage,
        title="Thống kê",
        slug="thong-ke",
        body=[("statistics", {"figure": "mediation", "show_chart": True})],
    )
    registries = [
        add_page(portal, RegistryPage, title=key, slug=key.replace("_", "-"), registry=key)
        for key in PUBLIC_REGISTRIES
    ]
    for page in [stats, *registries]:
        html = client.get(page.url, {"year": "2025"}).content.decode()
        assert "RIÊNG TƯ" not in html


def test_statistics_page_table_chart_and_downloads(client, portal, records, communes):
    page = add_page(
        portal,
        StatisticsPage,
        title="Thống kê",
        slug="thong-ke",
        body=[
            ("statistics", {"figure": "mediation", "show_chart": True}),
            ("figure", {"figure": "mediation_success_rate"}),
            (
                "manual_table",
                {
                    "table": {
                        "caption": "Kinh phí",
                        "columns": [{"type": "text", "heading": "Năm"}],
                        "rows": [{"values": ["2025"]}],
                    },
                    "source": "Báo cáo",
                },
            ),
        ],
    )
    response = client.get(page.url, {"year": "2025"})
    html = response.content.decode()
    assert "<svg" in html and "<desc" in html and "<caption>" in html
    assert f"{communes[0]}: 5" in html  # the chart's text alternative
    assert "75,0" in html or "75.0" in html
    csv_response = client.get(page.url + "export/csv/", {"year": "2025"})
    headers, rows = read_rows(csv_response.content, "csv")
    flat = [[str(c) for c in row] for row in rows]
    assert [str(communes[0]), "1", "2", "1", "1", "5", "3", "1", "1", "75.0"] in flat
    assert ["Kinh phí"] in flat
    xlsx = client.get(page.url + "export/xlsx/", {"year": "2025", "half": "2"})
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    _headers, xrows = read_rows(xlsx.content, "xlsx")
    assert any(row[0] == str(communes[0]) and row[5] == 1 for row in xrows)
    assert client.get(page.url + "export/pdf/").status_code == 404


def test_registry_listing_block(records):
    from pbgdpl_wagtail.blocks import RegistryListingBlock

    block = RegistryListingBlock()
    html = block.render(block.to_python({"registry": "council_members", "count": 5}))
    assert "Chủ Tịch Tỉnh" in html and "<table" in html


def make_many(count, commune):
    team = MediationTeamFactory(commune=commune)
    for _index in range(count):
        LegalReporterFactory(recognition_decision=DecisionFactory(signed_date=D(2025, 1, 1)))
        LegalPropagandistFactory(commune=commune, recognition_decision=DecisionFactory())
        MediationCaseFactory(team=team, received_date=D(2025, 2, 1))


def page_queries(client, url, params=None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url, params or {})  # the page tree's facts, cached from the first request on
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params or {}).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow(client, portal, django_assert_max_num_queries):
    commune = CommuneFactory()
    pages = [
        add_page(portal, RegistryPage, title=key, slug=key.replace("_", "-"), registry=key)
        for key in ("legal_reporters", "legal_propagandists")
    ]
    stats = add_page(
        portal,
        StatisticsPage,
        title="Thống kê",
        slug="thong-ke",
        body=[
            ("statistics", {"figure": figure, "show_chart": True})
            for figure in (
                "reporters",
                "propagandists",
                "mediation",
                "access_standard",
                "questions",
            )
        ],
    )
    urls = [(page.url, {}) for page in pages] + [(stats.url, {"year": "2025"})]
    make_many(10, commune)
    with_ten = [page_queries(client, url, params) for url, params in urls]
    make_many(50, CommuneFactory())
    with_sixty = [page_queries(client, url, params) for url, params in urls]
    assert with_sixty == with_ten
    assert max(with_ten) <= 40


def test_question_figures_count_the_provinces_own_questions_by_day(settings):
    """Received, answered and published within the period, in the site's time zone; copies
    shared by other sites and withdrawn answers left out."""
    from django.utils import timezone

    from pbgdpl_wagtail.snippets.questions import QuestionStatus

    from .factories_questions import QuestionFactory

    def at(*args):
        return timezone.make_aware(datetime.datetime(*args))

    land = LegalFieldFactory(code="14", name="Đất đai")
    family = LegalFieldFactory(code="20", name="Hôn nhân và gia đình")
    done = {"status": QuestionStatus.COMPLETED, "published": True}
    # Received on the last evening of 2025 (site time), answered and published in 2026.
    QuestionFactory(
        legal_field=land,
        received_at=at(2025, 12, 31, 23, 30),
        answered_at=at(2026, 1, 2, 9),
        published_at=at(2026, 1, 3, 9),
        **done,
    )
    # Received, answered and published in 2025.
    QuestionFactory(
        legal_field=land,
        received_at=at(2025, 3, 1, 8),
        answered_at=at(2025, 3, 10, 8),
        published_at=at(2025, 3, 11, 8),
        **done,
    )
    # Answered in 2025, the answer withdrawn since.
    QuestionFactory(
        legal_field=family,
        received_at=at(2025, 8, 1, 8),
        answered_at=at(2025, 8, 5, 8),
        published_at=at(2025, 8, 6, 8),
        status=QuestionStatus.COMPLETED,
        published=False,
    )
    # Waiting, with no legal field; received at the first minute of 2026.
    QuestionFactory(legal_field=None, received_at=at(2026, 1, 1, 0, 0))
    # A copy pulled from the central database: the Ministry's work, not the province's.
    QuestionFactory(
        legal_field=land,
        source="bo-tu-phap",
        external_id="42",
        received_at=at(2025, 5, 1, 8),
        answered_at=at(2025, 5, 2, 8),
        published_at=at(2025, 5, 2, 9),
        **done,
    )

    with translation.override("en"):
        table = compute("questions", Period(2025), None)
    assert table.rows == [["Đất đai", 2, 1, 1], ["Hôn nhân và gia đình", 1, 1, 0]]
    assert table.columns == ["Legal field", "Received", "Answered", "Answers published"]
    with translation.override("en"):
        rows_2026 = compute("questions", Period(2026), None).rows
    assert rows_2026 == [["Đất đai", 0, 1, 1], ["No legal field", 1, 0, 0]]
    assert compute("questions", Period(2025, 1), None).rows == [["Đất đai", 1, 1, 1]]
    assert single_figure("questions_answered", Period(2025), None) == 2
    assert single_figure("questions_answered", Period(2025, 2), None) == 1
