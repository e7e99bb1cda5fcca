"""The person a paper is about (``ho_ten``), found by its label.

Labels, looked for in folded text (no diacritics, lower case): "Họ và tên", "Họ tên", "Họ, chữ
đệm, [và] tên [khai sinh]" with what follows them before the colon ("người yêu cầu", "người đi
khai sinh", "chủ hộ", "/ Full name"), "Full name", "Tên người …:" / "Tên chủ …:" ("Tên người nộp
tiền", "Tên chủ đầu tư"), "Chủ đầu tư:", "Tên tổ chức, cá nhân đề nghị:" (a construction
permit's application; an organisation there names no one), "Người …:" at the start of a line
("Người yêu cầu", "Người đề nghị", "Người nộp hồ sơ", "Người được ủy quyền", "Người sử dụng
đất", "Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất" of the land certificate of Thông
tư 10/2024/TT-BTNMT; not the staff: "Người tiếp nhận", "Người thu tiền"), "Ông:", "Bà:",
"Ông/bà:", "Hộ ông:", "Bên …:" at the start of a line, "Tôi là", "Tôi tên là", "Tên:" at the
start of a line (a land registration form's "1.1. Tên:"), "Cho:" / "Cấp cho:", "Tiếp nhận hồ sơ
của:" / "Nhận của:" (the one-stop receipt) and "Tên (viết chữ in hoa):"
at the start of a line; "xác nhận:", "công nhận … cho:", "cấp bằng cho:"; a bar read for a
table's rule takes a colon's place. A table's row read as one line without its colon: "Họ và
tên" at the start of a line, its lower-case qualifier, then the name ("Họ và tên người nộp
NGUYỄN VĂN AN"); a person's label cell ("Người nộp", "Người yêu cầu", "Chủ hộ") alone on its
line with the name on the next, or before it on the same line (the rest of a wrapped label
passed over); a "Họ và tên …" alone on its line whose colon OCR lost. The first label whose
value is a name wins: the applicant comes before the people the application names, the child
before the parents on a birth certificate (a parent's name, "Họ và tên mẹ:", only when the paper
names no one else), bên A before bên B, the husband before the wife on a marriage certificate;
never staff (the clerk, the seller, the midwife, the one who drew up a receipt). A contract
whose first party is an organisation ("BÊN CHO THUÊ (Bên A): Công ty …") names no person. A form
that labels no one is about the citizen who signs it: the whole line under a signature heading
of the citizen's own ("NGƯỜI LÀM ĐƠN", "Người cam kết", "NGƯỜI KHAI" alone on its line, then
"(Ký, ghi rõ họ tên)"); an official who signs (CHỦ TỊCH, GIÁM ĐỐC) and two signers side by side
name no one. A decision names no one by label: its person is the first "ông" or "bà" followed by
a name in its text ("Về việc cho phép hộ ông Dương Văn Tú …", "Điều 1. … đối với bà Ngô Thị /
Thanh Hương, …").

A name is two to six words, each a plausible Vietnamese syllable (letters only, a vowel, at most
seven letters; a single capital letter too), all in capitals or all in title case. It ends at
punctuation, at a word of another case, or at the next label on its line ("Sinh ngày", "Giới
tính", "Dân tộc", "Số CCCD", "Địa chỉ", …, also misread), or where a label of any words begins:
a title-case word followed by lower-case words and a colon ("Chỗ ở hiện nay:"), a word in
capitals that ends with a colon. A form's dotted blank around the name is passed over. A family
name seldom given as a middle name inside a run of five or more name words starts a second
person's name ("NGUYỄN THỊ HOA TRẦN VĂN BÌNH", a row with both spouses); an address word as
printed ("Thôn", "Xã", "Phường") ends a name. When a label ends its line ("Họ và tên / Full
name:"), the name is the whole next line; a name of two or three words that ends its line goes
on with the next line's first words when that line holds only name words of the same case up to
a label ("Phùng Thị" / "Thanh Xuân Ngày sinh: …"; never a sex, ethnicity or nationality alone).
Names are given in title case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from classify.fields_spelling import respell_name
from sohoa.text import fold

__all__ = ["find_name"]

_LABEL = re.compile(
    r"(?<![a-z])(?:"
    r"(?:ho,?\s*chu\s*dem,?\s*(?:va\s*)?ten|ho\s*va\s*ten|ho\s*ten|full\s*name)"
    r"(?P<qual>[^:;,\n]{0,50}?)"
    r"|(?P<person>ten\s+(?:nguoi|chu)\b[^:;,\n]{0,40}?|nguoi\s+[^:;,\n]{2,50}?"
    r"|nguoi\s+su\s+dung\s+dat,\s*chu\s+so\s+huu[^:;\n]{0,50}?"
    r"|ten\s+to\s+chuc\s*[,/]?\s*(?:ca\s+nhan|nguoi)[^:;\n]{0,30}?"
    r"|chu\s+(?:ho|su\s+dung|so\s+huu|dau\s+tu)\b[^:;,\n]{0,30}?)"
    r"|(?P<party>ben\s+[^:;\n]{1,40}?)"
    r"|(?P<start>(?:cap\s+)?cho|ten(?:\s*\([^)\n]{1,30}\))?|(?:tiep\s+)?nhan\s+(?:ho\s+so\s+)?cua"
    r"|(?:tran\s+trong\s+)?gioi\s+thieu)"
    r"|(?P<addressed>xac\s+nhan|(?:cong\s+nhan|cap\s+bang)[^:;\n]{0,30}?\bcho)"
    r"|(?:ho\s+)?(?:ong|ba)(?:\s*[/(,]?\s*ba\s*\)?)?(?:\s*\([^)\n]{1,20}\))?"
    r")\s*[:;|]"
    r"|(?<![a-z])toi\s+(?:ten\s+)?la\b\s*:?"
)
_BARE_LABEL = re.compile(
    r"^[^\w]*(?:(?:\d+(?:\.\d+)*[.)]|[a-z]\)|[ivx]+\.)\s*)?"
    r"(?:ho,?\s*chu\s*dem,?\s*(?:va\s*)?ten|ho\s*va\s*ten|ho\s*ten)(?P<qual>[^:;,()\n]{0,50})$")
"""A label alone on its line whose colon OCR lost ("Họ và tên / Full name"): the name is the
next line."""
_OPEN_LABEL = re.compile(
    r"^[^\w]*(?:(?:\d+(?:\.\d+)*[.)]|[a-z]\)|[ivx]+\.)\s*)?"
    r"(?:ho,?\s*chu\s*dem,?\s*(?:va\s*)?ten|ho\s*va\s*ten|ho\s*ten)\s+")
"""A label at the start of its line with no colon ("Họ và tên VŨ ĐỨC ANH Giới tính Nam": a
table's row whose rule OCR did not read)."""
_BARE_PERSON = re.compile(
    r"^[^\w]*(?:(?:\d+(?:\.\d+)*[.)]|[a-z]\)|[ivx]+\.)\s*)?(?P<role>"
    r"nguoi\s+(?:nop(?:\s+ho\s+so)?|yeu\s+cau|de\s+nghi|duoc\s+uy\s+quyen|uy\s+quyen"
    r"|dai\s+dien\s+theo\s+phap\s+luat|su\s+dung\s+dat|lam\s+don|khai)"
    r"|(?:tiep\s+)?nhan\s+(?:ho\s+so\s+)?cua|chu\s+ho)(?:\s+|$)")
"""A person's label at the start of a line without its colon: a table's label cell."""
_HUSBAND_TYPES = frozenset({"giay_chung_nhan_ket_hon"})
"""Types whose person is the husband when both spouses are labelled: the wife's name only when
the husband's is not read."""
_WIFE = re.compile(r"\bvo\b")
_PARENT = re.compile(r"\b(?:me|cha|bo|nguoi (?:me|cha|nuoi duong|giam ho))\b")
"""A label of a parent's name ("Họ và tên mẹ:"): the child's, when the paper gives it, comes
first."""
_AT_LINE_START = re.compile(r"^[^\w]*(?:(?:\d+(?:\.\d+)*[.)]|[a-z]\)|[ivx]+\.)\s*)?$")
_STAFF = re.compile(r"tiep nhan|thu tien|thu ngan|can bo|lap phieu|(?<!dang )\bky\b|kiem tra|duyet"
                    r"|cong chung vien|chung thuc|do de|ban hang|lap bieu|ke toan|thu quy"
                    r"|bac si|y si|ho sinh|\bcua (?:uy ban|ubnd|cong an|co quan)")
_HONORIFIC = re.compile(r"^(?:ho\s+)?(?:ong\s*[/(]\s*ba\s*\)?|ong|ba)\b\s*:?\s*")
_LOWER_HONORIFIC = re.compile(r"^(?:anh|chị|cháu|em)\s+")
_STOP = re.compile(
    r"(?:sinh\s*(?:ngay|nam|thang|:|\d)|ngay\b|nam sinh|gioi\b|dan toc|quoc tich|noi\b"
    r"|que quan|thuong tru|tam tru|so\b|cccd|cmnd|can cuoc|dinh danh|dia chi|dien thoai"
    r"|dt\b|sdt\b|e-?mail|quan he|chuc vu|nghe nghiep|ma so|ho chieu|ton giao|date\b|sex\b"
    r"|nationality|tai khoan|stk\b|giay\s+(?:to|cccd|cmnd|chung|khai|phep)|ho khau|noi cu tru"
    r"|moi quan he|trinh do|hoc van|tinh trang|hon nhan|ma so thue|mst\b)"
)
_NOT_PERSON = ("cong ty", "ngan hang", "uy ban", "trung tam", "van phong", "chi nhanh",
               "hop tac", "doanh nghiep", "benh vien", "cong an", "toa an", "kho bac", "ubnd",
               "viet nam")
_IN_BODY = re.compile(r"(?<![a-z])(?:ho\s+)?(?:ong|ba)\s+(?=[^\W\d_])")
_BODY_NAME_TYPES = frozenset({"quyet_dinh"})
"""Types whose person is named in the running text, not by a label."""
_SIGNER_ROLE = re.compile(
    r"^\W*nguoi\s+(?:lam don|viet don|khai|ke khai|yeu cau|de nghi|cam ket|cam doan|uy quyen"
    r"|di (?:dang ky|khai)(?: [a-z]+)?|dang ky|xin|bao tin)\W*$")
"""The heading of the signature block of the citizen who fills in a form ("NGƯỜI LÀM ĐƠN",
"Người cam kết"), alone on its line; never an official's title, nor the one who hands in a
dossier at the counter ("NGƯỜI NỘP HỒ SƠ" signs a receipt the centre issues)."""
_SIGN_HINT = re.compile(r"^\W*(?:ky|da ky)\b[^\n]*$|^\W*\(?\s*(?:ghi ro )?ho,?\s*(?:va\s*)?ten\W*$")
"""The hint under a signature heading ("(Ký, ghi rõ họ tên)", "(đã ký)")."""
_SIGNER_LINES = 4
_MAX_WORDS = 6
_FILLER = re.compile(r"[.…_]{2,}|…")
"""A form's dotted blank around a value written into it."""
_OTHER_VALUES = frozenset(("nam", "nu", "kinh", "viet nam"))
"""Values of the labels beside a name (sex, ethnicity, nationality) that may stand alone on
the next line: never the rest of a name."""
_FAMILY_NAMES = frozenset((
    "Nguyễn", "Trần", "Lê", "Phạm", "Phan", "Đặng", "Bùi", "Đỗ", "Ngô", "Lý", "Võ", "Hồ",
    "Trịnh", "Đinh", "Trương", "Đoàn", "Vương", "Triệu", "Quách", "Nông", "Lò"))
"""Family names seldom given as a middle or given name: one inside a run of five or more name
words starts a second person's name ("NGUYỄN THỊ HOA TRẦN VĂN BÌNH", a form's row with the
wife's and the husband's names side by side)."""
_PLACE_WORDS = frozenset(("thôn", "xóm", "ấp", "bản", "phường", "xã", "quận", "huyện", "tỉnh",
                          "tổ", "khu", "số", "đường", "phố", "làng"))
"""Words that begin an address, as printed (with their marks: "Phường" is no "Phương", "Quận"
no "Quân"); never inside a name."""
_LABEL_AFTER = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,3}\s*:")
"""What follows a name word that began a label: its lower-case words up to the colon."""


