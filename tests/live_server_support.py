"""The live server's guard against two request threads on one SQLite connection (conftest.py)."""

import threading


class OneRequestAtATime:
    """A WSGI application that lets one request at a time into Django, body included."""

    def __init__(self, application):
        self.application = application
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            response = self.application(environ, start_response)
            try:
                return [b"".join(response)]
            finally:
                if hasattr(response, "close"):
                    response.close()
