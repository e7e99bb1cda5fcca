"""Key fields of a document, found by pattern in its OCR text.

``ma_ho_so`` (receipt code), ``so_ky_hieu`` (number and symbol), ``ngay_ban_hanh`` (date of
issue, ISO), ``co_quan_ban_hanh`` (issuing body), ``so_cccd`` (12-digit personal identification
number), ``thu_tuc`` (procedure) and ``ho_ten`` (the person the paper is about; see
``classify.names``).

Labels are looked for in folded text (lower case, no diacritics: a faint scan loses tone
marks) and values are cut from the original at the same offsets (``sohoa.text.fold`` keeps
them). The national motto is cut out of every line first: OCR often reads it on the same line
as the agency header ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").

When a paper carries several candidates, this wins:

* ``ngay_ban_hanh``: the place-and-date line ("Hà Giang, ngày 12 tháng 3 năm 2025", also
  "Làm tại: xã X, ngày …", "……, ngày …", or in the header after a block OCR read onto the
  same line: "Số: 692/TTr-TNMT An Phú, ngày …"), then a labelled date at the start of a line
  ("Ngày cấp:", "Ngày ký:", "Cấp ngày", "Ngày, tháng, năm đăng ký:", "Date of issue", a
  contract's "Hôm nay, ngày …"), then the first other date. Never a date of a "Căn cứ …",
  "Theo đề nghị …" or "Xét …" paragraph, nor one that cites another paper on its line
  ("Luật …", "Nghị định …", "số 27/GCN-UBND ngày …"), nor a birth, expiry, term or identity
  card date. Numeric dates (dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy) count when they are real
  calendar days from 1945 to 2100.
* ``so_ky_hieu``: the paper's own number ("Số: 692/TTr-TNMT", "Số 15/GPXD": "Số" with a
  capital at the start of one of the first twelve lines, the first one: under the agency in
  the Decree 30/2020 layout; a receipt's after its series, "Ký hiệu: AG-23E Số: 0001234")
  beats the numbers of registers; then, each at the start of a line: "Số biên lai", "Số vào
  sổ [cấp GCN]", "Số công chứng" / "Số chứng thực", "Số đăng ký", "Số seri" / "Số phát
  hành", "Quyển số", "Số hồ sơ". A land-use certificate is filed by its register number ("Số
  vào sổ cấp GCN"), so for ``giay_chung_nhan_qsdd`` that comes first. Codes are given without
  spaces.
* ``co_quan_ban_hanh``: the upper-case agency header at the top left. When it names a parent
  body and then the body under it ("UBND TỈNH HÀ GIANG" / "SỞ TƯ PHÁP"), the body that issued
  the paper is the last one, and it takes the parent's place name when it has none of its own
  ("SỞ TƯ PHÁP TỈNH HÀ GIANG"; "CÔNG AN PHƯỜNG ĐÔNG HẢI" keeps its own). A line that only goes
  on with the name ("HUYỆN VỊ XUYÊN", "VÀ MÔI TRƯỜNG", "CHI NHÁNH CÀ MAU" under a bank) joins
  it. The header stands above the title and within the first eight lines. Without one
  (certificates), the body of the signature block that names its place: "TM. ỦY BAN NHÂN DÂN
  / HUYỆN X", or a body above a signer's title ("SỞ … / TỈNH X / KT. GIÁM ĐỐC"). As printed,
  in capitals.
* ``so_cccd``: only a 12-digit number labelled as a personal identification number (CCCD,
  căn cước, CMND/CCCD, số định danh cá nhân, an ID card's "Số / No."), the first one, also in
  groups or boxes ("0010 8823 6497"); never a bare number, never one whose label speaks of an
  account, a telephone, a tax code, a contract or a passport.
* ``thu_tuc``: the value of "Thủ tục [hành chính]:" / "Tên thủ tục:" / "Tên TTHC:", up to the
  next label on its line, joined with the next line or two when the name runs on: a line that
  starts in lower case, or any line after a comma or a word that cannot end a name ("và",
  "của", "đối với", …); never an empty line, a label, a list item or a line in capitals.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date

from classify.names import find_name
from sohoa.text import fold, nfc, normalise_space

__all__ = ["FIELD_NAMES", "RECEIPT_CODE", "extract_fields"]

FIELD_NAMES = ("ma_ho_so", "so_ky_hieu", "ngay_ban_hanh", "co_quan_ban_hanh", "so_cccd",
               "thu_tuc", "ho_ten")
"""Every field ``extract_fields`` can report, in the order it reports them."""

RECEIPT_CODE = re.compile(r"\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}")

_MOTTO = re.compile(
    r"cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam"
    r"|doc\s*lap\s*[-–—.,]*\s*tu\s*do\s*[-–—.,]*\s*hanh\s*phuc"
    r"|socialist\s*republic\s*of\s*viet\s*nam"
    r"|independence\s*[-–—.,]*\s*freedom\s*[-–—.,]*\s*happiness"
    r"|^[\s\-–—_=.*~]{3,}$"
)


@dataclass(frozen=True, slots=True)
class Page:
    """A document's text as lines: ``raw`` (NFC, spaces collapsed, the motto cut out, ``""``
    for an empty line) and ``folded`` (the same, folded: same offsets)."""

    raw: tuple[str, ...]
    folded: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Page:
        """Split and clean ``text``."""
        raw: list[str] = []
        for line in nfc(text).splitlines():
            line = normalise_space(line)
            folded = fold(line)
            for m in reversed(list(_MOTTO.finditer(folded))):
                line = line[: m.start()] + " " + line[m.end():]
                folded = folded[: m.start()] + " " + folded[m.end():]
            raw.append(normalise_space(line))
        return cls(tuple(raw), tuple(fold(line) for line in raw))


# --- dates -----------------------------------------------------------------------------------

_MARK = r"^[^\w]*(?:(?:\d+(?:\.\d+)*[.)]|[a-z]\)|[ivx]+\.)\s*)?"
"""The start of a folded line, with the number or bullet of a list item."""
_GAP = r"[\s.…_]*"
"""Spaces, or the dots of a form's blank that was filled in ("ngày ..20.. tháng ..4..")."""
_WORDED_DATE = re.compile(
    rf"ngay{_GAP}(\d{{1,2}}){_GAP}thang{_GAP}(\d{{1,2}}){_GAP}nam{_GAP}(\d{{4}})(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2}) ?([/.\-]) ?(\d{1,2}) ?\2 ?(\d{4})(?![\d/\-])")
