"""The retention audit report of a period: per retention class, how many records are kept,
archived in the period, due for disposal, held, disposed of, and their fixity status."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from archive.aip import iter_manifests
from archive.disposal import list_batches, tombstones
from archive.fixity import fixity_runs, record_of
from archive.printout import Printout, Table
from archive.retention import effective_retention
from archive.revisions import current_of, revised_documents
from archive.store import ObjectStore

__all__ = ["ClassLine", "RetentionReport", "retention_report"]


@dataclass(slots=True)
class ClassLine:
    """One retention class in the report."""

    retention_class: str
    label: str
    legal_source: str
    kept: int = 0
    """Documents in the archive at the time of the report."""
    archived_in_period: int = 0
    permanent: int = 0
    due: int = 0
    """Retention ended by the end of the period, not held, not destroyed."""
    held: int = 0
    disposed_in_period: int = 0
    fixity_problems: int = 0
    """Documents of the class with a missing or altered file in the last fixity run."""


@dataclass(slots=True)
class RetentionReport:
    """The report of a period, with the fixity runs and disposal batches of that period."""

    start: date
    end: date
    made_at: str
    lines: list[ClassLine] = field(default_factory=list)
    fixity_runs: int = 0
    last_fixity: str | None = None
    """When the last fixity run of the period started (None if there was none)."""
    last_fixity_ok: bool | None = None
    batches: list[tuple[str, str, int]] = field(default_factory=list)
    """Disposal batches proposed in the period: id, state, documents."""

    def to_csv(self) -> str:
        """One row a class, then a total row."""
        out = io.StringIO()
        names = list(asdict(self.lines[0]) if self.lines else asdict(ClassLine("", "", "")))
        writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for line in self.lines:
            writer.writerow(asdict(line))
        writer.writerow(self._total())
        return out.getvalue()

    def _total(self) -> dict[str, object]:
        total: dict[str, object] = {"retention_class": "TOTAL", "label": "", "legal_source": ""}
        for name in ("kept", "archived_in_period", "permanent", "due", "held",
                     "disposed_in_period", "fixity_problems"):
            total[name] = sum(getattr(line, name) for line in self.lines)
        return total

    def printout(self, organisation: str) -> Printout:
        """The report as a printable document."""
        if self.last_fixity is None:
            fixity = "Không có lần kiểm tra toàn vẹn (fixity) nào trong kỳ."
        else:
            state = "không phát hiện sai lệch" if self.last_fixity_ok else "CÓ SAI LỆCH"
            fixity = (f"Kiểm tra toàn vẹn (sha256) trong kỳ: {self.fixity_runs} lần; lần cuối "
                      f"{self.last_fixity}: {state}.")
        rows = [[line.retention_class + "\n" + line.label, line.legal_source, str(line.kept),
                 str(line.archived_in_period), str(line.permanent), str(line.due),
                 str(line.held), str(line.disposed_in_period), str(line.fixity_problems)]
                for line in self.lines]
        total = self._total()
        rows.append(["Tổng cộng", "", *(str(total[k]) for k in (
            "kept", "archived_in_period", "permanent", "due", "held", "disposed_in_period",
            "fixity_problems"))])
        blocks: list[str | Table] = [
            f"Kỳ báo cáo: từ {self.start:%d/%m/%Y} đến {self.end:%d/%m/%Y}. Lập lúc "
            f"{self.made_at}.",
            fixity,
            Table(["Nhóm thời hạn", "Căn cứ", "Đang lưu", "Lưu trong kỳ", "Vĩnh viễn",
                   "Đến hạn hủy", "Đang phong tỏa", "Đã hủy trong kỳ", "Sai lệch fixity"],
                  rows, widths=[26, 30, 8, 8, 8, 8, 8, 8, 8], font_size=7.5),
        ]
        if self.batches:
            blocks.append("Các đợt hủy đề nghị trong kỳ: " + "; ".join(
                f"{b} ({_STATES.get(state, state)}, {n} tài liệu)"
                for b, state, n in self.batches) + ".")
        return Printout(organisation, "Báo cáo kiểm tra thời hạn lưu trữ",
                        f"Từ {self.start:%d/%m/%Y} đến {self.end:%d/%m/%Y}", blocks,
                        landscape=True)


_STATES = {"proposed": "chờ phê duyệt", "approved": "đã phê duyệt, chưa hủy",
           "rejected": "bị từ chối", "executed": "đã hủy"}


def _in(moment: str | None, start: date, end: date) -> bool:
    return bool(moment) and start <= datetime.fromisoformat(str(moment)).date() <= end


def retention_report(
    store: ObjectStore, start: date, end: date, *, made_at: str,
    labels: Mapping[str, tuple[str, str]] | None = None,
) -> RetentionReport:
    """Count the archive's records by retention class for the period ``start``..``end``
    (inclusive). ``labels`` gives the label and legal source of classes by id."""
    lines: dict[str, ClassLine] = {}

    def line(cls: str, label: str = "", source: str = "") -> ClassLine:
        if cls not in lines:
            known = (labels or {}).get(cls, (label, source))
            lines[cls] = ClassLine(cls, known[0] or label, known[1] or source)
        return lines[cls]

    for cls, (label, source) in (labels or {}).items():
        line(cls, label, source)
    runs = [r for r in fixity_runs(store) if datetime.fromisoformat(r["started_at"]).date() <= end]
    in_period = [r for r in runs if _in(r["started_at"], start, end)]
    last = runs[-1] if runs else None
    bad_records = set(last["problems"]) if last else set()
    revised = revised_documents(store)
    for key, manifest in iter_manifests(store):
        retention = current_of(store, manifest, revised).retention  # as corrected
        entry = line(retention.retention_class, retention.label, retention.legal_source)
        archived = next((e["at"] for e in manifest.events if e.get("event") == "archived"),
                        None)
        entry.kept += 1
        entry.archived_in_period += _in(archived, start, end)
        info = store.info(key)
        entry.held += info.legal_hold
        until = effective_retention(store, key, manifest, info)  # a schedule may extend it
        if until is None:
            entry.permanent += 1
        elif until <= end and not info.legal_hold:
            entry.due += 1
        entry.fixity_problems += record_of(key) in bad_records
    for tomb in tombstones(store):
        if _in(tomb.destroyed_at, start, end):
            line(tomb.retention_class, "", tomb.legal_source).disposed_in_period += 1
    batches = [(b.batch_id, b.state, len(b.items)) for b in list_batches(store)
               if _in(b.proposal.get("proposed_at"), start, end)]
    return RetentionReport(
        start, end, made_at, sorted(lines.values(), key=lambda x: x.retention_class),
        len(in_period), in_period[-1]["started_at"] if in_period else None,
        in_period[-1]["ok"] if in_period else None, batches)
