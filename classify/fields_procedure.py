"""The administrative procedure a paper names (``thu_tuc``).

``thu_tuc``: the value of "Thủ tục [hành chính]:" / "Tên thủ tục:" / "Tên TTHC:" or, when no
line carries one of those, of the other labels receipts print the procedure under ("Loại hồ
sơ:", "Yêu cầu giải quyết:", "Nội dung yêu cầu:", "Tên hồ sơ:", "Về việc:", "V/v:", "Tên dịch vụ
công:", "Nội dung đề nghị:", "Hồ sơ:" at the start of a line); in a table row read without its
colon ("Loại hồ sơ Đăng ký khai tử") the label starts the line and the value starts with a
capital. The value runs up to the next label on its line (a label of a word and an abbreviation,
"Mã TTHC:", whole), joined with the next line or two when the name runs on: a line that starts
in lower case, or any line after a comma or a word that cannot end a name ("và", "của", "đối
với", "cấp đổi", "đăng ký", …); never an empty line, a label, a list item or a line in capitals.
A label with nothing after it (or only marks and a stray letter or two: "Thủ tục: . ; vả") takes
the next line ("Thủ tục hành chính:" / "Đăng ký kết hôn"), also in capitals. A certification's
"Việc chứng thực:" and a civil-status receipt's "Việc hộ tịch:" count as "Thủ tục:". A name runs
on over at most three more lines (a narrow table cell), a line in lower case even when a label
follows it on that line ("lẻ (Mã TTHC: …)"), a parenthesis in lower case, a line in capitals
after a name in capitals. In a table row read as one line without its colon, the rest of a
wrapped label at the start of the next line ("Tên thủ tục Cấp đổi …" / "hành chính hữu nhà ở …")
is left out and the next cell's label and value ("Số bộ 01", "Mã TTHC 1.000656") are cut off. On
a receipt with none of these labels, a table whose heading has a "Tên thủ tục" column names the
procedure in the row under it, after the row's number and up to the first word with a digit. A
national procedure code before or after the name ("2.000889.000.00.00.H56 - Chứng thực …", "Đăng
ký kết hôn (1.000894)", "[1.001193] Đăng ký khai sinh", "… - Mã: 1.001193") and quotation marks
around it are not part of the name (``procedure_code`` reads the code). A procedure's name or
wording of ``data/procedures.json`` found in the value without marks is given the marks it is
spelt with there, where OCR misread them (``classify.fields_spelling.copy_marks``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from classify.fields_spelling import copy_marks
from classify.fields_text import Page
from classify.procedure_match import scores
from sohoa.text import fold, nfc, normalise_space

__all__ = ["CODE", "find_procedure", "procedure_code"]

CODE = r"[12]\.\d{6}(?:\.[0-9A-Za-z]{2,3})*"
"""A national procedure code: "1.001193", or with the agency's suffix "1.001193.000.00.00.H19"."""
_LEADING_CODE = re.compile(rf"^(?:mã\s*(?:số\s*)?:?\s*)?[\[(]?\s*{CODE}\s*[\])]?\s*[-–:.]?\s*",
                           re.IGNORECASE)
_TRAILING_CODE = re.compile(
    rf"\s*[-–:,;]?\s*[\[(]?\s*(?:mã\s*(?:số\s*)?(?:tthc\s*|thủ tục\s*)?:?\s*)?{CODE}\s*[\])]?$",
    re.IGNORECASE)
_QUOTES = "\"'“”‘’«»"
_CODE_LABEL = re.compile(rf"(?<![a-z])ma\s+(?:so\s+)?(?:thu tuc(?: hanh chinh)?|tthc)\s*:?\s*"
                         rf"({CODE.replace('A-Za-z', 'a-z')})")

_BETWEEN = (r"(?:\s+(?:hanh chinh|tthc|de nghi|yeu cau|can|duoc|giai quyet|thuc hien|ho so"
            r"|cong|dich vu|nop|dang ky thuc hien)){0,4}\s*(?:\([^)]{0,24}\)\s*)?"
            r"(?:/\s*(?:procedure|service)[a-z' ]{0,20}?\s*)?")
