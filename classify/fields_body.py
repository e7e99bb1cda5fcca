"""The body that issued a paper (``co_quan_ban_hanh``), found in its OCR text.

``co_quan_ban_hanh``: the upper-case agency header at the top left, above the title and
within the first eight lines (an addressee block, "Kính gửi:" and the lines in capitals or
dashes under it, is never part of it). When it names a parent body and then the body under it
("UBND TỈNH PHÚ THỌ" / "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "BỘ CÔNG AN" / "CỤC CẢNH SÁT …"), the
body that issued the paper is the last one, as printed; it takes the parent's place name only
when the paper itself names it so ("Sở Tư pháp tỉnh Yên Bái xác nhận"); a one-stop counter
that names no place ("BỘ PHẬN MỘT CỬA" under "ỦY BAN NHÂN DÂN XÃ ĐỨC TRỌNG") is the people's
committee's, which issued the slip. A line that only goes
on with the name ("PHƯỜNG BẾN THÀNH" under "ỦY BAN NHÂN DÂN", "VÀ MÔI TRƯỜNG", "CHI NHÁNH CÀ
MAU" under a bank or a company) joins it; the branch of any other body issued the paper ("VĂN
PHÒNG ĐĂNG KÝ ĐẤT ĐAI" / "CHI NHÁNH HUYỆN X"). Bodies may be abbreviated (UBND, KBNN, BHXH,
TAND, VKSND, VPĐKĐĐ, TTPVHCC, TTHCC, TTYT, BV); party and mass organisations (ĐẢNG ỦY, HỘI,
ĐOÀN, MẶT TRẬN) are bodies too. A company or a bank on the first line may be in sentence case
("Công ty TNHH Điện lực …"). Then the seller's or collector's label of an invoice or a receipt
("Đơn vị bán hàng:", "Đơn vị:", "Tên người bán:"), up to the next label on its line. A form a
citizen fills in (its title "ĐƠN …", "TỜ KHAI …", "GIẤY ĐỀ NGHỊ …", "PHIẾU YÊU CẦU …") has no
issuing body: the body it is sent to is its addressee, the one that confirms it at the foot
did not issue it. Otherwise (certificates) the body of the signature block that names its
place: "TM. ỦY BAN NHÂN DÂN / HUYỆN X", or a body above a signer's title ("SỞ … / TỈNH X /
KT. GIÁM ĐỐC"). As printed, in capitals when printed so; the marks OCR misread on the fixed
words of a body's name and on a place name the paper prints elsewhere are restored
(``classify.fields_spelling``).
"""

from __future__ import annotations

import re

from classify.fields_number import OWN_NUMBER
from classify.fields_spelling import respell
from classify.fields_text import Page, is_upper
from classify.header_lines import is_noise, segments
from classify.spelling_lists import is_place
from sohoa.text import fold, normalise_space

__all__ = ["find_agency"]

_BODY_WORDS = (r"uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|so(?! (?:ho|khau|yeu|tiet|muc|theo))"
               r"|bo|tong cuc|chi cuc|cuc|phong"
               r"|van phong|trung tam|cong an|toa an|vien kiem sat|kho bac|bao hiem xa hoi"
               r"|benh vien|truong|cong ty|ngan hang|ban (?:quan ly|quan tri|chi dao|chi huy"
               r"|dai dien|thuong truc|thuong vu|to chuc|tuyen giao|dan van|dan toc|boi thuong"
               r"|giai phong|kiem soat|kinh te|phap che|van hoa|an ninh|nhan dan|cong tac|bao ve"
               r"|tiep cong|thi dua|dieu hanh|chap hanh|giam sat|thanh tra|xa hoi|chuyen)"
               r"|kbnn|bhxh|tand|vksnd|ttpvhcc|tthcc|ttyt|bv"
               r"|vp ?dkdd|dang uy|dang bo|hoi|doan|mat tran"
               r"|dai hoc|vien(?! chuc)|thanh tra|hop tac xa|htx|lien hiep hop tac xa"
               r"|(?:huyen|tinh|thanh|quan|thi) uy|nha ho sinh|don (?:bien phong|cong an)"
               r"|doi (?:canh sat|cong an|thue|quan ly|thi hanh an|kiem tra|phong chay)")
