"""Who may do what: the one table of actions and roles, and agency scope.

Every door (the ``sohoa`` command, the HTTP API, the pages) turns the person asking into an
:class:`Actor` and the service asks :func:`authorize` before it acts. There is no other place
where a role is checked.

Actors:

- a web account, signed in (``via="session"``) or with an API key (``via="api_key"``);
- a person named on the command line with ``--by`` (or ``SOHOA_ACTOR``), found in the people
  registry (``via="local"``): they hold exactly the roles and agency the registry gives them,
  the same as on the web;
- the installation's operator (``via="local"``, role ``operator``): whoever runs ``sohoa`` at
  the shell of the data folder without naming a registered person. They run the engine
  (process, reconcile, reindex, workers, the web service) and read what the folder already
  holds, but take no records-management decision (holds, disposal, retention changes): those
  need a named person with a role;
- anyone (``via="anonymous"``): verification only.

Clerks and officers see only their agency's records (the start of the receipt code); a record
outside it is answered as one that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sohoa.codes import RECEIPT_CODE, agency_of
from sohoa.people import AGENCY_ROLES, Account, NotPermittedError

__all__ = [
    "ACTIONS",
    "ANONYMOUS",
    "OPERATOR",
    "Actor",
    "NotPermittedError",
    "Rule",
    "can_see",
    "permitted",
    "role_for",
    "sees_every_batch",
]

OPERATOR = "operator"
"""The role of the installation's own account at the shell (never held by a person)."""
ANYONE = "anyone"
"""In a rule: no sign-in needed."""

Via = Literal["session", "api_key", "local", "anonymous"]


@dataclass(frozen=True, slots=True)
class Actor:
    """The person (or program) on whose behalf an action runs."""

    name: str
    """As recorded in the audit trail and on signatures."""
    roles: frozenset[str] = frozenset()
    agency: str | None = None
    """The agency whose records a clerk or officer sees; None for everyone else."""
    username: str | None = None
    """The web account, when there is one."""
    via: Via = "local"
    origin: str = ""
    """Where the request came from: ``http 203.0.113.7`` or ``cli host pid 42``."""
    account: Account | None = field(default=None, compare=False)
    person_id: str | None = None
    """The person's stable id in the registry, when they are registered: decisions that need
    two different people compare it, not the name."""

    @property
    def scoped(self) -> bool:
        """True when this actor sees only their agency's records."""
        return bool(self.roles) and not (self.roles - AGENCY_ROLES)

    @property
    def anonymous(self) -> bool:
        """True for someone who has not signed in."""
        return self.via == "anonymous"

    @classmethod
    def of_account(cls, account: Account, *, via: Via, origin: str) -> Actor:
        """The actor a web account stands for."""
        return cls(account.name, account.roles, account.agency if account.scoped else None,
                   account.username, via, origin, account, account.person_id)

    @classmethod
    def nobody(cls, origin: str) -> Actor:
        """Someone who has not signed in."""
        return cls(ANONYMOUS.name, frozenset(), None, None, "anonymous", origin)


ANONYMOUS = Actor("ẩn danh (anonymous)", via="anonymous")


@dataclass(frozen=True, slots=True)
class Rule:
    """Who may take one action, and what it is called when it is refused."""

    roles: tuple[str, ...]
    """Roles any one of which permits it (``anyone``: no sign-in)."""
    what: str
    """The action, in Vietnamese then English, as a refusal names it."""
    on_record: bool = False
    """The action reads or changes a dossier: agency scope applies."""


_RECORDS = ("clerk", "officer", "archivist", "auditor", "head")
_STAFF = ("archivist", "auditor", "head")
_CHECKERS = ("auditor", "head")
_REVIEWERS = ("clerk", "officer", "archivist", "head")
"""Who reviews documents: archivists and the head anywhere, clerks and officers within their
agency (agency scope)."""

