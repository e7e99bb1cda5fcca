"""Phone photos of typed A4 pages lying on a table, with their truth: ``samples/photos``.

``python samples/photos/generate.py [--out samples/photos]`` draws eight pages of running
Vietnamese text (news about the one-stop counters, DejaVu Serif 12 pt at 300 dpi), lays each
on a table and photographs it: the table textured or patterned (wood grain, a checked
tablecloth, a speckled light laminate, a printed floral cloth), the camera tilted 3-8 degrees
(perspective), the sheet turned a little on the table, a shadow cast over one side, light
falling off across the picture, the sheet slightly curled (a cylinder: its lines bend), then
blur, sensor noise and JPEG. Deterministic: every random draw comes from
``numpy.random.default_rng(SEED + page)``, so two runs give byte-identical files.

Writes ``page-NNN.jpg`` and ``truth.json``: per page the file, the text line by line, what was
done to it, the sheet's resolution in the photo, and what the pipeline must do with it
(``read``; ``refuse`` with the reason ``low_resolution`` for the page photographed from too
far, whose sheet comes out at about 150 dpi).
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

SEED = 20261206
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
DPI = 300
A4_PX = (2480, 3508)
PHOTO_PX = (2400, 3200)

TITLE = "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
PARAGRAPHS = (
    "Sáng nay, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận hơn ba trăm hồ sơ của "
    "người dân và doanh nghiệp, phần lớn là thủ tục đăng ký đất đai, hộ tịch và cấp phép "
    "xây dựng nhà ở riêng lẻ.",
    "Theo Giám đốc Trung tâm, việc số hóa hồ sơ ngay tại quầy giúp rút ngắn thời gian giải "
    "quyết, giảm giấy tờ phải nộp lại và cho phép người dân tra cứu tình trạng hồ sơ trên "
    "Cổng dịch vụ công của tỉnh.",
    "Mỗi hồ sơ sau khi quét được kiểm tra chất lượng, nhận dạng chữ và phân loại theo thủ "
    "tục; kết quả được ký số và lưu trữ theo thời hạn bảo quản do pháp luật quy định.",
    "Bà Nguyễn Thị Hồng Nhung, cán bộ một cửa, cho biết trước đây mỗi buổi sáng chị phải "
    "sao chụp hàng trăm trang giấy; nay phần lớn công việc đó được thực hiện tự động.",
    "Ông Trần Văn Phúc, người dân phường Quang Trung, nộp hồ sơ chuyển nhượng quyền sử dụng "
    "đất và nhận phiếu hẹn trả kết quả chỉ sau mười lăm phút chờ đợi tại quầy.",
    "Trong quý tới, Trung tâm sẽ mở rộng việc tiếp nhận hồ sơ qua bưu chính công ích và "
    "hướng dẫn người dân chụp ảnh giấy tờ bằng điện thoại khi nộp hồ sơ trực tuyến.",
    "Các đơn vị được yêu cầu rà soát quy trình nội bộ, công khai thời hạn giải quyết và "
    "xin lỗi người dân bằng văn bản khi hồ sơ bị trễ hẹn.",
    "Năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 98,7%, tăng 2,1% so với cùng "
    "kỳ; số hồ sơ nộp trực tuyến chiếm gần một nửa tổng số hồ sơ.",
)


@dataclass(frozen=True)
class Look:
    """How one page was photographed."""

    table: str
    """wood, checked, laminate or floral."""
    tilt_deg: float
    """The camera's tilt from straight above (perspective)."""
    turn_deg: float
    """The sheet turned on the table, counter-clockwise."""
    curl: float
    """How far the middle of every line bows, in percent of the page's height."""
    shadow: bool
    width_share: float = 0.8
    """The sheet's width in the photo, as a share of the photo's width."""
    expect: str = "read"
    reason: str | None = None


