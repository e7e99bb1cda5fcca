"""Costly checks of what people send (a PDF to verify), run in a small pool of separate
processes, each within a time limit: a file built to be expensive costs one worker process
for at most that long, is then killed, and never slows the service that received it.

The pool is started at first use, with ``forkserver`` so the workers do not inherit the
threads of the web server.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from typing import Any, TypeVar

from pebble import ProcessExpired, ProcessPool

from sohoa.errors import SohoaError
from sohoa.processes import worker_context

__all__ = ["BusyError", "CheckFailedError", "CheckTimeoutError", "Checks"]

T = TypeVar("T")


class CheckTimeoutError(SohoaError):
    """A check took longer than the service allows and was stopped."""

    code = "check_timeout"
    http_status = 422


class CheckFailedError(SohoaError):
    """The process checking a file ended without an answer (out of memory, a crash)."""

    code = "check_failed"
    http_status = 422


class BusyError(SohoaError):
    """As many checks as the service allows are under way already."""

    code = "busy"
    http_status = 503


class Checks:
    """At most ``workers`` checks at once in their own processes, each within ``timeout_s``;
    at most ``open_slots`` of them from people who have not signed in, running or waiting."""

    def __init__(self, workers: int, timeout_s: float, open_slots: int) -> None:
        self.workers = workers
        self.timeout_s = timeout_s
        self._open = threading.BoundedSemaphore(open_slots)
        self._pool: ProcessPool | None = None
        self._lock = threading.Lock()

    def _started(self) -> ProcessPool:
        with self._lock:
            if self._pool is None or not self._pool.active:
                self._pool = ProcessPool(max_workers=self.workers,
                                         context=worker_context())
            return self._pool

    def warm(self, fn: Callable[[], object]) -> None:
        """Start the worker processes now and give each ``fn`` to run (it returns at once),
        so that they import its module and what that imports before anyone waits: without
        it, the first verification after a start waited for that (5 to 13 s on a busy
        machine, ``bench/load.py``). Does not wait."""
        pool = self._started()
        for _ in range(self.workers):
            pool.schedule(fn, timeout=self.timeout_s)

    @contextmanager
    def slot(self, anonymous: bool) -> Iterator[None]:
        """Hold one of the places for anonymous checks (signed-in people need none)."""
        if not anonymous:
            yield
            return
        if not self._open.acquire(blocking=False):
            raise BusyError("Đang có nhiều yêu cầu xác minh; thử lại sau ít phút (the service is "
                            "busy verifying other files; try again in a few minutes).")
        try:
            yield
        finally:
            self._open.release()

    def run(self, what: str, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a worker process; ``what`` names the file in errors."""
        future = self._started().schedule(fn, args=args, timeout=self.timeout_s)
        try:
            return future.result()  # type: ignore[no-any-return]
        except FutureTimeout as exc:
            raise CheckTimeoutError(
                f"{what}: kiểm tra quá {self.timeout_s:.0f} giây nên đã dừng; tệp quá phức tạp "
                f"(checking took longer than {self.timeout_s:.0f} s and was stopped)") from exc
        except ProcessExpired as exc:
            raise CheckFailedError(
                f"{what}: tiến trình kiểm tra dừng bất thường (the check ended without an "
                f"answer: {exc})") from exc

    def close(self) -> None:
        """Stop the worker processes."""
        with self._lock:
            if self._pool is not None:
                self._pool.stop()
                self._pool.join(timeout=5)
                self._pool = None
