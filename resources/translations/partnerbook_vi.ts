<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../partnerbook/app.py" line="312"/>
        <source>Writing eight years of sample relationships…</source>
        <translation>Đang viết tám năm quan hệ mẫu…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="341"/>
        <source>The demo journal could not be made.</source>
        <translation>Không tạo được nhật ký mẫu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="342"/>
        <source>Details are in %1.</source>
        <translation>Chi tiết có trong %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="371"/>
        <source>Backup saved and verified: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="423"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="427"/>
        <source>Show PartnerBook</source>
        <translation>Hiện PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="457"/>
        <source>The journal&apos;s integrity check found problems: %1</source>
        <translation>Kiểm tra tính toàn vẹn của nhật ký phát hiện vấn đề: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="532"/>
        <source>Restored the backup %1.</source>
        <translation>Đã khôi phục bản sao lưu %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="534"/>
        <source>The journal as it was is kept in %1.</source>
        <translation>Nhật ký như trước đó được giữ trong %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="578"/>
        <source>The journal is damaged: what you see may be incomplete.</source>
        <translation>Nhật ký bị hỏng: những gì bạn thấy có thể chưa đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="602"/>
        <source>Your journal is inside a %1 folder. Sync services copy a database while it is being written and can damage it.</source>
        <translation>Nhật ký của bạn nằm trong thư mục %1. Các dịch vụ đồng bộ sao chép cơ sở dữ liệu ngay khi nó đang được ghi và có thể làm hỏng nó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="608"/>
        <source>Your journal is on a network filesystem (%1). Network filesystems often get database locking wrong and can damage it.</source>
        <translation>Nhật ký của bạn nằm trên hệ thống tệp mạng (%1). Hệ thống tệp mạng thường khóa cơ sở dữ liệu sai cách và có thể làm hỏng nó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="752"/>
        <source>PartnerBook hit a problem it did not expect. What you saved is safe.

Details were written to %1. Please report it.</source>
        <translation>PartnerBook gặp một sự cố không lường trước. Những gì bạn đã lưu vẫn an toàn.