ACTIONS: dict[str, Rule] = {
    # intake
    "intake.upload": Rule(("clerk", "archivist", OPERATOR), "tải hồ sơ lên (upload scans)"),
    "intake.receipt": Rule(("clerk", "admin"), "ghi nhận hồ sơ tiếp nhận (register a receipt)"),
    "intake.backlog": Rule(("archivist", "head", OPERATOR), "số hóa hồ sơ tồn đọng với ngày kết "
                                                          "thúc (date the paper backlog)"),
    "intake.batch": Rule((*_RECORDS, OPERATOR), "xem lô tải lên (see an upload batch)"),
    # records
    "records.dossier": Rule((*_RECORDS, OPERATOR), "xem hồ sơ (see a dossier)", True),
    "records.record": Rule((*_RECORDS, OPERATOR), "xem tài liệu (see a document)", True),
    "records.download": Rule((*_RECORDS, OPERATOR), "tải tài liệu (download a document)", True),
    "records.print": Rule((*_RECORDS, OPERATOR), "in bản có mã QR xác minh (print a copy with "
                                                "its verification QR code)", True),
    "records.page": Rule((*_RECORDS, OPERATOR), "xem trang tài liệu (see a page)", True),
    "records.search": Rule((*_RECORDS, OPERATOR), "tra cứu hồ sơ (search)", True),
    "records.step": Rule(("clerk", "officer", "head"), "ghi bước xử lý hồ sơ (record a step of "
                                                      "a dossier's life)", True),
    # the review desk: documents read with doubt, corrected as revisions (never rewritten)
    "review.queue": Rule(_REVIEWERS, "xem tài liệu cần soát xét (see the documents to "
                                     "review)"),
    "review.correct": Rule(_REVIEWERS, "soát xét, sửa loại, thông tin hoặc cách chia trang của "
                                       "tài liệu (confirm or correct a document's type, fields "
                                       "or pages)", True),
    # results of procedures
    "results.add": Rule(("officer",), "ban hành kết quả vào hồ sơ (issue a dossier's result)",
                        True),
    "results.scan": Rule(("clerk", "officer"), "số hóa kết quả bản giấy (scan a paper result)",
                         True),
    "results.certify": Rule(("clerk", "officer"), "chứng thực bản sao điện tử vào hồ sơ "
                                                 "(certify a copy into a dossier)", True),
    "results.list": Rule((*_RECORDS, OPERATOR), "xem kết quả của hồ sơ (list a dossier's "
                                               "results)", True),
    "results.get": Rule((*_RECORDS, OPERATOR), "tải kết quả (fetch a result)", True),
    "results.desk": Rule(("clerk", "officer", "head", OPERATOR), "xem hồ sơ chờ kết quả và "
                         "kết quả chờ trả của đơn vị (see the agency's dossiers waiting for or "
                         "with a result)"),
    # reuse of digitised papers by the one-stop software (Decree 45/2020): by a citizen's
    # number, with a purpose, within the key's agency (scoped by the search, not by can_see)
    "reuse.lookup": Rule(("reuse",), "tra cứu giấy tờ của công dân để dùng lại (look up a "
                                     "citizen's papers for reuse)"),
    "reuse.download": Rule(("reuse",), "tải giấy tờ của công dân để dùng lại (download a "
                                       "citizen's paper for reuse)"),
    "reuse.record": Rule(("reuse",), "ghi nhận giấy tờ đã được dùng lại trong hồ sơ (record "
                                     "that a paper was reused in a dossier)"),
    # verification
    "verify": Rule((ANYONE,), "xác minh chữ ký (verify a signature)"),
    # custody: holds, retention, disposal, checks
    "custody.holds": Rule((*_STAFF, OPERATOR), "xem danh sách phong tỏa (list legal holds)"),
    "custody.hold": Rule(_STAFF, "phong tỏa hoặc gỡ phong tỏa hồ sơ (set or release a legal "
                                 "hold)", True),
    "custody.due": Rule((*_STAFF, OPERATOR), "xem hồ sơ hết hạn lưu trữ (list what is due)"),
    "custody.schedule": Rule((*_STAFF, OPERATOR), "so sánh thời hạn lưu trữ với danh mục "
                                                  "(compare retention with the schedule)"),
    "custody.extend": Rule(("archivist", "head"), "kéo dài thời hạn lưu trữ (extend retention)"),
    "custody.report": Rule(_STAFF, "lập báo cáo thời hạn lưu trữ (make the retention report)"),
    "custody.disposals": Rule((*_STAFF, OPERATOR), "xem các đợt hủy (see disposal batches)"),
    "custody.propose": Rule(("archivist", "head"), "đề xuất hủy tài liệu (propose a disposal)"),
    "custody.decide": Rule(_CHECKERS, "duyệt hoặc từ chối đợt hủy (approve or reject a "
                                      "disposal)"),
    "custody.execute": Rule(_STAFF, "thực hiện hủy tài liệu (execute a disposal)"),
    "custody.fixity": Rule((*_STAFF, OPERATOR), "xem kết quả kiểm tra toàn vẹn (see fixity)"),
    "custody.run_fixity": Rule((*_CHECKERS, OPERATOR), "chạy kiểm tra toàn vẹn (run fixity)"),
    "custody.audit": Rule((*_CHECKERS, OPERATOR), "kiểm tra nhật ký (check the audit trail)"),
    "custody.seal": Rule((*_CHECKERS, OPERATOR), "niêm phong nhật ký (seal the audit trail)"),
    "custody.export": Rule((*_CHECKERS, OPERATOR), "xuất nhật ký (export the audit trail)"),
    # transfer to the historical archive (nộp lưu)
    "transfer.list": Rule((*_STAFF, OPERATOR), "xem các đợt nộp lưu (see transfer batches)"),
    "transfer.propose": Rule(("archivist", "head"), "lập mục lục hồ sơ nộp lưu (propose a "
                                                   "transfer to the historical archive)"),
    "transfer.decide": Rule(_CHECKERS, "duyệt hoặc từ chối đợt nộp lưu (approve or reject a "
                                       "transfer)"),
    "transfer.export": Rule(("archivist", "head"), "xuất gói nộp lưu (export a transfer)"),
    "transfer.verify": Rule((*_STAFF, OPERATOR), "kiểm tra gói nộp lưu (verify a transfer "
                                                 "bag)"),
    # reports
    "reports.digitisation": Rule((*_RECORDS, "admin", OPERATOR),
                                 "xem báo cáo số hóa (see the digitisation report)", True),
    # accounts and roles (while nobody is head or admin, anyone may grant the first roles)
    "accounts.list": Rule(("head", "admin", OPERATOR), "xem tài khoản (list accounts)"),
    "accounts.manage": Rule(("head", "admin"), "quản lý tài khoản và vai trò (manage accounts "
                                              "and roles)"),
    "accounts.me": Rule((*_RECORDS, "admin"), "xem tài khoản của mình (see one's account)"),
    # callbacks: who is told of which events (the one-stop software, a department's system)
    "callbacks.list": Rule(("head", "admin", OPERATOR), "xem địa chỉ nhận thông báo (list "
                                                        "callbacks and pending notifications)"),
    "callbacks.manage": Rule(("head", "admin", OPERATOR), "đăng ký hoặc xóa địa chỉ nhận thông "
                                                          "báo (register or remove a callback)"),
    # signing and the development PKI
    "signing.sign": Rule(("officer", "head", OPERATOR), "ký kết quả hoặc bản sao (sign results "
                                                        "or copies)"),
    "pki.revoke": Rule(("head", "admin", OPERATOR), "thu hồi chứng thư (revoke a certificate)"),
    "ltv.renew": Rule(("archivist", "admin", OPERATOR), "gia hạn dấu thời gian lưu trữ của "
                      "tài liệu đã ký (renew the archive time stamps of signed documents)"),
    # the learned document type model
    "model.train": Rule(("head", "admin", OPERATOR), "huấn luyện lại mô hình phân loại tài liệu "
                        "(train the document type model)"),
    "model.show": Rule((*_STAFF, "admin", OPERATOR), "xem mô hình phân loại tài liệu (see the "
                       "document type model)"),
    # backups on independent media (Circular 02/2019/TT-BNV Art. 8, 10), restore, repair
    "backup.run": Rule(("admin", OPERATOR), "sao lưu dữ liệu (make a backup set)"),
    "backup.list": Rule((*_CHECKERS, "admin", OPERATOR), "xem các bộ sao lưu (list backup "
                        "sets)"),
    "backup.verify": Rule((*_CHECKERS, "admin", OPERATOR), "kiểm tra bản sao lưu (verify a "
                          "backup medium)"),
    "backup.restore": Rule((OPERATOR,), "khôi phục dữ liệu từ bản sao lưu (restore a backup "
                           "set)"),
    "backup.repair": Rule(("admin", OPERATOR), "sửa tài liệu hỏng từ bản sao lưu (repair "
                          "damaged objects from a backup)"),
    "replica.setup": Rule(("admin", OPERATOR), "sao chép kho lưu trữ sang máy chủ thứ hai "
                          "(replicate the archive bucket to a second server)"),
    # the installation's health: dependencies, certificates, backups, fixity, seals, queue
    "health.view": Rule(("admin", OPERATOR), "xem tình trạng hệ thống và số đo (see the "
                        "installation's health and metrics)"),
    # running the engine
    "operate": Rule(("admin", OPERATOR), "vận hành hệ thống (run the service)"),
}
"""Every action a person can take, and the roles that permit it."""