_BODY_START = re.compile(
    rf"^(?!truong (?:phong|ban)\b)(?:{_BODY_WORDS}|chi nhanh)\b"
    r"(?!\s*[:.]?\s*\d|\s+truong\b|\s*[:/(]|\s+(?:cmnd|cccd|dien thoai|tai khoan|hieu)\b)")
"""A line that starts a body's name ("SỞ …", not "SỐ: 12", "SỐ CMND:", not "CỤC TRƯỞNG", a
title)."""
_NUMBER_BESIDE = re.compile(r"\s+s[o06]\s*(?:\(\s*no\.?\s*\)\s*)?[:.]\s*(?:[a-z]{0,3} ?\d|/).*$")
"""The paper's number read onto the agency's line ("PHÒNG TƯ PHÁP Số: 41/PTP-CT"): cut off."""
_BRANCH_OF_BODY = re.compile(rf"^chi nhanh\s+(?:{_BODY_WORDS})\b")
_BRANCHES_JOIN = re.compile(r"^(?:ngan hang|cong ty|tong cong ty|hop tac xa)\b")
"""Bodies whose branch is named with them ("NGÂN HÀNG …" / "CHI NHÁNH BẾN TRE"); a branch of
any other body is the body that issued ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI" / "CHI NHÁNH HUYỆN X")."""
_BRANCH = re.compile(r"^chi nhanh\b")
_TITLE_WORDS = re.compile(
    r"^\W*(?:quyet dinh|giay|don|bien lai|bien ban|bien nhan|phieu|hop dong|to khai|to trinh"
    r"|trich luc|thong bao|cong van|bao cao|ban sao|can cuoc|van ban|ke hoach|chung nhan"
    r"|nghi quyet|chi thi|lenh|danh sach|bang ke|xac nhan|hoa don|the|so do|so yeu"
    r"|so (?:ho khau|bao hiem|tiet kiem|muc ke|dia chinh|theo doi|hong|do)|ban (?:ve|tin|do|dich"
    r"|ke|khai|cam ket|thoa thuan|tu|mo ta|hop)|noi quy|thuc don|thoi khoa bieu|lich|bang"
    r"|chuong trinh|uy nhiem chi|danh ba|trich do|thong cao|dieu le|to roi|phuong an)\b")
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


_APPLICATION = re.compile(
    r"^\W*(?:don\b|to khai|ban khai|giay de nghi|phieu (?:de nghi|yeu cau|dang ky)"
    r"|van ban de nghi|giay cam doan|ban cam ket)")
"""The title of a form a citizen fills in: the body it goes to is its addressee, not its
issuer."""
_ADDRESSEE = re.compile(r"^\W*kinh\s*gui\b")
_SELLER = re.compile(
    r"^\W*(?:(?:ten\s+)?don vi(?:\s+ban(?:\s+hang)?|\s+thu(?:\s+(?:tien|phi|le phi))?"
    r"(?:\s*,\s*le phi)?)?|(?:ten\s+)?nguoi ban|ten don vi)\s*(?:\([^)]{0,20}\))?\s*:\s*")
"""The label of the body that sells or collects on an invoice or a receipt ("Đơn vị bán hàng:",
"Đơn vị:" at the top of a "Phiếu thu"; never "Đơn vị mua hàng")."""
_NEXT_LABEL = re.compile(r"\s+(?:mau so|ma so|dia chi|so tai khoan|dien thoai|mst)\b")
_COMPANY = re.compile(r"^(?:cong ty|ngan hang|tong cong ty|hop tac xa)\b")
_SELLER_LINES = 14
_GOES_ON = 4
"""The most pieces of a header (``classify.header_lines``) a body's name goes on over."""


