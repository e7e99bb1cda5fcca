"""Where everything is kept in the object store: the one place that knows the key layout.

```
aip/<receipt code>/<document id>/      a document's package (manifest.json written last)
aip/<receipt code>/<document id>/revisions/<n>.json
                                       its metadata corrections, numbered from 1, each written
                                       once (a document split off another has only these)
aip/<receipt code>/<document id>/versions/<n>/document.pdf, versions/<n>.json
                                       later versions of a file of the package (a renewed
                                       archive time stamp), numbered from 2 (the package's
                                       own file is version 1), each record written after its
                                       file, once
intake/<sha256>/                       an input file as received
intake/batches/<batch id>/             a received batch: batch.json, outcome.json, rejected/
intake/dossiers|clerks|days/…          lookups: a dossier's batches, a clerk's, a day's dossiers
receipts/<receipt code>.json           a dossier the one-stop software registered
dossiers/<receipt code>/life/          the steps of a dossier's life (received … closed)
dossiers/<receipt code>/reuse/<doc id>/<dossier>.json
                                       a document reused in another dossier (write-once)
holds/<receipt code>[/<doc id>]/…      legal hold decisions
retention/end-days/<yyyy-mm-dd>/<receipt code>/<document id>
                                       the day a document's retention ends (a lookup: listed
                                       in key order, they are the due list in its order)
retention/end-days.json                says every document has its lookup above
retention/ends/<year>/…                the year a retention ends (earlier releases' lookup)
retention/changes/…                    retention extensions
disposal/<batch id>/                   proposal, approval, execution, certificate
disposed/<receipt code>/<doc id>/      tombstones
transfer/<batch id>/                   a transfer to the historical archive: proposal, approval,
                                       started, the signed transfer record, export
transferred/<receipt code>/<doc id>/   what left in a transfer (transfer.json), kept permanently
fixity/runs/, audit/seals/             fixity reports, audit trail seals
backups/minutes/<set id>.pdf           the signed minutes of each backup run
work/<batch id>/                       pages read by the workers, before their batch is assembled
outbox/<yyyy-mm-dd>/<event id>/        a notification (event.json) and, per callback registration,
                                       its attempts, delivered or dead marker (all write-once)
outbox/ids/<event id>.json             which day a notification is under (enqueue is idempotent)
reports/changes/<UTC day>/<UTC time>-<receipt code>
                                       a change about to be written to a dossier (no retention)
reports/days/<yyyy-mm-dd>/<UTC time>.json
                                       the digitisation report's summary of a day's dossiers,
                                       as of that time (a cache: no retention, replaced)
```
Every key is built and read back here: no other module adds ``"aip/"`` or cuts it off.
"""

from __future__ import annotations

__all__ = [
    "AIP",
    "AUDIT_SEALS",
    "BACKUP_MINUTES",
    "DISPOSAL",
    "DISPOSED",
    "FIXITY_RUNS",
    "HOLDS",
    "INTAKE",
    "INTAKE_BATCHES",
    "INTAKE_CLERKS",
    "INTAKE_DAYS",
    "INTAKE_DOSSIERS",
    "INTAKE_LINKED",
    "OUTBOX",
    "RECEIPTS",
    "REPORT_CHANGES",
    "REPORT_DAYS",
    "REPORT_MARKS",
    "REPORT_ROLLUPS",
    "RETENTION_CHANGES",
    "RETENTION_DAYS",
    "RETENTION_DAYS_READY",
    "RETENTION_ENDS",
    "TRANSFER",
    "TRANSFERRED",
    "aip",
    "audit_seal",
    "backup_minutes",
    "batch",
    "batch_id_of",
    "clerk_batches",
    "code_of",
    "day_dossiers",
    "disposal",
    "disposed",
    "dossier_batch",
    "dossier_life",
    "fixity_run",
    "hold_decision",
    "intake_original",
    "manifest",
    "manifest_of_retention_end",
    "outbox_day",
    "outbox_delivery",
    "outbox_event",
    "outbox_id",
    "receipt",
    "record_of",
    "report_day",
    "report_rollup",
    "retention_change",
    "retention_day",
    "retention_day_of",
    "retention_end",
    "reuse",
    "revision",
    "revision_number",
    "revisions",
    "seal_seq",
    "tombstone",
    "transfer",
    "transferred",
    "version",
    "version_file",
    "version_number",
    "versions",
    "work_page",
]

