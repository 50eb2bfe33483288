"""docs/editor.md shows every page type and every block of its block table with a screenshot of
the demo (issue #9). Only files and references are checked: the screenshots themselves are made
by example_site/docs_screenshots.py, which is too slow for the suite."""

import re
from pathlib import Path

from django.apps import apps
from wagtail.fields import StreamField
from wagtail.models import Page

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EDITOR = DOCS / "editor.md"
IMAGES = DOCS / "img"
# Kept small so that the repository does not grow much with each regeneration.
MAX_BYTES = 150 * 1024
REGENERATE = "run example_site/docs_screenshots.py and reference the file in docs/editor.md"


def snake_case(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def page_models():
    # Every concrete page model of the package: all of them are public pages a province
    # publishes (PbgdplPage, the common base, is abstract and not listed by get_models()).
    return [
        model for model in apps.get_app_config("pbgdpl").get_models() if issubclass(model, Page)
    ]


def editor_text():
    return EDITOR.read_text(encoding="utf-8")


def section(text, heading):
    return text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


def table_rows(text):
    return [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]


def referenced_images(text):
    return set(re.findall(r"!\[[^\]]+\]\((img/[^)\s]+)\)", text))


def table_block_names():
    rows = table_rows(section(editor_text(), "Khối nội dung · Blocks"))[1:]
    names = [re.search(r"\(`([a-z_]+)`\)", row.split("|")[1]) for row in rows]
    assert all(names), "every row of the block table names its block: … (`name`)"
    return [name.group(1) for name in names]


def test_every_page_type_is_in_the_table_with_a_screenshot():
    text = editor_text()
    table = section(text, "Trang · Page types")
    references = referenced_images(text)
    models = page_models()
    assert len(models) >= 18, "the package's page models are found"
    missing = []
    for model in models:
        image = f"img/pages/{snake_case(model.__name__)}.jpg"
        if f"(`{model.__name__}`)" not in table:
            missing.append(f"{model.__name__}: no row in the page table")
        if not (DOCS / image).is_file() or image not in references:
            missing.append(f"{model.__name__}: {image} missing or not referenced ({REGENERATE})")
    assert not missing, "\n".join(missing)


def test_every_block_of_the_table_is_a_real_block_with_a_screenshot():
    names = table_block_names()
    assert len(names) >= 20
    # The names are those of the page models' streams, the class of the wrapper the screenshot
    # script looks for (block-<name>).
    stream_blocks = set()
    for model in page_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                stream_blocks.update(field.stream_block.child_blocks)
    references = referenced_images(editor_text())
    missing = []
    for name in names:
        image = f"img/blocks/{name}.jpg"
        if name not in stream_blocks:
            missing.append(f"{name}: not a block of any page's stream")
        if not (DOCS / image).is_file() or image not in references:
            missing.append(f"{name}: {image} missing or not referenced ({REGENERATE})")
    assert not missing, "\n".join(missing)


def test_no_screenshot_is_left_unreferenced_or_oversized():
    references = referenced_images(editor_text())
    files = sorted(IMAGES.glob("*/*.jpg"))
    assert files
    stale = [str(f.relative_to(DOCS)) for f in files if str(f.relative_to(DOCS)) not in references]
    assert not stale, f"screenshots docs/editor.md no longer shows: {stale}"
    large = [
        f"{f.name}: {f.stat().st_size // 1024} KB" for f in files if f.stat().st_size > MAX_BYTES
    ]
    assert not large, f"screenshots over {MAX_BYTES // 1024} KB: {large}"