def permitted(actor: Actor, action: str) -> bool:
    """Whether ``actor`` holds a role that permits ``action``."""
    rule = ACTIONS[action]
    return ANYONE in rule.roles or bool(actor.roles & set(rule.roles))


def role_for(actor: Actor, action: str) -> str:
    """The first role of ``action``'s rule that ``actor`` holds (the capacity they act in);
    raises ``NotPermittedError`` when there is none."""
    rule = ACTIONS[action]
    for role in rule.roles:
        if role == ANYONE or role in actor.roles:
            return role
    wanted = " hoặc ".join(r for r in rule.roles if r != OPERATOR)
    has = ", ".join(sorted(actor.roles)) or "không có vai trò (no role)"
    hint = (" Người quản lý cấp vai trò bằng `sohoa people grant` (a head grants roles)."
            if actor.via == "local" else "")
    raise NotPermittedError(
        f"{actor.name} không được {rule.what}: cần vai trò {wanted}; hiện có: {has}.{hint}")


def sees_every_batch(actor: Actor) -> bool:
    """Whether ``actor`` may see upload batches other than the ones they sent themselves."""
    return bool(actor.roles & {*_STAFF, OPERATOR})


def can_see(actor: Actor, receipt_code: str) -> bool:
    """Whether ``actor`` may see the records of the dossier with this receipt code."""
    if not RECEIPT_CODE.fullmatch(receipt_code):
        return False
    if not actor.roles & {*_RECORDS, OPERATOR}:
        return False
    return not actor.scoped or agency_of(receipt_code) == actor.agency
