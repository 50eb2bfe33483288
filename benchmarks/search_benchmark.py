"""Benchmark of the package's Vietnamese search (not a test): index N mixed items, time queries.

    .venv/bin/python benchmarks/search_benchmark.py                 # SQLite, in a temporary file
    DATABASE_URL=postgres://user:pass@127.0.0.1:5432/throwaway \\
        .venv/bin/python benchmarks/search_benchmark.py             # PostgreSQL (its own database!)

The items are legal documents (85 %), books (14 %) and news pages (1 %) with Vietnamese text made
from a fixed word list and a fixed random seed, so two runs index the same text. Reported: the
time to create the items, a full reindex (``update_index``), and median and p95 latency of a
mixed query set through the site search as the search page runs it (every content type, facets,
the first page of results, a suggestion when nothing is found), through the search box's
autocomplete, and through the legal documents listing's search, each query run ``--repeat``
times after one warm-up. ``--sqlite-file`` keeps the SQLite database and ``--reuse`` times the
queries again on it without creating and indexing the items anew.
"""

import argparse
import atexit
import datetime
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORDS = [
    "phổ",
    "biến",
    "giáo",
    "dục",
    "pháp",
    "luật",
    "hòa",
    "giải",
    "ở",
    "cơ",
    "sở",
    "tiếp",
    "cận",
    "xã",
    "phường",
    "thị",
    "trấn",
    "đạt",
    "chuẩn",
    "tủ",
    "sách",
    "quyết",
    "định",
    "thông",
    "tư",
    "nghị",
    "định",
    "luật",
    "kế",
    "hoạch",
    "hướng",
    "dẫn",
    "báo",
    "cáo",
    "viên",
    "tuyên",
    "truyền",
    "hội",
    "đồng",
    "phối",
    "hợp",
    "ủy",
    "ban",
    "nhân",
    "dân",
    "tỉnh",
    "huyện",
    "thôn",
    "bản",
    "đồng",
    "bào",
    "dân",
    "tộc",
    "thiểu",
    "số",
    "người",
    "dân",
    "doanh",
    "nghiệp",
    "đất",
    "đai",
    "hôn",
    "nhân",
    "gia",
    "đình",
    "trẻ",
    "em",
    "phòng",
    "chống",
    "bạo",
    "lực",
    "giao",
    "thông",
    "đường",
    "bộ",
    "môi",
    "trường",
    "nước",
    "thải",
    "an",
    "ninh",
    "trật",
    "tự",
    "thủ",
    "tục",
    "hành",
    "chính",
    "chứng",
    "thực",
    "hộ",
    "tịch",
    "lý",
    "lịch",
    "tư",
    "pháp",
    "trợ",
    "giúp",
    "pháp",
    "lý",
    "thi",
    "hành",
    "án",
    "dân",
    "sự",
    "xử",
    "lý",
    "vi",
    "phạm",
    "hành",
    "chính",
    "kiểm",
    "tra",
    "rà",
    "soát",
    "văn",
    "bản",
    "quy",
    "phạm",
    "điều",
    "kiện",
    "công",
    "nhận",
    "đánh",
    "giá",
    "tiêu",
    "chí",
    "năm",
    "triển",
    "khai",
    "thực",
    "hiện",
    "tập",
    "huấn",
    "kỹ",
    "năng",
    "nghiệp",
    "vụ",
    "địa",
    "phương",
    "điện",
    "tử",
    "dữ",
    "liệu",
    "thành",
    "phần",
    "cập",
    "nhật",
    "khai",
    "thác",
    "quản",
    "lý",
    "xây",
    "dựng",
    "kiện",
    "toàn",
]

QUERIES = [
    "hoa giai o co so",
    "HÒA GIẢI",
    "tiep can phap luat",
    "dat chuan tiep can",
    "tu sach phap luat",
    "dia phuong",
    "đất đai",
    "hon nhan gia dinh",
    "bao luc gia dinh",
    "thu tuc hanh chinh",
    "tro giup phap ly",
    "25/2021/QĐ-TTg",
    "1234/2024/QD-UBND",
    '"phổ biến giáo dục"',
    "nuoc thai moi truong",
    "ho tich chung thuc",
    "tap huan ky nang",
    "ke hoach nam 2026",
    "xa phuong thi tran",
    "quyet dinh ubnd tinh",
]


def setup_django(database_url):
    sys.path[:0] = [str(ROOT / "example_site"), str(ROOT)]
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings.test")
    import django

    django.setup()


def sentence(rng, low, high):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize()