"""Words a receipt may print between "Thủ tục" and its colon ("Thủ tục hành chính đề nghị giải
quyết:", "Tên thủ tục yêu cầu:", "Thủ tục (TTHC):"), and the English of a bilingual slip
("Thủ tục / Procedure:")."""
_PROCEDURE = re.compile(rf"(?<![a-z])(?:ten\s+)?(?:thu tuc(?: hanh chinh)?|tthc){_BETWEEN}[:;|]\s*")
"""The label, its colon read as a semicolon too (OCR often does)."""
_STRAY = r"(?:\W+[a-z]{1,2})?\W*"
"""A mark or a letter or two OCR read after a label in its cell ("Tên thủ tục c", "Loại hồ sơ
-")."""
_CERTIFYING = re.compile(r"(?<![a-z])viec (?:chung thuc|ho tich)\s*[:;|]\s*")
"""A certification's receipt names what is certified under "Việc chứng thực:", a civil-status
one the event registered under "Việc hộ tịch:", as precisely as "Thủ tục:" names a procedure."""
_BARE = re.compile(rf"^\W*(?:ten\s+)?(?:thu tuc(?: hanh chinh)?|tthc){_BETWEEN}{_STRAY}$")
"""The label alone on its line without a colon: a table's cell, its value read as the next
line."""
_OTHER_LABELS = (r"loai ho so|(?:noi dung\s+)?yeu cau(?: giai quyet)?|noi dung(?: ho so)?"
                 r"|ten ho so|ho so ve viec|ve viec|v\s*/\s*v|ten dich vu(?: cong)?"
                 r"|noi dung de nghi|de nghi giai quyet")
_BARE_OTHER = re.compile(
    rf"^\W*(?:loai (?:ho so|thu tuc|viec)|(?:noi dung\s+)?yeu cau(?: giai quyet)?|ten ho so"
    rf"|noi dung de nghi|de nghi giai quyet){_STRAY}$")
"""A table's label cell of the procedure alone on its line ("Loại hồ sơ", "Nội dung yêu cầu"):
the value is the next line's, taken when it names a procedure (``_names_procedure``)."""
_OTHER = re.compile(rf"(?<![a-z])(?<!nguoi )(?:{_OTHER_LABELS})\s*:\s*"
                    r"|^\W*(?:\d{1,2}\s*[.)]\s*)?(?:ho so|dich vu)\s*:\s*")
"""The other labels, and "Hồ sơ:" or a kiosk's "Dịch vụ:" at the start of a line, after a
point's number too ("4. Hồ sơ:"; not "Mã hồ sơ:", "Số hồ sơ:")."""
_ROW = re.compile(rf"^(?:(?:ten\s+)?(?:thu tuc(?: hanh chinh)?|tthc)|{_OTHER_LABELS})\s+(?=\S)")
"""A table row's label, read without its colon, at the start of the line."""
_LABEL_WORDS = 5
"""A label is at most this many words before its colon, the first capitalised."""
_RUNS_ON = re.compile(
    r"(?:[,\-–]|\b(?:và|của|đối với|cho|về|theo|trong|tại|hoặc|do|có|cấp|cấp đổi|cấp lại"
    r"|đăng ký|điều chỉnh|gia hạn|chứng thực|giấy|phiếu|bản sao|nhánh|xã|phường|quận|huyện"
    r"|tỉnh|thị trấn|thành phố|thửa|số))\s*$", re.IGNORECASE)
"""A line that cannot end a procedure's name: the next line goes on with it even when it
starts with a capital ("… cấp đổi" / "Giấy chứng nhận …", "… đối với" / "Người cao tuổi"): a
verb of issuing or a paper's head noun does not end a procedure's name, nor a word a proper name
follows ("… chi nhánh" / "Đức Hòa", "… phường" / "Tân Định")."""
_LABEL_REST = re.compile(r"^(?:hanh chinh|\(?tthc\)?)(?:\s+(?:yeu cau|de nghi|can))?"
                         r"(?:\s+giai quyet)?\s+(?=\S)")
