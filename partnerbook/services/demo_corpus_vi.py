"""The demo journal in Vietnamese: partners in Hanoi, Ho Chi Minh City, Da Nang, Hai Phong."""

from __future__ import annotations

from partnerbook.services.demo_corpus import (
    City,
    Locale,
    benefits,
    kpis,
    lines,
    names,
    patterns,
    sections,
)

VI = Locale(
    code="vi",
    languages=("vi", "en"),
    weight=24,
    weekend=(5, 6),
    family_first=True,
    spaced=True,
    family=names("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh"),
    female=names(
        "Thị_Lan Thị_Hương Thu_Trang Thùy_Linh Phương_Thảo Bảo_Ngọc Thu_Hà Ngọc_Mai "
        "Minh_Phương Như_Quỳnh Tường_Vy Hải_Yến Hồng_Nhung Thị_Hạnh Khánh_Linh Diệu_Anh"
    ),
    male=names(
        "Văn_Đức Quốc_Hùng Minh_Tuấn Tiến_Dũng Đăng_Khoa Hoài_Nam Hồng_Phúc Minh_Quang "
        "Trường_Sơn Quyết_Thắng Hoàng_Việt Gia_Huy Thành_Long Quốc_Bảo Hữu_Nghĩa Đức_Anh"
    ),
    pronouns=("anh", "chị", "anh", "chị"),
    address=("anh {last}", "chị {last}"),
    cities=(
        City(
            "Hanoi",
            "Hà Nội",
            "Vietnam",
            7,
            "+84 9d ddd dddd",
            "VND",
            ("quán cà phê gần Hồ Gươm", "quán cà phê ven Hồ Tây"),
        ),
        City(
            "Ho Chi Minh City",
            "Sài Gòn",
            "Vietnam",
            7,
            "+84 9d ddd dddd",
            "VND",
            ("quán cà phê gần chợ Bến Thành", "quán cà phê trong hẻm Quận 3"),
        ),
        City(
            "Da Nang",
            "Đà Nẵng",
            "Vietnam",
            7,
            "+84 90d ddd ddd",
            "VND",
            ("quán cà phê ven sông Hàn",),
        ),
        City("Hai Phong", "Hải Phòng", "Vietnam", 7, "+84 98 ddd dddd", "VND"),
    ),
    mail_domain="hopthu.example",
    cores=names(
        "Mây_Trắng Hải_Đăng Tre_Xanh Cánh_Diều Sen_Hồng Hoa_Gạo Lúa_Vàng Trăng_Non "
        "Mầm_Xanh Cầu_Vồng Gió_Nam Sao_Khuê Ngọc_Lan Thuyền_Buồm"
    ),
    patterns=patterns(
        """
        Ngân hàng {core} | bank | bank
            Ngân hàng bán lẻ quy mô lớn; mạnh ở khách hàng trẻ, quy trình duyệt chậm.
        Ví {core} | pay | e-wallet
            Ví điện tử khoảng 3 triệu người dùng, đang mở rộng mạng lưới cửa hàng.
        Sàn {core} | exchange | exchange
            Sàn giao dịch tài sản số; bộ phận pháp chế duyệt mọi nội dung truyền thông chung.
        Trà sữa {core} | tea | brand
            Chuỗi 40 cửa hàng trà sữa, khách hàng chủ yếu là sinh viên.
        Công ty Truyền thông {core} | media | agency,media
            Agency truyền thông nhỏ, làm nhanh, chuyên mảng tài chính.
        Sự kiện {core} | events | event organiser
            Tổ chức hội thảo và triển lãm ngành, khoảng 10 sự kiện mỗi năm.
        In ấn {core} | print | supplier
            Xưởng in tài liệu, standee và quà tặng cho các sự kiện của mình.
        Đại học {core} | edu | university
            Trường đại học tư thục, có vườn ươm khởi nghiệp và mạng lưới cựu sinh viên.
        Nội thất {core} | home | designer
            Studio thiết kế nội thất; gặp khách hàng tương lai của mình trước mình.
        """
    ),
    clients=lines(
        """
        Công ty TNHH {core}
        Chuỗi nha khoa {core}
        Công ty Xây dựng {core}
        Chuỗi cửa hàng {core}
        Công ty Logistics {core}
        """
    ),
    places=lines(
        """
        quán cà phê gần văn phòng họ
        văn phòng đối tác
        văn phòng mình
        sảnh khách sạn
        quán phở gần công ty
        quán cà phê sân thượng
        """
    ),
    roles=lines(
        """
        Trưởng phòng Đối tác
        Giám đốc Phát triển Kinh doanh
        Chuyên viên Marketing
        Trưởng nhóm Sản phẩm
        Giám đốc Khối Bán lẻ
        Phó Giám đốc
        Trưởng phòng Thanh toán số
        """
    ),
    solo_roles=lines(
        """
        Nhiếp ảnh gia tự do
        Nhà đầu tư thiên thần
        Tư vấn độc lập
        Kiến trúc sư
        """
    ),
    departments=("Phòng Đối tác", "Phòng Marketing", "Khối Bán lẻ", "Phòng Sản phẩm"),
    how_met=lines(
        """
        Gặp ở hội thảo Fintech tại Hà Nội
        Quen qua buổi networking của hiệp hội doanh nghiệp trẻ
        Ngồi cùng bàn ở tiệc tất niên của một đối tác
        Cùng tham gia tọa đàm về thanh toán số
        Gặp ở lớp học quản trị cuối tuần
        """
    ),
    introduced="Được {other} giới thiệu",
    motivations=sections(
        """
        [kpi]
        Phải đạt chỉ tiêu 500 khách hàng mới trong quý
        KPI năm nay tăng 30%, thưởng tính theo doanh thu từ đối tác
        [boss_recognition]
        Muốn sếp thấy dự án của mình thành công
        Cần kết quả để báo cáo ban giám đốc cuối quý
        [peer_standing]
        Muốn được đồng nghiệp nể phục
        Muốn là người đầu tiên trong ngành làm chương trình này
        [career]
        Đang nhắm vị trí trưởng phòng năm sau
        Muốn chuyển sang mảng sản phẩm
        [learning]
        Thích thử cái mới, nhất là fintech
        Muốn học cách làm đối tác ở thị trường khác
        [comfort]
        Không muốn thêm việc, cần mọi thứ đơn giản
        Ngại thủ tục hợp đồng dài
        [relationship]
        Thích đi cà phê, nói chuyện vui vẻ
        Quý những người giữ lời hứa
        [other]
        Quan tâm đến hoạt động cộng đồng
        Muốn có câu chuyện hay cho trang tin nội bộ
        """
    ),
    details=sections(
        """
        [family]
        Có hai con, bé lớn học lớp 3
        Vợ làm bác sĩ nhi
        Mới cưới năm ngoái
        [hobby]
        Chạy bộ buổi sáng quanh hồ
        Thích chụp ảnh phim
        Chơi cầu lông mỗi tối thứ Tư
        [ask_next]
        Hỏi về chuyến đi Nhật
        Hỏi bé đã khỏi ốm chưa
        Hỏi về nhà mới
        [food]
        Thích phở bò, không ăn cay
        Uống cà phê sữa đá ít đường
        Ăn chay ngày rằm
        [other]
        Quê ở Nam Định, Tết thường về quê một tuần
        """
    ),
    scopes=lines(
        """
        Giới thiệu chéo khách hàng doanh nghiệp nhỏ; đồng tổ chức 2 hội thảo mỗi năm.
        Ưu đãi chung cho chủ thẻ khi mở tài khoản qua kênh của mình.
        Họ phân phối sản phẩm của mình cho khách hàng; mình đào tạo đội bán hàng của họ.
        Làm nội dung chung: báo cáo thị trường hằng quý và một phiên tọa đàm.
        """
    ),
    responsibilities=lines(
        """
        Họ gửi danh sách khách hàng tiềm năng hàng tuần; mình phản hồi trong 48 giờ.
        Mình soạn chương trình và biên bản; họ gửi cho khách hàng của họ.
        Họ lo địa điểm và diễn giả; mình lo khách mời và nhà tài trợ.
        """
    ),
    terms=lines(
        """
        12 tháng, tự động gia hạn; báo trước 60 ngày nếu dừng.
        Thí điểm 6 tháng, sau đó đánh giá theo KPI đã thống nhất.
        Không độc quyền; mỗi bên có thể dừng với thông báo trước 30 ngày.
        """
    ),
    revenue=sections(
        """
        [fixed_fee]
        {fee} {cur} cho mỗi khách hàng được giới thiệu ký hợp đồng, thanh toán hằng tháng
        [percentage]
        {pct}% doanh thu năm đầu của khách hàng được giới thiệu
        [none]
        Không chia doanh thu; giới thiệu khách hàng hai chiều
        """
    ),
    fit_notes=sections(
        """
        [complementary_strengths]
        Họ có kênh phân phối, mình có sản phẩm: bổ sung cho nhau rất tốt.
        Trùng sản phẩm với mình ở hai mảng.
        [audience_fit]
        Khách hàng của họ đúng tệp doanh nghiệp nhỏ mình nhắm tới.
        Khách hàng chủ yếu là tập đoàn lớn, chỉ một phần phù hợp.
        [trust]
        Luôn giữ lời hứa, chia sẻ số liệu minh bạch.
        Hai lần trễ hạn trong quý trước, cần theo dõi.
        [size_proportion]
        Quy mô tương đương, ra quyết định nhanh như nhau.
        Lớn hơn mình nhiều: mình phải chủ động lo phần việc.
        [willingness]
        Tổng giám đốc trực tiếp ủng hộ hợp tác.
        Có quan tâm nhưng chưa có ai chịu trách nhiệm ngân sách.
        """
    ),
    benefits=benefits(
        """
        [for_them short]
        Tăng {q}% khách hàng mở tài khoản mới qua kênh đối tác | % | 10 15 20
        {q} khách hàng tiềm năng chất lượng trong quý đầu | khách hàng | 30 50 80
        Một case study chung để đội bán hàng của họ dùng
        {q} chỗ ngồi hội thảo chung được lấp đầy | chỗ | 100 150
        [for_them long]
        {q} khách hàng mới mỗi năm qua kênh của mình | khách hàng | 200 300 500
        Giảm {q}% thời gian mở tài khoản cho khách hàng | % | 20 30
        Thêm một nguồn doanh thu mà không cần tuyển người
        Tiếp cận {q} khách hàng doanh nghiệp của mình | doanh nghiệp | 20 40
        [for_us short]
        {q} lời giới thiệu tới khách hàng doanh nghiệp nhỏ của họ | lời giới thiệu | 10 20
        Một suất diễn giả ở hội thảo của họ
        [for_us long]
        {q}% doanh thu mới đến từ đối tác giới thiệu | % | 15 20
        Uy tín thương hiệu của họ khi vào thị trường mới
        """
    ),
    openers=sections(
        """
        [coffee]
        Cà phê với {short} ở {place}
        Cà phê sáng với {short}
        [meeting]
        Họp với {org}
        Họp với {short} và nhóm của {he}
        [call]
        Gọi điện với {short}
        Cuộc gọi ngắn với {short}
        [video]
        Họp online với {short}
        [message]
        Nhắn tin với {short}
        [email]
        Email từ {short}
        Trao đổi email với {short}
        [event]
        Gặp {short} ở hội thảo ngành
        Gặp {short} ở tiệc tất niên đối tác
        [note]
        Ghi chú về {short}
        """
    ),
    topics=lines(
        """
        ưu đãi chung cho chủ thẻ
        số liệu giới thiệu khách hàng
        kết quả thí điểm
        gia hạn hợp đồng
        sếp mới của {short}
        ngân sách marketing chung
        chậm mở tài khoản
        hội thảo tháng tới
        mở rộng vào Sài Gòn
        chính sách giá cho khách hàng của họ
        """
    ),
    said=lines(
        """
        Mùa hè khách hàng giới thiệu ít; {short} nghĩ sau Tết sẽ tăng lại.
        Sếp mới muốn xem số liệu trước khi tăng ngân sách.
        Thí điểm ổn: 14 khách hàng đã mở tài khoản, 2 khách phàn nàn về eKYC.
        {short} đang tuyển thêm hai người cho nhóm đối tác.
        Tháng 1 họ rà soát lại toàn bộ nhà cung cấp.
        {short} thích mẫu biên bản của mình, đã chuyển cho sếp.
        Khách hàng của họ hỏi nhiều về hóa đơn điện tử.
        Hội thảo chung có 180 người đăng ký, 60 người dự trực tiếp.
        Ngân sách bị đóng băng đến năm tài chính mới.
        Năm sau họ có thể mở văn phòng ở Đà Nẵng.
        """
    ),
    wants=lines(
        """
        {short} cần một trang tóm tắt để trình sếp.
        Họ muốn phí cố định cho mỗi khách hàng thay vì phần trăm.
        {short} cần hai câu chuyện khách hàng cho đội bán hàng.
        Họ muốn mình lo phần hậu cần cho sự kiện.
        {short} muốn được giới thiệu với nhóm phụ trách thị trường Singapore.
        Họ muốn trang đăng ký chung chạy trước ngày ra mắt.
        {short} muốn được mời phát biểu ở ngày hội khách hàng.
        Họ cần đào tạo cho nhân viên quan hệ khách hàng.
        """
    ),
    next_steps=lines(
        """
        gửi biên bản và số liệu thí điểm trước thứ Sáu
        soạn bản tóm tắt một trang, gửi thứ Hai
        hẹn gọi với phòng pháp chế bên họ
        giới thiệu {short} với trưởng nhóm thị trường Singapore
        chuẩn bị hai case study
        lên lịch đào tạo cho nhân viên bên họ
        đề xuất ngày tổ chức hội thảo
        kiểm tra lại mức phí với phòng tài chính
        """
    ),
    labels={"colon": ": ", "next": "Tiếp theo", "wants": "Họ cần", "personal": "Chuyện riêng"},
    follow_ups=lines(
        """
        Gửi bản đề xuất cho {short}
        Hỏi {short} về kết quả chương trình
        Gửi tài liệu trước buổi họp
        Nhắc {short} ký phụ lục hợp đồng
        Hỏi {short} số liệu giới thiệu tháng này
        Gửi lịch hội thảo cho {short}
        Chúc mừng {short} ra mắt sản phẩm
        Gửi case study cho {short}
        """
    ),
    promises_me=lines(
        """
        Gửi biên bản họp trong 24 giờ
        Giới thiệu {short} với bên thiết kế
        Gửi số liệu thí điểm cho {short}
        Viết nội dung trang đăng ký chung
        In tài liệu cho sự kiện của họ
        Mời {short} phát biểu ở ngày hội khách hàng
        """
    ),
    promises_them=lines(
        """
        {short} gửi danh sách khách hàng tiềm năng
        {short} xác nhận ngân sách
        {short} sắp xếp buổi gặp với sếp
        {short} gửi số liệu giới thiệu quý trước
        {short} gửi bản thảo hợp đồng
        {short} đặt địa điểm cho buổi workshop
        """
    ),
    recurring=sections(
        """
        [FREQ=WEEKLY]
        Cập nhật hàng tuần với {org}
        [FREQ=WEEKLY;INTERVAL=2]
        Gọi {short} hai tuần một lần
        [FREQ=MONTHLY]
        Họp chiến lược hàng tháng với {org}
        [FREQ=MONTHLY;INTERVAL=3]
        Đánh giá hợp tác hàng quý với {org}
        """
    ),
    ledger=sections(
        """
        [favour given]
        Góp ý slide cho {short} trước buổi trình ban giám đốc
        Cho {short} dùng gian hàng của mình ở triển lãm
        [favour received]
        {short} xếp cho mình buổi gặp phòng mua hàng bên họ
        {short} chia sẻ quy trình duyệt nhà cung cấp
        [introduction given]
        Giới thiệu {short} với {other}
        Kết nối {short} với {other} để tuyển người
        [introduction received]
        {short} giới thiệu mình với {other}
        [referral given]
        Giới thiệu khách hàng {referred} cho {org}
        Chuyển {referred} sang {org} để báo giá
        [referral received]
        {org} giới thiệu khách hàng {referred}
        Khách hàng mới từ {org}: {referred}
        [resource given]
        Gửi {short} báo cáo thị trường thanh toán cho doanh nghiệp nhỏ
        Chia sẻ bộ tài liệu hướng dẫn mở tài khoản cho {short}
        [resource received]
        {short} gửi kết quả khảo sát khách hàng của họ
        [payment given]
        Thanh toán phí giới thiệu quý trước cho {org}
        [payment received]
        {org} thanh toán phần chi phí hội thảo chung
        """
    ),
    kpis=kpis(
        """
        Khách hàng mới qua đối tác | khách hàng | 40
        Tài khoản mở qua kênh ví | tài khoản | 300
        Doanh thu từ đối tác | triệu ₫ | 500
        Tỷ lệ chuyển đổi | % | 0
        Sự kiện chung | sự kiện | 1
        Mức độ hài lòng | điểm NPS | 0
        """
    ),
    review_titles={
        "monthly": "Đánh giá {period}: {headline}",
        "quarterly": "Đánh giá {period}: {headline}",
        "yearly": "Đánh giá {period}: {headline}",
    },
    period_names={"monthly": "tháng {m}/{y}", "quarterly": "quý {q}/{y}", "yearly": "năm {y}"},
    months=tuple(f"tháng {m}" for m in range(1, 13)),
    headlines=sections(
        """
        [good]
        vượt chỉ tiêu
        giới thiệu tăng, quý rất tốt
        [mixed]
        gần đạt chỉ tiêu, chuyển đổi còn thấp
        ổn định, mở tài khoản vẫn chậm
        [weak]
        chưa đạt chỉ tiêu
        ít khách hàng giới thiệu, cần làm lại kế hoạch
        """
    ),
    review_lines=sections(
        """
        [good]
        Đạt hầu hết mục tiêu; khách hàng giới thiệu đều và chuyển đổi tốt.
        Hội thảo chung mang lại nhiều khách hàng tiềm năng nhất trong kỳ.
        [mixed]
        Có khách hàng tiềm năng nhưng tỷ lệ chuyển đổi thấp hơn kế hoạch.
        Hoạt động nhiều nhưng số hợp đồng ký được ít hơn mong đợi.
        [weak]
        Bên họ đang tái cơ cấu nên ít khách hàng được giới thiệu.
        Đội bán hàng của họ chưa biết rõ sản phẩm của mình.
        """
    ),
    review_next=lines(
        """
        Đào tạo lại đội bán hàng của họ và gửi tài liệu một trang mới.
        Chuyển sang phí cố định cho mỗi khách hàng từ quý sau.
        Tổ chức hội thảo chung và tăng chỉ tiêu khách hàng tiềm năng 20%.
        Gọi 15 phút mỗi tuần về danh sách khách hàng đến khi chuyển đổi tăng lại.
        Gửi lời cảm ơn và tổ chức buổi liên hoan nhỏ với nhóm của họ.
        """
    ),
    stage_notes=sections(
        """
        [exploring]
        Đã họp workshop đầu tiên; hai bên muốn thử một chương trình nhỏ.
        [active]
        Ký hợp đồng sau khi thí điểm đạt mục tiêu.
        [dormant]
        Người phụ trách bên họ đã nghỉ việc; chưa ai tiếp quản.
        [ended]
        Họ sáp nhập với đối thủ của mình; dừng hợp tác êm đẹp.
        """
    ),
)
