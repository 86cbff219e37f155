<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../partnerbook/app.py" line="293"/>
        <source>Writing eight years of sample relationships…</source>
        <translation>Đang viết tám năm quan hệ mẫu…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="322"/>
        <source>The demo journal could not be made.</source>
        <translation>Không tạo được nhật ký mẫu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="323"/>
        <source>Details are in %1.</source>
        <translation>Chi tiết có trong %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="352"/>
        <source>Backup saved and verified: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="402"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="406"/>
        <source>Show PartnerBook</source>
        <translation>Hiện PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="436"/>
        <source>The journal&apos;s integrity check found problems: %1</source>
        <translation>Kiểm tra tính toàn vẹn của nhật ký phát hiện vấn đề: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="511"/>
        <source>Restored the backup %1.</source>
        <translation>Đã khôi phục bản sao lưu %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="513"/>
        <source>The journal as it was is kept in %1.</source>
        <translation>Nhật ký như trước đó được giữ trong %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="557"/>
        <source>The journal is damaged: what you see may be incomplete.</source>
        <translation>Nhật ký bị hỏng: những gì bạn thấy có thể chưa đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="581"/>
        <source>Your journal is inside a %1 folder. Sync services copy a database while it is being written and can damage it.</source>
        <translation>Nhật ký của bạn nằm trong thư mục %1. Các dịch vụ đồng bộ sao chép cơ sở dữ liệu ngay khi nó đang được ghi và có thể làm hỏng nó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="587"/>
        <source>Your journal is on a network filesystem (%1). Network filesystems often get database locking wrong and can damage it.</source>
        <translation>Nhật ký của bạn nằm trên hệ thống tệp mạng (%1). Hệ thống tệp mạng thường khóa cơ sở dữ liệu sai cách và có thể làm hỏng nó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="727"/>
        <source>PartnerBook hit a problem it did not expect. What you saved is safe.

Details were written to %1. Please report it.</source>
        <translation>PartnerBook gặp một sự cố không lường trước. Những gì bạn đã lưu vẫn an toàn.