_CITATION_START = re.compile(_MARK + r"(?:can cu|theo de nghi|xet de nghi|xet don|xet to trinh)\b")
_LABELLED_DATE = re.compile(
    _MARK + r"(?:ngay cap|ngay ky|cap ngay|ngay ban hanh|ngay dang ky|hom nay"
    r"|ngay,? thang,? nam (?:cap|dang ky|ky)|ngay,? thang,? nam\s*/\s*date"
    r"|date of issue)\b"
)
_NOT_ISSUE = re.compile(
    r"sinh|birth|gia tri|het han|expiry|den ngay|den het|thoi han|tu ngay|ke tu|cap ngay"
    r"|cccd|cmnd|can cuoc|dinh danh|ho chieu"
    r"|luat|nghi dinh|thong tu|quyet dinh|to trinh|cong van|hop dong|chi thi|thong bao"
    r"|\bso\b\s*:?\s*[^\s,;]*\d[^\s,;]*\s*(?:,\s*)?(?:ky\s*)?(?:ngay)?\s*$"
)
_HEADER_LINES = 8
"""The header of a paper (agency, number, motto, place and date) is within its first lines."""
_CITATION_LINES = 4
"""A citation paragraph whose end OCR lost is taken to stop after this many lines."""
_ADMIN_WORDS = frozenset({"xã", "phường", "thị", "trấn", "xa", "phuong", "thi", "tran", "huyện",
                          "huyen", "quận", "quan", "thành", "phố", "thanh", "pho", "tỉnh", "tinh",
                          "tại", "tai"})