"""The rest of a table row's label that its narrow cell wrapped ("Tên thủ tục" / "hành
chính"): OCR reads it at the start of the value's next line."""
_NEXT_CELL = re.compile(
    r"(?<=\S)\s+(?:Số (?:bộ|lượng|hồ sơ|điện thoại)|Mã(?: TTHC| thủ tục| số)?\s+[\d.]|Lĩnh vực"
    r"|Ngày (?:hẹn|nhận|nộp|trả)|Thời (?:gian|hạn)|Hạn (?:trả|giải quyết)|Cơ quan|Người nộp"
    r"|Địa chỉ|Điện thoại)\b")
"""The next cell of a table's row read on the same line as a procedure, its label without a
colon ("Thủ tục Đăng ký khai tử Số bộ 01")."""
_RUN_LINES = 3
"""The most lines a name runs on to after its first (a narrow table cell wraps a long name)."""
_TITLE_CASE = re.compile(r"^[^\W\d_][^\W\d_A-ZĐ]+$")
_LIST_ITEM = re.compile(r"^(?:\d+[.)]|[a-zđ]\)|[-–•+*])\s")


def _is_label_line(raw: str) -> bool:
    head = raw[:50]
    letters = [c for c in raw if c.isalpha()]
    upper = len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return ":" in head or bool(_LIST_ITEM.match(raw)) or upper


def _capitals(raw: str) -> bool:
    """A line of a name printed in capitals: no label, no list item, no digit."""
    letters = [c for c in raw if c.isalpha()]
    return (len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
            and ":" not in raw and not _LIST_ITEM.match(raw) and not any(c.isdigit() for c in raw))


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


def _labelled(page: Page) -> list[tuple[int, int, bool]]:
    """(line, offset of the value, whether the value must name a procedure) of every procedure
    label, "Thủ tục" labels first; a dot OCR read between a label's words is a space
    ("Yêu.cầu:")."""
    first: list[tuple[int, int, bool]] = []
    other: list[tuple[int, int, bool]] = []
    for i, folded in enumerate(page.folded):
        folded = _DOT_BETWEEN.sub(" ", folded)
        m = _PROCEDURE.search(folded) or _CERTIFYING.search(folded)
        if m is not None and not folded[: m.start()].endswith(("ma ", "ma")):  # "Mã TTHC:"
            first.append((i, m.end(), False))
        elif _BARE.match(folded.strip()):
            first.append((i, len(folded), False))
        elif _BARE_OTHER.match(folded.strip()):
            other.append((i, len(folded), True))
        else:
            m = _OTHER.search(folded) or _ROW.match(folded)
            if m is not None and (m.re is _OTHER or page.raw[i][m.end():][:1].isupper()):
                other.append((i, m.end(), False))
    return first + other


_COMMON_WORDS = ("chi nhánh", "ngân hàng", "quyền sử dụng đất", "thửa đất", "tờ bản đồ",
                 "nhà ở riêng lẻ", "giấy chứng nhận", "giấy phép xây dựng", "tài sản gắn liền")
"""Words receipts print in a procedure's name beside those of ``data/procedures.json``, given
their marks where OCR misread them ("chỉ nhánh Đức Hòa")."""
def _spelt(value: str) -> str:
    """``value`` with the marks of the known procedures' wordings and of ``_COMMON_WORDS``."""
    return copy_marks(value, (*_known_names(), *_COMMON_WORDS))


_DOT_BETWEEN = re.compile(r"(?<=[a-z])\.(?=[a-z])")
NAMES_SCORE = 0.4
"""How well (``classify.procedure_match.scores``) the line under a label cell of its own
("Loại hồ sơ", "Nội dung yêu cầu") must name some procedure of ``data/procedures.json`` to be
taken as the procedure: a list of papers, a count or a fee under a label like it names none
as well."""


def _names_procedure(value: str) -> bool:
    """Whether ``value`` names some procedure in its own words, by meaning."""
    found = scores(value, [(name, *wordings) for name, wordings in _wordings()])
    return bool(found) and found[0].score >= NAMES_SCORE


