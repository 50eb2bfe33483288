"""Runs a management command with a fault injected inside one of its write batches, for
tests/test_faults.py: ``python -m tests.fault_runner MODE TARGET AT MARKER -- command args``.

TARGET "sync" counts the pages the Q&A pull writes, "import" the rows a registry import
writes; at the AT-th, after its rows were written and before the transaction commits:
MODE "hang" writes MARKER and waits to be killed, "die" kills its own process (SIGKILL), "drop"
closes the database connection under Django's feet, as a lost server would, and "terminate"
(PostgreSQL) has the server end the command's session from a second connection
(``pg_terminate_backend``), as an administrator or a failover would.
"""

import os
import signal
import sys
import time
from pathlib import Path

import django


def fault(mode, marker):
    from django.db import connection

    if mode == "hang":
        Path(marker).write_text("ready")
        time.sleep(600)
    elif mode == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    elif mode == "drop":
        connection.connection.close()
    elif mode == "terminate":
        from django.db import connections

        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        other = connections.create_connection("default")
        try:
            with other.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
        finally:
            other.close()


def main(mode, target, at, marker, command):
    django.setup()
    from django.core.management import call_command

    calls = {"count": 0}

    def counted(original):
        def wrapper(*args, **kwargs):
            result = original(*args, **kwargs)
            calls["count"] += 1
            if calls["count"] == at:
                fault(mode, marker)
            return result

        return wrapper

    if target == "sync":
        from pbgdpl_wagtail.exchange import client

        client._insert = counted(client._insert)
    else:
        from pbgdpl_wagtail.registry_import import SPECS

        spec = SPECS[command[1]]
        spec.apply = counted(spec.apply)
    call_command(*command)


if __name__ == "__main__":
    separator = sys.argv.index("--")
    mode, target, at, marker = sys.argv[1:separator]
    main(mode, target, int(at), marker, sys.argv[separator + 1 :])