Chi tiết đã được ghi vào %1. Vui lòng báo lỗi này cho chúng tôi.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../partnerbook/ui/autosave.py" line="252"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../partnerbook/ui/brief/pdf.py" line="227"/>
        <source>Print the Brief</source>
        <translation>In bản tóm tắt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="158"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="160"/>
        <source>yesterday</source>
        <translation>hôm qua</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="162"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="165"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n tháng trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="167"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n năm trước</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="172"/>
        <source>no date</source>
        <translation>chưa có ngày</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="175"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="176"/>
        <source>due %1, %2</source>
        <translation>hạn %1, %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="178"/>
        <source>due today</source>
        <translation>hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="179"/>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>weak</source>
        <translation>yếu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>medium</source>
        <translation>vừa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>strong</source>
        <translation>mạnh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="192"/>
        <source>confirmed %1</source>
        <translation>xác nhận %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="195"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="198"/>
        <source>— check it</source>
        <translation>— cần kiểm chứng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="203"/>
        <source>Our value proposition</source>
        <translation>Giá trị chúng tôi mang lại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="218"/>
        <source>Nothing written down yet: two or three benefits each way, with numbers.</source>
        <translation>Chưa ghi gì: hai hoặc ba lợi ích cho mỗi bên, kèm con số cụ thể.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="224"/>
        <source>Last interactions</source>
        <translation>Các tương tác gần đây</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="226"/>
        <source>(%1 of %2)</source>
        <translation>(%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="239"/>
        <source>No interactions noted yet.</source>
        <translation>Chưa ghi tương tác nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="250"/>
        <source>… and %1 more</source>
        <translation>… và %1 mục khác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="254"/>
        <source>Open promises</source>
        <translation>Lời hứa chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="260"/>
        <source>nothing open</source>
        <translation>không còn lời hứa nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="266"/>
        <source>Open follow-ups</source>
        <translation>Việc theo dõi chưa xong</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="270"/>
        <source>Nothing open.</source>
        <translation>Không còn việc nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="277"/>
        <source>you have %1 open</source>
        <translation>bạn còn %1 lời hứa chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="277"/>
        <source>they have %1 open</source>
        <translation>họ còn %1 lời hứa chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="280"/>
        <source>no promises from you yet</source>
        <translation>bạn chưa hứa điều gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="282"/>
        <source>no promises from them yet</source>
        <translation>họ chưa hứa điều gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>you kept %1 of %2 (%3 %)</source>
        <translation>bạn đã giữ %1 trên %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>they kept %1 of %2 (%3 %)</source>
        <translation>họ đã giữ %1 trên %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="295"/>
        <source>Promises: %1 · %2</source>
        <translation>Lời hứa: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="307"/>
        <source>You have given %1, received %2.</source>
        <translation>Bạn đã cho %1 lần, nhận %2 lần.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="312"/>
        <source>Time for a deposit.</source>
        <translation>Đã đến lúc vun đắp thêm cho mối quan hệ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>Referrals: %1 given (%2 won), %3 received</source>
        <translation>Giới thiệu khách: đã giới thiệu %1 (%2 thành công), được giới thiệu %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="322"/>
        <source>won: %1</source>
        <translation>giá trị thành công: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="327"/>
        <source>Nothing given or received noted yet.</source>
        <translation>Chưa ghi lần cho hoặc nhận nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="350"/>
        <source>Who&apos;s who</source>
        <translation>Ai là ai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="353"/>
        <source>Presentation copy: motivations, personal details and the give &amp; take are left out</source>
        <translation>Bản trình chiếu: đã bỏ động cơ, thông tin cá nhân và cho &amp; nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="368"/>
        <source>Meeting brief · %1</source>
        <translation>Tóm tắt trước buổi gặp · %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="387"/>
        <source>What&apos;s in it for them</source>
        <translation>Họ được gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="393"/>
        <source>Not known yet. Ask what they personally get: a KPI, their boss&apos;s praise, ease?</source>
        <translation>Chưa biết. Hãy hỏi xem cá nhân họ được gì: đạt KPI, được sếp khen, sự thoải mái?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="418"/>
        <source>Based in</source>
        <translation>Ở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="422"/>
        <source>speaks</source>
        <translation>nói</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="436"/>
        <source>Our standing:</source>
        <translation>Vị thế của chúng tôi:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="442"/>
        <source>Never spoken to yet.</source>
        <translation>Chưa từng nói chuyện.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="444"/>
        <source>Last spoke</source>
        <translation>Nói chuyện lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="454"/>
        <source>Personal: ask about</source>
        <translation>Chuyện riêng: nên hỏi về</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="461"/>
        <source>Birthday: %1</source>
        <translation>Sinh nhật: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="463"/>
        <source>today!</source>
        <translation>hôm nay!</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="467"/>
        <source>tomorrow</source>
        <translation>ngày mai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="469"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n ngày nữa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="483"/>
        <source>Introductions</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="486"/>
        <source>Introduced by %1</source>
        <translation>Được %1 giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="489"/>
        <source>Introduced to us:</source>
        <translation>Đã giới thiệu cho chúng tôi:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="493"/>
        <source>and %1 more</source>
        <translation>và %1 người khác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="496"/>
        <source>How we met:</source>
        <translation>Quen nhau thế nào:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="507"/>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="518"/>
        <source>Web:</source>
        <translation>Web:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="521"/>
        <source>Who&apos;s who and what&apos;s in it for them</source>
        <translation>Ai là ai và họ được gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="532"/>
        <source>Nobody there noted yet.</source>
        <translation>Chưa ghi người liên hệ nào ở đó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="546"/>
        <source>Agreement</source>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="549"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="550"/>
        <source>Who does what</source>
        <translation>Ai làm việc gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="551"/>
        <source>Revenue share</source>
        <translation>Chia sẻ doanh thu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="552"/>
        <source>Terms</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="557"/>
        <source>Renewal:</source>
        <translation>Gia hạn:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="561"/>
        <source>Referrals: a fixed fee of %1 each</source>
        <translation>Giới thiệu khách: phí cố định %1 cho mỗi lượt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="564"/>
        <source>Referrals: %1 of the revenue</source>
        <translation>Giới thiệu khách: %1 doanh thu</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="67"/>
        <source>Meeting Brief — %1</source>
        <translation>Tóm tắt trước buổi gặp — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="73"/>
        <source>Meeting brief</source>
        <translation>Tóm tắt trước buổi gặp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="87"/>
        <source>Print the brief (Ctrl+P)</source>
        <translation>In bản tóm tắt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="89"/>
        <source>&amp;Save As…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="90"/>
        <source>Save the brief as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>Lưu bản tóm tắt dạng PDF, HTML hoặc Markdown (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="127"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="128"/>
        <source>Web page (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="129"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="133"/>
        <source>Save the Brief</source>
        <translation>Lưu bản tóm tắt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="149"/>
        <source>The brief was not saved: %1</source>
        <translation>Chưa lưu được bản tóm tắt: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="154"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="58"/>
        <source>Ideal rhythm</source>
        <translation>Nhịp lý tưởng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="59"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="62"/>
        <source>Too long after</source>
        <translation>Quá lâu nếu sau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="60"/>
        <source>Ideally every</source>
        <translation>Lý tưởng là mỗi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="72"/>
        <source>rhythm</source>
        <translation>nhịp liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="80"/>
        <source>too long</source>
        <translation>ngưỡng quá lâu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="88"/>
        <source>No interaction logged yet.</source>
        <translation>Chưa ghi lại tương tác nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="93"/>
        <source>Last contact today.</source>
        <translation>Liên lạc lần cuối hôm nay.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="95"/>
        <source>Last contact yesterday.</source>
        <translation>Liên lạc lần cuối hôm qua.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="98"/>
        <source>Last contact %1, %2 days ago.</source>
        <translation>Liên lạc lần cuối %1, cách đây %2 ngày.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="103"/>
        <source>Set a rhythm to be reminded when it is time to get in touch.</source>
        <translation>Đặt nhịp liên lạc để được nhắc khi đến lúc liên lạc lại.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="63"/>
        <source>Go To</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="70"/>
        <source>A person, a partner, a view or an action…</source>
        <translation>Một người, một đối tác, một màn hình hoặc một thao tác…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="71"/>
        <source>Go to</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="75"/>
        <source>Matches</source>
        <translation>Kết quả phù hợp</translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="34"/>
        <source>The journal is damaged</source>
        <translation>Nhật ký bị hỏng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="36"/>
        <source>PartnerBook cannot read the journal %1: part of the file is damaged.</source>
        <translation>PartnerBook không đọc được nhật ký %1: một phần của tệp bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="48"/>
        <source>The latest good backup is from %1. Restoring it brings back everything saved up to then. The damaged file is moved aside into %2, never deleted, so what it holds beyond the backup can still be rescued.</source>
        <translation>Bản sao lưu tốt gần nhất là từ %1. Khôi phục nó sẽ mang lại mọi thứ đã lưu đến lúc đó. Tệp bị hỏng được chuyển sang %2, không bao giờ bị xóa, nên những gì nó chứa sau bản sao lưu vẫn có thể được cứu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="56"/>
        <source>Restore the Latest Good Backup (%1)</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="63"/>
        <source>No backup that passes its check was found in %1. The journal was not changed: keep the file, it may still be rescued.</source>
        <translation>Không tìm thấy bản sao lưu nào vượt qua kiểm tra trong %1. Nhật ký không bị thay đổi: hãy giữ tệp, nó vẫn có thể được cứu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="70"/>
        <source>Not Now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="74"/>
        <source>Quit PartnerBook</source>
        <translation>Thoát PartnerBook</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/dates.py" line="59"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&apos;%1&apos; không phải là ngày.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="19"/>
        <source>Welcome to PartnerBook</source>
        <translation>Chào mừng bạn đến với PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="25"/>
        <source>Keep what each partner and each person wants, what was said over coffee, and what was promised on both sides. Start with the company you work with most, or the person you met last.</source>
        <translation>Ghi lại điều mỗi đối tác và mỗi người mong muốn, những gì đã nói bên ly cà phê, và những gì hai bên đã hứa. Hãy bắt đầu với công ty bạn làm việc nhiều nhất, hoặc người bạn vừa gặp gần đây nhất.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="42"/>
        <source>Add a partner</source>
        <translation>Thêm đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="45"/>
        <source>Add a person</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="47"/>
        <source>Import contacts…</source>
        <translation>Nhập danh bạ…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="49"/>
        <source>From your phone, Google, Outlook or LinkedIn: a vCard or CSV export</source>
        <translation>Từ điện thoại, Google, Outlook hoặc LinkedIn: tệp vCard hoặc CSV đã xuất</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="52"/>
        <source>Explore the demo journal</source>
        <translation>Khám phá nhật ký mẫu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="54"/>
        <source>A separate sample journal with eight years of multilingual relationships</source>
        <translation>Một nhật ký mẫu riêng, với tám năm quan hệ bằng nhiều ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="118"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="126"/>
        <source>Log a Note…</source>
        <translation>Thêm ghi chú…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="127"/>
        <source>A quick note about them, with a follow-up if you like</source>
        <translation>Một ghi chú nhanh về họ, kèm việc theo dõi nếu muốn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="139"/>
        <source>Track record</source>
        <translation>Giữ lời và cho nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="141"/>
        <source>Note a Give or Take…</source>
        <translation>Ghi một lần cho hoặc nhận…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="143"/>
        <source>A favour, an introduction, a referral, a resource, a payment</source>
        <translation>Một ân huệ, một lời giới thiệu, một lượt giới thiệu khách, một nguồn lực, một khoản thanh toán</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="199"/>
        <source>Stay in touch</source>
        <translation>Giữ liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="203"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="204"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="204"/>
        <source>Anything else worth remembering</source>
        <translation>Những điều khác đáng nhớ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="205"/>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="220"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="222"/>
        <source>Brief…</source>
        <translation>Tóm tắt…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="224"/>
        <source>The one-page meeting brief, to read, print or save (Ctrl+B)</source>
        <translation>Bản tóm tắt một trang trước buổi gặp, để đọc, in hoặc lưu (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="228"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="293"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="232"/>
        <source>Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)</source>
        <translation>Người liên hệ và đối tác đã lưu trữ sẽ rời khỏi danh sách nhưng vẫn giữ lịch sử (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="235"/>
        <source>archived</source>
        <translation>đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="249"/>
        <source>Save state</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="290"/>
        <source>Changes save as you type</source>
        <translation>Thay đổi được lưu ngay khi bạn gõ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="293"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="34"/>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="43"/>
        <source>Export Everything as a JSON &amp;Archive…</source>
        <translation>Xuất toàn bộ thành bản lưu trữ &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="45"/>
        <source>JSON archive (*.json)</source>
        <translation>Bản lưu trữ JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="49"/>
        <source>Export People as &amp;vCards…</source>
        <translation>Xuất người liên hệ thành &amp;vCard…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="51"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="53"/>
        <source>Export People as &amp;CSV…</source>
        <translation>Xuất người liên hệ thành &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="53"/>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="58"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="56"/>
        <source>Export &amp;Partners as CSV…</source>
        <translation>Xuất đối &amp;tác thành CSV…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="62"/>
        <source>Export Follow-ups as a Ca&amp;lendar…</source>
        <translation>Xuất việc theo dõi thành &amp;lịch…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="64"/>
        <source>Calendar (*.ics)</source>
        <translation>Lịch (*.ics)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="98"/>
        <source>Exporting to %1…</source>
        <translation>Đang xuất ra %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="121"/>
        <source>Wrote %1 people, %2 partners and %3 entries to %4</source>
        <translation>Đã ghi %1 người liên hệ, %2 đối tác và %3 mục vào %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="131"/>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="139"/>
        <source>Wrote %n people to %1</source>
        <translation>
            <numerusform>Đã ghi %n người liên hệ vào %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="137"/>
        <source>Wrote %n partners to %1</source>
        <translation>
            <numerusform>Đã ghi %n đối tác vào %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="146"/>
        <source>Wrote %1 follow-ups and %2 promises to %3</source>
        <translation>Đã ghi %1 việc theo dõi và %2 lời hứa vào %3</translation>
    </message>
</context>
<context>
    <name>GiveTakeDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="50"/>
        <source>Give &amp; Take</source>
        <translation>Cho &amp; nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="66"/>
        <source>Given or received</source>
        <translation>Cho hay nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="67"/>
        <source>I gave</source>
        <translation>Tôi đã cho</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="68"/>
        <source>I received</source>
        <translation>Tôi đã nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="70"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="77"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="79"/>
        <source>e.g. an intro to their CFO</source>
        <translation>vd: giới thiệu với giám đốc tài chính của họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="80"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="81"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="82"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="84"/>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="83"/>
        <source>today — or last week, 3 March…</source>
        <translation>hôm nay — hoặc tuần trước, ngày 3 tháng 3…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="86"/>
        <source>Whom the referral was for: a person or company</source>
        <translation>Khách được giới thiệu: một người hoặc một công ty</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="87"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="88"/>
        <source>Referred</source>
        <translation>Khách được giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="91"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="94"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="98"/>
        <source>Value, if any</source>
        <translation>Giá trị, nếu có</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="99"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="107"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="104"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="141"/>
        <source>When: that is not a date I understand.</source>
        <translation>Khi nào: không hiểu được ngày này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="185"/>
        <source>Note a give or take</source>
        <translation>Ghi một lần cho hoặc nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="207"/>
        <source>Edit a give or take</source>
        <translation>Sửa một lần cho hoặc nhận</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="129"/>
        <source>Import Contacts — %1</source>
        <translation>Nhập danh bạ — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="155"/>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="157"/>
        <source>File format</source>
        <translation>Định dạng tệp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="181"/>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="183"/>
        <source>Show records</source>
        <translation>Hiển thị bản ghi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="195"/>
        <source>Contacts in the file</source>
        <translation>Liên hệ trong tệp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="231"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="234"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="244"/>
        <source>Save Error &amp;Report…</source>
        <translation>Lưu &amp;báo cáo lỗi…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="245"/>
        <source>Every record that could not be read, and why</source>
        <translation>Mọi bản ghi không đọc được, và lý do</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="248"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>&amp;Undo Import</source>
        <translation>Hoàn &amp;tác lần nhập</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="251"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="254"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="293"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="294"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="295"/>
        <source>Google CSV</source>
        <translation>Google CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="296"/>
        <source>LinkedIn CSV</source>
        <translation>LinkedIn CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="297"/>
        <source>Outlook CSV</source>
        <translation>Outlook CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="298"/>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="312"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="340"/>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="371"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Đã hủy: chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="377"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="386"/>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="399"/>
        <source>Automatic (%1)</source>
        <translation>Tự động (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="428"/>
        <source>There are no contacts in this file.</source>
        <translation>Tệp này không có liên hệ nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="431"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="432"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln được cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="433"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln không đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="435"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln có lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="437"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln có lỗi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="440"/>
        <source>, </source>
        <comment>between the counts of an import</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="442"/>
        <source>Imported: %1.</source>
        <translation>Đã nhập: %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="452"/>
        <source>All (%1)</source>
        <translation>Tất cả (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="454"/>
        <source>To create (%1)</source>
        <translation>Sẽ tạo mới (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="455"/>
        <source>To update (%1)</source>
        <translation>Sẽ cập nhật (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="456"/>
        <source>Unchanged (%1)</source>
        <translation>Không đổi (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="457"/>
        <source>Errors (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="497"/>
        <source>Record %1, line %2</source>
        <translation>Bản ghi %1, dòng %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="524"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="550"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="557"/>
        <source>Importing %1 of %2…</source>
        <translation>Đang nhập %1 / %2…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="584"/>
        <source>Import of %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="638"/>
        <source>Errors in %1</source>
        <translation>Lỗi trong %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="643"/>
        <source>Record %1, line %2: %3</source>
        <translation>Bản ghi %1, dòng %2: %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="655"/>
        <source>Text (*.txt)</source>
        <translation>Văn bản (*.txt)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="655"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="657"/>
        <source>Save the Error Report</source>
        <translation>Lưu báo cáo lỗi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="677"/>
        <source>Error report saved to %1</source>
        <translation>Đã lưu báo cáo lỗi vào %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>&amp;Redo Import</source>
        <translation>&amp;Làm lại lần nhập</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="701"/>
        <source>The import was taken back.</source>
        <translation>Đã hoàn tác lần nhập.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="707"/>
        <source>%1 brings it all back.</source>
        <translation>Nhấn %1 để khôi phục lại tất cả.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="709"/>
        <source>%1 takes the whole import back.</source>
        <translation>Nhấn %1 để hoàn tác toàn bộ lần nhập.</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="53"/>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="54"/>
        <source>Updated</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="55"/>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="56"/>
        <location filename="../../partnerbook/ui/models/import_model.py" line="62"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="59"/>
        <source>Create</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="60"/>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="61"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="118"/>
        <source>new person</source>
        <translation>người liên hệ mới</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="230"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="231"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="232"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="233"/>
        <source>What happened</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="235"/>
        <source>What will happen</source>
        <translation>Sẽ làm gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="236"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="277"/>
        <source>Record %1</source>
        <translation>Bản ghi %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="279"/>
        <source>Line %1</source>
        <translation>Dòng %1</translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="116"/>
        <source>Who&apos;s in Town</source>
        <translation>Ai đang ở thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="131"/>
        <source>Where are you going? Whom should you see there?</source>
        <translation>Bạn sắp đi đâu? Nên gặp ai ở đó?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="135"/>
        <source>City or country</source>
        <translation>Thành phố hoặc quốc gia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="137"/>
        <source>A city or a country, typed any way: hanoi, ha noi, tel aviv, italia</source>
        <translation>Thành phố hoặc quốc gia, gõ kiểu nào cũng được: hanoi, ha noi, tel aviv, italia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="168"/>
        <source>People in town</source>
        <translation>Người liên hệ ở nơi đó</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Where</source>
        <translation>Nơi ở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Last met</source>
        <translation>Gặp lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="189"/>
        <source>Enter opens the person · L logs a note about them</source>
        <translation>Enter mở trang người đó · L thêm ghi chú về họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="192"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="194"/>
        <source>Log a Note…</source>
        <translation>Thêm ghi chú…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="196"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="256"/>
        <source>Type where you are going. Cities and countries come from people&apos;s pages; the people you have not seen for longest come first.</source>
        <translation>Gõ nơi bạn sắp đến. Thành phố và quốc gia lấy từ trang của từng người; những người bạn lâu chưa gặp nhất được xếp trước.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="263"/>
        <source>Nobody in “%1” yet. Try the beginning of the city or the country.</source>
        <translation>Chưa có ai ở “%1”. Hãy thử gõ phần đầu tên thành phố hoặc quốc gia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="268"/>
        <source>%n person(s), never met or longest unseen first.</source>
        <translation>
            <numerusform>%n người, ai chưa từng gặp hoặc lâu chưa gặp nhất xếp trước.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InTownDialogText</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="91"/>
        <source>never met</source>
        <translation>chưa từng gặp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="93"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="95"/>
        <source>yesterday</source>
        <translation>hôm qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="97"/>
        <source>%1 days ago</source>
        <translation>%1 ngày trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="99"/>
        <source>%1 weeks ago</source>
        <translation>%1 tuần trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="101"/>
        <source>%1 months ago</source>
        <translation>%1 tháng trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="102"/>
        <source>%1 years ago</source>
        <translation>%1 năm trước</translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="107"/>
        <source>Title (the notes&apos; first line if left empty)</source>
        <translation>Tiêu đề (để trống sẽ lấy dòng đầu của ghi chú)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="108"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="109"/>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="111"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="113"/>
        <source>Open the page of someone or a partner in this note</source>
        <translation>Mở trang của một người hoặc đối tác trong ghi chú này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="114"/>
        <source>Open a person&apos;s or partner&apos;s page</source>
        <translation>Mở trang của người hoặc đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="118"/>
        <source>Move to Trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="119"/>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z để khôi phục</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="124"/>
        <source>Changes save as you type</source>
        <translation>Thay đổi được lưu ngay khi bạn gõ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="126"/>
        <source>Save state</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="130"/>
        <source>What happened</source>
        <translation>Chuyện gì đã diễn ra</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="133"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="142"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="136"/>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="143"/>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="140"/>
        <source>when</source>
        <translation>thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="145"/>
        <source>A café, their office, a video link…</source>
        <translation>Quán cà phê, văn phòng của họ, đường link họp video…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="146"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="148"/>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="147"/>
        <source>where</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="150"/>
        <source>Add someone: type three letters…</source>
        <translation>Thêm người: gõ ba chữ cái…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="154"/>
        <source>people</source>
        <translation>người tham dự</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="161"/>
        <source>With</source>
        <translation>Với</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="169"/>
        <source>Add a partner…</source>
        <translation>Thêm đối tác…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="170"/>
        <source>Add a partner</source>
        <translation>Thêm đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="173"/>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="175"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="189"/>
        <source>Warmth</source>
        <translation>Độ thân tình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="176"/>
        <source>How warm it felt, from cold (−2) to warm (+2)</source>
        <translation>Không khí buổi gặp, từ lạnh nhạt (−2) đến thân tình (+2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="177"/>
        <source>Not rated</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="179"/>
        <source>Warm</source>
        <translation>Thân tình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="180"/>
        <source>Friendly</source>
        <translation>Thân thiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="181"/>
        <source>Neutral</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="182"/>
        <source>Cool</source>
        <translation>Hơi lạnh nhạt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="183"/>
        <source>Cold</source>
        <translation>Lạnh nhạt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="188"/>
        <source>warmth</source>
        <translation>độ thân tình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="196"/>
        <source>Invitation sent</source>
        <translation>Đã gửi lời mời</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="197"/>
        <source>Agenda shared</source>
        <translation>Đã gửi chương trình họp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="198"/>
        <source>Recap sent</source>
        <translation>Đã gửi tóm tắt sau họp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="199"/>
        <source>Files printed</source>
        <translation>Đã in tài liệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="208"/>
        <source>Legwork</source>
        <translation>Việc chuẩn bị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="213"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="224"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="215"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="391"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="217"/>
        <source>Show the notes as formatted text (Ctrl+Shift+V)</source>
        <translation>Hiện ghi chú dưới dạng văn bản đã định dạng (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="223"/>
        <source>What was said. Markdown works: # headings, - lists, **bold**.</source>
        <translation>Những gì đã nói. Có thể dùng Markdown: # tiêu đề, - danh sách, **in đậm**.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="228"/>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="231"/>
        <source>Notes, formatted</source>
        <translation>Ghi chú, đã định dạng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="240"/>
        <source>topics</source>
        <translation>chủ đề</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="292"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="301"/>
        <source>When: &apos;%1&apos; is not a date.</source>
        <translation>Khi nào: &apos;%1&apos; không phải là ngày.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="303"/>
        <source>When: say when it happened.</source>
        <translation>Khi nào: hãy cho biết việc này diễn ra lúc nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="362"/>
        <source>Remove %1 from this note</source>
        <translation>Bỏ %1 khỏi ghi chú này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="363"/>
        <source>Remove %1</source>
        <translation>Bỏ %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="391"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="466"/>
        <source>Edit partners</source>
        <translation>Sửa đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="488"/>
        <source>Move a note to the trash</source>
        <translation>Chuyển ghi chú vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="490"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Đã chuyển vào thùng rác. Ctrl+Z để khôi phục.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="54"/>
        <source>KPI / target</source>
        <translation>KPI / chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="55"/>
        <source>Recognition from boss</source>
        <translation>Được sếp ghi nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="56"/>
        <source>Standing with peers</source>
        <translation>Uy tín với đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="57"/>
        <source>Career</source>
        <translation>Sự nghiệp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="58"/>
        <source>Learning / novelty</source>
        <translation>Học hỏi / điều mới</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="59"/>
        <source>Ease / comfort</source>
        <translation>Nhàn / thoải mái</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="60"/>
        <source>Relationship / fun</source>
        <translation>Quan hệ / niềm vui</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="61"/>
        <location filename="../../partnerbook/ui/labels.py" line="68"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="62"/>
        <source>Heard it</source>
        <translation>Nghe trực tiếp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="63"/>
        <source>Guessed</source>
        <translation>Phỏng đoán</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="64"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="65"/>
        <source>Hobby</source>
        <translation>Sở thích</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="66"/>
        <source>Ask next time</source>
        <translation>Nên hỏi lần sau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="67"/>
        <source>Food &amp; drink</source>
        <translation>Ăn uống</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="69"/>
        <location filename="../../partnerbook/ui/labels.py" line="110"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="70"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="71"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="72"/>
        <source>Champion</source>
        <translation>Người ủng hộ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="73"/>
        <source>Decision maker</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="74"/>
        <source>Influencer</source>
        <translation>Người có ảnh hưởng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="75"/>
        <source>Blocker</source>
        <translation>Người cản trở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="76"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="77"/>
        <source>Prospect</source>
        <translation>Tiềm năng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="78"/>
        <source>Exploring</source>
        <translation>Đang tìm hiểu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="79"/>
        <source>Active</source>
        <translation>Đang hợp tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="80"/>
        <source>Dormant</source>
        <translation>Tạm ngưng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="81"/>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="82"/>
        <source>We are smaller</source>
        <translation>Chúng tôi nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="83"/>
        <source>Peers</source>
        <translation>Ngang hàng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="84"/>
        <source>We are larger</source>
        <translation>Chúng tôi lớn hơn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="85"/>
        <source>For them</source>
        <translation>Cho họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="86"/>
        <source>For us</source>
        <translation>Cho chúng tôi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="87"/>
        <source>Short term</source>
        <translation>Ngắn hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="88"/>
        <source>Long term</source>
        <translation>Dài hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="89"/>
        <source>No referral terms</source>
        <translation>Không có điều khoản giới thiệu khách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="90"/>
        <source>Fixed fee per referral</source>
        <translation>Phí cố định mỗi lượt giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="91"/>
        <source>Percentage</source>
        <translation>Theo phần trăm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="92"/>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="93"/>
        <source>Quarterly</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="94"/>
        <source>Yearly</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="95"/>
        <source>No rhythm set</source>
        <translation>Chưa đặt nhịp liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="96"/>
        <source>In touch</source>
        <translation>Liên lạc đều</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="97"/>
        <source>Due for contact</source>
        <translation>Đến lúc liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="98"/>
        <source>Overdue</source>
        <translation>Quá lâu chưa liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="99"/>
        <source>Interaction</source>
        <translation>Tương tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="100"/>
        <source>Follow-up</source>
        <translation>Việc theo dõi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="101"/>
        <source>Promise</source>
        <translation>Lời hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="102"/>
        <source>Give &amp; take</source>
        <translation>Cho &amp; nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="103"/>
        <source>Review</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="104"/>
        <source>Stage change</source>
        <translation>Thay đổi giai đoạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="105"/>
        <source>Coffee</source>
        <translation>Cà phê</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="106"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="107"/>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="108"/>
        <source>Video call</source>
        <translation>Gọi video</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="109"/>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="111"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="112"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="113"/>
        <location filename="../../partnerbook/ui/labels.py" line="118"/>
        <source>Open</source>
        <translation>Chưa xong</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="114"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="115"/>
        <source>Dismissed</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="116"/>
        <source>I promised</source>
        <translation>Tôi đã hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="117"/>
        <source>They promised</source>
        <translation>Họ đã hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="119"/>
        <source>Kept</source>
        <translation>Đã giữ lời</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="120"/>
        <source>Broken</source>
        <translation>Thất hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="121"/>
        <source>Released</source>
        <translation>Được miễn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="122"/>
        <source>Given</source>
        <translation>Đã cho</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="123"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="124"/>
        <source>Favour</source>
        <translation>Ân huệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="125"/>
        <source>Introduction</source>
        <translation>Lời giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="126"/>
        <source>Referral</source>
        <translation>Giới thiệu khách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="127"/>
        <source>Resource</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="128"/>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="129"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="130"/>
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="131"/>
        <source>Lost</source>
        <translation>Không thành</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="140"/>
        <source>They are bigger: be gentle and take on the legwork — schedule, send the invitations, write the recap, print the files.</source>
        <translation>Họ lớn hơn: hãy mềm mỏng và nhận phần việc chuẩn bị — lên lịch, gửi lời mời, viết tóm tắt sau họp, in tài liệu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="144"/>
        <source>Peers: share the legwork and agree in writing who does what.</source>
        <translation>Ngang hàng: chia sẻ việc chuẩn bị và thống nhất bằng văn bản ai làm việc gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="147"/>
        <source>We are bigger: make it easy for them to work with us and keep our promises small and sure.</source>
        <translation>Chúng tôi lớn hơn: hãy giúp họ dễ làm việc với chúng tôi, và chỉ hứa những điều nhỏ mà chắc chắn làm được.</translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="29"/>
        <source>Warning about where the journal is</source>
        <translation>Cảnh báo về vị trí của nhật ký</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="31"/>
        <source>Move the Journal…</source>
        <translation>Di chuyển nhật ký…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="37"/>
        <source>Close the warning</source>
        <translation>Đóng cảnh báo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="43"/>
        <source>To move the journal somewhere safe:

1. Quit PartnerBook.
2. Move %1 (and the folder of backups beside it) to a folder on this computer that is not synced, e.g. your user data folder.
3. Open it there: partnerbook --db NEW_PATH, or leave it in the default place.

To share it between computers, copy a backup (File → Back Up Now) instead of syncing the open journal.</source>
        <translation>Để chuyển nhật ký đến nơi an toàn:

1. Thoát PartnerBook.
2. Chuyển %1 (cùng thư mục sao lưu bên cạnh) đến một thư mục trên máy này không được đồng bộ, vd: thư mục dữ liệu người dùng.
3. Mở nó ở đó: partnerbook --db ĐƯỜNG_DẪN_MỚI, hoặc để ở vị trí mặc định.

Để dùng chung giữa các máy tính, hãy sao chép một bản sao lưu (Tệp → Sao lưu ngay) thay vì đồng bộ nhật ký đang mở.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="53"/>
        <source>Move the Journal</source>
        <translation>Di chuyển nhật ký</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="153"/>
        <source>Relationships</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="158"/>
        <source>Views</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="160"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="161"/>
        <source>People</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="162"/>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="163"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="164"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="210"/>
        <source>&amp;Quick Note…</source>
        <translation>&amp;Ghi nhanh…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="213"/>
        <source>Log what was said, in seconds</source>
        <translation>Ghi lại những gì đã nói, chỉ trong vài giây</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="216"/>
        <source>New &amp;Person…</source>
        <translation>Người liên hệ &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="219"/>
        <source>Add a person</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="222"/>
        <source>New Pa&amp;rtner…</source>
        <translation>Đối tá&amp;c mới…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="222"/>
        <source>Add a partner</source>
        <translation>Thêm đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="225"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Nhập danh bạ…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="228"/>
        <source>Bring people in from a vCard or a Google, LinkedIn or Outlook CSV</source>
        <translation>Đưa người liên hệ vào từ tệp vCard hoặc CSV của Google, LinkedIn, Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="231"/>
        <source>Open the &amp;Demo Journal</source>
        <translation>Mở nhật &amp;ký mẫu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="234"/>
        <source>A separate sample journal to explore</source>
        <translation>Một nhật ký mẫu riêng để khám phá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="237"/>
        <source>&amp;Back Up Now</source>
        <translation>Sao &amp;lưu ngay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="240"/>
        <source>Save a verified copy of the journal</source>
        <translation>Lưu một bản sao đã kiểm tra của nhật ký</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="243"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="245"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="248"/>
        <source>&amp;Search…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="251"/>
        <source>Search people, partners and notes</source>
        <translation>Tìm người liên hệ, đối tác và ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="254"/>
        <source>&amp;Filter the List</source>
        <translation>Lọc &amp;danh sách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="257"/>
        <source>Filter the list</source>
        <translation>Lọc danh sách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="260"/>
        <source>P&amp;resentation Mode</source>
        <translation>Chế độ &amp;trình chiếu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="263"/>
        <source>Hide motivations, personal details, notes and the give &amp; take while sharing</source>
        <translation>Ẩn động cơ, thông tin cá nhân, ghi chú và cho &amp; nhận khi chia sẻ màn hình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="268"/>
        <source>Who&apos;s in &amp;Town…</source>
        <translation>Ai đang ở thành &amp;phố…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="271"/>
        <source>People in a city or country, the longest unseen first</source>
        <translation>Người liên hệ ở một thành phố hoặc quốc gia, ai lâu chưa gặp nhất xếp trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="274"/>
        <source>&amp;Go To…</source>
        <translation>&amp;Chuyển đến…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="277"/>
        <source>Jump to a person, a partner, a view or an action</source>
        <translation>Chuyển nhanh đến một người, một đối tác, một màn hình hoặc một thao tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="280"/>
        <source>&amp;Archive or Unarchive</source>
        <translation>Lưu trữ / &amp;Bỏ lưu trữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="283"/>
        <source>Archived people and partners leave the lists but keep their history</source>
        <translation>Người liên hệ và đối tác đã lưu trữ sẽ rời khỏi danh sách nhưng vẫn giữ lịch sử</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="286"/>
        <source>Move to &amp;Trash</source>
        <translation>Chuyển vào thùng &amp;rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="289"/>
        <source>Move the selected person or partner to the trash</source>
        <translation>Chuyển người liên hệ hoặc đối tác đang chọn vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="292"/>
        <source>Meeting &amp;Brief…</source>
        <translation>Bản &amp;tóm tắt trước buổi gặp…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="295"/>
        <source>One page on the selected person or partner, to read or print</source>
        <translation>Một trang về người liên hệ hoặc đối tác đang chọn, để đọc hoặc in</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="298"/>
        <source>T&amp;oday</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="299"/>
        <source>&amp;People</source>
        <translation>&amp;Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="301"/>
        <source>P&amp;artners</source>
        <translation>Đối tá&amp;c</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="304"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="306"/>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="311"/>
        <location filename="../../partnerbook/ui/main_window.py" line="324"/>
        <source>Follow the &amp;System</source>
        <translation>Theo &amp;hệ thống</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="312"/>
        <source>&amp;Light</source>
        <translation>&amp;Sáng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="313"/>
        <source>&amp;Dark</source>
        <translation>&amp;Tối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="337"/>
        <source>Start at &amp;Login</source>
        <translation>&amp;Khởi động khi đăng nhập</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="339"/>
        <source>Open PartnerBook when you log in, so reminders come on time</source>
        <translation>Mở PartnerBook khi bạn đăng nhập để lời nhắc đến đúng giờ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="343"/>
        <source>&amp;About PartnerBook</source>
        <translation>&amp;Giới thiệu PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="348"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="362"/>
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="368"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="374"/>
        <source>&amp;Theme</source>
        <translation>&amp;Giao diện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="376"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="381"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="385"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="415"/>
        <source>The journal this window shows</source>
        <translation>Nhật ký mà cửa sổ này đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="417"/>
        <location filename="../../partnerbook/ui/main_window.py" line="435"/>
        <source>Presentation mode</source>
        <translation>Chế độ trình chiếu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="419"/>
        <source>Presentation mode is on</source>
        <translation>Đang bật chế độ trình chiếu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="422"/>
        <source>Motivations, personal details, notes and the give &amp; take are hidden (Ctrl+Shift+P)</source>
        <translation>Động cơ, thông tin cá nhân, ghi chú và cho &amp; nhận đang được ẩn (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="606"/>
        <source>Follow up now</source>
        <translation>Theo dõi ngay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="660"/>
        <source>PartnerBook will open when you log in.</source>
        <translation>PartnerBook sẽ mở khi bạn đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="662"/>
        <source>PartnerBook will no longer open at login.</source>
        <translation>PartnerBook sẽ không còn mở khi đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="684"/>
        <source>View</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="727"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="811"/>
        <source>This entry has no note to open; open its people from the list.</source>
        <translation>Mục này không có ghi chú để mở; hãy mở những người liên quan từ danh sách.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="853"/>
        <source>Contacts (%1)</source>
        <translation>Danh bạ (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="857"/>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="861"/>
        <source>Import Contacts</source>
        <translation>Nhập danh bạ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="914"/>
        <source>Select a person or a partner to see their brief.</source>
        <translation>Hãy chọn một người liên hệ hoặc đối tác để xem bản tóm tắt.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="947"/>
        <source>About PartnerBook</source>
        <translation>Giới thiệu PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="949"/>
        <source>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;A relationship journal for partnership managers, business developers and sales people.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;Nhật ký quan hệ dành cho người quản lý đối tác, phát triển kinh doanh và bán hàng.&lt;/p&gt;&lt;p&gt;Nhật ký của bạn: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetailView</name>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="113"/>
        <source>Show archived</source>
        <translation>Hiện mục đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="225"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="230"/>
        <source>%1 shown</source>
        <translation>Đang hiện %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="302"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Đã chuyển vào thùng rác. Ctrl+Z để khôi phục.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="75"/>
        <source>Partner name</source>
        <translation>Tên đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="83"/>
        <source>Write a Review…</source>
        <translation>Viết đánh giá…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="84"/>
        <source>KPIs against their targets, a summary, next steps</source>
        <translation>KPI so với mục tiêu, tóm tắt, bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="102"/>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="106"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="116"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="121"/>
        <source>e.g. bank, e-wallet, designer</source>
        <translation>vd: ngân hàng, ví điện tử, nhà thiết kế</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="121"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="125"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="126"/>
        <source>Standing</source>
        <translation>Vị thế</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="126"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="127"/>
        <source>standing</source>
        <translation>vị thế</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="129"/>
        <source>Our size</source>
        <translation>Quy mô so với họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="143"/>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="136"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="137"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="138"/>
        <source>website</source>
        <translation>trang web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="139"/>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="140"/>
        <source>country</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="144"/>
        <source>Based in</source>
        <translation>Trụ sở tại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="145"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="149"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="147"/>
        <source>tags</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="153"/>
        <source>What we bring each other</source>
        <translation>Giá trị hai bên mang lại cho nhau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="164"/>
        <source>For whom</source>
        <translation>Cho ai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="171"/>
        <source>Horizon</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="176"/>
        <source>Benefit, concrete</source>
        <translation>Lợi ích cụ thể</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="179"/>
        <source>How much</source>
        <translation>Bao nhiêu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="183"/>
        <source>how much</source>
        <translation>bao nhiêu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="187"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="191"/>
        <source>unit, e.g. customers</source>
        <translation>đơn vị, vd: khách hàng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="195"/>
        <source>Add benefit</source>
        <translation>Thêm lợi ích</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="201"/>
        <source>Write 2–3 short-term and 2–3 long-term benefits for them, quantified.</source>
        <translation>Viết ra 2–3 lợi ích ngắn hạn và 2–3 lợi ích dài hạn cho họ, có lượng hóa cụ thể.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="209"/>
        <source>Fit</source>
        <translation>Mức phù hợp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="211"/>
        <source>Complementary strengths</source>
        <translation>Thế mạnh bổ trợ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="212"/>
        <source>Audience fit</source>
        <translation>Tệp khách hàng phù hợp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="213"/>
        <source>Trust</source>
        <translation>Sự tin tưởng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="214"/>
        <source>Size proportion</source>
        <translation>Tương xứng về quy mô</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="215"/>
        <source>Willingness to cooperate</source>
        <translation>Thiện chí hợp tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="227"/>
        <source>why</source>
        <translation>lý do</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="227"/>
        <source>Why: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="235"/>
        <source>Overall: why they fit, or not</source>
        <translation>Tổng thể: vì sao họ phù hợp hoặc không</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="235"/>
        <source>Fit notes</source>
        <translation>Ghi chú về mức phù hợp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="236"/>
        <source>fit notes</source>
        <translation>ghi chú về mức phù hợp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="241"/>
        <source>Agreement</source>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <source>What we do together</source>
        <translation>Những gì hai bên cùng làm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="264"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="265"/>
        <source>Who does what</source>
        <translation>Ai làm việc gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <source>Responsibilities</source>
        <translation>Trách nhiệm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <source>e.g. 70/30 on net revenue</source>
        <translation>vd: 70/30 trên doanh thu thuần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="266"/>
        <source>Revenue share</source>
        <translation>Chia sẻ doanh thu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="248"/>
        <source>Duration, exclusivity, notice…</source>
        <translation>Thời hạn, độc quyền, báo trước…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="248"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="267"/>
        <source>Terms</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>a date</source>
        <translation>một ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>Renewal date</source>
        <translation>Ngày gia hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <source>scope</source>
        <translation>phạm vi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="253"/>
        <source>responsibilities</source>
        <translation>trách nhiệm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="255"/>
        <source>revenue share</source>
        <translation>chia sẻ doanh thu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="256"/>
        <source>terms</source>
        <translation>điều khoản</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="260"/>
        <source>renewal date</source>
        <translation>ngày gia hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="268"/>
        <source>Renewal</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="270"/>
        <source>Referral terms</source>
        <translation>Điều khoản giới thiệu khách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="271"/>
        <source>referral terms</source>
        <translation>điều khoản giới thiệu khách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="277"/>
        <source>fee</source>
        <translation>phí</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <source>Fee per referral</source>
        <translation>Phí cho mỗi lượt giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="281"/>
        <source>Referral percentage</source>
        <translation>Phần trăm mỗi lượt giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="286"/>
        <source>percentage</source>
        <translation>phần trăm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="290"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="292"/>
        <source>currency</source>
        <translation>tiền tệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="298"/>
        <source>Referrals</source>
        <translation>Giới thiệu khách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>Review rhythm</source>
        <translation>Nhịp đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>No reviews</source>
        <translation>Không đánh giá định kỳ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <source>review rhythm</source>
        <translation>nhịp đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="303"/>
        <source>Reviews</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="307"/>
        <source>People</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="327"/>
        <source>Referral terms: none agreed.</source>
        <translation>Điều khoản giới thiệu khách: chưa thỏa thuận.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="330"/>
        <source>Referral terms: a fixed fee of %1 per referral.</source>
        <translation>Điều khoản giới thiệu khách: phí cố định %1 cho mỗi lượt giới thiệu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="333"/>
        <source>Referral terms: %1 % of each referral.</source>
        <translation>Điều khoản giới thiệu khách: %1% cho mỗi lượt giới thiệu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="334"/>
        <source>Referral terms: %1.</source>
        <translation>Điều khoản giới thiệu khách: %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="354"/>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="359"/>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="371"/>
        <source>Benefits for them so far: %1 short-term, %2 long-term. Aim for two or three of each, concrete and quantified.</source>
        <translation>Lợi ích cho họ đến nay: %1 ngắn hạn, %2 dài hạn. Hãy nhắm tới hai hoặc ba lợi ích mỗi loại, cụ thể và có lượng hóa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="382"/>
        <source>Average %1 / 5</source>
        <translation>Trung bình %1 / 5</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="396"/>
        <source>Nobody here yet: set this partner on a person&apos;s page.</source>
        <translation>Chưa có ai: hãy chọn đối tác này trên trang của một người liên hệ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="406"/>
        <source>(before, until %1)</source>
        <translation>(trước đây, đến %1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="419"/>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="460"/>
        <source>Change stage</source>
        <translation>Đổi giai đoạn</translation>
    </message>
</context>
<context>
    <name>PartnersViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="38"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="39"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="41"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="45"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="47"/>
        <source>People</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="52"/>
        <source>Last contact</source>
        <translation>Liên lạc lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="57"/>
        <source>Stay in touch</source>
        <translation>Giữ liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="106"/>
        <source>New partner</source>
        <translation>Đối tác mới</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="107"/>
        <source>Name of the organisation:</source>
        <translation>Tên tổ chức:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="108"/>
        <source>Add partner</source>
        <translation>Thêm đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="109"/>
        <source>Move partner to the trash</source>
        <translation>Chuyển đối tác vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="112"/>
        <source>Pick a partner on the left, or press %1 to add one.</source>
        <translation>Chọn một đối tác ở bên trái, hoặc nhấn %1 để thêm đối tác mới.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="124"/>
        <source>Filter by name, kind, stage or city (Ctrl+Shift+F)</source>
        <translation>Lọc theo tên, loại, giai đoạn hoặc thành phố (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="33"/>
        <source>Encrypted Journal</source>
        <translation>Nhật ký được mã hóa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="38"/>
        <source>The journal %1 is encrypted. Type its passphrase.</source>
        <translation>Nhật ký %1 đã được mã hóa. Hãy nhập cụm mật khẩu của nó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="45"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="52"/>
        <source>Remember on this computer</source>
        <translation>Ghi nhớ trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="54"/>
        <source>Keep the passphrase in the system&apos;s keyring.</source>
        <translation>Lưu cụm mật khẩu trong kho khóa của hệ thống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="59"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="64"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="79"/>
        <source>The passphrase does not open this journal. Try again.</source>
        <translation>Cụm mật khẩu này không mở được nhật ký. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>PeopleChips</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="58"/>
        <source>Who? Type three letters…</source>
        <translation>Ai? Gõ ba chữ cái…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="59"/>
        <source>People</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="61"/>
        <source>Type part of a name and press Enter to add the person</source>
        <translation>Gõ một phần tên rồi nhấn Enter để thêm người đó</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="118"/>
        <source>New person &quot;%1&quot;</source>
        <translation>Người liên hệ mới &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="172"/>
        <source>%1 (new)</source>
        <translation>%1 (mới)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="175"/>
        <source>Remove %1 from this note</source>
        <translation>Bỏ %1 khỏi ghi chú này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="178"/>
        <source>Remove %1</source>
        <translation>Bỏ %1</translation>
    </message>
</context>
<context>
    <name>PeopleViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="42"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="43"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="44"/>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="45"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="47"/>
        <source>Last contact</source>
        <translation>Liên lạc lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="52"/>
        <source>Stay in touch</source>
        <translation>Giữ liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="106"/>
        <source>New person</source>
        <translation>Người liên hệ mới</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="107"/>
        <source>Name (in any script):</source>
        <translation>Tên (viết bằng chữ nào cũng được):</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="108"/>
        <source>Add person</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="109"/>
        <source>Move person to the trash</source>
        <translation>Chuyển người liên hệ vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="112"/>
        <source>Pick someone on the left, or press %1 to add a person.</source>
        <translation>Chọn một người ở bên trái, hoặc nhấn %1 để thêm người liên hệ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="124"/>
        <source>Filter by name, partner, city or tag (Ctrl+Shift+F)</source>
        <translation>Lọc theo tên, đối tác, thành phố hoặc thẻ (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="68"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="83"/>
        <source>What&apos;s in it for them</source>
        <translation>Họ được gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="86"/>
        <source>You partner with a company, but you work with a person. What does this person personally get: a KPI, looking good to the boss, comfort, fun?</source>
        <translation>Bạn hợp tác với một công ty, nhưng bạn làm việc với một con người. Cá nhân người này được gì: đạt KPI, có hình ảnh tốt với sếp, sự thoải mái, niềm vui?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Weak</source>
        <translation>Yếu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Medium</source>
        <translation>Vừa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Strong</source>
        <translation>Mạnh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="101"/>
        <source>Motivation</source>
        <translation>Động cơ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="106"/>
        <source>In their words</source>
        <translation>Theo lời họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="109"/>
        <source>How sure</source>
        <translation>Mức chắc chắn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="114"/>
        <source>Strength</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="117"/>
        <source>Last confirmed</source>
        <translation>Xác nhận lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="120"/>
        <source>last confirmed</source>
        <translation>xác nhận lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="124"/>
        <source>Add motivation</source>
        <translation>Thêm động cơ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="130"/>
        <source>No motivation noted yet. Ask, listen, and write down what you hear.</source>
        <translation>Chưa ghi động cơ nào. Hãy hỏi, lắng nghe và ghi lại những gì bạn nghe được.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="139"/>
        <source>Work</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="146"/>
        <source>New partner &quot;%1&quot;</source>
        <translation>Đối tác mới &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="152"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="150"/>
        <source>Type to find a partner</source>
        <translation>Gõ để tìm đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="153"/>
        <source>e.g. Head of Partnerships</source>
        <translation>vd: Trưởng phòng Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="153"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="154"/>
        <source>role</source>
        <translation>chức vụ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <source>Stakeholder role</source>
        <translation>Vai trò trong quyết định</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="294"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="157"/>
        <source>stakeholder role</source>
        <translation>vai trò trong quyết định</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <source>Plays the part of</source>
        <translation>Đóng vai trò</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="159"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="161"/>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="160"/>
        <source>department</source>
        <translation>phòng ban</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="166"/>
        <source>Before</source>
        <translation>Trước đây</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="171"/>
        <source>Personal</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="178"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="205"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="183"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="184"/>
        <source>Learned on</source>
        <translation>Ngày ghi nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="187"/>
        <source>Add personal detail</source>
        <translation>Thêm chi tiết cá nhân</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="189"/>
        <source>Family, hobbies, what to ask about next time: coffee talk is made of these.</source>
        <translation>Gia đình, sở thích, điều nên hỏi lần sau: chuyện cà phê làm nên từ những điều này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="198"/>
        <source>Contact</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="210"/>
        <source>Email, phone or web address</source>
        <translation>Email, điện thoại hoặc địa chỉ web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>work, home…</source>
        <translation>công việc, nhà riêng…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="216"/>
        <source>Add email, phone or link</source>
        <translation>Thêm email, điện thoại hoặc liên kết</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="226"/>
        <source>About</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="229"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="230"/>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="231"/>
        <source>given name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="232"/>
        <source>family name</source>
        <translation>họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="235"/>
        <source>Names</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="237"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="238"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="239"/>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="240"/>
        <source>country</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="243"/>
        <source>Lives in</source>
        <translation>Sống tại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="244"/>
        <source>e.g. vi, en</source>
        <translation>vd: vi, en</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="244"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="248"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <source>languages</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="249"/>
        <source>Birthday</source>
        <translation>Sinh nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <source>Where and how you met</source>
        <translation>Gặp nhau ở đâu, như thế nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <source>How we met</source>
        <translation>Quen nhau thế nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="251"/>
        <source>how we met</source>
        <translation>quen nhau thế nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <source>a date</source>
        <translation>một ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="258"/>
        <source>Met on</source>
        <translation>Ngày gặp lần đầu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="256"/>
        <source>met on</source>
        <translation>ngày gặp lần đầu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="265"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="275"/>
        <source>Introduced by</source>
        <translation>Người giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="266"/>
        <source>Type to find who introduced you</source>
        <translation>Gõ để tìm người đã giới thiệu bạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="270"/>
        <source>introduced by</source>
        <translation>người giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="276"/>
        <source>e.g. fintech, Hanoi, VIP</source>
        <translation>vd: fintech, Hà Nội, VIP</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="276"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="280"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <source>tags</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="291"/>
        <source>Birthday day</source>
        <translation>Ngày sinh nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="293"/>
        <source>Birthday month</source>
        <translation>Tháng sinh nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="299"/>
        <source>Birth year (optional)</source>
        <translation>Năm sinh (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="299"/>
        <source>year?</source>
        <translation>năm?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="302"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="303"/>
        <source>birthday</source>
        <translation>sinh nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="304"/>
        <source>birth year</source>
        <translation>năm sinh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="337"/>
        <source>%1 at %2</source>
        <translation>%1 tại %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="344"/>
        <source>%1, %2 (until %3)</source>
        <translation>%1, %2 (đến %3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="345"/>
        <source>no role noted</source>
        <translation>chưa ghi chức vụ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="346"/>
        <source>a deleted partner</source>
        <translation>một đối tác đã bị xóa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="350"/>
        <source>No earlier partners</source>
        <translation>Chưa có đối tác trước đây</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="356"/>
        <source>%1 · last contact %2</source>
        <translation>%1 · liên lạc lần cuối %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="388"/>
        <source>Change partner</source>
        <translation>Đổi đối tác</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../partnerbook/ui/presentation.py" line="31"/>
        <source>Hidden while presenting</source>
        <translation>Đã ẩn khi trình chiếu</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="69"/>
        <source>Quick Note</source>
        <translation>Ghi nhanh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="102"/>
        <source>What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday</source>
        <translation>Đã nói những gì? vd: cà phê — chị ấy cần đạt KPI quý 1; hẹn lại thứ ba tuần sau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="104"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="105"/>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>Enter để lưu, Shift+Enter để xuống dòng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="114"/>
        <source>What PartnerBook understood</source>
        <translation>PartnerBook hiểu là</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="122"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="133"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="127"/>
        <source>When it happened</source>
        <translation>Thời điểm diễn ra</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="128"/>
        <source>now — or yesterday 15:00, last Friday…</source>
        <translation>bây giờ — hoặc hôm qua 15:00, thứ sáu tuần trước…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="138"/>
        <source>The company, if any</source>
        <translation>Công ty, nếu có</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="139"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="141"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="142"/>
        <source>Follow up on</source>
        <translation>Theo dõi vào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="144"/>
        <source>no follow-up — or next tuesday, in 2 weeks…</source>
        <translation>không theo dõi — hoặc thứ ba tuần sau, 2 tuần nữa…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="146"/>
        <source>Follow up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="156"/>
        <source>Enter saves · Shift+Enter new line · Esc keeps the draft</source>
        <translation>Enter để lưu · Shift+Enter xuống dòng · Esc giữ lại bản nháp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="159"/>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="160"/>
        <source>Forget this draft</source>
        <translation>Bỏ bản nháp này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="163"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="210"/>
        <source>follow-up %1 %2</source>
        <translation>theo dõi %1 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="217"/>
        <source>(“%1” is not a date I understand: no follow-up set)</source>
        <translation>(không hiểu được ngày “%1”: chưa đặt việc theo dõi)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="254"/>
        <source>The follow-up date is not one I understand: change it or clear it.</source>
        <translation>Không hiểu được ngày theo dõi: hãy sửa lại hoặc xóa đi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="260"/>
        <source>When it happened is not a date I understand.</source>
        <translation>Không hiểu được thời điểm diễn ra.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="285"/>
        <source>What you typed stays here, and is kept in %1 until it can be saved.</source>
        <translation>Những gì bạn đã gõ vẫn ở đây và được giữ trong %1 cho đến khi có thể lưu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="308"/>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="310"/>
        <source>Saved for %1: %2</source>
        <translation>Đã lưu cho %1: %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="314"/>
        <source>follow-up %1</source>
        <translation>theo dõi %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="395"/>
        <source>The journal cannot be written: %1
What you type stays in this window and is kept in %2 until the journal can take it.</source>
        <translation>Không thể ghi vào nhật ký: %1
Những gì bạn gõ vẫn ở trong cửa sổ này và được giữ trong %2 cho đến khi nhật ký nhận được.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="404"/>
        <source>The draft could not be kept (%1). Keep this window open.</source>
        <translation>Không giữ được bản nháp (%1). Hãy để cửa sổ này mở.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="452"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>Ghi chú chưa lưu của bạn đã trở lại, đúng như lúc bạn rời đi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="458"/>
        <source>Your unsaved note is back, as you left it. The journal could not be written then, so it was kept in a file of its own; it is in the journal again now.</source>
        <translation>Ghi chú chưa lưu của bạn đã trở lại như lúc bạn để. Khi đó không thể ghi vào nhật ký nên nó được giữ trong một tệp riêng; giờ nó đã ở lại trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="466"/>
        <source>Your unsaved note is back, as you left it. The journal still cannot be written, so it stays kept in a file of its own.</source>
        <translation>Ghi chú chưa lưu của bạn đã trở lại như lúc bạn để. Nhật ký vẫn chưa ghi được nên nó tiếp tục được giữ trong một tệp riêng.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="23"/>
        <source>Reminder</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="25"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="27"/>
        <source>Tomorrow</source>
        <translation>Ngày mai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="28"/>
        <source>Remind me tomorrow morning</source>
        <translation>Nhắc tôi vào sáng mai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="33"/>
        <source>Close the reminder</source>
        <translation>Đóng lời nhắc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="50"/>
        <source>Follow up now: %1</source>
        <translation>Cần theo dõi ngay: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="52"/>
        <source>(and %1 more)</source>
        <translation>(và %1 việc khác)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="60"/>
        <source>Review of %1</source>
        <translation>Đánh giá %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="69"/>
        <source>Rhythm</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="72"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="72"/>
        <source>Period from</source>
        <translation>Kỳ đánh giá từ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>Period to</source>
        <translation>Kỳ đánh giá đến</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="79"/>
        <source>Period</source>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="83"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="96"/>
        <source>Add a KPI</source>
        <translation>Thêm KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="99"/>
        <source>Remove the KPI</source>
        <translation>Xóa KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="107"/>
        <source>How the period went</source>
        <translation>Kỳ này diễn ra thế nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="107"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="111"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="109"/>
        <source>What happens next, and who does it</source>
        <translation>Việc gì tiếp theo, và ai làm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="109"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="113"/>
        <source>Next steps</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="186"/>
        <source>Give the period&apos;s first and last day.</source>
        <translation>Hãy nhập ngày đầu và ngày cuối của kỳ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="227"/>
        <source>Save a review</source>
        <translation>Lưu đánh giá</translation>
    </message>
</context>
<context>
    <name>SatelliteEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="175"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="176"/>
        <source>Remove this item</source>
        <translation>Xóa mục này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="246"/>
        <source>Add a Motivation</source>
        <translation>Thêm động cơ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="246"/>
        <source>Remove a Motivation</source>
        <translation>Xóa động cơ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="248"/>
        <source>Add a Personal Detail</source>
        <translation>Thêm chi tiết cá nhân</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Remove a Personal Detail</source>
        <translation>Xóa chi tiết cá nhân</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Add a Contact</source>
        <translation>Thêm thông tin liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Remove a Contact</source>
        <translation>Xóa thông tin liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Add a Benefit</source>
        <translation>Thêm lợi ích</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Remove a Benefit</source>
        <translation>Xóa lợi ích</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Add a Row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Remove a Row</source>
        <translation>Xóa dòng</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="36"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="37"/>
        <source>All changes saved</source>
        <translation>Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="38"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="170"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="172"/>
        <source>Search names and notes — no accents needed: nguyen, kpi q1, 合作</source>
        <translation>Tìm tên và ghi chú — không cần gõ dấu: nguyen, kpi q1, 合作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="191"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="298"/>
        <source>People</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="299"/>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="300"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="315"/>
        <source>Search everything in the journal: people, partners and every note.

Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note (“q1 kpi”), a city or a partner. Case and accents do not matter, and Chinese works as written (合作).

Down moves into the results; Enter opens the first one.</source>
        <translation>Tìm mọi thứ trong nhật ký: người liên hệ, đối tác và mọi ghi chú.

Gõ một cái tên hoặc phần đầu của nó (“ngu” tìm ra Nguyễn), vài chữ trong một ghi chú (“q1 kpi”), một thành phố hoặc một đối tác. Không phân biệt chữ hoa, chữ thường hay dấu, và tiếng Trung cứ gõ như bình thường (合作).

Phím mũi tên xuống để vào kết quả; Enter mở kết quả đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="328"/>
        <source>Nothing found for “%1”.

Try fewer words, or the beginning of a name.</source>
        <translation>Không tìm thấy gì cho “%1”.

Hãy thử ít từ hơn, hoặc phần đầu của một cái tên.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="353"/>
        <source>%n found</source>
        <translation>
            <numerusform>Tìm thấy %n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="357"/>
        <source>The first %1 found; add a word to narrow them</source>
        <translation>%1 kết quả đầu tiên; thêm từ để thu hẹp</translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="64"/>
        <source>Follow-ups and promises</source>
        <translation>Việc theo dõi và lời hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="73"/>
        <source>Follow-up or promise</source>
        <translation>Việc theo dõi hay lời hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="74"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="126"/>
        <source>Follow up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="78"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="79"/>
        <source>What is to be done</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="80"/>
        <source>By when</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="81"/>
        <source>by when: next tuesday…</source>
        <translation>hạn: thứ ba tuần sau…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="83"/>
        <source>Repeat</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="84"/>
        <source>A follow-up can come back on a rhythm</source>
        <translation>Việc theo dõi có thể lặp lại theo chu kỳ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="86"/>
        <source>Once</source>
        <translation>Một lần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="87"/>
        <source>Every week</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="88"/>
        <source>Every 2 weeks</source>
        <translation>2 tuần một lần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="89"/>
        <source>Every month</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="90"/>
        <source>Every 3 months</source>
        <translation>3 tháng một lần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="96"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="129"/>
        <source>by %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="140"/>
        <source>By when: that is not a date I understand.</source>
        <translation>Hạn chót: không hiểu được ngày này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="166"/>
        <source>Add a follow-up</source>
        <translation>Thêm việc theo dõi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="173"/>
        <source>Added (%1).</source>
        <translation>Đã thêm (hạn %1).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="173"/>
        <source>Added.</source>
        <translation>Đã thêm.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="202"/>
        <source>Tick a follow-up</source>
        <translation>Đánh dấu việc theo dõi</translation>
    </message>
</context>
<context>
    <name>TimelineDelegateText</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_delegate.py" line="71"/>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="52"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="142"/>
        <source>Open entry</source>
        <translation>Mở mục</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="148"/>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="152"/>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
</context>
<context>
    <name>TimelineModelText</name>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="488"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="490"/>
        <source>Yesterday</source>
        <translation>Hôm qua</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="353"/>
        <source>Kind of entry</source>
        <translation>Loại mục</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="364"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="379"/>
        <source>Nothing here yet: notes and follow-ups with them will appear here.</source>
        <translation>Chưa có gì: ghi chú và việc theo dõi với họ sẽ hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="136"/>
        <source>Kind of entry</source>
        <translation>Loại mục</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="143"/>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="148"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="223"/>
        <source>All tags</source>
        <translation>Mọi thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="155"/>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="156"/>
        <source>Person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="161"/>
        <source>Any partner</source>
        <translation>Mọi đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="162"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="169"/>
        <source>&amp;Jump to</source>
        <translation>&amp;Nhảy đến</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="173"/>
        <source>a date, e.g. 3 March or last Friday</source>
        <translation>một ngày, vd: 3 tháng 3 hoặc thứ sáu tuần trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="173"/>
        <source>Jump to date</source>
        <translation>Nhảy đến ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="181"/>
        <source>From (date)</source>
        <translation>Từ (ngày)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="181"/>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>To (date)</source>
        <translation>Đến (ngày)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="187"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="188"/>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="193"/>
        <source>Timeline message</source>
        <translation>Thông báo của dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="207"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="259"/>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="300"/>
        <source>Nothing matches these filters.</source>
        <translation>Không có gì khớp với các bộ lọc này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="301"/>
        <source>Nothing on the timeline yet. Notes, follow-ups and reviews appear here.</source>
        <translation>Dòng thời gian chưa có gì. Ghi chú, việc theo dõi và đánh giá sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="326"/>
        <source>Nothing on or before %1.</source>
        <translation>Không có gì vào hoặc trước %1.</translation>
    </message>
</context>
<context>
    <name>TimelineViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="47"/>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="48"/>
        <source>Interactions</source>
        <translation>Tương tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="49"/>
        <source>Follow-ups</source>
        <translation>Việc theo dõi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="50"/>
        <source>Promises</source>
        <translation>Lời hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="51"/>
        <source>Give &amp; take</source>
        <translation>Cho &amp; nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="52"/>
        <source>Reviews</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="53"/>
        <source>Stage changes</source>
        <translation>Thay đổi giai đoạn</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="95"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="108"/>
        <source>Promises kept</source>
        <translation>Lời hứa đã giữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="114"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="115"/>
        <source>Snooze</source>
        <translation>Hoãn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="116"/>
        <source>Log a Note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="117"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="117"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="118"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="118"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="142"/>
        <source>Today&apos;s list</source>
        <translation>Danh sách hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="145"/>
        <source>D done, S snooze, L log a note, Enter open, P open the person, Delete dismiss, B a promise broken</source>
        <translation>D xong, S hoãn, L thêm ghi chú, Enter mở, P mở trang người đó, Delete bỏ qua, B thất hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="168"/>
        <source>Nothing is due today. Log what was said at your last meeting (Ctrl+L), or set a stay-in-touch rhythm on the people who matter.</source>
        <translation>Hôm nay không có việc gì đến hạn. Hãy ghi lại những gì đã nói ở buổi gặp gần nhất (Ctrl+L), hoặc đặt nhịp giữ liên lạc cho những người quan trọng.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="222"/>
        <source>You kept %1 of %2 promises (%3)</source>
        <translation>Bạn đã giữ %1 trên %2 lời hứa (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="223"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>họ đã giữ %1 trên %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="251"/>
        <source>Follow-ups due</source>
        <translation>Việc theo dõi đến hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="252"/>
        <source>Promises due this week</source>
        <translation>Lời hứa đến hạn trong tuần này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="253"/>
        <source>Time to get back in touch</source>
        <translation>Đến lúc liên lạc lại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="254"/>
        <source>Partner reviews due</source>
        <translation>Đối tác đến kỳ đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="255"/>
        <source>Birthdays this week</source>
        <translation>Sinh nhật trong tuần này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="264"/>
        <source>(the first %1)</source>
        <translation>(%1 mục đầu tiên)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="289"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n việc theo dõi đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="290"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>%n lời hứa đến hạn trong tuần này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="291"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n người cần liên lạc lại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="292"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n đối tác đến kỳ đánh giá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="293"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>%n sinh nhật trong tuần này</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="327"/>
        <source>never met yet</source>
        <translation>chưa gặp lần nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="328"/>
        <source>last spoke %1</source>
        <translation>nói chuyện lần cuối %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <location filename="../../partnerbook/ui/views/today_view.py" line="339"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="336"/>
        <source>1 day overdue</source>
        <translation>quá hạn 1 ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="337"/>
        <source>%1 days overdue</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="341"/>
        <source>tomorrow</source>
        <translation>ngày mai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="342"/>
        <source>in %1 days</source>
        <translation>%1 ngày nữa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="387"/>
        <source>Promise kept</source>
        <translation>Đã giữ lời hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="389"/>
        <source>Marked done</source>
        <comment>the status line after D</comment>
        <translation>Đã đánh dấu là xong</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="400"/>
        <source>Marked as broken</source>
        <translation>Đã đánh dấu là thất hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="408"/>
        <source>Dismissed</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="414"/>
        <source>Snoozed</source>
        <translation>Đã hoãn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="423"/>
        <source>Later today</source>
        <translation>Lát nữa trong hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="424"/>
        <source>Tomorrow morning</source>
        <translation>Sáng mai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="425"/>
        <source>Next week</source>
        <translation>Tuần sau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="429"/>
        <source>Pick a date…</source>
        <translation>Chọn ngày…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="439"/>
        <source>Snooze until</source>
        <translation>Hoãn đến</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="440"/>
        <source>Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)</source>
        <translation>Đến khi nào? (vd: thứ ba tuần sau, 5 tháng 12, 2 tuần nữa)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="448"/>
        <source>&apos;%1&apos; is not a date I understand; nothing was snoozed.</source>
        <translation>Không hiểu được ngày &apos;%1&apos;; chưa hoãn việc nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="471"/>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="523"/>
        <source>Broken</source>
        <translation>Thất hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="528"/>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="527"/>
        <source>them</source>
        <translation>họ</translation>
    </message>
</context>
<context>
    <name>TopicsCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="34"/>
        <source>Personal topics learned</source>
        <translation>Chuyện riêng biết thêm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="41"/>
        <source>One per line: family, hobbies, what to ask about next time. Offer them to the person&apos;s page to remember them there.</source>
        <translation>Mỗi dòng một điều: gia đình, sở thích, điều nên hỏi lần sau. Thêm chúng vào trang của người đó để ghi nhớ ở đó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="50"/>
        <source>e.g. her daughter starts university in March</source>
        <translation>vd: con gái chị ấy vào đại học tháng 3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="50"/>
        <source>Topics learned</source>
        <translation>Chủ đề biết thêm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="68"/>
        <source>Add to %1&apos;s details</source>
        <translation>Thêm vào thông tin cá nhân của %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="89"/>
        <source>%1&apos;s personal details already hold these.</source>
        <translation>Thông tin cá nhân của %1 đã có những điều này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="91"/>
        <source>One topic added to %1&apos;s personal details.</source>
        <translation>Đã thêm một chủ đề vào thông tin cá nhân của %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="94"/>
        <source>%1 topics added to %2&apos;s personal details.</source>
        <translation>Đã thêm %1 chủ đề vào thông tin cá nhân của %2.</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="24"/>
        <source>you have %1 open</source>
        <translation>bạn còn %1 lời hứa chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="24"/>
        <source>they have %1 open</source>
        <translation>họ còn %1 lời hứa chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="28"/>
        <source>no promises from you yet</source>
        <translation>bạn chưa hứa điều gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="30"/>
        <source>no promises from them yet</source>
        <translation>họ chưa hứa điều gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="33"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>bạn đã giữ %1 trên %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="35"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>họ đã giữ %1 trên %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="43"/>
        <source>%1 open</source>
        <translation>%1 chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="49"/>
        <source>Promises: %1 · %2</source>
        <translation>Lời hứa: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="55"/>
        <source>Give &amp; take: you have given %1, received %2</source>
        <translation>Cho &amp; nhận: bạn đã cho %1 lần, nhận %2 lần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="61"/>
        <source>referrals: %1 given (%2 won), %3 received</source>
        <translation>giới thiệu khách: đã giới thiệu %1 (%2 thành công), được giới thiệu %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="68"/>
        <source>Give &amp; take: nothing noted yet.</source>
        <translation>Cho &amp; nhận: chưa ghi gì.</translation>
    </message>
</context>
<context>
    <name>WhenField</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="44"/>
        <source>today, yesterday 15:00…</source>
        <translation>hôm nay, hôm qua 15:00…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="44"/>
        <source>tomorrow, next tuesday…</source>
        <translation>ngày mai, thứ ba tuần sau…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="46"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="49"/>
        <source>Date understood</source>
        <translation>Ngày đã hiểu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="91"/>
        <source>Not a date I understand</source>
        <translation>Không hiểu được ngày này</translation>
    </message>
</context>
<context>
    <name>_Interval</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="28"/>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="31"/>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="32"/>
        <source>weeks</source>
        <translation>tuần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="33"/>
        <source>%1 unit</source>
        <translation>%1: đơn vị</translation>
    </message>
</context>
<context>
    <name>_TimelineBase</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="92"/>
        <source>Nothing on the timeline yet.</source>
        <translation>Dòng thời gian chưa có gì.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="403"/>
        <source>There is no such day; check the date.</source>
        <translation>Không có ngày này; hãy kiểm tra lại.</translation>
    </message>
</context>
</TS>
