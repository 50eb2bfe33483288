"""The public API and the listings' downloads on the seeded demo province.

One test walks every documented GET endpoint, every object
of every listing and every detail: each response must match its schema in the OpenAPI document,
and none may carry an asker's data, a draft, an unpublished answer or a mediation case.
"""

import csv
import io
import json
import re
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft202012Validator
from wagtail.models import Page

from pbgdpl_wagtail.models import (
    Book,
    DocumentIndexPage,
    LegalDocument,
    LegalSituation,
    QuestionIndexPage,
    RegistryPage,
    StatisticsPage,
    Video,
)
from pbgdpl_wagtail.snippets.questions import Question, QuestionAttachment
from pbgdpl_wagtail.snippets.registries.mediation import MediationCase
from pbgdpl_wagtail.views.openapi import document_bytes

pytestmark = pytest.mark.django_db

SECRET_ADDRESS = "Số 7 ngõ Riêng Tư, thôn Kín Đáo"
SECRET_SUBMITTED = "Nguyên văn câu hỏi chưa ẩn danh của người hỏi"
SECRET_ATTACHMENT = "giay-to-rieng-cua-nguoi-hoi.pdf"
PATH_PARAMETER = re.compile(r"\{(\w+)\}")


def openapi():
    return json.loads(document_bytes())


def validator_for(document, path, method="get", status="200"):
    schema = document["paths"][path][method]["responses"][status]["content"]["application/json"]
    # "#/components/…" references resolve against the root, so the components ride along.
    return Draft202012Validator({**schema["schema"], "components": document["components"]})


def hide_things(home):
    """Drafts and private data the walk must never meet."""
    published = Question.objects.published().first()
    published.asker_address = SECRET_ADDRESS
    published.submitted_text = SECRET_SUBMITTED
    published.save()
    QuestionAttachment.objects.create(
        question=published, file="pbgdpl/questions/x.pdf", original_name=SECRET_ATTACHMENT
    )
    hidden = {}
    for model in (LegalDocument, Video, LegalSituation, Book):
        record = model.objects.filter(live=True).first()
        model.objects.filter(pk=record.pk).update(live=False)
        hidden[model] = record.pk
    draft_page = Page.objects.live().type(StatisticsPage).first().specific
    draft_page.unpublish()
    hidden[Page] = draft_page.pk
    return hidden


def private_strings():
    strings = {SECRET_ADDRESS, SECRET_SUBMITTED, SECRET_ATTACHMENT}
    for question in Question.objects.all():
        strings.update(
            value for value in (question.asker_email, question.asker_phone, question.asker_name)
        )
    for case in MediationCase.objects.all():
        strings.update(value for value in (case.summary, case.invited_persons) if len(value) > 12)
    strings.discard("")
    # The demo's fictional askers share some names with its legal reporters, whose names are
    # public by law (TT 10/2016 Đ.8.2b): such a name proves nothing when the registry shows it.
    from pbgdpl_wagtail.snippets.registries import LegalPropagandist, LegalReporter

    for model in (LegalReporter, LegalPropagandist):
        strings -= set(model.objects.values_list("full_name", flat=True))
    return strings


def concrete_paths(document, client):
    """Every documented GET address with its path parameters filled from the listings."""
    paths = []
    for path, item in document["paths"].items():
        if "get" not in item or not path.startswith("/api/"):
            continue
        names = PATH_PARAMETER.findall(path)
        if not names:
            paths.append((path, path))
            continue
        listing = PATH_PARAMETER.split(path)[0]
        data = client.get(listing).json()
        keys = [entry.get("id", entry.get("key")) for entry in data["items"]]
        assert keys, f"{listing} lists nothing on the demo"
        for key in keys:
            paths.append((path, PATH_PARAMETER.sub(str(key), path)))
    return paths


def every_page_of(client, url):
    """The listing's pages, following limit and offset to the end."""
    offset, items, bodies = 0, [], []
    while True:
        separator = "&" if "?" in url else "?"
        response = client.get(f"{url}{separator}limit=20&offset={offset}")
        assert response.status_code == 200, (url, response.content[:300])
        bodies.append(response.content.decode())
        data = response.json()
        items += data["items"]
        offset += 20
        if offset >= data["meta"]["total_count"]:
            return items, bodies


@pytest.fixture
def unthrottled(settings):
    settings.PBGDPL = {**getattr(settings, "PBGDPL", {}), "API_THROTTLE_RATE": None}