def _header_lines(page: Page) -> list[tuple[str, str]]:
    """The first eight non-empty (raw, folded) lines, without the addressee block ("Kính
    gửi:" and the lines in capitals or dashes under it), and without the paper's number
    where OCR read it onto the agency's line."""
    lines: list[tuple[str, str]] = []
    addressee = False
    kept = 0
    for raw, folded in zip(page.raw, page.folded, strict=True):
        if (cut := _NUMBER_BESIDE.search(folded)) and raw[cut.start():].lstrip()[:1] == "S":
            raw, folded = raw[:cut.start()], folded[:cut.start()]
        if not raw:
            continue
        if _ADDRESSEE.match(folded):
            addressee = True
        elif addressee and (is_upper(raw) or raw.lstrip().startswith(("-", "–", "+", "•"))):
            pass
        else:
            addressee = False
            if OWN_NUMBER.match(folded):
                lines.append((raw, folded))
            else:
                lines.extend((p, fold(p)) for p in segments(raw)
                             if not is_noise(p) or _place_goes_on(lines, p, page))
            kept += 1
            if kept == 8:
                break
    return lines


def _place_goes_on(lines: list[tuple[str, str]], piece: str, page: Page) -> bool:
    """Whether a short piece ("PHÚ") is the end of the place name a header line in capitals
    wrapped ("ỦY BAN NHÂN DÂN HUYỆN AN" / "PHÚ"): a word of letters whose place, joined, is
    a place of the list or is printed elsewhere on the paper (its place-and-date line)."""
    if not lines or not piece.isalpha() or not is_upper(lines[-1][0]):
        return False
    starts = list(_PLACE_WORD.finditer(lines[-1][0].lower()))
    if not starts:
        return False
    place = normalise_space(f"{lines[-1][0][starts[-1].end():]} {piece}")
    return len(place.split(" ")) >= 2 and (
        is_place(place) or f" {fold(place)}" in f" {' '.join(page.folded)}".replace(
            fold(lines[-1][0]), ""))


_COUNTER = re.compile(r"^bo phan (?:mot cua|tiep nhan)")
"""A one-stop counter ("BỘ PHẬN MỘT CỬA", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")."""
_COMMITTEE = re.compile(r"^(?:uy ban nhan dan|ubnd)\b")


def _issuing_body(lines: list[tuple[str, str]], page: Page) -> str:
    """The last body of a header of (raw, folded) lines; with the parent's place name when it
    has none of its own and the paper prints the name so ("Sở Tư pháp tỉnh Yên Bái"); a
    one-stop counter that names no place is its people's committee's."""
    bodies: list[list[tuple[str, str]]] = []
    for raw, folded in lines:
        if _BRANCH.match(folded):
            new = _BRANCH_OF_BODY.match(folded) or (
                bodies and not _BRANCHES_JOIN.match(bodies[-1][0][1]))
        else:
            new = _BODY_START.match(folded)
        if new or not bodies:
            bodies.append([(raw, folded)])
        else:
            bodies[-1].append((raw, folded))
    name = normalise_space(" ".join(raw for raw, _ in bodies[-1]))
    if _COUNTER.match(fold(name)) and not _PLACE_WORD.search(name.lower()):
        for parent in reversed(bodies[:-1]):
            whole = normalise_space(" ".join(raw for raw, _ in parent))
            if _COMMITTEE.match(fold(whole)) and _PLACE_WORD.search(whole.lower()):
                return whole  # "UBND XÃ LONG HỒ" / "BỘ PHẬN MỘT CỬA": the committee's counter
    if not _PLACE_WORD.search(name.lower()):
        whole_text = normalise_space(" ".join(page.folded))
        for parent in reversed(bodies[:-1]):
            whole = " ".join(raw for raw, _ in parent)
            if m := _PLACE_WORD.search(whole.lower()):
                full = normalise_space(f"{name} {whole[m.start():]}")
                if fold(full) in whole_text:
                    name = full
                break
    return name


