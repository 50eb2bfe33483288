"""A small oEmbed provider on 127.0.0.1 standing in for YouTube, and admin form data builders."""

import io
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from PIL import Image as PILImage
from wagtail.test.utils.form_data import inline_formset, nested_form_data


def _png(size=(480, 270)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


class FakeVideoProvider:
    """Answers oEmbed for ``/watch/<id>`` (404 for ids starting "missing"), serves thumbnails."""

    def __init__(self):
        self.requests = []
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                provider.requests.append(self.path)
                parts = urlsplit(self.path)
                if parts.path == "/oembed":
                    self._oembed(parse_qs(parts.query))
                elif parts.path == "/thumb.png":
                    self._send(200, "image/png", _png())
                else:
                    self._send(404, "text/plain", b"not found")

            def _oembed(self, query):
                url = query.get("url", [""])[0]
                match = re.search(r"/watch/([\w-]+)$", url)
                if not match or match.group(1).startswith("missing"):
                    self._send(404, "text/plain", b"not found")
                    return
                data = {
                    "version": "1.0",
                    "type": "video",
                    "title": "Tiểu phẩm: Hòa giải ở cơ sở",
                    "provider_name": "Kênh Thử",
                    "html": f'<iframe src="{provider.base_url}/player/{match.group(1)}" '
                    'width="480" height="270" allowfullscreen></iframe>',
                    "width": 480,
                    "height": 270,
                    "thumbnail_url": f"{provider.base_url}/thumb.png",
                    "thumbnail_width": 480,
                    "thumbnail_height": 270,
                }
                self._send(200, "application/json", json.dumps(data).encode())

            def _send(self, status, content_type, body):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def watch_url(self, video_id):
        return f"{self.base_url}/watch/{video_id}"

    def finders_setting(self):
        return [
            {
                "class": "wagtail.embeds.finders.oembed",
                "providers": [
                    {
                        "endpoint": f"{self.base_url}/oembed",
                        "urls": [rf"^{re.escape(self.base_url)}/watch/.+$"],
                    }
                ],
            }
        ]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def video_form_data(**fields):
    data = {
        "title": "Video thử",
        "kind": "video_clip",
        "language": "vi",
        "published_date": "2026-01-15",
        "description": "",
        "external_url": "",
        "duration": "",
        "transcript": "",
        "producer": "",
        "tags": "",
        "captions": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def situation_form_data(**fields):
    data = {
        "title": "Tình huống thử",
        "scenario": '{"blocks":[{"key":"a","text":"Ông A và ông B tranh chấp.","type":"unstyled",'
        '"depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "question": "Có được hòa giải không?",
        "answer": '{"blocks":[{"key":"b","text":"Có.","type":"unstyled","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "compiled_by": "",
        "reviewed_by": "",
        "language": "vi",
        "published_date": "2026-01-15",
        "tags": "",
        "citations": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)
