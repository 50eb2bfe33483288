"""The rendered content of the package's pages, cached for readers who are not logged in: served
from the cache on a second visit, rendered again after any change of content (once it commits),
and never for a logged-in user or a view that shows visitors their own data."""

import datetime
import uuid

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connection, transaction
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from pbgdpl_wagtail import content_cache
from pbgdpl_wagtail.content_cache import ContentVersion
from pbgdpl_wagtail.exchange.client import apply_items
from pbgdpl_wagtail.models import Question

from .exchange_support import exchange_item
from .factories import (
    LegalDocumentFactory,
    LegalFieldFactory,
    make_document_index,
    make_section,
)
from .factories_news import make_news, make_news_index
from .questions_support import ask_data, make_question_page
from .test_pages import soup_of

# Transactions commit here, as on a site: the version is renewed once they do. The serialized
# rollback restores what the migrations created (root page, locale) with the same ids.
pytestmark = pytest.mark.usefixtures("transactional_db", "django_db_serialized_rollback")

# Rendering a news listing's items: their tags are read with them.
NEWS_LIST_SQL = 'FROM "taggit_tag" INNER JOIN "pbgdpl_newspagetag"'


@pytest.fixture(autouse=True)
def content_cache_on(settings):
    settings.PBGDPL = {**settings.PBGDPL, "CONTENT_CACHE_SECONDS": 600}
    cache.clear()
    yield
    cache.clear()


