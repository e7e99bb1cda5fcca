"""What search and indexing cost as the archive grows, adapter beside adapter.

Generates a synthetic archive (deterministic from ``--seed``): records of 1–3 KB of Vietnamese
text in NFC with diacritics, drawn from a Zipf-distributed vocabulary of syllables and
administrative phrases, ~10 document types, ~300 procedures, ~200 agencies and 15 years of
dates. Builds ``--size`` records into each adapter named by ``--adapters`` through its own
``bulk`` (batches of ``--batch``; the embedded index as ``sohoa reindex`` builds it, a new
index beside the live one switched in when complete, unless ``--build bulk``), then times
``--queries`` queries of each kind:

- ``rare``: 2–3 rarer words of one record;
- ``common``: one of the 20 commonest words;
- ``phrase``: a 4-word phrase of one record, with its diacritics;
- ``filtered``: 2 words, one agency and a 3-year date range;
- ``filters``: a type and an agency, no words (newest first);
- ``page50``: page 50 (10 a page) of a common word, asked with the cursor page 49 returned.

Each query is timed through ``find`` as the search page asks it (first pages with facets,
``--no-facets`` without). Prints p50/p95/p99 ms per kind, the build rate, the size on disk and
the cost of a live ``index`` of one document on the built index, adapter beside adapter.
Tantivy's live ``index`` returns before its commit (``search_api.tantivy_writer``): the
commit of that one document, which a timer makes within ``COMMIT_DELAY_S`` (0.3 s), is timed
alone as ``commit ms``; another process sees the document after both.

Adapters: ``sqlite-old`` (the FTS5 index of the previous release; its bulk deletes every record
by an unindexed column first, which is quadratic, so the bench fills it with the same rows by
plain inserts into a fresh file: the queries are the previous release's), ``tantivy`` (the
embedded default), ``es`` (Elasticsearch at ``SOHOA_ES_URL``, index ``bench-search-*``,
deleted after).

With ``--http N``, N rare-word queries are also timed through ``sohoa serve``'s
``/api/search`` (a real server over the built Tantivy index, an archivist's API key, the
audit trail written) beside the same queries through the adapter.

Usage: ``python bench/search_scale.py --size 100000 --adapters sqlite-old,tantivy,es --http 200``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.search_batches import generated, read_back, spool
from search_api import IndexRecord, SearchIndex, SearchQuery
from sohoa.text import nfc

ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh",
          "ph", "qu", "s", "t", "th", "tr", "v", "x")
RHYMES = ("a", "ai", "am", "an", "ang", "anh", "ao", "ay", "ăn", "ăng", "âm", "ân", "âu", "ây",
          "e", "em", "en", "eo", "ê", "ên", "ênh", "i", "ia", "im", "in", "inh", "iêm", "iên",
          "iêu", "o", "oa", "oai", "oan", "oang", "oanh", "oi", "om", "on", "ong", "ô", "ôi",
          "ôm", "ôn", "ông", "ơ", "ơi", "ơn", "u", "ua", "ui", "um", "un", "ung", "uy", "uyên",
          "ư", "ưa", "ươi", "ương", "ưu")
TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
PHRASES = ("giấy khai sinh", "ủy ban nhân dân", "cộng hòa xã hội chủ nghĩa việt nam",
           "độc lập tự do hạnh phúc", "quyền sử dụng đất", "hộ khẩu thường trú",
           "căn cước công dân", "đăng ký kết hôn", "chứng thực bản sao", "giấy phép xây dựng",
           "hợp đồng chuyển nhượng", "trích lục hộ tịch", "xác nhận tình trạng hôn nhân",
           "phường", "xã", "huyện", "tỉnh", "số", "ngày", "tháng", "năm", "ông", "bà", "họ và tên")
TYPES = ("giay_khai_sinh", "don_de_nghi", "hop_dong", "quyet_dinh", "cccd", "so_ho_khau",
         "giay_chung_nhan_qsdd", "bien_lai_thu_phi", "to_khai", "khac")
VOCABULARY = 30_000


def _vocabulary(rng: random.Random) -> list[str]:
    words, seen = list(PHRASES), set(PHRASES)
    while len(words) < VOCABULARY:
        syllables = [_syllable(rng) for _ in range(rng.choice((1, 1, 2)))]
        word = " ".join(syllables)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _syllable(rng: random.Random) -> str:
    rhyme = rng.choice(RHYMES)
    vowels = [i for i, c in enumerate(rhyme) if c in "aăâeêioôơuưy"]
    # the tone sits on the nucleus: the first of two final vowels, else the last vowel
    at = vowels[-2] + 1 if len(vowels) >= 2 and vowels[-1] == len(rhyme) - 1 else vowels[-1] + 1
    return nfc(rng.choice(ONSETS) + rhyme[:at] + rng.choice(TONES) + rhyme[at:])


class Archive:
    """The synthetic archive: record ``i`` is the same for a given seed, whatever else is
    generated."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed)
        self.seed = seed
        self.words = _vocabulary(rng)
        self.cum = list(_zipf_cum(len(self.words)))
        self.rank: dict[str, int] = {}
        for r, w in enumerate(self.words):
            for token in w.split():
                self.rank.setdefault(token, r)
        self.common = [w for w in self.words if " " not in w][:20]
        self.agencies = [f"000.00.{rng.randint(1, 99):02d}.H{rng.randint(10, 99)}"
                         for _ in range(200)]
        self.procedures = [nfc(" ".join(rng.choice(self.words[:400]) for _ in range(5))
                               ).capitalize() for _ in range(300)]
        self.start = date(2011, 1, 1)

    def record(self, i: int) -> IndexRecord:
        rng = random.Random(self.seed * 10_000_019 + i)
        n = rng.randint(90, 250)
        text_words = rng.choices(self.words, cum_weights=self.cum, k=n)
        lines = [" ".join(text_words[at:at + 12]).capitalize() for at in range(0, n, 12)]
        day = self.start + timedelta(days=rng.randrange(15 * 365))
        agency = rng.choice(self.agencies)
        code = f"{agency}-{day:%y%m%d}-{i % 10_000:04d}"
        doc_type = TYPES[min(int(rng.paretovariate(1.2)) - 1, len(TYPES) - 1)]
        return IndexRecord(
            document_id=f"doc-{i:08d}", receipt_code=code, doc_type=doc_type,
            doc_label=doc_type.replace("_", " "), title=" ".join(text_words[:6]).capitalize(),
            procedure=rng.choice(self.procedures), agency=f"UBND {agency}",
            doc_date=day.isoformat() if rng.random() < 0.8 else None,
            received_date=day.isoformat(), location=f"/archive/{code}/{i}",
            text=nfc("\n".join(lines)), fields={"so_hieu": f"{i}/QĐ-UBND"})

    def records(self, size: int) -> Iterator[IndexRecord]:
        return (self.record(i) for i in range(size))

    def queries(self, kind: str, size: int, count: int) -> list[SearchQuery]:
        rng = random.Random(f"{self.seed}-{kind}")
        out = []
        for _ in range(count):
            rec = self.record(rng.randrange(size))
            words = [w for w in rec.text.lower().split() if w not in {"", "và"}]
            agency = rec.receipt_code.split("-", 1)[0]
            if kind == "rare":
                rarer = sorted(set(words), key=self._rank)[-3:]
                out.append(SearchQuery(" ".join(rarer[-rng.randint(2, 3):])))
            elif kind == "common":
                out.append(SearchQuery(rng.choice(self.common)))
            elif kind == "phrase":
                at = rng.randrange(max(1, len(words) - 4))
                out.append(SearchQuery(" ".join(words[at:at + 4])))
            elif kind == "filtered":
                mid = [w for w in words if 100 < self._rank(w) < 3000][:2] or words[:2]
                year = int((rec.doc_date or rec.received_date)[:4])
                out.append(SearchQuery(" ".join(mid), agencies=(agency,),
                                       date_from=date(year - 1, 1, 1),
                                       date_to=date(year + 1, 12, 31)))
            elif kind == "filters":
                out.append(SearchQuery("", doc_type=rec.doc_type, agencies=(agency,)))
            elif kind == "page50":
                out.append(SearchQuery(rng.choice(self.common), offset=490))
        return out

    def _rank(self, word: str) -> int:
        return self.rank.get(word, len(self.words))