LOOKS = (
    Look("wood", 5.0, 1.5, 0.0, True),
    Look("checked", 7.0, -2.0, 0.0, False),
    Look("laminate", 4.0, 0.8, 1.0, False),
    Look("wood", 8.0, -1.2, 1.2, True),
    Look("floral", 6.0, 2.5, 0.9, True),
    Look("checked", 3.0, 3.5, 0.0, True),
    Look("floral", 5.0, -3.0, 1.5, False),
    Look("wood", 4.0, 1.0, 0.0, False, width_share=0.48, expect="refuse",
         reason="low_resolution"),
)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont,
          width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def render(n: int) -> tuple[np.ndarray, list[str]]:
    """An A4 page at 300 dpi (grey, 0 ink to 1 paper) and its lines of text."""
    img = Image.new("L", A4_PX, 255)
    draw = ImageDraw.Draw(img)
    body = ImageFont.truetype(FONT, round(12 * DPI / 72))
    title = ImageFont.truetype(BOLD, round(14 * DPI / 72))
    margin_l, margin_r, y = 236, 177, 260
    width = A4_PX[0] - margin_l - margin_r
    lines = [TITLE]
    tw = draw.textlength(TITLE, font=title)
    draw.text(((A4_PX[0] - tw) / 2, y), TITLE, font=title, fill=0)
    y += 150
    step = round(12 * DPI / 72 * 1.5)
    order = [(n + k) % len(PARAGRAPHS) for k in range(len(PARAGRAPHS))]
    for k in order[:6]:
        for text in _wrap(draw, PARAGRAPHS[k], body, width):
            draw.text((margin_l, y), text, font=body, fill=0)
            lines.append(text)
            y += step
        y += step // 2
    return np.asarray(img, dtype=np.float32) / 255.0, lines


def curl(page: np.ndarray, amount: float) -> np.ndarray:
    """Bend the page like a sheet bowing off the table: every row shifts down by a parabola
    of x, ``amount`` percent of the height at the middle, none at the edges, and the rows near
    the bottom more than those at the top (the sheet lifts towards the camera there)."""
    if amount <= 0:
        return page
    h, w = page.shape
    xx, yy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    u = (xx - w / 2) / (w / 2)
    bow = amount / 100 * h * (1 - u * u) * (0.6 + 0.4 * yy / h)
    return cv2.remap(page, xx, yy - bow, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                     borderValue=-1.0)


def corners(rng: np.random.Generator, look: Look) -> np.ndarray:
    """Where the sheet's corners land in the photo: the sheet turned on the table, then seen
    by a camera tilted ``tilt_deg`` about a random axis in the table's plane."""
    pw, ph = PHOTO_PX
    w = pw * look.width_share
    h = w * A4_PX[1] / A4_PX[0]
    pts = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]])
    t = math.radians(look.turn_deg)
    turn = np.array([[math.cos(t), math.sin(t)], [-math.sin(t), math.cos(t)]])
    pts = pts @ turn.T
    axis = rng.uniform(0, math.tau)
    ax, ay = math.cos(axis), math.sin(axis)
    tilt = math.radians(look.tilt_deg)
    f = 1.2 * ph  # a phone's wide lens, 26 mm equivalent
    depth = pts[:, 0] * ay * math.sin(tilt) - pts[:, 1] * ax * math.sin(tilt)
    scale = f / (f + depth)
    out = pts * scale[:, None]
    out /= float(np.ptp(out[:, 0])) / (w * 1.0)
    centre = np.array([pw / 2 + rng.uniform(-40, 40), ph / 2 + rng.uniform(-40, 40)])
    return (out + centre).astype(np.float32)


