"""Hostile parameters on every public listing of the demo province and on the API: no 5xx,
nothing rendered unescaped, nothing stored (the catalogue: tests/hostile_inputs.py)."""

import json

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Page

from pbgdpl_wagtail.models import Question

from ..hostile_inputs import MARKUP, assert_escaped, hostile_text, page_numbers, query

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def unthrottled(settings):
    settings.PBGDPL = {
        **settings.PBGDPL,
        "QUESTION_RATE_LIMIT": None,
        "QUESTION_TRACK_RATE_LIMIT": None,
        "API_THROTTLE_RATE": None,
    }


WALK_VALUES = [
    MARKUP[0],
    MARKUP[1],
    "' OR '1'='1",
    'NEAR(a b) OR "x" * ^ :',
    "\x00",
    "\ud800",
    "a" * 100_000,
    "-1",
    "99999999999999999999",
    "../../../../etc/passwd",
]


def get_form_fields(response):
    """The names of the GET forms' fields on a page, ``page`` included."""
    page = BeautifulSoup(response.content, "html.parser")
    names = {"page", "q"}
    for form in page.find_all("form"):
        if (form.get("method") or "get").lower() == "get":
            names |= {
                element["name"]
                for element in form.find_all(["input", "select"])
                if element.get("name")
            }
    return sorted(names)


def api_parameters():
    from pbgdpl_wagtail.views.openapi import document_bytes

    document = json.loads(document_bytes())
    walk = {}
    for path, operations in document["paths"].items():
        if "{" in path or "get" not in operations:
            continue
        names = set()
        for parameter in operations["get"].get("parameters", []):
            if "$ref" in parameter:
                parameter = document["components"]["parameters"][parameter["$ref"].split("/")[-1]]
            if parameter.get("in") == "query":
                names.add(parameter["name"])
        walk[path] = sorted(names | {"page", "offset", "limit"})
    return walk


def test_every_public_listing_and_the_api_refuse_hostile_parameters(client, demo_province):
    questions = Question.objects.count()
    targets = {}
    for page in Page.objects.live().specific():
        url = page.get_url()
        if url and page.depth > 1:
            response = client.get(url)
            assert response.status_code == 200, url
            targets[url] = get_form_fields(response)
    targets.update(api_parameters())
    assert len(targets) > 20

    def check(url, params):
        response = client.get(url + query(params))
        assert response.status_code < 500, (url, params)
        assert_escaped(response)

    for url, names in sorted(targets.items()):
        for value in WALK_VALUES:
            check(url, dict.fromkeys(names, value))

    @given(
        st.sampled_from(sorted(targets)).flatmap(
            lambda url: st.tuples(
                st.just(url),
                st.dictionaries(st.sampled_from(targets[url]), hostile_text() | page_numbers()),
            )
        )
    )
    def random_params(target):
        check(*target)

    random_params()

    # Identifiers in paths: negative, huge, not numbers.
    for template in [
        *[path for path in api_parameters_all() if "{" in path],
        "/pbgdpl/embed/video/{id}/",
        "/pbgdpl/embed/situation/{id}/",
    ]:
        for identifier in ["0", "-1", "99999999999999999999", "1e3", "%00", "..%2f..%2f"]:
            url = template.replace("{id}", identifier).replace("{key}", identifier)
            response = client.get(url)
            assert response.status_code in (400, 404), (url, response.status_code)
    assert Question.objects.count() == questions


def api_parameters_all():
    from pbgdpl_wagtail.views.openapi import document_bytes

    return list(json.loads(document_bytes())["paths"])
