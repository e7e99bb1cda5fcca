"""Text under and beside a seal: lines recovered and the issue date, with the seal's colour
separated before OCR and without, side by side in one run.

Two sets of pages:

* generated here: a GIẤY XÁC NHẬN whose place-and-date line stands above the signer's title,
  signature and name, with a round seal (radius 18 mm, as the seals of a commune's or a
  district's committee) over the left of them: ``upper`` covers the place-and-date line and
  the title, ``lower`` the title, the signature and the name. Red and blue, at 200 and 300 dpi,
  scanned in colour (paper tone, skew, light noise and blur) and saved as colour JPEG (quality
  80, 4:2:0). Each page is also drawn without the seal, the same in every other way, and
  (``--grey``) scanned in grey with the seal;
* the sample pages (``samples/truth``) scanned in colour: those with a seal and those without
  (phone photos and a colour page with a signature only), to see that separation costs them
  nothing.

Readers: ``no seal`` (the page drawn without its seal, as the pipeline reads it),
``grey as is`` (the page with its seal, OCR reading its plain grey: what the pipeline did
before), ``separated`` (the pipeline now: seal ink turned to paper before OCR).

A truth line counts as recovered when its best-matching OCR line (or stretch of a longer OCR
line) has a character error rate of 10% or less. The issue date is ``ngay_ban_hanh`` of
``classify.extract_fields`` over the page's text, typed ``giay_xac_nhan``.

Usage: ``nice -n 10 python bench/seal_lines.py [--workers 2] [--grey] [--show]``
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import numpy as np
from PIL import Image
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from classify import extract_fields
from ingest import IngestSettings, load_page, open_source, scan_page
from ingest.clean import prepare_for_ocr, to_gray
from ingest.seals import colour_ink_weight, without_colour_ink
from ocr import OcrEngine, OcrSettings, get_engine
from pipeline.pages import read_upright
from sohoa.text import nfc, normalise_space

ROOT = Path(__file__).resolve().parents[1]
SEED = 20250305
RECOVERED_CER = 0.10
SEAL_R = 18.0


def _samples_generator() -> ModuleType:
    name = "samples_generate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "samples" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


G = _samples_generator()
Box = tuple[float, float, float, float]  # x0, x1, top, bottom in mm


class _Lines(list):  # type: ignore[type-arg]
    """The page's recorded lines; each line recorded takes the extent of what was drawn for it."""

    def __init__(self, page: _Page) -> None:
        super().__init__()
        self.page = page

    def append(self, text: str) -> None:  # type: ignore[override]
        super().append(text)
        marks, self.page.pending = self.page.pending, []
        self.page.boxes.append((min(m[0] for m in marks), max(m[1] for m in marks),
                                min(m[2] for m in marks), max(m[3] for m in marks)))


class _Page(G.Page):  # type: ignore[misc,name-defined]
    """The samples' page, which also records where each of its lines was drawn."""

    def __init__(self, dpi: int, rng: random.Random) -> None:
        super().__init__(dpi, rng, color=True)
        self.pending: list[Box] = []
        self.boxes: list[Box] = []
        self.lines = _Lines(self)

    def put(self, x: float, baseline: float, text: str, style: str = "r",
            pt: float | None = None, **kw: object) -> None:
        size = (pt or self.pt) * G.MM_PER_PT
        self.pending.append((x, x + self.width(text, style, pt), baseline - 0.95 * size,
                             baseline + 0.25 * size))
        super().put(x, baseline, text, style, pt, **kw)


@dataclass(frozen=True)
class Case:
    label: str
    lines: tuple[str, ...]
    touched: tuple[bool, ...]
    """Whether the seal covers part of each line (all False on sample pages: not known)."""
    issued: str | None
    """The issue date under the seal (generated pages only)."""
    image: bytes = b""
    """The colour JPEG page; empty for a sample page, read from ``source``."""
    dpi: float = 300.0
    source: str = ""
    index: int = 0


_PEOPLE = [("Nguyễn Thị Thu Hà", "Hoàng Văn Phúc"), ("Trần Minh Tuấn", "Lò Thị Mai"),
           ("Vương Thị Hằng", "Đặng Quốc Bảo"), ("Phạm Văn Khải", "Sùng Mí Chứ")]
