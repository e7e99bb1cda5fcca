"""The embedded index's document: ``body`` is given the folded words of the text, which the
analyzer cuts into exactly the words it would make of the text itself; a text holding a
piece that would be cut otherwise is given as it is."""

from __future__ import annotations

import pytest

from search_api import IndexRecord
from search_api.tantivy_doc import document, meta_text
from search_api.tantivy_text import ANALYZERS, FOLDED

TEXTS = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    "Giấy khai sinh số 12/2026/QĐ-UBND, ngày 01/11/2026; họ_và_tên: Nguyễn Văn Đống",
    "Straße ß ﬁle œuvre K Å ² x" + "y" * 70 + " ĐĐĐ" * 25,
    "mục ⑴ và ⒜: điều khoản ½",  # "⑴" folds to "(1)", which would be cut again
    "", "   \u00a0\t",
]


@pytest.mark.parametrize("text", TEXTS)
def test_body_holds_the_words_of_the_text_as_the_analyzer_makes_them(text: str) -> None:
    record = IndexRecord("doc-1", "000.00.12.H19-261121-0001", "giay_khai_sinh",
                         "Giấy khai sinh", "GIẤY KHAI SINH", "Đăng ký khai sinh", "UBND xã",
                         None, "2026-11-21", "", text, {"so": "12/QĐ"})
    body = document(record).to_dict()["body"][0]
    analyze = ANALYZERS[FOLDED].analyze
    assert analyze(body) == analyze(f"{text}\n{meta_text(record)}")
    if "⑴" in text:
        assert body.startswith(text)  # given as it is
    elif text.strip():
        assert body.split("\n")[0].isascii()