def _case(word: str) -> str | None:
    """"U" (capitals), "T" (title case) or "1" (one capital) for a plausible name word."""
    if not word.isalpha() or len(word) > 7:
        return None
    if len(word) == 1:
        return "1" if word.isupper() else None
    if not re.search(r"[aeiouy]", fold(word)):
        return None
    if word.isupper():
        return "U"
    if word[0].isupper() and word[1:].islower():
        return "T"
    return None


_NUMBER_OF = re.compile(
    r"so\s+(?:[:.(/\d]|cccd|cmnd|cmt|ddcn|dinh|dien|dt|ho\b|giay|the\b|tai|nha|can|id\b"
    r"|ma\b|chung|quyen|vao|no\b)")
""""Số" as a label: before a colon, a number or what it numbers ("Số CCCD", "Số định danh",
"Số điện thoại", "số nhà"). "Số" before another word of a name is a syllable of it ("THẠCH THỊ
SÔ PHIA", its circumflex read as a tone: "SỐ PHIA")."""


def _stops(raw: str, folded: str, at: int, token: str) -> bool:
    """Does a label begin at ``at`` (``token`` the word there)?"""
    if not _STOP.match(folded, at):
        return False
    if fold(token) != "so" or not raw[at + len(token):].strip():
        return True
    nxt = raw[at + len(token):].split()[0]
    return bool(_NUMBER_OF.match(folded, at)) or _case(nxt) != _case(token)


