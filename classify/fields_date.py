"""The date of issue of a paper (``ngay_ban_hanh``), found in its OCR text.

``ngay_ban_hanh``: the place-and-date line ("Hà Giang, ngày 12 tháng 3 năm 2025", also "Làm tại:
xã X, ngày …", "……, ngày …", or in the header after a block OCR read onto the same line: "Số:
692/TTr-TNMT An Phú, ngày …"), then a labelled date at the start of a line ("Ngày cấp:", "Ngày
ký:", "Cấp ngày", "Ngày, tháng, năm đăng ký:", a card's "Ngày, tháng, năm:", "Date of issue", a
contract's "Hôm nay, ngày …", a receipt's "Ngày tiếp nhận:" / "Thời gian nhận hồ sơ:", "Ngày
lập:", "Ngày khám:"), then a date in words after a comma whose place OCR misread ("la Crai, ngày
…", "Hồi 09 giờ, ngày …" of minutes), then the first other date. Never a date of a "Căn cứ …",
"Theo đề nghị …" or "Xét …" paragraph, nor one that cites another paper on its line ("Luật …",
"Nghị định …", "số 27/GCN-UBND ngày …"), nor the certification stamped on a copy
(``copy_stamp_lines``: the copy's date), nor a birth, death ("Đã chết vào lúc …, ngày …"),
expiry, term ("Thời điểm đủ 5 năm liên tục"), identity card or appointment date ("Ngày hẹn trả
kết quả", "đến nhận kết quả vào ngày …"); in the header, though, a place-and-date line wins
whatever the "V/v …" OCR read before it on the same line cites. A place-and-date line ends a
citation paragraph whose ";" OCR lost. Numeric dates (dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy,
``_NUMERIC_DATE``) count when they are real calendar days from 1945 to 2100; a date in words
also when OCR misread its words or figures (``_WORDED_DATE``, ``_figures``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from classify.fields_text import MARK, Page, citation_lines, copy_stamp_lines

__all__ = ["find_date"]

_GAP = r"[\s.,…_:]*"
"""Spaces, or the dots of a form's blank that was filled in ("ngày ..20.. tháng ..4.."), or a
stray colon OCR read from a speck ("tháng : 3")."""
_FIGURE = r"((?<![a-z])[\dilt|!ou\u00f8]{1,2}(?![a-z])|\d{1,2})"
"""A day or a month written into a form's blank, also as OCR misreads figures in italics or a
pen's hand ("tháng I1", "tháng TÌ", "tháng TÔ": 11, 11, 10); see ``_figures``."""
_WORDED_DATE = re.compile(
    rf"[nh]gay{_GAP}(?:mung\s+)?{_FIGURE}(?:{_GAP}th?[a-z]ng{_GAP}|\s+){_FIGURE}"
    rf"(?:[a-z](?=\s))?{_GAP}n[a-z](?:m|rn|n)[\s.,…_]*(?:[a-z]\s+)?((?:19|2[0o])[\doli][\do])(?![\d?])")
"""A date in words; "ngày", "tháng" and "năm" also as OCR misreads them ("hgày", "táng",
"thống", "nărn"); "tháng" lost between two figures ("ngày 22 09 năm 2025"); a stray letter
after the month ("tháng 03n"); figures of the year read as round letters ("202ó", "2O14")."""
_LOOKS_ONE = str.maketrans("ilt|!ou\u00f8", "11111000")
_YEAR_FIGURE = str.maketrans("óòôơoOÓÒÔƠØøốớỐỚồổỗộờởỡợ", "600000600000666600000000")
"""The last figure of a year as OCR misreads it: a round letter with an acute is a 6 ("202ó",
"202ố"), any other round letter a 0; any figure before it read as a round letter is a 0
("2O14")."""
_YEAR_ROUND = str.maketrans("oOøØlI", "000011")
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.\-])(\d{1,2}|(?<![a-z])[\doø]{1,2}) ?([/.\-]) ?([\doø]{1,2}) ?\2 ?"
    r"(\d{4}|(?:19|2[0oø])[\doø]{2})(?![\d/\-])")
"""A date in figures: dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, also with a fraction slash ("⁄") and
with figures OCR read as round letters in a worn print ("17/3/2o26", "o2/3/2o26": 0)."""
_ROUND_FIGURE = str.maketrans("oø", "00")
_LABELLED_DATE = re.compile(
    MARK + r"(?:ngay cap|ngay ky|cap ngay|ngay ban hanh|ngay dang ky|hom nay"
    r"|ngay (?:tiep )?nhan(?: ho so)?|thoi gian (?:tiep )?nhan(?: ho so)?|ngay lap|ngay kham"
    r"|ngay,? thang,? nam (?:cap|dang ky|ky)|ngay,? thang,? nam\s*/\s*date"
    r"|ngay,? thang,? nam(?=\W*$)|dang ky lan dau"
    r"|date of issue)\b"
)
_NOT_ISSUE = re.compile(
    r"sinh|birth|gia tri|het han|expiry|den ngay|den het|thoi han|tu ngay|ke tu|cap ngay"
    r"|cccd|cmnd|can cuoc|dinh danh|ho chieu|\bhen\b|tra ket qua|nhan ket qua|thoi diem"
    r"|\bchet\b|qua doi|tu vong"
    r"|luat|nghi dinh|thong tu|quyet dinh|to trinh|cong van|hop dong|chi thi|thong bao"
    r"|\bso\b\s*:?\s*[^\s,;]*\d[^\s,;]*\s*(?:,\s*)?(?:ky\s*)?(?:ngay)?\s*$"
)
_BORN = re.compile(r"sinh|birth")
_HEADER_LINES = 8
"""The header of a paper (agency, number, motto, place and date) is within its first lines."""
_ADMIN_WORDS = frozenset({"xã", "phường", "thị", "trấn", "xa", "phuong", "thi", "tran", "huyện",
                          "huyen", "quận", "quan", "thành", "phố", "thanh", "pho", "tỉnh", "tinh",
                          "tại", "tai"})
