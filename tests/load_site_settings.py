"""The demo served by gunicorn for tests/test_load.py and tests/test_proxy_cache.py: its own
SQLite database (DATABASE_URL), the content cache at the package's default as in production
(each worker process has its own cache, so these tests also show that a change reaches every
process), and the ask form's rate limit from PBGDPL_LOAD_RATE_LIMIT ("count,seconds"; unset: the
default)."""

import os

from demo.settings.test import *  # noqa: F403

# The test settings turn the content cache off; the package's default turns it back on.
PBGDPL = {key: value for key, value in PBGDPL.items() if key != "CONTENT_CACHE_SECONDS"}  # noqa: F405

_limit = os.environ.get("PBGDPL_LOAD_RATE_LIMIT")
if _limit:
    PBGDPL["QUESTION_RATE_LIMIT"] = tuple(int(part) for part in _limit.split(","))
