"""The first block family: validation, rendering and admin previews."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from pbgdpl_wagtail.blocks import (
    AccordionBlock,
    AppLinkBlock,
    AppLinksBlock,
    ContactCardBlock,
    ContentStreamBlock,
    DataTableBlock,
    FigureBlock,
    HeadingBlock,
    LinkTargetBlock,
)

from .factories import ImageFactory, make_section

STREAM = ContentStreamBlock()


def html_of(block, raw):
    value = block.to_python(raw)
    return BeautifulSoup(block.render(value), "html.parser")


def test_heading_renders_the_chosen_level_and_anchor():
    page = html_of(HeadingBlock(), {"text": "Hòa giải", "level": "h3", "anchor": "hoa-giai"})
    assert page.find("h3", id="hoa-giai").get_text() == "Hòa giải"


def test_heading_anchor_must_be_a_plain_slug():
    block = HeadingBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"text": "A", "level": "h2", "anchor": "hòa giải"}))


@pytest.mark.django_db
def test_image_needs_alt_text_unless_decorative():
    image = ImageFactory()
    block = FigureBlock()
    raw = {"image": {"image": image.pk, "decorative": False, "alt_text": ""}, "caption": "Ảnh"}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(raw))
    raw["image"]["decorative"] = True
    block.clean(block.to_python(raw))
    raw["image"] = {"image": image.pk, "decorative": False, "alt_text": "Hội nghị tại xã"}
    value = block.clean(block.to_python(raw))
    page = BeautifulSoup(block.render(value), "html.parser")
    img = page.find("img")
    assert img["alt"] == "Hội nghị tại xã"
    assert img["loading"] == "lazy"
    # Responsive renditions in WebP with a JPEG fallback.
    assert "image/webp" in {source.get("type") for source in page.find_all("source")}
    assert "," in img["srcset"] and img["src"].endswith(".jpg")
    assert page.find("figcaption").get_text(strip=True) == "Ảnh"


@pytest.mark.django_db
def test_app_icon_is_a_decorative_picture_with_webp_and_png():
    image = ImageFactory()
    raw = {
        "apps": [
            {
                "name": "Pháp luật Việt Nam",
                "icon": {"image": image.pk, "decorative": True, "alt_text": ""},
                "web_url": "https://example.vn/",
            }
        ]
    }
    page = html_of(AppLinksBlock(), raw)
    img = page.select_one("picture img.pbgdpl-app__icon")
    # The icon sits beside the app's name, which says it all.
    assert img["alt"] == ""
    assert img["src"].endswith(".png") and "," in img["srcset"]
    webp = page.select_one('picture source[type="image/webp"]')
    assert webp is not None and "," in webp["srcset"]


@pytest.mark.django_db
def test_decorative_image_has_empty_alt():
    image = ImageFactory()
    page = html_of(
        FigureBlock(), {"image": {"image": image.pk, "decorative": True, "alt_text": "x"}}
    )
    assert page.find("img")["alt"] == ""


def test_table_needs_a_caption_and_renders_header_cells():
    block = DataTableBlock()
    raw = {
        "table": {
            "caption": "",
            "columns": [{"type": "text", "heading": "Xã"}, {"type": "number", "heading": "Vụ"}],
            "rows": [{"values": ["Tân Lập", "1234"]}],
        },
        "source": "",
    }
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(raw))
    assert "table" in error.value.block_errors
    raw["table"]["caption"] = "Vụ việc hòa giải"
    value = block.clean(block.to_python(raw))
    page = BeautifulSoup(block.render(value), "html.parser")
    assert page.find("caption").get_text() == "Vụ việc hòa giải"
    assert [th["scope"] for th in page.find_all("th")] == ["col", "col", "row"]
    assert page.select_one(".pbgdpl-table__cell--number").get_text(strip=True) == "1.234"


def test_link_target_needs_exactly_one_of_page_or_url():
    block = LinkTargetBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": ""}))
    block.clean(block.to_python({"page": None, "url": "https://vbpl.vn/"}))


@pytest.mark.django_db
def test_link_target_refuses_both(portal):
    block = LinkTargetBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": portal.pk, "url": "https://vbpl.vn/"}))


def test_app_link_needs_an_address():
    block = AppLinkBlock()
    raw = {"name": "Ứng dụng", "description": "", "icon": None, "web_url": ""}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**raw, "android_url": "", "ios_url": ""}))
    block.clean(block.to_python({**raw, "android_url": "https://play.google.com/x", "ios_url": ""}))


def test_accordion_uses_native_details_and_faq_markup():
    block = AccordionBlock()
    page = html_of(block, block.meta.preview_value)
    assert len(page.find_all("details")) == 2
    assert page.find("summary").get_text() == "Ai có thể làm hòa giải viên?"
    assert page.find(attrs={"itemtype": "https://schema.org/FAQPage"})


def test_contact_card_renders_links():
    page = html_of(ContactCardBlock(), ContactCardBlock().meta.preview_value)
    assert page.select_one('a[href="tel:02003812345"]')
    assert page.select_one('a[href="mailto:pbgdpl@example.gov.vn"]')


@pytest.mark.django_db
def test_document_list_shows_type_and_size(tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    document = get_document_model().objects.create(
        title="Kế hoạch PBGDPL", file=SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4\n" * 300)
    )
    page = html_of(
        STREAM.child_blocks["documents"],
        {
            "title": "Tải về",
            "documents": [{"document": document.pk, "title": "", "description": ""}],
        },
    )
    link = page.find("a")
    assert link.get_text() == "Kế hoạch PBGDPL"
    assert "PDF" in page.select_one(".pbgdpl-documents__meta").get_text()
    assert "2,6" in page.select_one(".pbgdpl-documents__meta").get_text()


@pytest.mark.django_db
def test_embed_renders_cached_oembed_with_a_title_and_fallback_link():
    url = "https://www.youtube.com/watch?v=demo"
    Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        max_width=None,
        type="video",
        html='<iframe src="https://example.org/e"></iframe>',
        title="Video",
        provider_name="YouTube",
        width=640,
        height=360,
    )
    block = STREAM.child_blocks["embed"]
    page = html_of(block, {"url": url, "title": "Phim tình huống hòa giải", "caption": ""})
    # Nothing is fetched from the provider until the reader asks: the iframe waits in a
    # <template>, behind a link that opens the content on its own site.
    iframe = page.find("iframe")
    assert iframe["src"] == "https://example.org/e"
    assert iframe.find_parent("template").has_attr("data-pbgdpl-embed")
    load = page.select_one("a[data-pbgdpl-play]")
    assert load["href"] == url and "YouTube" in load.get_text()
    assert "Phim tình huống hòa giải" in load.get_text()
    assert page.select_one('[role="group"]')["aria-label"] == "Phim tình huống hòa giải"
    assert page.find("a", href=url)


@pytest.mark.django_db
def test_a_whole_stream_validates_and_renders_in_a_section(client, portal):
    image = ImageFactory()
    body = [
        {"type": "heading", "value": {"text": "Giới thiệu", "level": "h2", "anchor": ""}},
        {"type": "paragraph", "value": "<p>Nội dung <b>quan trọng</b></p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "decorative": False, "alt_text": "Ảnh"},
                "caption": "",
                "attribution": "",
            },
        },
        {"type": "callout", "value": {"tone": "warning", "title": "Lưu ý", "body": "<p>Hạn</p>"}},
    ]
    section = make_section(portal, body=body)
    response = client.get(section.url)
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one(".pbgdpl-stream h2").get_text() == "Giới thiệu"
    assert page.select_one(".pbgdpl-callout--warning")
    assert page.select_one(".pbgdpl-stream b").get_text() == "quan trọng"


def test_stream_reports_errors_per_block():
    bad = STREAM.to_python([{"type": "heading", "value": {"text": "", "level": "h2"}}])
    with pytest.raises(StreamBlockValidationError):
        STREAM.clean(bad)


def test_every_block_of_the_stream_has_a_template_label_and_description():
    for name, block in STREAM.child_blocks.items():
        assert block.get_template(block.get_default()), name
        assert block.meta.description, name
        assert block.meta.preview_template == "pbgdpl_wagtail/blocks/preview.html", name


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(STREAM.child_blocks))
def test_admin_preview_of_every_block(admin_client, name):
    ImageFactory()
    block = STREAM.child_blocks[name]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one('link[href$="pbgdpl_wagtail/css/pbgdpl.css"]')
    assert page.select_one(".pbgdpl-block-preview")


def test_validation_error_messages_are_translated():
    from django.utils import translation

    block = LinkTargetBlock()
    with translation.override("vi"), pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"page": None, "url": ""}))
    message = error.value.block_errors["url"]
    assert isinstance(message, ValidationError)
    assert message.messages == ["Hãy chọn một trang hoặc nhập một địa chỉ."]
