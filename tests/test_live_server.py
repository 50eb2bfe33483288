"""The tests' live server lets one request at a time into Django when it shares the tests'
in-memory SQLite connection (see ``live_server`` in conftest.py)."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.request import urlopen

import pytest
from django.db import connection

from .live_server_support import OneRequestAtATime


def test_requests_enter_the_application_one_at_a_time():
    inside = []
    most = []
    closed = []

    class Body(list):
        def close(self):
            closed.append(True)

    def application(environ, start_response):
        inside.append(True)
        most.append(len(inside))
        time.sleep(0.02)
        start_response("200 OK", [("Content-Type", "text/plain")])
        inside.pop()
        return Body([b"mot ", b"hai"])

    serialized = OneRequestAtATime(application)
    with ThreadPoolExecutor(max_workers=8) as pool:
        bodies = list(pool.map(lambda _: serialized({}, lambda *args: None), range(16)))
    assert max(most) == 1
    assert bodies == [[b"mot hai"]] * 16
    assert len(closed) == 16


def test_concurrent_requests_on_a_shared_connection_all_get_answers(live_server, transactional_db):
    """The server asked for before the database: it still shares the in-memory connection."""
    if connection.vendor != "sqlite":
        pytest.skip("only SQLite's in-memory test database is shared with the server")
    assert live_server.thread.connections_override
    assert isinstance(live_server.thread.httpd.get_app(), OneRequestAtATime)
    barrier = threading.Barrier(6)

    def fetch(_):
        barrier.wait()
        with urlopen(live_server.url + "/pbgdpl/exchange/v1/questions/", timeout=60) as answer:
            return answer.status

    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(fetch, range(6))) == [200] * 6