AIP = "aip/"
DOSSIERS = "dossiers/"
DISPOSED = "disposed/"
DISPOSAL = "disposal/"
TRANSFER = "transfer/"
TRANSFERRED = "transferred/"
HOLDS = "holds/"
RECEIPTS = "receipts/"
RETENTION_ENDS = "retention/ends/"
RETENTION_DAYS = "retention/end-days/"
RETENTION_DAYS_READY = "retention/end-days.json"
RETENTION_CHANGES = "retention/changes/"
FIXITY_RUNS = "fixity/runs/"
AUDIT_SEALS = "audit/seals/"
BACKUP_MINUTES = "backups/minutes/"
INTAKE = "intake/"
INTAKE_BATCHES = "intake/batches/"
INTAKE_DOSSIERS = "intake/dossiers/"
INTAKE_CLERKS = "intake/clerks/"
INTAKE_DAYS = "intake/days/"
INTAKE_LINKED = "intake/links.json"
OUTBOX = "outbox/"
REPORT_CHANGES = "reports/changes/"
REPORT_DAYS = "reports/days/"
REPORT_ROLLUPS = "reports/rollups/"
REPORT_MARKS = "reports/marks/"
_REVISIONS = "revisions/"
_VERSIONS = "versions/"


def aip(receipt_code: str = "", document_id: str = "") -> str:
    """The prefix of a dossier's packages, of one document's package, or of all of them."""
    if not receipt_code:
        return AIP
    return f"{AIP}{receipt_code}/{document_id}/" if document_id else f"{AIP}{receipt_code}/"


def manifest(receipt_code: str, document_id: str) -> str:
    """The key of a document's ``manifest.json``."""
    return aip(receipt_code, document_id) + "manifest.json"


def revisions(receipt_code: str, document_id: str) -> str:
    """The prefix of a document's revisions (metadata corrections)."""
    return aip(receipt_code, document_id) + _REVISIONS


def revision(receipt_code: str, document_id: str, number: int) -> str:
    """The key of a document's revision number ``number`` (1, 2, …): one key per number, so
    of two corrections made at once the store keeps the first and refuses the second."""
    return f"{revisions(receipt_code, document_id)}{number:06d}.json"


def revision_number(key: str) -> tuple[str, str, int] | None:
    """(receipt code, document id, number) of a revision's key; None for any other key."""
    parts = key.removeprefix(AIP).split("/")
    if not key.startswith(AIP) or len(parts) != 4 or parts[2] != _REVISIONS.strip("/") \
            or not parts[3].endswith(".json") or not parts[3][:-5].isdigit():
        return None
    return parts[0], parts[1], int(parts[3][:-5])


def versions(receipt_code: str, document_id: str) -> str:
    """The prefix of the later versions of a document's files."""
    return aip(receipt_code, document_id) + _VERSIONS


def version(receipt_code: str, document_id: str, number: int) -> str:
    """The key of the record of version ``number`` (2, 3, …) of a document's file: one key
    per number, so of two renewals made at once the store keeps the first."""
    return f"{versions(receipt_code, document_id)}{number:06d}.json"


def version_file(receipt_code: str, document_id: str, number: int, name: str) -> str:
    """The key of the bytes of version ``number`` of the package's file ``name``."""
    return f"{versions(receipt_code, document_id)}{number:06d}/{name}"


