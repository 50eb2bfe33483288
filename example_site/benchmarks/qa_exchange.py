"""Benchmark (not a test): pulling N shared questions and answers through the exchange.

    .venv/bin/python example_site/benchmarks/qa_exchange.py [--items N] [--page-size N]

A stand-in hub runs in a separate process on 127.0.0.1 and serves N synthetic format-v1 items in
pages; this process pulls them into a throwaway SQLite database (or DATABASE_URL when set) with
the package's client, exactly as ``pbgdpl_qa_sync --pull`` does, then pulls again (nothing new).
It prints the time, the rate and this process's peak memory (the hub's is not counted).
With --deferred-index the search indexing is queued as a django-tasks task (as on a site with a
task worker) instead of running inside the pull.
Target (issue #5): 100,000 items in under 2 minutes and 500 MB.
"""

import argparse
import datetime
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

FIELDS = ["44.8", "37.1", "11.1", "8.4", "14", "20.2"]
START = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
LAWS = ["14/2012/QH13", "35/2013/QH13", "31/2024/QH15", "52/2014/QH13"]


def synthetic_item(number):
    return {
        "source": "trung-uong",
        "id": f"TW-{number:07d}",
        "code": f"HD-20260101-{number:06d}",
        "published": True,
        "published_at": "2026-01-01T08:00:00+07:00",
        # One second apart: the order the hub serves them in.
        "updated_at": (START + datetime.timedelta(seconds=number)).isoformat(),
        "legal_field": {"code": FIELDS[number % len(FIELDS)], "name": "Lĩnh vực"},
        "title": f"Câu hỏi về hòa giải ở cơ sở số {number}",
        "question": "Gia đình tôi tranh chấp ranh giới đất với hàng xóm; xin hỏi thủ tục hòa "
        "giải ở thôn như thế nào, ai là người hòa giải và kết quả có giá trị ra sao? " * 2,
        "answer_html": "<p>Theo Luật Hòa giải ở cơ sở, <strong>các bên</strong> có thể đề nghị "
        "tổ hòa giải ở thôn giúp tự thỏa thuận.</p>" * 3,
        "answer_text": "Theo Luật Hòa giải ở cơ sở…",
        "legal_basis": [
            {"document": LAWS[number % 4], "number": LAWS[number % 4], "articles": "Điều 3"}
        ],
    }


def serve(port_queue, total, page_size):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            query = parse_qs(urlsplit(self.path).query)
            start = int(query.get("cursor", ["0"])[0])
            end = min(start + page_size, total)
            host = f"http://127.0.0.1:{self.server.server_port}"
            page = {
                "format": "pbgdpl-qa-exchange",
                "version": "1",
                "source": "trung-uong",
                "items": [synthetic_item(n) for n in range(start, end)],
                "next": f"{host}/q/?cursor={end}" if end < total else None,
            }
            if "updated_since" in query:  # the second pull: nothing changed since
                page["items"], page["next"] = [], None
            body = json.dumps(page, ensure_ascii=False).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_queue.put(server.server_port)
    server.serve_forever()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--page-size", type=int, default=500)
    parser.add_argument(
        "--deferred-index",
        action="store_true",
        help="queue the search indexing for a task worker (not run here), as a site with one",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as database_dir:
        from registries import setup

        setup(database_dir)
        from django.core.management import call_command

        from pbgdpl_wagtail.exchange.client import pull
        from pbgdpl_wagtail.models import Agency, DocumentType, LegalDocument, Question

        call_command("pbgdpl_load_reference_data", verbosity=0)
        assembly = Agency.objects.create(name="Quốc hội", level="tw")
        law = DocumentType.objects.first()
        for number in LAWS:
            LegalDocument.objects.create(
                number=number, doc_type=law, issuer=assembly, issued_date=datetime.date(2020, 1, 1)
            )

        if args.deferred_index:
            from django.test import override_settings

            override_settings(
                TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
            ).enable()

        ports = multiprocessing.Queue()
        hub = multiprocessing.Process(
            target=serve, args=(ports, args.items, args.page_size), daemon=True
        )
        hub.start()
        url = f"http://127.0.0.1:{ports.get(timeout=30)}/q/"
        try:
            started = time.perf_counter()
            pages, written = pull(url, local_source="tinh-benchmark")
            first = time.perf_counter() - started
            started = time.perf_counter()
            again = pull(url, local_source="tinh-benchmark")
            second = time.perf_counter() - started
        finally:
            hub.terminate()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        stored = Question.objects.count()

    print(f"{'run':<28}{'pages':>7}{'written':>10}{'seconds':>10}{'items/s':>10}")
    print(f"{'first pull':<28}{pages:>7}{written:>10}{first:>10.1f}{written / first:>10.0f}")
    print(f"{'second pull (no change)':<28}{again[0]:>7}{again[1]:>10}{second:>10.2f}{'':>10}")
    indexing = "queued for a worker" if args.deferred_index else "done in the pull"
    print(f"questions stored: {stored}; search indexing: {indexing}")
    print(f"peak memory of this process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
