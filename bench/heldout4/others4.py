"""Thirteen kinds of paper the classifier should not type, as offices and people print them:
some carry a known type's words further into their title or body ("Giấy mời" to hand over a
land certificate, a course certificate that begins "GIẤY CHỨNG NHẬN", a prescription that
begins "ĐƠN"), one has no title at all (a site plan)."""

from __future__ import annotations

from datetime import date

from page4 import (
    G,
    Maker,
    Paper,
    banner,
    header,
    motto,
    sign_right,
    signer,
    title,
    words,
)


def _paper(kind: str, label: str, pages: list, head: str | None,
           fields: dict[str, str] | None = None) -> Paper:
    return Paper("other", label, kind, pages, fields or {}, head)


def invitation(mk: Maker) -> Paper:
    p = mk.page("office", 12.5, (24.0, 190.0), 13.0)
    header(p, ("UBND HUYỆN ĐỨC HÒA", "VĂN PHÒNG HĐND VÀ UBND"), "215/GM-VP",
           f"Đức Hòa, {words(date(2025, 10, 20))}")
    head = title(p, "GIẤY MỜI", 16.0)
    for line in ["Văn phòng HĐND và UBND huyện trân trọng kính mời:",
                 "Ông (bà) Phạm Văn Út, ấp Bình Tả 1, xã Đức Hòa Hạ",
                 "Đến nhận Giấy chứng nhận quyền sử dụng đất đã được cấp đổi.",
                 "Thời gian: 8 giờ 00, thứ Tư ngày 22/10/2025, tại Bộ phận Một cửa huyện."]:
        p.field(line, hang=6.0)
    sign_right(p, signer(["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], "Ngô Thị Tuyết"),
               seal=True)
    return _paper("giay_moi", "Giấy mời", [p], head, {
        "so_ky_hieu": "215/GM-VP", "ngay_ban_hanh": "2025-10-20",
        "co_quan_ban_hanh": "VĂN PHÒNG HĐND VÀ UBND"})


def plan(mk: Maker) -> Paper:
    p = mk.page("office", 12.0, (24.0, 190.0), 13.0)
    header(p, ("UBND TỈNH HÀ TĨNH", "SỞ TƯ PHÁP"), "88/KH-STP",
           f"Hà Tĩnh, {words(date(2025, 3, 5), pad=True)}")
    head = title(p, "KẾ HOẠCH", 16.0, ["Số hóa sổ hộ tịch giai đoạn 2025 - 2026"])
    for line in ["I. MỤC ĐÍCH, YÊU CẦU", "1. Hoàn thành số hóa 100% sổ đăng ký khai sinh, kết "
                 "hôn, khai tử lưu tại Ủy ban nhân dân cấp xã.",
                 "II. NỘI DUNG THỰC HIỆN", "1. Rà soát, phân loại sổ hộ tịch theo năm đăng ký.",
                 "2. Nhập dữ liệu vào Cơ sở dữ liệu hộ tịch điện tử."]:
        p.field(line, hang=6.0)
    sign_right(p, signer(["GIÁM ĐỐC"], "Trần Hữu Nghị"), seal=True)
    return _paper("ke_hoach", "Kế hoạch", [p], head, {
        "so_ky_hieu": "88/KH-STP", "ngay_ban_hanh": "2025-03-05",
        "co_quan_ban_hanh": "SỞ TƯ PHÁP"})


def reception_schedule(mk: Maker) -> Paper:
    p = mk.page("office", 11.5, (18.0, 194.0), 14.0)
    head = title(p, "LỊCH TIẾP CÔNG DÂN\nTHÁNG 9 NĂM 2025", 15.0)
    rows = [["Ngày", "Người tiếp", "Địa điểm"],
            ["Thứ Hai 08/9", "Chủ tịch UBND xã", "Phòng tiếp công dân"],
            ["Thứ Hai 15/9", "Phó Chủ tịch UBND xã", "Phòng tiếp công dân"],
            ["Thứ Hai 22/9", "Chủ tịch UBND xã", "Hội trường thôn Bắc Sơn"]]
    p.table([44.0, 70.0, 62.0], rows, aligns="lll", pt=11.0)
    return _paper("lich_tiep_cong_dan", "Lịch tiếp công dân", [p], head)


def satisfaction(mk: Maker) -> Paper:
    p = mk.page("office", 11.5, (20.0, 192.0), 14.0)
    head = title(p, "PHIẾU ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG\nCỦA TỔ CHỨC, CÁ NHÂN", 14.0)
    for line in ["Thủ tục đã thực hiện: Đăng ký khai sinh",
                 "1. Thái độ của cán bộ tiếp nhận:  Rất hài lòng  Hài lòng  Không hài lòng",
                 "2. Thời gian giải quyết so với giấy hẹn:  Sớm hơn  Đúng hẹn  Trễ hẹn",
                 "3. Ý kiến khác: ..................................................."]:
        p.field(line, hang=6.0)
    return _paper("phieu_danh_gia", "Phiếu đánh giá mức độ hài lòng", [p], head)


def timesheet(mk: Maker) -> Paper:
    p = mk.page("office", 10.5, (14.0, 198.0), 14.0)
    p.line("TRƯỜNG MẦM NON HOA SEN", "b", 11.0)
    head = title(p, "BẢNG CHẤM CÔNG", 15.0, ["Tháng 10 năm 2025"])
    rows = [["STT", "Họ và tên", "Ngày công", "Nghỉ phép", "Ghi chú"],
            ["1", "Hồ Thị Mai Anh", "22", "0", ""], ["2", "Đinh Thị Lệ", "21", "1", ""],
            ["3", "Kpă Thị Nhi", "22", "0", ""]]
    p.table([14.0, 70.0, 32.0, 32.0, 36.0], rows, aligns="clccl", pt=10.5)
    return _paper("bang_cham_cong", "Bảng chấm công", [p], head)


def prescription(mk: Maker) -> Paper:
    p = mk.page("office", 11.5, (20.0, 192.0), 12.0)
    p.line("TRẠM Y TẾ XÃ HÒA XUÂN TÂY", "b", 11.0)
    head = title(p, "ĐƠN THUỐC", 16.0)
    for line in ["Họ tên người bệnh: Trà Thị Lài   Tuổi: 67   Giới tính: Nữ",
                 "Chẩn đoán: tăng huyết áp", "1. Amlodipin 5mg x 30 viên, uống sáng 1 viên",
                 "2. Vitamin B1 x 20 viên, uống sáng 1 viên", "Tái khám sau 30 ngày."]:
        p.field(line, hang=6.0)
    p.line(f"Ngày {date(2025, 5, 12):%d/%m/%Y}", "i", 11.0, align="r")
    sign_right(p, signer(["Y sĩ khám bệnh"], "Hà Văn Lực", "", 14.0, 11.0))
    return _paper("don_thuoc", "Đơn thuốc", [p], head)


def newsletter(mk: Maker) -> Paper:
    """A two-page newsletter in columns."""
    p = mk.page("office", 10.5, (14.0, 196.0), 14.0)
    head = title(p, "BẢN TIN CẢI CÁCH HÀNH CHÍNH", 17.0, ["Số 3 - Quý III năm 2025"])
    text = ["Trong quý III, Bộ phận Một cửa huyện đã tiếp nhận 4.812 hồ sơ, giải quyết đúng "
            "hạn 98,6%. Tỷ lệ hồ sơ nộp trực tuyến tăng lên 46%.",
            "Huyện đã đưa vào sử dụng hệ thống số hóa hồ sơ, kết quả giải quyết thủ tục hành "
            "chính; người dân không phải nộp lại giấy tờ đã được số hóa.",
            "Trong thời gian tới, huyện tiếp tục tập huấn cho công chức cấp xã về ký số và "
            "lưu trữ điện tử."] * 2
    p.flow(text, [(14.0, 102.0), (108.0, 196.0)], pt=10.5)
    q = mk.page("office", 10.5, (14.0, 196.0), 16.0)
    q.flow(text[:3], [(14.0, 102.0), (108.0, 196.0)], pt=10.5)
    return _paper("ban_tin", "Bản tin cải cách hành chính", [p, q], head)


def thanks(mk: Maker) -> Paper:
    p = mk.page("typed", 10.5, (22.0, 192.0), 18.0)
    head = title(p, "THƯ CẢM ƠN", 14.0)
    for line in ["Kính gửi: Bộ phận Một cửa Ủy ban nhân dân xã Thạch Kim",
                 "Gia đình tôi xin chân thành cảm ơn các cán bộ đã tận tình hướng dẫn, giúp "
                 "gia đình hoàn thành thủ tục trong thời gian ngắn.",
                 "Kính chúc quý cơ quan sức khỏe và thành công."]:
        p.field(line, hang=6.0)
    sign_right(p, signer(["Người viết thư"], "Trần Văn Cường", "", 14.0, 10.5))
    return _paper("thu_cam_on", "Thư cảm ơn", [p], head)


def course(mk: Maker) -> Paper:
    p = mk.page("office", 13.0, (24.0, 186.0), 26.0, dpi=300, color=True)
    p.frame()
    motto(p, 12.5)
    head = title(p, "GIẤY CHỨNG NHẬN\nĐÃ THAM GIA TẬP HUẤN", 18.0)
    for line in ["Trung tâm Chính trị huyện Sơn Dương chứng nhận:",
                 "Bà: Ma Thị Thanh Huyền", "Đã tham gia lớp tập huấn nghiệp vụ văn thư, lưu trữ",
                 "từ ngày 04/8/2025 đến ngày 08/8/2025."]:
        p.line(line, "r", 13.0, align="c")
    sign_right(p, signer(["GIÁM ĐỐC"], "Triệu Văn Hưng"), seal=True)
    return _paper("gcn_tap_huan", "Giấy chứng nhận đã tham gia tập huấn", [p], head)


def stock_slip(mk: Maker) -> Paper:
    p = mk.page("office", 11.0, (18.0, 194.0), 14.0)
    p.line("CÔNG TY CỔ PHẦN GẠCH MEN THANH HẢI", "b", 11.0)
    head = title(p, "PHIẾU XUẤT KHO", 15.0, ["Số: XK-0931"])
    rows = [["STT", "Tên vật tư", "ĐVT", "Số lượng"], ["1", "Gạch 60x60 loại A", "thùng", "85"],
            ["2", "Keo dán gạch", "bao", "20"]]
    p.table([16.0, 96.0, 30.0, 34.0], rows, aligns="clcc", pt=10.5)
    return _paper("phieu_xuat_kho", "Phiếu xuất kho", [p], head)


def merit(mk: Maker) -> Paper:
    p = mk.page("office", 14.0, (24.0, 186.0), 30.0, dpi=300, color=True)
    p.frame()
    p.line("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LỘC HÀ", "b", 13.0, align="c")
    head = title(p, "BẰNG KHEN", 26.0)
    for line in ["Tặng: Bà Nguyễn Thị Hải Yến", "Công chức Tư pháp - Hộ tịch xã Thạch Kim",
                 "Đã có thành tích xuất sắc trong công tác cải cách hành chính năm 2024"]:
        p.line(line, "b", 14.0, align="c")
    return _paper("bang_khen", "Bằng khen", [p], head)


def rules_notice(mk: Maker) -> Paper:
    p = mk.page("office", 12.5, (24.0, 190.0), 16.0)
    p.line("BỘ PHẬN MỘT CỬA UBND XÃ NAM BÌNH", "b", 12.0, align="c")
    head = title(p, "NỘI QUY", 18.0, ["Nơi tiếp nhận và trả kết quả"])
    for line in ["1. Công dân lấy số thứ tự và chờ đến lượt.",
                 "2. Giữ trật tự, không hút thuốc lá trong phòng.",
                 "3. Mọi ý kiến phản ánh xin gửi vào hòm thư góp ý."]:
        p.field(line, hang=6.0)
    return _paper("noi_quy", "Nội quy", [p], head)


def site_plan(mk: Maker) -> Paper:
    """A sketch of a plot's place with a few labels: no title."""
    p = mk.page("office", 10.5, (20.0, 192.0), 30.0)
    p.rect((40.0, 170.0, 60.0, 180.0), width=0.6)
    p.rect((80.0, 130.0, 95.0, 140.0), width=0.4)
    p.put(92.0, 120.0, "Nhà ở", "r", 11.0)
    p.put(44.0, 192.0, "Đường liên xã", "i", 10.5)
    p.put(150.0, 70.0, "Mương nước", "i", 10.5)
    p.put(24.0, 250.0, "Tỷ lệ 1:200", "r", 10.0)
    G.sign(p, None, signer(["Người vẽ"], "Đỗ Văn Hòa", "", 12.0, 10.5), rbox=(110.0, 192.0))
    return _paper("so_do_vi_tri", "Sơ đồ vị trí", [p], None)


def papers(mk: Maker) -> list[Paper]:
    """The papers of other kinds, in the order they are scanned."""
    return [invitation(mk), plan(mk), reception_schedule(mk), satisfaction(mk),
            timesheet(mk), prescription(mk), newsletter(mk), thanks(mk), course(mk),
            stock_slip(mk), merit(mk), rules_notice(mk), site_plan(mk)]


__all__ = ["banner", "papers"]