def _zipf_cum(n: int, s: float = 1.07) -> Iterator[float]:
    total = 0.0
    for rank in range(1, n + 1):
        total += 1.0 / rank ** s
        yield total


KINDS = ("rare", "common", "phrase", "filtered", "filters", "page50")
OLD_SQLITE = {  # ms p50 / p95 of the previous release's SQLite index, this archive, 2 cores
    100_000: {"rare": (16, 144), "common": (1_420, 1_926), "phrase": (1_117, 1_937),
              "filtered": (152, 571), "filters": (600, 646), "page50": (1_136, 1_781)},
    1_000_000: {"rare": (127, 384), "common": (15_027, 17_988), "phrase": (4_555, 18_977),
                "filtered": (1_153, 5_675), "filters": (5_426, 6_681),
                "page50": (9_606, 16_609)},
}
"""The reference printed beside the adapters when ``sqlite-old`` is not run at that size: its
queries at 1M take 5–19 s each (an hour for 200 of each kind), and its own ``bulk`` is
quadratic (days for 1M records)."""


def open_adapter(name: str, where: Path, es_index: str | None = None
                 ) -> tuple[SearchIndex, Callable[[], int]]:
    """The adapter ``name`` in ``where`` (Elasticsearch: the index ``es_index``, else a new
    one), and how to measure its size on disk."""
    if name == "sqlite-old":
        from search_api.sqlite_index import SqliteIndex

        idx = SqliteIndex(where / "index.sqlite3")
        idx.bulk = _plain_insert_bulk(idx)  # type: ignore[method-assign]
        return idx, lambda: _du(where)
    if name == "tantivy":
        from search_api.tantivy_index import TantivyIndex

        return TantivyIndex(where / "index"), lambda: _du(where)
    if name == "es":
        from search_api.es_index import ElasticIndex

        url = os.environ.get("SOHOA_ES_URL") or "http://127.0.0.1:9200"
        es = ElasticIndex(url, es_index or f"bench-search-{os.getpid()}", timeout_s=120)

        def size() -> int:
            es.client.indices.refresh(index=es.name)
            stats = es.client.indices.stats(index=es.name)
            return int(stats["_all"]["primaries"]["store"]["size_in_bytes"])
        return es, size
    raise SystemExit(f"unknown adapter {name!r}")


