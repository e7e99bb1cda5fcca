"""Where a process spends its time: seconds per stage, added up as the stages run.

Each process keeps its own sums. A page worker hands the seconds it spent on a page back
with the page (``take``), and the process that gathers the pages adds them to its own
(``add``), so the process that ran a batch holds the whole batch's profile
(``bench/ocr_speed.py`` prints it). Each stage is timed twice: its seconds (``name``), and
the processor seconds the process spent in it (``name`` + ``CPU``), which other work on the
machine does not inflate. Timing a stage costs two clock readings at each end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from time import perf_counter, process_time

__all__ = ["CPU", "add", "stage", "take"]

_spent: dict[str, float] = {}

CPU = ", processor seconds"
"""What the name of a stage's processor seconds ends with."""


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the seconds the ``with`` block takes to the stage ``name``, and its processor
    seconds to ``name + CPU`` (also when it raises)."""
    start, cpu = perf_counter(), process_time()
    try:
        yield
    finally:
        _spent[name] = _spent.get(name, 0.0) + perf_counter() - start
        _spent[name + CPU] = _spent.get(name + CPU, 0.0) + process_time() - cpu


def add(spent: Iterable[tuple[str, float]]) -> None:
    """Add seconds spent elsewhere (a page worker's, for one page) to this process's sums."""
    for name, seconds in spent:
        _spent[name] = _spent.get(name, 0.0) + seconds


def take() -> tuple[tuple[str, float], ...]:
    """Return this process's seconds per stage since the last ``take``, and start again
    from zero."""
    spent = tuple(_spent.items())
    _spent.clear()
    return spent
