"""The object store port and its embedded adapter, a folder on disk.

Objects are written once. An object may carry a retain-until date (or be kept permanently) and
a legal hold; deleting it before then is refused. On the folder store this is enforced by sohoa
and by read-only file modes only: anyone with access to the folder can still change files, which
``fixity`` detects. Server-side write-once storage (S3 Object Lock) is the stronger guarantee.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar, overload

from pydantic import BaseModel, ValidationError

from archive.errors import (
    ArchiveError,
    InvalidKeyError,
    ObjectExistsError,
    ObjectMissingError,
    RetentionLockedError,
)
from sohoa.errors import StorageFullError

__all__ = ["FolderStore", "ObjectInfo", "ObjectStore", "get_json", "put_json", "put_pointer"]

RecordT = TypeVar("RecordT", bound=BaseModel)

_KEY = re.compile(r"^[A-Za-z0-9._\-]+(/[A-Za-z0-9._\-]+)*$")


@dataclass(frozen=True, slots=True)
class ObjectInfo:
    """What the store recorded when an object was written."""

    key: str
    size: int
    sha256: str
    retain_until: date | None
    permanent: bool
    legal_hold: bool


class ObjectStore(Protocol):
    """Write-once object storage.

    Implementations MUST refuse to replace an object with different bytes, MUST refuse to
    delete an object before its retain-until date, when permanent, or under legal hold, and
    MUST accept writing the same bytes again under the same key (so retries are harmless).
    """

    def put(
        self, key: str, data: bytes, *, retain_until: date | None = None, permanent: bool = False
    ) -> ObjectInfo:
        """Store ``data`` under ``key``."""
        ...

    def get(self, key: str) -> bytes:
        """Return the bytes of an object."""
        ...

    def info(self, key: str) -> ObjectInfo:
        """Return what was recorded when the object was written."""
        ...

    def exists(self, key: str) -> bool:
        """Tell whether an object exists."""
        ...

    def list(self, prefix: str = "", *, start_after: str = "") -> Iterator[str]:
        """Yield the keys under ``prefix`` in sorted order (only those after ``start_after``
        when given), as they are read: a caller that stops early reads no further."""
        ...

    def delete(self, key: str, *, today: date | None = None) -> None:
        """Delete an object whose retention has ended."""
        ...

    def set_legal_hold(self, key: str, hold: bool) -> None:
        """Set or release the legal hold of an object."""
        ...

    def extend_retention(self, key: str, until: date | None) -> ObjectInfo:
        """Keep an object until a later date (``None``: permanently); never shorter."""
        ...

    def locate(self, key: str) -> str:
        """Return where a person finds the object (a path or a URL)."""
        ...

    def heal(self, key: str, data: bytes) -> ObjectInfo:
        """Put back the bytes of a damaged or missing object from a copy: only ``data`` whose
        sha256 and size are the ones recorded when the object was written, never others."""
        ...


def check_key(key: str) -> str:
    """Return ``key`` if it is a safe object key, else raise ``InvalidKeyError``."""
    if not _KEY.match(key) or any(part in (".", "..") for part in key.split("/")):
        raise InvalidKeyError(f"not a valid object key: {key!r}")
    return key


def put_json(store: ObjectStore, key: str, record: BaseModel | dict[str, Any], *,
             retain_until: date | None = None, permanent: bool = False) -> bytes:
    """Write a record as JSON (a typed record through its model, so it is checked first);
    return the bytes written."""
    body = record.model_dump(mode="json", by_alias=True) if isinstance(record, BaseModel) \
        else record
    data = json.dumps(body, ensure_ascii=False, indent=2, default=str).encode("utf-8")
    store.put(key, data, retain_until=retain_until, permanent=permanent)
    return data


@overload
def get_json(store: ObjectStore, key: str) -> dict[str, Any]: ...
@overload
def get_json(store: ObjectStore, key: str, model: type[RecordT]) -> RecordT: ...
def get_json(store: ObjectStore, key: str, model: type[RecordT] | None = None
             ) -> RecordT | dict[str, Any]:
    """Read a JSON record: as ``model`` (checked against it) or as a plain dict. A record that
    is not valid JSON, or not a valid ``model``, raises ``ArchiveError`` naming the key."""
    try:
        raw = json.loads(store.get(key))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArchiveError(f"{key} is not valid JSON: {exc}") from exc
    if model is None:
        if not isinstance(raw, dict):
            raise ArchiveError(f"{key} is not a JSON object")
        return raw
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ArchiveError(f"{key} is not a valid {model.__name__}: {where}: {first['msg']}"
                           ) from exc


def put_pointer(store: ObjectStore, key: str, body: dict[str, Any]) -> bool:
    """Write a small lookup object (a pointer to a record, no retention) unless it is there;
    return whether it was written. Pointers are hints: the record they point to decides."""
    if store.exists(key):
        return False
    store.put(key, json.dumps(body, sort_keys=True).encode())
    return True


def check_deletable(info: ObjectInfo, today: date) -> None:
    """Raise ``RetentionLockedError`` unless the object may be deleted on ``today``."""
    if info.legal_hold:
        raise RetentionLockedError(f"{info.key} is under legal hold and cannot be deleted")
    if info.permanent:
        raise RetentionLockedError(f"{info.key} is kept permanently and cannot be deleted")
    if info.retain_until and today < info.retain_until:
        raise RetentionLockedError(
            f"{info.key} is retained until {info.retain_until.isoformat()} and cannot be deleted"
        )


def check_longer(info: ObjectInfo, until: date | None) -> None:
    """Raise ``RetentionLockedError`` if keeping the object until ``until`` (``None``:
    permanently) would shorten its retention."""
    if info.permanent and until is not None:
        raise RetentionLockedError(f"{info.key} is kept permanently; its retention cannot be "
                                   "shortened")
    if until is not None and info.retain_until and until < info.retain_until:
        raise RetentionLockedError(
            f"{info.key} is retained until {info.retain_until.isoformat()}; its retention "
            f"cannot be shortened to {until.isoformat()}")


def check_healing(info: ObjectInfo, data: bytes) -> None:
    """Raise ``ObjectExistsError`` unless ``data`` are the bytes recorded for ``info``."""
    digest = hashlib.sha256(data).hexdigest()
    if digest != info.sha256 or len(data) != info.size:
        raise ObjectExistsError(
            f"{info.key}: bản sao có sha256 {digest}, không phải {info.sha256} đã ghi khi lưu "
            "trữ; không ghi đè (the copy is not the archived bytes; nothing is rewritten)")


def _written_beside(path: Path, data: bytes, mode: int) -> Path:
    """``data`` written and synced to a temporary file beside ``path``, with ``mode``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).chmod(mode)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise StorageFullError.at(path.parent) from exc
        raise
    return Path(tmp)