_NOT_PLACE = frozenset({"hôm", "hom", "nay", "ngày", "ngay", "vào", "vao"})


def _citation_lines(page: Page) -> set[int]:
    """Lines of the paragraphs that cite other papers ("Căn cứ …;", "Theo đề nghị … ."): a
    paragraph runs on until a line that ends with ";", "." or ":"."""
    lines: set[int] = set()
    left = 0
    for i, folded in enumerate(page.folded):
        if _CITATION_START.match(folded):
            left = _CITATION_LINES
        if left:
            lines.add(i)
            left -= 1
            if not folded or folded.rstrip().endswith((";", ".", ":")):
                left = 0
    return lines


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


def _iso(day: str, month: str, year: str) -> str | None:
    try:
        found = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return found.isoformat() if 1945 <= found.year <= 2100 else None


def find_date(page: Page) -> str | None:
    """The date of issue (see the module docstring for which date wins)."""
    text = "\n".join(page.folded)
    raw = "\n".join(page.raw)
    starts = [0]
    for line in page.folded:
        starts.append(starts[-1] + len(line) + 1)
    citations = _citation_lines(page)
    non_empty = [i for i, line in enumerate(page.raw) if line]
    header_end = non_empty[min(len(non_empty), _HEADER_LINES) - 1] if non_empty else -1
    found: dict[int, str] = {}
    matches = [(m.start(), m.group(1), m.group(2), m.group(3))
               for m in _WORDED_DATE.finditer(text)]
    matches += [(m.start(), m.group(1), m.group(3), m.group(4))
                for m in _NUMERIC_DATE.finditer(text)]
    for at, day, month, year in sorted(matches):
        iso = _iso(day, month, year)
        line = bisect_right(starts, at) - 1
        if iso is None or line in citations:
            continue
        before = text[starts[line]:at]
        if _LABELLED_DATE.match(before):
            found.setdefault(1, iso)
            continue
        if _NOT_ISSUE.search(before):
            continue
        head = raw[starts[line]:at]
        if not text.startswith("ngay", at):
            head = re.sub(r"(?i)\bng[àa]y\s*$", "", head)
            if head == raw[starts[line]:at]:  # a numeric date without "ngày": not a place line
                found.setdefault(2, iso)
                continue
        if head.rstrip().endswith(",") and _is_place(head, line <= header_end):
            found.setdefault(0, iso)
        else:
            found.setdefault(2, iso)
    return found[min(found)] if found else None


# --- numbers ---------------------------------------------------------------------------------

_NUMBER = re.compile(
    r"[A-ZĐ]{1,3} ?\d{4,9}(?![^\W_])"
    r"|\d[^\W_]*(?:(?: ?/ ?|[-.]| - (?=[A-ZĐ\d]{2,}(?![^\W_])))[^\W_]+)*"
)
_OWN_NUMBER = re.compile(
    r"^(?:.*\bky hieu\s*:\s*\S+\s+)?[^\w]*(?P<so>so)\s*(?P<colon>[:.]?)\s*(?=[A-Za-z]{0,3} ?\d)")
"""A line that starts with the paper's number ("Số: 12/QĐ-UBND"), also after a receipt's
series read onto the same line ("Mẫu số: 01BLP0-001 Ký hiệu: AG-23E Số: 0001234")."""
_REGISTERS = (
    re.compile(r"so bien lai"),
    re.compile(r"so vao so(?: cap (?:gcn|giay chung nhan))?"),
    re.compile(r"so (?:cong chung|chung thuc)"),
    re.compile(r"so dang ky"),
    re.compile(r"so seri(?:al)?|so phat hanh|seri"),
    re.compile(r"quyen so"),
    re.compile(r"so ho so"),
)
_REGISTER_AT = tuple(re.compile(_MARK + r"(?:" + label.pattern + r")\b\s*[:.]?\s*")
                     for label in _REGISTERS)
