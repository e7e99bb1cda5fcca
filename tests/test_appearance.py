"""Signature appearances of Decree 30, checked on the rendered page (pdftoppm): the officer's
signature image between title and name, the seal at true size over its left third, the
certified-copy stamp at the top right; and both result signatures valid."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw

from signing import DevPki, find_stamp_font, verify_pdf
from signing.appearance import seal_box, signer_block
from signing.ltv import current_crl, signing_profile
from signing.results import certify_copy, sign_result

DPI = 100
OFFICER = "Nguyễn Văn An"
ORGANISATION = "Ủy ban nhân dân huyện Nghi Lộc"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> DevPki:
    return DevPki.ensure(tmp_path_factory.mktemp("appearance") / "pki")


def _result(officer: str = OFFICER) -> bytes:
    """A one-page decision with the signer block at the bottom right: title, a gap, name."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("body", "", str(find_stamp_font()))
    pdf.set_font("body", size=12)
    pdf.add_page()
    pdf.set_xy(70, 130)  # the top band is left for the copy stamp
    pdf.multi_cell(460, 16, "ỦY BAN NHÂN DÂN HUYỆN NGHI LỘC\nQUYẾT ĐỊNH\nVề việc cấp giấy phép "
                   "xây dựng nhà ở riêng lẻ cho hộ ông Trịnh Văn Khiêm.")
    pdf.set_xy(330, 520)
    pdf.cell(200, 16, "CHỦ TỊCH", align="C")
    pdf.set_xy(330, 600)  # about 25 mm below the title, as on paper
    pdf.cell(200, 16, officer, align="C")
    return bytes(pdf.output())


def _signature_png(path: Path) -> Path:
    """A blue handwritten-looking stroke on a transparent background."""
    img = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    xs = np.linspace(30, 570, 60)
    ys = 120 + 70 * np.sin(xs / 45.0)
    draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=(20, 40, 200, 255),
              width=10)
    img.save(path)
    return path


def _seal_png(path: Path) -> Path:
    """A red ring with a star, transparent outside and inside."""
    img = Image.new("RGBA", (500, 500), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((5, 5, 495, 495), outline=(220, 20, 20, 255), width=18)
    draw.ellipse((70, 70, 430, 430), outline=(220, 20, 20, 255), width=8)
    draw.regular_polygon((250, 250, 60), 5, fill=(220, 20, 20, 255))
    img.save(path)
    return path


def _render(pdf: bytes, tmp_path: Path, name: str) -> np.ndarray:
    src = tmp_path / f"{name}.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(src),
                    str(tmp_path / name)], check=True, timeout=60)
    return np.asarray(Image.open(tmp_path / f"{name}.png").convert("RGB")).astype(int)


def _px_box(box: tuple[float, float, float, float], height_pt: float) -> tuple[int, ...]:
    """A PDF box (points, origin bottom left) in pixels of the rendering (origin top left)."""
    k = DPI / 72
    x0, y0, x1, y1 = box
    return (round(x0 * k), round((height_pt - y1) * k), round(x1 * k), round((height_pt - y0) * k))


