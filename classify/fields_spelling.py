"""The spelling of a body's name printed in capitals, restored where OCR misread its marks.

OCR reads the small tone marks of capitals worst ("PHÒNG TÁI NGUYÊN", "TRUNG TÂM PHỤC VỤ HÀNH
CHÍNH CÕNG", "UỶ BAN NHẢN DÂN"): the letters are right, the marks are not. A body's name is
made of a few fixed words (the bodies of the administration, Nghị định 30/2020/NĐ-CP Phụ lục
I) and a place name. ``respell`` gives:

* the fixed words, a run of them matched without marks ("uy ban nhan dan", "tai nguyen va moi
  truong", "phuc vu hanh chinh cong"), their one spelling (the modern placement of the tone:
  "ỦY", "HÒA"), up to the first administrative word of a place ("XÃ", "TỈNH"): the place name
  after it is no fixed word ("XÃ PHONG ĐIỀN" is no "PHÒNG");
* a place name after its administrative word ("PHƯỜNG NHƠN THẢNH"), the spelling the paper
  itself prints in sentence case elsewhere, every word capitalised ("phường Nhơn Thành", "Nhơn
  Thành, ngày …"), where OCR reads the marks of small letters better; else as the list of
  provinces and places spells it when exactly one place with a mark OCR lost could be meant
  (``classify.spelling_lists``: "XÃ ĐÚC TRỌNG" is xã Đức Trọng; "TỈNH THANH HOÁ" stays, and
  "VĨNH THÀNH" is not made the listed Vĩnh Thạnh); else it is left as read.

Only letters' marks change: a word whose letters differ is never replaced, nor a name OCR read
without any mark at all (a faint print), nor the old placement of a tone ("UỶ", "HOÀ").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from classify.fields_text import Page, is_upper
from classify.spelling_lists import family_name, given_name, is_place, modern, place_name
from sohoa.text import fold, nfc

__all__ = ["copy_marks", "respell", "respell_name"]

_WORDS = (
    "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN MẶT TRẬN TỔ QUỐC", "BỘ PHẬN MỘT CỬA",
    "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
    "TRUNG TÂM HÀNH CHÍNH CÔNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "VĂN PHÒNG CÔNG CHỨNG",
    "VĂN PHÒNG", "PHÒNG", "SỞ", "CHI CỤC", "CỤC", "TỔNG CỤC", "CHI NHÁNH",
    "TÀI NGUYÊN VÀ MÔI TRƯỜNG", "NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    "TƯ PHÁP", "TƯ PHÁP - HỘ TỊCH",
    "KẾ HOẠCH VÀ ĐẦU TƯ", "TÀI CHÍNH - KẾ HOẠCH", "TÀI CHÍNH", "XÂY DỰNG", "KINH TẾ", "HẠ TẦNG",
    "KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", "QUẢN LÝ ĐÔ THỊ", "KINH TẾ - HẠ TẦNG", "VĂN HÓA - XÃ HỘI",
    "VĂN HÓA, KHOA HỌC VÀ THÔNG TIN", "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "NỘI VỤ", "Y TẾ",
    "GIÁO DỤC VÀ ĐÀO TẠO", "CÔNG THƯƠNG", "GIAO THÔNG VẬN TẢI", "ĐĂNG KÝ KINH DOANH",
    "CÔNG AN", "CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "QUẢN LÝ XUẤT NHẬP CẢNH",
    "BẢO HIỂM XÃ HỘI", "KHO BẠC NHÀ NƯỚC", "THUẾ", "KHU VỰC", "TÒA ÁN NHÂN DÂN",
    "VIỆN KIỂM SÁT NHÂN DÂN", "THI HÀNH ÁN DÂN SỰ", "ĐẢNG ỦY", "BAN QUẢN LÝ", "HỘI NÔNG DÂN",
    "HỘI LIÊN HIỆP PHỤ NỮ", "ĐOÀN THANH NIÊN", "HUYỆN", "THỊ XÃ", "THỊ TRẤN",
    "THÀNH PHỐ", "TỈNH", "PHƯỜNG", "XÃ", "ĐẶC KHU", "UBND", "HĐND", "BHXH", "KBNN", "TAND",
    "VKSND", "BỆNH VIỆN", "TRUNG TÂM Y TẾ", "TRẠM Y TẾ", "TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT",
    "DÂN TỘC VÀ TÔN GIÁO", "KHOA HỌC VÀ CÔNG NGHỆ", "VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "THUẾ CƠ SỞ", "PHÒNG CẢNH SÁT", "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "HỘ TỊCH",
    "MỘT CỬA", "BỘ PHẬN", "TRUNG TÂM", "ĐĂNG KÝ ĐẤT ĐAI",
)
"""Fixed words of bodies' names, each run spelt once (longest runs are tried first); never
"QUẬN", which reads as "QUẢN" ("QUẢN LÝ") without marks."""
_BY_FOLD = sorted(((fold(w), nfc(w)) for w in _WORDS), key=lambda p: -len(p[0]))
_PLACE_WORDS = ("thanh pho", "thi xa", "thi tran", "dac khu", "tinh", "huyen", "xa", "phuong")
_PLACE = re.compile(r"\b(?:" + "|".join((*_PLACE_WORDS, "quan")) + r")\s+"
                    r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})")


def _fixed(name: str) -> str:
    """``name`` with the runs of fixed words it starts with spelt as they are spelt, up to the
    first word that is none (a proper name follows: "CÔNG TY TNHH PHONG PHÚ" keeps its
    "PHONG"); a run OCR read in the old placement of the tone ("UỶ BAN NHÂN DÂN") is kept as
    read."""
    folded = fold(name)
    out = list(name)
    at = 0
    while at < len(folded):
        if not folded[at].isalnum():
            at += 1
            continue
        for key, word in _BY_FOLD:
            end = at + len(key)
            if folded.startswith(key, at) and (end == len(folded) or not folded[end].isalnum()):
                if modern("".join(out[at:end])) != word:
                    out[at:end] = list(word)
                if key in _PLACE_WORDS:
                    return "".join(out)  # a place name follows: "XÃ PHONG ĐIỀN" is no "PHÒNG"
                at = end
                break
        else:
            return "".join(out)
    return "".join(out)


def _place(name: str, page: Page) -> str:
    """``name`` with the place name after its administrative word spelt as the paper prints
    it in sentence case elsewhere, else as the list of places spells it when one place could
    be meant."""
    folded = fold(name)
    lines = [(raw, f) for raw, f in zip(page.raw, page.folded, strict=True)
             if raw and not is_upper(raw)]
    out = name
    for m in _PLACE.finditer(folded):
        words = m.group("name").split(" ")
        start = m.start("name")
        for n in range(len(words), 0, -1):
            key = " ".join(words[:n])
            read = out[start:start + len(key)]
            found = next((raw[i:i + len(key)] for raw, f in lines
                          if (i := _find_word(f, key)) >= 0
                          and all(w[:1].isupper() for w in raw[i:i + len(key)].split(" "))),
                         None)
            if found is not None:
                out = out[:start] + found.upper() + out[start + len(key):]
                break
            if is_place(read):
                break
            if (spelt := place_name(read)) is not None:
                out = out[:start] + spelt + out[start + len(key):]
                break
    return out


def _find_word(folded: str, key: str) -> int:
    """Where ``key`` stands in ``folded`` as whole words, or -1."""
    for m in re.finditer(re.escape(key), folded):
        end = m.end()
        if (m.start() == 0 or not folded[m.start() - 1].isalnum()) and (
                end == len(folded) or not folded[end].isalnum()):
            return m.start()
    return -1


def respell(name: str, page: Page) -> str:
    """``name``, a body's name printed in capitals, as it is spelt (see the module docstring);
    any other name unchanged."""
    if not is_upper(name) or fold(name) == name.lower():
        return name  # sentence case, or read without any mark: a faint print read alike
    spelt = copy_marks(_place(_fixed(nfc(name)), page), _INSIDE)
    return spelt if fold(spelt) == fold(name) else name


_INSIDE = ("chi nhánh", "khu vực", "ngân hàng", "trách nhiệm hữu hạn", "cổ phần")
"""Fixed words that stand inside a body's name, after its proper name ("NGÂN HÀNG TMCP PHƯƠNG
NAM CHỊ NHÁNH ĐỒNG THÁP"): their one spelling wherever they stand."""


