import unicodedata

import pytest

from pbgdpl_wagtail.search import fold, normalise

HOA_GIAI = "hòa giải"


@pytest.mark.parametrize(
    "typed",
    [
        "hoa giai",
        "hòa giải",
        "hoà giải",  # old tone placement
        "HOA GIAI",
        "HÒA GIẢI",
        unicodedata.normalize("NFD", "hòa giải"),  # decomposed input
        unicodedata.normalize("NFD", "HOÀ GIẢI"),
    ],
)
def test_every_spelling_of_hoa_giai_folds_alike(typed):
    assert fold(typed) == fold(HOA_GIAI) == "hoa giai"


def test_d_stroke_and_letters_with_two_marks():
    assert fold("Đồng Tâm địa phương") == "dong tam dia phuong"
    assert fold("ở cơ sở, kiện toàn, đậu") == "o co so, kien toan, dau"
    assert fold("25/2021/QĐ-TTg") == "25/2021/qd-ttg"


def test_normalise_composes_without_changing_letters():
    decomposed = unicodedata.normalize("NFD", "Luật Phổ biến")
    assert normalise(decomposed) == "Luật Phổ biến"
    assert len(normalise(decomposed)) < len(decomposed)
    assert normalise(None) == ""
