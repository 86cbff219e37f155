<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <location filename="../../partnerbook/app.py" line="312"/>
        <source>Writing eight years of sample relationships…</source>
        <translation>正在寫入八年份的範例關係紀錄…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="341"/>
        <source>The demo journal could not be made.</source>
        <translation>無法建立示範日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="342"/>
        <source>Details are in %1.</source>
        <translation>詳細資訊請見 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="371"/>
        <source>Backup saved and verified: %1</source>
        <translation>備份已儲存並驗證：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="423"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="427"/>
        <source>Show PartnerBook</source>
        <translation>顯示 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="457"/>
        <source>The journal&apos;s integrity check found problems: %1</source>
        <translation>日誌完整性檢查發現問題：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="532"/>
        <source>Restored the backup %1.</source>
        <translation>已還原備份 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="534"/>
        <source>The journal as it was is kept in %1.</source>
        <translation>原本的日誌保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="578"/>
        <source>The journal is damaged: what you see may be incomplete.</source>
        <translation>日誌已損毀：您看到的內容可能不完整。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="602"/>
        <source>Your journal is inside a %1 folder. Sync services copy a database while it is being written and can damage it.</source>
        <translation>您的日誌位於 %1 資料夾中。同步服務會在資料庫寫入時複製它，可能造成損毀。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="608"/>
        <source>Your journal is on a network filesystem (%1). Network filesystems often get database locking wrong and can damage it.</source>
        <translation>您的日誌位於網路檔案系統（%1）上。網路檔案系統常常無法正確鎖定資料庫，可能造成損毀。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="752"/>
        <source>PartnerBook hit a problem it did not expect. What you saved is safe.

Details were written to %1. Please report it.</source>
        <translation>PartnerBook 遇到了未預期的問題。您已儲存的內容都安全無虞。

詳細資訊已寫入 %1。請回報這個問題。</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../partnerbook/ui/autosave.py" line="254"/>
        <source>Edit: %1</source>
        <comment>undo text; %1 is a field&apos;s label, e.g. &apos;Role&apos;</comment>
        <translation>編輯：%1</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../partnerbook/ui/brief/pdf.py" line="227"/>
        <source>Print the Brief</source>
        <translation>列印簡報</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="180"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="182"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="184"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="187"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n 個月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="189"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="194"/>
        <source>no date</source>
        <translation>未設期限</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="197"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="198"/>
        <source>due %1, %2</source>
        <translation>%1 到期，%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="200"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="201"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>weak</source>
        <translation>強度：弱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>medium</source>
        <translation>強度：中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>strong</source>
        <translation>強度：強</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="214"/>
        <source>heard it</source>
        <comment>a motivation, in brackets: they said so</comment>
        <translation>親耳聽到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="215"/>
        <source>guessed</source>
        <comment>a motivation, in brackets: our guess</comment>
        <translation>推測</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="222"/>
        <source>confirmed %1</source>
        <translation>確認於 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="225"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="228"/>
        <source>— check it</source>
        <translation>— 有待確認</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="234"/>
        <source>Our value proposition</source>
        <translation>我們的價值主張</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="249"/>
        <source>Nothing written down yet: two or three benefits each way, with numbers.</source>
        <translation>尚未寫下任何內容：雙方各寫兩到三項效益，並附上數字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="255"/>
        <source>Last interactions</source>
        <translation>最近的互動</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="257"/>
        <source>(%1 of %2)</source>
        <translation>（%1 / %2）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="270"/>
        <source>No interactions noted yet.</source>
        <translation>尚未記錄任何互動。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="281"/>
        <source>… and %1 more</source>
        <translation>…還有 %1 項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>Open promises</source>
        <translation>待兌現的承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="291"/>
        <source>nothing open</source>
        <translation>沒有待兌現的承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="297"/>
        <source>Open follow-ups</source>
        <translation>待處理的追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="301"/>
        <source>Nothing open.</source>
        <translation>沒有待處理的事項。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="308"/>
        <source>you have %1 open</source>
        <translation>您有 %1 項待兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="308"/>
        <source>they have %1 open</source>
        <translation>對方有 %1 項待兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="311"/>
        <source>no promises from you yet</source>
        <translation>您尚未做出承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="313"/>
        <source>no promises from them yet</source>
        <translation>對方尚未做出承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>您兌現了 %2 項中的 %1 項（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>對方兌現了 %2 項中的 %1 項（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="326"/>
        <source>Promises: %1 · %2</source>
        <translation>承諾：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="338"/>
        <source>You have given %1, received %2.</source>
        <translation>您已付出 %1 次，收到 %2 次。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="343"/>
        <source>Time for a deposit.</source>
        <translation>是時候為這段關係存一筆了。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="347"/>
        <source>Referrals: %1 given (%2 won), %3 received</source>
        <translation>轉介：給出 %1 筆（成交 %2 筆），收到 %3 筆</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="353"/>
        <source>won: %1</source>
        <translation>成交金額：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="358"/>
        <source>Nothing given or received noted yet.</source>
        <translation>尚未記錄任何付出或收穫。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="381"/>
        <source>Who&apos;s who</source>
        <translation>人員一覽</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="384"/>
        <source>Presentation copy: motivations, personal details and the give &amp; take are left out</source>
        <translation>簡報用版本：已省略動機、個人資料與付出與收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="399"/>
        <source>Meeting brief · %1</source>
        <translation>會前簡報 · %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="418"/>
        <source>What&apos;s in it for them</source>
        <translation>對方能得到什麼</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="424"/>
        <source>Not known yet. Ask what they personally get: a KPI, their boss&apos;s praise, ease?</source>
        <translation>尚不清楚。問問對方自己能得到什麼：達成 KPI、老闆的肯定，還是輕鬆省事？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="449"/>
        <source>Based in</source>
        <translation>位於</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="454"/>
        <source>speaks</source>
        <translation>會說</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="470"/>
        <source>Our standing:</source>
        <translation>相對規模：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="476"/>
        <source>Never spoken to yet.</source>
        <translation>尚未交談過。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="478"/>
        <source>Last spoke</source>
        <translation>上次交談</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="488"/>
        <source>Personal: ask about</source>
        <translation>個人話題：可以聊聊</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="495"/>
        <source>Birthday: %1</source>
        <translation>生日：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="497"/>
        <source>today!</source>
        <translation>就是今天！</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="501"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="503"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天後</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="517"/>
        <source>Introductions</source>
        <translation>引薦</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="520"/>
        <source>Introduced by %1</source>
        <translation>由 %1 引薦</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="523"/>
        <source>Introduced to us:</source>
        <translation>引薦給我們的人：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="527"/>
        <source>and %1 more</source>
        <translation>還有 %1 位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="530"/>
        <source>How we met:</source>
        <translation>認識經過：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="541"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="552"/>
        <source>Web:</source>
        <translation>網站：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="555"/>
        <source>Who&apos;s who and what&apos;s in it for them</source>
        <translation>誰是誰，各自能得到什麼</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="566"/>
        <source>Nobody there noted yet.</source>
        <translation>尚未記錄對方的任何聯絡人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="580"/>
        <source>Agreement</source>
        <translation>合作協議</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="583"/>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="584"/>
        <source>Who does what</source>
        <translation>誰負責什麼</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="585"/>
        <source>Revenue share</source>
        <translation>營收分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="586"/>
        <source>Terms</source>
        <translation>條款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="591"/>
        <source>Renewal:</source>
        <translation>續約：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="595"/>
        <source>Referrals: a fixed fee of %1 each</source>
        <translation>轉介：每筆固定費用 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="598"/>
        <source>Referrals: %1 of the revenue</source>
        <translation>轉介：營收的 %1</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="80"/>
        <source>Meeting Brief — %1</source>
        <translation>會前簡報 — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="86"/>
        <source>Meeting brief</source>
        <translation>會前簡報</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="88"/>
        <source>Ctrl+Down and Ctrl+Up move from one section to the next.</source>
        <translation>Ctrl+向下鍵和 Ctrl+向上鍵可在各段落之間移動。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="106"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="107"/>
        <source>Print the brief (Ctrl+P)</source>
        <translation>列印簡報（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="109"/>
        <source>&amp;Save As…</source>
        <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="110"/>
        <source>Save the brief as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>將簡報另存為 PDF、HTML 或 Markdown（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="189"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="190"/>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="191"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="195"/>
        <source>Save the Brief</source>
        <translation>儲存簡報</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="211"/>
        <source>The brief was not saved: %1</source>
        <translation>簡報未儲存：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="216"/>
        <source>Saved to %1</source>
        <translation>已儲存至 %1</translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="58"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="73"/>
        <source>Ideal rhythm</source>
        <translation>理想頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="59"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="63"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="81"/>
        <source>Too long after</source>
        <translation>超過多久算太久</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="61"/>
        <source>Ideally every</source>
        <translation>理想上每隔</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="89"/>
        <source>No interaction logged yet.</source>
        <translation>尚未記錄任何互動。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="94"/>
        <source>Last contact today.</source>
        <translation>上次聯絡：今天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="96"/>
        <source>Last contact yesterday.</source>
        <translation>上次聯絡：昨天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="99"/>
        <source>Last contact %1, %2 days ago.</source>
        <translation>上次聯絡：%1（%2 天前）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="104"/>
        <source>Set a rhythm to be reminded when it is time to get in touch.</source>
        <translation>設定聯絡頻率，該聯絡時就會提醒您。</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="63"/>
        <source>Go To</source>
        <translation>前往</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="70"/>
        <source>A person, a partner, a view or an action…</source>
        <translation>聯絡人、合作夥伴、檢視或動作…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="71"/>
        <source>Go to</source>
        <translation>前往</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="75"/>
        <source>Matches</source>
        <translation>符合項目</translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="37"/>
        <source>The journal is damaged</source>
        <translation>日誌已損毀</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="62"/>
        <source>Restore the Latest Good Backup (%1)</source>
        <translation>還原最近的完好備份（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="43"/>
        <source>PartnerBook cannot read this journal: part of the file is damaged.
%1</source>
        <translation>PartnerBook 無法讀取這個日誌：檔案的一部分已損毀。
%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="54"/>
        <source>The latest good backup is from %1. Restoring it brings back everything saved up to then. The damaged file is never deleted: it is moved aside, so what it holds beyond the backup can still be rescued, into
%2</source>
        <translation>最近一份完好的備份來自 %1。還原它會找回在那之前儲存的一切。損毀的檔案永遠不會被刪除：它會被移到一旁，其中備份以外的內容仍可搶救，位置是
%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="69"/>
        <source>No backup that passes its check was found in
%1
The journal was not changed: keep the file, it may still be rescued.</source>
        <translation>在以下位置找不到通過檢查的備份：
