from __future__ import annotations

import unicodedata

from sohoa.text import fold, nfc


def test_fold_removes_diacritics_and_d_bar() -> None:
    assert fold("Giấy khai sinh") == "giay khai sinh"
    assert fold("ĐẶNG Đình Đức") == "dang dinh duc"
    assert fold("Ủy ban nhân dân") == "uy ban nhan dan"


def test_fold_keeps_length_of_nfc_text() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung, phường Đống Đa")
    assert len(fold(decomposed)) == len(nfc(decomposed))


def test_nfc_composes() -> None:
    decomposed = unicodedata.normalize("NFD", "Quyết định")
    assert decomposed != "Quyết định"
    assert nfc(decomposed) == "Quyết định"
