"""Re-checking a transfer bag as the receiving archive would: BagIt (every sha256 of the
payload and of the tag files, with the Library of Congress' ``bagit``), METS and PREMIS against
the official schemas; the signatures of its PDFs are checked by the service (it holds the
verifier and the trust roots)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import bagit

from archive.transfer_xml import schema_errors

__all__ = ["BagCheck", "bags_in", "check_bag"]


@dataclass(slots=True)
class BagCheck:
    """What was found in one bag."""

    bag: Path
    problems: list[str] = field(default_factory=list)
    """Each in one line, naming the file: a sha256 that does not match, a file missing or
    not listed, a schema error, a signature that is not valid."""
    pdfs: list[Path] = field(default_factory=list)
    """The PDF files of the bag (payload and the transfer record), to check their signatures."""
    files: int = 0

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


def bags_in(folder: Path) -> list[Path]:
    """The bags ``folder`` is, or holds (one level down)."""
    if (folder / "bagit.txt").is_file():
        return [folder]
    return sorted(p for p in folder.iterdir() if (p / "bagit.txt").is_file()) \
        if folder.is_dir() else []


def _detail(error: object) -> str:
    if isinstance(error, bagit.ChecksumMismatch):
        return (f"{error.path}: sha256 {error.found} does not match {error.expected} in the "
                "bag's manifest: the file was altered")
    if isinstance(error, bagit.FileMissing):
        return f"{error.path}: listed in the bag's manifest but missing"
    if isinstance(error, bagit.UnexpectedFile):
        return f"{error.path}: in the bag but not in its manifest"
    return str(error)


def check_bag(path: Path) -> BagCheck:
    """Check one bag: BagIt completeness and every sha256, then METS and PREMIS against the
    official schemas. Never raises for what it finds: each problem is one line."""
    check = BagCheck(path)
    try:
        bag = bagit.Bag(str(path))
    except bagit.BagError as exc:
        check.problems.append(f"{path}: not a readable bag: {exc}")
        return check
    try:
        bag.validate()
    except bagit.BagValidationError as exc:
        found = [_detail(d) for d in exc.details] or [exc.message]
        check.problems.extend(f"{path.name}/{p}" for p in found)
    except bagit.BagError as exc:
        check.problems.append(f"{path.name}: {exc}")
    check.files = len(list(bag.payload_files()))
    for name, schema in (("data/mets.xml", "mets"), ("data/metadata/premis.xml", "premis")):
        file = path / name
        if not file.is_file():
            check.problems.append(f"{path.name}/{name}: missing")
            continue
        check.problems.extend(f"{path.name}/{name}: {e}" for e in schema_errors(
            file.read_bytes(), schema))  # type: ignore[arg-type]
    check.pdfs = sorted(p for p in path.rglob("*.pdf") if p.is_file())
    return check