def version_number(key: str) -> tuple[str, str, int] | None:
    """(receipt code, document id, number) of a version record's key; None for any other
    key."""
    parts = key.removeprefix(AIP).split("/")
    if not key.startswith(AIP) or len(parts) != 4 or parts[2] != _VERSIONS.strip("/") \
            or not parts[3].endswith(".json") or not parts[3][:-5].isdigit():
        return None
    return parts[0], parts[1], int(parts[3][:-5])


def record_of(key: str) -> str:
    """``RECEIPT_CODE`` or ``RECEIPT_CODE/DOCUMENT_ID`` of a key or prefix under ``aip/``
    (what people call a record), without the slashes around it."""
    rest = key.removeprefix(AIP).removesuffix("manifest.json")
    return rest.strip("/")


def code_of(key: str) -> str:
    """The receipt code of a key or prefix under ``aip/`` or ``disposed/``."""
    return key.removeprefix(AIP).removeprefix(DISPOSED).split("/", 1)[0]


def tombstone(receipt_code: str, document_id: str) -> str:
    """The key of a destroyed document's tombstone."""
    return f"{DISPOSED}{receipt_code}/{document_id}/tombstone.json"


def disposed(receipt_code: str = "") -> str:
    """The prefix of the tombstones of a dossier, or of all of them."""
    return f"{DISPOSED}{receipt_code}/" if receipt_code else DISPOSED


def disposal(batch_id: str, name: str = "") -> str:
    """The prefix of a disposal batch, or one of its files."""
    return f"{DISPOSAL}{batch_id}/{name}"


def transfer(batch_id: str, name: str = "") -> str:
    """The prefix of a transfer batch, or one of its files."""
    return f"{TRANSFER}{batch_id}/{name}"


def transferred(receipt_code: str = "", document_id: str = "") -> str:
    """The key of a transferred document's transfer record, or the prefix of a dossier's (or
    of all of them)."""
    if not receipt_code:
        return TRANSFERRED
    if not document_id:
        return f"{TRANSFERRED}{receipt_code}/"
    return f"{TRANSFERRED}{receipt_code}/{document_id}/transfer.json"


def hold_decision(record_prefix: str, stamp: str) -> str:
    """The key of one legal hold decision on the record at ``record_prefix`` (``aip/…/``)."""
    return f"{HOLDS}{record_of(record_prefix)}/{stamp}.json"


def retention_change(record_prefix: str, stamp: str) -> str:
    """The key of one retention extension of the record at ``record_prefix``."""
    return f"{RETENTION_CHANGES}{record_of(record_prefix)}/{stamp}.json"


def retention_end(year: int, manifest_key: str) -> str:
    """The lookup that says a document's retention ends in ``year``."""
    return f"{RETENTION_ENDS}{year:04d}/{record_of(manifest_key)}"


def retention_day(day: str, manifest_key: str) -> str:
    """The lookup that says a document's retention ends on ``day`` (``YYYY-MM-DD``)."""
    return f"{RETENTION_DAYS}{day}/{record_of(manifest_key)}"


def retention_day_of(pointer: str) -> tuple[str, str]:
    """(day, manifest key) of a retention-day lookup."""
    day, code, doc = pointer.removeprefix(RETENTION_DAYS).split("/", 2)
    return day, manifest(code, doc)


def manifest_of_retention_end(pointer: str) -> str:
    """The manifest a retention-end lookup points to."""
    return aip(*pointer.removeprefix(RETENTION_ENDS).split("/", 1)[1].split("/", 1)) + \
        "manifest.json"


def receipt(receipt_code: str) -> str:
    """The key of a registered receipt."""
    return f"{RECEIPTS}{receipt_code}.json"


def intake_original(sha256: str, filename: str = "") -> str:
    """The prefix of an input file kept as received, or the file itself."""
    return f"{INTAKE}{sha256}/" + (f"original/{filename}" if filename else "")


def batch(batch_id: str, name: str = "") -> str:
    """The prefix of a received batch, or one of its files (``batch.json``,
    ``outcome.json``, ``rejected/page-00001.jpg``)."""
    return f"{INTAKE_BATCHES}{batch_id}/{name}"


