"""The audit key and the head witness: what the audit trail keeps outside the data folder.

The key signs every entry and seal of the trail (``archive.audit``); whoever can write the
data folder but not read the key cannot forge, rewrite or cut back a trail unseen. It is made
at first use: 32 random bytes, readable by its owner only, in a folder only its owner can
enter. Beside it, one small file per trail records the newest head that was sealed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from pathlib import Path

from sohoa.errors import ConfigurationError

__all__ = ["default_key_file", "load_key", "witness_file", "write_private"]

KEY_BYTES = 32


def default_key_file() -> Path:
    """``$XDG_CONFIG_HOME/sohoa/audit.key`` (``~/.config/sohoa/audit.key`` by default)."""
    base = os.environ.get("XDG_CONFIG_HOME", "")
    config = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return config / "sohoa" / "audit.key"


def witness_file(key_file: Path, trail: Path | str) -> Path:
    """Where the newest sealed head of ``trail`` (its file, or what names it: see
    ``archive.audit_trail.Trail.identity``) is recorded: beside the key, one per trail."""
    identity = str(trail.resolve()) if isinstance(trail, Path) else trail
    name = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]
    return key_file.parent / "audit-heads" / f"{name}.json"


def write_private(path: Path, data: bytes, *, replace: bool) -> None:
    """Write ``data`` to ``path`` whole or not at all, readable by its owner only (its folder
    made 0700). Without ``replace`` a file already there is kept (two processes making the
    same key at once both end up using the first one's)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if replace:
            tmp.replace(path)
        else:
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)  # exclusive, like O_EXCL, and never half written
    finally:
        tmp.unlink(missing_ok=True)


def load_key(path: Path, data: Path) -> bytes:
    """The audit key in ``path``, made there at first use. A key inside the data folder
    ``data``, readable by its group or by everyone, or too short is refused."""
    path = path.expanduser()
    if path.resolve().is_relative_to(data.resolve()):
        raise ConfigurationError(
            f"Khóa nhật ký {path} nằm trong thư mục dữ liệu {data}: đặt SOHOA_AUDIT_KEY_FILE ra "
            "ngoài thư mục đó (the audit key must not be in the data folder, whoever can write "
            "it could then forge the trail; set SOHOA_AUDIT_KEY_FILE to a file outside it)")
    try:
        if not path.exists():
            write_private(path, secrets.token_bytes(KEY_BYTES), replace=False)
        mode = path.stat().st_mode
        key = path.read_bytes()
    except OSError as exc:
        raise ConfigurationError(
            f"Không tạo hoặc đọc được khóa nhật ký {path}: {exc.strerror} (the audit key cannot "
            "be made or read; set SOHOA_AUDIT_KEY_FILE to a file this account owns)") from exc
    if mode & 0o077:
        raise ConfigurationError(
            f"Khóa nhật ký {path} để người khác truy cập được (quyền {mode & 0o777:o}): chạy "
            f"`chmod 600 {path}` (the audit key is open to its group or to everyone; make it "
            "readable by its owner only)")
    if len(key) < KEY_BYTES:
        raise ConfigurationError(
            f"Khóa nhật ký {path} quá ngắn ({len(key)} byte) (the audit key must be at least "
            f"{KEY_BYTES} bytes; restore it from its backup)")
    return key