_GLUED_DOT = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])|(?<=[^\W\d_])\.\s+(?=[^\W\d_A-ZĐ])")
"""A dot of a form's leader OCR read inside a name ("khai tử.cho", "người. yêu. cầu"): no
sentence goes on in small letters after a full stop."""
_STRAY_BAR = re.compile(r"(?<=[^\W\d_A-ZĐ]) [Il|!] (?=[^\W\d_A-ZĐ])")
"""A leader's dot read as a bar between two words in small letters ("riêng I lẻ")."""


def _clean(value: str) -> str:
    """The name without a national code before or after it, nor quotation marks round it, nor
    the dots and bars of a form's leader OCR read inside it."""
    value = _TRAILING_CODE.sub("", _LEADING_CODE.sub("", value))
    value = _STRAY_BAR.sub(" ", _GLUED_DOT.sub(" ", value.strip().lstrip(".,;:|-–")))
    return normalise_space(value).strip(_QUOTES).strip()


def find_procedure(page: Page, receipt: bool = False) -> str | None:
    """The procedure named on the paper, joined over the lines it runs on to; on a receipt
    (``receipt``) that labels it in none of the known ways, the value of a labelled line that
    names a known procedure (``_named_in_text``)."""
    for i, start, check in _labelled(page):
        if (value := _value_at(page, i, start)) is not None and (
                not check or _names_procedure(value)):
            return value
    return (_under_heading(page) or _named_in_text(page)) if receipt else None


_HEADING = re.compile(r"^\W*(?:stt|tt|so tt)\s+(?:[^:\n]*\s)?(?:ten\s+)?"
                      r"(?:thu tuc(?: hanh chinh)?|tthc)(?:\s+[^:\n]*)?$")
"""A table's heading row with a column for the procedure ("STT Tên thủ tục Mã hồ sơ Ngày hẹn
trả"): the row under it names the procedure after its number."""
_ROW_NUMBER = re.compile(r"^\W*\d{1,2}[.)]?\s+")
_FIRST_NUMBER = re.compile(r"\s+\S*\d")


def _under_heading(page: Page) -> str | None:
    """The procedure in the row under a table's heading with a "Tên thủ tục" column: the row's
    text after its number, up to the first word with a digit (the dossier's code, a date, a
    count)."""
    for i, folded in enumerate(page.folded[:-1]):
        if not _HEADING.match(folded):
            continue
        row = page.raw[i + 1]
        if not (number := _ROW_NUMBER.match(row)):
            return None
        value = row[number.end():]
        if cut := _FIRST_NUMBER.search(value):
            value = value[: cut.start()]
        value = value.strip(" |.,;-–")
        return _spelt(value) if len(value.split()) >= 2 else None
    return None


def _blank(value: str) -> bool:
    """Whether ``value`` holds no name: only marks, or a word of a letter or two that OCR read
    in a form's leader ("Thủ tục: . ; vả")."""
    words = [w for w in re.findall(r"[^\W\d_]+", value) if len(w) >= 2]
    return len(words) < 2 and not any(len(w) >= 3 for w in words)


def _value_at(page: Page, i: int, start: int) -> str | None:
    """The procedure's name from offset ``start`` of line ``i`` (after its label)."""
    row = ":" not in page.raw[i][:start] and ";" not in page.raw[i][:start]
    value, labelled = _before_label(page.raw[i][start:])
    if row and (cell := _NEXT_CELL.search(value)):
        value, labelled = value[: cell.start()], True  # "Đăng ký khai tử Số bộ 01"
    if not labelled and _blank(value):
        value = ""
    first = i + 1
    while (not value.strip() and not labelled and first < min(len(page.raw), i + _RUN_LINES)
           and page.raw[first] and sum(c.isalpha() for c in page.raw[first]) < 2):
        first += 1  # a mark or a stray letter OCR read in the cell under the label
    if not value.strip() and not labelled and first < len(page.raw) and page.raw[first] and (
            not _is_label_line(page.raw[first]) or _capitals(page.raw[first])):
        value, labelled = _before_label(page.raw[first])  # the name under its label
        first += 1
    parts = [_LEADING_CODE.sub("", value.strip())]
    for at, nxt in enumerate(page.raw[first: first + _RUN_LINES], first):
        if row and (rest := _LABEL_REST.match(page.folded[at])):
            nxt = nxt[rest.end():]  # "Tên thủ tục Cấp đổi …" / "hành chính hữu nhà ở …"
        goes_on = (nxt[:1].islower() or bool(re.match(r"\(\s*[^\W\d_A-ZĐ]", nxt))
                   or (_capitals(nxt) and _capitals(parts[-1])))
        if labelled or not nxt or (_is_label_line(nxt) and not goes_on) or not (
                goes_on or _RUNS_ON.search(parts[-1])):
            break  # a line in lower case runs on even when a label follows ("lẻ (Mã TTHC: …)"),
            # and one in capitals after a name in capitals
        value, labelled = _before_label(nxt)
        parts.append(value)
    value = _clean(normalise_space(" ".join(parts)).strip(" |"))
    value = re.sub(r"\s*\([^)]*$", "", value).rstrip(" .;,-–|")
    if len(value) >= 3 and not re.fullmatch(CODE, value):
        return _spelt(value)
    return None