_NOT_PLACE = frozenset({"hôm", "hom", "nay", "ngày", "ngay", "vào", "vao"})


def _is_place(head: str, in_header: bool) -> bool:
    """Whether ``head`` (a line up to the comma before "ngày") ends with a place name: one to
    six capitalised words or administrative words ("xã", "phường", …) or dots, standing at the
    start of the line, after a label ("Làm tại:") or after a code read onto the same line; in
    the header, after anything (OCR reads "V/v thu hồi đất" beside "An Phú, ngày …")."""
    tokens = head.rstrip().removesuffix(",").split()
    capitals = 0
    n = len(tokens)
    while n > 0 and len(tokens) - n < 6:
        word = tokens[n - 1]
        bare = word.strip(".…_")
        if not bare:
            capitals += 1  # "……, ngày …": a place left blank on a form
        elif bare.lower() in _NOT_PLACE:
            return False
        elif bare[0].isupper() and bare.replace(".", "").isalpha():
            capitals += 1
        elif bare.lower() not in _ADMIN_WORDS:
            break
        n -= 1
    if not capitals:
        return False
    if n == 0 or in_header:
        return True
    before = tokens[n - 1]
    return before.endswith(":") or not any(c.isalpha() for c in before) or any(
        c.isdigit() for c in before)


def _figures(read: str) -> str:
    """A day or a month as OCR read it, in figures: letters that look like "1" and "0" in
    italics or handwriting ("I1", "TÌ", "TÔ", folded "i1", "ti", "to") read as those."""
    return read.translate(_LOOKS_ONE)


def _year(read: str) -> str:
    """A year in words' date as OCR read it, in figures (``_YEAR_FIGURE``)."""
    return read[:-1].translate(_YEAR_ROUND) + read[-1:].translate(_YEAR_FIGURE)


def _iso(day: str, month: str, year: str) -> str | None:
    try:
        found = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return found.isoformat() if 1945 <= found.year <= 2100 else None


def find_date(page: Page) -> str | None:
    """The date of issue (see the module docstring for which date wins)."""
    text = "\n".join(page.folded).replace("\u2044", "/")  # a fraction slash OCR read: "3⁄2026"
    raw = "\n".join(page.raw)
    starts = [0]
    for line in page.folded:
        starts.append(starts[-1] + len(line) + 1)
    citations = citation_lines(page) | copy_stamp_lines(page)
    non_empty = [i for i, line in enumerate(page.raw) if line]
    header_end = non_empty[min(len(non_empty), _HEADER_LINES) - 1] if non_empty else -1
    found: dict[int, str] = {}
    matches = [(m.start(), _figures(m.group(1)), _figures(m.group(2)),
                _year(raw[m.start(3):m.end(3)]), True)
               for m in _WORDED_DATE.finditer(text)]
    matches += [(m.start(), *(m.group(g).translate(_ROUND_FIGURE) for g in (1, 3, 4)), False)
                for m in _NUMERIC_DATE.finditer(text)]
    for at, day, month, year, worded in sorted(matches):
        iso = _iso(day, month, year)
        line = bisect_right(starts, at) - 1
        if iso is None or line in citations:
            continue
        before = text[starts[line]:at]
        if _LABELLED_DATE.match(before):
            found.setdefault(1, iso)
            continue
        head = raw[starts[line]:at]
        if not text.startswith(("ngay", "hgay"), at):
            head = re.sub(r"(?i)\bng[àa]y\s*$", "", head)
            if head == raw[starts[line]:at]:  # a numeric date without "ngày": not a place line
                head = ""
        head = head.rstrip(" .…_")  # "Hướng Phùng, .ngày 21 …": a blank's dot before "ngày"
        place = head.endswith(",") and _is_place(head, line <= header_end)
        if place and line <= header_end and not _BORN.search(before):
            found.setdefault(0, iso)  # beside a "V/v …" OCR read onto the line, whatever it cites
        elif _NOT_ISSUE.search(before):
            continue
        else:
            # a date in words after a comma whose place OCR misread ("la Crai, ngày …") or
            # after the hour ("Hồi 09 giờ 00, ngày …" of minutes) before a date in figures
            found.setdefault(0 if place else 1.5 if worded and head.endswith(",") else 2, iso)
    return found[min(found)] if found else None
