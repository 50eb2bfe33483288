"""The demo served by gunicorn for tests/test_load.py: its own SQLite database (DATABASE_URL)
and the ask form's rate limit from PBGDPL_LOAD_RATE_LIMIT ("count,seconds"; unset: the default)."""

import os

from demo.settings.test import *  # noqa: F403

_limit = os.environ.get("PBGDPL_LOAD_RATE_LIMIT")
if _limit:
    PBGDPL = {
        **PBGDPL,  # noqa: F405
        "QUESTION_RATE_LIMIT": tuple(int(part) for part in _limit.split(",")),
    }