_PAPERS = re.compile(r"^\W*(?:\d+\s*[.)]\s*)?(?:thanh phan|danh muc|giay to)")
"""Where a receipt's list of papers begins ("1. Thành phần hồ sơ gồm:"): the papers' names
("Tờ khai đăng ký khai sinh") are not the procedure."""


def _named_in_text(page: Page) -> str | None:
    """A receipt that labels its procedure in none of the known ways ("Loại việc: …") may
    still print it under a label of its own: the value of the line above the list of papers
    that holds the longest name or wording of ``data/procedures.json``, as printed. A wording
    in a sentence without a label gives nothing: the procedure's own name would not be what
    the receipt printed."""
    lines: list[str] = []
    for folded in page.folded:
        if _PAPERS.match(folded):
            break
        lines.append(f" {normalise_space(re.sub(r'[^0-9a-z]+', ' ', folded))} ")
    best: tuple[str, str, int] | None = None
    for name, wordings in _wordings():
        for w in wordings:
            at = next((n for n, line in enumerate(lines) if f" {w} " in line), None)
            if at is not None and (best is None or len(w) > len(best[0])):
                best = (w, name, at)
    if best is None:
        return None
    wording, _, at = best
    # under a label of its own ("Loại việc: …"): the value as printed, when it holds the wording
    colon = page.raw[at].find(":")
    if 0 < colon <= 60 and (value := _value_at(page, at, colon + 1)) is not None and (
            f" {wording} " in f" {normalise_space(re.sub(r'[^0-9a-z]+', ' ', fold(value)))} "):
        return value
    return None


@lru_cache(maxsize=1)
def _wordings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each procedure's name as spelt in ``data/procedures.json`` and its folded wordings."""
    doc = json.loads(resources.files("classify").joinpath("data/procedures.json").read_text(
        encoding="utf-8"))
    out = []
    for p in doc.get("procedures", ()):
        words = {normalise_space(re.sub(r"[^0-9a-z]+", " ", fold(t)))
                 for t in (p.get("name", ""), *p.get("match", ())) if t}
        out.append((nfc(p.get("name", "")), tuple(sorted(w for w in words if w))))
    return tuple(out)


@lru_cache(maxsize=1)
def _known_names() -> tuple[str, ...]:
    """The names and wordings of the procedures of ``data/procedures.json``, as spelt there."""
    doc = json.loads(resources.files("classify").joinpath("data/procedures.json").read_text(
        encoding="utf-8"))
    return tuple(nfc(text) for p in doc.get("procedures", ())
                 for text in (p.get("name", ""), *p.get("match", ())) if text)


def procedure_code(page: Page) -> str | None:
    """The national procedure code the paper prints under "Mã thủ tục:", "Mã TTHC:" or
    "Mã số TTHC:", or beside the procedure's name under its label; None when it prints none."""
    for folded in page.folded:
        if m := _CODE_LABEL.search(folded):
            return m.group(1).upper()
    for i, start, _ in _labelled(page):
        if m := re.search(CODE, page.raw[i][start:]):
            return m.group(0).upper()
    return None