def respell_name(name: str, capitals: bool = False) -> str:
    """``name`` (in title case) with the marks of its words restored where OCR misread them
    ("Nguyên Thi Hoa" is Nguyễn Thị Hoa): its family name and middle name, and every word of
    a name printed in ``capitals``, whose marks OCR reads worst ("BẢO TRẬN" is Bảo Trân), the
    first word against the family names, the others against the middle and given names
    (``classify.spelling_lists``: only a word no entry is and exactly one entry could be);
    never in a name read without any mark (a faint print)."""
    if fold(name) == name.lower():
        return name  # read without any mark: a faint print read alike
    words = name.split(" ")
    last = len(words) if capitals else min(2, len(words) - 1)
    for at in range(last):
        spelt = family_name(words[at]) if at == 0 else given_name(words[at])
        if spelt is not None:
            words[at] = spelt
    return " ".join(words)


def copy_marks(text: str, phrases: Sequence[str]) -> str:
    """``text`` with the marks of every phrase of ``phrases`` found in it as whole words
    without marks ("Đăng ký khai sính" holds "đăng ký khai sinh": Đăng ký khai sinh), each
    letter keeping the case ``text`` gives it; a phrase read as it is, in the old placement
    of a tone or without any mark (a faint print), is left as read. Longer phrases first."""
    out = list(text)
    folded = fold(text)
    for phrase in sorted(phrases, key=len, reverse=True):
        at = _find_word(folded, fold(phrase))
        if at < 0:
            continue
        read = "".join(out[at:at + len(phrase)])
        if modern(read.lower()) == modern(phrase.lower()) or fold(read) == read.lower():
            continue
        out[at:at + len(phrase)] = [p.upper() if r.isupper() else p.lower()
                                    for r, p in zip(read, phrase, strict=True)]
    return "".join(out)
