"""One exception root for the whole product.

Each error carries a stable ``code`` (stored on job rows and returned by the API), an HTTP status
and a message a clerk can act on. Library exceptions are translated at the edge with
``raise XError(...) from exc`` so the type survives.
"""

from __future__ import annotations

__all__ = [
    "ConfigurationError",
    "InputDocumentError",
    "SohoaError",
    "StorageFullError",
    "TransientServiceError",
    "UsageError",
]


class SohoaError(Exception):
    """Root of every error sohoa raises on purpose."""

    code: str = "internal"
    http_status: int = 500
    message: str = "Unexpected error."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or type(self).message
        super().__init__(self.message)


class ConfigurationError(SohoaError):
    """A setting is missing or wrong, or a required program is not installed."""

    code = "configuration"
    message = "sohoa is not configured correctly."


class InputDocumentError(SohoaError):
    """An input file or page cannot be used; the message names the file, the page and why."""

    code = "bad_input"
    http_status = 422
    message = "The input file cannot be used."


class TransientServiceError(SohoaError):
    """A server (MinIO, Elasticsearch, Redis) did not answer; the same call may work later."""

    code = "service_unavailable"
    http_status = 503
    message = "A storage or search server is not reachable; the work will be retried."


class StorageFullError(SohoaError):
    """A disk sohoa writes to is full: what was being written is not kept (nothing half
    written stays), and the same call works once space is freed."""

    code = "storage_full"
    http_status = 507
    message = ("Ổ đĩa dữ liệu đã đầy: chưa nhận gì; báo quản trị viên giải phóng dung lượng rồi "
               "gửi lại (the data disk is full: nothing was kept; free space, then send again).")

    @classmethod
    def at(cls, where: object) -> StorageFullError:
        """The error for a full disk under ``where`` (a folder or file)."""
        return cls(f"Ổ đĩa chứa {where} đã đầy: chưa nhận gì; báo quản trị viên giải phóng dung "
                   f"lượng rồi gửi lại (the disk holding {where} is full: nothing was kept; "
                   "free space, then send again).")


class UsageError(SohoaError):
    """A command or request asks for something that cannot be meant (e.g. a date in the
    future); the message says what to give instead."""

    code = "bad_request"
    http_status = 400
    message = "The request cannot be carried out as given."
