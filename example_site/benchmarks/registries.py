"""Benchmark (not a test): a registry listing and the statistics page over 100,000 records.

    .venv/bin/python example_site/benchmarks/registries.py [--records N] [--runs N]

It builds a throwaway SQLite database in a temporary directory (or uses DATABASE_URL when set),
fills it with N legal reporters, N propagandists and N mediation cases spread over 50 communes,
then times full page renders through Django's test client and prints the median of each.
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def setup(database_dir):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings.dev")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(database_dir) / 'bench.sqlite3'}")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    # As in production: with DEBUG on, Django keeps the SQL of the last 9,000 queries, which
    # costs time and, with bulk inserts of several kilobytes each, hundreds of megabytes.
    settings.DEBUG = False
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def fill(count):
    from wagtail.models import Page, Site

    from pbgdpl_wagtail.models import (
        AdministrativeUnit,
        Decision,
        LegalPropagandist,
        LegalReporter,
        MediationCase,
        MediationTeam,
        PortalHomePage,
        RegistryPage,
        StatisticsPage,
    )

    root = Page.get_first_root_node()
    home = PortalHomePage(title="Benchmark", slug="benchmark")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    province = AdministrativeUnit.objects.create(name="Tỉnh", level="tinh", code="99")
    communes = AdministrativeUnit.objects.bulk_create(
        AdministrativeUnit(name=f"Xã {n}", level="xa", code=f"99{n:03d}", parent=province)
        for n in range(50)
    )
    decisions = Decision.objects.bulk_create(
        Decision(number=f"{n}/QĐ-UBND", signed_date=datetime.date(2020 + n % 6, 1 + n % 12, 1))
        for n in range(1000)
    )
    teams = MediationTeam.objects.bulk_create(
        MediationTeam(name=f"Tổ {n}", commune=communes[n % 50], residential_area=f"Thôn {n}")
        for n in range(500)
    )
    batch = 5000
    # bulk_create skips save(): the copied decision dates are set here.
    for start in range(0, count, batch):
        size = min(batch, count - start)
        LegalReporter.objects.bulk_create(
            LegalReporter(
                full_name=f"Báo cáo viên {start + i:06d}",
                work_unit="Sở Tư pháp",
                personnel_type="cong_chuc",
                qualification="dai_hoc_luat",
                years_legal_work=5,
                level="tinh",
                administrative_unit=province,
                recognition_decision=decisions[(start + i) % 1000],
                recognised_on=decisions[(start + i) % 1000].signed_date,
            )
            for i in range(size)
        )
        LegalPropagandist.objects.bulk_create(
            LegalPropagandist(
                full_name=f"Tuyên truyền viên {start + i:06d}",
                commune=communes[(start + i) % 50],
                recognition_decision=decisions[(start + i) % 1000],
                recognised_on=decisions[(start + i) % 1000].signed_date,
            )
            for i in range(size)
        )
        MediationCase.objects.bulk_create(
            MediationCase(
                team=teams[(start + i) % 500],
                case_number=str(start + i),
                received_date=datetime.date(2020 + (start + i) % 6, 1 + (start + i) % 12, 1),
                basis="cac_ben_yeu_cau",
                summary="Vụ việc",
                result=["hoa_giai_thanh", "hoa_giai_khong_thanh", "dang_hoa_giai"][(start + i) % 3],
            )
            for i in range(size)
        )
    listing = RegistryPage(title="Báo cáo viên", slug="bcv", registry="legal_reporters")
    home.add_child(instance=listing)
    listing.save_revision().publish()
    stats = StatisticsPage(title="Thống kê", slug="thong-ke")
    stats.body = [
        ("statistics", {"figure": key, "show_chart": True})
        for key in ("reporters", "propagandists", "mediation", "access_standard")
    ]
    home.add_child(instance=stats)
    stats.save_revision().publish()
    return {
        "registry listing": (listing.url, {}),
        "registry listing, filtered by unit and year": (
            listing.url,
            {"unit": province.pk, "year": "2024"},
        ),
        "statistics page (year 2025)": (stats.url, {"year": "2025"}),
        "statistics page (6 months, one commune)": (
            stats.url,
            {"year": "2025", "half": "1", "unit": communes[3].pk},
        ),
        "statistics XLSX download": (stats.url + "export/xlsx/", {"year": "2025"}),
    }


def measure(urls, runs):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    results = {}
    for name, (url, params) in urls.items():
        assert client.get(url, params).status_code == 200, url  # warm caches
        timings = []
        for _run in range(runs):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url, params)
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
        results[name] = (statistics.median(timings), len(queries))
        if os.environ.get("BENCH_CPROFILE"):
            import cProfile
            import pstats

            profile = cProfile.Profile()
            profile.runcall(client.get, url, params)
            pstats.Stats(profile).sort_stats("tottime").print_stats(12)
        if os.environ.get("BENCH_PROFILE"):
            slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:4]
            for query in slowest:
                print(f"  {float(query['time']) * 1000:7.1f} ms  {query['sql'][:220]}")
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        setup(directory)
        started = time.perf_counter()
        urls = fill(args.records)
        print(
            f"Filled {args.records:,} records of each kind in {time.perf_counter() - started:.1f} s"
        )
        from django.db import connection

        print(f"Database: {connection.vendor}")
        for name, (median, queries) in measure(urls, args.runs).items():
            print(f"{name:45} {median:8.1f} ms  {queries:3d} queries")


if __name__ == "__main__":
    main()