def _parse(raw: str, folded: str) -> tuple[str | None, str]:
    """The name at the start of ``raw`` and what follows it on the line."""
    words: list[str] = []
    style = "1"
    at = 0
    while at < len(raw) and len(words) < _MAX_WORDS:
        end = raw.find(" ", at)
        end = len(raw) if end < 0 else end
        token = raw[at:end]
        if _stops(raw, folded, at, token):
            break
        word = token.rstrip(",;.:)")
        if words and word.lower() in _PLACE_WORDS and raw[end:].strip(" .,;") and (
                word.lower() != "số" or _stops(raw, folded, at, token)):
            break  # an address after the name, its label lost: "Nguyễn Văn Lan Thôn Đông"
            # (one that ends the line is a name OCR misread: "THANH HUYỆN" for Huyền)
        kind = _case(word)
        if kind is None or (kind != "1" and style not in ("1", kind)):
            break
        style = kind if kind != "1" else style
        words.append(word)
        at = end + 1
        if word != token:
            break
    rest = raw[at:].strip()
    ended = raw[:at].rstrip()[-1:]
    if len(words) > 2 and (ended == ":" or (
            ended.isalpha() and style == "T" and rest[:1].islower() and _LABEL_AFTER.match(rest))):
        rest = f"{words.pop()} {rest}"  # "Hà Văn Quý Chỗ ở hiện nay:": a label began there
    second = next((k for k in range(2, len(words) - 1)
                   if len(words) >= 5 and words[k].title() in _FAMILY_NAMES), None)
    if second is not None:  # two names side by side ("bên nữ", "bên nam" of a form's row)
        rest = f"{' '.join(words[second:])} {rest}".strip()
        words = words[:second]
    if len(words) < 2 or fold(" ".join(words[:2])).startswith(_NOT_PERSON):
        return None, rest
    name = " ".join(w[:1].upper() + w[1:].lower() for w in words)
    return respell_name(name, capitals=style == "U"), rest