_OWN_NUMBER_LINES = 12
"""The paper's own number stands in its header: within its first non-empty lines."""


def _code(raw: str) -> str | None:
    m = _NUMBER.match(raw)
    return re.sub(r"\s+", "", m.group(0)) if m else None


def find_number(page: Page, doc_type: str | None = None) -> str | None:
    """The number and symbol of the paper (see the module docstring for which wins)."""
    own: str | None = None
    registers: dict[int, str] = {}
    seen = 0
    for i, (raw, folded) in enumerate(zip(page.raw, page.folded, strict=True)):
        seen += bool(raw)
        if (own is None and seen <= _OWN_NUMBER_LINES and (m := _OWN_NUMBER.match(folded))
                and raw[m.start("so")] == "S"):  # "…Căn cước công dân / số: 0960…" runs on
            own = _code(raw[m.end():])
            if own and not m.group("colon") and "/" not in own and len(own) < len(
                    raw[m.end():].strip(" .")):
                own = None  # "Số 27 đường Kênh Xáng" is an address, "Số 15/GPXD" a number
        for rank, label in enumerate(_REGISTER_AT):
            if rank in registers or (m := label.match(folded)) is None:
                continue
            value = _code(raw[m.end():])
            if value is None and i + 1 < len(page.raw):  # "Số vào sổ cấp GCN:" / "CH 05563"
                value = _code(page.raw[i + 1])
            if value is not None:
                registers[rank] = value
    if doc_type == "giay_chung_nhan_qsdd" and 1 in registers:
        return registers[1]
    if own is not None:
        return own
    return registers[min(registers)] if registers else None


# --- personal identification number ----------------------------------------------------------

_ID_LABEL = re.compile(
    r"cmnd\s*/\s*cccd|cccd|cmnd|can cuoc(?: cong dan)?|(?:so )?dinh danh(?: ca nhan)?"
    r"|personal identification number|identity card|(?P<card>\bso\s*/\s*no\b\.?)"
)
_ID_VALUE = re.compile(r"[^\d]{0,45}?(?<!\d)(\d{12})(?!\d)")
_ID_SPACED = re.compile(r"[^\d]{0,45}?(?<!\d)(\d{1,4}(?:[ .|]\d{1,4}){2,11})(?!\d)")
"""Twelve digits in groups or boxes, as OCR reads a form's boxed number ("0 0 1 0 8 8 …")."""
_NOT_ID = re.compile(r"tai khoan|\bstk\b|account|dien thoai|phone|\bdt\b|ma so thue|\bfax\b"
                     r"|hop dong|so tien|ho chieu|passport")


def find_id_number(page: Page, doc_type: str | None = None) -> str | None:
    """The first 12-digit number labelled as a personal identification number."""
    text = "\n".join(page.folded)
    id_card = doc_type == "ban_sao_cccd" or "can cuoc" in text or "identity card" in text
    for label in _ID_LABEL.finditer(text):
        if label.group("card") and not id_card:
            continue  # "Số / No." names the ID number on an identity card only
        m = _ID_VALUE.match(text, label.end()) or _ID_SPACED.match(text, label.end())
        if m is None or sum(c.isdigit() for c in m.group(1)) != 12:
            continue
        gap = text[label.end():m.start(1)]
        if gap.count("\n") > 1 or _NOT_ID.search(gap):
            continue
        return re.sub(r"\D", "", m.group(1))
    return None


# --- procedure -------------------------------------------------------------------------------