def _header_body(page: Page) -> str | None:
    """The body of the header above the title: one in capitals, or a company or a bank
    named in sentence case on the first line."""
    lines = _header_lines(page)
    for n, (raw, folded) in enumerate(lines):
        if is_upper(raw) and _TITLE_WORDS.match(folded):
            return None  # the header stands above the title
        if n == 0 and not is_upper(raw) and _COMPANY.match(folded) and ":" not in raw:
            return raw
        if not (is_upper(raw) and _BODY_START.match(folded)):
            continue
        header = [(raw, folded)]
        for nxt_raw, nxt_folded in lines[n + 1: n + 1 + _GOES_ON]:
            if (not is_upper(nxt_raw) or _TITLE_WORDS.match(nxt_folded)
                    or OWN_NUMBER.match(nxt_folded) or _SIGNER.match(nxt_folded)):
                break
            header.append((nxt_raw, nxt_folded))
        return _issuing_body(header, page)
    return None


def _seller(page: Page) -> str | None:
    """The body after a seller's or collector's label near the top ("Đơn vị bán hàng: CÔNG TY
    TNHH …"), up to the next label on its line."""
    seen = 0
    for raw, folded in zip(page.raw, page.folded, strict=True):
        seen += bool(raw)
        if seen > _SELLER_LINES:
            break
        if (m := _SELLER.match(folded)) is None:
            continue
        value, value_folded = raw[m.end():], folded[m.end():]
        if cut := _NEXT_LABEL.search(value_folded):
            value, value_folded = value[:cut.start()], value_folded[:cut.start()]
        value = value.strip(" .,;")
        if len(value) > 3 and (is_upper(value) or _COMPANY.match(value_folded)):
            return value
    return None


def _is_application(page: Page) -> bool:
    """Whether the paper's title (a line in capitals near the top) names a citizen's form."""
    lines = [(r, f) for r, f in zip(page.raw, page.folded, strict=True) if r][:12]
    for raw, folded in lines:
        if is_upper(raw) and _TITLE_WORDS.match(folded):
            return bool(_APPLICATION.match(folded))
    return False


def find_agency(page: Page) -> str | None:
    """The body that issued the paper (see the module docstring), spelt as it is
    (``classify.fields_spelling``)."""
    if found := _header_body(page) or _seller(page):
        return respell(found, page)
    if _is_application(page):
        return None  # a form a citizen fills in; a body that confirms it did not issue it
    found = _signing_body(page)
    return respell(found, page) if found else None


def _signing_body(page: Page) -> str | None:
    """The body in a signature block: "TM. ỦY BAN NHÂN DÂN / THÀNH PHỐ X", or a body and its
    place above a signer's title ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG / TỈNH HÀ GIANG / KT. GIÁM
    ĐỐC"); only one that names its place."""
    lines = [(r, f) for r, f in zip(page.raw, page.folded, strict=True) if r]
    for i, (raw, folded) in enumerate(lines):
        if m := _ON_BEHALF.search(folded):
            name = raw[m.end():]
        elif (is_upper(raw) and _BODY_START.match(folded) and not _TITLE_WORDS.match(folded)
              and any(_SIGNER.match(f) for _, f in lines[i + 1: i + 3])):
            name = raw
        else:
            continue
        nxt = _SERIAL_PREFIX.sub("", lines[i + 1][0]) if i + 1 < len(lines) else ""
        if is_upper(nxt) and _PLACE_WORD.match(nxt.lower()):
            name = f"{name} {nxt}"
        if is_upper(name) and _PLACE_WORD.search(name.lower()):
            return normalise_space(name)
    return None