def _value(raw: str, folded: str) -> tuple[str | None, str]:
    """The name in a label's value (after "ông", "bà" and the like) and what follows it."""
    filler = len(raw) - len(raw.lstrip(".…_-–: "))  # a form's dotted blank, filled in
    raw, folded = _FILLER.sub(_spaces, raw[filler:]), _FILLER.sub(_spaces, folded[filler:])
    if (m := _HONORIFIC.match(folded)) or (m := _LOWER_HONORIFIC.match(raw)):
        raw, folded = raw[m.end():], folded[m.end():]
    return _parse(raw, folded)


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _run_on(name: str, rest: str, raw: str, folded: str, upper: bool) -> str:
    """``name`` (``upper`` when printed in capitals) with the words it runs on with at the
    start of the next line (``raw``, ``folded``) when it ended its line ("Họ và tên: Phùng
    Thị" / "Thanh Xuân"): a line that holds only name words of the same case, up to a label."""
    if rest.strip(" .…_") or not 2 <= len(name.split(" ")) <= 3:
        return name
    raw, folded = _FILLER.sub(_spaces, raw), _FILLER.sub(_spaces, folded)
    words: list[str] = []
    at = 0
    for token in raw.split(" "):
        if not token or _stops(raw, folded, at, token):
            break
        word = token.rstrip(",;.")
        kind = _case(word)
        if kind not in ("U", "T") or upper != (kind == "U"):
            return name
        upper = kind == "U"
        words.append(word)
        at += len(token) + 1
        if word != token:
            break
    tail = raw[at:].strip(" .…_")
    if (not words or len(words) > 3 or fold(" ".join(words)) in _OTHER_VALUES
            or any(m.start() < at for m in _LABEL.finditer(folded))
            or (tail and not (_STOP.match(folded, at)
                              or (tail[:1].isupper() and ":" in tail[:30])))):
        return name
    return " ".join([name, *(w[:1].upper() + w[1:].lower() for w in words)])