def visit(client, url):
    """The response to ``url`` and the SQL it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [query["sql"] for query in queries]


def test_a_second_visit_is_served_from_the_cache_and_a_publish_shows_at_once(client, portal):
    index = make_news_index(portal)
    make_news(index, title="Hội nghị tập huấn hòa giải", publish=True)
    first, first_sql = visit(client, index.url)
    second, second_sql = visit(client, index.url)
    assert "Hội nghị tập huấn hòa giải" in first and second == first
    assert [s for s in first_sql if NEWS_LIST_SQL in s]
    assert not [s for s in second_sql if NEWS_LIST_SQL in s]
    assert len(second_sql) < len(first_sql)

    make_news(index, title="Ngày Pháp luật 2026", publish=True)
    assert "Ngày Pháp luật 2026" in visit(client, index.url)[0]


def test_a_record_published_or_unpublished_shows_on_the_listing_at_once(client, portal):
    index = make_document_index(portal)
    document = LegalDocumentFactory(number="25/2021/QĐ-TTg")
    assert "25/2021/QĐ-TTg" in visit(client, index.url)[0]
    document.unpublish()
    assert "25/2021/QĐ-TTg" not in visit(client, index.url)[0]
    LegalDocumentFactory(number="14/2012/QH13")
    assert "14/2012/QH13" in visit(client, index.url)[0]


def test_changes_not_yet_committed_neither_read_nor_fill_the_cache(client, portal):
    index = make_news_index(portal)
    news = make_news(index, title="Tiêu đề cũ", publish=True)
    assert "Tiêu đề cũ" in visit(client, news.url)[0]

    class RolledBack(Exception):
        pass

    with pytest.raises(RolledBack), transaction.atomic():
        news.title = "Tiêu đề chưa lưu"
        news.save_revision().publish()
        # This transaction sees its own change, not the cached page...
        assert "Tiêu đề chưa lưu" in visit(client, news.url)[0]
        raise RolledBack
    # ...and leaves nothing of it in the cache once rolled back.
    html = visit(client, news.url)[0]
    assert "Tiêu đề cũ" in html and "Tiêu đề chưa lưu" not in html


def test_a_new_day_renders_the_content_again(client, portal, monkeypatch):
    index = make_news_index(portal)
    make_news(index, publish=True)
    visit(client, index.url)
    assert not [s for s in visit(client, index.url)[1] if NEWS_LIST_SQL in s]
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    monkeypatch.setattr(content_cache.timezone, "localdate", lambda: tomorrow)
    assert [s for s in visit(client, index.url)[1] if NEWS_LIST_SQL in s]


def test_a_change_made_by_another_process_reaches_this_ones_page_tree_facts(client, portal):
    section = make_section(portal, title="Giới thiệu", slug="gioi-thieu")
    child = make_section(section, title="Cơ cấu tổ chức", slug="co-cau")

    def crumbs():
        html = soup_of(client.get(child.url))
        return [a.get_text(strip=True) for a in html.select(".pbgdpl-breadcrumbs a")]

    assert "Giới thiệu" in crumbs()
    # Another process renames the section: its signals renew its own cache (LocMemCache), not
    # this process's; all this one learns is the new content version in the database.
    Page.objects.filter(pk=section.pk).update(title="Giới thiệu chung")
    ContentVersion.objects.update(token=uuid.uuid4().hex)
    assert "Giới thiệu chung" in crumbs()


def test_a_search_past_the_last_page_is_a_404_every_time(client, portal):
    from pbgdpl_wagtail.models import SearchPage

    search = SearchPage(title="Tìm kiếm", slug="tim-kiem")
    portal.add_child(instance=search)
    search.save_revision().publish()
    make_news(make_news_index(portal), title="Tập huấn hòa giải", publish=True)
    for _ in range(2):
        assert client.get(search.url, {"q": "hoa giai", "page": "999"}).status_code == 404
    assert client.get(search.url, {"q": "hoa giai", "page": "-1"}).status_code == 404


def test_logged_in_users_always_get_the_content_rendered_afresh(client, portal, django_user_model):
    index = make_news_index(portal)
    make_news(index, publish=True)
    client.force_login(django_user_model.objects.create_user(username="bientap", password="x"))
    visit(client, index.url)
    assert [s for s in visit(client, index.url)[1] if NEWS_LIST_SQL in s]


def test_the_search_page_searches_once_per_version(client, portal):
    from pbgdpl_wagtail.models import SearchPage

    search = SearchPage(title="Tìm kiếm", slug="tim-kiem")
    portal.add_child(instance=search)
    search.save_revision().publish()
    index = make_news_index(portal)
    make_news(index, title="Tập huấn hòa giải ở cơ sở", slug="tap-huan", publish=True)
    url = search.url + "?q=hoa+giai"
    first, first_sql = visit(client, url)
    second, second_sql = visit(client, url)
    assert "Tập huấn" in first and second == first
    assert [s for s in first_sql if "wagtailsearch_indexentry" in s]
    assert not [s for s in second_sql if "wagtailsearch_indexentry" in s]
    # A new item is found at once; another query is another address, searched afresh.
    make_news(index, title="Hội thi hòa giải viên giỏi", slug="hoi-thi", publish=True)
    assert "Hội thi" in visit(client, url)[0]  # (the words searched for are highlighted)
    assert "viên giỏi" in visit(client, search.url + "?q=hoi+thi")[0]


def test_the_ask_form_and_its_confirmation_are_never_shared(client, portal):
    field = LegalFieldFactory(code="20", name="Hôn nhân và gia đình")
    qa = make_question_page(portal)
    ask = qa.url + "ask/"

    def submission(visitor):
        return soup_of(visitor.get(ask)).select_one("input[name=submission]")["value"]

    other = Client()
    # Each visitor's form carries its own token, so that two citizens' questions stay two.
    assert submission(client) != submission(other)

    done = client.post(ask, ask_data(field), follow=True)
    code = Question.objects.get().code
    assert code in done.content.decode()
    # Another visitor opening the confirmation address never sees this visitor's code.
    assert code not in other.get(qa.url + "ask/done/").content.decode()


def test_html_with_a_csrf_token_is_never_stored():
    request = RequestFactory().get("/trang/")
    request.user = AnonymousUser()
    template = Template(
        '{% load pbgdpl_tags %}{% pbgdpl_cached_content "content" %}'
        "<form method=post>{% csrf_token %}</form>{% endpbgdpl_cached_content %}"
    )
    first = template.render(Context({"request": request, "csrf_token": "token-one"}))
    second = template.render(Context({"request": request, "csrf_token": "token-two"}))
    assert "token-one" in first and "token-two" in second


def test_a_pull_of_shared_answers_renews_the_version(portal):
    LegalFieldFactory(code="44", name="Phổ biến, giáo dục pháp luật")
    LegalDocumentFactory(number="14/2012/QH13")
    content_cache.renew()
    before = ContentVersion.objects.get().token
    # Written in bulk, without signals.
    assert apply_items([exchange_item(1), exchange_item(2)], "an-thinh") == 2
    assert ContentVersion.objects.get().token != before


def test_a_search_index_updated_later_by_a_worker_shows_once_its_task_finishes(
    client, portal, settings
):
    """With a queue backend the index is updated after the commit that renewed the version: the
    results cached in between must not outlive the task."""
    from django_tasks import default_task_backend
    from django_tasks.backends.dummy import DummyBackend
    from django_tasks.signals import task_finished
    from modelsearch.tasks import insert_or_update_object_task

    from pbgdpl_wagtail.models import SearchPage

    search = SearchPage(title="Tìm kiếm", slug="tim-kiem")
    portal.add_child(instance=search)
    search.save_revision().publish()
    index = make_news_index(portal)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    news = make_news(index, title="Hội thi hòa giải viên giỏi", slug="hoi-thi", publish=True)
    url = search.url + "?q=hoi+thi"
    assert "viên giỏi" not in visit(client, url)[0]  # not indexed yet
    # The worker runs the task, and says so.
    queued = [
        result
        for result in default_task_backend.results
        if result.task.func is insert_or_update_object_task.func
        and result.args == ["pbgdpl", "newspage", str(news.pk)]
    ][-1]  # (saved more than once while published)
    insert_or_update_object_task.call(*queued.args)
    task_finished.send(DummyBackend, task_result=queued)
    assert "viên giỏi" in visit(client, url)[0]