def _plain_insert_bulk(idx: Any) -> Callable[[list[IndexRecord]], None]:
    from contextlib import closing

    from search_api.sqlite_index import _meta
    from sohoa.text import fold

    def bulk(records: list[IndexRecord]) -> None:
        with closing(idx._connect()) as db, db:
            db.executemany("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
                (r.document_id, r.receipt_code, r.doc_type, r.doc_label, r.title, r.procedure,
                 r.agency, r.doc_date, r.received_date, r.location,
                 json.dumps(r.fields, ensure_ascii=False), r.text) for r in records])
            db.executemany("INSERT INTO documents_fts (document_id, body, meta) VALUES (?,?,?)",
                           [(r.document_id, fold(r.text), _meta(r)) for r in records])
    return bulk


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _timed_query(idx: SearchIndex, query: SearchQuery, facets: bool,
                 cpu: list[float] | None = None) -> float:
    """One request's time, as the callers make it: a deep page is asked with the cursor the
    page before it returned (reaching that cursor is not timed); its processor time (this
    process's, which other work on the machine does not stretch) is added to ``cpu``."""
    from dataclasses import replace

    if "facets" in SearchQuery.__dataclass_fields__:
        query = replace(query, facets=facets and not query.offset)
    if query.offset and "cursor" in SearchQuery.__dataclass_fields__:
        q = replace(query, offset=0)
        for _ in range(query.offset // query.limit):
            q = replace(q, cursor=idx.find(q).cursor)
        query = q
    start, used = time.perf_counter(), time.process_time()
    idx.find(query)
    if cpu is not None:
        cpu.append((time.process_time() - used) * 1000)
    return (time.perf_counter() - start) * 1000


def _http_overhead(where: Path, idx: SearchIndex, queries: list[SearchQuery]
                   ) -> dict[str, tuple[float, float]]:
    """The same queries through ``sohoa serve``'s ``/api/search`` (a real server over
    ``where`` as its data folder, an archivist's API key, the audit trail written) and
    through the adapter directly: p50 / p95 ms of each."""
    import socket
    import subprocess

    import httpx

    from sohoa.people import People

    root = Path(__file__).resolve().parents[1]
    people = People(where / "people.json")
    people.add_account("Lưu Trữ Viên", "luutru", ["archivist"], agency=None,
                       password="mat-khau-do-dac-1")
    key = people.new_api_key("luutru")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOHOA_")}
    config = Path(tempfile.mkdtemp(prefix="search-config-"))  # the audit key, outside
    env["XDG_CONFIG_HOME"] = str(config)
    server = subprocess.Popen([sys.executable, "-m", "cli.main", "serve", "--data", str(where),
                               "--port", str(port), "--log-level", "warning"], cwd=root, env=env)
    out: dict[str, list[float]] = {"http": [], "direct": []}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60,
                          headers={"Authorization": f"Bearer {key}"}) as client:
            deadline = time.monotonic() + 120
            while True:
                try:
                    client.get("/api/health").raise_for_status()
                    break
                except httpx.HTTPError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("sohoa serve did not start") from None
                    time.sleep(0.2)
            for i, q in enumerate(queries):
                params = {"q": q.text, "size": q.limit}
                if i < 5:  # warm
                    client.get("/api/search", params=params).raise_for_status()
                t = time.perf_counter()
                client.get("/api/search", params=params).raise_for_status()
                out["http"].append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                idx.find(q)
                out["direct"].append((time.perf_counter() - t) * 1000)
    finally:
        server.terminate()
        server.wait(30)
        shutil.rmtree(config, ignore_errors=True)
    return {k: (_pct(v, 50), _pct(v, 95)) for k, v in out.items()}


