"""The demo serves uploaded media with HTTP range requests, so that videos can be seeked."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage


@pytest.fixture
def stored(db):
    name = default_storage.save("pbgdpl/videos/thu.mp4", ContentFile(bytes(range(256)) * 4))
    yield name
    default_storage.delete(name)


def test_a_range_request_gets_206_with_the_bytes_asked_for(client, stored):
    response = client.get(f"/media/{stored}", HTTP_RANGE="bytes=10-19")
    assert response.status_code == 206
    assert response["Content-Range"] == "bytes 10-19/1024"
    assert b"".join(response.streaming_content) == bytes(range(10, 20))


def test_open_and_suffix_ranges(client, stored):
    tail = client.get(f"/media/{stored}", HTTP_RANGE="bytes=-4")
    assert b"".join(tail.streaming_content) == bytes([252, 253, 254, 255])
    rest = client.get(f"/media/{stored}", HTTP_RANGE="bytes=1020-")
    assert rest["Content-Range"] == "bytes 1020-1023/1024"


def test_a_range_past_the_end_is_416_and_no_range_gets_everything(client, stored):
    response = client.get(f"/media/{stored}", HTTP_RANGE="bytes=5000-")
    assert response.status_code == 416 and response["Content-Range"] == "bytes */1024"
    whole = client.get(f"/media/{stored}")
    assert whole.status_code == 200 and whole["Accept-Ranges"] == "bytes"
    assert len(b"".join(whole.streaming_content)) == 1024


def test_paths_outside_media_are_not_served(client, stored):
    assert client.get("/media/../settings.py").status_code in (400, 404)
    assert client.get("/media/%2e%2e/settings.py").status_code in (400, 404)
    assert client.get("/media/pbgdpl/videos/missing.mp4").status_code == 404
