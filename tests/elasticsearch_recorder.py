"""A small HTTP server on 127.0.0.1 that answers like Elasticsearch and records every request.

It is no search engine: it stores the documents it is sent and answers every search with all of
them, so that Wagtail's result loading runs; the tests assert what was sent.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Recorder:
    def __init__(self, major=9):
        self.major = major
        self.requests = []  # (method, path, parsed body)
        self.documents = {}  # index name -> {id: document}
        self.lock = threading.Lock()

    def bodies(self, method, path_part):
        return [body for m, path, body in self.requests if m == method and path_part in path]


def _parse(raw):
    if not raw:
        return None
    text = raw.decode("utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1:  # NDJSON: the bulk API
        return [json.loads(line) for line in lines]
    return json.loads(text)


class _Handler(BaseHTTPRequestHandler):
    recorder: Recorder

    def log_message(self, *args):
        pass

    def _answer(self, status, payload=None):
        body = json.dumps(payload).encode() if payload is not None else b""
        self.send_response(status)
        # The official clients refuse a server that does not say it is Elasticsearch.
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header(
            "Content-Type",
            f"application/vnd.elasticsearch+json; compatible-with={self.recorder.major}",
        )
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _handle(self):
        try:
            self._respond()
        except Exception as error:  # an answer, not a dropped connection the client retries
            self._answer(500, {"error": repr(error)})

    def _respond(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = _parse(self.rfile.read(length)) if length else None
        path = self.path.split("?")[0]
        recorder = self.recorder
        with recorder.lock:
            recorder.requests.append((self.command, self.path, body))
        parts = [part for part in path.split("/") if part]
        if not parts:
            return self._answer(200, {"version": {"number": f"{recorder.major}.0.0"}})
        index = parts[0]
        if parts[-1] == "_bulk":
            items = []
            for action, document in zip(body[::2], body[1::2], strict=True):
                target = action["index"]
                recorder.documents.setdefault(target.get("_index", index), {})[target["_id"]] = (
                    document
                )
                items.append({"index": {"_id": target["_id"], "status": 201}})
            return self._answer(200, {"errors": False, "items": items})
        if len(parts) == 3 and parts[1] == "_doc" and self.command in ("PUT", "POST"):
            recorder.documents.setdefault(index, {})[parts[2]] = body
            return self._answer(201, {"_id": parts[2], "result": "created"})
        if parts[-1] in ("_search", "_count"):
            documents = list(recorder.documents.get(index, {}).values())
            if parts[-1] == "_count":
                return self._answer(200, {"count": len(documents)})
            hits = [
                {"_id": str(doc["pk"]), "_score": 1.0, "fields": {"pk": [str(doc["pk"])]}}
                for doc in documents
            ]
            return self._answer(
                200, {"hits": {"total": {"value": len(hits), "relation": "eq"}, "hits": hits}}
            )
        if self.command == "HEAD":
            return self._answer(404)
        return self._answer(200, {"acknowledged": True, "index": index})

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle


class RecordingServer:
    """``with RecordingServer() as server:`` … ``server.url``, ``server.recorder``."""

    def __init__(self, major=9):
        self.recorder = Recorder(major)
        handler = type("Handler", (_Handler,), {"recorder": self.recorder})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
