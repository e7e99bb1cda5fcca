"""The tables the load bench (``bench/load.py``) prints: per route, the idle and the loaded
figures side by side (requests, p50/p95/p99 in milliseconds, answers expected, intended and
unintended, with their statuses), pages per second, and the checks that nothing was lost."""

from __future__ import annotations

from collections import Counter
from typing import Any

__all__ = ["checks_table", "figures_table", "percentile", "unintended"]


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0–1) of ``values``, nearest rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def _cell(answers: list[list[Any]]) -> str:
    if not answers:
        return f"{'':>5} {'':>7} {'':>7} {'':>7}"
    ms = [a[2] for a in answers]
    return (f"{len(ms):>5} {percentile(ms, 0.5):>7.0f} {percentile(ms, 0.95):>7.0f} "
            f"{percentile(ms, 0.99):>7.0f}")


def _statuses(answers: list[list[Any]], kind: str) -> str:
    found = Counter(a[0] for a in answers if a[1] == kind)
    return " ".join(f"{n}×{s}" for s, n in sorted(found.items())) or "-"


def unintended(result: dict[str, Any]) -> dict[str, Counter[int]]:
    """Route → statuses of the answers that were errors (neither expected nor intended), in
    both phases."""
    out: dict[str, Counter[int]] = {}
    for phase in ("idle", "load"):
        for route, answers in result[phase]["answers"].items():
            bad = Counter(a[0] for a in answers if a[1] == "error")
            if bad:
                out.setdefault(route, Counter()).update(bad)
    return out


def most_at_once(answers: list[list[Any]]) -> int:
    """The most of these requests under way at once, as their senders saw them."""
    events = sorted([(a[3], 1) for a in answers] + [(a[3] + a[2] / 1000, -1) for a in answers],
                    key=lambda e: (e[0], e[1]))
    most = now = 0
    for _, step in events:
        now += step
        most = max(most, now)
    return most


def _pages_per_second(batches: list[dict[str, Any]]) -> tuple[int, float, float]:
    """Pages, seconds from the first upload to the last batch's end, pages per second."""
    ended = [b for b in batches if b.get("done")]
    if not ended:
        return 0, 0.0, 0.0
    pages = sum(b["pages"] for b in ended)
    span = max(b["done"] for b in ended) - min(b["sent"] for b in ended)
    return pages, span, pages / span if span > 0 else 0.0


def figures_table(result: dict[str, Any]) -> str:
    """The per-route table, idle beside loaded, and the pages processed per second."""
    idle, load = result["idle"]["answers"], result["load"]["answers"]
    routes = sorted(set(idle) | set(load))
    width = max(len(r) for r in routes) if routes else 10
    target = ("servers (MinIO, Elasticsearch, PostgreSQL, Redis, workers)" if result["scale"]
              else "embedded default")
    lines = [
        f"sohoa load bench: {target}; "
        f"{result['users']} users for {result['minutes']:g} min, x{result['factor']:g} a "
        "centre's peak hour; times in ms",
        f"{'route':<{width}} | {'idle':^29} | {'under load':^29} | answers under load",
        f"{'':<{width}} | {'n':>5} {'p50':>7} {'p95':>7} {'p99':>7} | {'n':>5} {'p50':>7} "
        f"{'p95':>7} {'p99':>7} | expected / intended / unintended",
    ]
    for route in routes:
        answers = load.get(route, [])
        lines.append(f"{route:<{width}} | {_cell(idle.get(route, []))} | {_cell(answers)} | "
                     f"{_statuses(answers, 'ok')} / {_statuses(answers, 'intended')} / "
                     f"{_statuses(answers, 'error')}")
    total = sum(len(a) for a in load.values())
    intended = sum(1 for a in load.values() for x in a if x[1] == "intended")
    errors = sum(1 for a in load.values() for x in a if x[1] == "error")
    seconds = result["ended"] - result["started"]
    anonymous = [a for route, answers in load.items()
                 if route.startswith(("POST /api/verify", "GET /xac-minh")) for a in answers]
    if anonymous:
        busy = sum(1 for a in anonymous if a[0] == 503)
        lines.append(f"anonymous verifications: {len(anonymous)}, at most {most_at_once(anonymous)}"
                     f" under way at once as their senders saw them; {busy} turned away busy "
                     "(503: more than web.anonymous_verifications under way)")
    lines.append(f"under load: {total} requests ({total / seconds:.1f}/s), {intended} intended "
                 f"refusals, {errors} unintended errors")
    for name, batches in (("idle", result["idle"]["batches"]),
                          ("under load", result["load"]["batches"])):
        pages, span, rate = _pages_per_second(batches)
        lines.append(f"pages processed {name}: {pages} pages of {len(batches)} batches in "
                     f"{span:.0f} s from the first upload to the last end = {rate:.2f} pages/s")
    offered = sum(b["pages"] for b in result["load"]["batches"])
    lines.append(f"pages offered under load: {offered} in {seconds:.0f} s = "
                 f"{offered / seconds:.2f} pages/s")
    return "\n".join(lines)


def checks_table(result: dict[str, Any]) -> tuple[str, bool]:
    """Whether anything was lost: per batch, and the audit trail; and whether the run is
    whole (nothing lost, no unintended error, the audit trail intact)."""
    checked = result["checked"]
    lost = [c for c in checked if not c["whole"]]
    lines = [f"batches uploaded: {len(checked)}; ended archived whole: "
             f"{len(checked) - len(lost)}; pages sent {sum(c['pages'] for c in checked)}, "
             f"archived {sum(c['archived_pages'] for c in checked)}; documents "
             f"{sum(c['documents'] for c in checked)}, in the store "
             f"{sum(c['in_store'] for c in checked)}, found by search "
             f"{sum(c['in_search'] for c in checked)}"]
    for c in lost:
        lines.append(f"  NOT WHOLE {c['batch']} ({c['code']}): state {c['state']}, pages "
                     f"{c['archived_pages']}/{c['pages']}, documents {c['documents']}, in the "
                     f"store {c['in_store']}, in search {c['in_search']}")
    code, text = result["audit"]
    lines.append(f"sohoa audit verify: {'passes' if code == 0 else 'FAILS'} "
                 f"({text.strip().splitlines()[-1] if text.strip() else ''})")
    bad = unintended(result)
    for route, statuses in bad.items():
        lines.append(f"  unintended: {route}: "
                     + " ".join(f"{n}×{s}" for s, n in sorted(statuses.items())))
    whole = not lost and code == 0 and not bad and bool(checked)
    lines.append("nothing lost, no unintended error" if whole else "NOT WHOLE: see above")
    return "\n".join(lines), whole
