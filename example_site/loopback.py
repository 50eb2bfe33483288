"""A free TCP port on 127.0.0.1, for the servers that the demo's scripts and the tests start
(gunicorn, Varnish, a second site, the screenshot server)."""

import socket


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
