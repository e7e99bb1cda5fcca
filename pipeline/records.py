"""Records management composed from the stages: where a dossier is, disposal with a signed
certificate, fixity runs kept in the store, the retention audit report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from archive import FixityReport, Manifest, Tombstone, keys
from archive.audit import AuditLog
from archive.disposal import DisposalBatch, execute, tombstones
from archive.fixity import run_fixity
from archive.printout import Printout, render_pdf
from archive.revisions import dossier_views
from archive.store import ObjectStore
from classify import Rules, load_rules
from pipeline.deps import Deps, profile_of
from pipeline.intake import dossier_outcomes
from search_api import SearchIndex
from signing import find_stamp_font, sign_pdf

__all__ = ["DossierState", "dossier_state", "execute_disposal", "fixity_now",
           "printout_pdf", "scheduled_retention", "signed_printout"]


@dataclass(frozen=True, slots=True)
class DossierState:
    """Where one dossier is, read from its own keys only (not the whole archive)."""

    receipt_code: str
    documents: list[tuple[str, Manifest]]
    """(manifest key of its package, current metadata) of each document, in reading
    order."""
    indexed: set[str]
    """The ids of its documents that are searchable."""
    destroyed: list[Tombstone]
    """The tombstones of its destroyed documents."""
    outcomes: list[tuple[str, dict[str, Any]]]
    """(batch id, the dossier's part of that batch's outcome) for each batch that brought
    its pages: rejected pages and warnings are there."""

    @property
    def empty(self) -> bool:
        """Nothing was archived, destroyed or even rejected under this receipt code."""
        return not self.documents and not self.destroyed and not self.outcomes


def dossier_state(store: ObjectStore, index: SearchIndex, receipt_code: str) -> DossierState:
    """Read where the dossier with ``receipt_code`` is: its documents as they are now
    (revisions applied, split and merged ones as people grouped the pages), in reading
    order."""
    documents = [(keys.manifest(receipt_code, v.package), v.manifest)
                 for v in dossier_views(store, receipt_code)]
    return DossierState(
        receipt_code, documents,
        index.document_ids([m.document_id for _, m in documents]) if documents else set(),
        tombstones(store, receipt_code), dossier_outcomes(store, receipt_code))


def scheduled_retention(rules: Rules | None = None
                        ) -> Callable[[Manifest], tuple[str, date | None]]:
    """For an archived document's manifest: its retention class and retention end under the
    current schedule, counted from the closing date it was archived with."""
    rules = rules or load_rules()

    def scheduled(manifest: Manifest) -> tuple[str, date | None]:
        cls = rules.retention_for(manifest.classification.doc_type, manifest.dossier.procedure)
        return cls.id, cls.retain_until(date.fromisoformat(manifest.closing_day))
    return scheduled


def fixity_now(store: ObjectStore, audit: AuditLog, *, who: str) -> tuple[FixityReport, str]:
    """Check every sha256, keep the run's report in the store, record the run in the audit
    trail; return the report and where it is kept."""
    report, key = run_fixity(store, who=who)
    audit.append("fixity_checked", key, {
        "ok": report.ok, "objects": report.checked_objects,
        "problems": [f"{p.problem}: {p.key}" for p in report.problems]}, who=who)
    return report, key


def printout_pdf(printout: Printout) -> bytes:
    """Lay out a printout with the stamp font."""
    return render_pdf(printout, find_stamp_font())


def signed_printout(deps: Deps, printout: Printout, *, signer: str, title: str,
                    reason: str) -> bytes:
    """Lay out a printout and sign it (PAdES) with ``signer``'s key (``Keyring.person``)."""
    with deps.keys.person(signer) as identity:
        return sign_pdf(printout_pdf(printout), identity, reason=reason, signer_title=title,
                        profile=profile_of(deps, identity))


def execute_disposal(deps: Deps, batch_id: str, *, who: str, audit: AuditLog | None = None,
                     today: date | None = None) -> DisposalBatch:
    """Execute an approved disposal batch: destroy, keep tombstones, remove from search, and
    archive the destruction certificate signed by the person executing it."""
    return execute(
        deps.store, audit or deps.audit, batch_id, who=who,
        organisation=deps.settings.signing.organisation,
        render=lambda p: signed_printout(deps, p, signer=who, title="Người thực hiện hủy",
                                         reason="Xác nhận hủy tài liệu hết giá trị"),
        unindex=deps.index.remove, today=today,
    )
