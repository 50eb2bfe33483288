"""A second site for tests/test_questions_hub.py: the demo's settings as a Q&A hub, with its own
SQLite database (DATABASE_URL) so that the two sites share nothing but HTTP."""

from demo.settings.test import *  # noqa: F403

PBGDPL = {
    **PBGDPL,  # noqa: F405
    "EXCHANGE_SOURCE": "trung-tam",
    "EXCHANGE_PUSH_TOKENS": {"bi-mat-tinh-a": "tinh-a"},
}