_PLACES = [("XÃ LÙNG TÁM", "Lùng Tám", "HUYỆN QUẢN BẠ"), ("PHƯỜNG NHƠN THÀNH", "Nhơn Thành",
           "THỊ XÃ AN NHƠN"), ("XÃ ĐẠ ĐỜN", "Đạ Đờn", "HUYỆN LÂM HÀ"),
           ("PHƯỜNG MINH KHAI", "Minh Khai", "THÀNH PHỐ HÀ GIANG")]


def _draw(k: int, dpi: int, colour: str, where: str, with_seal: bool) -> tuple[_Page, date]:
    """One GIẤY XÁC NHẬN, its seal (if any) over the signer block; its issue date."""
    rng = random.Random(SEED + k)
    person, officer = _PEOPLE[k % len(_PEOPLE)]
    commune, short, district = _PLACES[k % len(_PLACES)]
    issued = date(2025, rng.randint(1, 12), rng.randint(1, 28))
    born = date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
    cccd = "0" + "".join(str(rng.randint(0, 9)) for _ in range(11))
    p = _Page(dpi, rng)
    left = [G.L(district, "r", 12.0), G.L("ỦY BAN NHÂN DÂN", "b", 12.0),
            G.L(commune, "b", 12.0, rule=24.0),
            G.L(f"Số: {rng.randint(12, 480)}/GXN-UBND", "r", 12.5)]
    right = [G.L(G.MOTTO, "b", 12.0), G.L(G.MOTTO2, "b", 13.0, rule=-1)]
    p.pair(left, right, (14.0, 94.0), (90.0, 200.0))
    p.gap(8.0)
    p.title("GIẤY XÁC NHẬN")
    p.gap(3.0)
    p.p(f"Ủy ban nhân dân {commune.split(' ', 1)[0].lower()} {short} xác nhận:", indent=0.0)
    p.field(f"Ông/bà: {person}, sinh ngày {G.dmy(born)}.")
    p.field(f"Căn cước công dân số: {cccd}, cấp ngày {G.dmy(date(2021, 6, 14))}.")
    p.field(f"Nơi thường trú: thôn {rng.choice(['Nà Lầu', 'Khuổi Vin', 'Tân Lập', 'Bản Mới'])},"
            f" {commune.split(' ', 1)[0].lower()} {short}.")
    p.p("Hiện đang cư trú ổn định tại địa phương, chấp hành tốt chủ trương của Đảng, chính sách "
        "và pháp luật của Nhà nước, không vi phạm quy định về quản lý, sử dụng đất đai.",
        align="j")
    p.p("Giấy xác nhận này có giá trị để bổ sung hồ sơ đề nghị cấp Giấy chứng nhận quyền sử "
        "dụng đất và không dùng vào mục đích khác.", align="j")
    p.gap(6.0)
    block_top = p.y
    sign_left = [G.L("Nơi nhận:", "bi", 12.0, align="l"), G.L("- Như trên;", "r", 11.0, align="l"),
                 G.L("- Lưu: VT.", "r", 11.0, align="l")]
    sign_right = [G.L(G.place_date(short, issued), "i", 13.0),
                  G.L("TM. ỦY BAN NHÂN DÂN", "b", 13.0), G.L("CHỦ TỊCH", "b", 13.0),
                  G.L(space=24.0), G.L(officer, "b", 13.0)]
    gl, gr = p.pair(sign_left, sign_right, (22.0, 92.0), (100.0, 200.0))
    for box in gl + gr:
        p.scribble(box)
    x0, x1, top, bottom = gr[0]
    if with_seal:
        cx = x0 + (x1 - x0) * 0.3
        cy = block_top + 16.0 if where == "upper" else (top + bottom) / 2 + 4.0
        p.seal(cx, cy, SEAL_R, G.RED if colour == "red" else G.BLUE)
        p.seal_at = (cx, cy)
    return p, issued


def _touched(box: Box, cx: float, cy: float, r: float) -> bool:
    x0, x1, top, bottom = box
    dx = cx - min(max(cx, x0), x1)
    dy = cy - min(max(cy, top), bottom)
    return dx * dx + dy * dy <= r * r