def _atomic_write(path: Path, data: bytes, mode: int) -> None:
    tmp = _written_beside(path, data, mode)
    try:
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _create(path: Path, data: bytes, mode: int) -> bool:
    """Write a new file whole, or nothing if one is already there (False): of two processes
    writing the same key at once, exactly one creates it. A file system without hard links
    falls back to a replacing write."""
    tmp = _written_beside(path, data, mode)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # no hard links here: the write-once check before is all there is
            tmp.replace(path)
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


class FolderStore:
    """Objects as read-only files under ``root/objects``; their records under ``root/meta``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self.meta = root / "meta"

    def _path(self, key: str) -> Path:
        return self.objects / check_key(key)

    def _meta_path(self, key: str) -> Path:
        return self.meta / (check_key(key) + ".json")

    def put(
        self, key: str, data: bytes, *, retain_until: date | None = None, permanent: bool = False
    ) -> ObjectInfo:
        """Store ``data`` under ``key``, read-only, with its retention record."""
        path = self._path(key)
        digest = hashlib.sha256(data).hexdigest()
        if self._meta_path(key).exists():
            existing = self.info(key)
            if existing.sha256 == digest and existing.size == len(data):
                if not path.exists():
                    _atomic_write(path, data, 0o444)
                return existing
            raise ObjectExistsError(f"{key} is already archived with different content")
        info = ObjectInfo(key, len(data), digest, retain_until, permanent, False)
        if not _create(self._meta_path(key), _encode(info), 0o444):
            # another writer claimed the key first: theirs stands, the same bytes pass
            existing = self.info(key)
            if existing.sha256 != digest or existing.size != len(data):
                raise ObjectExistsError(f"{key} is already archived with different content")
            info = existing
        _atomic_write(path, data, 0o444)
        return info

    def get(self, key: str) -> bytes:
        """Return the bytes of an object."""
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError as exc:
            raise ObjectMissingError(f"{key} is not in the archive") from exc

    def info(self, key: str) -> ObjectInfo:
        """Return the record written with the object."""
        try:
            raw = json.loads(self._meta_path(key).read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ObjectMissingError(f"{key} has no record in the archive") from exc
        until = raw.get("retain_until")
        return ObjectInfo(
            raw["key"], raw["size"], raw["sha256"],
            date.fromisoformat(until) if until else None,
            bool(raw.get("permanent")), bool(raw.get("legal_hold")),
        )

    def exists(self, key: str) -> bool:
        """Tell whether an object exists."""
        return self._path(key).is_file()

    def list(self, prefix: str = "", *, start_after: str = "") -> Iterator[str]:
        """Yield the keys under ``prefix`` in sorted order, from the write records, only
        those after ``start_after`` when given.

        The folders are walked in key order, one at a time, and those wholly before
        ``start_after`` or outside ``prefix`` are not read: a caller that stops early (a page
        of a long listing) reads only the folders on its way. A key whose file has gone
        missing is still listed, so ``fixity`` can report it.
        """
        folder = prefix.rpartition("/")[0]  # walk only the folder the prefix is in
        try:
            root = self.meta / check_key(folder) if folder else self.meta
        except InvalidKeyError:
            return  # no object has a key there
        yield from _walk(root, folder + "/" if folder else "", prefix, start_after)

    def delete(self, key: str, *, today: date | None = None) -> None:
        """Delete an object whose retention has ended and that is not on hold."""
        check_deletable(self.info(key), today or date.today())
        for path in (self._path(key), self._meta_path(key)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def set_legal_hold(self, key: str, hold: bool) -> None:
        """Set or release the legal hold of an object."""
        info = self.info(key)
        updated = ObjectInfo(
            info.key, info.size, info.sha256, info.retain_until, info.permanent, hold
        )
        _atomic_write(self._meta_path(key), _encode(updated), 0o444)

    def extend_retention(self, key: str, until: date | None) -> ObjectInfo:
        """Keep an object until a later date (``None``: permanently); a shorter retention is
        refused."""
        info = self.info(key)
        check_longer(info, until)
        updated = ObjectInfo(info.key, info.size, info.sha256,
                             None if until is None else until, until is None, info.legal_hold)
        if info.permanent:
            return info
        _atomic_write(self._meta_path(key), _encode(updated), 0o444)
        return updated

    def heal(self, key: str, data: bytes) -> ObjectInfo:
        """Put back a damaged or missing file from a copy whose sha256 and size are those of
        its write record: the read-only file is replaced whole (a new file moved over it), its
        record and retention untouched. Other bytes are refused."""
        info = self.info(key)
        check_healing(info, data)
        _atomic_write(self._path(key), data, 0o444)
        return info

    def locate(self, key: str) -> str:
        """Return the file path of an object, or the folder of a prefix ending in ``/``."""
        if key.endswith("/"):
            return str(self.objects / check_key(key.rstrip("/")))
        return str(self._path(key))


def _walk(folder: Path, base: str, prefix: str, after: str) -> Iterator[str]:
    """The keys of the write records under ``folder`` (whose keys start with ``base``) that
    start with ``prefix`` and sort after ``after``, in key order: each folder's entries are
    sorted as their keys sort (a folder ``x`` as ``x/``, a record ``x.json`` as ``x``), so
    walking them in turn gives every key in order without sorting them all at once."""
    try:
        with os.scandir(folder) as found:
            entries = [(base + e.name + "/", True) if e.is_dir(follow_symlinks=False)
                       else (base + e.name.removesuffix(".json"), False)
                       for e in found if not e.name.startswith(".tmp-")
                       and (e.name.endswith(".json") or e.is_dir(follow_symlinks=False))]
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there (or removed since its parent was read)
    entries.sort()
    for key, is_folder in entries:
        if not is_folder:
            if key.startswith(prefix) and key > after:
                yield key
            continue
        if not (key.startswith(prefix) or prefix.startswith(key)):
            continue  # outside the prefix
        bound = after[:len(key)]
        if key < bound:
            continue  # every key in it sorts before ``after``
        yield from _walk(folder / key[len(base):-1], key, prefix,
                         after if key == bound else "")


def _encode(info: ObjectInfo) -> bytes:
    return json.dumps(
        {
            "key": info.key,
            "size": info.size,
            "sha256": info.sha256,
            "retain_until": info.retain_until.isoformat() if info.retain_until else None,
            "permanent": info.permanent,
            "legal_hold": info.legal_hold,
        },
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")
