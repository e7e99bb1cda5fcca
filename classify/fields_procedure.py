"""The administrative procedure a paper names (``thu_tuc``).

``thu_tuc``: the value of "Thủ tục [hành chính]:" / "Tên thủ tục:" / "Tên TTHC:" or, when no line
carries one of those, of the other labels receipts print the procedure under ("Loại hồ sơ:", "Yêu
cầu giải quyết:", "Nội dung yêu cầu:", "Tên hồ sơ:", "Về việc:", "V/v:", "Tên dịch vụ công:", "Nội
dung đề nghị:", "Hồ sơ:" at the start of a line); in a table row read without its colon ("Loại hồ sơ
Đăng ký khai tử") the label starts the line and the value starts with a capital. The value runs up
to the next label on its line (a label of a word and an abbreviation, "Mã TTHC:", whole), joined
with the next line or two when the name runs on: a line that starts in lower case, or any line after
a comma or a word that cannot end a name ("và", "của", "đối với", "cấp đổi", "đăng ký", …); never an
empty line, a label, a list item or a line in capitals.
"""

from __future__ import annotations

import re

from classify.fields_text import Page
from sohoa.text import normalise_space

__all__ = ["find_procedure"]

_PROCEDURE = re.compile(r"(?<![a-z])(?:ten\s+)?(?:thu tuc(?: hanh chinh)?|tthc)\s*:\s*")
_OTHER_LABELS = (r"loai ho so|(?:noi dung\s+)?yeu cau(?: giai quyet)?|noi dung(?: ho so)?"
                 r"|ten ho so|ho so ve viec|ve viec|v\s*/\s*v|ten dich vu(?: cong)?"
                 r"|noi dung de nghi|de nghi giai quyet")
_OTHER = re.compile(rf"(?<![a-z])(?<!nguoi )(?:{_OTHER_LABELS})\s*:\s*|^\W*ho so\s*:\s*")
"""The other labels, and "Hồ sơ:" at the start of a line (not "Mã hồ sơ:", "Số hồ sơ:")."""
_ROW = re.compile(rf"^(?:(?:ten\s+)?(?:thu tuc(?: hanh chinh)?|tthc)|{_OTHER_LABELS})\s+(?=\S)")
"""A table row's label, read without its colon, at the start of the line."""
_LABEL_WORDS = 5
"""A label is at most this many words before its colon, the first capitalised."""
_RUNS_ON = re.compile(
    r"(?:[,\-–]|\b(?:và|của|đối với|cho|về|theo|trong|tại|hoặc|do|có|cấp|cấp đổi|cấp lại"
    r"|đăng ký|điều chỉnh|gia hạn|chứng thực|giấy|phiếu|bản sao))\s*$", re.IGNORECASE)
"""A line that cannot end a procedure's name: the next line goes on with it even when it
starts with a capital ("… cấp đổi" / "Giấy chứng nhận …", "… đối với" / "Người cao tuổi"): a
verb of issuing or a paper's head noun does not end a procedure's name."""
_TITLE_CASE = re.compile(r"^[^\W\d_][^\W\d_A-ZĐ]+$")
_LIST_ITEM = re.compile(r"^(?:\d+[.)]|[a-zđ]\)|[-–•+*])\s")


def _is_label_line(raw: str) -> bool:
    head = raw[:50]
    letters = [c for c in raw if c.isalpha()]
    upper = len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return ":" in head or bool(_LIST_ITEM.match(raw)) or upper


def _before_label(value: str) -> tuple[str, bool]:
    """``value`` up to the next label on its line ("Đăng ký khai sinh Lĩnh vực: Hộ tịch"), and
    whether there was one."""
    colon = value.find(":")
    if colon < 0:
        return value, False
    words = value[:colon].split(" ")
    for n in range(len(words) - 1, max(-1, len(words) - 1 - _LABEL_WORDS), -1):
        if words[n][:1].isupper():
            if n > 1 and words[n].isupper() and _TITLE_CASE.match(words[n - 1]):
                n -= 1  # "Mã TTHC:", "Số CCCD:": a label of a word and an abbreviation
            return " ".join(words[:n]), True
    return value[:colon], True


def _labelled(page: Page) -> list[tuple[int, int]]:
    """(line, offset of the value) of every procedure label, "Thủ tục" labels first."""
    first: list[tuple[int, int]] = []
    other: list[tuple[int, int]] = []
    for i, folded in enumerate(page.folded):
        m = _PROCEDURE.search(folded)
        if m is not None and not folded[: m.start()].endswith(("ma ", "ma")):  # "Mã TTHC:"
            first.append((i, m.end()))
        else:
            m = _OTHER.search(folded) or _ROW.match(folded)
            if m is not None and (m.re is _OTHER or page.raw[i][m.end():][:1].isupper()):
                other.append((i, m.end()))
    return first + other


def find_procedure(page: Page) -> str | None:
    """The procedure named on the paper, joined over the lines it runs on to."""
    for i, start in _labelled(page):
        value, labelled = _before_label(page.raw[i][start:])
        parts = [value]
        for nxt in page.raw[i + 1: i + 3]:
            if labelled or not nxt or _is_label_line(nxt) or not (
                    nxt[0].islower() or _RUNS_ON.search(parts[-1])):
                break
            value, labelled = _before_label(nxt)
            parts.append(value)
        value = re.sub(r"\s*\([^)]*$", "", normalise_space(" ".join(parts))).rstrip(" .;,")
        if len(value) >= 3:
            return value
    return None
