"""Migration 0011: the answers public before stay public, as Wagtail's ``live``."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from pbgdpl_wagtail.models import Question

BEFORE = [("pbgdpl", "0010_council_links_verbose_name")]
AFTER = [("pbgdpl", "0011_question_approval_workflow")]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("fresh_content_types")
def test_published_answers_stay_public_through_the_migration():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps.get_model("pbgdpl", "Question")
    moment = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)
    common = {"title": "Hỏi", "text": "Hỏi gì?", "asker_name": "An", "status": "hoan_thanh"}
    public = old.objects.create(
        code="HD-20260302-001", published=True, published_at=moment, **common
    )
    withdrawn = old.objects.create(
        code="HD-20260302-002", published=False, published_at=moment, **common
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    public = Question.objects.get(pk=public.pk)
    assert public.live and public.published
    assert public.first_published_at == public.last_published_at == moment
    assert not Question.objects.get(pk=withdrawn.pk).live
    assert list(Question.objects.published()) == [public]