def _scanned(p: _Page, seed: int, grey: bool) -> bytes:
    """The page through a colour scanner (or a grey one), as a JPEG of quality 80."""
    rng = random.Random(seed)
    look = G.Look(skew=round(rng.uniform(-1.2, 1.2), 1), paper=rng.randint(244, 250),
                  noise=2.0, blur=0.6)
    out = G.scan(p.img, look, color=not grey, bilevel=False, seed=seed)
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=80, dpi=(p.dpi, p.dpi))
    return buf.getvalue()


def generated(grey: bool) -> list[tuple[Case, Case, Case | None]]:
    """Each generated page with its seal, without it, and with it scanned in grey."""
    out = []
    k = 0
    for dpi in (200, 300):
        for colour in ("red", "blue"):
            for where in ("upper", "lower"):
                sealed, issued = _draw(k, dpi, colour, where, True)
                bare, _ = _draw(k, dpi, colour, where, False)
                cx, cy = sealed.seal_at
                touched = tuple(_touched(b, cx, cy, SEAL_R) for b in sealed.boxes)
                base = Case(f"{dpi} dpi {colour:4s} {where}", tuple(sealed.lines),
                            touched, issued.isoformat(), dpi=dpi)
                out.append((replace(base, image=_scanned(sealed, SEED + k, False)),
                            replace(base, image=_scanned(bare, SEED + k, False)),
                            replace(base, image=_scanned(sealed, SEED + k, True))
                            if grey else None))
                k += 1
    return out