def batch_id_of(key: str) -> str:
    """The batch id of a key under ``intake/batches/``."""
    return key.removeprefix(INTAKE_BATCHES).split("/", 1)[0]


def dossier_batch(receipt_code: str, batch_id: str = "") -> str:
    """The lookup of a dossier's batches (all of them, or one)."""
    return f"{INTAKE_DOSSIERS}{receipt_code}/{batch_id}"


def clerk_batches(clerk_hash: str) -> str:
    """The prefix of the lookups of one clerk's batches."""
    return f"{INTAKE_CLERKS}{clerk_hash}/"


def day_dossiers(day: str, receipt_code: str = "") -> str:
    """The lookup of the dossiers seen on ``day`` (all of them, or one)."""
    return f"{INTAKE_DAYS}{day}/{receipt_code}"


def work_page(batch_id: str, index: int) -> str:
    """The key of a page read by a worker, waiting to be assembled (0-based ``index``)."""
    return f"work/{batch_id}/page-{index + 1:05d}.json"


def fixity_run(stamp: str) -> str:
    """The key of one fixity run's report."""
    return f"{FIXITY_RUNS}{stamp}.json"


def audit_seal(seq: int) -> str:
    """The key of the seal of the audit trail up to entry ``seq``."""
    return f"{AUDIT_SEALS}{seq:012d}.json"


def seal_seq(key: str) -> int | None:
    """The entry a seal's key seals up to; None for a key that is not a seal."""
    if not key.startswith(AUDIT_SEALS) or not key.endswith(".json"):
        return None
    number = key.removeprefix(AUDIT_SEALS).removesuffix(".json")
    return int(number) if number.isdigit() else None


def backup_minutes(set_id: str) -> str:
    """The key of the signed minutes of the backup set ``set_id``."""
    return f"{BACKUP_MINUTES}{set_id}.pdf"


def dossier_life(receipt_code: str, position: int = 0, step: str = "") -> str:
    """The prefix of a dossier's life steps, or the key of step number ``position``."""
    prefix = f"{DOSSIERS}{receipt_code}/life/"
    return f"{prefix}{position}-{step}.json" if position else prefix


def report_day(day: str, stamp: str = "") -> str:
    """The prefix of the report's summaries of ``day``, or the one as of ``stamp``."""
    return f"{REPORT_DAYS}{day}/" + (f"{stamp}.json" if stamp else "")


def report_rollup(day: str, stamp: str = "") -> str:
    """The prefix of the report's rollups of ``day``, or the one as of ``stamp``."""
    return f"{REPORT_ROLLUPS}{day}/" + (f"{stamp}.json" if stamp else "")


def reuse(receipt_code: str, document_id: str, dossier: str = "") -> str:
    """The prefix of the records of a document's reuse in other dossiers, or the key of its
    reuse in ``dossier``."""
    prefix = f"{DOSSIERS}{receipt_code}/reuse/{document_id}/"
    return f"{prefix}{dossier}.json" if dossier else prefix


def outbox_day(day: str) -> str:
    """The prefix of the notifications enqueued on ``day`` (``YYYY-MM-DD``)."""
    return f"{OUTBOX}{day}/"


def outbox_event(day: str, event_id: str, name: str = "") -> str:
    """The prefix of one notification, or one of its objects (``event.json``)."""
    return f"{OUTBOX}{day}/{event_id}/{name}"


def outbox_delivery(day: str, event_id: str, registration_id: str, what: str) -> str:
    """The key of what happened to one notification for one callback registration:
    ``attempt-0001``, ``attempt-0001.error``, ``delivered`` or ``dead``."""
    return outbox_event(day, event_id, f"{registration_id}.{what}.json")


def outbox_id(event_id: str) -> str:
    """The lookup that says under which day a notification is kept."""
    return f"{OUTBOX}ids/{event_id}.json"