def test_demo_api_matches_the_openapi_document_and_leaks_nothing(
    client, unthrottled, demo_province
):
    hidden = hide_things(None)
    secrets = private_strings()
    assert any(s.endswith("@example.vn") for s in secrets)
    document = openapi()

    # 1. Every documented GET answers as its schema says, each object of each listing too.
    seen = []
    for template, url in concrete_paths(document, client):
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        errors = list(validator_for(document, template).iter_errors(response.json()))
        assert not errors, (url, [error.message for error in errors[:3]])
        seen.append((url, response.content.decode()))
    exchange = client.get("/pbgdpl/exchange/v1/questions/")
    validator = validator_for(document, "/pbgdpl/exchange/v1/questions/")
    assert not list(validator.iter_errors(exchange.json()))

    # 2. Every listing page, all fields, in every format of rich text: no private data, no draft.
    listings = ["pages", "legal-documents", "videos", "situations", "questions", "books"]
    listings += [
        p.strip("/").removeprefix("api/v2/")
        for p in document["paths"]
        if p.startswith("/api/v2/registries/") and "{" not in p
    ]
    for name in listings:
        fields = "" if name.startswith("registries/") else "?fields=*"
        items, bodies = every_page_of(client, f"/api/v2/{name}/{fields}")
        seen += [(name, body) for body in bodies]
        for item in items:
            detail = item.get("meta", {}).get("detail_url") or f"/api/v2/{name}/{item['id']}/"
            for query in ("", "?rich_text_format=db_html", "?rich_text_format=markdown"):
                response = client.get(urlsplit(detail).path + query)
                assert response.status_code == 200, detail
                seen.append((detail, response.content.decode()))
        ids = {item["id"] for item in items}
        model = {
            "legal-documents": LegalDocument,
            "videos": Video,
            "situations": LegalSituation,
            "books": Book,
            "pages": Page,
        }.get(name)
        if model is not None:
            assert hidden[model] not in ids, f"a draft is listed by {name}"
            assert client.get(f"/api/v2/{name}/{hidden[model]}/").status_code == 404
        if name == "questions":
            assert ids == set(Question.objects.published().values_list("pk", flat=True))
    unpublished = Question.objects.exclude(pk__in=Question.objects.published()).first()
    assert client.get(f"/api/v2/questions/{unpublished.pk}/").status_code == 404
    for url, body in seen:
        for secret in secrets:
            assert secret not in body, f"{url} shows private data: {secret!r}"
    assert "mediation-cases" not in json.dumps(list(document["paths"]))

    # 3. Listings run a fixed number of queries, whatever the number of items.
    for name, limit in (
        ("pages", 20),
        ("legal-documents", 20),
        ("videos", 20),
        ("situations", 20),
        ("questions", 20),
        ("books", 20),
        ("registries/legal-reporters", 20),
        ("registries/legal-propagandists", 20),
        ("registries/council-members", 20),
        ("registries/access-standard", 20),
        ("registries/programmes", 20),
        ("statistics/mediation", 0),
    ):
        url = f"/api/v2/{name}/" + (f"?limit={limit}&fields=*" if limit else "")
        if name.startswith(("registries", "statistics")):
            url = url.replace("&fields=*", "")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert len(queries) <= 16, (url, [q["sql"][:120] for q in queries.captured_queries])


def test_demo_exports_follow_the_page_filters(client, django_assert_max_num_queries, demo_province):
    secrets = private_strings()

    def download(page, file_format, query=""):
        url = page.url + f"export/{file_format}/" + query
        with django_assert_max_num_queries(30):
            response = client.get(url)
        assert response.status_code == 200, url
        assert "attachment" in response["Content-Disposition"]
        return b"".join(response.streaming_content) if response.streaming else response.content

    documents_page = DocumentIndexPage.objects.live().first()
    listing = client.get(documents_page.url)
    assert f'href="{documents_page.url}export/csv/"' in listing.content.decode()
    raw = download(documents_page, "csv")
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Vietnamese
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Số, ký hiệu"
    assert len(rows) - 1 == documents_page.documents().count()
    year = documents_page.documents().first().issued_date.year
    filtered = json.loads(download(documents_page, "json", f"?year={year}"))
    assert filtered["items"] and all(
        item["issued_date"].startswith(str(year)) for item in filtered["items"]
    )
    assert (
        f"export/json/?year={year}"
        in client.get(f"{documents_page.url}?year={year}").content.decode()
    )

    questions_page = QuestionIndexPage.objects.live().first()
    data = json.loads(download(questions_page, "json"))
    assert len(data["items"]) == Question.objects.published().count()
    body = download(questions_page, "csv").decode("utf-8-sig")
    for secret in secrets:
        assert secret not in body and secret not in json.dumps(data, ensure_ascii=False)

    for page in RegistryPage.objects.live():
        data = json.loads(download(page, "json"))
        assert [c["name"] for c in data["columns"]] == list(page.public_registry.columns)
        assert len(data["items"]) == page.public_registry.base_queryset().count()
        assert download(page, "csv").startswith(b"\xef\xbb\xbf")
        assert "export/csv/" in client.get(page.url).content.decode()

    statistics = StatisticsPage.objects.live().first()
    data = json.loads(download(statistics, "json", "?year=2025"))
    assert data["tables"] and "2025" in data["heading"]
    assert download(statistics, "csv", "?year=2025").startswith(b"\xef\xbb\xbf")
    assert client.get(statistics.url + "export/pdf/").status_code == 404
    assert client.get(documents_page.url + "export/pdf/").status_code == 404
