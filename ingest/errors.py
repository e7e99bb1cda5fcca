"""Errors raised while loading input files and pages."""

from __future__ import annotations

from pathlib import Path

from sohoa.errors import InputDocumentError

__all__ = [
    "CorruptFileError",
    "EmptyFileError",
    "EncryptedPdfError",
    "FileTooLargeError",
    "InputNotFoundError",
    "PageTooLargeError",
    "UnsupportedFileTypeError",
]


class _FileError(InputDocumentError):
    """An input file cannot be read; the message starts with the file name, then says why in
    Vietnamese, then in English."""

    reason = "cannot be used"
    reason_vi = "không dùng được tệp"

    def __init__(self, path: Path | str, detail: str | None = None) -> None:
        self.path = Path(path)
        self.detail = detail
        text = f"{self.path.name}: {self.reason_vi} ({self.reason})"
        if detail:
            text = f"{text} ({detail})"
        super().__init__(text)

    def __reduce__(self) -> tuple[type[_FileError], tuple[Path, str | None]]:
        # rebuilt from its parts when it crosses a process boundary, not from its message
        return type(self), (self.path, self.detail)


class InputNotFoundError(_FileError):
    code = "not_found"
    reason = "no such file or folder"
    reason_vi = "không có tệp hoặc thư mục này"


class EmptyFileError(_FileError):
    code = "empty_file"
    reason = "the file is empty (0 bytes); scan the dossier again"
    reason_vi = "tệp rỗng (0 byte); quét lại hồ sơ"


class UnsupportedFileTypeError(_FileError):
    code = "unsupported_type"
    reason = "not a PDF, TIFF, JPEG or PNG scan; export the scan again in one of these formats"
    reason_vi = ("không phải bản quét PDF, TIFF, JPEG hoặc PNG; xuất lại bản quét theo một "
                 "trong các định dạng này")


class CorruptFileError(_FileError):
    code = "corrupt_file"
    reason = "the file is damaged or truncated and cannot be read; scan the dossier again"
    reason_vi = "tệp bị hỏng hoặc không trọn vẹn, không đọc được; quét lại hồ sơ"


class EncryptedPdfError(_FileError):
    code = "encrypted_pdf"
    reason = "the PDF is password-protected; upload a copy without a password"
    reason_vi = "tệp PDF có mật khẩu; tải lên bản không đặt mật khẩu"


class FileTooLargeError(_FileError):
    code = "file_too_large"
    reason = "the file is over the size limit; split the batch into smaller files"
    reason_vi = "tệp vượt quá dung lượng cho phép; chia lô thành các tệp nhỏ hơn"


class PageTooLargeError(_FileError):
    code = "page_too_large"
    reason = "a page is over the pixel limit; scan at 200-300 dpi"
    reason_vi = "có trang vượt quá số điểm ảnh cho phép; quét ở 200-300 dpi"