def _in_body(lines: Sequence[str], folded_lines: Sequence[str]) -> str | None:
    raw, folded = " ".join(lines), " ".join(folded_lines)
    for m in _IN_BODY.finditer(folded):
        name, _ = _parse(raw[m.end():], folded[m.end():])
        if name:
            return name
    return None


def find_name(lines: Sequence[str], folded_lines: Sequence[str],
              doc_type: str | None = None) -> str | None:
    """The person the paper is about, from its lines (raw and folded, same offsets)."""
    parent: str | None = None
    for i, folded in enumerate(folded_lines):
        for kind, qual, end in _labels(lines[i], folded):
            if _STAFF.search(qual):
                continue
            raw, rest_folded = lines[i][end:], folded[end:]
            name: str | None = None
            if raw.strip(" :|"):
                name, rest = _value(raw.lstrip(" |"), rest_folded.lstrip(" |"))
                if name and i + 1 < len(lines):
                    name = _run_on(name, rest, lines[i + 1], folded_lines[i + 1],
                                   name.upper() in lines[i])
                if not name and kind == "party":
                    return parent  # the first party is an organisation
            elif i + 1 < len(lines):
                name = _below(lines, folded_lines, i)
            if name and (_PARENT.search(qual) or (doc_type in _HUSBAND_TYPES
                                                  and _WIFE.search(qual))):
                parent = parent or name
            elif name:
                return name
    if doc_type in _BODY_NAME_TYPES and (found := _in_body(lines, folded_lines)):
        return found
    if parent or any(_LABEL.search(f) or _BARE_LABEL.match(f) for f in folded_lines):
        return parent  # a person is labelled whose name was not read: not the signer's
    return _signer(lines, folded_lines)