def sample_cases(samples: Path) -> list[Case]:
    """The sample pages scanned in colour (the others are grey: separation leaves them as
    they are)."""
    cases = []
    ingest = IngestSettings()
    for truth_file in sorted((samples / "truth").glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for page in truth["pages"]:
            if page["blank"] or page["separator"] or page["reject"] or not page.get("text"):
                continue
            source = samples / page["source"]
            loaded = load_page(open_source(source, ingest), page["index"], ingest)
            if loaded.image.ndim == 2:
                continue
            inked = int(np.count_nonzero(colour_ink_weight(loaded.image) >= 1.0))
            kind = "photo" if page["photo"] else "scan"
            label = f"{truth['receipt_code']}#{page['index'] + 1} {kind}, ink px {inked}"
            lines = tuple(nfc(page["text"]).splitlines())
            cases.append(Case(label, lines, (False,) * len(lines), None,
                              source=str(source), index=page["index"]))
    return cases


@lru_cache(maxsize=2)
def _engine(settings_json: str) -> OcrEngine:
    return get_engine(OcrSettings.model_validate_json(settings_json))


def read(case: Case, separate: bool) -> tuple[str, float]:
    """OCR text of a page as the pipeline reads it, with the seal separated or in plain grey;
    and the seconds separating the seal's ink takes on it."""
    ingest = IngestSettings()
    if case.source:
        page = load_page(open_source(Path(case.source), ingest), case.index, ingest)
        image, dpi = page.image, page.dpi
    else:
        image, dpi = np.asarray(Image.open(io.BytesIO(case.image)).convert("RGB")), case.dpi
    scan = scan_page(image, dpi, ingest, orientation=None)
    assert scan.for_ocr is not None, case.label
    t0 = time.perf_counter()
    without_colour_ink(scan.upright, to_gray(scan.upright))
    took = time.perf_counter() - t0
    if not separate:
        for_ocr, _ = prepare_for_ocr(to_gray(scan.upright), scan.dpi, ingest.ocr_dpi)
        scan = replace(scan, for_ocr=for_ocr)
    ocr = OcrSettings().for_page(photographed=scan.photographed)
    text = read_upright(scan, _engine(ocr.model_dump_json()), ingest,
                        detect_orientation=False)[1].text
    return text, took


def recovered(lines: tuple[str, ...], text: str) -> list[bool]:
    """For each truth line, whether some OCR line (or stretch of one) matches it within 10%."""
    out_lines = [normalise_space(nfc(x)) for x in text.splitlines() if x.strip()]
    found = []
    for line in lines:
        line = normalise_space(nfc(line))
        best = len(line)
        for out in out_lines:
            candidate = out
            if len(out) > len(line):
                al = fuzz.partial_ratio_alignment(line, out)
                candidate = out[al.dest_start : al.dest_end]
            best = min(best, Levenshtein.distance(line, candidate))
        found.append(best <= RECOVERED_CER * max(1, len(line)))
    return found


def _share(flags: list[bool]) -> str:
    return f"{sum(flags) / max(1, len(flags)):7.1%} ({sum(flags)}/{len(flags)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--grey", action="store_true", help="also the pages scanned in grey")
    parser.add_argument("--show", action="store_true", help="print each page and lost line")
    parser.add_argument("--save", type=Path, help="write the generated pages here as JPEG")
    args = parser.parse_args()
    start = time.perf_counter()
    pages = generated(args.grey)
    samples = sample_cases(args.samples)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for i, (sealed, bare, _) in enumerate(pages):
            (args.save / f"seal-{i:02d}.jpg").write_bytes(sealed.image)
            (args.save / f"bare-{i:02d}.jpg").write_bytes(bare.image)
    jobs: list[tuple[str, int, Case, bool]] = []
    for i, (sealed, bare, grey) in enumerate(pages):
        jobs += [("no seal", i, bare, True), ("grey as is", i, sealed, False),
                 ("separated", i, sealed, True)]
        if grey is not None:
            jobs += [("grey scan", i, grey, True)]
    for i, case in enumerate(samples):
        jobs += [("sample as is", i, case, False), ("sample separated", i, case, True)]
    with ProcessPoolExecutor(args.workers) as pool:
        texts = list(pool.map(read, [j[2] for j in jobs], [j[3] for j in jobs]))
    results = {(j[0], j[1]): t for j, t in zip(jobs, texts, strict=True)}

    readers = ["no seal", "grey as is", "separated"] + (["grey scan"] if args.grey else [])
    print(f"Generated pages: {len(pages)} (200 and 300 dpi, red and blue, seal upper and lower),"
          f" colour JPEG q80. Recovered = best OCR line within {RECOVERED_CER:.0%} CER.")
    print(f"{'lines':28s} " + " ".join(f"{r:>22s}" for r in readers))
    for title, pick in (("all lines", lambda c, k: True),
                        ("lines the seal touches", lambda c, k: c.touched[k]),
                        ("lines it does not touch", lambda c, k: not c.touched[k])):
        cells = []
        for reader in readers:
            flags = []
            for i, (sealed, _, _) in enumerate(pages):
                got = recovered(sealed.lines, results[(reader, i)][0])
                flags += [f for k, f in enumerate(got) if pick(sealed, k)]
            cells.append(_share(flags))
        print(f"{title:28s} " + " ".join(f"{c:>22s}" for c in cells))
    cells = []
    for reader in readers:
        ok = sum(extract_fields(results[(reader, i)][0], "giay_xac_nhan").get("ngay_ban_hanh")
                 == sealed.issued for i, (sealed, _, _) in enumerate(pages))
        cells.append(f"{ok}/{len(pages)}")
    print(f"{'issue date under the seal':28s} " + " ".join(f"{c:>22s}" for c in cells))
    for dpi in (200, 300):
        secs = [t for j, (_, t) in zip(jobs, texts, strict=True)
                if j[0] == "separated" and j[2].dpi == dpi]
        print(f"separating the ink, {dpi} dpi: {np.mean(secs):.2f} s a page (mean of "
              f"{len(secs)}, on a shared machine)")
    if args.show:
        for i, (sealed, _, _) in enumerate(pages):
            for reader in readers:
                got = recovered(sealed.lines, results[(reader, i)][0])
                lost = [ln for ln, f in zip(sealed.lines, got, strict=True) if not f]
                print(f"  {sealed.label} {reader:10s} lost {len(lost)}: {lost}")

    print()
    print(f"Sample pages scanned in colour: {len(samples)} (the other sample pages are grey)")
    print(f"{'page':44s} {'as is':>22s} {'separated':>22s}")
    for i, case in enumerate(samples):
        cells = [_share(recovered(case.lines, results[(r, i)][0]))
                 for r in ("sample as is", "sample separated")]
        print(f"{case.label:44s} " + " ".join(f"{c:>22s}" for c in cells))
    print(f"wall {time.perf_counter() - start:.0f} s on {args.workers} workers")


if __name__ == "__main__":
    main()