def _bbox(mask: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(mask)
    assert len(xs), "nothing of that colour on the page"
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def test_result_shows_signature_between_title_and_name_and_seal_over_its_left_third(
    pki: DevPki, tmp_path: Path
) -> None:
    result = _result()
    page, box = signer_block(result, OFFICER)
    assert page == 0
    signed = sign_result(result, pki.clerk_signer(OFFICER), pki.clerk_signer(ORGANISATION),
                         signature_image=_signature_png(tmp_path / "chu-ky.png"),
                         seal_image=_seal_png(tmp_path / "dau.png"), seal_mm=36.0,
                         profile=signing_profile(pki, "B-LTA"))
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems
    people = [s.signer for s in report.signatures if s.kind == "signature"]
    assert people == [OFFICER, ORGANISATION]  # the officer first, then the organisation

    rgb = _render(signed, tmp_path, "ket-qua")
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    blue = (b > 150) & (r < 110) & (g < 130)
    red = (r > 170) & (g < 90) & (b < 90)
    height = 842.0  # A4 in points
    sx0, sy0, sx1, sy1 = _px_box(box, height)
    bx0, by0, bx1, by1 = _bbox(blue)
    # the signature sits in its box: below the title (y 520 pt) and above the name (y 600 pt)
    assert sx0 - 2 <= bx0 and bx1 <= sx1 + 2 and sy0 - 2 <= by0 and by1 <= sy1 + 2
    k = DPI / 72
    assert 536 * k < by0 and by1 < 600 * k
    # the seal at true size: 36 mm across, within 1 mm (the ring's anti-aliased rim)
    rx0, ry0, rx1, ry1 = _bbox(red)
    mm = DPI / 25.4
    assert abs((rx1 - rx0 + 1) - 36 * mm) <= mm and abs((ry1 - ry0 + 1) - 36 * mm) <= mm
    # it covers about a third of the signature on the left
    third = sx0 + (sx1 - sx0) / 3
    assert abs(rx1 - third) <= 3 and rx0 < sx0
    assert _px_box(seal_box(box, 36.0), height)[2] == pytest.approx(third, abs=2)
    # and nothing else on the page is blue or red
    assert blue[:, : sx0 - 3].sum() == 0 and red[:, rx1 + 3:].sum() == 0


def test_certified_copy_stamp_is_text_at_the_top_right(pki: DevPki, tmp_path: Path) -> None:
    copy = certify_copy(_result(), pki.clerk_signer(ORGANISATION),
                        organisation_name=ORGANISATION, form="SAO Y",
                        profile=signing_profile(pki, "B-T"))
    report = verify_pdf(copy, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems
    rgb = _render(copy, tmp_path, "sao-y")
    dark = rgb.sum(axis=2) < 200
    w = dark.shape[1]
    band = int(125 * DPI / 72)  # above the text of the decision
    x0, _, _, y1 = _bbox(dark[:band])
    assert x0 > w / 2 and y1 < band  # top right
    assert not (rgb[..., 2] - rgb[..., 0] > 60).any()  # black text, no colour


def test_sohoa_sign_signs_a_batch_and_names_the_file_it_cannot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    data = tmp_path / "data"
    results = []
    for n in range(3):
        path = tmp_path / f"ket-qua-{n}.pdf"
        path.write_bytes(_result())
        results.append(str(path))
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    code = main(["sign", "result", *results, str(broken), "--out", str(tmp_path / "out"),
                 "--officer", OFFICER, "--signature-image", str(_signature_png(tmp_path / "k.png")),
                 "--seal-image", str(_seal_png(tmp_path / "d.png")), "--data", str(data)])
    out = capsys.readouterr().out
    assert code == 1 and "3 signed, 1 failed" in out and "✗ " + str(broken) in out
    pki = DevPki.ensure(data / "pki")
    for n in range(3):
        signed = (tmp_path / "out" / f"ket-qua-{n}.signed.pdf").read_bytes()
        report = verify_pdf(signed, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
        assert report.valid and report.signatures[0].level == "B-LTA"
    assert main(["sign", "copy", results[0], "--out", str(tmp_path / "copies"),
                 "--data", str(data)]) == 0


def test_an_officers_signature_image_is_found_by_full_or_ascii_name(tmp_path: Path) -> None:
    from signing.dev_images import person_signature

    kept = tmp_path / "chu-ky"
    kept.mkdir()
    drawn = tmp_path / "pki"
    _signature_png(kept / "chu-ky-luong-van-doan.png")
    _signature_png(kept / "Nguyễn Thị Lan.png")
    assert person_signature(drawn, "Lương  Văn Đoàn", kept) == kept / "chu-ky-luong-van-doan.png"
    assert person_signature(drawn, "Nguyễn Thị Lan", kept) == kept / "Nguyễn Thị Lan.png"
    other = person_signature(drawn, "Ma Đình Thịnh", kept)  # none kept: drawn, not another's
    assert other.parent == drawn and other.is_file()