def table(rng: np.random.Generator, kind: str) -> np.ndarray:
    """The table top in RGB, 0-255."""
    pw, ph = PHOTO_PX
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    noise = rng.normal(0, 1, (ph // 8, pw // 8)).astype(np.float32)
    wobble = cv2.resize(cv2.GaussianBlur(noise, (0, 0), 6), (pw, ph))
    wobble /= wobble.std() + 1e-6
    if kind == "wood":
        t = xx * 0.97 + yy * 0.25 + 40 * wobble
        shade = 0.78 + 0.1 * np.sin(t / 26) + 0.05 * np.sin(t / 5.5 + wobble)
        colour = np.array([150.0, 100.0, 60.0])
    elif kind == "checked":
        cell = 70.0
        a = (np.floor(xx / cell) + np.floor(yy / cell)) % 2
        stripe = ((xx % cell) < 8) | ((yy % cell) < 8)
        shade = 0.62 + 0.3 * a + 0.08 * stripe
        colour = np.array([215.0, 200.0, 195.0])
    elif kind == "laminate":
        speck = rng.normal(0, 1, (ph, pw)).astype(np.float32)
        shade = 0.86 + 0.03 * cv2.GaussianBlur(speck, (0, 0), 1.5) * 3 + 0.03 * wobble
        colour = np.array([200.0, 196.0, 186.0])
    else:  # floral: blobs of colour on a pale cloth
        blobs = cv2.resize(cv2.GaussianBlur(rng.normal(0, 1, (ph // 16, pw // 16)).astype(
            np.float32), (0, 0), 1.5), (pw, ph))
        petals = np.sin(xx / 9) * np.sin(yy / 9)
        shade = 0.8 + 0.12 * np.tanh(2 * blobs) + 0.06 * petals
        tint = np.stack([0.95 + 0.1 * np.tanh(blobs), 0.85 - 0.1 * np.tanh(blobs),
                         0.8 + 0.05 * petals], axis=-1)
        return np.clip(shade[..., None] * tint * 235.0, 0, 255)
    return np.clip(shade[..., None] * colour, 0, 255)


def photograph(page: np.ndarray, look: Look, rng: np.random.Generator) -> np.ndarray:
    """The photo (RGB uint8) of ``page`` lying on the table as ``look`` says."""
    pw, ph = PHOTO_PX
    bent = curl(page, look.curl)
    h, w = bent.shape
    quad = corners(rng, look)
    warp = cv2.getPerspectiveTransform(
        np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32), quad)
    flat = cv2.warpPerspective(bent, warp, PHOTO_PX, flags=cv2.INTER_AREA,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=-1.0)
    alpha = (flat >= 0).astype(np.float32)
    alpha = cv2.GaussianBlur(alpha, (0, 0), 0.8)
    paper = np.array([rng.uniform(225, 235), rng.uniform(222, 230), rng.uniform(210, 220)])
    ink = 30.0
    sheet = ink + (paper - ink) * np.clip(flat, 0, 1)[..., None]
    under = cv2.GaussianBlur(alpha, (0, 0), 12)
    under = np.roll(under, (10, 6), axis=(0, 1))
    arr = table(rng, look.table) * (1 - 0.35 * under)[..., None]
    arr = arr * (1 - alpha)[..., None] + sheet * alpha[..., None]
    # light falling off across the picture
    theta = rng.uniform(0, math.tau)
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    ramp = xx * math.cos(theta) + yy * math.sin(theta)
    ramp = (ramp - ramp.min()) / np.ptp(ramp)
    arr *= (1 - 0.22 * ramp)[..., None]
    if look.shadow:
        # a hard-edged cast shadow (a person, the phone) over one side, its edge softened
        phi = rng.uniform(0, math.tau)
        d = (xx - pw / 2) * math.cos(phi) + (yy - ph / 2) * math.sin(phi)
        edge = rng.uniform(0.18, 0.3) * min(pw, ph)
        shade = 0.5 + 0.5 * np.tanh((d - edge) / 50.0)
        arr *= (1 - rng.uniform(0.4, 0.5) * shade)[..., None]
    arr = cv2.GaussianBlur(arr, (0, 0), 0.9)
    arr += rng.normal(0, 3.0, arr.shape)
    return np.clip(np.rint(arr), 0, 255).astype(np.uint8)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pages = []
    for n, look in enumerate(LOOKS):
        rng = np.random.default_rng(SEED + n)
        page, lines = render(n)
        photo = photograph(page, look, rng)
        name = f"page-{n + 1:03d}.jpg"
        Image.fromarray(photo, "RGB").save(args.out / name, quality=85, dpi=(72, 72))
        sheet_dpi = PHOTO_PX[0] * look.width_share / (A4_PX[0] / DPI)
        pages.append({"file": name, "text": "\n".join(lines),
                      "sheet_dpi": round(sheet_dpi), **asdict(look)})
    (args.out / "truth.json").write_text(
        json.dumps({"pages": pages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
