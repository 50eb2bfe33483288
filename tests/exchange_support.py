"""A stand-in exchange hub on 127.0.0.1: serves programmed pages, fails on demand, logs requests."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


def exchange_item(number, **overrides):
    item = {
        "source": "trung-uong",
        "id": f"TW-{number}",
        "code": f"HD-20260101-{number:03d}",
        "published": True,
        "published_at": "2026-01-01T08:00:00+07:00",
        "updated_at": f"2026-01-0{1 + number % 9}T09:00:00+07:00",
        "legal_field": {"code": "44", "name": "Phổ biến, giáo dục pháp luật"},
        "title": f"Câu hỏi chia sẻ số {number}",
        "question": "Báo cáo viên pháp luật cần tiêu chuẩn gì?",
        "answer_html": "<p>Theo Luật Phổ biến, giáo dục pháp luật…</p>",
        "answer_text": "Theo Luật Phổ biến, giáo dục pháp luật…",
        "legal_basis": [
            {"document": "Luật 14/2012/QH13", "number": "14/2012/QH13", "articles": "Điều 35"}
        ],
    }
    item.update(overrides)
    return item


class FakeHub:
    """``pages``: path → payload (dict) or an int HTTP status; ``failures``: path → statuses to
    answer first, one per request; a POST is recorded in ``received`` and confirmed."""

    def __init__(self):
        self.pages = {}
        self.failures = {}
        self.requests = []
        self.received = []  # the payloads POSTed to the hub, in order
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                hub.requests.append(self.path)
                path = urlsplit(self.path).path
                pending = hub.failures.get(path)
                if pending:
                    self._send(pending.pop(0), b"{}")
                    return
                page = hub.pages.get(path)
                if page is None:
                    self._send(404, b"{}")
                elif isinstance(page, bytes):
                    self._send(200, page)
                else:
                    self._send(200, json.dumps(page).encode())

            def do_POST(self):
                hub.requests.append(self.path)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                pending = hub.failures.get(urlsplit(self.path).path)
                if pending:
                    self._send(pending.pop(0), b"{}")
                    return
                payload = json.loads(body)
                hub.received.append(payload)
                self._send(200, json.dumps({"received": len(payload["items"])}).encode())

            def _send(self, status, body):
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def feed(self, pages, page_size):
        """Serves ``pages`` pages of ``page_size`` answers at /feed/1/, /feed/2/…, each linking
        to the next; the pull starts at ``base_url + "/feed/1/"``."""
        for page in range(pages):
            items = [exchange_item(page * page_size + n) for n in range(page_size)]
            following = f"/feed/{page + 2}/" if page + 1 < pages else None
            self.page(f"/feed/{page + 1}/", items, following)
        return self

    def page(self, path, items, next_path=None):
        self.pages[path] = {
            "format": "pbgdpl-qa-exchange",
            "version": "1",
            "source": "trung-uong",
            "items": items,
            "next": self.base_url + next_path if next_path else None,
        }

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