def _labels(raw: str, folded: str) -> list[tuple[str, str, int]]:
    """The name labels of a line: their kind ("person", "party", "start" or ""), what
    qualifies them ("người nộp", "mẹ") and where their value begins."""
    found: list[tuple[str, str, int]] = []
    for m in _LABEL.finditer(folded):
        groups = m.groupdict()
        kind = next((k for k in ("person", "party", "start") if groups.get(k)), "")
        if kind and not _AT_LINE_START.match(folded[: m.start()]):
            continue
        if kind == "person" and not raw.isupper() and _holds_name(raw, folded, m):
            continue  # "Người nộp hồ sơ Nguyễn Văn An Địa chỉ:": a name, then a label
        found.append((kind, groups.get("qual") or groups.get("person")
                      or groups.get("addressed") or "", m.end()))
    if found:
        return found
    if opened := _OPEN_LABEL.match(folded):
        # a table row read as one line, its cells' rule lost: "Họ và tên người nộp NGUYỄN VĂN
        # AN": the label's qualifier is its lower-case words, the name follows them
        at = opened.end()
        for word in raw[at:].split(" ")[:_MAX_WORDS]:
            if not word[:1].islower():
                break
            at += len(word) + 1
        if at < len(raw) and _value(raw[at:], folded[at:])[0]:
            return [("", folded[opened.end(): at], at)]
    if bare := _BARE_LABEL.match(folded):
        return [("", bare.group("qual") or "", bare.end())]
    if person := _BARE_PERSON.match(folded):
        # a table's label cell of the person ("Người nộp" / "Bà ĐINH THỊ HẢI YẾN", or on
        # one line): the name must follow at once, after a form of address at most
        at = person.end()
        for word in raw[at:].split(" ")[:_MAX_WORDS]:
            if not word[:1].islower():
                break
            at += len(word) + 1  # the rest of a wrapped label cell: "Người nộp hồ" / "sơ"
        rest = raw[at:].lstrip(" |")
        if not rest.strip(" .…_:-") and (at == person.end() or rest.strip()):
            # the cell alone ("Người nộp"), or with the rest of its label and a blank's dots
            # ("Người yêu cầu đăng ký .."): the name is on the next line
            return [("person", person.group("role"), len(raw))]
        if rest and _value(rest, fold(rest))[0]:
            return [("person", person.group("role"), at)]
    return []


def _holds_name(raw: str, folded: str, m: re.Match[str]) -> bool:
    """Whether a label's words (after its first) hold a name: the name of a table row read
    without its colon, and then the next row's label."""
    at = m.start()
    for word in raw[m.start(): m.end()].split(" "):
        if at > m.start() and word[:1].isupper():
            return _value(raw[at:], folded[at:])[0] is not None
        at += len(word) + 1
    return False


def _whole_name(raw: str, folded: str) -> str | None:
    """The name that a line holds and nothing else."""
    name, rest = _value(raw, folded)
    return name if name and not rest.strip(" .,;|") else None


def _below(lines: Sequence[str], folded_lines: Sequence[str], i: int) -> str | None:
    """The name a label that ends line ``i`` names: the next line's, up to the next label on
    it ("Họ và tên:" / "NGUYỄN VĂN AN Sinh ngày: …")."""
    name, rest = _value(lines[i + 1], folded_lines[i + 1])
    if name and (not rest.strip(" .,;|") or _HONORIFIC.match(folded_lines[i + 1])
                 or _STOP.match(fold(rest)) or _LABEL_AFTER.match(rest)):
        return name
    return None


def _signer(lines: Sequence[str], folded_lines: Sequence[str]) -> str | None:
    """The citizen who signs a form that labels no one: the whole line under a signature
    heading of its own ("NGƯỜI LÀM ĐƠN" / "(Ký, ghi rõ họ tên)" / "Nguyễn Văn Tám")."""
    for i, folded in enumerate(folded_lines):
        if not _SIGNER_ROLE.match(folded):
            continue
        for raw, below in list(zip(lines, folded_lines, strict=True))[i + 1: i + 1 + _SIGNER_LINES]:
            if not raw or _SIGN_HINT.match(below):
                continue
            name, rest = _parse(raw, below)
            return name if name and not rest.strip(" .") else None
    return None