def run(args: argparse.Namespace) -> None:
    archive = Archive(args.seed)
    args.load_start = os.getloadavg()
    rows: dict[str, dict[str, Any]] = {}
    for name in args.adapters.split(","):
        built = Path(args.built) if args.built and name != "es" else None
        where = built or Path(tempfile.mkdtemp(prefix=f"search-{name}-", dir=args.tmp))
        idx, size_of = open_adapter(name, where, args.es_index)
        if name == "es" and args.es_index:
            figures = Path(args.tmp or tempfile.gettempdir()) / f"{args.es_index}.json"
            if figures.exists() and idx.count() >= args.size:  # kept by a run with --keep
                built = figures.parent
        try:
            build = cpu = 0.0
            # an embedded index's records are made before the clock starts and the whole
            # loop is timed: its threads go on indexing after ``bulk`` returned
            whole = name != "es"
            size = 0 if built else args.size
            batches = read_back(spool(archive, size, args.batch, where), size, args.batch) \
                if whole else generated(archive, size, args.batch, ahead=True)
            rebuild = name == "tantivy" and args.build == "rebuild" and not built
            start, used = time.perf_counter(), time.process_time()
            target = idx.begin_rebuild() if rebuild else idx
            for at, batch in batches:
                if not whole:
                    start, used = time.perf_counter(), time.process_time()
                target.bulk(batch)  # the generator's time is not the adapter's
                if not whole:
                    build += time.perf_counter() - start
                    cpu += time.process_time() - used
                if args.progress and (at // args.batch) % 50 == 49:
                    print(f"# {name}: {at + len(batch):,} records, "
                          f"{build or time.perf_counter() - start:.0f} s",
                          file=sys.stderr, flush=True)
            if whole:
                build, cpu = time.perf_counter() - start, time.process_time() - used
            start, used = time.perf_counter(), time.process_time()
            if rebuild:
                target.flush()
                idx.finish_rebuild(target)
            if hasattr(idx, "optimise") and not built:  # merged when it was built
                idx.optimise()
            build += time.perf_counter() - start
            cpu += time.process_time() - used
            row: dict[str, Any] = {"build_s": build, "rate": args.size / max(build, 1e-9),
                                   "cpu_ms": cpu / args.size * 1000,
                                   "size_mb": size_of() / 1e6, "count": idx.count()}
            figures = (where / "bench-build.json" if name != "es" else
                       Path(args.tmp or tempfile.gettempdir()) / f"{idx.name}.json")
            if built:  # the build's figures, as the run that built it measured them
                row |= json.loads(figures.read_text())
            elif args.keep:
                figures.write_text(json.dumps(
                    {k: row[k] for k in ("build_s", "rate", "cpu_ms", "size_mb")}))
            live, commit = [], []
            for j in range(args.live):
                rec = archive.record(args.size + j)
                t = time.perf_counter()
                idx.index(rec)
                live.append((time.perf_counter() - t) * 1000)
                if hasattr(idx, "flush"):  # the commit the timer would make, timed alone
                    t = time.perf_counter()
                    idx.flush()
                    commit.append((time.perf_counter() - t) * 1000)
            row["live"] = (_pct(live, 50), _pct(live, 95)) if live else None
            row["commit"] = (_pct(commit, 50), _pct(commit, 95)) if commit else None
            n = args.queries if name != "sqlite-old" else min(args.queries, args.old_queries)
            for kind in args.kinds:
                queries = archive.queries(kind, args.size, n)
                for q in queries[: min(5, len(queries))]:  # warm the cache
                    _timed_query(idx, q, not args.no_facets)
                cpu: list[float] = []
                times = [_timed_query(idx, q, not args.no_facets, cpu) for q in queries]
                row[kind] = (_pct(times, 50), _pct(times, 95), _pct(times, 99), len(times))
                row[f"{kind}_cpu"] = (_pct(cpu, 50), _pct(cpu, 95))
            if args.http and name == "tantivy":
                row["http"] = _http_overhead(where, idx, archive.queries("rare", args.size,
                                                                         args.http))
            rows[name] = row
            print(f"# {name}: done ({json.dumps({k: v for k, v in row.items()}, default=str)})",
                  file=sys.stderr, flush=True)
        finally:
            if name == "es" and args.keep:
                print(f"# es: kept as {idx.name}", file=sys.stderr, flush=True)
            elif name == "es":
                idx.client.indices.delete(index=idx.name, ignore_unavailable=True)
                idx.client.indices.delete_index_template(name=idx.name, ignore=[404])
            if built:
                pass
            elif args.keep and name != "es":
                print(f"# {name}: kept in {where}", file=sys.stderr, flush=True)
            else:
                shutil.rmtree(where, ignore_errors=True)
    _print(rows, args)


def _print(rows: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    names = list(rows)
    old = OLD_SQLITE.get(args.size) if "sqlite-old" not in rows else None
    print(f"search at {args.size:,} records (seed {args.seed}, facets "
          f"{'off' if args.no_facets else 'on first pages'}); ms p50 / p95 / p99 (n)"
          f"; load average (1, 5, 15 min) at the start {_load(args.load_start)}, at the end "
          f"{_load(os.getloadavg())}")
    print(f"{'':<10}" + "".join(f"{n:>28}" for n in names)
          + (f"{'sqlite-old (reference)':>28}" if old else ""))
    for kind in args.kinds:
        print(f"{kind:<10}" + "".join(
            "{:>28}".format("{:.1f} / {:.1f} / {:.1f} ({})".format(*rows[n][kind]))
            for n in names) + ("{:>28}".format("{:,} / {:,}".format(*old[kind])) if old else ""))
    print("processor ms p50 / p95 of this process (Tantivy's search; for ES only the client)")
    for kind in args.kinds:
        print(f"{kind:<10}" + "".join("{:>28}".format("{:.1f} / {:.1f}".format(
            *rows[n][f"{kind}_cpu"])) for n in names))
    print(f"{'build/s':<10}" + "".join(f"{rows[n]['rate']:>28,.0f}" for n in names))
    print(f"{'build s':<10}" + "".join(f"{rows[n]['build_s']:>28,.1f}" for n in names))
    print(f"{'cpu ms/rec':<10}" + "".join(f"{rows[n]['cpu_ms']:>28,.2f}" for n in names)
          + "   (this process's processor time in bulk: Tantivy's threads, not the ES server)")
    print(f"{'disk MB':<10}" + "".join(f"{rows[n]['size_mb']:>28,.1f}" for n in names))
    print(f"{'live ms':<10}" + "".join(
        "{:>28}".format("{:.1f} / {:.1f}".format(*rows[n]["live"]) if rows[n]["live"] else "-")
        for n in names))
    print(f"{'commit ms':<10}" + "".join(
        "{:>28}".format("{:.1f} / {:.1f}".format(*rows[n]["commit"])
                        if rows[n].get("commit") else "-") for n in names))
    for n in names:
        if "http" in rows[n]:
            h = rows[n]["http"]
            print(f"HTTP overhead on {n} ({args.http} rare-word queries, facets on): "
                  f"/api/search {h['http'][0]:.1f} / {h['http'][1]:.1f} ms p50 / p95, the "
                  f"adapter directly {h['direct'][0]:.1f} / {h['direct'][1]:.1f}")
    print(f"{'count':<10}" + "".join(f"{rows[n]['count']:>28,}" for n in names))
    if old:
        print("sqlite-old (reference): p50 / p95 of the previous release's index on this "
              "archive, measured before (not run here: its queries take 5-19 s each at 1M, "
              "and its bulk is quadratic); its build was 2.6/8.9/36.2 s for 2k/4k/8k records")


def _load(avg: tuple[float, float, float]) -> str:
    return "/".join(f"{x:.1f}" for x in avg)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--adapters", default="sqlite-old,tantivy")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--old-queries", type=int, default=200,
                        help="at most this many of each kind on sqlite-old (slow at scale)")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--build", choices=("rebuild", "bulk"), default="rebuild",
                        help="build the embedded index as sohoa reindex does (a new index "
                        "beside the live one, switched in: rebuild) or by bulk writes into "
                        "the live one, each committed (bulk)")
    parser.add_argument("--live", type=int, default=20)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--no-facets", action="store_true")
    parser.add_argument("--http", type=int, default=0, metavar="N",
                        help="also time N queries through sohoa serve's /api/search (tantivy)")
    parser.add_argument("--tmp", default=None, help="folder for the indexes (default: /tmp)")
    parser.add_argument("--built", metavar="DIR", help="time the embedded index a run with "
                        "--keep left in DIR (same --size and --seed) instead of building one")
    parser.add_argument("--keep", action="store_true",
                        help="keep the embedded indexes' folders and the Elasticsearch index "
                        "(to time queries again)")
    parser.add_argument("--es-index", metavar="NAME", help="the Elasticsearch index's name "
                        "(bench-search-*); one a run with --keep left holding --size records "
                        "is timed without building it again")
    parser.add_argument("--progress", action="store_true",
                        help="say on stderr how far the build is every 50 batches")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help=f"the query kinds to time (default: all of {','.join(KINDS)})")
    args = parser.parse_args()
    args.kinds = [k for k in args.kinds.split(",") if k]
    if unknown := set(args.kinds) - set(KINDS):
        raise SystemExit(f"unknown kinds: {', '.join(sorted(unknown))}")
    run(args)


if __name__ == "__main__":
    main()