Chi tiết đã được ghi vào %1. Vui lòng báo lỗi này cho chúng tôi.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../partnerbook/ui/autosave.py" line="254"/>
        <source>Edit: %1</source>
        <comment>undo text; %1 is a field&apos;s label, e.g. &apos;Role&apos;</comment>
        <translation>Sửa: %1</translation>
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
        <location filename="../../partnerbook/ui/brief/content.py" line="180"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="182"/>
        <source>yesterday</source>
        <translation>hôm qua</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="184"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="187"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n tháng trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="189"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n năm trước</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="194"/>
        <source>no date</source>
        <translation>chưa có ngày</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="197"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="198"/>
        <source>due %1, %2</source>
        <translation>hạn %1, %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="200"/>
        <source>due today</source>
        <translation>hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="201"/>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>weak</source>
        <translation>yếu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>medium</source>
        <translation>vừa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>strong</source>
        <translation>mạnh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="214"/>
        <source>heard it</source>
        <comment>a motivation, in brackets: they said so</comment>
        <translation>nghe trực tiếp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="215"/>
        <source>guessed</source>
        <comment>a motivation, in brackets: our guess</comment>
        <translation>phỏng đoán</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="222"/>
        <source>confirmed %1</source>
        <translation>xác nhận %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="225"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="228"/>
        <source>— check it</source>
        <translation>— cần kiểm chứng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="234"/>
        <source>Our value proposition</source>
        <translation>Giá trị chúng tôi mang lại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="249"/>
        <source>Nothing written down yet: two or three benefits each way, with numbers.</source>
        <translation>Chưa ghi gì: hai hoặc ba lợi ích cho mỗi bên, kèm con số cụ thể.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="255"/>
        <source>Last interactions</source>
        <translation>Các tương tác gần đây</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="257"/>
        <source>(%1 of %2)</source>
        <translation>(%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="270"/>
        <source>No interactions noted yet.</source>
        <translation>Chưa ghi tương tác nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="281"/>
        <source>… and %1 more</source>
        <translation>… và %1 mục khác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>Open promises</source>
        <translation>Lời hứa chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="291"/>
        <source>nothing open</source>
        <translation>không còn lời hứa nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="297"/>
        <source>Open follow-ups</source>
        <translation>Việc theo dõi chưa xong</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="301"/>
        <source>Nothing open.</source>
        <translation>Không còn việc nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="308"/>
        <source>you have %1 open</source>
        <translation>bạn còn %1 lời hứa chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="308"/>
        <source>they have %1 open</source>
        <translation>họ còn %1 lời hứa chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="311"/>
        <source>no promises from you yet</source>
        <translation>bạn chưa hứa điều gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="313"/>
        <source>no promises from them yet</source>
        <translation>họ chưa hứa điều gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>bạn đã giữ %1 trên %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>họ đã giữ %1 trên %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="326"/>
        <source>Promises: %1 · %2</source>
        <translation>Lời hứa: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="338"/>
        <source>You have given %1, received %2.</source>
        <translation>Bạn đã cho %1 lần, nhận %2 lần.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="343"/>
        <source>Time for a deposit.</source>
        <translation>Đã đến lúc vun đắp thêm cho mối quan hệ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="347"/>
        <source>Referrals: %1 given (%2 won), %3 received</source>
        <translation>Giới thiệu khách: đã giới thiệu %1 (%2 thành công), được giới thiệu %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="353"/>
        <source>won: %1</source>
        <translation>giá trị thành công: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="358"/>
        <source>Nothing given or received noted yet.</source>
        <translation>Chưa ghi lần cho hoặc nhận nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="381"/>
        <source>Who&apos;s who</source>
        <translation>Ai là ai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="384"/>
        <source>Presentation copy: motivations, personal details and the give &amp; take are left out</source>
        <translation>Bản trình chiếu: đã bỏ động cơ, thông tin cá nhân và cho &amp; nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="399"/>
        <source>Meeting brief · %1</source>
        <translation>Tóm tắt trước buổi gặp · %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="418"/>
        <source>What&apos;s in it for them</source>
        <translation>Họ được gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="424"/>
        <source>Not known yet. Ask what they personally get: a KPI, their boss&apos;s praise, ease?</source>
        <translation>Chưa biết. Hãy hỏi xem cá nhân họ được gì: đạt KPI, được sếp khen, sự thoải mái?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="449"/>
        <source>Based in</source>
        <translation>Ở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="454"/>
        <source>speaks</source>
        <translation>nói</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="470"/>
        <source>Our standing:</source>
        <translation>Vị thế của chúng tôi:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="476"/>
        <source>Never spoken to yet.</source>
        <translation>Chưa từng nói chuyện.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="478"/>
        <source>Last spoke</source>
        <translation>Nói chuyện lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="488"/>
        <source>Personal: ask about</source>
        <translation>Chuyện riêng: nên hỏi về</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="495"/>
        <source>Birthday: %1</source>
        <translation>Sinh nhật: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="497"/>
        <source>today!</source>
        <translation>hôm nay!</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="501"/>
        <source>tomorrow</source>
        <translation>ngày mai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="503"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n ngày nữa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="517"/>
        <source>Introductions</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="520"/>
        <source>Introduced by %1</source>
        <translation>Được %1 giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="523"/>
        <source>Introduced to us:</source>
        <translation>Đã giới thiệu cho chúng tôi:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="527"/>
        <source>and %1 more</source>
        <translation>và %1 người khác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="530"/>
        <source>How we met:</source>
        <translation>Quen nhau thế nào:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="541"/>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="552"/>
        <source>Web:</source>
        <translation>Web:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="555"/>
        <source>Who&apos;s who and what&apos;s in it for them</source>
        <translation>Ai là ai và họ được gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="566"/>
        <source>Nobody there noted yet.</source>
        <translation>Chưa ghi người liên hệ nào ở đó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="580"/>
        <source>Agreement</source>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="583"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="584"/>
        <source>Who does what</source>
        <translation>Ai làm việc gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="585"/>
        <source>Revenue share</source>
        <translation>Chia sẻ doanh thu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="586"/>
        <source>Terms</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="591"/>
        <source>Renewal:</source>
        <translation>Gia hạn:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="595"/>
        <source>Referrals: a fixed fee of %1 each</source>
        <translation>Giới thiệu khách: phí cố định %1 cho mỗi lượt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="598"/>
        <source>Referrals: %1 of the revenue</source>
        <translation>Giới thiệu khách: %1 doanh thu</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="80"/>
        <source>Meeting Brief — %1</source>
        <translation>Tóm tắt trước buổi gặp — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="86"/>
        <source>Meeting brief</source>
        <translation>Tóm tắt trước buổi gặp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="88"/>
        <source>Ctrl+Down and Ctrl+Up move from one section to the next.</source>
        <translation>Ctrl+Xuống và Ctrl+Lên chuyển giữa các phần.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="106"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="107"/>
        <source>Print the brief (Ctrl+P)</source>
        <translation>In bản tóm tắt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="109"/>
        <source>&amp;Save As…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="110"/>
        <source>Save the brief as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>Lưu bản tóm tắt dạng PDF, HTML hoặc Markdown (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="189"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="190"/>
        <source>Web page (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="191"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="195"/>
        <source>Save the Brief</source>
        <translation>Lưu bản tóm tắt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="211"/>
        <source>The brief was not saved: %1</source>
        <translation>Chưa lưu được bản tóm tắt: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="216"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="58"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="73"/>
        <source>Ideal rhythm</source>
        <translation>Nhịp lý tưởng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="59"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="63"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="81"/>
        <source>Too long after</source>
        <translation>Quá lâu nếu sau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="61"/>
        <source>Ideally every</source>
        <translation>Lý tưởng là mỗi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="89"/>
        <source>No interaction logged yet.</source>
        <translation>Chưa ghi lại tương tác nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="94"/>
        <source>Last contact today.</source>
        <translation>Liên lạc lần cuối hôm nay.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="96"/>
        <source>Last contact yesterday.</source>
        <translation>Liên lạc lần cuối hôm qua.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="99"/>
        <source>Last contact %1, %2 days ago.</source>
        <translation>Liên lạc lần cuối %1, cách đây %2 ngày.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="104"/>
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
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="37"/>
        <source>The journal is damaged</source>
        <translation>Nhật ký bị hỏng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="62"/>
        <source>Restore the Latest Good Backup (%1)</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="43"/>
        <source>PartnerBook cannot read this journal: part of the file is damaged.
%1</source>
        <translation>PartnerBook không đọc được nhật ký này: một phần của tệp đã bị hỏng.
%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="54"/>
        <source>The latest good backup is from %1. Restoring it brings back everything saved up to then. The damaged file is never deleted: it is moved aside, so what it holds beyond the backup can still be rescued, into
%2</source>
        <translation>Bản sao lưu tốt gần nhất là lúc %1. Khôi phục nó sẽ mang lại mọi thứ đã lưu đến lúc đó. Tệp bị hỏng không bao giờ bị xóa: nó được chuyển sang một bên để những gì nó chứa ngoài bản sao lưu vẫn có thể cứu được, vào
%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="69"/>
        <source>No backup that passes its check was found in
%1
The journal was not changed: keep the file, it may still be rescued.</source>
        <translation>Không tìm thấy bản sao lưu nào vượt qua kiểm tra trong
%1
Nhật ký không bị thay đổi: hãy giữ lại tệp, có thể vẫn cứu được.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="76"/>
        <source>Not Now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="80"/>
        <source>Quit PartnerBook</source>
        <translation>Thoát PartnerBook</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/dates.py" line="68"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&apos;%1&apos; không phải là ngày.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="36"/>
        <source>Welcome to PartnerBook</source>
        <translation>Chào mừng bạn đến với PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="42"/>
        <source>Keep what each partner and each person wants, what was said over coffee, and what was promised on both sides. Start with the company you work with most, or the person you met last.</source>
        <translation>Ghi lại điều mỗi đối tác và mỗi người mong muốn, những gì đã nói bên ly cà phê, và những gì hai bên đã hứa. Hãy bắt đầu với công ty bạn làm việc nhiều nhất, hoặc người bạn vừa gặp gần đây nhất.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="67"/>
        <source>Write a first note…</source>
        <translation>Viết ghi chú đầu tiên…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="74"/>
        <source>Look around first</source>
        <translation>Xem thử trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="76"/>
        <source>A sample journal of its own: eight years of partners, people and notes in six languages. This one stays empty.</source>
        <translation>Một nhật ký mẫu riêng: tám năm đối tác, người liên hệ và ghi chú bằng sáu ngôn ngữ. Nhật ký này của bạn vẫn để trống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="82"/>
        <source>Bring your contacts</source>
        <translation>Đưa danh bạ vào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="84"/>
        <source>A vCard or CSV export from your phone, Google, Outlook or LinkedIn. You see what each contact becomes before anything is saved.</source>
        <translation>Tệp vCard hoặc CSV xuất từ điện thoại, Google, Outlook hoặc LinkedIn. Bạn xem trước từng liên hệ sẽ ra sao rồi mới lưu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="90"/>
        <source>Start from a conversation</source>
        <translation>Bắt đầu từ một cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="92"/>
        <source>Who you met and what was said, as in a notebook. The people and the partner you name are added as you save.</source>
        <translation>Bạn đã gặp ai và đã nói gì, như ghi vào sổ tay. Người liên hệ và đối tác bạn nhắc tên sẽ được thêm khi lưu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="105"/>
        <source>Or add one by hand:</source>
        <translation>Hoặc tự thêm:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="108"/>
        <source>Add a partner</source>
        <translation>Thêm đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="110"/>
        <source>Add a person</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="61"/>
        <source>Import contacts…</source>
        <translation>Nhập danh bạ…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="64"/>
        <source>From your phone, Google, Outlook or LinkedIn: a vCard or CSV export</source>
        <translation>Từ điện thoại, Google, Outlook hoặc LinkedIn: tệp vCard hoặc CSV đã xuất</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="56"/>
        <source>Explore the demo journal</source>
        <translation>Khám phá nhật ký mẫu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="58"/>
        <source>A separate sample journal with eight years of multilingual relationships</source>
        <translation>Một nhật ký mẫu riêng, với tám năm quan hệ bằng nhiều ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="120"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="128"/>
        <source>Log a Note…</source>
        <translation>Thêm ghi chú…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="129"/>
        <source>A quick note about them, with a follow-up if you like</source>
        <translation>Một ghi chú nhanh về họ, kèm việc theo dõi nếu muốn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="137"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="141"/>
        <source>Track record</source>
        <translation>Giữ lời và cho nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="143"/>
        <source>Note a Give or Take…</source>
        <translation>Ghi một lần cho hoặc nhận…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="145"/>
        <source>A favour, an introduction, a referral, a resource, a payment</source>
        <translation>Một ân huệ, một lời giới thiệu, một lượt giới thiệu khách, một nguồn lực, một khoản thanh toán</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="205"/>
        <source>Stay in touch</source>
        <translation>Giữ liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="209"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="210"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="211"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="210"/>
        <source>Anything else worth remembering</source>
        <translation>Những điều khác đáng nhớ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="228"/>
        <source>Brief…</source>
        <translation>Tóm tắt…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="230"/>
        <source>The one-page meeting brief, to read, print or save (Ctrl+B)</source>
        <translation>Bản tóm tắt một trang trước buổi gặp, để đọc, in hoặc lưu (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="234"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="309"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="238"/>
        <source>Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)</source>
        <translation>Người liên hệ và đối tác đã lưu trữ sẽ rời khỏi danh sách nhưng vẫn giữ lịch sử (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="257"/>
        <source>Save state</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="306"/>
        <source>Changes save as you type</source>
        <translation>Thay đổi được lưu ngay khi bạn gõ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="241"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="309"/>
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
    <name>Field</name>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="113"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="115"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="117"/>
        <source>Where</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="118"/>
        <source>Warmth</source>
        <translation>Mức thân thiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="70"/>
        <source>The name of whom it was for</source>
        <translation>Tên người được giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="77"/>
        <location filename="../../partnerbook/services/people.py" line="66"/>
        <source>The name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="78"/>
        <source>The standing</source>
        <translation>Vị thế</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="79"/>
        <source>The website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="80"/>
        <location filename="../../partnerbook/services/people.py" line="72"/>
        <source>The city</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="81"/>
        <location filename="../../partnerbook/services/people.py" line="73"/>
        <source>The country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="82"/>
        <location filename="../../partnerbook/services/people.py" line="82"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="83"/>
        <source>The scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="84"/>
        <source>Responsibilities</source>
        <translation>Trách nhiệm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="85"/>
        <source>The revenue share</source>
        <translation>Chia sẻ doanh thu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="86"/>
        <source>The terms</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="87"/>
        <source>The renewal date</source>
        <translation>Ngày gia hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="88"/>
        <source>Referral terms</source>
        <translation>Điều khoản giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="89"/>
        <source>The fee per referral</source>
        <translation>Phí mỗi lần giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="90"/>
        <source>The referral percentage</source>
        <translation>Tỷ lệ phần trăm giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="91"/>
        <source>The currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="92"/>
        <location filename="../../partnerbook/services/people.py" line="80"/>
        <source>The ideal rhythm</source>
        <translation>Nhịp lý tưởng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="93"/>
        <location filename="../../partnerbook/services/people.py" line="81"/>
        <source>&apos;Too long&apos;</source>
        <translation>“Quá lâu”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="94"/>
        <source>The review rhythm</source>
        <translation>Nhịp đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="107"/>
        <source>Complementary strengths</source>
        <translation>Thế mạnh bổ trợ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="108"/>
        <source>Audience fit</source>
        <translation>Độ phù hợp khách hàng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="109"/>
        <source>Trust</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="110"/>
        <source>Size proportion</source>
        <translation>Tương xứng quy mô</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="111"/>
        <source>Willingness</source>
        <translation>Mức sẵn lòng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="112"/>
        <source>The note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="113"/>
        <source>Fit notes</source>
        <translation>Ghi chú về độ phù hợp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="114"/>
        <source>Assessed on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="122"/>
        <source>For whom</source>
        <translation>Cho ai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="123"/>
        <source>The horizon</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="124"/>
        <source>The benefit</source>
        <translation>Lợi ích</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="125"/>
        <source>The quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="126"/>
        <source>The unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="341"/>
        <source>Kinds</source>
        <translation>Các loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="67"/>
        <source>The given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="68"/>
        <source>The family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="69"/>
        <source>The role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="70"/>
        <source>The stakeholder role</source>
        <translation>Vai trò liên quan</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="71"/>
        <source>The department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="74"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="75"/>
        <source>The birthday month</source>
        <translation>Tháng sinh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="76"/>
        <source>The birthday day</source>
        <translation>Ngày sinh (ngày)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="77"/>
        <source>The birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="78"/>
        <source>How we met</source>
        <translation>Cách quen biết</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="79"/>
        <source>Met on</source>
        <translation>Ngày gặp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="115"/>
        <location filename="../../partnerbook/services/people.py" line="127"/>
        <source>The kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="116"/>
        <source>The value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="117"/>
        <source>The label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="128"/>
        <source>Their words</source>
        <translation>Lời của họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="129"/>
        <source>How sure</source>
        <translation>Mức chắc chắn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="132"/>
        <source>The strength</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="133"/>
        <source>Last confirmed</source>
        <translation>Xác nhận lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="141"/>
        <source>The category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="142"/>
        <source>The detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="143"/>
        <source>Learned on</source>
        <translation>Ngày biết được</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="135"/>
        <source>The summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="136"/>
        <source>The next steps</source>
        <translation>Bước tiếp theo</translation>
    </message>
</context>
<context>
    <name>GiveTakeDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="51"/>
        <source>Give &amp; Take</source>
        <translation>Cho &amp; nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="67"/>
        <source>Given or received</source>
        <translation>Cho hay nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="68"/>
        <source>I gave</source>
        <translation>Tôi đã cho</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="69"/>
        <source>I received</source>
        <translation>Tôi đã nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="71"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="78"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="80"/>
        <source>e.g. an intro to their CFO</source>
        <translation>vd: giới thiệu với giám đốc tài chính của họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="81"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="82"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="83"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="85"/>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="84"/>
        <source>today — or last week, 3 March…</source>
        <translation>hôm nay — hoặc tuần trước, ngày 3 tháng 3…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="87"/>
        <source>Whom the referral was for: a person or company</source>
        <translation>Khách được giới thiệu: một người hoặc một công ty</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="88"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="89"/>
        <source>Referred</source>
        <translation>Khách được giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="92"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="95"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="99"/>
        <source>Value, if any</source>
        <translation>Giá trị, nếu có</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="100"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="108"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="105"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="142"/>
        <source>When: that is not a date I understand.</source>
        <translation>Khi nào: không hiểu được ngày này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="186"/>
        <source>Note a give or take</source>
        <translation>Ghi một lần cho hoặc nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="208"/>
        <source>Edit a give or take</source>
        <translation>Sửa một lần cho hoặc nhận</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="122"/>
        <source>Import Contacts — %1</source>
        <translation>Nhập danh bạ — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="148"/>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="150"/>
        <source>File format</source>
        <translation>Định dạng tệp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="174"/>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="176"/>
        <source>Show records</source>
        <translation>Hiển thị bản ghi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="188"/>
        <source>Contacts in the file</source>
        <translation>Liên hệ trong tệp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="224"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="227"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="237"/>
        <source>Save Error Re&amp;port…</source>
        <translation>Lưu &amp;báo cáo lỗi…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="238"/>
        <source>Every record that could not be read, and why</source>
        <translation>Mọi bản ghi không đọc được, và lý do</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="241"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="689"/>
        <source>&amp;Undo Import</source>
        <translation>Hoàn &amp;tác lần nhập</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="244"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="247"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="286"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="287"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="288"/>
        <source>Google CSV</source>
        <translation>Google CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="289"/>
        <source>LinkedIn CSV</source>
        <translation>LinkedIn CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="290"/>
        <source>Outlook CSV</source>
        <translation>Outlook CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="291"/>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="305"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="333"/>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="363"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Đã hủy: chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="369"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="378"/>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="391"/>
        <source>Automatic (%1)</source>
        <translation>Tự động (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="420"/>
        <source>There are no contacts in this file.</source>
        <translation>Tệp này không có liên hệ nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="423"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="424"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln được cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="425"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln không đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="427"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln có lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="429"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln có lỗi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="432"/>
        <source>, </source>
        <comment>between the counts of an import</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="434"/>
        <source>Imported: %1.</source>
        <translation>Đã nhập: %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="444"/>
        <source>All (%1)</source>
        <translation>Tất cả (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="446"/>
        <source>To create (%1)</source>
        <translation>Sẽ tạo mới (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="447"/>
        <source>To update (%1)</source>
        <translation>Sẽ cập nhật (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="448"/>
        <source>Unchanged (%1)</source>
        <translation>Không đổi (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="449"/>
        <source>Errors (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="489"/>
        <source>Record %1, line %2</source>
        <translation>Bản ghi %1, dòng %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="516"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="541"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="548"/>
        <source>Importing %1 of %2…</source>
        <translation>Đang nhập %1 / %2…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="575"/>
        <source>Import of %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="629"/>
        <source>Errors in %1</source>
        <translation>Lỗi trong %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="634"/>
        <source>Record %1, line %2: %3</source>
        <translation>Bản ghi %1, dòng %2: %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="646"/>
        <source>Text (*.txt)</source>
        <translation>Văn bản (*.txt)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="646"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="648"/>
        <source>Save the Error Report</source>
        <translation>Lưu báo cáo lỗi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="668"/>
        <source>Error report saved to %1</source>
        <translation>Đã lưu báo cáo lỗi vào %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="689"/>
        <source>&amp;Redo Import</source>
        <translation>&amp;Làm lại lần nhập</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="692"/>
        <source>The import was taken back.</source>
        <translation>Đã hoàn tác lần nhập.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>%1 brings it all back.</source>
        <translation>Nhấn %1 để khôi phục lại tất cả.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="700"/>
        <source>%1 takes the whole import back.</source>
        <translation>Nhấn %1 để hoàn tác toàn bộ lần nhập.</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="55"/>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="56"/>
        <source>Updated</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="57"/>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="58"/>
        <location filename="../../partnerbook/ui/models/import_model.py" line="64"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="61"/>
        <source>Create</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="62"/>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="63"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="219"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="220"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="221"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="222"/>
        <source>What happened</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="224"/>
        <source>What will happen</source>
        <translation>Sẽ làm gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="225"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="266"/>
        <source>Record %1</source>
        <translation>Bản ghi %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="268"/>
        <source>Line %1</source>
        <translation>Dòng %1</translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="113"/>
        <source>Who&apos;s in Town</source>
        <translation>Ai đang ở thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="128"/>
        <source>Where are you going? Whom should you see there?</source>
        <translation>Bạn sắp đi đâu? Nên gặp ai ở đó?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="132"/>
        <source>City or country</source>
        <translation>Thành phố hoặc quốc gia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="134"/>
        <source>A city or a country, typed any way: hanoi, ha noi, tel aviv, italia</source>
        <translation>Thành phố hoặc quốc gia, gõ kiểu nào cũng được: hanoi, ha noi, tel aviv, italia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="165"/>
        <source>People in town</source>
        <translation>Người liên hệ ở nơi đó</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Where</source>
        <translation>Nơi ở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Last met</source>
        <translation>Gặp lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="186"/>
        <source>Enter opens the person · L logs a note about them</source>
        <translation>Enter mở trang người đó · L thêm ghi chú về họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="189"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="191"/>
        <source>Log a Note…</source>
        <translation>Thêm ghi chú…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="193"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="253"/>
        <source>Type where you are going. Cities and countries come from people&apos;s pages; the people you have not seen for longest come first.</source>
        <translation>Gõ nơi bạn sắp đến. Thành phố và quốc gia lấy từ trang của từng người; những người bạn lâu chưa gặp nhất được xếp trước.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="260"/>
        <source>Nobody in “%1” yet. Try the beginning of the city or the country.</source>
        <translation>Chưa có ai ở “%1”. Hãy thử gõ phần đầu tên thành phố hoặc quốc gia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="265"/>
        <source>%n person(s), never met or longest unseen first.</source>
        <translation>
            <numerusform>%n người, ai chưa từng gặp hoặc lâu chưa gặp nhất xếp trước.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InTownDialogText</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="88"/>
        <source>never met</source>
        <translation>chưa từng gặp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="90"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="92"/>
        <source>yesterday</source>
        <translation>hôm qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="94"/>
        <source>%1 days ago</source>
        <translation>%1 ngày trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="96"/>
        <source>%1 weeks ago</source>
        <translation>%1 tuần trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="98"/>
        <source>%1 months ago</source>
        <translation>%1 tháng trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="99"/>
        <source>%1 years ago</source>
        <translation>%1 năm trước</translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="109"/>
        <source>Title (the notes&apos; first line if left empty)</source>
        <translation>Tiêu đề (để trống sẽ lấy dòng đầu của ghi chú)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="110"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="111"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="113"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="115"/>
        <source>Open the page of someone or a partner in this note</source>
        <translation>Mở trang của một người hoặc đối tác trong ghi chú này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="116"/>
        <source>Open a person&apos;s or partner&apos;s page</source>
        <translation>Mở trang của người hoặc đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="120"/>
        <source>Move to Trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="121"/>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z để khôi phục</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="126"/>
        <source>Changes save as you type</source>
        <translation>Thay đổi được lưu ngay khi bạn gõ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="128"/>
        <source>Save state</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="132"/>
        <source>What happened</source>
        <translation>Chuyện gì đã diễn ra</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="144"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="140"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="142"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="145"/>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="147"/>
        <source>A café, their office, a video link…</source>
        <translation>Quán cà phê, văn phòng của họ, đường link họp video…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="148"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="150"/>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="152"/>
        <source>Add someone: type three letters…</source>
        <translation>Thêm người: gõ ba chữ cái…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="163"/>
        <source>With</source>
        <translation>Với</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="171"/>
        <source>Add a partner…</source>
        <translation>Thêm đối tác…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="172"/>
        <source>Add a partner</source>
        <translation>Thêm đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="175"/>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="177"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="190"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="191"/>
        <source>Warmth</source>
        <translation>Độ thân tình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="178"/>
        <source>How warm it felt, from cold (−2) to warm (+2)</source>
        <translation>Không khí buổi gặp, từ lạnh nhạt (−2) đến thân tình (+2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="179"/>
        <source>Not rated</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="181"/>
        <source>Warm</source>
        <translation>Thân tình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="182"/>
        <source>Friendly</source>
        <translation>Thân thiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="183"/>
        <source>Neutral</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="184"/>
        <source>Cool</source>
        <translation>Hơi lạnh nhạt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="185"/>
        <source>Cold</source>
        <translation>Lạnh nhạt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="242"/>
        <source>Topics learned</source>
        <translation>Chủ đề biết thêm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="198"/>
        <source>Invitation sent</source>
        <translation>Đã gửi lời mời</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="199"/>
        <source>Agenda shared</source>
        <translation>Đã gửi chương trình họp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="200"/>
        <source>Recap sent</source>
        <translation>Đã gửi tóm tắt sau họp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="201"/>
        <source>Files printed</source>
        <translation>Đã in tài liệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="210"/>
        <source>Legwork</source>
        <translation>Việc chuẩn bị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="215"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="226"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="230"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="217"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="393"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="219"/>
        <source>Show the notes as formatted text (Ctrl+Shift+V)</source>
        <translation>Hiện ghi chú dưới dạng văn bản đã định dạng (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="225"/>
        <source>What was said. Markdown works: # headings, - lists, **bold**.</source>
        <translation>Những gì đã nói. Có thể dùng Markdown: # tiêu đề, - danh sách, **in đậm**.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="233"/>
        <source>Notes, formatted</source>
        <translation>Ghi chú, đã định dạng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="294"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="303"/>
        <source>When: &apos;%1&apos; is not a date.</source>
        <translation>Khi nào: &apos;%1&apos; không phải là ngày.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="305"/>
        <source>When: say when it happened.</source>
        <translation>Khi nào: hãy cho biết việc này diễn ra lúc nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="364"/>
        <source>Remove %1 from this note</source>
        <translation>Bỏ %1 khỏi ghi chú này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="365"/>
        <source>Remove %1</source>
        <translation>Bỏ %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="393"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="468"/>
        <source>Edit partners</source>
        <translation>Sửa đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="490"/>
        <source>Move a note to the trash</source>
        <translation>Chuyển ghi chú vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="492"/>
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
        <source>Open</source>
        <comment>status of a follow-up (a task): not done yet</comment>
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
        <location filename="../../partnerbook/ui/labels.py" line="118"/>
        <source>Open</source>
        <comment>status of a promise: not kept or broken yet</comment>
        <translation>Chưa thực hiện</translation>
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
        <location filename="../../partnerbook/ui/main_window.py" line="155"/>
        <source>Relationships</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="160"/>
        <source>Views</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="163"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="164"/>
        <source>People</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="165"/>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="166"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="167"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="215"/>
        <source>Log what was said, in seconds</source>
        <translation>Ghi lại những gì đã nói, chỉ trong vài giây</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="218"/>
        <source>New &amp;Person…</source>
        <translation>Người liên hệ &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="221"/>
        <source>Add a person</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="224"/>
        <source>New Pa&amp;rtner…</source>
        <translation>Đối tá&amp;c mới…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="224"/>
        <source>Add a partner</source>
        <translation>Thêm đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="227"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Nhập danh bạ…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="230"/>
        <source>Bring people in from a vCard or a Google, LinkedIn or Outlook CSV</source>
        <translation>Đưa người liên hệ vào từ tệp vCard hoặc CSV của Google, LinkedIn, Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="233"/>
        <source>Open the &amp;Demo Journal</source>
        <translation>Mở nhật &amp;ký mẫu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="236"/>
        <source>A separate sample journal to explore</source>
        <translation>Một nhật ký mẫu riêng để khám phá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="242"/>
        <source>Save a verified copy of the journal</source>
        <translation>Lưu một bản sao đã kiểm tra của nhật ký</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="245"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="247"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="250"/>
        <source>&amp;Search…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="253"/>
        <source>Search people, partners and notes</source>
        <translation>Tìm người liên hệ, đối tác và ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="256"/>
        <source>&amp;Filter the List</source>
        <translation>Lọc &amp;danh sách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="259"/>
        <source>Filter the list</source>
        <translation>Lọc danh sách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="262"/>
        <source>P&amp;resentation Mode</source>
        <translation>Chế độ t&amp;rình chiếu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="265"/>
        <source>Hide motivations, personal details, notes and the give &amp; take while sharing</source>
        <translation>Ẩn động cơ, thông tin cá nhân, ghi chú và cho &amp; nhận khi chia sẻ màn hình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="273"/>
        <source>People in a city or country, the longest unseen first</source>
        <translation>Người liên hệ ở một thành phố hoặc quốc gia, ai lâu chưa gặp nhất xếp trước</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="276"/>
        <source>&amp;Go To…</source>
        <translation>&amp;Chuyển đến…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="279"/>
        <source>Jump to a person, a partner, a view or an action</source>
        <translation>Chuyển nhanh đến một người, một đối tác, một màn hình hoặc một thao tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="282"/>
        <source>&amp;Archive or Unarchive</source>
        <translation>Lưu trữ / &amp;Bỏ lưu trữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="285"/>
        <source>Archived people and partners leave the lists but keep their history</source>
        <translation>Người liên hệ và đối tác đã lưu trữ sẽ rời khỏi danh sách nhưng vẫn giữ lịch sử</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="288"/>
        <source>Move to &amp;Trash</source>
        <translation>Chuyển vào thùng &amp;rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="291"/>
        <source>Move the selected person or partner to the trash</source>
        <translation>Chuyển người liên hệ hoặc đối tác đang chọn vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="294"/>
        <source>Meeting &amp;Brief…</source>
        <translation>Bản &amp;tóm tắt trước buổi gặp…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="297"/>
        <source>One page on the selected person or partner, to read or print</source>
        <translation>Một trang về người liên hệ hoặc đối tác đang chọn, để đọc hoặc in</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="300"/>
        <source>T&amp;oday</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="301"/>
        <source>&amp;People</source>
        <translation>Người &amp;liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="303"/>
        <source>P&amp;artners</source>
        <translation>Đối tá&amp;c</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="306"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="308"/>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="313"/>
        <location filename="../../partnerbook/ui/main_window.py" line="327"/>
        <source>Follow the &amp;System</source>
        <translation>Theo &amp;hệ thống</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="314"/>
        <source>&amp;Light</source>
        <translation>&amp;Sáng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="315"/>
        <source>&amp;Dark</source>
        <translation>&amp;Tối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="342"/>
        <source>Open PartnerBook when you log in, so reminders come on time</source>
        <translation>Mở PartnerBook khi bạn đăng nhập để lời nhắc đến đúng giờ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="346"/>
        <source>&amp;About PartnerBook</source>
        <translation>&amp;Giới thiệu PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="351"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="366"/>
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="372"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="212"/>
        <source>Quick &amp;Note…</source>
        <translation>&amp;Ghi nhanh…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="239"/>
        <source>Back &amp;Up Now</source>
        <translation>Sao &amp;lưu ngay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="270"/>
        <source>&amp;Who&apos;s in Town…</source>
        <translation>Ai đang ở thành &amp;phố…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="316"/>
        <source>&amp;High Contrast</source>
        <translation>Tương phản &amp;cao</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="340"/>
        <source>Start at Lo&amp;gin</source>
        <translation>&amp;Khởi động khi đăng nhập</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="378"/>
        <source>T&amp;heme</source>
        <translation>&amp;Giao diện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="380"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="385"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="389"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="440"/>
        <source>The journal this window shows</source>
        <translation>Nhật ký mà cửa sổ này đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="442"/>
        <location filename="../../partnerbook/ui/main_window.py" line="460"/>
        <source>Presentation mode</source>
        <translation>Chế độ trình chiếu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="444"/>
        <source>Presentation mode is on</source>
        <translation>Đang bật chế độ trình chiếu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="447"/>
        <source>Motivations, personal details, notes and the give &amp; take are hidden (Ctrl+Shift+P)</source>
        <translation>Động cơ, thông tin cá nhân, ghi chú và cho &amp; nhận đang được ẩn (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="660"/>
        <source>Follow up now</source>
        <translation>Theo dõi ngay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="717"/>
        <source>PartnerBook will open when you log in.</source>
        <translation>PartnerBook sẽ mở khi bạn đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="719"/>
        <source>PartnerBook will no longer open at login.</source>
        <translation>PartnerBook sẽ không còn mở khi đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="741"/>
        <source>View</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="784"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="868"/>
        <source>This entry has no note to open; open its people from the list.</source>
        <translation>Mục này không có ghi chú để mở; hãy mở những người liên quan từ danh sách.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="910"/>
        <source>Contacts (%1)</source>
        <translation>Danh bạ (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="914"/>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="918"/>
        <source>Import Contacts</source>
        <translation>Nhập danh bạ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="974"/>
        <source>Select a person or a partner to see their brief.</source>
        <translation>Hãy chọn một người liên hệ hoặc đối tác để xem bản tóm tắt.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="1012"/>
        <source>About PartnerBook</source>
        <translation>Giới thiệu PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="1014"/>
        <source>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;A relationship journal for partnership managers, business developers and sales people.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;Nhật ký quan hệ dành cho người quản lý đối tác, phát triển kinh doanh và bán hàng.&lt;/p&gt;&lt;p&gt;Nhật ký của bạn: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetailView</name>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="133"/>
        <source>Show archived</source>
        <translation>Hiện mục đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="369"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="375"/>
        <source>%1 shown</source>
        <translation>Đang hiện %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="447"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Đã chuyển vào thùng rác. Ctrl+Z để khôi phục.</translation>
    </message>
</context>
<context>
    <name>Noun</name>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="41"/>
        <source>person</source>
        <translation>người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="42"/>
        <source>partner</source>
        <translation>đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="43"/>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="44"/>
        <source>follow-up</source>
        <translation>việc theo dõi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="45"/>
        <source>review</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="46"/>
        <source>give &amp; take item</source>
        <translation>mục cho &amp; nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="47"/>
        <source>contact</source>
        <translation>thông tin liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="48"/>
        <source>motivation</source>
        <translation>động lực</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="49"/>
        <source>personal detail</source>
        <translation>chi tiết cá nhân</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="50"/>
        <source>benefit</source>
        <translation>lợi ích</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="51"/>
        <source>entry</source>
        <translation>mục</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="52"/>
        <source>promise</source>
        <translation>lời hứa</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="76"/>
        <source>Partner name</source>
        <translation>Tên đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="84"/>
        <source>Write a Review…</source>
        <translation>Viết đánh giá…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="85"/>
        <source>KPIs against their targets, a summary, next steps</source>
        <translation>KPI so với mục tiêu, tóm tắt, bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="103"/>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="108"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="118"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <source>e.g. bank, e-wallet, designer</source>
        <translation>vd: ngân hàng, ví điện tử, nhà thiết kế</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="125"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="127"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="128"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="129"/>
        <source>Standing</source>
        <translation>Vị thế</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="128"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="131"/>
        <source>Our size</source>
        <translation>Quy mô so với họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="137"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="140"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="145"/>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="141"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="139"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="142"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="146"/>
        <source>Based in</source>
        <translation>Trụ sở tại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="147"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="151"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="155"/>
        <source>What we bring each other</source>
        <translation>Giá trị hai bên mang lại cho nhau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="166"/>
        <source>For whom</source>
        <translation>Cho ai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="173"/>
        <source>Horizon</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="178"/>
        <source>Benefit, concrete</source>
        <translation>Lợi ích cụ thể</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="181"/>
        <source>How much</source>
        <translation>Bao nhiêu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="185"/>
        <source>how much</source>
        <translation>bao nhiêu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="189"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="193"/>
        <source>unit, e.g. customers</source>
        <translation>đơn vị, vd: khách hàng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="197"/>
        <source>Add benefit</source>
        <translation>Thêm lợi ích</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="203"/>
        <source>Write 2–3 short-term and 2–3 long-term benefits for them, quantified.</source>
        <translation>Viết ra 2–3 lợi ích ngắn hạn và 2–3 lợi ích dài hạn cho họ, có lượng hóa cụ thể.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="211"/>
        <source>Fit</source>
        <translation>Mức phù hợp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="213"/>
        <source>Complementary strengths</source>
        <translation>Thế mạnh bổ trợ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="214"/>
        <source>Audience fit</source>
        <translation>Tệp khách hàng phù hợp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="215"/>
        <source>Trust</source>
        <translation>Sự tin tưởng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="216"/>
        <source>Size proportion</source>
        <translation>Tương xứng về quy mô</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="217"/>
        <source>Willingness to cooperate</source>
        <translation>Thiện chí hợp tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="229"/>
        <source>why</source>
        <translation>lý do</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="229"/>
        <source>Why: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="237"/>
        <source>Overall: why they fit, or not</source>
        <translation>Tổng thể: vì sao họ phù hợp hoặc không</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="237"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="238"/>
        <source>Fit notes</source>
        <translation>Ghi chú về mức phù hợp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <source>Agreement</source>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <source>What we do together</source>
        <translation>Những gì hai bên cùng làm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="266"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="267"/>
        <source>Who does what</source>
        <translation>Ai làm việc gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="255"/>
        <source>Responsibilities</source>
        <translation>Trách nhiệm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>e.g. 70/30 on net revenue</source>
        <translation>vd: 70/30 trên doanh thu thuần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="257"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="268"/>
        <source>Revenue share</source>
        <translation>Chia sẻ doanh thu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="250"/>
        <source>Duration, exclusivity, notice…</source>
        <translation>Thời hạn, độc quyền, báo trước…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="250"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="258"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="269"/>
        <source>Terms</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <source>a date</source>
        <translation>một ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="262"/>
        <source>Renewal date</source>
        <translation>Ngày gia hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="270"/>
        <source>Renewal</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="273"/>
        <source>Referral terms</source>
        <translation>Điều khoản giới thiệu khách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="274"/>
        <source>fee</source>
        <translation>phí</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="274"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="279"/>
        <source>Fee per referral</source>
        <translation>Phí cho mỗi lượt giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="283"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="288"/>
        <source>Referral percentage</source>
        <translation>Phần trăm mỗi lượt giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="292"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="294"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>Referrals</source>
        <translation>Giới thiệu khách</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="304"/>
        <source>Review rhythm</source>
        <translation>Nhịp đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <source>No reviews</source>
        <translation>Không đánh giá định kỳ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="305"/>
        <source>Reviews</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="309"/>
        <source>People</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="329"/>
        <source>Referral terms: none agreed.</source>
        <translation>Điều khoản giới thiệu khách: chưa thỏa thuận.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="332"/>
        <source>Referral terms: a fixed fee of %1 per referral.</source>
        <translation>Điều khoản giới thiệu khách: phí cố định %1 cho mỗi lượt giới thiệu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="335"/>
        <source>Referral terms: %1 % of each referral.</source>
        <translation>Điều khoản giới thiệu khách: %1% cho mỗi lượt giới thiệu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="336"/>
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
        <location filename="../../partnerbook/ui/views/partners_view.py" line="39"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="40"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="42"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="46"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="48"/>
        <source>People</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="53"/>
        <source>Last contact</source>
        <translation>Liên lạc lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="58"/>
        <source>Stay in touch</source>
        <translation>Giữ liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="108"/>
        <source>New partner</source>
        <translation>Đối tác mới</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="109"/>
        <source>Name of the organisation:</source>
        <translation>Tên tổ chức:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="110"/>
        <source>Add partner</source>
        <translation>Thêm đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="111"/>
        <source>Move partner to the trash</source>
        <translation>Chuyển đối tác vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="114"/>
        <source>Pick a partner on the left, or press %1 to add one.</source>
        <translation>Chọn một đối tác ở bên trái, hoặc nhấn %1 để thêm đối tác mới.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="126"/>
        <source>Filter by name, kind, stage or city (Ctrl+Shift+F)</source>
        <translation>Lọc theo tên, loại, giai đoạn hoặc thành phố (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="35"/>
        <source>Encrypted Journal</source>
        <translation>Nhật ký được mã hóa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="39"/>
        <source>The journal %1 is encrypted. Type its passphrase.</source>
        <translation>Nhật ký %1 đã được mã hóa. Hãy nhập cụm mật khẩu của nó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="48"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="57"/>
        <source>Remember on this computer</source>
        <translation>Ghi nhớ trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="59"/>
        <source>Keep the passphrase in the system&apos;s keyring.</source>
        <translation>Lưu cụm mật khẩu trong kho khóa của hệ thống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="64"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="69"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="84"/>
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
        <location filename="../../partnerbook/ui/views/people_view.py" line="43"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="44"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="45"/>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="46"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="48"/>
        <source>Last contact</source>
        <translation>Liên lạc lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="53"/>
        <source>Stay in touch</source>
        <translation>Giữ liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="108"/>
        <source>New person</source>
        <translation>Người liên hệ mới</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="109"/>
        <source>Name (in any script):</source>
        <translation>Tên (viết bằng chữ nào cũng được):</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="110"/>
        <source>Add person</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="111"/>
        <source>Move person to the trash</source>
        <translation>Chuyển người liên hệ vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="114"/>
        <source>Pick someone on the left, or press %1 to add a person.</source>
        <translation>Chọn một người ở bên trái, hoặc nhấn %1 để thêm người liên hệ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="126"/>
        <source>Filter by name, partner, city or tag (Ctrl+Shift+F)</source>
        <translation>Lọc theo tên, đối tác, thành phố hoặc thẻ (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="70"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="85"/>
        <source>What&apos;s in it for them</source>
        <translation>Họ được gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="88"/>
        <source>You partner with a company, but you work with a person. What does this person personally get: a KPI, looking good to the boss, comfort, fun?</source>
        <translation>Bạn hợp tác với một công ty, nhưng bạn làm việc với một con người. Cá nhân người này được gì: đạt KPI, có hình ảnh tốt với sếp, sự thoải mái, niềm vui?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Weak</source>
        <translation>Yếu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Medium</source>
        <translation>Vừa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Strong</source>
        <translation>Mạnh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="103"/>
        <source>Motivation</source>
        <translation>Động cơ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="108"/>
        <source>In their words</source>
        <translation>Theo lời họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="111"/>
        <source>How sure</source>
        <translation>Mức chắc chắn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="116"/>
        <source>Strength</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="119"/>
        <source>Last confirmed</source>
        <translation>Xác nhận lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="122"/>
        <source>last confirmed</source>
        <translation>xác nhận lần cuối</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="126"/>
        <source>Add motivation</source>
        <translation>Thêm động cơ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="132"/>
        <source>No motivation noted yet. Ask, listen, and write down what you hear.</source>
        <translation>Chưa ghi động cơ nào. Hãy hỏi, lắng nghe và ghi lại những gì bạn nghe được.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="141"/>
        <source>Work</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="148"/>
        <source>New partner &quot;%1&quot;</source>
        <translation>Đối tác mới &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="151"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="154"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="152"/>
        <source>Type to find a partner</source>
        <translation>Gõ để tìm đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <source>e.g. Head of Partnerships</source>
        <translation>vd: Trưởng phòng Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="157"/>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="159"/>
        <source>Stakeholder role</source>
        <translation>Vai trò trong quyết định</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="296"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="160"/>
        <source>Plays the part of</source>
        <translation>Đóng vai trò</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="161"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="162"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="163"/>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="168"/>
        <source>Before</source>
        <translation>Trước đây</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="173"/>
        <source>Personal</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="180"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="207"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="185"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="186"/>
        <source>Learned on</source>
        <translation>Ngày ghi nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="189"/>
        <source>Add personal detail</source>
        <translation>Thêm chi tiết cá nhân</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="191"/>
        <source>Family, hobbies, what to ask about next time: coffee talk is made of these.</source>
        <translation>Gia đình, sở thích, điều nên hỏi lần sau: chuyện cà phê làm nên từ những điều này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="200"/>
        <source>Contact</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>Email, phone or web address</source>
        <translation>Email, điện thoại hoặc địa chỉ web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="214"/>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="214"/>
        <source>work, home…</source>
        <translation>công việc, nhà riêng…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="218"/>
        <source>Add email, phone or link</source>
        <translation>Thêm email, điện thoại hoặc liên kết</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="228"/>
        <source>About</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="231"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="233"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="232"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="234"/>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="237"/>
        <source>Names</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="239"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="241"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="240"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="242"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="245"/>
        <source>Lives in</source>
        <translation>Sống tại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <source>e.g. vi, en</source>
        <translation>vd: vi, en</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="248"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="251"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="304"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="305"/>
        <source>Birthday</source>
        <translation>Sinh nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <source>Where and how you met</source>
        <translation>Gặp nhau ở đâu, như thế nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="254"/>
        <source>How we met</source>
        <translation>Quen nhau thế nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="255"/>
        <source>a date</source>
        <translation>một ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="255"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="258"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="260"/>
        <source>Met on</source>
        <translation>Ngày gặp lần đầu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="267"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="277"/>
        <source>Introduced by</source>
        <translation>Người giới thiệu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="268"/>
        <source>Type to find who introduced you</source>
        <translation>Gõ để tìm người đã giới thiệu bạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <source>e.g. fintech, Hanoi, VIP</source>
        <translation>vd: fintech, Hà Nội, VIP</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="280"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="282"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="293"/>
        <source>Birthday day</source>
        <translation>Ngày sinh nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="295"/>
        <source>Birthday month</source>
        <translation>Tháng sinh nhật</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="301"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="306"/>
        <source>Birth year (optional)</source>
        <translation>Năm sinh (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="301"/>
        <source>year?</source>
        <translation>năm?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="339"/>
        <source>%1 at %2</source>
        <translation>%1 tại %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="346"/>
        <source>%1, %2 (until %3)</source>
        <translation>%1, %2 (đến %3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="347"/>
        <source>no role noted</source>
        <translation>chưa ghi chức vụ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="348"/>
        <source>a deleted partner</source>
        <translation>một đối tác đã bị xóa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="352"/>
        <source>No earlier partners</source>
        <translation>Chưa có đối tác trước đây</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="358"/>
        <source>%1 · last contact %2</source>
        <translation>%1 · liên lạc lần cuối %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="390"/>
        <source>Change partner</source>
        <translation>Đổi đối tác</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../partnerbook/ui/presentation.py" line="32"/>
        <source>Hidden while presenting</source>
        <translation>Đã ẩn khi trình chiếu</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="205"/>
        <source>This is not a PartnerBook archive: the JSON cannot be read ({error}).</source>
        <translation>Đây không phải là kho lưu trữ PartnerBook: không đọc được JSON ({error}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="207"/>
        <location filename="../../partnerbook/services/archive.py" line="212"/>
        <source>Give a file made by &apos;partnerbook export json&apos;.</source>
        <translation>Hãy chọn một tệp do &apos;partnerbook export json&apos; tạo ra.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="211"/>
        <source>This JSON file is not a PartnerBook archive.</source>
        <translation>Tệp JSON này không phải là kho lưu trữ PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="218"/>
        <source>This archive was written by a newer PartnerBook (format {version}).</source>
        <translation>Kho lưu trữ này được ghi bởi một phiên bản PartnerBook mới hơn (định dạng {version}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="221"/>
        <source>Update PartnerBook, then import it again.</source>
        <translation>Hãy cập nhật PartnerBook, rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="228"/>
        <source>This archive holds parts this PartnerBook does not know ({parts}).</source>
        <translation>Kho lưu trữ này có những phần mà phiên bản PartnerBook này không biết ({parts}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="232"/>
        <location filename="../../partnerbook/services/archive.py" line="264"/>
        <source>It was probably written by a newer PartnerBook: update, then import it again.</source>
        <translation>Có lẽ nó được ghi bởi một phiên bản PartnerBook mới hơn: hãy cập nhật, rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="243"/>
        <source>The archive&apos;s &apos;{name}&apos; is not a list of rows.</source>
        <translation>&apos;{name}&apos; trong kho lưu trữ không phải là danh sách các dòng.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="251"/>
        <source>{name}[{number}] in the archive is not a row.</source>
        <translation>{name}[{number}] trong kho lưu trữ không phải là một dòng.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="258"/>
        <source>{name}[{number}] has columns this PartnerBook does not know ({columns}).</source>
        <translation>{name}[{number}] có các cột mà phiên bản PartnerBook này không biết ({columns}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="276"/>
        <source>{table}[{number}].{column} in the archive is wrong: {value} ({error}).</source>
        <translation>{table}[{number}].{column} trong kho lưu trữ bị sai: {value} ({error}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="283"/>
        <location filename="../../partnerbook/services/archive.py" line="309"/>
        <source>Nothing was imported. Export the archive again from PartnerBook.</source>
        <translation>Chưa nhập gì. Hãy xuất lại kho lưu trữ từ PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="307"/>
        <source>The archive&apos;s rows do not fit together: {orig}.</source>
        <translation>Các dòng trong kho lưu trữ không khớp với nhau: {orig}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="322"/>
        <source>A JSON archive is a whole journal: it goes into a new, empty one (this one holds {people} people, {partners} partners, {entries} entries).</source>
        <translation>Kho lưu trữ JSON là cả một nhật ký: nó được nhập vào một nhật ký mới, trống (nhật ký này có {people} người liên hệ, {partners} đối tác, {entries} mục).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="330"/>
        <source>Import it into a new file: partnerbook --db restored.sqlite import ARCHIVE.json</source>
        <translation>Hãy nhập nó vào một tệp mới: partnerbook --db restored.sqlite import ARCHIVE.json</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="64"/>
        <source>Starting at login could not be turned on: {detail}.</source>
        <translation>Không bật được tính năng khởi động khi đăng nhập: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="69"/>
        <source>Starting at login could not be turned off: {detail}.</source>
        <translation>Không tắt được tính năng khởi động khi đăng nhập: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="73"/>
        <source>Check that your settings folder is writable.</source>
        <translation>Hãy kiểm tra thư mục cài đặt của bạn có thể ghi được.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="103"/>
        <source>The name is empty.</source>
        <translation>Tên đang trống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="103"/>
        <source>Give the person&apos;s or the partner&apos;s name.</source>
        <translation>Hãy nhập tên người liên hệ hoặc đối tác.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="114"/>
        <source>No person is called &apos;{name}&apos;.</source>
        <translation>Không có người liên hệ nào tên &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="116"/>
        <source>No partner is called &apos;{name}&apos;.</source>
        <translation>Không có đối tác nào tên &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="118"/>
        <source>No person or partner is called &apos;{name}&apos;.</source>
        <translation>Không có người liên hệ hay đối tác nào tên &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="122"/>
        <source>Check the spelling, type the beginning of a name, or give its number, e.g. &apos;#12&apos;.</source>
        <translation>Hãy kiểm tra chính tả, gõ phần đầu của tên, hoặc nhập số của nó, ví dụ &apos;#12&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="134"/>
        <source>Check the number.</source>
        <translation>Hãy kiểm tra số.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="140"/>
        <location filename="../../partnerbook/services/capture.py" line="114"/>
        <source>There is no person {number}.</source>
        <translation>Không có người liên hệ {number}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="142"/>
        <source>There is no partner {number}.</source>
        <translation>Không có đối tác {number}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="143"/>
        <source>There is no person or partner {number}.</source>
        <translation>Không có người liên hệ hay đối tác {number}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="42"/>
        <source>The note is empty.</source>
        <translation>Ghi chú đang trống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="43"/>
        <source>Type what was said, e.g. partnerbook note &apos;Coffee…&apos;.</source>
        <translation>Hãy gõ những gì đã nói, ví dụ partnerbook note &apos;Cà phê…&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="49"/>
        <source>The note is {size} MB; a note can hold up to 1 MB of text.</source>
        <translation>Ghi chú dài {size} MB; một ghi chú chứa được tối đa 1 MB văn bản.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="53"/>
        <source>Split it into several notes, or keep the long document as a file and note where it is. Nothing was saved.</source>
        <translation>Hãy tách thành nhiều ghi chú, hoặc giữ tài liệu dài dưới dạng tệp và ghi lại nơi lưu nó. Chưa lưu được gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="65"/>
        <source>The person name is empty.</source>
        <translation>Tên người liên hệ đang trống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="67"/>
        <source>The partner name is empty.</source>
        <translation>Tên đối tác đang trống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="68"/>
        <source>Give the person&apos;s name.</source>
        <translation>Hãy nhập tên người liên hệ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="70"/>
        <source>Give the partner&apos;s name.</source>
        <translation>Hãy nhập tên đối tác.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="76"/>
        <source>The person name is {length} characters long; the limit is {limit}.</source>
        <translation>Tên người liên hệ dài {length} ký tự; giới hạn là {limit}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="82"/>
        <source>The partner name is {length} characters long; the limit is {limit}.</source>
        <translation>Tên đối tác dài {length} ký tự; giới hạn là {limit}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="87"/>
        <source>Use a shorter name.</source>
        <translation>Hãy dùng tên ngắn hơn.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="115"/>
        <source>Check the number, or give a name.</source>
        <translation>Hãy kiểm tra số, hoặc nhập tên.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="152"/>
        <source>A person picked for this note was deleted meanwhile.</source>
        <translation>Một người được chọn cho ghi chú này vừa bị xóa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="154"/>
        <source>Pick the people again. The note was not saved yet; its text is kept.</source>
        <translation>Hãy chọn lại người liên hệ. Ghi chú chưa được lưu; nội dung vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="179"/>
        <source>The partner picked for this note was deleted meanwhile.</source>
        <translation>Đối tác được chọn cho ghi chú này vừa bị xóa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="181"/>
        <source>Pick the partner again. The note was not saved yet; its text is kept.</source>
        <translation>Hãy chọn lại đối tác. Ghi chú chưa được lưu; nội dung vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="93"/>
        <source>--people must be between 1 and {limit} (got {people}).</source>
        <translation>--people phải từ 1 đến {limit} (nhận được {people}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="101"/>
        <source>--entries must be between 0 and {limit} (got {entries}).</source>
        <translation>--entries phải từ 0 đến {limit} (nhận được {entries}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="144"/>
        <source>This journal already holds data ({people} people, {partners} partners, {entries} entries, {tags} tags); the demo only fills an empty one.</source>
        <translation>Nhật ký này đã có dữ liệu ({people} người liên hệ, {partners} đối tác, {entries} mục, {tags} thẻ); bản demo chỉ điền vào nhật ký trống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="152"/>
        <source>Give a new file, e.g. partnerbook --db demo.sqlite demo</source>
        <translation>Hãy chọn một tệp mới, ví dụ partnerbook --db demo.sqlite demo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/drafts.py" line="79"/>
        <source>Cannot create {parent}: {detail}.</source>
        <translation>Không tạo được {parent}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/drafts.py" line="83"/>
        <source>Keep the window open: what you typed is still there.</source>
        <translation>Hãy giữ cửa sổ mở: những gì bạn đã gõ vẫn còn đó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/due.py" line="32"/>
        <source>--within must be between 0 and {limit} days (got {within_days}).</source>
        <translation>--within phải từ 0 đến {limit} ngày (nhận được {within_days}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/due.py" line="36"/>
        <source>Give a number of days, e.g. --within 7.</source>
        <translation>Hãy nhập số ngày, ví dụ --within 7.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="65"/>
        <location filename="../../partnerbook/services/editing.py" line="340"/>
        <source>That {what} no longer exists.</source>
        <translation>{what} này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="66"/>
        <source>It may have been deleted.</source>
        <translation>Có thể nó đã bị xóa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="82"/>
        <source>{label} cannot be empty.</source>
        <translation>{label} không được để trống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="87"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label} quá dài ({length} ký tự; tối đa {limit}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="103"/>
        <source>{label} is longer than 1 MB.</source>
        <translation>{label} dài hơn 1 MB.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="104"/>
        <source>Split it, or keep the document as a file.</source>
        <translation>Hãy tách nhỏ ra, hoặc giữ tài liệu dưới dạng tệp.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="119"/>
        <source>{label} must be a number of days.</source>
        <translation>{label} phải là số ngày.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="124"/>
        <source>{label} must be between 1 and {limit} days.</source>
        <translation>{label} phải từ 1 đến {limit} ngày.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="141"/>
        <source>{label} must be a whole number.</source>
        <translation>{label} phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="145"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} phải từ {low} đến {high}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="166"/>
        <source>{label}: &apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>{label}: &apos;{value}&apos; không phải là ngày (hãy dùng YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="182"/>
        <source>{label} must be a number.</source>
        <translation>{label} phải là một số.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="184"/>
        <source>{label} is out of range.</source>
        <translation>{label} nằm ngoài phạm vi cho phép.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="194"/>
        <source>{label} must be chosen.</source>
        <translation>Hãy chọn {label}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="201"/>
        <source>{label}: &apos;{value}&apos; is not one of the choices.</source>
        <translation>{label}: &apos;{value}&apos; không có trong các lựa chọn.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="217"/>
        <source>{label}: at most {limit}.</source>
        <translation>{label}: tối đa {limit}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="233"/>
        <location filename="../../partnerbook/services/ledger.py" line="146"/>
        <source>Cannot edit {fields} here.</source>
        <translation>Không thể sửa {fields} ở đây.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="380"/>
        <source>That {what} is gone for good.</source>
        <translation>{what} này đã bị xóa vĩnh viễn.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="53"/>
        <location filename="../../partnerbook/services/maintenance.py" line="56"/>
        <source>&apos;{action}&apos; works on a journal file; {location} is a database server.</source>
        <translation>&apos;{action}&apos; chỉ dùng cho tệp nhật ký; {location} là một máy chủ cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="57"/>
        <source>Use the server&apos;s own encryption.</source>
        <translation>Hãy dùng tính năng mã hóa của chính máy chủ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="64"/>
        <source>There is no journal at {journal} to encrypt.</source>
        <translation>Không có nhật ký nào tại {journal} để mã hóa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="66"/>
        <source>There is no journal at {journal} to decrypt.</source>
        <translation>Không có nhật ký nào tại {journal} để giải mã.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="70"/>
        <source>{journal} is already encrypted.</source>
        <translation>{journal} đã được mã hóa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="71"/>
        <location filename="../../partnerbook/services/encryption.py" line="76"/>
        <source>Nothing was changed.</source>
        <translation>Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="75"/>
        <source>{journal} is not encrypted.</source>
        <translation>{journal} chưa được mã hóa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="81"/>
        <location filename="../../partnerbook/services/maintenance.py" line="133"/>
        <source>The journal is open in a PartnerBook window.</source>
        <translation>Nhật ký đang mở trong một cửa sổ PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="82"/>
        <source>Close the window, then encrypt again. Nothing was changed.</source>
        <translation>Hãy đóng cửa sổ đó rồi mã hóa lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="84"/>
        <source>Close the window, then decrypt again. Nothing was changed.</source>
        <translation>Hãy đóng cửa sổ đó rồi giải mã lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="102"/>
        <source>Another program has {journal} open; it was not encrypted.</source>
        <translation>Một chương trình khác đang mở {journal}; nhật ký chưa được mã hóa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="107"/>
        <source>Another program has {journal} open; it was not decrypted.</source>
        <translation>Một chương trình khác đang mở {journal}; nhật ký chưa được giải mã.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="111"/>
        <source>Close the other PartnerBook programs, then encrypt again. Nothing was changed.</source>
        <translation>Hãy đóng các chương trình PartnerBook khác rồi mã hóa lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="116"/>
        <source>Close the other PartnerBook programs, then decrypt again. Nothing was changed.</source>
        <translation>Hãy đóng các chương trình PartnerBook khác rồi giải mã lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="158"/>
        <source>the copy is not encrypted</source>
        <translation>bản sao chưa được mã hóa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="160"/>
        <source>the copy is still encrypted</source>
        <translation>bản sao vẫn còn được mã hóa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="166"/>
        <source>the copy has other row counts ({tables})</source>
        <translation>bản sao có số dòng khác ({tables})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="171"/>
        <source>The converted copy of {journal} failed its check: {problem}.</source>
        <translation>Bản sao đã chuyển đổi của {journal} không qua được kiểm tra: {problem}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="175"/>
        <source>Nothing was changed. Run &apos;partnerbook check&apos;.</source>
        <translation>Không có gì bị thay đổi. Hãy chạy &apos;partnerbook check&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="40"/>
        <source>Cannot write {target}: {detail}.</source>
        <translation>Không ghi được {target}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="42"/>
        <source>Choose a folder you may write to, with some free space.</source>
        <translation>Hãy chọn một thư mục bạn có quyền ghi và còn dung lượng trống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="54"/>
        <source>&apos;{target}&apos; is a folder.</source>
        <translation>&apos;{target}&apos; là một thư mục.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="55"/>
        <source>Give a file name, e.g. {example}</source>
        <translation>Hãy đặt tên tệp, ví dụ {example}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="61"/>
        <source>That is the journal itself (or one of its files).</source>
        <translation>Đó chính là nhật ký (hoặc một trong các tệp của nó).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="62"/>
        <source>Give another file name, e.g. {example}.</source>
        <translation>Hãy đặt tên tệp khác, ví dụ {example}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="92"/>
        <source>Only a promise can be broken.</source>
        <translation>Chỉ lời hứa mới có thể bị thất hứa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="102"/>
        <source>A snooze needs a moment with a time zone.</source>
        <translation>Báo lại cần một thời điểm có múi giờ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="142"/>
        <source>&apos;{rule}&apos; is not a repeat rule PartnerBook understands.</source>
        <translation>&apos;{rule}&apos; không phải là quy tắc lặp lại mà PartnerBook hiểu được.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="152"/>
        <source>Repeat every 1 to 365 days, weeks or months.</source>
        <translation>Hãy lặp lại mỗi 1 đến 365 ngày, tuần hoặc tháng.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="159"/>
        <location filename="../../partnerbook/services/interaction_editing.py" line="260"/>
        <source>That entry is not a follow-up or a promise.</source>
        <translation>Mục đó không phải là việc theo dõi hay lời hứa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="105"/>
        <source>{path} is {size} MB; PartnerBook reads contact files up to {limit} MB.</source>
        <translation>{path} dài {size} MB; PartnerBook đọc được tệp danh bạ tối đa {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="110"/>
        <source>Split the export into smaller files.</source>
        <translation>Hãy chia bản xuất thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="115"/>
        <source>There is no file {path}.</source>
        <translation>Không có tệp {path}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="115"/>
        <source>Check the path.</source>
        <translation>Hãy kiểm tra đường dẫn.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="119"/>
        <location filename="../../partnerbook/store/migrate.py" line="120"/>
        <source>Cannot read {path}: {detail}.</source>
        <translation>Không đọc được {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="120"/>
        <source>Check that the file is there and that you may read it.</source>
        <translation>Hãy kiểm tra tệp có ở đó và bạn có quyền đọc nó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="134"/>
        <source>PartnerBook cannot tell what kind of file this is: not a vCard, a JSON archive, or a Google, LinkedIn, Outlook or Thunderbird CSV export.</source>
        <translation>PartnerBook không nhận ra đây là loại tệp gì: không phải vCard, kho lưu trữ JSON, hay bản xuất CSV của Google, LinkedIn, Outlook hoặc Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="139"/>
        <source>Say which with --format (vcard, google-csv, linkedin-csv, outlook-csv, thunderbird-csv, json).</source>
        <translation>Hãy cho biết bằng --format (vcard, google-csv, linkedin-csv, outlook-csv, thunderbird-csv, json).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="145"/>
        <source>A JSON archive is imported as a whole journal, not as contacts.</source>
        <translation>Kho lưu trữ JSON được nhập thành cả một nhật ký, không phải thành danh bạ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="655"/>
        <source>That import is no longer in the journal.</source>
        <translation>Lần nhập đó không còn trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="91"/>
        <source>The notes are {size} MB; a note can hold up to 1 MB.</source>
        <translation>Ghi chú dài {size} MB; một ghi chú chứa được tối đa 1 MB.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="94"/>
        <source>Split them, or keep the long document as a file and note where it is.</source>
        <translation>Hãy tách nhỏ ra, hoặc giữ tài liệu dài dưới dạng tệp và ghi lại nơi lưu nó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="101"/>
        <source>When it happened: not a date and time.</source>
        <translation>Thời điểm diễn ra: không phải là ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="108"/>
        <source>Topics: at most {limit}, one per line.</source>
        <translation>Chủ đề: tối đa {limit}, mỗi dòng một chủ đề.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="130"/>
        <source>That entry is not a note of a meeting, call or message.</source>
        <translation>Mục đó không phải là ghi chú về một cuộc gặp, cuộc gọi hay tin nhắn.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="219"/>
        <source>Say what is to be done.</source>
        <translation>Hãy cho biết việc cần làm.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="219"/>
        <source>Type it, then press Add.</source>
        <translation>Hãy gõ vào, rồi nhấn Thêm.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="223"/>
        <source>A follow-up needs a date.</source>
        <translation>Việc theo dõi cần có ngày.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="223"/>
        <source>Type when, e.g. &apos;next tuesday&apos;.</source>
        <translation>Hãy nhập thời điểm, ví dụ &apos;thứ ba tới&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="227"/>
        <source>Only a dated follow-up can repeat.</source>
        <translation>Chỉ việc theo dõi có ngày mới có thể lặp lại.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="51"/>
        <source>Value: &apos;{text}&apos; is not a number.</source>
        <translation>Giá trị: &apos;{text}&apos; không phải là số.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="54"/>
        <source>Value: between 0 and a trillion.</source>
        <translation>Giá trị: từ 0 đến một nghìn tỷ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="63"/>
        <source>Currency: &apos;{text}&apos; is not a three-letter code such as EUR or VND.</source>
        <translation>Tiền tệ: &apos;{text}&apos; không phải là mã ba chữ cái như EUR hay VND.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="77"/>
        <source>Say what was given or received.</source>
        <translation>Hãy cho biết đã cho hoặc nhận điều gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="77"/>
        <source>e.g. &apos;Intro to their CFO&apos;.</source>
        <translation>ví dụ &apos;Giới thiệu với giám đốc tài chính của họ&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="80"/>
        <source>When: not a date and time.</source>
        <translation>Thời điểm: không phải là ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="124"/>
        <location filename="../../partnerbook/services/ledger.py" line="151"/>
        <source>That entry is not a give &amp; take item.</source>
        <translation>Mục đó không phải là mục cho &amp; nhận.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="60"/>
        <source>Use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</source>
        <translation>Hãy dùng công cụ sao lưu của chính máy chủ (với PostgreSQL: pg_dump).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="87"/>
        <source>There is no journal at {journal} to back up.</source>
        <translation>Không có nhật ký nào tại {journal} để sao lưu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="95"/>
        <source>The backup cannot overwrite the journal itself.</source>
        <translation>Bản sao lưu không được ghi đè lên chính nhật ký.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="96"/>
        <source>Choose another file.</source>
        <translation>Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="107"/>
        <source>There is no file {backup}.</source>
        <translation>Không có tệp {backup}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="108"/>
        <location filename="../../partnerbook/services/maintenance.py" line="113"/>
        <source>Give the path of a backup file.</source>
        <translation>Hãy nhập đường dẫn của một tệp sao lưu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="112"/>
        <source>That file is the journal itself.</source>
        <translation>Tệp đó chính là nhật ký.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="118"/>
        <source>{backup} is not a PartnerBook backup.</source>
        <translation>{backup} không phải là bản sao lưu của PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="120"/>
        <source>Give a file made by &apos;partnerbook backup&apos; or found in the backups folder. Nothing was changed.</source>
        <translation>Hãy chọn một tệp do &apos;partnerbook backup&apos; tạo hoặc có trong thư mục sao lưu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="128"/>
        <source>{backup} is damaged: {problem}</source>
        <translation>{backup} bị hỏng: {problem}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="129"/>
        <source>Choose another backup. Nothing was changed.</source>
        <translation>Hãy chọn bản sao lưu khác. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="134"/>
        <source>Close the window, then restore again. Nothing was changed.</source>
        <translation>Hãy đóng cửa sổ đó rồi khôi phục lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="182"/>
        <source>The damaged journal could not be moved aside to {target}: {detail}.</source>
        <translation>Không chuyển được nhật ký bị hỏng sang {target}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="187"/>
        <source>Check that the backups folder beside the journal is writable. Nothing was restored.</source>
        <translation>Hãy kiểm tra thư mục sao lưu cạnh nhật ký có thể ghi được. Chưa khôi phục gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="72"/>
        <source>{listing}
  … and {more} more</source>
        <translation>{listing}
  … và {more} mục khác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="76"/>
        <source>&apos;{query}&apos; matches more than one person:
{listing}</source>
        <translation>&apos;{query}&apos; khớp với nhiều người liên hệ:
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="80"/>
        <source>&apos;{query}&apos; matches more than one partner:
{listing}</source>
        <translation>&apos;{query}&apos; khớp với nhiều đối tác:
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="84"/>
        <source>&apos;{query}&apos; matches more than one {what}:
{listing}</source>
        <translation>&apos;{query}&apos; khớp với nhiều {what}:
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="91"/>
        <source>Type more of the name to pick one, or give the number shown, e.g. --with &apos;#12&apos;.</source>
        <translation>Hãy gõ thêm tên để chọn một người, hoặc nhập số hiển thị, ví dụ --with &apos;#12&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="96"/>
        <source>&apos;{value}&apos; is not an email address.</source>
        <translation>&apos;{value}&apos; không phải là địa chỉ email.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="97"/>
        <source>It should look like name@example.com.</source>
        <translation>Địa chỉ cần có dạng name@example.com.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="101"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&apos;{value}&apos; không phải là số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="102"/>
        <source>Use digits, spaces and + ( ) -.</source>
        <translation>Hãy dùng chữ số, dấu cách và + ( ) -.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="345"/>
        <source>Nobody introduces themselves.</source>
        <translation>Không ai tự giới thiệu chính mình.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="346"/>
        <source>Pick the person who introduced them.</source>
        <translation>Hãy chọn người đã giới thiệu họ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="65"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; không phải là số.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="68"/>
        <source>&apos;{text}&apos; is not a figure a KPI can have.</source>
        <translation>&apos;{text}&apos; không phải là con số mà một KPI có thể có.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="111"/>
        <source>That entry is not a partner review.</source>
        <translation>Mục đó không phải là đánh giá đối tác.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="131"/>
        <source>The period ends before it starts.</source>
        <translation>Kỳ này kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="134"/>
        <source>At most {limit} KPIs in one review.</source>
        <translation>Tối đa {limit} KPI trong một lần đánh giá.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/search.py" line="276"/>
        <source>Search is not available on this kind of database yet.</source>
        <translation>Chưa thể tìm kiếm trên loại cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/search.py" line="277"/>
        <source>Use a journal file, or search from a journal file copy.</source>
        <translation>Hãy dùng tệp nhật ký, hoặc tìm kiếm từ một bản sao tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/timeline.py" line="136"/>
        <source>A timeline page holds 1 to {most} entries (got {limit}).</source>
        <translation>Một trang dòng thời gian chứa từ 1 đến {most} mục (nhận được {limit}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="61"/>
        <source>Cannot read {source} to back it up: {error}.</source>
        <translation>Không đọc được {source} để sao lưu: {error}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="78"/>
        <source>Backing up {source} took longer than {timeout} s and was stopped.</source>
        <translation>Sao lưu {source} mất hơn {timeout} giây nên đã bị dừng.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="82"/>
        <source>Another program kept the journal busy. Try again in a moment.</source>
        <translation>Một chương trình khác đã giữ nhật ký bận. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="89"/>
        <source>The journal {source} could not be read completely: {error}.</source>
        <translation>Không đọc được toàn bộ nhật ký {source}: {error}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="93"/>
        <source>Run &apos;partnerbook check&apos; and restore the latest good backup.</source>
        <translation>Hãy chạy &apos;partnerbook check&apos; và khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="107"/>
        <source>The backup of {source} failed its check: {problem}</source>
        <translation>Bản sao lưu của {source} không qua được kiểm tra: {problem}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="111"/>
        <source>The journal may be damaged: run &apos;partnerbook check&apos;.</source>
        <translation>Nhật ký có thể bị hỏng: hãy chạy &apos;partnerbook check&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="133"/>
        <source>cannot be read as a database ({error})</source>
        <translation>không đọc được như một cơ sở dữ liệu ({error})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="136"/>
        <source>it is not a PartnerBook journal</source>
        <translation>đây không phải là nhật ký PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="261"/>
        <source>The disk is full; {path} could not be written.</source>
        <translation>Ổ đĩa đã đầy; không ghi được {path}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="262"/>
        <source>Free some space and try again. The journal itself was not changed.</source>
        <translation>Hãy giải phóng dung lượng rồi thử lại. Bản thân nhật ký không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="266"/>
        <source>{path} cannot be written (read-only or permission denied).</source>
        <translation>Không ghi được {path} (chỉ đọc hoặc không có quyền).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="267"/>
        <source>Choose a folder you may write to.</source>
        <translation>Hãy chọn một thư mục bạn có quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="269"/>
        <source>Writing {path} failed: {error}.</source>
        <translation>Ghi {path} thất bại: {error}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/check.py" line="60"/>
        <location filename="../../partnerbook/store/migrate.py" line="230"/>
        <source>There is no journal at {path}.</source>
        <translation>Không có nhật ký nào tại {path}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/check.py" line="61"/>
        <source>Check the path given to --db or PARTNERBOOK_DATABASE_URL.</source>
        <translation>Hãy kiểm tra đường dẫn đã cho trong --db hoặc PARTNERBOOK_DATABASE_URL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="50"/>
        <source>Encryption needs the optional package: pip install &apos;partnerbook[encryption]&apos;</source>
        <translation>Mã hóa cần gói tùy chọn: pip install &apos;partnerbook[encryption]&apos;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="52"/>
        <source>The passphrase does not open this journal.</source>
        <translation>Cụm mật khẩu này không mở được nhật ký.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="76"/>
        <source>The passphrase is empty.</source>
        <translation>Cụm mật khẩu đang trống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="76"/>
        <source>Type a passphrase.</source>
        <translation>Hãy nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="79"/>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Cụm mật khẩu không được chứa ký tự NUL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="117"/>
        <source>Encryption needs the optional package: pip install &apos;partnerbook[encryption]&apos;.</source>
        <translation>Mã hóa cần gói tùy chọn: pip install &apos;partnerbook[encryption]&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="220"/>
        <source>Try again; the journal was not changed.</source>
        <translation>Hãy thử lại; nhật ký không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="71"/>
        <source>The database location is empty.</source>
        <translation>Vị trí cơ sở dữ liệu đang trống.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="71"/>
        <source>Give a file path or a URL.</source>
        <translation>Hãy nhập đường dẫn tệp hoặc URL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="78"/>
        <source>&apos;{text}&apos; is not a database URL.</source>
        <translation>&apos;{text}&apos; không phải là URL cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="80"/>
        <source>Use a file path, or a URL such as sqlite:///path/journal.sqlite or postgresql://user@host/partnerbook.</source>
        <translation>Hãy dùng đường dẫn tệp, hoặc URL như sqlite:///path/journal.sqlite hay postgresql://user@host/partnerbook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="88"/>
        <source>An in-memory journal would be lost on exit.</source>
        <translation>Nhật ký trong bộ nhớ sẽ mất khi thoát.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="89"/>
        <source>Give a file.</source>
        <translation>Hãy chọn một tệp.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="98"/>
        <source>&apos;{path}&apos; is a folder, not a journal file.</source>
        <translation>&apos;{path}&apos; là một thư mục, không phải tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="100"/>
        <source>Give the path of a journal file, e.g. {example}</source>
        <translation>Hãy nhập đường dẫn của một tệp nhật ký, ví dụ {example}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="115"/>
        <source>&apos;{drivername}&apos; is not a kind of database PartnerBook can use.</source>
        <translation>&apos;{drivername}&apos; không phải là loại cơ sở dữ liệu PartnerBook dùng được.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="118"/>
        <source>Give a journal file, or a URL such as postgresql://user@host/partnerbook.</source>
        <translation>Hãy chọn một tệp nhật ký, hoặc URL như postgresql://user@host/partnerbook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="125"/>
        <source>The driver for {kind} databases is not installed ({detail}).</source>
        <translation>Trình điều khiển cho cơ sở dữ liệu {kind} chưa được cài ({detail}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="129"/>
        <source>Install it, e.g. pip install &apos;psycopg[binary]&apos; for PostgreSQL.</source>
        <translation>Hãy cài đặt nó, ví dụ pip install &apos;psycopg[binary]&apos; cho PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="394"/>
        <source>This was changed in another window or program meanwhile; your change was not saved.</source>
        <translation>Mục này đã được thay đổi trong một cửa sổ hoặc chương trình khác; thay đổi của bạn chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="398"/>
        <source>Look at it again (it now shows the other change), then make your change again.</source>
        <translation>Hãy xem lại (giờ nó hiển thị thay đổi kia), rồi thực hiện lại thay đổi của bạn.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="440"/>
        <source>The disk holding {where} is full; nothing was saved.</source>
        <translation>Ổ đĩa chứa {where} đã đầy; chưa lưu được gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="441"/>
        <source>Free some space, then try again. What was saved before is safe.</source>
        <translation>Hãy giải phóng dung lượng rồi thử lại. Những gì đã lưu trước đó vẫn an toàn.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="446"/>
        <source>The journal {where} is read-only; nothing was saved.</source>
        <translation>Nhật ký {where} chỉ cho phép đọc; chưa lưu được gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="448"/>
        <source>Check the permissions of the file and its folder, or move it somewhere writable.</source>
        <translation>Hãy kiểm tra quyền của tệp và thư mục chứa nó, hoặc chuyển nó đến nơi có thể ghi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="454"/>
        <source>The journal {where} cannot be opened.</source>
        <translation>Không mở được nhật ký {where}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="456"/>
        <source>Check that the drive is connected and that you may read and write the folder.</source>
        <translation>Hãy kiểm tra ổ đĩa đã được kết nối và bạn có quyền đọc, ghi thư mục đó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="463"/>
        <source>The journal {where} stayed busy for too long; nothing was saved.</source>
        <translation>Nhật ký {where} bận quá lâu; chưa lưu được gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="465"/>
        <source>Another program is writing to it. Try again in a moment.</source>
        <translation>Một chương trình khác đang ghi vào đó. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="471"/>
        <source>Reading or writing {where} failed (disk I/O error); nothing was saved.</source>
        <translation>Đọc hoặc ghi {where} thất bại (lỗi I/O của ổ đĩa); chưa lưu được gì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="474"/>
        <source>Check the drive, then run &apos;partnerbook check&apos;.</source>
        <translation>Hãy kiểm tra ổ đĩa, rồi chạy &apos;partnerbook check&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="484"/>
        <source>The database {where} refused the operation: {error}</source>
        <translation>Cơ sở dữ liệu {where} đã từ chối thao tác: {error}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="45"/>
        <source>Cannot create the lock file {path}: {detail}.</source>
        <translation>Không tạo được tệp khóa {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="49"/>
        <source>Check that you may write to the journal&apos;s folder.</source>
        <translation>Hãy kiểm tra bạn có quyền ghi vào thư mục của nhật ký.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="54"/>
        <source>This journal is already open in another PartnerBook window.</source>
        <translation>Nhật ký này đang được mở trong một cửa sổ PartnerBook khác.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="55"/>
        <source>Switch to that window, or close it first.</source>
        <translation>Hãy chuyển sang cửa sổ đó, hoặc đóng nó trước.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="121"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Hãy kiểm tra tệp có tồn tại và bạn có quyền đọc nó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="166"/>
        <source>give its passphrase (run the command in a terminal, or set {variable} for a script)</source>
        <translation>hãy nhập cụm mật khẩu của nó (chạy lệnh trong terminal, hoặc đặt {variable} cho script)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="175"/>
        <location filename="../../partnerbook/store/migrate.py" line="182"/>
        <source>{where} is not a PartnerBook journal (it is not a database file).</source>
        <translation>{where} không phải là nhật ký PartnerBook (đây không phải tệp cơ sở dữ liệu).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="177"/>
        <source>If it is an encrypted journal: {how}. The file was not changed.</source>
        <translation>Nếu đây là nhật ký được mã hóa: {how}. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="185"/>
        <source>Check the path given to --db or PARTNERBOOK_DATABASE_URL. The file was not changed.</source>
        <translation>Hãy kiểm tra đường dẫn đã cho trong --db hoặc PARTNERBOOK_DATABASE_URL. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="191"/>
        <source>its structure cannot be read</source>
        <translation>không đọc được cấu trúc của nó</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="196"/>
        <source>{where} is a database of another application, not a PartnerBook journal.</source>
        <translation>{where} là cơ sở dữ liệu của một ứng dụng khác, không phải nhật ký PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="200"/>
        <source>Give the path of a PartnerBook journal, or a new file name to start one. The file was not changed.</source>
        <translation>Hãy nhập đường dẫn của một nhật ký PartnerBook, hoặc tên tệp mới để bắt đầu nhật ký mới. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="211"/>
        <source>{where} was written by a newer version of PartnerBook (schema {revision}).</source>
        <translation>{where} được ghi bởi một phiên bản PartnerBook mới hơn (lược đồ {revision}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="215"/>
        <source>Update PartnerBook to open it. The file was not changed.</source>
        <translation>Hãy cập nhật PartnerBook để mở nó. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="232"/>
        <source>Check the path, or run &apos;partnerbook demo&apos; to create a sample journal.</source>
        <translation>Hãy kiểm tra đường dẫn, hoặc chạy &apos;partnerbook demo&apos; để tạo nhật ký mẫu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="289"/>
        <source>Cannot create the folder {parent}: {detail}.</source>
        <translation>Không tạo được thư mục {parent}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="293"/>
        <source>Choose a journal location you may write to (--db).</source>
        <translation>Hãy chọn vị trí nhật ký mà bạn có quyền ghi (--db).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="300"/>
        <source>Cannot create the journal {path}: {detail}.</source>
        <translation>Không tạo được nhật ký {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="305"/>
        <source>Check that you may write to the folder, or choose another location (--db).</source>
        <translation>Hãy kiểm tra bạn có quyền ghi vào thư mục đó, hoặc chọn vị trí khác (--db).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="82"/>
        <source>Restore the latest good backup with &apos;partnerbook restore FILE&apos; (backups are in the folder beside the journal). The journal was not changed.</source>
        <translation>Hãy khôi phục bản sao lưu tốt gần nhất bằng &apos;partnerbook restore FILE&apos; (các bản sao lưu nằm trong thư mục cạnh nhật ký). Nhật ký không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="89"/>
        <source>The journal {path} is damaged: {detail}.</source>
        <translation>Nhật ký {path} bị hỏng: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="90"/>
        <source>The journal {path} is damaged.</source>
        <translation>Nhật ký {path} bị hỏng.</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="22"/>
        <source>, </source>
        <comment>between the items of a list: &apos;bank, e-wallet&apos; (Chinese: 、)</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="34"/>
        <source>%1, %2</source>
        <comment>a city (%1), then its country (%2): &apos;Milan, Italy&apos;</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="44"/>
        <source>%1: </source>
        <comment>a caption before its value: &apos;Scope: …&apos; (Chinese: ：)</comment>
        <translation>%1: </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="52"/>
        <source> (%1)</source>
        <comment>a remark in brackets after a word: &apos;Anna (pending)&apos; (Chinese: （%1）, no space)</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="58"/>
        <source> — </source>
        <comment>between a name and what is said of it: &apos;Anna — Head of sales&apos;</comment>
        <translation> — </translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="70"/>
        <source>Quick Note</source>
        <translation>Ghi nhanh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="103"/>
        <source>What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday</source>
        <translation>Đã nói những gì? vd: cà phê — chị ấy cần đạt KPI quý 1; hẹn lại thứ ba tuần sau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="105"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="106"/>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>Enter để lưu, Shift+Enter để xuống dòng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="115"/>
        <source>What PartnerBook understood</source>
        <translation>PartnerBook hiểu là</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="123"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="134"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="128"/>
        <source>When it happened</source>
        <translation>Thời điểm diễn ra</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="129"/>
        <source>now — or yesterday 15:00, last Friday…</source>
        <translation>bây giờ — hoặc hôm qua 15:00, thứ sáu tuần trước…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="139"/>
        <source>The company, if any</source>
        <translation>Công ty, nếu có</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="140"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="142"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="143"/>
        <source>Follow up on</source>
        <translation>Theo dõi vào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="145"/>
        <source>no follow-up — or next tuesday, in 2 weeks…</source>
        <translation>không theo dõi — hoặc thứ ba tuần sau, 2 tuần nữa…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="147"/>
        <source>Follow up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="157"/>
        <source>Enter saves · Shift+Enter new line · Esc keeps the draft</source>
        <translation>Enter để lưu · Shift+Enter xuống dòng · Esc giữ lại bản nháp</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="160"/>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="161"/>
        <source>Forget this draft</source>
        <translation>Bỏ bản nháp này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="164"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="211"/>
        <source>follow-up %1 %2</source>
        <translation>theo dõi %1 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="218"/>
        <source>(“%1” is not a date I understand: no follow-up set)</source>
        <translation>(không hiểu được ngày “%1”: chưa đặt việc theo dõi)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="255"/>
        <source>The follow-up date is not one I understand: change it or clear it.</source>
        <translation>Không hiểu được ngày theo dõi: hãy sửa lại hoặc xóa đi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="261"/>
        <source>When it happened is not a date I understand.</source>
        <translation>Không hiểu được thời điểm diễn ra.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="286"/>
        <source>What you typed stays here, and is kept in %1 until it can be saved.</source>
        <translation>Những gì bạn đã gõ vẫn ở đây và được giữ trong %1 cho đến khi có thể lưu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="309"/>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="311"/>
        <source>Saved for %1: %2</source>
        <translation>Đã lưu cho %1: %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="315"/>
        <source>follow-up %1</source>
        <translation>theo dõi %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="396"/>
        <source>The journal cannot be written: %1
What you type stays in this window and is kept in %2 until the journal can take it.</source>
        <translation>Không thể ghi vào nhật ký: %1
Những gì bạn gõ vẫn ở trong cửa sổ này và được giữ trong %2 cho đến khi nhật ký nhận được.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="405"/>
        <source>The draft could not be kept (%1). Keep this window open.</source>
        <translation>Không giữ được bản nháp (%1). Hãy để cửa sổ này mở.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="453"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>Ghi chú chưa lưu của bạn đã trở lại, đúng như lúc bạn rời đi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="459"/>
        <source>Your unsaved note is back, as you left it. The journal could not be written then, so it was kept in a file of its own; it is in the journal again now.</source>
        <translation>Ghi chú chưa lưu của bạn đã trở lại như lúc bạn để. Khi đó không thể ghi vào nhật ký nên nó được giữ trong một tệp riêng; giờ nó đã ở lại trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="467"/>
        <source>Your unsaved note is back, as you left it. The journal still cannot be written, so it stays kept in a file of its own.</source>
        <translation>Ghi chú chưa lưu của bạn đã trở lại như lúc bạn để. Nhật ký vẫn chưa ghi được nên nó tiếp tục được giữ trong một tệp riêng.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="34"/>
        <source>given name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="35"/>
        <source>family name</source>
        <translation>họ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="36"/>
        <source>role</source>
        <translation>chức vụ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="37"/>
        <source>department</source>
        <translation>phòng ban</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="38"/>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="39"/>
        <source>country</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="40"/>
        <location filename="../../partnerbook/services/import_merge.py" line="41"/>
        <location filename="../../partnerbook/services/import_merge.py" line="42"/>
        <source>birthday</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="43"/>
        <location filename="../../partnerbook/services/import_merge.py" line="44"/>
        <source>how you met</source>
        <translation>cách quen biết</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="45"/>
        <source>partner</source>
        <translation>đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="46"/>
        <location filename="../../partnerbook/services/import_merge.py" line="119"/>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="47"/>
        <location filename="../../partnerbook/services/import_merge.py" line="121"/>
        <source>photo</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="48"/>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="102"/>
        <source>an email</source>
        <translation>một email</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="102"/>
        <source>{count} emails</source>
        <translation>{count} email</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="106"/>
        <source>a phone</source>
        <translation>một số điện thoại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="106"/>
        <source>{count} phones</source>
        <translation>{count} số điện thoại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="109"/>
        <source>a link</source>
        <translation>một liên kết</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="109"/>
        <source>{count} links</source>
        <translation>{count} liên kết</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="112"/>
        <source>a tag</source>
        <translation>một thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="112"/>
        <source>{count} tags</source>
        <translation>{count} thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="123"/>
        <source>its contact id (to know them next time)</source>
        <translation>mã liên hệ (để nhận ra họ lần sau)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="126"/>
        <source>nothing new</source>
        <translation>không có gì mới</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="127"/>
        <source>adds {what}</source>
        <translation>thêm {what}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="127"/>
        <source>{earlier}, {later}</source>
        <translation>{earlier}, {later}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="170"/>
        <source>The contact has no name.</source>
        <translation>Liên hệ không có tên.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="301"/>
        <source>the same contact id</source>
        <translation>cùng mã liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="305"/>
        <source>the same email ({email})</source>
        <translation>cùng email ({email})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="309"/>
        <source>the same phone ({phone})</source>
        <translation>cùng số điện thoại ({phone})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="313"/>
        <source>the same LinkedIn profile</source>
        <translation>cùng hồ sơ LinkedIn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="316"/>
        <source>the same name and partner</source>
        <translation>cùng tên và đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="351"/>
        <source>{name} (record {record})</source>
        <translation>{name} (bản ghi {record})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="361"/>
        <source>new person</source>
        <translation>người liên hệ mới</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="376"/>
        <source>{person}: {why}; {adds}</source>
        <translation>{person}: {why}; {adds}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="41"/>
        <source>January</source>
        <translation>tháng 1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="42"/>
        <source>February</source>
        <translation>tháng 2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="43"/>
        <source>March</source>
        <translation>tháng 3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="44"/>
        <source>April</source>
        <translation>tháng 4</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="45"/>
        <source>May</source>
        <translation>tháng 5</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="46"/>
        <source>June</source>
        <translation>tháng 6</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="47"/>
        <source>July</source>
        <translation>tháng 7</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="48"/>
        <source>August</source>
        <translation>tháng 8</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="49"/>
        <source>September</source>
        <translation>tháng 9</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="50"/>
        <source>October</source>
        <translation>tháng 10</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="51"/>
        <source>November</source>
        <translation>tháng 11</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="52"/>
        <source>December</source>
        <translation>tháng 12</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="118"/>
        <source>could be {day} {month} or {other_month} {other_day}; write it as YYYY-MM-DD</source>
        <translation>có thể là ngày {day} {month} hoặc ngày {other_day} {other_month}; hãy viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="135"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="138"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="141"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="163"/>
        <source>is not a date</source>
        <translation>không phải là ngày hợp lệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="159"/>
        <source>has a year that cannot be right</source>
        <translation>có năm không thể đúng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="190"/>
        <source>has no year</source>
        <translation>không có năm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="25"/>
        <source>This file is not a contacts export PartnerBook knows (Google, LinkedIn, Outlook, Thunderbird); use --format to say which program wrote it.</source>
        <translation>Tệp này không phải là bản xuất danh bạ mà PartnerBook nhận biết (Google, LinkedIn, Outlook, Thunderbird); hãy dùng --format để cho biết chương trình nào đã tạo tệp.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="75"/>
        <location filename="../../partnerbook/interop/csv_records.py" line="78"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Tệp trống: không có gì để nhập.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="77"/>
        <source>This is a vCard file, not a CSV: import it as vCard (--format vcard).</source>
        <translation>Đây là tệp vCard, không phải CSV: hãy nhập dưới dạng vCard (--format vcard).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="87"/>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="129"/>
        <source>the birthday &apos;{value}&apos; {reason}</source>
        <translation>ngày sinh &apos;{value}&apos; {reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="178"/>
        <source>a Google Contacts CSV</source>
        <translation>tệp CSV của Google Danh bạ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="182"/>
        <source>no row near the top names Google&apos;s columns (First Name, Last Name, Labels…). Export it again from contacts.google.com (Export → Google CSV), or use --format to say which program wrote it.</source>
        <translation>không có dòng nào ở gần đầu tệp chứa tên các cột của Google (First Name, Last Name, Labels…). Hãy xuất lại từ contacts.google.com (Export → Google CSV), hoặc dùng --format để cho biết chương trình nào đã tạo tệp.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="49"/>
        <source>the date connected &apos;{value}&apos; {reason}</source>
        <translation>ngày kết nối &apos;{value}&apos; {reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="78"/>
        <source>a LinkedIn Connections.csv</source>
        <translation>tệp Connections.csv của LinkedIn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="82"/>
        <source>no row near the top has LinkedIn&apos;s columns (First Name, Last Name, URL, Company, Position, Connected On). Use Connections.csv from LinkedIn&apos;s data export (Settings → Data privacy → Get a copy of your data), or use --format to say which program wrote it.</source>
        <translation>không có dòng nào ở gần đầu tệp chứa các cột của LinkedIn (First Name, Last Name, URL, Company, Position, Connected On). Hãy dùng Connections.csv trong bản xuất dữ liệu của LinkedIn (Settings → Data privacy → Get a copy of your data), hoặc dùng --format để cho biết chương trình nào đã tạo tệp.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="196"/>
        <source>an Outlook contacts CSV</source>
        <translation>tệp CSV danh bạ của Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="200"/>
        <source>no row near the top names Outlook&apos;s columns (First Name, Last Name, E-mail Address…, or their German or Italian names). Export it again from Outlook (File → Open &amp; Export → Import/Export → Export to a file → Comma Separated Values), or use --format to say which program wrote it.</source>
        <translation>không có dòng nào ở gần đầu tệp chứa tên các cột của Outlook (First Name, Last Name, E-mail Address…, hoặc tên tiếng Đức hay tiếng Ý của chúng). Hãy xuất lại từ Outlook (File → Open &amp; Export → Import/Export → Export to a file → Comma Separated Values), hoặc dùng --format để cho biết chương trình nào đã tạo tệp.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="82"/>
        <source>This is not {kind}: {hint}</source>
        <translation>Đây không phải là {kind}: {hint}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="87"/>
        <source>The file could not be read ({problem}).</source>
        <translation>Không đọc được tệp ({problem}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="108"/>
        <source>a quote in it is never closed, so that cell ends with its line</source>
        <translation>có dấu ngoặc kép không được đóng, nên ô đó kết thúc ở cuối dòng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="116"/>
        <source>it has no name, organisation, email or phone to know the person by</source>
        <translation>không có tên, tổ chức, email hay số điện thoại để nhận ra người này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="120"/>
        <source>it could not be read ({problem})</source>
        <translation>không đọc được ({problem})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="123"/>
        <source>one cell past the last column was left out</source>
        <translation>một ô nằm ngoài cột cuối cùng đã bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="125"/>
        <source>{count} cells past the last column were left out</source>
        <translation>{count} ô nằm ngoài cột cuối cùng đã bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="130"/>
        <source>the rest was read</source>
        <translation>phần còn lại đã được đọc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="132"/>
        <source>the row was skipped</source>
        <translation>dòng này đã bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="158"/>
        <source>an unexpected {error}; please report it</source>
        <translation>lỗi {error} ngoài dự kiến; vui lòng báo lại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="94"/>
        <source>the birthday &apos;{value}&apos; (year-month-day) is not a date</source>
        <translation>ngày sinh &apos;{value}&apos; (năm-tháng-ngày) không phải là ngày hợp lệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="100"/>
        <source>the birthday &apos;{value}&apos; (year-month-day) {reason}</source>
        <translation>ngày sinh &apos;{value}&apos; (năm-tháng-ngày) {reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="118"/>
        <source>a Thunderbird address book CSV</source>
        <translation>tệp CSV sổ địa chỉ của Thunderbird</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="122"/>
        <source>no row near the top names Thunderbird&apos;s columns (First Name, Last Name, Display Name, Primary Email…; translated headers are not read). Export it again from Thunderbird&apos;s Address Book in English, or use --format to say which program wrote it.</source>
        <translation>không có dòng nào ở gần đầu tệp chứa tên các cột của Thunderbird (First Name, Last Name, Display Name, Primary Email…; tiêu đề đã dịch sẽ không được đọc). Hãy xuất lại từ Sổ địa chỉ của Thunderbird bằng tiếng Anh, hoặc dùng --format để cho biết chương trình nào đã tạo tệp.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_prepare.py" line="195"/>
        <source>It ends without END:VCARD: the file looks cut short, so this contact was left out. Export the contacts again.</source>
        <translation>Liên hệ kết thúc mà không có END:VCARD: tệp có vẻ bị cắt cụt nên liên hệ này đã bị bỏ qua. Hãy xuất lại danh bạ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="46"/>
        <source>This file holds no vCard (no BEGIN:VCARD line). Is it a .vcf file?</source>
        <translation>Tệp này không chứa vCard nào (không có dòng BEGIN:VCARD). Đây có phải là tệp .vcf không?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="48"/>
        <source>This contact has no name, email or phone, so there is nothing to call it by; it was left out.</source>
        <translation>Liên hệ này không có tên, email hay số điện thoại nên không có gì để gọi tên; đã bỏ qua liên hệ này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="51"/>
        <source>This contact could not be read because of an unexpected problem in PartnerBook; it was left out. Please report it.</source>
        <translation>Không đọc được liên hệ này do một sự cố ngoài dự kiến trong PartnerBook; đã bỏ qua liên hệ này. Vui lòng báo lại sự cố.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="187"/>
        <source>The birthday &apos;{value}&apos; is not a date; the rest was read</source>
        <translation>Ngày sinh &apos;{value}&apos; không phải là ngày hợp lệ; phần còn lại đã được đọc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/messages.py" line="135"/>
        <source>{earlier}; {later}</source>
        <translation>{earlier}; {later}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="26"/>
        <source>Reminder</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="28"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="30"/>
        <source>Tomorrow</source>
        <translation>Ngày mai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="31"/>
        <source>Remind me tomorrow morning</source>
        <translation>Nhắc tôi vào sáng mai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="36"/>
        <source>Close the reminder</source>
        <translation>Đóng lời nhắc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="53"/>
        <source>Follow up now: %1</source>
        <translation>Cần theo dõi ngay: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="55"/>
        <source>(and %1 more)</source>
        <translation>(và %1 việc khác)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="61"/>
        <source>Review of %1</source>
        <translation>Đánh giá %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="70"/>
        <source>Rhythm</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>Period from</source>
        <translation>Kỳ đánh giá từ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="74"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="74"/>
        <source>Period to</source>
        <translation>Kỳ đánh giá đến</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="80"/>
        <source>Period</source>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="84"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="97"/>
        <source>Add a KPI</source>
        <translation>Thêm KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="100"/>
        <source>Remove the KPI</source>
        <translation>Xóa KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="108"/>
        <source>How the period went</source>
        <translation>Kỳ này diễn ra thế nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="112"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="110"/>
        <source>What happens next, and who does it</source>
        <translation>Việc gì tiếp theo, và ai làm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="110"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="114"/>
        <source>Next steps</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="187"/>
        <source>Give the period&apos;s first and last day.</source>
        <translation>Hãy nhập ngày đầu và ngày cuối của kỳ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="228"/>
        <source>Save a review</source>
        <translation>Lưu đánh giá</translation>
    </message>
</context>
<context>
    <name>SatelliteEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="177"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="178"/>
        <source>Remove this item</source>
        <translation>Xóa mục này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Add a Motivation</source>
        <translation>Thêm động cơ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Remove a Motivation</source>
        <translation>Xóa động cơ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Add a Personal Detail</source>
        <translation>Thêm chi tiết cá nhân</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Remove a Personal Detail</source>
        <translation>Xóa chi tiết cá nhân</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Add a Contact</source>
        <translation>Thêm thông tin liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Remove a Contact</source>
        <translation>Xóa thông tin liên lạc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="255"/>
        <source>Add a Benefit</source>
        <translation>Thêm lợi ích</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="255"/>
        <source>Remove a Benefit</source>
        <translation>Xóa lợi ích</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="257"/>
        <source>Add a Row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="257"/>
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
        <location filename="../../partnerbook/ui/views/search_view.py" line="183"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="185"/>
        <source>Search names and notes — no accents needed: nguyen, kpi q1, 合作</source>
        <translation>Tìm tên và ghi chú — không cần gõ dấu: nguyen, kpi q1, 合作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="204"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="315"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="338"/>
        <source>People</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="339"/>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="340"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="355"/>
        <source>Search everything in the journal: people, partners and every note.

Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note (“q1 kpi”), a city or a partner. Case and accents do not matter, and Chinese works as written (合作).

Down moves into the results; Enter opens the first one.</source>
        <translation>Tìm mọi thứ trong nhật ký: người liên hệ, đối tác và mọi ghi chú.

Gõ một cái tên hoặc phần đầu của nó (“ngu” tìm ra Nguyễn), vài chữ trong một ghi chú (“q1 kpi”), một thành phố hoặc một đối tác. Không phân biệt chữ hoa, chữ thường hay dấu, và tiếng Trung cứ gõ như bình thường (合作).

Phím mũi tên xuống để vào kết quả; Enter mở kết quả đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="368"/>
        <source>Nothing found for “%1”.

Try fewer words, or the beginning of a name.</source>
        <translation>Không tìm thấy gì cho “%1”.

Hãy thử ít từ hơn, hoặc phần đầu của một cái tên.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="388"/>
        <source>%n found</source>
        <translation>
            <numerusform>Tìm thấy %n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="392"/>
        <source>The first %1 found; add a word to narrow them</source>
        <translation>%1 kết quả đầu tiên; thêm từ để thu hẹp</translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="60"/>
        <source>Follow-ups and promises</source>
        <translation>Việc theo dõi và lời hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="69"/>
        <source>Follow-up or promise</source>
        <translation>Việc theo dõi hay lời hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="70"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="122"/>
        <source>Follow up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="74"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="75"/>
        <source>What is to be done</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="76"/>
        <source>By when</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="77"/>
        <source>by when: next tuesday…</source>
        <translation>hạn: thứ ba tuần sau…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="79"/>
        <source>Repeat</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="80"/>
        <source>A follow-up can come back on a rhythm</source>
        <translation>Việc theo dõi có thể lặp lại theo chu kỳ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="82"/>
        <source>Once</source>
        <translation>Một lần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="83"/>
        <source>Every week</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="84"/>
        <source>Every 2 weeks</source>
        <translation>2 tuần một lần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="85"/>
        <source>Every month</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="86"/>
        <source>Every 3 months</source>
        <translation>3 tháng một lần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="92"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="125"/>
        <source>by %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="136"/>
        <source>By when: that is not a date I understand.</source>
        <translation>Hạn chót: không hiểu được ngày này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="162"/>
        <source>Add a follow-up</source>
        <translation>Thêm việc theo dõi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="169"/>
        <source>Added (%1).</source>
        <translation>Đã thêm (hạn %1).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="169"/>
        <source>Added.</source>
        <translation>Đã thêm.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="198"/>
        <source>Tick a follow-up</source>
        <translation>Đánh dấu việc theo dõi</translation>
    </message>
</context>
<context>
    <name>TimelineDelegateText</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_delegate.py" line="109"/>
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
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="483"/>
        <source>MMMM yyyy</source>
        <comment>the month band&apos;s date format, in Qt&apos;s codes: zh &apos;yyyy年M月&apos;</comment>
        <translation>MMMM &apos;năm&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="491"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="493"/>
        <source>Yesterday</source>
        <translation>Hôm qua</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="356"/>
        <source>Kind of entry</source>
        <translation>Loại mục</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="367"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="382"/>
        <source>Nothing here yet: notes and follow-ups with them will appear here.</source>
        <translation>Chưa có gì: ghi chú và việc theo dõi với họ sẽ hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="137"/>
        <source>Kind of entry</source>
        <translation>Loại mục</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="144"/>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="149"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="226"/>
        <source>All tags</source>
        <translation>Mọi thẻ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="156"/>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="157"/>
        <source>Person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="162"/>
        <source>Any partner</source>
        <translation>Mọi đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="163"/>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="170"/>
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
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>From (date)</source>
        <translation>Từ (ngày)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="183"/>
        <source>To (date)</source>
        <translation>Đến (ngày)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="183"/>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="188"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="189"/>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="194"/>
        <source>Timeline message</source>
        <translation>Thông báo của dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="210"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="262"/>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="303"/>
        <source>Nothing matches these filters.</source>
        <translation>Không có gì khớp với các bộ lọc này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="304"/>
        <source>Nothing on the timeline yet. Notes, follow-ups and reviews appear here.</source>
        <translation>Dòng thời gian chưa có gì. Ghi chú, việc theo dõi và đánh giá sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="329"/>
        <source>Nothing on or before %1.</source>
        <translation>Không có gì vào hoặc trước %1.</translation>
    </message>
</context>
<context>
    <name>TimelineViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="48"/>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="49"/>
        <source>Interactions</source>
        <translation>Tương tác</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="50"/>
        <source>Follow-ups</source>
        <translation>Việc theo dõi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="51"/>
        <source>Promises</source>
        <translation>Lời hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="52"/>
        <source>Give &amp; take</source>
        <translation>Cho &amp; nhận</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="53"/>
        <source>Reviews</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="54"/>
        <source>Stage changes</source>
        <translation>Thay đổi giai đoạn</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="106"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="119"/>
        <source>Promises kept</source>
        <translation>Lời hứa đã giữ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="125"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="126"/>
        <source>Snooze</source>
        <translation>Hoãn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="127"/>
        <source>Log a Note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="128"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="128"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="129"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="129"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="154"/>
        <source>Today&apos;s list</source>
        <translation>Danh sách hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="157"/>
        <source>D done, S snooze, L log a note, Enter open, P open the person, Delete dismiss, B a promise broken</source>
        <translation>D xong, S hoãn, L thêm ghi chú, Enter mở, P mở trang người đó, Delete bỏ qua, B thất hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="180"/>
        <source>Nothing is due today. Log what was said at your last meeting (Ctrl+L), or set a stay-in-touch rhythm on the people who matter.</source>
        <translation>Hôm nay không có việc gì đến hạn. Hãy ghi lại những gì đã nói ở buổi gặp gần nhất (Ctrl+L), hoặc đặt nhịp giữ liên lạc cho những người quan trọng.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="262"/>
        <source>You kept %1 of %2 promises (%3)</source>
        <translation>Bạn đã giữ %1 trên %2 lời hứa (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="263"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>họ đã giữ %1 trên %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="291"/>
        <source>Follow-ups due</source>
        <translation>Việc theo dõi đến hạn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="292"/>
        <source>Promises due this week</source>
        <translation>Lời hứa đến hạn trong tuần này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="293"/>
        <source>Time to get back in touch</source>
        <translation>Đến lúc liên lạc lại</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="294"/>
        <source>Partner reviews due</source>
        <translation>Đối tác đến kỳ đánh giá</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="295"/>
        <source>Birthdays this week</source>
        <translation>Sinh nhật trong tuần này</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="304"/>
        <source>(the first %1)</source>
        <translation>(%1 mục đầu tiên)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="329"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n việc theo dõi đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="330"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>%n lời hứa đến hạn trong tuần này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n người cần liên lạc lại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="332"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n đối tác đến kỳ đánh giá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="333"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>%n sinh nhật trong tuần này</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="367"/>
        <source>never met yet</source>
        <translation>chưa gặp lần nào</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="368"/>
        <source>last spoke %1</source>
        <translation>nói chuyện lần cuối %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="371"/>
        <location filename="../../partnerbook/ui/views/today_view.py" line="379"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="376"/>
        <source>1 day overdue</source>
        <translation>quá hạn 1 ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="377"/>
        <source>%1 days overdue</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="381"/>
        <source>tomorrow</source>
        <translation>ngày mai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="382"/>
        <source>in %1 days</source>
        <translation>%1 ngày nữa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="427"/>
        <source>Promise kept</source>
        <translation>Đã giữ lời hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="429"/>
        <source>Marked done</source>
        <comment>the status line after D</comment>
        <translation>Đã đánh dấu là xong</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="440"/>
        <source>Marked as broken</source>
        <translation>Đã đánh dấu là thất hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="448"/>
        <source>Dismissed</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="454"/>
        <source>Snoozed</source>
        <translation>Đã hoãn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="463"/>
        <source>Later today</source>
        <translation>Lát nữa trong hôm nay</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="464"/>
        <source>Tomorrow morning</source>
        <translation>Sáng mai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="465"/>
        <source>Next week</source>
        <translation>Tuần sau</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="469"/>
        <source>Pick a date…</source>
        <translation>Chọn ngày…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="479"/>
        <source>Snooze until</source>
        <translation>Hoãn đến</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="480"/>
        <source>Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)</source>
        <translation>Đến khi nào? (vd: thứ ba tuần sau, 5 tháng 12, 2 tuần nữa)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="488"/>
        <source>&apos;%1&apos; is not a date I understand; nothing was snoozed.</source>
        <translation>Không hiểu được ngày &apos;%1&apos;; chưa hoãn việc nào.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="511"/>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="563"/>
        <source>Broken</source>
        <translation>Thất hứa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="568"/>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="567"/>
        <source>them</source>
        <translation>họ</translation>
    </message>
</context>
<context>
    <name>TopicsCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="36"/>
        <source>Personal topics learned</source>
        <translation>Chuyện riêng biết thêm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="43"/>
        <source>One per line: family, hobbies, what to ask about next time. Offer them to the person&apos;s page to remember them there.</source>
        <translation>Mỗi dòng một điều: gia đình, sở thích, điều nên hỏi lần sau. Thêm chúng vào trang của người đó để ghi nhớ ở đó.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="52"/>
        <source>e.g. her daughter starts university in March</source>
        <translation>vd: con gái chị ấy vào đại học tháng 3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="52"/>
        <source>Topics learned</source>
        <translation>Chủ đề biết thêm</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="70"/>
        <source>Add to %1&apos;s details</source>
        <translation>Thêm vào thông tin cá nhân của %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="91"/>
        <source>%1&apos;s personal details already hold these.</source>
        <translation>Thông tin cá nhân của %1 đã có những điều này.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="93"/>
        <source>One topic added to %1&apos;s personal details.</source>
        <translation>Đã thêm một chủ đề vào thông tin cá nhân của %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="96"/>
        <source>%1 topics added to %2&apos;s personal details.</source>
        <translation>Đã thêm %1 chủ đề vào thông tin cá nhân của %2.</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="25"/>
        <source>you have %1 open</source>
        <translation>bạn còn %1 lời hứa chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="25"/>
        <source>they have %1 open</source>
        <translation>họ còn %1 lời hứa chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="29"/>
        <source>no promises from you yet</source>
        <translation>bạn chưa hứa điều gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="31"/>
        <source>no promises from them yet</source>
        <translation>họ chưa hứa điều gì</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="34"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>bạn đã giữ %1 trên %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="36"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>họ đã giữ %1 trên %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="44"/>
        <source>%1 open</source>
        <translation>%1 chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="50"/>
        <source>Promises: %1 · %2</source>
        <translation>Lời hứa: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="56"/>
        <source>Give &amp; take: you have given %1, received %2</source>
        <translation>Cho &amp; nhận: bạn đã cho %1 lần, nhận %2 lần</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="62"/>
        <source>referrals: %1 given (%2 won), %3 received</source>
        <translation>giới thiệu khách: đã giới thiệu %1 (%2 thành công), được giới thiệu %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="69"/>
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
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="93"/>
        <source>Nothing on the timeline yet.</source>
        <translation>Dòng thời gian chưa có gì.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="405"/>
        <source>There is no such day; check the date.</source>
        <translation>Không có ngày này; hãy kiểm tra lại.</translation>
    </message>
</context>
</TS>