_PROCEDURE = re.compile(r"(?<![a-z])(?:ten\s+)?(?:thu tuc(?: hanh chinh)?|tthc)\s*:\s*")
_LABEL_WORDS = 5
"""A label is at most this many words before its colon, the first capitalised."""
_RUNS_ON = re.compile(r"(?:[,\-–]|\b(?:và|của|đối với|cho|về|theo|trong|tại|hoặc|do|có))\s*$",
                      re.IGNORECASE)
"""A line that cannot end a procedure's name: the next line goes on with it even when it
starts with a capital ("… cấp đổi" / "Giấy chứng nhận …" does not; "… đối với" does)."""
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
            return " ".join(words[:n]), True
    return value[:colon], True


def find_procedure(page: Page) -> str | None:
    """The procedure named on the paper, joined over the lines it runs on to."""
    for i, folded in enumerate(page.folded):
        m = _PROCEDURE.search(folded)
        if m is None or folded[: m.start()].endswith(("ma ", "ma")):  # "Mã TTHC:", a code
            continue
        value, labelled = _before_label(page.raw[i][m.end():])
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


# --- issuing body ----------------------------------------------------------------------------

_BODY_WORDS = (r"uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|so|bo|tong cuc|chi cuc|cuc|phong"
               r"|van phong|trung tam|cong an|toa an|vien kiem sat|kho bac|bao hiem xa hoi"
               r"|benh vien|truong|cong ty|ngan hang|ban quan ly|ban")
_BODY_START = re.compile(
    rf"^(?!truong (?:phong|ban)\b)(?:{_BODY_WORDS}|chi nhanh)\b(?!\s*[:.]?\s*\d|\s+truong\b)")
"""A line that starts a body's name ("SỞ …", not "SỐ: 12", not "CỤC TRƯỞNG", a title)."""
_BRANCH_OF_BODY = re.compile(rf"^chi nhanh\s+(?:{_BODY_WORDS})\b")
_BRANCH = re.compile(r"^chi nhanh\b")
_TITLE_WORDS = re.compile(
    r"^\W*(?:quyet dinh|giay|don|bien lai|bien ban|bien nhan|phieu|hop dong|to khai|to trinh"
    r"|trich luc|thong bao|cong van|bao cao|ban sao|can cuoc|van ban|ke hoach|chung nhan"
    r"|nghi quyet|chi thi|lenh|danh sach|bang ke)\b")
_PLACE_WORD = re.compile(r"\b(?:tỉnh|tinh|thành phố|thanh pho|tp|huyện|huyen|quận|thị xã|thi xa"
                         r"|xã|xa(?! hội| hoi)|phường|phuong|thị trấn|thi tran)\b")
"""Words that start a place name, matched in lower case with diacritics ("QUẢN LÝ" is no
"QUẬN")."""
_ON_BEHALF = re.compile(rf"\b(?:tm|t/m)\s*[.:]?\s*(?=(?:{_BODY_WORDS})\b)")
_SIGNER = re.compile(
    r"^(?:kt|tm|tl|tuq|q|t/m)\s*[.:]|^(?:pho\s+)?(?:chu tich|(?:tong )?giam doc|hieu truong"
    r"|thu truong|cuc truong|vu truong|truong (?:phong|ban|khoa)|chanh (?:van phong|an|thanh tra)"
    r")\b")
"""A signer's title in a signature block ("KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC")."""
_SERIAL_PREFIX = re.compile(r"^[A-ZĐ]{1,3} ?\d{4,9}\s+")