def create_items(total, rng):
    from wagtail.models import Page

    from pbgdpl_wagtail.models import Agency, Book, DocumentType, LegalDocument
    from pbgdpl_wagtail.page_models.news import NewsIndexPage, NewsPage
    from pbgdpl_wagtail.snippets.books import BookType

    doc_types = list(DocumentType.objects.all()[:8])
    agencies = [
        Agency.objects.get_or_create(name=f"Ủy ban nhân dân {name}", defaults={"level": "tinh"})[0]
        for name in ("tỉnh An Thịnh", "xã Tân Lập", "xã Nậm Khắt", "phường Trung Tâm")
    ]
    documents = total * 85 // 100
    books = total * 14 // 100
    pages = total - documents - books
    symbols = ["QĐ-UBND", "QĐ-TTg", "TT-BTP", "KH-UBND", "NQ-HĐND", "CT-UBND"]
    LegalDocument.objects.bulk_create(
        (
            LegalDocument(
                number=f"{n}/{2000 + n % 27}/{symbols[n % len(symbols)]}",
                doc_type=doc_types[n % len(doc_types)],
                issuer=agencies[n % len(agencies)],
                issued_date=datetime.date(2000 + n % 27, 1 + n % 12, 1 + n % 28),
                abstract=sentence(rng, 8, 30),
                signer_name=sentence(rng, 2, 3),
                live=True,
            )
            for n in range(1, documents + 1)
        ),
        batch_size=2000,
    )
    Book.objects.bulk_create(
        (
            Book(
                title=sentence(rng, 4, 12),
                compiler="Sở Tư pháp tỉnh An Thịnh",
                release_date=datetime.date(2010 + n % 17, 1 + n % 12, 1),
                validity_note=sentence(rng, 5, 10),
                purpose=sentence(rng, 10, 30),
                main_content=sentence(rng, 20, 60),
                book_type=BookType.EXPLANATION,
                language="vi",
                external_url="https://example.gov.vn/sach",
                live=True,
            )
            for n in range(books)
        ),
        batch_size=2000,
    )
    root = Page.get_first_root_node()
    index = root.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc-benchmark"))
    for n in range(pages):
        index.add_child(
            instance=NewsPage(
                title=sentence(rng, 6, 14),
                slug=f"tin-{n}",
                date=datetime.date(2015 + n % 12, 1 + n % 12, 1 + n % 28),
                intro=sentence(rng, 15, 40),
            )
        )


def timed(function, repeat):
    """[(wall ms, CPU ms)] of ``repeat`` runs after a warm-up. The CPU time is this process's
    (SQLite runs in it; PostgreSQL's work is in the server's): on a machine shared with other
    jobs it shows what the wall-clock figures owe to waiting for a core."""
    function()  # warm-up
    samples = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        function()
        samples.append(((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000))
    return samples


def _percentiles(values):
    ordered = sorted(values)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return statistics.median(ordered), p95


def summary(samples):
    wall = _percentiles([w for w, _c in samples])
    cpu = _percentiles([c for _w, c in samples])
    return (
        f"median {wall[0]:7.1f} ms   p95 {wall[1]:7.1f} ms"
        f"   (CPU median {cpu[0]:6.1f} ms, p95 {cpu[1]:6.1f} ms)"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--sqlite-file",
        help="SQLite database file to use and keep (default: a temporary file)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="when the database already holds the items of an earlier run, time the queries only",
    )
    args = parser.parse_args()

    if args.sqlite_file:
        sqlite_file = Path(args.sqlite_file).resolve()
    else:
        workdir = tempfile.mkdtemp(prefix="pbgdpl-benchmark-")
        # The temporary database of 100,000 items takes a few hundred megabytes.
        atexit.register(shutil.rmtree, workdir, ignore_errors=True)
        sqlite_file = Path(workdir) / "benchmark.sqlite3"
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{sqlite_file}"
    setup_django(database_url)

    from django.core.management import call_command
    from django.db import connection
    from django.test import RequestFactory
    from wagtail.search.backends import get_search_backend

    from pbgdpl_wagtail.models import LegalDocument
    from pbgdpl_wagtail.page_models.listing import matching_pks
    from pbgdpl_wagtail.search.site_search import (
        autocomplete_items,
        load_items,
        run_search,
        suggest,
    )

    call_command("migrate", verbosity=0)
    backend = get_search_backend()
    print(f"Database: {connection.vendor}; search backend: {type(backend).__module__}")
    existing = LegalDocument.objects.count()
    if existing and not args.reuse:
        sys.exit("The database already holds legal documents: give the benchmark its own.")
    if existing:
        print(f"Reusing the {existing:,} legal documents already indexed (--reuse)")
    else:
        call_command("pbgdpl_load_reference_data", verbosity=0)
        # Items are indexed by the timed full reindex below, not one by one as they are created.
        from django.conf import settings

        for params in settings.WAGTAILSEARCH_BACKENDS.values():
            params["AUTO_UPDATE"] = False
        rng = random.Random(args.seed)
        start = time.perf_counter()
        create_items(args.items, rng)
        print(f"Created {args.items:,} items in {time.perf_counter() - start:.1f} s")

        start = time.perf_counter()
        call_command("update_index", verbosity=0)
        print(f"Full reindex (update_index) in {time.perf_counter() - start:.1f} s")
        for params in settings.WAGTAILSEARCH_BACKENDS.values():
            params["AUTO_UPDATE"] = True

    def site_search(query):
        # What the search page does: ranked hits and facets, the first page of results loaded,
        # and a "did you mean" when nothing is found.
        outcome = run_search(query)
        load_items(outcome.hits[:20])
        if not outcome.hits:
            suggest(query)

    def documents_listing(query):
        # What the legal documents listing does with its search box: the matches' count and
        # their first page, newest first.
        documents = LegalDocument.objects.filter(live=True)
        found = documents.filter(pk__in=matching_pks(documents, query))
        found.count()
        list(found.order_by("-issued_date", "number")[:20])

    site_samples, listing_samples, autocomplete_samples = [], [], []
    for query in QUERIES:
        site_samples += timed(lambda q=query: site_search(q), args.repeat)
        listing_samples += timed(lambda q=query: documents_listing(q), args.repeat)
        # The search box's suggestions, for the first letters typed.
        autocomplete_samples += timed(
            lambda q=query: autocomplete_items(q[:8], request=RequestFactory().get("/")),
            args.repeat,
        )
    print(f"{len(QUERIES)} queries × {args.repeat} runs (wall clock; CPU of this process)")
    print(f"  site search page (every type, facets, first page):  {summary(site_samples)}")
    print(f"  autocomplete (first 8 characters, every type):      {summary(autocomplete_samples)}")
    print(f"  legal documents listing (count, first page):        {summary(listing_samples)}")


if __name__ == "__main__":
    main()