%1
日誌沒有被更改：請保留這個檔案，它也許還能搶救。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="76"/>
        <source>Not Now</source>
        <translation>稍後再說</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="80"/>
        <source>Quit PartnerBook</source>
        <translation>結束 PartnerBook</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/dates.py" line="68"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>「%1」不是日期。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="36"/>
        <source>Welcome to PartnerBook</source>
        <translation>歡迎使用 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="42"/>
        <source>Keep what each partner and each person wants, what was said over coffee, and what was promised on both sides. Start with the company you work with most, or the person you met last.</source>
        <translation>記下每個合作夥伴與每個人想要什麼、喝咖啡時聊了什麼，以及雙方各自承諾了什麼。先從您最常合作的公司，或最近見過的人開始吧。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="67"/>
        <source>Write a first note…</source>
        <translation>寫第一則筆記…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="74"/>
        <source>Look around first</source>
        <translation>先四處看看</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="76"/>
        <source>A sample journal of its own: eight years of partners, people and notes in six languages. This one stays empty.</source>
        <translation>一本獨立的示範日誌：八年的合作夥伴、聯絡人與筆記，涵蓋六種語言。您的這本日誌仍保持空白。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="82"/>
        <source>Bring your contacts</source>
        <translation>匯入您的聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="84"/>
        <source>A vCard or CSV export from your phone, Google, Outlook or LinkedIn. You see what each contact becomes before anything is saved.</source>
        <translation>從手機、Google、Outlook 或 LinkedIn 匯出的 vCard 或 CSV 檔案。儲存之前，您會先看到每位聯絡人將如何匯入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="90"/>
        <source>Start from a conversation</source>
        <translation>從一次談話開始</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="92"/>
        <source>Who you met and what was said, as in a notebook. The people and the partner you name are added as you save.</source>
        <translation>見了誰、聊了什麼，就像寫在筆記本上。儲存時，您提到的聯絡人與合作夥伴會自動新增。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="105"/>
        <source>Or add one by hand:</source>
        <translation>或手動新增：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="108"/>
        <source>Add a partner</source>
        <translation>新增合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="110"/>
        <source>Add a person</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="61"/>
        <source>Import contacts…</source>
        <translation>匯入聯絡人…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="64"/>
        <source>From your phone, Google, Outlook or LinkedIn: a vCard or CSV export</source>
        <translation>來自手機、Google、Outlook 或 LinkedIn：vCard 或 CSV 匯出檔</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="56"/>
        <source>Explore the demo journal</source>
        <translation>探索示範日誌</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="58"/>
        <source>A separate sample journal with eight years of multilingual relationships</source>
        <translation>獨立的範例日誌，內含八年份的多語言關係紀錄</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="120"/>
        <source>History</source>
        <translation>歷程</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="128"/>
        <source>Log a Note…</source>
        <translation>新增筆記…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="129"/>
        <source>A quick note about them, with a follow-up if you like</source>
        <translation>快速記下關於對方的筆記，也可以順便設定追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="137"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="141"/>
        <source>Track record</source>
        <translation>往來紀錄</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="143"/>
        <source>Note a Give or Take…</source>
        <translation>記錄付出或收穫…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="145"/>
        <source>A favour, an introduction, a referral, a resource, a payment</source>
        <translation>人情、引薦、轉介、資源或款項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="205"/>
        <source>Stay in touch</source>
        <translation>保持聯繫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="209"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="210"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="211"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="210"/>
        <source>Anything else worth remembering</source>
        <translation>其他值得記住的事</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="228"/>
        <source>Brief…</source>
        <translation>簡報…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="230"/>
        <source>The one-page meeting brief, to read, print or save (Ctrl+B)</source>
        <translation>一頁式會前簡報，可閱讀、列印或儲存（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="234"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="309"/>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="238"/>
        <source>Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)</source>
        <translation>封存的聯絡人與合作夥伴會從清單中移除，但保留所有歷程（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="257"/>
        <source>Save state</source>
        <translation>儲存狀態</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="306"/>
        <source>Changes save as you type</source>
        <translation>輸入時自動儲存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="241"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="309"/>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="34"/>
        <source>E&amp;xport</source>
        <translation>匯出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="43"/>
        <source>Export Everything as a JSON &amp;Archive…</source>
        <translation>全部匯出為 JSON 封存檔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="45"/>
        <source>JSON archive (*.json)</source>
        <translation>JSON 封存檔 (*.json)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="49"/>
        <source>Export People as &amp;vCards…</source>
        <translation>將聯絡人匯出為 vCard(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="51"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="53"/>
        <source>Export People as &amp;CSV…</source>
        <translation>將聯絡人匯出為 CSV(&amp;C)…</translation>
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
        <translation>將合作夥伴匯出為 CSV(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="62"/>
        <source>Export Follow-ups as a Ca&amp;lendar…</source>
        <translation>將追蹤事項匯出為行事曆(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="64"/>
        <source>Calendar (*.ics)</source>
        <translation>行事曆 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="98"/>
        <source>Exporting to %1…</source>
        <translation>正在匯出至 %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="121"/>
        <source>Wrote %1 people, %2 partners and %3 entries to %4</source>
        <translation>已將 %1 位聯絡人、%2 個合作夥伴及 %3 個項目寫入 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="131"/>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="139"/>
        <source>Wrote %n people to %1</source>
        <translation>
            <numerusform>已將 %n 位聯絡人寫入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="137"/>
        <source>Wrote %n partners to %1</source>
        <translation>
            <numerusform>已將 %n 個合作夥伴寫入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="146"/>
        <source>Wrote %1 follow-ups and %2 promises to %3</source>
        <translation>已將 %1 個追蹤事項與 %2 項承諾寫入 %3</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="113"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="115"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="117"/>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="118"/>
        <source>Warmth</source>
        <translation>熱度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="70"/>
        <source>The name of whom it was for</source>
        <translation>受益人姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="77"/>
        <location filename="../../partnerbook/services/people.py" line="66"/>
        <source>The name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="78"/>
        <source>The standing</source>
        <translation>關係狀態</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="79"/>
        <source>The website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="80"/>
        <location filename="../../partnerbook/services/people.py" line="72"/>
        <source>The city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="81"/>
        <location filename="../../partnerbook/services/people.py" line="73"/>
        <source>The country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="82"/>
        <location filename="../../partnerbook/services/people.py" line="82"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="83"/>
        <source>The scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="84"/>
        <source>Responsibilities</source>
        <translation>職責</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="85"/>
        <source>The revenue share</source>
        <translation>營收分潤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="86"/>
        <source>The terms</source>
        <translation>條款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="87"/>
        <source>The renewal date</source>
        <translation>續約日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="88"/>
        <source>Referral terms</source>
        <translation>推薦條款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="89"/>
        <source>The fee per referral</source>
        <translation>每次推薦費用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="90"/>
        <source>The referral percentage</source>
        <translation>推薦分潤比例</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="91"/>
        <source>The currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="92"/>
        <location filename="../../partnerbook/services/people.py" line="80"/>
        <source>The ideal rhythm</source>
        <translation>理想頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="93"/>
        <location filename="../../partnerbook/services/people.py" line="81"/>
        <source>&apos;Too long&apos;</source>
        <translation>「太久」</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="94"/>
        <source>The review rhythm</source>
        <translation>評估頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="107"/>
        <source>Complementary strengths</source>
        <translation>優勢互補</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="108"/>
        <source>Audience fit</source>
        <translation>受眾契合度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="109"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="110"/>
        <source>Size proportion</source>
        <translation>規模匹配</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="111"/>
        <source>Willingness</source>
        <translation>意願</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="112"/>
        <source>The note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="113"/>
        <source>Fit notes</source>
        <translation>契合度備註</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="114"/>
        <source>Assessed on</source>
        <translation>評估日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="122"/>
        <source>For whom</source>
        <translation>受益方</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="123"/>
        <source>The horizon</source>
        <translation>時間範圍</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="124"/>
        <source>The benefit</source>
        <translation>效益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="125"/>
        <source>The quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="126"/>
        <source>The unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="341"/>
        <source>Kinds</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="67"/>
        <source>The given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="68"/>
        <source>The family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="69"/>
        <source>The role</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="70"/>
        <source>The stakeholder role</source>
        <translation>利害關係人角色</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="71"/>
        <source>The department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="74"/>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="75"/>
        <source>The birthday month</source>
        <translation>生日（月）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="76"/>
        <source>The birthday day</source>
        <translation>生日（日）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="77"/>
        <source>The birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="78"/>
        <source>How we met</source>
        <translation>相識經過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="79"/>
        <source>Met on</source>
        <translation>相識日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="115"/>
        <location filename="../../partnerbook/services/people.py" line="127"/>
        <source>The kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="116"/>
        <source>The value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="117"/>
        <source>The label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="128"/>
        <source>Their words</source>
        <translation>對方原話</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="129"/>
        <source>How sure</source>
        <translation>把握程度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="132"/>
        <source>The strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="133"/>
        <source>Last confirmed</source>
        <translation>最近確認</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="141"/>
        <source>The category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="142"/>
        <source>The detail</source>
        <translation>細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="143"/>
        <source>Learned on</source>
        <translation>得知日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="135"/>
        <source>The summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="136"/>
        <source>The next steps</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>GiveTakeDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="51"/>
        <source>Give &amp; Take</source>
        <translation>付出與收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="67"/>
        <source>Given or received</source>
        <translation>付出或收到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="68"/>
        <source>I gave</source>
        <translation>我付出</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="69"/>
        <source>I received</source>
        <translation>我收到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="71"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="78"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="80"/>
        <source>e.g. an intro to their CFO</source>
        <translation>例如：幫忙引薦對方的財務長</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="81"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="82"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="83"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="85"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="84"/>
        <source>today — or last week, 3 March…</source>
        <translation>今天，或上週、3月3日…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="87"/>
        <source>Whom the referral was for: a person or company</source>
        <translation>轉介對象：個人或公司</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="88"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="89"/>
        <source>Referred</source>
        <translation>轉介對象</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="92"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="95"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="99"/>
        <source>Value, if any</source>
        <translation>價值（如有）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="100"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="108"/>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="105"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="142"/>
        <source>When: that is not a date I understand.</source>
        <translation>時間：無法辨識這個日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="186"/>
        <source>Note a give or take</source>
        <translation>記錄付出或收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="208"/>
        <source>Edit a give or take</source>
        <translation>編輯付出或收穫</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="122"/>
        <source>Import Contacts — %1</source>
        <translation>匯入聯絡人 — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="148"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="150"/>
        <source>File format</source>
        <translation>檔案格式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="174"/>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="176"/>
        <source>Show records</source>
        <translation>顯示的資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="188"/>
        <source>Contacts in the file</source>
        <translation>檔案中的聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="224"/>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="227"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="237"/>
        <source>Save Error Re&amp;port…</source>
        <translation>儲存錯誤報告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="238"/>
        <source>Every record that could not be read, and why</source>
        <translation>列出每一筆無法讀取的資料及原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="241"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="689"/>
        <source>&amp;Undo Import</source>
        <translation>復原匯入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="244"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="247"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="286"/>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="333"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="363"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="369"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="378"/>
        <source>Nothing was imported.</source>
        <translation>未匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="391"/>
        <source>Automatic (%1)</source>
        <translation>自動（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="420"/>
        <source>There are no contacts in this file.</source>
        <translation>此檔案中沒有聯絡人。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="423"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln 筆新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="424"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln 筆更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="425"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln 筆未變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="427"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln 筆有錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="429"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln 筆有錯誤</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="432"/>
        <source>, </source>
        <comment>between the counts of an import</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="434"/>
        <source>Imported: %1.</source>
        <translation>已匯入：%1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="444"/>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="446"/>
        <source>To create (%1)</source>
        <translation>將新增（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="447"/>
        <source>To update (%1)</source>
        <translation>將更新（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="448"/>
        <source>Unchanged (%1)</source>
        <translation>未變更（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="449"/>
        <source>Errors (%1)</source>
        <translation>錯誤（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="489"/>
        <source>Record %1, line %2</source>
        <translation>第 %1 筆資料，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="516"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="541"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="548"/>
        <source>Importing %1 of %2…</source>
        <translation>正在匯入第 %1 筆，共 %2 筆…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="575"/>
        <source>Import of %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Record</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="629"/>
        <source>Errors in %1</source>
        <translation>%1 中的錯誤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="634"/>
        <source>Record %1, line %2: %3</source>
        <translation>第 %1 筆資料，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="646"/>
        <source>Text (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="646"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="648"/>
        <source>Save the Error Report</source>
        <translation>儲存錯誤報告</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="668"/>
        <source>Error report saved to %1</source>
        <translation>錯誤報告已儲存至 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="689"/>
        <source>&amp;Redo Import</source>
        <translation>重做匯入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="692"/>
        <source>The import was taken back.</source>
        <translation>已撤銷這次匯入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>%1 brings it all back.</source>
        <translation>按 %1 即可全部恢復。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="700"/>
        <source>%1 takes the whole import back.</source>
        <translation>按 %1 即可撤銷整批匯入。</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="55"/>
        <source>Created</source>
        <translation>已新增</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="56"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="57"/>
        <source>Skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="58"/>
        <location filename="../../partnerbook/ui/models/import_model.py" line="64"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="61"/>
        <source>Create</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="62"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="63"/>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="219"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="220"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="221"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="222"/>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="224"/>
        <source>What will happen</source>
        <translation>將執行的動作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="225"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="266"/>
        <source>Record %1</source>
        <translation>第 %1 筆資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="268"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="113"/>
        <source>Who&apos;s in Town</source>
        <translation>誰在當地</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="128"/>
        <source>Where are you going? Whom should you see there?</source>
        <translation>您要去哪裡？到了那裡該見誰？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="132"/>
        <source>City or country</source>
        <translation>城市或國家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="134"/>
        <source>A city or a country, typed any way: hanoi, ha noi, tel aviv, italia</source>
        <translation>城市或國家，怎麼輸入都可以：hanoi、ha noi、tel aviv、italia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="165"/>
        <source>People in town</source>
        <translation>當地的聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Last met</source>
        <translation>上次見面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="186"/>
        <source>Enter opens the person · L logs a note about them</source>
        <translation>Enter 開啟聯絡人 · L 為對方新增筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="189"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="191"/>
        <source>Log a Note…</source>
        <translation>新增筆記…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="193"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="253"/>
        <source>Type where you are going. Cities and countries come from people&apos;s pages; the people you have not seen for longest come first.</source>
        <translation>輸入您要去的地方。城市與國家取自聯絡人頁面；最久沒見的人排在最前面。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="260"/>
        <source>Nobody in “%1” yet. Try the beginning of the city or the country.</source>
        <translation>「%1」目前還沒有聯絡人。請試著輸入城市或國家名稱的開頭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="265"/>
        <source>%n person(s), never met or longest unseen first.</source>
        <translation>
            <numerusform>%n 位聯絡人，從未見過或最久沒見的排在前面。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InTownDialogText</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="88"/>
        <source>never met</source>
        <translation>從未見過面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="90"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="92"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="94"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="96"/>
        <source>%1 weeks ago</source>
        <translation>%1 週前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="98"/>
        <source>%1 months ago</source>
        <translation>%1 個月前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="99"/>
        <source>%1 years ago</source>
        <translation>%1 年前</translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="109"/>
        <source>Title (the notes&apos; first line if left empty)</source>
        <translation>標題（留空則使用筆記的第一行）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="110"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="111"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="113"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="115"/>
        <source>Open the page of someone or a partner in this note</source>
        <translation>開啟此筆記中某位聯絡人或合作夥伴的頁面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="116"/>
        <source>Open a person&apos;s or partner&apos;s page</source>
        <translation>開啟聯絡人或合作夥伴的頁面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="120"/>
        <source>Move to Trash</source>
        <translation>移至垃圾桶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="121"/>
        <source>Ctrl+Z brings it back</source>
        <translation>按 Ctrl+Z 可復原</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="126"/>
        <source>Changes save as you type</source>
        <translation>輸入時自動儲存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="128"/>
        <source>Save state</source>
        <translation>儲存狀態</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="132"/>
        <source>What happened</source>
        <translation>經過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="144"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="140"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="142"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="145"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="147"/>
        <source>A café, their office, a video link…</source>
        <translation>咖啡廳、對方辦公室、視訊連結…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="148"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="150"/>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="152"/>
        <source>Add someone: type three letters…</source>
        <translation>新增人員：輸入名字的前幾個字…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="163"/>
        <source>With</source>
        <translation>參與者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="171"/>
        <source>Add a partner…</source>
        <translation>新增合作夥伴…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="172"/>
        <source>Add a partner</source>
        <translation>新增合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="175"/>
        <source>Partners</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="177"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="190"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="191"/>
        <source>Warmth</source>
        <translation>熱絡度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="178"/>
        <source>How warm it felt, from cold (−2) to warm (+2)</source>
        <translation>氣氛有多熱絡，從冷淡（−2）到熱絡（+2）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="179"/>
        <source>Not rated</source>
        <translation>未評分</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="181"/>
        <source>Warm</source>
        <translation>熱絡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="182"/>
        <source>Friendly</source>
        <translation>友好</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="183"/>
        <source>Neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="184"/>
        <source>Cool</source>
        <translation>偏冷淡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="185"/>
        <source>Cold</source>
        <translation>冷淡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="242"/>
        <source>Topics learned</source>
        <translation>得知的話題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="198"/>
        <source>Invitation sent</source>
        <translation>已寄出邀請</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="199"/>
        <source>Agenda shared</source>
        <translation>已分享議程</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="200"/>
        <source>Recap sent</source>
        <translation>已寄出會議摘要</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="201"/>
        <source>Files printed</source>
        <translation>已列印資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="210"/>
        <source>Legwork</source>
        <translation>會務準備</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="215"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="226"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="230"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="217"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="393"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="219"/>
        <source>Show the notes as formatted text (Ctrl+Shift+V)</source>
        <translation>以格式化文字顯示筆記（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="225"/>
        <source>What was said. Markdown works: # headings, - lists, **bold**.</source>
        <translation>聊了些什麼。支援 Markdown：# 標題、- 清單、**粗體**。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="233"/>
        <source>Notes, formatted</source>
        <translation>筆記（已格式化）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="294"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="303"/>
        <source>When: &apos;%1&apos; is not a date.</source>
        <translation>時間：「%1」不是日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="305"/>
        <source>When: say when it happened.</source>
        <translation>時間：請填寫發生的時間。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="364"/>
        <source>Remove %1 from this note</source>
        <translation>從此筆記移除 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="365"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="393"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="468"/>
        <source>Edit partners</source>
        <translation>編輯合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="490"/>
        <source>Move a note to the trash</source>
        <translation>將筆記移至垃圾桶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="492"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>已移至垃圾桶。按 Ctrl+Z 可復原。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="54"/>
        <source>KPI / target</source>
        <translation>KPI / 目標</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="55"/>
        <source>Recognition from boss</source>
        <translation>獲得老闆肯定</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="56"/>
        <source>Standing with peers</source>
        <translation>同儕間的聲望</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="57"/>
        <source>Career</source>
        <translation>職涯發展</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="58"/>
        <source>Learning / novelty</source>
        <translation>學習 / 新鮮感</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="59"/>
        <source>Ease / comfort</source>
        <translation>輕鬆 / 省事</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="60"/>
        <source>Relationship / fun</source>
        <translation>交情 / 樂趣</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="61"/>
        <location filename="../../partnerbook/ui/labels.py" line="68"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="62"/>
        <source>Heard it</source>
        <translation>親耳聽到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="63"/>
        <source>Guessed</source>
        <translation>推測</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="64"/>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="65"/>
        <source>Hobby</source>
        <translation>嗜好</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="66"/>
        <source>Ask next time</source>
        <translation>下次可問</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="67"/>
        <source>Food &amp; drink</source>
        <translation>飲食喜好</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="69"/>
        <location filename="../../partnerbook/ui/labels.py" line="110"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="70"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="71"/>
        <source>Web</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="72"/>
        <source>Champion</source>
        <translation>內部支持者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="73"/>
        <source>Decision maker</source>
        <translation>決策者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="74"/>
        <source>Influencer</source>
        <translation>影響者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="75"/>
        <source>Blocker</source>
        <translation>阻礙者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="76"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="77"/>
        <source>Prospect</source>
        <translation>潛在夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="78"/>
        <source>Exploring</source>
        <translation>洽談中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="79"/>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="80"/>
        <source>Dormant</source>
        <translation>休眠中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="81"/>
        <source>Ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="82"/>
        <source>We are smaller</source>
        <translation>我方較小</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="83"/>
        <source>Peers</source>
        <translation>規模相當</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="84"/>
        <source>We are larger</source>
        <translation>我方較大</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="85"/>
        <source>For them</source>
        <translation>對方受益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="86"/>
        <source>For us</source>
        <translation>我方受益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="87"/>
        <source>Short term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="88"/>
        <source>Long term</source>
        <translation>長期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="89"/>
        <source>No referral terms</source>
        <translation>無轉介條件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="90"/>
        <source>Fixed fee per referral</source>
        <translation>每筆轉介固定費用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="91"/>
        <source>Percentage</source>
        <translation>抽成比例</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="92"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="93"/>
        <source>Quarterly</source>
        <translation>每季</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="94"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="95"/>
        <source>No rhythm set</source>
        <translation>未設定頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="96"/>
        <source>In touch</source>
        <translation>保持聯繫中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="97"/>
        <source>Due for contact</source>
        <translation>該聯絡了</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="98"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="99"/>
        <source>Interaction</source>
        <translation>互動</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="100"/>
        <source>Follow-up</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="101"/>
        <source>Promise</source>
        <translation>承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="102"/>
        <source>Give &amp; take</source>
        <translation>付出與收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="103"/>
        <source>Review</source>
        <translation>評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="104"/>
        <source>Stage change</source>
        <translation>階段變更</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="105"/>
        <source>Coffee</source>
        <translation>喝咖啡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="106"/>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="107"/>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="108"/>
        <source>Video call</source>
        <translation>視訊通話</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="109"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="111"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="112"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="113"/>
        <source>Open</source>
        <comment>status of a follow-up (a task): not done yet</comment>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="114"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="115"/>
        <source>Dismissed</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="116"/>
        <source>I promised</source>
        <translation>我的承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="117"/>
        <source>They promised</source>
        <translation>對方的承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="118"/>
        <source>Open</source>
        <comment>status of a promise: not kept or broken yet</comment>
        <translation>未兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="119"/>
        <source>Kept</source>
        <translation>已兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="120"/>
        <source>Broken</source>
        <translation>未兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="121"/>
        <source>Released</source>
        <translation>已解除</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="122"/>
        <source>Given</source>
        <translation>付出</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="123"/>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="124"/>
        <source>Favour</source>
        <translation>人情</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="125"/>
        <source>Introduction</source>
        <translation>引薦</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="126"/>
        <source>Referral</source>
        <translation>轉介</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="127"/>
        <source>Resource</source>
        <translation>資源</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="128"/>
        <source>Payment</source>
        <translation>款項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="129"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="130"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="131"/>
        <source>Lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="140"/>
        <source>They are bigger: be gentle and take on the legwork — schedule, send the invitations, write the recap, print the files.</source>
        <translation>對方規模較大：態度放軟，主動承擔會務準備 — 安排時間、寄出邀請、撰寫會議摘要、列印資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="144"/>
        <source>Peers: share the legwork and agree in writing who does what.</source>
        <translation>規模相當 — 分擔會務準備，並以書面約定誰負責什麼。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="147"/>
        <source>We are bigger: make it easy for them to work with us and keep our promises small and sure.</source>
        <translation>我方規模較大：讓對方能輕鬆與我們合作，承諾要小而確實。</translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="29"/>
        <source>Warning about where the journal is</source>
        <translation>關於日誌位置的警告</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="31"/>
        <source>Move the Journal…</source>
        <translation>移動日誌…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="37"/>
        <source>Close the warning</source>
        <translation>關閉警告</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="43"/>
        <source>To move the journal somewhere safe:

1. Quit PartnerBook.
2. Move %1 (and the folder of backups beside it) to a folder on this computer that is not synced, e.g. your user data folder.
3. Open it there: partnerbook --db NEW_PATH, or leave it in the default place.

To share it between computers, copy a backup (File → Back Up Now) instead of syncing the open journal.</source>
        <translation>要把日誌移到安全的位置：

1. 結束 PartnerBook。
2. 把 %1（以及旁邊的備份資料夾）移到這台電腦上不會同步的資料夾，例如使用者資料資料夾。
3. 在那裡開啟它：partnerbook --db 新路徑，或放在預設位置。

若要在多台電腦之間共用，請複製一份備份（檔案 → 立即備份），而不是同步正在開啟的日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="53"/>
        <source>Move the Journal</source>
        <translation>移動日誌</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="155"/>
        <source>Relationships</source>
        <translation>人脈關係</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="160"/>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="163"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="164"/>
        <source>People</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="165"/>
        <source>Partners</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="166"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="167"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="215"/>
        <source>Log what was said, in seconds</source>
        <translation>幾秒內記下談話內容</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="218"/>
        <source>New &amp;Person…</source>
        <translation>新增聯絡人(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="221"/>
        <source>Add a person</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="224"/>
        <source>New Pa&amp;rtner…</source>
        <translation>新增合作夥伴(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="224"/>
        <source>Add a partner</source>
        <translation>新增合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="227"/>
        <source>&amp;Import Contacts…</source>
        <translation>匯入聯絡人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="230"/>
        <source>Bring people in from a vCard or a Google, LinkedIn or Outlook CSV</source>
        <translation>從 vCard 或 Google、LinkedIn、Outlook 的 CSV 匯入聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="233"/>
        <source>Open the &amp;Demo Journal</source>
        <translation>開啟示範日誌(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="236"/>
        <source>A separate sample journal to explore</source>
        <translation>可供探索的獨立範例日誌</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="242"/>
        <source>Save a verified copy of the journal</source>
        <translation>儲存一份經過驗證的日誌副本</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="245"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="247"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="250"/>
        <source>&amp;Search…</source>
        <translation>搜尋(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="253"/>
        <source>Search people, partners and notes</source>
        <translation>搜尋聯絡人、合作夥伴與筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="256"/>
        <source>&amp;Filter the List</source>
        <translation>篩選清單(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="259"/>
        <source>Filter the list</source>
        <translation>篩選清單</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="262"/>
        <source>P&amp;resentation Mode</source>
        <translation>簡報模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="265"/>
        <source>Hide motivations, personal details, notes and the give &amp; take while sharing</source>
        <translation>分享螢幕時隱藏動機、個人資料、備註與付出與收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="273"/>
        <source>People in a city or country, the longest unseen first</source>
        <translation>某個城市或國家的聯絡人，最久沒見的排在前面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="276"/>
        <source>&amp;Go To…</source>
        <translation>前往(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="279"/>
        <source>Jump to a person, a partner, a view or an action</source>
        <translation>跳至聯絡人、合作夥伴、檢視或動作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="282"/>
        <source>&amp;Archive or Unarchive</source>
        <translation>封存或取消封存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="285"/>
        <source>Archived people and partners leave the lists but keep their history</source>
        <translation>封存的聯絡人與合作夥伴會從清單中移除，但保留所有歷程</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="288"/>
        <source>Move to &amp;Trash</source>
        <translation>移至垃圾桶(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="291"/>
        <source>Move the selected person or partner to the trash</source>
        <translation>將選取的聯絡人或合作夥伴移至垃圾桶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="294"/>
        <source>Meeting &amp;Brief…</source>
        <translation>會前簡報(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="297"/>
        <source>One page on the selected person or partner, to read or print</source>
        <translation>選取的聯絡人或合作夥伴的一頁式簡報，可閱讀或列印</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="300"/>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="301"/>
        <source>&amp;People</source>
        <translation>聯絡人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="303"/>
        <source>P&amp;artners</source>
        <translation>合作夥伴(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="306"/>
        <source>&amp;Timeline</source>
        <translation>時間軸(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="308"/>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="313"/>
        <location filename="../../partnerbook/ui/main_window.py" line="327"/>
        <source>Follow the &amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="314"/>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="315"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="342"/>
        <source>Open PartnerBook when you log in, so reminders come on time</source>
        <translation>登入時開啟 PartnerBook，讓提醒準時出現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="346"/>
        <source>&amp;About PartnerBook</source>
        <translation>關於 PartnerBook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="351"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="366"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="372"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="212"/>
        <source>Quick &amp;Note…</source>
        <translation>快速筆記(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="239"/>
        <source>Back &amp;Up Now</source>
        <translation>立即備份(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="270"/>
        <source>&amp;Who&apos;s in Town…</source>
        <translation>誰在當地(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="316"/>
        <source>&amp;High Contrast</source>
        <translation>高對比(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="340"/>
        <source>Start at Lo&amp;gin</source>
        <translation>登入時啟動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="378"/>
        <source>T&amp;heme</source>
        <translation>佈景主題(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="380"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="385"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="389"/>
        <source>Main toolbar</source>
        <translation>主要工具列</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="440"/>
        <source>The journal this window shows</source>
        <translation>此視窗顯示的日誌</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="442"/>
        <location filename="../../partnerbook/ui/main_window.py" line="460"/>
        <source>Presentation mode</source>
        <translation>簡報模式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="444"/>
        <source>Presentation mode is on</source>
        <translation>簡報模式已開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="447"/>
        <source>Motivations, personal details, notes and the give &amp; take are hidden (Ctrl+Shift+P)</source>
        <translation>動機、個人資料、備註與付出與收穫已隱藏（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="660"/>
        <source>Follow up now</source>
        <translation>現在該追蹤了</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="717"/>
        <source>PartnerBook will open when you log in.</source>
        <translation>登入時將開啟 PartnerBook。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="719"/>
        <source>PartnerBook will no longer open at login.</source>
        <translation>登入時將不再開啟 PartnerBook。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="741"/>
        <source>View</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="784"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="868"/>
        <source>This entry has no note to open; open its people from the list.</source>
        <translation>此項目沒有可開啟的筆記；請從清單開啟相關的聯絡人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="910"/>
        <source>Contacts (%1)</source>
        <translation>聯絡人檔案 (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="914"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="918"/>
        <source>Import Contacts</source>
        <translation>匯入聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="974"/>
        <source>Select a person or a partner to see their brief.</source>
        <translation>請選取聯絡人或合作夥伴以檢視其簡報。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="1012"/>
        <source>About PartnerBook</source>
        <translation>關於 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="1014"/>
        <source>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;A relationship journal for partnership managers, business developers and sales people.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;專為合作夥伴經理、業務開發與銷售人員打造的人脈關係日誌。&lt;/p&gt;&lt;p&gt;您的日誌：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetailView</name>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="133"/>
        <source>Show archived</source>
        <translation>顯示已封存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="369"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="375"/>
        <source>%1 shown</source>
        <translation>顯示 %1 筆</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="447"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>已移至垃圾桶。按 Ctrl+Z 可復原。</translation>
    </message>
</context>
<context>
    <name>Noun</name>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="41"/>
        <source>person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="42"/>
        <source>partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="43"/>
        <source>note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="44"/>
        <source>follow-up</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="45"/>
        <source>review</source>
        <translation>評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="46"/>
        <source>give &amp; take item</source>
        <translation>付出與收穫紀錄</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="47"/>
        <source>contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="48"/>
        <source>motivation</source>
        <translation>動機</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="49"/>
        <source>personal detail</source>
        <translation>個人細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="50"/>
        <source>benefit</source>
        <translation>效益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="51"/>
        <source>entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="52"/>
        <source>promise</source>
        <translation>承諾</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="76"/>
        <source>Partner name</source>
        <translation>合作夥伴名稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="84"/>
        <source>Write a Review…</source>
        <translation>撰寫評估…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="85"/>
        <source>KPIs against their targets, a summary, next steps</source>
        <translation>KPI 與目標對照、摘要、後續步驟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="103"/>
        <source>Relationship</source>
        <translation>合作關係</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="108"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="118"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <source>e.g. bank, e-wallet, designer</source>
        <translation>例如：銀行、電子錢包、設計師</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="125"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="127"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="128"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="129"/>
        <source>Standing</source>
        <translation>相對規模</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="128"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="131"/>
        <source>Our size</source>
        <translation>我方規模</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="137"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="140"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="145"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="141"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="139"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="142"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="146"/>
        <source>Based in</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="147"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="151"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="155"/>
        <source>What we bring each other</source>
        <translation>互惠價值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="166"/>
        <source>For whom</source>
        <translation>受益方</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="173"/>
        <source>Horizon</source>
        <translation>時程</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="178"/>
        <source>Benefit, concrete</source>
        <translation>具體效益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="181"/>
        <source>How much</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="185"/>
        <source>how much</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="189"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="193"/>
        <source>unit, e.g. customers</source>
        <translation>單位，例如：客戶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="197"/>
        <source>Add benefit</source>
        <translation>新增效益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="203"/>
        <source>Write 2–3 short-term and 2–3 long-term benefits for them, quantified.</source>
        <translation>為對方寫下 2–3 項短期與 2–3 項長期效益，並加以量化。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="211"/>
        <source>Fit</source>
        <translation>契合度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="213"/>
        <source>Complementary strengths</source>
        <translation>優勢互補</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="214"/>
        <source>Audience fit</source>
        <translation>受眾契合</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="215"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="216"/>
        <source>Size proportion</source>
        <translation>規模相稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="217"/>
        <source>Willingness to cooperate</source>
        <translation>合作意願</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="229"/>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="229"/>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="237"/>
        <source>Overall: why they fit, or not</source>
        <translation>整體而言：為什麼契合或不契合</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="237"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="238"/>
        <source>Fit notes</source>
        <translation>契合度備註</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <source>Agreement</source>
        <translation>合作協議</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <source>What we do together</source>
        <translation>雙方合作的內容</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="266"/>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="267"/>
        <source>Who does what</source>
        <translation>誰負責什麼</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="255"/>
        <source>Responsibilities</source>
        <translation>職責分工</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>e.g. 70/30 on net revenue</source>
        <translation>例如：淨營收 70/30 分配</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="257"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="268"/>
        <source>Revenue share</source>
        <translation>營收分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="250"/>
        <source>Duration, exclusivity, notice…</source>
        <translation>期限、獨家條款、終止通知期…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="250"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="258"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="269"/>
        <source>Terms</source>
        <translation>條款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="262"/>
        <source>Renewal date</source>
        <translation>續約日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="270"/>
        <source>Renewal</source>
        <translation>續約</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="273"/>
        <source>Referral terms</source>
        <translation>轉介條件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="274"/>
        <source>fee</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="274"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="279"/>
        <source>Fee per referral</source>
        <translation>每筆轉介費用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="283"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="288"/>
        <source>Referral percentage</source>
        <translation>轉介抽成比例</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="292"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="294"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>Referrals</source>
        <translation>轉介</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="304"/>
        <source>Review rhythm</source>
        <translation>評估頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <source>No reviews</source>
        <translation>不評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="305"/>
        <source>Reviews</source>
        <translation>評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="309"/>
        <source>People</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="329"/>
        <source>Referral terms: none agreed.</source>
        <translation>轉介條件：尚未約定。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="332"/>
        <source>Referral terms: a fixed fee of %1 per referral.</source>
        <translation>轉介條件：每筆轉介固定費用 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="335"/>
        <source>Referral terms: %1 % of each referral.</source>
        <translation>轉介條件：每筆轉介抽成 %1%。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="336"/>
        <source>Referral terms: %1.</source>
        <translation>轉介條件：%1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="354"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="359"/>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="371"/>
        <source>Benefits for them so far: %1 short-term, %2 long-term. Aim for two or three of each, concrete and quantified.</source>
        <translation>目前為對方列出的效益：短期 %1 項、長期 %2 項。建議各列兩到三項，具體且量化。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="382"/>
        <source>Average %1 / 5</source>
        <translation>平均 %1 / 5</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="396"/>
        <source>Nobody here yet: set this partner on a person&apos;s page.</source>
        <translation>目前還沒有人：請在聯絡人頁面上設定此合作夥伴。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="406"/>
        <source>(before, until %1)</source>
        <translation>（先前任職，至 %1 為止）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="419"/>
        <source>Open %1</source>
        <translation>開啟 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="460"/>
        <source>Change stage</source>
        <translation>變更階段</translation>
    </message>
</context>
<context>
    <name>PartnersViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="39"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="40"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="42"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="46"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="48"/>
        <source>People</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="53"/>
        <source>Last contact</source>
        <translation>上次聯絡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="58"/>
        <source>Stay in touch</source>
        <translation>保持聯繫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="108"/>
        <source>New partner</source>
        <translation>新增合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="109"/>
        <source>Name of the organisation:</source>
        <translation>組織名稱：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="110"/>
        <source>Add partner</source>
        <translation>新增合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="111"/>
        <source>Move partner to the trash</source>
        <translation>將合作夥伴移至垃圾桶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="114"/>
        <source>Pick a partner on the left, or press %1 to add one.</source>
        <translation>請從左側選擇合作夥伴，或按 %1 新增。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="126"/>
        <source>Filter by name, kind, stage or city (Ctrl+Shift+F)</source>
        <translation>依名稱、類型、階段或城市篩選（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="35"/>
        <source>Encrypted Journal</source>
        <translation>加密日誌</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="39"/>
        <source>The journal %1 is encrypted. Type its passphrase.</source>
        <translation>日誌 %1 已加密。請輸入它的密碼片語。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="48"/>
        <source>Passphrase</source>
        <translation>密碼片語</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="57"/>
        <source>Remember on this computer</source>
        <translation>在這台電腦上記住</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="59"/>
        <source>Keep the passphrase in the system&apos;s keyring.</source>
        <translation>將密碼片語保存在系統的鑰匙圈中。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="64"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="69"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="84"/>
        <source>The passphrase does not open this journal. Try again.</source>
        <translation>這個密碼片語無法開啟此日誌，請再試一次。</translation>
    </message>
</context>
<context>
    <name>PeopleChips</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="58"/>
        <source>Who? Type three letters…</source>
        <translation>是誰？輸入名字的前幾個字…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="59"/>
        <source>People</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="61"/>
        <source>Type part of a name and press Enter to add the person</source>
        <translation>輸入部分姓名並按 Enter，即可新增此人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="118"/>
        <source>New person &quot;%1&quot;</source>
        <translation>新增聯絡人「%1」</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="172"/>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="175"/>
        <source>Remove %1 from this note</source>
        <translation>從此筆記移除 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="178"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>PeopleViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="44"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="45"/>
        <source>Role</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="46"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="48"/>
        <source>Last contact</source>
        <translation>上次聯絡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="53"/>
        <source>Stay in touch</source>
        <translation>保持聯繫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="108"/>
        <source>New person</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="109"/>
        <source>Name (in any script):</source>
        <translation>姓名（任何文字皆可）：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="110"/>
        <source>Add person</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="111"/>
        <source>Move person to the trash</source>
        <translation>將聯絡人移至垃圾桶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="114"/>
        <source>Pick someone on the left, or press %1 to add a person.</source>
        <translation>請從左側選擇聯絡人，或按 %1 新增聯絡人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="126"/>
        <source>Filter by name, partner, city or tag (Ctrl+Shift+F)</source>
        <translation>依姓名、合作夥伴、城市或標籤篩選（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="85"/>
        <source>What&apos;s in it for them</source>
        <translation>對方能得到什麼</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="88"/>
        <source>You partner with a company, but you work with a person. What does this person personally get: a KPI, looking good to the boss, comfort, fun?</source>
        <translation>您合作的是公司，但共事的是人。這個人自己能得到什麼：達成 KPI、在老闆面前有面子、輕鬆省事，還是樂趣？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="103"/>
        <source>Motivation</source>
        <translation>動機</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="108"/>
        <source>In their words</source>
        <translation>對方原話</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="111"/>
        <source>How sure</source>
        <translation>確定程度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="116"/>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="119"/>
        <source>Last confirmed</source>
        <translation>上次確認</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="122"/>
        <source>last confirmed</source>
        <translation>上次確認</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="126"/>
        <source>Add motivation</source>
        <translation>新增動機</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="132"/>
        <source>No motivation noted yet. Ask, listen, and write down what you hear.</source>
        <translation>尚未記錄任何動機。多問、多聽，並記下您聽到的內容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="141"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="148"/>
        <source>New partner &quot;%1&quot;</source>
        <translation>新增合作夥伴「%1」</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="151"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="154"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="152"/>
        <source>Type to find a partner</source>
        <translation>輸入以尋找合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <source>e.g. Head of Partnerships</source>
        <translation>例如：合作夥伴關係主管</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="157"/>
        <source>Role</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="159"/>
        <source>Stakeholder role</source>
        <translation>利害關係人角色</translation>
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
        <translation>扮演角色</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="161"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="162"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="163"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="168"/>
        <source>Before</source>
        <translation>先前任職</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="173"/>
        <source>Personal</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="180"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="207"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="185"/>
        <source>Detail</source>
        <translation>細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="186"/>
        <source>Learned on</source>
        <translation>得知日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="189"/>
        <source>Add personal detail</source>
        <translation>新增個人細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="191"/>
        <source>Family, hobbies, what to ask about next time: coffee talk is made of these.</source>
        <translation>家人、嗜好、下次可以聊什麼：喝咖啡時的話題就從這些來。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="200"/>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>Email, phone or web address</source>
        <translation>電子郵件、電話或網址</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="214"/>
        <source>Label</source>
        <translation>標示</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="214"/>
        <source>work, home…</source>
        <translation>公司、住家…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="218"/>
        <source>Add email, phone or link</source>
        <translation>新增電子郵件、電話或連結</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="228"/>
        <source>About</source>
        <translation>基本資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="231"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="233"/>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="232"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="234"/>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="237"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="239"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="241"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="240"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="242"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="245"/>
        <source>Lives in</source>
        <translation>居住地</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <source>e.g. vi, en</source>
        <translation>例如：zh, en</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="248"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="251"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="304"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="305"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <source>Where and how you met</source>
        <translation>在哪裡、如何認識的</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="254"/>
        <source>How we met</source>
        <translation>認識經過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="255"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="255"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="258"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="260"/>
        <source>Met on</source>
        <translation>認識日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="267"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="277"/>
        <source>Introduced by</source>
        <translation>介紹人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="268"/>
        <source>Type to find who introduced you</source>
        <translation>輸入以尋找介紹人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <source>e.g. fintech, Hanoi, VIP</source>
        <translation>例如：金融科技、河內、VIP</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="280"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="282"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="293"/>
        <source>Birthday day</source>
        <translation>生日（日）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="295"/>
        <source>Birthday month</source>
        <translation>生日（月）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="301"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="306"/>
        <source>Birth year (optional)</source>
        <translation>出生年份（選填）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="301"/>
        <source>year?</source>
        <translation>年份？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="339"/>
        <source>%1 at %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="346"/>
        <source>%1, %2 (until %3)</source>
        <translation>%2 %1（至 %3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="347"/>
        <source>no role noted</source>
        <translation>未記錄職稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="348"/>
        <source>a deleted partner</source>
        <translation>已刪除的合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="352"/>
        <source>No earlier partners</source>
        <translation>沒有先前任職的合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="358"/>
        <source>%1 · last contact %2</source>
        <translation>%1 · 上次聯絡 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="390"/>
        <source>Change partner</source>
        <translation>變更合作夥伴</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../partnerbook/ui/presentation.py" line="32"/>
        <source>Hidden while presenting</source>
        <translation>簡報時隱藏</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="205"/>
        <source>This is not a PartnerBook archive: the JSON cannot be read ({error}).</source>
        <translation>這不是 PartnerBook 封存檔：無法讀取 JSON（{error}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="207"/>
        <location filename="../../partnerbook/services/archive.py" line="212"/>
        <source>Give a file made by &apos;partnerbook export json&apos;.</source>
        <translation>請提供由「partnerbook export json」產生的檔案。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="211"/>
        <source>This JSON file is not a PartnerBook archive.</source>
        <translation>這個 JSON 檔不是 PartnerBook 封存檔。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="218"/>
        <source>This archive was written by a newer PartnerBook (format {version}).</source>
        <translation>此封存檔由較新版本的 PartnerBook 寫入（格式 {version}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="221"/>
        <source>Update PartnerBook, then import it again.</source>
        <translation>請更新 PartnerBook，然後重新匯入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="228"/>
        <source>This archive holds parts this PartnerBook does not know ({parts}).</source>
        <translation>此封存檔包含這個版本的 PartnerBook 不認得的部分（{parts}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="232"/>
        <location filename="../../partnerbook/services/archive.py" line="264"/>
        <source>It was probably written by a newer PartnerBook: update, then import it again.</source>
        <translation>它可能是較新版本的 PartnerBook 寫入的：請更新後重新匯入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="243"/>
        <source>The archive&apos;s &apos;{name}&apos; is not a list of rows.</source>
        <translation>封存檔中的「{name}」不是資料列清單。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="251"/>
        <source>{name}[{number}] in the archive is not a row.</source>
        <translation>封存檔中的 {name}[{number}] 不是一列資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="258"/>
        <source>{name}[{number}] has columns this PartnerBook does not know ({columns}).</source>
        <translation>{name}[{number}] 含有這個版本的 PartnerBook 不認得的欄位（{columns}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="276"/>
        <source>{table}[{number}].{column} in the archive is wrong: {value} ({error}).</source>
        <translation>封存檔中的 {table}[{number}].{column} 有誤：{value}（{error}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="283"/>
        <location filename="../../partnerbook/services/archive.py" line="309"/>
        <source>Nothing was imported. Export the archive again from PartnerBook.</source>
        <translation>未匯入任何資料。請從 PartnerBook 重新匯出封存檔。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="307"/>
        <source>The archive&apos;s rows do not fit together: {orig}.</source>
        <translation>封存檔中的各列資料對不上：{orig}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="322"/>
        <source>A JSON archive is a whole journal: it goes into a new, empty one (this one holds {people} people, {partners} partners, {entries} entries).</source>
        <translation>JSON 封存檔是整本日誌：只能匯入到新的空白日誌中（這本日誌已有 {people} 位聯絡人、{partners} 個合作夥伴、{entries} 個項目）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="330"/>
        <source>Import it into a new file: partnerbook --db restored.sqlite import ARCHIVE.json</source>
        <translation>請匯入到新檔案中：partnerbook --db restored.sqlite import ARCHIVE.json</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="64"/>
        <source>Starting at login could not be turned on: {detail}.</source>
        <translation>無法開啟登入時啟動：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="69"/>
        <source>Starting at login could not be turned off: {detail}.</source>
        <translation>無法關閉登入時啟動：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="73"/>
        <source>Check that your settings folder is writable.</source>
        <translation>請確認您的設定資料夾可以寫入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="103"/>
        <source>The name is empty.</source>
        <translation>名稱是空的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="103"/>
        <source>Give the person&apos;s or the partner&apos;s name.</source>
        <translation>請提供聯絡人或合作夥伴的名稱。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="114"/>
        <source>No person is called &apos;{name}&apos;.</source>
        <translation>沒有名為「{name}」的聯絡人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="116"/>
        <source>No partner is called &apos;{name}&apos;.</source>
        <translation>沒有名為「{name}」的合作夥伴。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="118"/>
        <source>No person or partner is called &apos;{name}&apos;.</source>
        <translation>沒有名為「{name}」的聯絡人或合作夥伴。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="122"/>
        <source>Check the spelling, type the beginning of a name, or give its number, e.g. &apos;#12&apos;.</source>
        <translation>請檢查拼寫，輸入名稱的開頭，或提供編號，例如「#12」。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="134"/>
        <source>Check the number.</source>
        <translation>請檢查編號。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="140"/>
        <location filename="../../partnerbook/services/capture.py" line="114"/>
        <source>There is no person {number}.</source>
        <translation>沒有聯絡人 {number}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="142"/>
        <source>There is no partner {number}.</source>
        <translation>沒有合作夥伴 {number}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="143"/>
        <source>There is no person or partner {number}.</source>
        <translation>沒有聯絡人或合作夥伴 {number}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="42"/>
        <source>The note is empty.</source>
        <translation>筆記是空的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="43"/>
        <source>Type what was said, e.g. partnerbook note &apos;Coffee…&apos;.</source>
        <translation>請輸入談話內容，例如 partnerbook note &apos;咖啡…&apos;。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="49"/>
        <source>The note is {size} MB; a note can hold up to 1 MB of text.</source>
        <translation>這則筆記有 {size} MB；一則筆記最多可容納 1 MB 文字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="53"/>
        <source>Split it into several notes, or keep the long document as a file and note where it is. Nothing was saved.</source>
        <translation>請拆成幾則筆記，或將長文件另存為檔案並記下它的位置。未儲存任何資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="65"/>
        <source>The person name is empty.</source>
        <translation>聯絡人姓名是空的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="67"/>
        <source>The partner name is empty.</source>
        <translation>合作夥伴名稱是空的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="68"/>
        <source>Give the person&apos;s name.</source>
        <translation>請提供聯絡人的姓名。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="70"/>
        <source>Give the partner&apos;s name.</source>
        <translation>請提供合作夥伴的名稱。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="76"/>
        <source>The person name is {length} characters long; the limit is {limit}.</source>
        <translation>聯絡人姓名有 {length} 個字元；上限為 {limit} 個。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="82"/>
        <source>The partner name is {length} characters long; the limit is {limit}.</source>
        <translation>合作夥伴名稱有 {length} 個字元；上限為 {limit} 個。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="87"/>
        <source>Use a shorter name.</source>
        <translation>請使用較短的名稱。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="115"/>
        <source>Check the number, or give a name.</source>
        <translation>請檢查編號，或提供名稱。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="152"/>
        <source>A person picked for this note was deleted meanwhile.</source>
        <translation>為這則筆記選取的某位聯絡人已在這段期間被刪除。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="154"/>
        <source>Pick the people again. The note was not saved yet; its text is kept.</source>
        <translation>請重新選擇聯絡人。筆記尚未儲存；文字已保留。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="179"/>
        <source>The partner picked for this note was deleted meanwhile.</source>
        <translation>為這則筆記選取的合作夥伴已在這段期間被刪除。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="181"/>
        <source>Pick the partner again. The note was not saved yet; its text is kept.</source>
        <translation>請重新選擇合作夥伴。筆記尚未儲存；文字已保留。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="93"/>
        <source>--people must be between 1 and {limit} (got {people}).</source>
        <translation>--people 必須介於 1 到 {limit} 之間（收到 {people}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="101"/>
        <source>--entries must be between 0 and {limit} (got {entries}).</source>
        <translation>--entries 必須介於 0 到 {limit} 之間（收到 {entries}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="144"/>
        <source>This journal already holds data ({people} people, {partners} partners, {entries} entries, {tags} tags); the demo only fills an empty one.</source>
        <translation>這本日誌已有資料（{people} 位聯絡人、{partners} 個合作夥伴、{entries} 個項目、{tags} 個標籤）；示範資料只會填入空白日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="152"/>
        <source>Give a new file, e.g. partnerbook --db demo.sqlite demo</source>
        <translation>請提供新檔案，例如 partnerbook --db demo.sqlite demo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/drafts.py" line="79"/>
        <source>Cannot create {parent}: {detail}.</source>
        <translation>無法建立 {parent}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/drafts.py" line="83"/>
        <source>Keep the window open: what you typed is still there.</source>
        <translation>請保持視窗開啟：您輸入的內容還在。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/due.py" line="32"/>
        <source>--within must be between 0 and {limit} days (got {within_days}).</source>
        <translation>--within 必須介於 0 到 {limit} 天之間（收到 {within_days}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/due.py" line="36"/>
        <source>Give a number of days, e.g. --within 7.</source>
        <translation>請提供天數，例如 --within 7。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="65"/>
        <location filename="../../partnerbook/services/editing.py" line="340"/>
        <source>That {what} no longer exists.</source>
        <translation>該{what}已不存在。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="66"/>
        <source>It may have been deleted.</source>
        <translation>它可能已被刪除。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="82"/>
        <source>{label} cannot be empty.</source>
        <translation>{label}不能空白。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="87"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label}太長（{length} 個字元；最多 {limit} 個）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="103"/>
        <source>{label} is longer than 1 MB.</source>
        <translation>{label}超過 1 MB。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="104"/>
        <source>Split it, or keep the document as a file.</source>
        <translation>請拆分，或將文件另存為檔案。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="119"/>
        <source>{label} must be a number of days.</source>
        <translation>{label}必須是天數。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="124"/>
        <source>{label} must be between 1 and {limit} days.</source>
        <translation>{label}必須介於 1 到 {limit} 天之間。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="141"/>
        <source>{label} must be a whole number.</source>
        <translation>{label}必須是整數。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="145"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label}必須介於 {low} 到 {high} 之間。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="166"/>
        <source>{label}: &apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>{label}：「{value}」不是日期（請用 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="182"/>
        <source>{label} must be a number.</source>
        <translation>{label}必須是數字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="184"/>
        <source>{label} is out of range.</source>
        <translation>{label}超出範圍。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="194"/>
        <source>{label} must be chosen.</source>
        <translation>請選擇{label}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="201"/>
        <source>{label}: &apos;{value}&apos; is not one of the choices.</source>
        <translation>{label}：「{value}」不是可選項目之一。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="217"/>
        <source>{label}: at most {limit}.</source>
        <translation>{label}：最多 {limit} 個。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="233"/>
        <location filename="../../partnerbook/services/ledger.py" line="146"/>
        <source>Cannot edit {fields} here.</source>
        <translation>無法在此編輯 {fields}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="380"/>
        <source>That {what} is gone for good.</source>
        <translation>該{what}已永久刪除。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="53"/>
        <location filename="../../partnerbook/services/maintenance.py" line="56"/>
        <source>&apos;{action}&apos; works on a journal file; {location} is a database server.</source>
        <translation>「{action}」只適用於日誌檔；{location} 是資料庫伺服器。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="57"/>
        <source>Use the server&apos;s own encryption.</source>
        <translation>請使用伺服器本身的加密功能。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="64"/>
        <source>There is no journal at {journal} to encrypt.</source>
        <translation>{journal} 沒有可加密的日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="66"/>
        <source>There is no journal at {journal} to decrypt.</source>
        <translation>{journal} 沒有可解密的日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="70"/>
        <source>{journal} is already encrypted.</source>
        <translation>{journal} 已經加密。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="71"/>
        <location filename="../../partnerbook/services/encryption.py" line="76"/>
        <source>Nothing was changed.</source>
        <translation>未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="75"/>
        <source>{journal} is not encrypted.</source>
        <translation>{journal} 未加密。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="81"/>
        <location filename="../../partnerbook/services/maintenance.py" line="133"/>
        <source>The journal is open in a PartnerBook window.</source>
        <translation>日誌正在某個 PartnerBook 視窗中開啟。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="82"/>
        <source>Close the window, then encrypt again. Nothing was changed.</source>
        <translation>請關閉該視窗後再加密。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="84"/>
        <source>Close the window, then decrypt again. Nothing was changed.</source>
        <translation>請關閉該視窗後再解密。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="102"/>
        <source>Another program has {journal} open; it was not encrypted.</source>
        <translation>另一個程式開啟了 {journal}；未進行加密。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="107"/>
        <source>Another program has {journal} open; it was not decrypted.</source>
        <translation>另一個程式開啟了 {journal}；未進行解密。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="111"/>
        <source>Close the other PartnerBook programs, then encrypt again. Nothing was changed.</source>
        <translation>請關閉其他 PartnerBook 程式後再加密。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="116"/>
        <source>Close the other PartnerBook programs, then decrypt again. Nothing was changed.</source>
        <translation>請關閉其他 PartnerBook 程式後再解密。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="158"/>
        <source>the copy is not encrypted</source>
        <translation>副本未加密</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="160"/>
        <source>the copy is still encrypted</source>
        <translation>副本仍是加密的</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="166"/>
        <source>the copy has other row counts ({tables})</source>
        <translation>副本的列數不同（{tables}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="171"/>
        <source>The converted copy of {journal} failed its check: {problem}.</source>
        <translation>{journal} 轉換後的副本未通過檢查：{problem}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="175"/>
        <source>Nothing was changed. Run &apos;partnerbook check&apos;.</source>
        <translation>未做任何變更。請執行「partnerbook check」。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="40"/>
        <source>Cannot write {target}: {detail}.</source>
        <translation>無法寫入 {target}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="42"/>
        <source>Choose a folder you may write to, with some free space.</source>
        <translation>請選擇一個您可以寫入且尚有空間的資料夾。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="54"/>
        <source>&apos;{target}&apos; is a folder.</source>
        <translation>「{target}」是資料夾。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="55"/>
        <source>Give a file name, e.g. {example}</source>
        <translation>請提供檔名，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="61"/>
        <source>That is the journal itself (or one of its files).</source>
        <translation>那就是日誌本身（或它的某個檔案）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="62"/>
        <source>Give another file name, e.g. {example}.</source>
        <translation>請換一個檔名，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="92"/>
        <source>Only a promise can be broken.</source>
        <translation>只有承諾才可能被違背。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="102"/>
        <source>A snooze needs a moment with a time zone.</source>
        <translation>延後提醒需要含時區的時間點。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="142"/>
        <source>&apos;{rule}&apos; is not a repeat rule PartnerBook understands.</source>
        <translation>「{rule}」不是 PartnerBook 能理解的重複規則。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="152"/>
        <source>Repeat every 1 to 365 days, weeks or months.</source>
        <translation>重複間隔為 1 到 365 天、週或月。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="159"/>
        <location filename="../../partnerbook/services/interaction_editing.py" line="260"/>
        <source>That entry is not a follow-up or a promise.</source>
        <translation>該項目不是追蹤事項或承諾。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="105"/>
        <source>{path} is {size} MB; PartnerBook reads contact files up to {limit} MB.</source>
        <translation>{path} 有 {size} MB；PartnerBook 最多讀取 {limit} MB 的聯絡人檔案。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="110"/>
        <source>Split the export into smaller files.</source>
        <translation>請將匯出內容拆成較小的檔案。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="115"/>
        <source>There is no file {path}.</source>
        <translation>沒有檔案 {path}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="115"/>
        <source>Check the path.</source>
        <translation>請檢查路徑。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="119"/>
        <location filename="../../partnerbook/store/migrate.py" line="120"/>
        <source>Cannot read {path}: {detail}.</source>
        <translation>無法讀取 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="120"/>
        <source>Check that the file is there and that you may read it.</source>
        <translation>請確認檔案在那裡，且您有權讀取。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="134"/>
        <source>PartnerBook cannot tell what kind of file this is: not a vCard, a JSON archive, or a Google, LinkedIn, Outlook or Thunderbird CSV export.</source>
        <translation>PartnerBook 無法判斷這是什麼檔案：不是 vCard、JSON 封存檔，也不是 Google、LinkedIn、Outlook 或 Thunderbird 匯出的 CSV。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="139"/>
        <source>Say which with --format (vcard, google-csv, linkedin-csv, outlook-csv, thunderbird-csv, json).</source>
        <translation>請用 --format 指明類型（vcard、google-csv、linkedin-csv、outlook-csv、thunderbird-csv、json）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="145"/>
        <source>A JSON archive is imported as a whole journal, not as contacts.</source>
        <translation>JSON 封存檔會作為整本日誌匯入，而不是作為聯絡人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="655"/>
        <source>That import is no longer in the journal.</source>
        <translation>該次匯入已不在日誌中。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="91"/>
        <source>The notes are {size} MB; a note can hold up to 1 MB.</source>
        <translation>筆記有 {size} MB；一則筆記最多 1 MB。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="94"/>
        <source>Split them, or keep the long document as a file and note where it is.</source>
        <translation>請拆分，或將長文件另存為檔案並記下它的位置。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="101"/>
        <source>When it happened: not a date and time.</source>
        <translation>發生時間：不是有效的日期和時間。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="108"/>
        <source>Topics: at most {limit}, one per line.</source>
        <translation>主題：最多 {limit} 個，每行一個。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="130"/>
        <source>That entry is not a note of a meeting, call or message.</source>
        <translation>該項目不是會面、通話或訊息的筆記。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="219"/>
        <source>Say what is to be done.</source>
        <translation>請說明要做什麼。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="219"/>
        <source>Type it, then press Add.</source>
        <translation>請輸入，然後按「新增」。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="223"/>
        <source>A follow-up needs a date.</source>
        <translation>追蹤事項需要日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="223"/>
        <source>Type when, e.g. &apos;next tuesday&apos;.</source>
        <translation>請輸入時間，例如「下週二」。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="227"/>
        <source>Only a dated follow-up can repeat.</source>
        <translation>只有設定日期的追蹤事項才能重複。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="51"/>
        <source>Value: &apos;{text}&apos; is not a number.</source>
        <translation>價值：「{text}」不是數字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="54"/>
        <source>Value: between 0 and a trillion.</source>
        <translation>價值：介於 0 到一兆之間。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="63"/>
        <source>Currency: &apos;{text}&apos; is not a three-letter code such as EUR or VND.</source>
        <translation>貨幣：「{text}」不是 EUR、VND 這類三字母代碼。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="77"/>
        <source>Say what was given or received.</source>
        <translation>請說明給出或收到了什麼。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="77"/>
        <source>e.g. &apos;Intro to their CFO&apos;.</source>
        <translation>例如「引薦給對方的財務長」。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="80"/>
        <source>When: not a date and time.</source>
        <translation>時間：不是有效的日期和時間。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="124"/>
        <location filename="../../partnerbook/services/ledger.py" line="151"/>
        <source>That entry is not a give &amp; take item.</source>
        <translation>該項目不是付出與收穫紀錄。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="60"/>
        <source>Use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</source>
        <translation>請使用伺服器本身的備份工具（PostgreSQL 用 pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="87"/>
        <source>There is no journal at {journal} to back up.</source>
        <translation>{journal} 沒有可備份的日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="95"/>
        <source>The backup cannot overwrite the journal itself.</source>
        <translation>備份不能覆寫日誌本身。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="96"/>
        <source>Choose another file.</source>
        <translation>請選擇其他檔案。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="107"/>
        <source>There is no file {backup}.</source>
        <translation>沒有檔案 {backup}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="108"/>
        <location filename="../../partnerbook/services/maintenance.py" line="113"/>
        <source>Give the path of a backup file.</source>
        <translation>請提供備份檔的路徑。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="112"/>
        <source>That file is the journal itself.</source>
        <translation>該檔案就是日誌本身。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="118"/>
        <source>{backup} is not a PartnerBook backup.</source>
        <translation>{backup} 不是 PartnerBook 備份。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="120"/>
        <source>Give a file made by &apos;partnerbook backup&apos; or found in the backups folder. Nothing was changed.</source>
        <translation>請提供由「partnerbook backup」產生或位於備份資料夾中的檔案。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="128"/>
        <source>{backup} is damaged: {problem}</source>
        <translation>{backup} 已損毀：{problem}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="129"/>
        <source>Choose another backup. Nothing was changed.</source>
        <translation>請選擇其他備份。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="134"/>
        <source>Close the window, then restore again. Nothing was changed.</source>
        <translation>請關閉該視窗後再還原。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="182"/>
        <source>The damaged journal could not be moved aside to {target}: {detail}.</source>
        <translation>無法將已損毀的日誌移到 {target}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="187"/>
        <source>Check that the backups folder beside the journal is writable. Nothing was restored.</source>
        <translation>請確認日誌旁的備份資料夾可以寫入。未還原任何資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="72"/>
        <source>{listing}
  … and {more} more</source>
        <translation>{listing}
  …… 還有 {more} 個</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="76"/>
        <source>&apos;{query}&apos; matches more than one person:
{listing}</source>
        <translation>「{query}」符合不只一位聯絡人：
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="80"/>
        <source>&apos;{query}&apos; matches more than one partner:
{listing}</source>
        <translation>「{query}」符合不只一個合作夥伴：
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="84"/>
        <source>&apos;{query}&apos; matches more than one {what}:
{listing}</source>
        <translation>「{query}」符合多個{what}：
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="91"/>
        <source>Type more of the name to pick one, or give the number shown, e.g. --with &apos;#12&apos;.</source>
        <translation>請多輸入一些名稱以選定其一，或提供顯示的編號，例如 --with &apos;#12&apos;。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="96"/>
        <source>&apos;{value}&apos; is not an email address.</source>
        <translation>「{value}」不是電子郵件地址。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="97"/>
        <source>It should look like name@example.com.</source>
        <translation>格式應類似 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="101"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>「{value}」不是電話號碼。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="102"/>
        <source>Use digits, spaces and + ( ) -.</source>
        <translation>請使用數字、空格和 + ( ) -。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="345"/>
        <source>Nobody introduces themselves.</source>
        <translation>沒有人會介紹自己。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="346"/>
        <source>Pick the person who introduced them.</source>
        <translation>請選擇介紹你們認識的人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="65"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>「{text}」不是數字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="68"/>
        <source>&apos;{text}&apos; is not a figure a KPI can have.</source>
        <translation>「{text}」不是 KPI 可以有的數值。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="111"/>
        <source>That entry is not a partner review.</source>
        <translation>該項目不是合作夥伴評估。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="131"/>
        <source>The period ends before it starts.</source>
        <translation>該期間的結束早於開始。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="134"/>
        <source>At most {limit} KPIs in one review.</source>
        <translation>一次評估最多 {limit} 個 KPI。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/search.py" line="276"/>
        <source>Search is not available on this kind of database yet.</source>
        <translation>此類資料庫尚不支援搜尋。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/search.py" line="277"/>
        <source>Use a journal file, or search from a journal file copy.</source>
        <translation>請使用日誌檔，或在日誌檔的副本中搜尋。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/timeline.py" line="136"/>
        <source>A timeline page holds 1 to {most} entries (got {limit}).</source>
        <translation>時間軸每頁可容納 1 到 {most} 個項目（收到 {limit}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="61"/>
        <source>Cannot read {source} to back it up: {error}.</source>
        <translation>無法讀取 {source} 進行備份：{error}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="78"/>
        <source>Backing up {source} took longer than {timeout} s and was stopped.</source>
        <translation>備份 {source} 超過 {timeout} 秒，已停止。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="82"/>
        <source>Another program kept the journal busy. Try again in a moment.</source>
        <translation>另一個程式一直佔用日誌。請稍後再試。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="89"/>
        <source>The journal {source} could not be read completely: {error}.</source>
        <translation>無法完整讀取日誌 {source}：{error}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="93"/>
        <source>Run &apos;partnerbook check&apos; and restore the latest good backup.</source>
        <translation>請執行「partnerbook check」，並還原最近一份完好的備份。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="107"/>
        <source>The backup of {source} failed its check: {problem}</source>
        <translation>{source} 的備份未通過檢查：{problem}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="111"/>
        <source>The journal may be damaged: run &apos;partnerbook check&apos;.</source>
        <translation>日誌可能已損毀：請執行「partnerbook check」。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="133"/>
        <source>cannot be read as a database ({error})</source>
        <translation>無法作為資料庫讀取（{error}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="136"/>
        <source>it is not a PartnerBook journal</source>
        <translation>它不是 PartnerBook 日誌</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="261"/>
        <source>The disk is full; {path} could not be written.</source>
        <translation>磁碟已滿；無法寫入 {path}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="262"/>
        <source>Free some space and try again. The journal itself was not changed.</source>
        <translation>請騰出一些空間後再試一次。日誌本身未變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="266"/>
        <source>{path} cannot be written (read-only or permission denied).</source>
        <translation>無法寫入 {path}（唯讀或權限不足）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="267"/>
        <source>Choose a folder you may write to.</source>
        <translation>請選擇一個您可以寫入的資料夾。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="269"/>
        <source>Writing {path} failed: {error}.</source>
        <translation>寫入 {path} 失敗：{error}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/check.py" line="60"/>
        <location filename="../../partnerbook/store/migrate.py" line="230"/>
        <source>There is no journal at {path}.</source>
        <translation>{path} 沒有日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/check.py" line="61"/>
        <source>Check the path given to --db or PARTNERBOOK_DATABASE_URL.</source>
        <translation>請檢查傳給 --db 或 PARTNERBOOK_DATABASE_URL 的路徑。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="50"/>
        <source>Encryption needs the optional package: pip install &apos;partnerbook[encryption]&apos;</source>
        <translation>加密需要選用套件：pip install &apos;partnerbook[encryption]&apos;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="52"/>
        <source>The passphrase does not open this journal.</source>
        <translation>此密碼片語無法開啟這本日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="76"/>
        <source>The passphrase is empty.</source>
        <translation>密碼片語是空的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="76"/>
        <source>Type a passphrase.</source>
        <translation>請輸入密碼片語。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="79"/>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>密碼片語不能包含 NUL 字元。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="117"/>
        <source>Encryption needs the optional package: pip install &apos;partnerbook[encryption]&apos;.</source>
        <translation>加密需要選用套件：pip install &apos;partnerbook[encryption]&apos;。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="220"/>
        <source>Try again; the journal was not changed.</source>
        <translation>請再試一次；日誌未變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="71"/>
        <source>The database location is empty.</source>
        <translation>資料庫位置是空的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="71"/>
        <source>Give a file path or a URL.</source>
        <translation>請提供檔案路徑或 URL。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="78"/>
        <source>&apos;{text}&apos; is not a database URL.</source>
        <translation>「{text}」不是資料庫 URL。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="80"/>
        <source>Use a file path, or a URL such as sqlite:///path/journal.sqlite or postgresql://user@host/partnerbook.</source>
        <translation>請使用檔案路徑，或 sqlite:///path/journal.sqlite、postgresql://user@host/partnerbook 這類 URL。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="88"/>
        <source>An in-memory journal would be lost on exit.</source>
        <translation>記憶體中的日誌會在結束時遺失。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="89"/>
        <source>Give a file.</source>
        <translation>請提供一個檔案。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="98"/>
        <source>&apos;{path}&apos; is a folder, not a journal file.</source>
        <translation>「{path}」是資料夾，不是日誌檔。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="100"/>
        <source>Give the path of a journal file, e.g. {example}</source>
        <translation>請提供日誌檔的路徑，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="115"/>
        <source>&apos;{drivername}&apos; is not a kind of database PartnerBook can use.</source>
        <translation>「{drivername}」不是 PartnerBook 能使用的資料庫類型。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="118"/>
        <source>Give a journal file, or a URL such as postgresql://user@host/partnerbook.</source>
        <translation>請提供日誌檔，或 postgresql://user@host/partnerbook 這類 URL。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="125"/>
        <source>The driver for {kind} databases is not installed ({detail}).</source>
        <translation>未安裝 {kind} 資料庫的驅動程式（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="129"/>
        <source>Install it, e.g. pip install &apos;psycopg[binary]&apos; for PostgreSQL.</source>
        <translation>請安裝它，例如 PostgreSQL 用 pip install &apos;psycopg[binary]&apos;。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="394"/>
        <source>This was changed in another window or program meanwhile; your change was not saved.</source>
        <translation>這段期間它已在另一個視窗或程式中被修改；您的變更未儲存。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="398"/>
        <source>Look at it again (it now shows the other change), then make your change again.</source>
        <translation>請重新查看（現在顯示的是另一處變更），然後再做一次您的變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="440"/>
        <source>The disk holding {where} is full; nothing was saved.</source>
        <translation>{where} 所在的磁碟已滿；未儲存任何資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="441"/>
        <source>Free some space, then try again. What was saved before is safe.</source>
        <translation>請騰出一些空間後再試一次。先前儲存的資料都安全。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="446"/>
        <source>The journal {where} is read-only; nothing was saved.</source>
        <translation>日誌 {where} 是唯讀的；未儲存任何資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="448"/>
        <source>Check the permissions of the file and its folder, or move it somewhere writable.</source>
        <translation>請檢查該檔案及其資料夾的權限，或將它移到可寫入的位置。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="454"/>
        <source>The journal {where} cannot be opened.</source>
        <translation>無法開啟日誌 {where}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="456"/>
        <source>Check that the drive is connected and that you may read and write the folder.</source>
        <translation>請確認磁碟機已連接，且您有權讀寫該資料夾。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="463"/>
        <source>The journal {where} stayed busy for too long; nothing was saved.</source>
        <translation>日誌 {where} 忙碌太久；未儲存任何資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="465"/>
        <source>Another program is writing to it. Try again in a moment.</source>
        <translation>另一個程式正在寫入它。請稍後再試。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="471"/>
        <source>Reading or writing {where} failed (disk I/O error); nothing was saved.</source>
        <translation>讀寫 {where} 失敗（磁碟 I/O 錯誤）；未儲存任何資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="474"/>
        <source>Check the drive, then run &apos;partnerbook check&apos;.</source>
        <translation>請檢查磁碟機，然後執行「partnerbook check」。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="484"/>
        <source>The database {where} refused the operation: {error}</source>
        <translation>資料庫 {where} 拒絕了此操作：{error}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="45"/>
        <source>Cannot create the lock file {path}: {detail}.</source>
        <translation>無法建立鎖定檔 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="49"/>
        <source>Check that you may write to the journal&apos;s folder.</source>
        <translation>請確認您可以寫入日誌所在的資料夾。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="54"/>
        <source>This journal is already open in another PartnerBook window.</source>
        <translation>此日誌已在另一個 PartnerBook 視窗中開啟。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="55"/>
        <source>Switch to that window, or close it first.</source>
        <translation>請切換到那個視窗，或先關閉它。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="121"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>請確認該檔案存在，且您有權讀取。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="166"/>
        <source>give its passphrase (run the command in a terminal, or set {variable} for a script)</source>
        <translation>請提供它的密碼片語（在終端機中執行該指令，或為指令碼設定 {variable}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="175"/>
        <location filename="../../partnerbook/store/migrate.py" line="182"/>
        <source>{where} is not a PartnerBook journal (it is not a database file).</source>
        <translation>{where} 不是 PartnerBook 日誌（它不是資料庫檔案）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="177"/>
        <source>If it is an encrypted journal: {how}. The file was not changed.</source>
        <translation>如果它是加密日誌：{how}。檔案未變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="185"/>
        <source>Check the path given to --db or PARTNERBOOK_DATABASE_URL. The file was not changed.</source>
        <translation>請檢查傳給 --db 或 PARTNERBOOK_DATABASE_URL 的路徑。檔案未變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="191"/>
        <source>its structure cannot be read</source>
        <translation>無法讀取其結構</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="196"/>
        <source>{where} is a database of another application, not a PartnerBook journal.</source>
        <translation>{where} 是其他應用程式的資料庫，不是 PartnerBook 日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="200"/>
        <source>Give the path of a PartnerBook journal, or a new file name to start one. The file was not changed.</source>
        <translation>請提供 PartnerBook 日誌的路徑，或以新檔名建立一個。檔案未變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="211"/>
        <source>{where} was written by a newer version of PartnerBook (schema {revision}).</source>
        <translation>{where} 由較新版本的 PartnerBook 寫入（結構描述 {revision}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="215"/>
        <source>Update PartnerBook to open it. The file was not changed.</source>
        <translation>請更新 PartnerBook 後再開啟。檔案未變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="232"/>
        <source>Check the path, or run &apos;partnerbook demo&apos; to create a sample journal.</source>
        <translation>請檢查路徑，或執行「partnerbook demo」建立範例日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="289"/>
        <source>Cannot create the folder {parent}: {detail}.</source>
        <translation>無法建立資料夾 {parent}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="293"/>
        <source>Choose a journal location you may write to (--db).</source>
        <translation>請選擇一個您可以寫入的日誌位置（--db）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="300"/>
        <source>Cannot create the journal {path}: {detail}.</source>
        <translation>無法建立日誌 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="305"/>
        <source>Check that you may write to the folder, or choose another location (--db).</source>
        <translation>請確認您可以寫入該資料夾，或選擇其他位置（--db）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="82"/>
        <source>Restore the latest good backup with &apos;partnerbook restore FILE&apos; (backups are in the folder beside the journal). The journal was not changed.</source>
        <translation>請用「partnerbook restore FILE」還原最近一份完好的備份（備份位於日誌旁的資料夾中）。日誌未變更。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="89"/>
        <source>The journal {path} is damaged: {detail}.</source>
        <translation>日誌 {path} 已損毀：{detail}。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="90"/>
        <source>The journal {path} is damaged.</source>
        <translation>日誌 {path} 已損毀。</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="22"/>
        <source>, </source>
        <comment>between the items of a list: &apos;bank, e-wallet&apos; (Chinese: 、)</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="34"/>
        <source>%1, %2</source>
        <comment>a city (%1), then its country (%2): &apos;Milan, Italy&apos;</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="44"/>
        <source>%1: </source>
        <comment>a caption before its value: &apos;Scope: …&apos; (Chinese: ：)</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="52"/>
        <source> (%1)</source>
        <comment>a remark in brackets after a word: &apos;Anna (pending)&apos; (Chinese: （%1）, no space)</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/punctuation.py" line="58"/>
        <source> — </source>
        <comment>between a name and what is said of it: &apos;Anna — Head of sales&apos;</comment>
        <translation>——</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="70"/>
        <source>Quick Note</source>
        <translation>快速筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="103"/>
        <source>What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday</source>
        <translation>聊了什麼？例如：咖啡 — 她需要拿下 Q1 KPI；跟進：下週二</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="105"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="106"/>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>按 Enter 儲存，Shift+Enter 換行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="115"/>
        <source>What PartnerBook understood</source>
        <translation>PartnerBook 的理解</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="123"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="134"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="128"/>
        <source>When it happened</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="129"/>
        <source>now — or yesterday 15:00, last Friday…</source>
        <translation>現在，或昨天 15:00、上週五…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="139"/>
        <source>The company, if any</source>
        <translation>公司（如有）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="140"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="142"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="143"/>
        <source>Follow up on</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="145"/>
        <source>no follow-up — or next tuesday, in 2 weeks…</source>
        <translation>不追蹤，或下週二、2 週後…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="147"/>
        <source>Follow up</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="157"/>
        <source>Enter saves · Shift+Enter new line · Esc keeps the draft</source>
        <translation>Enter 儲存 · Shift+Enter 換行 · Esc 保留草稿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="160"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="161"/>
        <source>Forget this draft</source>
        <translation>捨棄此草稿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="164"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="211"/>
        <source>follow-up %1 %2</source>
        <translation>追蹤 %1 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="218"/>
        <source>(“%1” is not a date I understand: no follow-up set)</source>
        <translation>（無法辨識日期「%1」：未設定追蹤）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="255"/>
        <source>The follow-up date is not one I understand: change it or clear it.</source>
        <translation>無法辨識追蹤日期：請修改或清除。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="261"/>
        <source>When it happened is not a date I understand.</source>
        <translation>無法辨識發生時間的日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="286"/>
        <source>What you typed stays here, and is kept in %1 until it can be saved.</source>
        <translation>您輸入的內容會留在這裡，並保存在 %1，直到可以儲存為止。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="309"/>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="311"/>
        <source>Saved for %1: %2</source>
        <translation>已為 %1 儲存：%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="315"/>
        <source>follow-up %1</source>
        <translation>追蹤：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="396"/>
        <source>The journal cannot be written: %1
What you type stays in this window and is kept in %2 until the journal can take it.</source>
        <translation>無法寫入日誌：%1
您輸入的內容會留在此視窗，並保存在 %2，直到日誌可以寫入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="405"/>
        <source>The draft could not be kept (%1). Keep this window open.</source>
        <translation>無法保留草稿（%1）。請勿關閉此視窗。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="453"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>您未儲存的筆記已恢復，一切如您離開時。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="459"/>
        <source>Your unsaved note is back, as you left it. The journal could not be written then, so it was kept in a file of its own; it is in the journal again now.</source>
        <translation>您未儲存的筆記已恢復，和您離開時一樣。當時無法寫入日誌，因此它被保存在單獨的檔案中；現在已重新存入日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="467"/>
        <source>Your unsaved note is back, as you left it. The journal still cannot be written, so it stays kept in a file of its own.</source>
        <translation>您未儲存的筆記已恢復，和您離開時一樣。日誌仍然無法寫入，因此它繼續保存在單獨的檔案中。</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="34"/>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="35"/>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="36"/>
        <source>role</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="37"/>
        <source>department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="38"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="39"/>
        <source>country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="40"/>
        <location filename="../../partnerbook/services/import_merge.py" line="41"/>
        <location filename="../../partnerbook/services/import_merge.py" line="42"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="43"/>
        <location filename="../../partnerbook/services/import_merge.py" line="44"/>
        <source>how you met</source>
        <translation>相識經過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="45"/>
        <source>partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="46"/>
        <location filename="../../partnerbook/services/import_merge.py" line="119"/>
        <source>notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="47"/>
        <location filename="../../partnerbook/services/import_merge.py" line="121"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="48"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="102"/>
        <source>an email</source>
        <translation>一個電子郵件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="102"/>
        <source>{count} emails</source>
        <translation>{count} 個電子郵件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="106"/>
        <source>a phone</source>
        <translation>一個電話</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="106"/>
        <source>{count} phones</source>
        <translation>{count} 個電話</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="109"/>
        <source>a link</source>
        <translation>一個連結</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="109"/>
        <source>{count} links</source>
        <translation>{count} 個連結</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="112"/>
        <source>a tag</source>
        <translation>一個標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="112"/>
        <source>{count} tags</source>
        <translation>{count} 個標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="123"/>
        <source>its contact id (to know them next time)</source>
        <translation>聯絡人 ID（以便下次認出）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="126"/>
        <source>nothing new</source>
        <translation>沒有新資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="127"/>
        <source>adds {what}</source>
        <translation>新增{what}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="127"/>
        <source>{earlier}, {later}</source>
        <translation>{earlier}、{later}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="170"/>
        <source>The contact has no name.</source>
        <translation>此聯絡人沒有姓名。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="301"/>
        <source>the same contact id</source>
        <translation>相同的聯絡人 ID</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="305"/>
        <source>the same email ({email})</source>
        <translation>相同的電子郵件（{email}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="309"/>
        <source>the same phone ({phone})</source>
        <translation>相同的電話（{phone}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="313"/>
        <source>the same LinkedIn profile</source>
        <translation>相同的 LinkedIn 個人檔案</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="316"/>
        <source>the same name and partner</source>
        <translation>相同的姓名與合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="351"/>
        <source>{name} (record {record})</source>
        <translation>{name}（第 {record} 筆記錄）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="361"/>
        <source>new person</source>
        <translation>新聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="376"/>
        <source>{person}: {why}; {adds}</source>
        <translation>{person}：{why}；{adds}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="41"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="42"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="43"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="44"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="45"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="46"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="47"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="48"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="49"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="50"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="51"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="52"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="118"/>
        <source>could be {day} {month} or {other_month} {other_day}; write it as YYYY-MM-DD</source>
        <translation>可能是{month}{day}日，也可能是{other_month}{other_day}日；請寫成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="135"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="138"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="141"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="163"/>
        <source>is not a date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="159"/>
        <source>has a year that cannot be right</source>
        <translation>年份不可能正確</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="190"/>
        <source>has no year</source>
        <translation>缺少年份</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="25"/>
        <source>This file is not a contacts export PartnerBook knows (Google, LinkedIn, Outlook, Thunderbird); use --format to say which program wrote it.</source>
        <translation>此檔案不是 PartnerBook 認得的聯絡人匯出檔（Google、LinkedIn、Outlook、Thunderbird）；請用 --format 指明是哪個程式產生的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="75"/>
        <location filename="../../partnerbook/interop/csv_records.py" line="78"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>檔案是空的：沒有可匯入的資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="77"/>
        <source>This is a vCard file, not a CSV: import it as vCard (--format vcard).</source>
        <translation>這是 vCard 檔，不是 CSV：請以 vCard 匯入（--format vcard）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="87"/>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="129"/>
        <source>the birthday &apos;{value}&apos; {reason}</source>
        <translation>生日「{value}」{reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="178"/>
        <source>a Google Contacts CSV</source>
        <translation>Google 聯絡人 CSV 檔</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="182"/>
        <source>no row near the top names Google&apos;s columns (First Name, Last Name, Labels…). Export it again from contacts.google.com (Export → Google CSV), or use --format to say which program wrote it.</source>
        <translation>檔案開頭附近沒有一列是 Google 的欄位名稱（First Name、Last Name、Labels…）。請從 contacts.google.com 重新匯出（Export → Google CSV），或用 --format 指明是哪個程式產生的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="49"/>
        <source>the date connected &apos;{value}&apos; {reason}</source>
        <translation>建立聯繫的日期「{value}」{reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="78"/>
        <source>a LinkedIn Connections.csv</source>
        <translation>LinkedIn 的 Connections.csv</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="82"/>
        <source>no row near the top has LinkedIn&apos;s columns (First Name, Last Name, URL, Company, Position, Connected On). Use Connections.csv from LinkedIn&apos;s data export (Settings → Data privacy → Get a copy of your data), or use --format to say which program wrote it.</source>
        <translation>檔案開頭附近沒有一列包含 LinkedIn 的欄位（First Name、Last Name、URL、Company、Position、Connected On）。請使用 LinkedIn 資料匯出中的 Connections.csv（設定 → 資料隱私 → 取得您的資料副本），或用 --format 指明是哪個程式產生的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="196"/>
        <source>an Outlook contacts CSV</source>
        <translation>Outlook 聯絡人 CSV 檔</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="200"/>
        <source>no row near the top names Outlook&apos;s columns (First Name, Last Name, E-mail Address…, or their German or Italian names). Export it again from Outlook (File → Open &amp; Export → Import/Export → Export to a file → Comma Separated Values), or use --format to say which program wrote it.</source>
        <translation>檔案開頭附近沒有一列是 Outlook 的欄位名稱（First Name、Last Name、E-mail Address…，或它們的德文、義大利文名稱）。請從 Outlook 重新匯出（檔案 → 開啟與匯出 → 匯入/匯出 → 匯出至檔案 → 逗號分隔值），或用 --format 指明是哪個程式產生的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="82"/>
        <source>This is not {kind}: {hint}</source>
        <translation>這不是{kind}：{hint}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="87"/>
        <source>The file could not be read ({problem}).</source>
        <translation>無法讀取檔案（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="108"/>
        <source>a quote in it is never closed, so that cell ends with its line</source>
        <translation>其中有引號未閉合，因此該儲存格到行尾為止</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="116"/>
        <source>it has no name, organisation, email or phone to know the person by</source>
        <translation>沒有可用來辨識此人的姓名、組織、電子郵件或電話</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="120"/>
        <source>it could not be read ({problem})</source>
        <translation>無法讀取（{problem}）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="123"/>
        <source>one cell past the last column was left out</source>
        <translation>超出最後一欄的 1 個儲存格已略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="125"/>
        <source>{count} cells past the last column were left out</source>
        <translation>超出最後一欄的 {count} 個儲存格已略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="130"/>
        <source>the rest was read</source>
        <translation>其餘資料已讀取</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="132"/>
        <source>the row was skipped</source>
        <translation>已略過此列</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="158"/>
        <source>an unexpected {error}; please report it</source>
        <translation>意外的 {error}，請回報此問題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="94"/>
        <source>the birthday &apos;{value}&apos; (year-month-day) is not a date</source>
        <translation>生日「{value}」（年-月-日）不是有效日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="100"/>
        <source>the birthday &apos;{value}&apos; (year-month-day) {reason}</source>
        <translation>生日「{value}」（年-月-日）{reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="118"/>
        <source>a Thunderbird address book CSV</source>
        <translation>Thunderbird 通訊錄 CSV 檔</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="122"/>
        <source>no row near the top names Thunderbird&apos;s columns (First Name, Last Name, Display Name, Primary Email…; translated headers are not read). Export it again from Thunderbird&apos;s Address Book in English, or use --format to say which program wrote it.</source>
        <translation>檔案開頭附近沒有一列是 Thunderbird 的欄位名稱（First Name、Last Name、Display Name、Primary Email…；翻譯過的標題無法讀取）。請在英文介面下從 Thunderbird 通訊錄重新匯出，或用 --format 指明是哪個程式產生的。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_prepare.py" line="195"/>
        <source>It ends without END:VCARD: the file looks cut short, so this contact was left out. Export the contacts again.</source>
        <translation>它沒有以 END:VCARD 結尾：檔案似乎不完整，因此略過了此聯絡人。請重新匯出聯絡人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="46"/>
        <source>This file holds no vCard (no BEGIN:VCARD line). Is it a .vcf file?</source>
        <translation>此檔案中沒有 vCard（沒有 BEGIN:VCARD 行）。它是 .vcf 檔嗎？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="48"/>
        <source>This contact has no name, email or phone, so there is nothing to call it by; it was left out.</source>
        <translation>此聯絡人沒有姓名、電子郵件或電話，無從稱呼；已略過。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="51"/>
        <source>This contact could not be read because of an unexpected problem in PartnerBook; it was left out. Please report it.</source>
        <translation>由於 PartnerBook 發生意外問題，無法讀取此聯絡人；已略過。請回報此問題。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="187"/>
        <source>The birthday &apos;{value}&apos; is not a date; the rest was read</source>
        <translation>生日「{value}」不是有效日期；其餘資料已讀取</translation>
    </message>
    <message>
        <location filename="../../partnerbook/messages.py" line="135"/>
        <source>{earlier}; {later}</source>
        <translation>{earlier}；{later}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="26"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="28"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="30"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="31"/>
        <source>Remind me tomorrow morning</source>
        <translation>明天早上再提醒我</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="36"/>
        <source>Close the reminder</source>
        <translation>關閉提醒</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="53"/>
        <source>Follow up now: %1</source>
        <translation>現在該追蹤：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="55"/>
        <source>(and %1 more)</source>
        <translation>（還有 %1 項）</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="61"/>
        <source>Review of %1</source>
        <translation>%1 評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="70"/>
        <source>Rhythm</source>
        <translation>頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>Period from</source>
        <translation>期間起始</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="74"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="74"/>
        <source>Period to</source>
        <translation>期間結束</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="80"/>
        <source>Period</source>
        <translation>期間</translation>
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
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="97"/>
        <source>Add a KPI</source>
        <translation>新增 KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="100"/>
        <source>Remove the KPI</source>
        <translation>移除此 KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="108"/>
        <source>How the period went</source>
        <translation>這段期間的表現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="112"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="110"/>
        <source>What happens next, and who does it</source>
        <translation>接下來要做什麼、由誰負責</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="110"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="114"/>
        <source>Next steps</source>
        <translation>後續步驟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="187"/>
        <source>Give the period&apos;s first and last day.</source>
        <translation>請填寫期間的第一天與最後一天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="228"/>
        <source>Save a review</source>
        <translation>儲存評估</translation>
    </message>
</context>
<context>
    <name>SatelliteEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="177"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="178"/>
        <source>Remove this item</source>
        <translation>移除此項目</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Add a Motivation</source>
        <translation>新增動機</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Remove a Motivation</source>
        <translation>移除動機</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Add a Personal Detail</source>
        <translation>新增個人細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Remove a Personal Detail</source>
        <translation>移除個人細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Add a Contact</source>
        <translation>新增聯絡方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Remove a Contact</source>
        <translation>移除聯絡方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="255"/>
        <source>Add a Benefit</source>
        <translation>新增效益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="255"/>
        <source>Remove a Benefit</source>
        <translation>移除效益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="257"/>
        <source>Add a Row</source>
        <translation>新增一列</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="257"/>
        <source>Remove a Row</source>
        <translation>移除一列</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="36"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="37"/>
        <source>All changes saved</source>
        <translation>所有變更已儲存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="38"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="183"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="185"/>
        <source>Search names and notes — no accents needed: nguyen, kpi q1, 合作</source>
        <translation>搜尋姓名與筆記，不必輸入重音符號：nguyen、kpi q1、合作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="204"/>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="315"/>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="338"/>
        <source>People</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="339"/>
        <source>Partners</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="340"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="355"/>
        <source>Search everything in the journal: people, partners and every note.

Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note (“q1 kpi”), a city or a partner. Case and accents do not matter, and Chinese works as written (合作).

Down moves into the results; Enter opens the first one.</source>
        <translation>搜尋日誌中的所有內容：聯絡人、合作夥伴及每一則筆記。

輸入姓名或其開頭（「ngu」可找到 Nguyễn）、筆記中的幾個字（「q1 kpi」）、城市或合作夥伴。不分大小寫與重音符號，中文照常輸入即可（合作）。

按向下鍵移至結果；按 Enter 開啟第一筆。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="368"/>
        <source>Nothing found for “%1”.

Try fewer words, or the beginning of a name.</source>
        <translation>找不到「%1」。

請減少字詞，或改輸入姓名的開頭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="388"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 筆</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="392"/>
        <source>The first %1 found; add a word to narrow them</source>
        <translation>僅顯示前 %1 筆；再加一個字詞可縮小範圍</translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="60"/>
        <source>Follow-ups and promises</source>
        <translation>追蹤事項與承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="69"/>
        <source>Follow-up or promise</source>
        <translation>追蹤事項或承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="70"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="122"/>
        <source>Follow up</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="74"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="75"/>
        <source>What is to be done</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="76"/>
        <source>By when</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="77"/>
        <source>by when: next tuesday…</source>
        <translation>期限：下週二…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="79"/>
        <source>Repeat</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="80"/>
        <source>A follow-up can come back on a rhythm</source>
        <translation>追蹤事項可以定期重複出現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="82"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="83"/>
        <source>Every week</source>
        <translation>每週</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="84"/>
        <source>Every 2 weeks</source>
        <translation>每 2 週</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="85"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="86"/>
        <source>Every 3 months</source>
        <translation>每 3 個月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="92"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="125"/>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="136"/>
        <source>By when: that is not a date I understand.</source>
        <translation>期限：無法辨識這個日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="162"/>
        <source>Add a follow-up</source>
        <translation>新增追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="169"/>
        <source>Added (%1).</source>
        <translation>已新增（%1）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="169"/>
        <source>Added.</source>
        <translation>已新增。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="198"/>
        <source>Tick a follow-up</source>
        <translation>勾選追蹤事項</translation>
    </message>
</context>
<context>
    <name>TimelineDelegateText</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_delegate.py" line="109"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="52"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="142"/>
        <source>Open entry</source>
        <translation>開啟項目</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="148"/>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="152"/>
        <source>Open %1</source>
        <translation>開啟 %1</translation>
    </message>
</context>
<context>
    <name>TimelineModelText</name>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="483"/>
        <source>MMMM yyyy</source>
        <comment>the month band&apos;s date format, in Qt&apos;s codes: zh &apos;yyyy年M月&apos;</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="491"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="493"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="356"/>
        <source>Kind of entry</source>
        <translation>項目類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="367"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="382"/>
        <source>Nothing here yet: notes and follow-ups with them will appear here.</source>
        <translation>目前還沒有內容：與對方相關的筆記和追蹤事項會顯示在這裡。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="137"/>
        <source>Kind of entry</source>
        <translation>項目類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="144"/>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="149"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="226"/>
        <source>All tags</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="156"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="157"/>
        <source>Person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="162"/>
        <source>Any partner</source>
        <translation>任何合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="163"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="170"/>
        <source>&amp;Jump to</source>
        <translation>跳至(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="173"/>
        <source>a date, e.g. 3 March or last Friday</source>
        <translation>日期，例如 3月3日或上週五</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="173"/>
        <source>Jump to date</source>
        <translation>跳至日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>From (date)</source>
        <translation>起始（日期）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="183"/>
        <source>To (date)</source>
        <translation>結束（日期）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="183"/>
        <source>To date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="188"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="189"/>
        <source>Clear filters</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="194"/>
        <source>Timeline message</source>
        <translation>時間軸訊息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="210"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="262"/>
        <source>The end date is before the start date.</source>
        <translation>結束日期早於起始日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="303"/>
        <source>Nothing matches these filters.</source>
        <translation>沒有符合這些篩選條件的項目。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="304"/>
        <source>Nothing on the timeline yet. Notes, follow-ups and reviews appear here.</source>
        <translation>時間軸上目前還沒有內容。筆記、追蹤事項與評估會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="329"/>
        <source>Nothing on or before %1.</source>
        <translation>%1（含）之前沒有任何項目。</translation>
    </message>
</context>
<context>
    <name>TimelineViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="48"/>
        <source>All kinds</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="49"/>
        <source>Interactions</source>
        <translation>互動</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="50"/>
        <source>Follow-ups</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="51"/>
        <source>Promises</source>
        <translation>承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="52"/>
        <source>Give &amp; take</source>
        <translation>付出與收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="53"/>
        <source>Reviews</source>
        <translation>評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="54"/>
        <source>Stage changes</source>
        <translation>階段變更</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="106"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="119"/>
        <source>Promises kept</source>
        <translation>承諾兌現情況</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="125"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="126"/>
        <source>Snooze</source>
        <translation>延後</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="127"/>
        <source>Log a Note</source>
        <translation>新增筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="128"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="128"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="129"/>
        <source>Dismiss</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="129"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="154"/>
        <source>Today&apos;s list</source>
        <translation>今日清單</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="157"/>
        <source>D done, S snooze, L log a note, Enter open, P open the person, Delete dismiss, B a promise broken</source>
        <translation>D 完成、S 延後、L 新增筆記、Enter 開啟、P 開啟聯絡人、Delete 略過、B 承諾未兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="180"/>
        <source>Nothing is due today. Log what was said at your last meeting (Ctrl+L), or set a stay-in-touch rhythm on the people who matter.</source>
        <translation>今天沒有到期的事項。記下上次會議聊了什麼（Ctrl+L），或為重要的人設定保持聯繫的頻率。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="262"/>
        <source>You kept %1 of %2 promises (%3)</source>
        <translation>您兌現了 %2 項承諾中的 %1 項（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="263"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>對方兌現了 %2 項中的 %1 項（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="291"/>
        <source>Follow-ups due</source>
        <translation>到期的追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="292"/>
        <source>Promises due this week</source>
        <translation>本週到期的承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="293"/>
        <source>Time to get back in touch</source>
        <translation>該重新聯絡了</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="294"/>
        <source>Partner reviews due</source>
        <translation>到期的合作夥伴評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="295"/>
        <source>Birthdays this week</source>
        <translation>本週生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="304"/>
        <source>(the first %1)</source>
        <translation>（前 %1 項）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="329"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n 個追蹤事項到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="330"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>%n 項承諾本週到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n 位該重新聯絡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="332"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n 項合作夥伴評估到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="333"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>%n 位本週生日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="367"/>
        <source>never met yet</source>
        <translation>尚未見過面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="368"/>
        <source>last spoke %1</source>
        <translation>上次交談：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="371"/>
        <location filename="../../partnerbook/ui/views/today_view.py" line="379"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="376"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="377"/>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="381"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="382"/>
        <source>in %1 days</source>
        <translation>%1 天後</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="427"/>
        <source>Promise kept</source>
        <translation>承諾已兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="429"/>
        <source>Marked done</source>
        <comment>the status line after D</comment>
        <translation>已標記為完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="440"/>
        <source>Marked as broken</source>
        <translation>已標記為未兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="448"/>
        <source>Dismissed</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="454"/>
        <source>Snoozed</source>
        <translation>已延後</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="463"/>
        <source>Later today</source>
        <translation>今天稍晚</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="464"/>
        <source>Tomorrow morning</source>
        <translation>明天早上</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="465"/>
        <source>Next week</source>
        <translation>下週</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="469"/>
        <source>Pick a date…</source>
        <translation>選擇日期…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="479"/>
        <source>Snooze until</source>
        <translation>延後至</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="480"/>
        <source>Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)</source>
        <translation>要延後到什麼時候？（例如：下週二、12月5日、next tuesday）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="488"/>
        <source>&apos;%1&apos; is not a date I understand; nothing was snoozed.</source>
        <translation>無法辨識日期「%1」；未延後任何項目。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="511"/>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1。按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="563"/>
        <source>Broken</source>
        <translation>未兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="568"/>
        <source>Open %1</source>
        <translation>開啟 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="567"/>
        <source>them</source>
        <translation>對方</translation>
    </message>
</context>
<context>
    <name>TopicsCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="36"/>
        <source>Personal topics learned</source>
        <translation>得知的個人話題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="43"/>
        <source>One per line: family, hobbies, what to ask about next time. Offer them to the person&apos;s page to remember them there.</source>
        <translation>每行一項：家人、嗜好、下次可以聊什麼。可將它們加入聯絡人頁面，方便日後記得。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="52"/>
        <source>e.g. her daughter starts university in March</source>
        <translation>例如：她女兒三月要上大學</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="52"/>
        <source>Topics learned</source>
        <translation>得知的話題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="70"/>
        <source>Add to %1&apos;s details</source>
        <translation>加入 %1 的個人細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="91"/>
        <source>%1&apos;s personal details already hold these.</source>
        <translation>%1 的個人細節中已有這些內容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="93"/>
        <source>One topic added to %1&apos;s personal details.</source>
        <translation>已將一個話題加入 %1 的個人細節。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="96"/>
        <source>%1 topics added to %2&apos;s personal details.</source>
        <translation>已將 %1 個話題加入 %2 的個人細節。</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="25"/>
        <source>you have %1 open</source>
        <translation>您有 %1 項待兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="25"/>
        <source>they have %1 open</source>
        <translation>對方有 %1 項待兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="29"/>
        <source>no promises from you yet</source>
        <translation>您尚未做出承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="31"/>
        <source>no promises from them yet</source>
        <translation>對方尚未做出承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="34"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>您兌現了 %2 項中的 %1 項（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="36"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>對方兌現了 %2 項中的 %1 項（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="44"/>
        <source>%1 open</source>
        <translation>%1 項待兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="50"/>
        <source>Promises: %1 · %2</source>
        <translation>承諾：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="56"/>
        <source>Give &amp; take: you have given %1, received %2</source>
        <translation>付出與收穫：您已付出 %1 次，收到 %2 次</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="62"/>
        <source>referrals: %1 given (%2 won), %3 received</source>
        <translation>轉介：給出 %1 筆（成交 %2 筆），收到 %3 筆</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="69"/>
        <source>Give &amp; take: nothing noted yet.</source>
        <translation>付出與收穫：尚未記錄任何內容。</translation>
    </message>
</context>
<context>
    <name>WhenField</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="44"/>
        <source>today, yesterday 15:00…</source>
        <translation>今天、昨天 15:00…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="44"/>
        <source>tomorrow, next tuesday…</source>
        <translation>明天、下週二…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="46"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="49"/>
        <source>Date understood</source>
        <translation>辨識出的日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="91"/>
        <source>Not a date I understand</source>
        <translation>無法辨識的日期</translation>
    </message>
</context>
<context>
    <name>_Interval</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="28"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="31"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="32"/>
        <source>weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="33"/>
        <source>%1 unit</source>
        <translation>%1單位</translation>
    </message>
</context>
<context>
    <name>_TimelineBase</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="93"/>
        <source>Nothing on the timeline yet.</source>
        <translation>時間軸上目前還沒有內容。</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="405"/>
        <source>There is no such day; check the date.</source>
        <translation>沒有這一天，請檢查日期。</translation>
    </message>
</context>
</TS>