def _upper(raw: str) -> bool:
    letters = [c for c in raw if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _issuing_body(lines: list[tuple[str, str]]) -> str:
    """The last body of a header of (raw, folded) lines, with the parent's place name when it
    has none of its own."""
    bodies: list[list[tuple[str, str]]] = []
    for raw, folded in lines:
        new = _BRANCH_OF_BODY.match(folded) if _BRANCH.match(folded) else _BODY_START.match(
            folded)
        if new or not bodies:
            bodies.append([(raw, folded)])
        else:
            bodies[-1].append((raw, folded))
    name = " ".join(raw for raw, _ in bodies[-1])
    if not _PLACE_WORD.search(name.lower()):
        for parent in reversed(bodies[:-1]):
            whole = " ".join(raw for raw, _ in parent)
            if m := _PLACE_WORD.search(whole.lower()):
                name = f"{name} {whole[m.start():]}"
                break
    return normalise_space(name)


def find_agency(page: Page) -> str | None:
    """The body that issued the paper (see the module docstring)."""
    lines = [(r, f) for r, f in zip(page.raw, page.folded, strict=True) if r][:8]
    for n, (raw, folded) in enumerate(lines):
        if _upper(raw) and _TITLE_WORDS.match(folded):
            break  # the header stands above the title
        if not (_upper(raw) and _BODY_START.match(folded)):
            continue
        header = [(raw, folded)]
        for nxt_raw, nxt_folded in lines[n + 1: n + 4]:
            if (not _upper(nxt_raw) or _TITLE_WORDS.match(nxt_folded)
                    or _OWN_NUMBER.match(nxt_folded) or _SIGNER.match(nxt_folded)):
                break
            header.append((nxt_raw, nxt_folded))
        return _issuing_body(header)
    return _signing_body(page)


def _signing_body(page: Page) -> str | None:
    """The body in a signature block: "TM. ỦY BAN NHÂN DÂN / THÀNH PHỐ X", or a body and its
    place above a signer's title ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG / TỈNH HÀ GIANG / KT. GIÁM
    ĐỐC"); only one that names its place."""
    lines = [(r, f) for r, f in zip(page.raw, page.folded, strict=True) if r]
    for i, (raw, folded) in enumerate(lines):
        if m := _ON_BEHALF.search(folded):
            name = raw[m.end():]
        elif (_upper(raw) and _BODY_START.match(folded) and not _TITLE_WORDS.match(folded)
              and any(_SIGNER.match(f) for _, f in lines[i + 1: i + 3])):
            name = raw
        else:
            continue
        nxt = _SERIAL_PREFIX.sub("", lines[i + 1][0]) if i + 1 < len(lines) else ""
        if _upper(nxt) and _PLACE_WORD.match(nxt.lower()):
            name = f"{name} {nxt}"
        if _upper(name) and _PLACE_WORD.search(name.lower()):
            return normalise_space(name)
    return None


# --- all fields ------------------------------------------------------------------------------

_FINDERS: dict[str, Callable[[Page, str | None], str | None]] = {
    "ma_ho_so": lambda page, _: (m.group(0) if (m := RECEIPT_CODE.search("\n".join(page.raw)))
                                 else None),
    "so_ky_hieu": find_number,
    "ngay_ban_hanh": lambda page, _: find_date(page),
    "co_quan_ban_hanh": lambda page, _: find_agency(page),
    "so_cccd": find_id_number,
    "thu_tuc": lambda page, _: find_procedure(page),
    "ho_ten": lambda page, doc_type: find_name(page.raw, page.folded, doc_type),
}


def extract_fields(text: str, doc_type: str | None = None,
                   wanted: Collection[str] | None = None) -> dict[str, str]:
    """Find the key fields of a document in its text; absent fields are left out.

    ``doc_type`` (an id of ``data/document_types.json``) settles what differs by type: the
    register number of a land-use certificate, the person a decision names in its body.
    ``wanted`` (the fields the type carries) limits the answer to those; None reports every
    field found. Dates are ISO, names in title case, codes without spaces.
    """
    page = Page.of(text)
    fields: dict[str, str] = {}
    for name, finder in _FINDERS.items():
        if wanted is not None and name not in wanted:
            continue
        if (value := finder(page, doc_type)) is not None:
            fields[name] = value
    return fields
