<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <location filename="../../partnerbook/app.py" line="293"/>
        <source>Writing eight years of sample relationships…</source>
        <translation>正在寫入八年份的範例關係紀錄…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="322"/>
        <source>The demo journal could not be made.</source>
        <translation>無法建立示範日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="323"/>
        <source>Details are in %1.</source>
        <translation>詳細資訊請見 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="352"/>
        <source>Backup saved and verified: %1</source>
        <translation>備份已儲存並驗證：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="402"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="406"/>
        <source>Show PartnerBook</source>
        <translation>顯示 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="436"/>
        <source>The journal&apos;s integrity check found problems: %1</source>
        <translation>日誌完整性檢查發現問題：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="511"/>
        <source>Restored the backup %1.</source>
        <translation>已還原備份 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="513"/>
        <source>The journal as it was is kept in %1.</source>
        <translation>原本的日誌保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="557"/>
        <source>The journal is damaged: what you see may be incomplete.</source>
        <translation>日誌已損毀：您看到的內容可能不完整。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="581"/>
        <source>Your journal is inside a %1 folder. Sync services copy a database while it is being written and can damage it.</source>
        <translation>您的日誌位於 %1 資料夾中。同步服務會在資料庫寫入時複製它，可能造成損毀。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="587"/>
        <source>Your journal is on a network filesystem (%1). Network filesystems often get database locking wrong and can damage it.</source>
        <translation>您的日誌位於網路檔案系統（%1）上。網路檔案系統常常無法正確鎖定資料庫，可能造成損毀。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="727"/>
        <source>PartnerBook hit a problem it did not expect. What you saved is safe.

Details were written to %1. Please report it.</source>
        <translation>PartnerBook 遇到了未預期的問題。您已儲存的內容都安全無虞。

詳細資訊已寫入 %1。請回報這個問題。</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../partnerbook/ui/autosave.py" line="252"/>
        <source>Edit %1</source>
        <translation>編輯%1</translation>
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
        <location filename="../../partnerbook/ui/brief/content.py" line="158"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="160"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="162"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="165"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n 個月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="167"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="172"/>
        <source>no date</source>
        <translation>未設期限</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="175"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="176"/>
        <source>due %1, %2</source>
        <translation>%1 到期，%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="178"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="179"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>weak</source>
        <translation>強度：弱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>medium</source>
        <translation>強度：中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>strong</source>
        <translation>強度：強</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="192"/>
        <source>confirmed %1</source>
        <translation>確認於 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="195"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="198"/>
        <source>— check it</source>
        <translation>— 有待確認</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="203"/>
        <source>Our value proposition</source>
        <translation>我們的價值主張</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="218"/>
        <source>Nothing written down yet: two or three benefits each way, with numbers.</source>
        <translation>尚未寫下任何內容：雙方各寫兩到三項效益，並附上數字。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="224"/>
        <source>Last interactions</source>
        <translation>最近的互動</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="226"/>
        <source>(%1 of %2)</source>
        <translation>（%1 / %2）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="239"/>
        <source>No interactions noted yet.</source>
        <translation>尚未記錄任何互動。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="250"/>
        <source>… and %1 more</source>
        <translation>…還有 %1 項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="254"/>
        <source>Open promises</source>
        <translation>待兌現的承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="260"/>
        <source>nothing open</source>
        <translation>沒有待兌現的承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="266"/>
        <source>Open follow-ups</source>
        <translation>待處理的追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="270"/>
        <source>Nothing open.</source>
        <translation>沒有待處理的事項。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="277"/>
        <source>you have %1 open</source>
        <translation>您有 %1 項待兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="277"/>
        <source>they have %1 open</source>
        <translation>對方有 %1 項待兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="280"/>
        <source>no promises from you yet</source>
        <translation>您尚未做出承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="282"/>
        <source>no promises from them yet</source>
        <translation>對方尚未做出承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>you kept %1 of %2 (%3 %)</source>
        <translation>您兌現了 %2 項中的 %1 項（%3%）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>they kept %1 of %2 (%3 %)</source>
        <translation>對方兌現了 %2 項中的 %1 項（%3%）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="295"/>
        <source>Promises: %1 · %2</source>
        <translation>承諾：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="307"/>
        <source>You have given %1, received %2.</source>
        <translation>您已付出 %1 次，收到 %2 次。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="312"/>
        <source>Time for a deposit.</source>
        <translation>是時候為這段關係存一筆了。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>Referrals: %1 given (%2 won), %3 received</source>
        <translation>轉介：給出 %1 筆（成交 %2 筆），收到 %3 筆</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="322"/>
        <source>won: %1</source>
        <translation>成交金額：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="327"/>
        <source>Nothing given or received noted yet.</source>
        <translation>尚未記錄任何付出或收穫。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="350"/>
        <source>Who&apos;s who</source>
        <translation>人員一覽</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="353"/>
        <source>Presentation copy: motivations, personal details and the give &amp; take are left out</source>
        <translation>簡報用版本：已省略動機、個人資料與付出與收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="368"/>
        <source>Meeting brief · %1</source>
        <translation>會前簡報 · %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="387"/>
        <source>What&apos;s in it for them</source>
        <translation>對方能得到什麼</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="393"/>
        <source>Not known yet. Ask what they personally get: a KPI, their boss&apos;s praise, ease?</source>
        <translation>尚不清楚。問問對方自己能得到什麼：達成 KPI、老闆的肯定，還是輕鬆省事？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="418"/>
        <source>Based in</source>
        <translation>位於</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="422"/>
        <source>speaks</source>
        <translation>會說</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="436"/>
        <source>Our standing:</source>
        <translation>相對規模：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="442"/>
        <source>Never spoken to yet.</source>
        <translation>尚未交談過。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="444"/>
        <source>Last spoke</source>
        <translation>上次交談</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="454"/>
        <source>Personal: ask about</source>
        <translation>個人話題：可以聊聊</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="461"/>
        <source>Birthday: %1</source>
        <translation>生日：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="463"/>
        <source>today!</source>
        <translation>就是今天！</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="467"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="469"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天後</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="483"/>
        <source>Introductions</source>
        <translation>引薦</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="486"/>
        <source>Introduced by %1</source>
        <translation>由 %1 引薦</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="489"/>
        <source>Introduced to us:</source>
        <translation>引薦給我們的人：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="493"/>
        <source>and %1 more</source>
        <translation>還有 %1 位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="496"/>
        <source>How we met:</source>
        <translation>認識經過：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="507"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="518"/>
        <source>Web:</source>
        <translation>網站：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="521"/>
        <source>Who&apos;s who and what&apos;s in it for them</source>
        <translation>誰是誰，各自能得到什麼</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="532"/>
        <source>Nobody there noted yet.</source>
        <translation>尚未記錄對方的任何聯絡人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="546"/>
        <source>Agreement</source>
        <translation>合作協議</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="549"/>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="550"/>
        <source>Who does what</source>
        <translation>誰負責什麼</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="551"/>
        <source>Revenue share</source>
        <translation>營收分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="552"/>
        <source>Terms</source>
        <translation>條款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="557"/>
        <source>Renewal:</source>
        <translation>續約：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="561"/>
        <source>Referrals: a fixed fee of %1 each</source>
        <translation>轉介：每筆固定費用 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="564"/>
        <source>Referrals: %1 of the revenue</source>
        <translation>轉介：營收的 %1</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="67"/>
        <source>Meeting Brief — %1</source>
        <translation>會前簡報 — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="73"/>
        <source>Meeting brief</source>
        <translation>會前簡報</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="87"/>
        <source>Print the brief (Ctrl+P)</source>
        <translation>列印簡報（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="89"/>
        <source>&amp;Save As…</source>
        <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="90"/>
        <source>Save the brief as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>將簡報另存為 PDF、HTML 或 Markdown（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="127"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="128"/>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="129"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="133"/>
        <source>Save the Brief</source>
        <translation>儲存簡報</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="149"/>
        <source>The brief was not saved: %1</source>
        <translation>簡報未儲存：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="154"/>
        <source>Saved to %1</source>
        <translation>已儲存至 %1</translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="58"/>
        <source>Ideal rhythm</source>
        <translation>理想頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="59"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="62"/>
        <source>Too long after</source>
        <translation>超過多久算太久</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="60"/>
        <source>Ideally every</source>
        <translation>理想上每隔</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="72"/>
        <source>rhythm</source>
        <translation>聯絡頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="80"/>
        <source>too long</source>
        <translation>太久門檻</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="88"/>
        <source>No interaction logged yet.</source>
        <translation>尚未記錄任何互動。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="93"/>
        <source>Last contact today.</source>
        <translation>上次聯絡：今天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="95"/>
        <source>Last contact yesterday.</source>
        <translation>上次聯絡：昨天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="98"/>
        <source>Last contact %1, %2 days ago.</source>
        <translation>上次聯絡：%1（%2 天前）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="103"/>
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
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="34"/>
        <source>The journal is damaged</source>
        <translation>日誌已損毀</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="36"/>
        <source>PartnerBook cannot read the journal %1: part of the file is damaged.</source>
        <translation>PartnerBook 無法讀取日誌 %1：檔案的一部分已損毀。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="48"/>
        <source>The latest good backup is from %1. Restoring it brings back everything saved up to then. The damaged file is moved aside into %2, never deleted, so what it holds beyond the backup can still be rescued.</source>
        <translation>最近一份完好的備份來自 %1。還原它可找回截至當時儲存的所有內容。損毀的檔案會被移到 %2，絕不刪除，因此備份之後的內容仍有機會搶救。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="56"/>
        <source>Restore the Latest Good Backup (%1)</source>
        <translation>還原最近的完好備份（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="63"/>
        <source>No backup that passes its check was found in %1. The journal was not changed: keep the file, it may still be rescued.</source>
        <translation>在 %1 中找不到通過檢查的備份。日誌未被變更：請保留該檔案，它或許還能搶救。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="70"/>
        <source>Not Now</source>
        <translation>稍後再說</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="74"/>
        <source>Quit PartnerBook</source>
        <translation>結束 PartnerBook</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/dates.py" line="59"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>「%1」不是日期。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="19"/>
        <source>Welcome to PartnerBook</source>
        <translation>歡迎使用 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="25"/>
        <source>Keep what each partner and each person wants, what was said over coffee, and what was promised on both sides. Start with the company you work with most, or the person you met last.</source>
        <translation>記下每個合作夥伴與每個人想要什麼、喝咖啡時聊了什麼，以及雙方各自承諾了什麼。先從您最常合作的公司，或最近見過的人開始吧。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="42"/>
        <source>Add a partner</source>
        <translation>新增合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="45"/>
        <source>Add a person</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="47"/>
        <source>Import contacts…</source>
        <translation>匯入聯絡人…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="49"/>
        <source>From your phone, Google, Outlook or LinkedIn: a vCard or CSV export</source>
        <translation>來自手機、Google、Outlook 或 LinkedIn：vCard 或 CSV 匯出檔</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="52"/>
        <source>Explore the demo journal</source>
        <translation>探索示範日誌</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="54"/>
        <source>A separate sample journal with eight years of multilingual relationships</source>
        <translation>獨立的範例日誌，內含八年份的多語言關係紀錄</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="118"/>
        <source>History</source>
        <translation>歷程</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="126"/>
        <source>Log a Note…</source>
        <translation>新增筆記…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="127"/>
        <source>A quick note about them, with a follow-up if you like</source>
        <translation>快速記下關於對方的筆記，也可以順便設定追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="139"/>
        <source>Track record</source>
        <translation>往來紀錄</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="141"/>
        <source>Note a Give or Take…</source>
        <translation>記錄付出或收穫…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="143"/>
        <source>A favour, an introduction, a referral, a resource, a payment</source>
        <translation>人情、引薦、轉介、資源或款項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="199"/>
        <source>Stay in touch</source>
        <translation>保持聯繫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="203"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="204"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="204"/>
        <source>Anything else worth remembering</source>
        <translation>其他值得記住的事</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="205"/>
        <source>notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="220"/>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="222"/>
        <source>Brief…</source>
        <translation>簡報…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="224"/>
        <source>The one-page meeting brief, to read, print or save (Ctrl+B)</source>
        <translation>一頁式會前簡報，可閱讀、列印或儲存（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="228"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="293"/>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="232"/>
        <source>Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)</source>
        <translation>封存的聯絡人與合作夥伴會從清單中移除，但保留所有歷程（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="235"/>
        <source>archived</source>
        <translation>封存狀態</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="249"/>
        <source>Save state</source>
        <translation>儲存狀態</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="290"/>
        <source>Changes save as you type</source>
        <translation>輸入時自動儲存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="293"/>
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
    <name>GiveTakeDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="50"/>
        <source>Give &amp; Take</source>
        <translation>付出與收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="66"/>
        <source>Given or received</source>
        <translation>付出或收到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="67"/>
        <source>I gave</source>
        <translation>我付出</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="68"/>
        <source>I received</source>
        <translation>我收到</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="70"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="77"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="79"/>
        <source>e.g. an intro to their CFO</source>
        <translation>例如：幫忙引薦對方的財務長</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="80"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="81"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="82"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="84"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="83"/>
        <source>today — or last week, 3 March…</source>
        <translation>今天，或上週、3月3日…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="86"/>
        <source>Whom the referral was for: a person or company</source>
        <translation>轉介對象：個人或公司</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="87"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="88"/>
        <source>Referred</source>
        <translation>轉介對象</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="91"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="94"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="98"/>
        <source>Value, if any</source>
        <translation>價值（如有）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="99"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="107"/>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="104"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="141"/>
        <source>When: that is not a date I understand.</source>
        <translation>時間：無法辨識這個日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="185"/>
        <source>Note a give or take</source>
        <translation>記錄付出或收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="207"/>
        <source>Edit a give or take</source>
        <translation>編輯付出或收穫</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="129"/>
        <source>Import Contacts — %1</source>
        <translation>匯入聯絡人 — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="155"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="157"/>
        <source>File format</source>
        <translation>檔案格式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="181"/>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="183"/>
        <source>Show records</source>
        <translation>顯示的資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="195"/>
        <source>Contacts in the file</source>
        <translation>檔案中的聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="231"/>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="234"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="244"/>
        <source>Save Error &amp;Report…</source>
        <translation>儲存錯誤報告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="245"/>
        <source>Every record that could not be read, and why</source>
        <translation>列出每一筆無法讀取的資料及原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="248"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>&amp;Undo Import</source>
        <translation>復原匯入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="251"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="254"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="293"/>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="340"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="371"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="377"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="386"/>
        <source>Nothing was imported.</source>
        <translation>未匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="399"/>
        <source>Automatic (%1)</source>
        <translation>自動（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="428"/>
        <source>There are no contacts in this file.</source>
        <translation>此檔案中沒有聯絡人。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="431"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln 筆新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="432"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln 筆更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="433"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln 筆未變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="435"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln 筆有錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="437"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln 筆有錯誤</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="440"/>
        <source>, </source>
        <comment>between the counts of an import</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="442"/>
        <source>Imported: %1.</source>
        <translation>已匯入：%1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="452"/>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="454"/>
        <source>To create (%1)</source>
        <translation>將新增（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="455"/>
        <source>To update (%1)</source>
        <translation>將更新（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="456"/>
        <source>Unchanged (%1)</source>
        <translation>未變更（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="457"/>
        <source>Errors (%1)</source>
        <translation>錯誤（%1）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="497"/>
        <source>Record %1, line %2</source>
        <translation>第 %1 筆資料，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="524"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="550"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="557"/>
        <source>Importing %1 of %2…</source>
        <translation>正在匯入第 %1 筆，共 %2 筆…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="584"/>
        <source>Import of %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Record</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="638"/>
        <source>Errors in %1</source>
        <translation>%1 中的錯誤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="643"/>
        <source>Record %1, line %2: %3</source>
        <translation>第 %1 筆資料，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="655"/>
        <source>Text (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="655"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="657"/>
        <source>Save the Error Report</source>
        <translation>儲存錯誤報告</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="677"/>
        <source>Error report saved to %1</source>
        <translation>錯誤報告已儲存至 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>&amp;Redo Import</source>
        <translation>重做匯入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="701"/>
        <source>The import was taken back.</source>
        <translation>已撤銷這次匯入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="707"/>
        <source>%1 brings it all back.</source>
        <translation>按 %1 即可全部恢復。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="709"/>
        <source>%1 takes the whole import back.</source>
        <translation>按 %1 即可撤銷整批匯入。</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="53"/>
        <source>Created</source>
        <translation>已新增</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="54"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="55"/>
        <source>Skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="56"/>
        <location filename="../../partnerbook/ui/models/import_model.py" line="62"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="59"/>
        <source>Create</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="60"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="61"/>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="118"/>
        <source>new person</source>
        <translation>新聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="230"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="231"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="232"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="233"/>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="235"/>
        <source>What will happen</source>
        <translation>將執行的動作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="236"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="277"/>
        <source>Record %1</source>
        <translation>第 %1 筆資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="279"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="116"/>
        <source>Who&apos;s in Town</source>
        <translation>誰在當地</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="131"/>
        <source>Where are you going? Whom should you see there?</source>
        <translation>您要去哪裡？到了那裡該見誰？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="135"/>
        <source>City or country</source>
        <translation>城市或國家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="137"/>
        <source>A city or a country, typed any way: hanoi, ha noi, tel aviv, italia</source>
        <translation>城市或國家，怎麼輸入都可以：hanoi、ha noi、tel aviv、italia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="168"/>
        <source>People in town</source>
        <translation>當地的聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Last met</source>
        <translation>上次見面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="189"/>
        <source>Enter opens the person · L logs a note about them</source>
        <translation>Enter 開啟聯絡人 · L 為對方新增筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="192"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="194"/>
        <source>Log a Note…</source>
        <translation>新增筆記…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="196"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="256"/>
        <source>Type where you are going. Cities and countries come from people&apos;s pages; the people you have not seen for longest come first.</source>
        <translation>輸入您要去的地方。城市與國家取自聯絡人頁面；最久沒見的人排在最前面。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="263"/>
        <source>Nobody in “%1” yet. Try the beginning of the city or the country.</source>
        <translation>「%1」目前還沒有聯絡人。請試著輸入城市或國家名稱的開頭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="268"/>
        <source>%n person(s), never met or longest unseen first.</source>
        <translation>
            <numerusform>%n 位聯絡人，從未見過或最久沒見的排在前面。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InTownDialogText</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="91"/>
        <source>never met</source>
        <translation>從未見過面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="93"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="95"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="97"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="99"/>
        <source>%1 weeks ago</source>
        <translation>%1 週前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="101"/>
        <source>%1 months ago</source>
        <translation>%1 個月前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="102"/>
        <source>%1 years ago</source>
        <translation>%1 年前</translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="107"/>
        <source>Title (the notes&apos; first line if left empty)</source>
        <translation>標題（留空則使用筆記的第一行）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="108"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="109"/>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="111"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="113"/>
        <source>Open the page of someone or a partner in this note</source>
        <translation>開啟此筆記中某位聯絡人或合作夥伴的頁面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="114"/>
        <source>Open a person&apos;s or partner&apos;s page</source>
        <translation>開啟聯絡人或合作夥伴的頁面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="118"/>
        <source>Move to Trash</source>
        <translation>移至垃圾桶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="119"/>
        <source>Ctrl+Z brings it back</source>
        <translation>按 Ctrl+Z 可復原</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="124"/>
        <source>Changes save as you type</source>
        <translation>輸入時自動儲存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="126"/>
        <source>Save state</source>
        <translation>儲存狀態</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="130"/>
        <source>What happened</source>
        <translation>經過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="133"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="142"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="136"/>
        <source>kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="143"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="140"/>
        <source>when</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="145"/>
        <source>A café, their office, a video link…</source>
        <translation>咖啡廳、對方辦公室、視訊連結…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="146"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="148"/>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="147"/>
        <source>where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="150"/>
        <source>Add someone: type three letters…</source>
        <translation>新增人員：輸入名字的前幾個字…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="154"/>
        <source>people</source>
        <translation>參與者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="161"/>
        <source>With</source>
        <translation>參與者</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="169"/>
        <source>Add a partner…</source>
        <translation>新增合作夥伴…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="170"/>
        <source>Add a partner</source>
        <translation>新增合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="173"/>
        <source>Partners</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="175"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="189"/>
        <source>Warmth</source>
        <translation>熱絡度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="176"/>
        <source>How warm it felt, from cold (−2) to warm (+2)</source>
        <translation>氣氛有多熱絡，從冷淡（−2）到熱絡（+2）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="177"/>
        <source>Not rated</source>
        <translation>未評分</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="179"/>
        <source>Warm</source>
        <translation>熱絡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="180"/>
        <source>Friendly</source>
        <translation>友好</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="181"/>
        <source>Neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="182"/>
        <source>Cool</source>
        <translation>偏冷淡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="183"/>
        <source>Cold</source>
        <translation>冷淡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="188"/>
        <source>warmth</source>
        <translation>熱絡度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="196"/>
        <source>Invitation sent</source>
        <translation>已寄出邀請</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="197"/>
        <source>Agenda shared</source>
        <translation>已分享議程</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="198"/>
        <source>Recap sent</source>
        <translation>已寄出會議摘要</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="199"/>
        <source>Files printed</source>
        <translation>已列印資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="208"/>
        <source>Legwork</source>
        <translation>會務準備</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="213"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="224"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="215"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="391"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="217"/>
        <source>Show the notes as formatted text (Ctrl+Shift+V)</source>
        <translation>以格式化文字顯示筆記（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="223"/>
        <source>What was said. Markdown works: # headings, - lists, **bold**.</source>
        <translation>聊了些什麼。支援 Markdown：# 標題、- 清單、**粗體**。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="228"/>
        <source>notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="231"/>
        <source>Notes, formatted</source>
        <translation>筆記（已格式化）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="240"/>
        <source>topics</source>
        <translation>個人話題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="292"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="301"/>
        <source>When: &apos;%1&apos; is not a date.</source>
        <translation>時間：「%1」不是日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="303"/>
        <source>When: say when it happened.</source>
        <translation>時間：請填寫發生的時間。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="362"/>
        <source>Remove %1 from this note</source>
        <translation>從此筆記移除 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="363"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="391"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="466"/>
        <source>Edit partners</source>
        <translation>編輯合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="488"/>
        <source>Move a note to the trash</source>
        <translation>將筆記移至垃圾桶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="490"/>
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
        <location filename="../../partnerbook/ui/labels.py" line="118"/>
        <source>Open</source>
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
        <location filename="../../partnerbook/ui/main_window.py" line="153"/>
        <source>Relationships</source>
        <translation>人脈關係</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="158"/>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="160"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="161"/>
        <source>People</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="162"/>
        <source>Partners</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="163"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="164"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="210"/>
        <source>&amp;Quick Note…</source>
        <translation>快速筆記(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="213"/>
        <source>Log what was said, in seconds</source>
        <translation>幾秒內記下談話內容</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="216"/>
        <source>New &amp;Person…</source>
        <translation>新增聯絡人(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="219"/>
        <source>Add a person</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="222"/>
        <source>New Pa&amp;rtner…</source>
        <translation>新增合作夥伴(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="222"/>
        <source>Add a partner</source>
        <translation>新增合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="225"/>
        <source>&amp;Import Contacts…</source>
        <translation>匯入聯絡人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="228"/>
        <source>Bring people in from a vCard or a Google, LinkedIn or Outlook CSV</source>
        <translation>從 vCard 或 Google、LinkedIn、Outlook 的 CSV 匯入聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="231"/>
        <source>Open the &amp;Demo Journal</source>
        <translation>開啟示範日誌(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="234"/>
        <source>A separate sample journal to explore</source>
        <translation>可供探索的獨立範例日誌</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="237"/>
        <source>&amp;Back Up Now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="240"/>
        <source>Save a verified copy of the journal</source>
        <translation>儲存一份經過驗證的日誌副本</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="243"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="245"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="248"/>
        <source>&amp;Search…</source>
        <translation>搜尋(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="251"/>
        <source>Search people, partners and notes</source>
        <translation>搜尋聯絡人、合作夥伴與筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="254"/>
        <source>&amp;Filter the List</source>
        <translation>篩選清單(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="257"/>
        <source>Filter the list</source>
        <translation>篩選清單</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="260"/>
        <source>P&amp;resentation Mode</source>
        <translation>簡報模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="263"/>
        <source>Hide motivations, personal details, notes and the give &amp; take while sharing</source>
        <translation>分享螢幕時隱藏動機、個人資料、備註與付出與收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="268"/>
        <source>Who&apos;s in &amp;Town…</source>
        <translation>誰在當地(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="271"/>
        <source>People in a city or country, the longest unseen first</source>
        <translation>某個城市或國家的聯絡人，最久沒見的排在前面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="274"/>
        <source>&amp;Go To…</source>
        <translation>前往(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="277"/>
        <source>Jump to a person, a partner, a view or an action</source>
        <translation>跳至聯絡人、合作夥伴、檢視或動作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="280"/>
        <source>&amp;Archive or Unarchive</source>
        <translation>封存或取消封存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="283"/>
        <source>Archived people and partners leave the lists but keep their history</source>
        <translation>封存的聯絡人與合作夥伴會從清單中移除，但保留所有歷程</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="286"/>
        <source>Move to &amp;Trash</source>
        <translation>移至垃圾桶(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="289"/>
        <source>Move the selected person or partner to the trash</source>
        <translation>將選取的聯絡人或合作夥伴移至垃圾桶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="292"/>
        <source>Meeting &amp;Brief…</source>
        <translation>會前簡報(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="295"/>
        <source>One page on the selected person or partner, to read or print</source>
        <translation>選取的聯絡人或合作夥伴的一頁式簡報，可閱讀或列印</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="298"/>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="299"/>
        <source>&amp;People</source>
        <translation>聯絡人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="301"/>
        <source>P&amp;artners</source>
        <translation>合作夥伴(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="304"/>
        <source>&amp;Timeline</source>
        <translation>時間軸(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="306"/>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="311"/>
        <location filename="../../partnerbook/ui/main_window.py" line="324"/>
        <source>Follow the &amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="312"/>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="313"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="337"/>
        <source>Start at &amp;Login</source>
        <translation>登入時啟動(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="339"/>
        <source>Open PartnerBook when you log in, so reminders come on time</source>
        <translation>登入時開啟 PartnerBook，讓提醒準時出現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="343"/>
        <source>&amp;About PartnerBook</source>
        <translation>關於 PartnerBook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="348"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="362"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="368"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="374"/>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="376"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="381"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="385"/>
        <source>Main toolbar</source>
        <translation>主要工具列</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="415"/>
        <source>The journal this window shows</source>
        <translation>此視窗顯示的日誌</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="417"/>
        <location filename="../../partnerbook/ui/main_window.py" line="435"/>
        <source>Presentation mode</source>
        <translation>簡報模式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="419"/>
        <source>Presentation mode is on</source>
        <translation>簡報模式已開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="422"/>
        <source>Motivations, personal details, notes and the give &amp; take are hidden (Ctrl+Shift+P)</source>
        <translation>動機、個人資料、備註與付出與收穫已隱藏（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="606"/>
        <source>Follow up now</source>
        <translation>現在該追蹤了</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="660"/>
        <source>PartnerBook will open when you log in.</source>
        <translation>登入時將開啟 PartnerBook。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="662"/>
        <source>PartnerBook will no longer open at login.</source>
        <translation>登入時將不再開啟 PartnerBook。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="684"/>
        <source>View</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="727"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="811"/>
        <source>This entry has no note to open; open its people from the list.</source>
        <translation>此項目沒有可開啟的筆記；請從清單開啟相關的聯絡人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="853"/>
        <source>Contacts (%1)</source>
        <translation>聯絡人檔案 (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="857"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="861"/>
        <source>Import Contacts</source>
        <translation>匯入聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="914"/>
        <source>Select a person or a partner to see their brief.</source>
        <translation>請選取聯絡人或合作夥伴以檢視其簡報。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="947"/>
        <source>About PartnerBook</source>
        <translation>關於 PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="949"/>
        <source>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;A relationship journal for partnership managers, business developers and sales people.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;專為合作夥伴經理、業務開發與銷售人員打造的人脈關係日誌。&lt;/p&gt;&lt;p&gt;您的日誌：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetailView</name>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="113"/>
        <source>Show archived</source>
        <translation>顯示已封存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="225"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="230"/>
        <source>%1 shown</source>
        <translation>顯示 %1 筆</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="302"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>已移至垃圾桶。按 Ctrl+Z 可復原。</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="75"/>
        <source>Partner name</source>
        <translation>合作夥伴名稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="83"/>
        <source>Write a Review…</source>
        <translation>撰寫評估…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="84"/>
        <source>KPIs against their targets, a summary, next steps</source>
        <translation>KPI 與目標對照、摘要、後續步驟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="102"/>
        <source>Relationship</source>
        <translation>合作關係</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="106"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="116"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="121"/>
        <source>e.g. bank, e-wallet, designer</source>
        <translation>例如：銀行、電子錢包、設計師</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="121"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="125"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <source>kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="126"/>
        <source>Standing</source>
        <translation>相對規模</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="126"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="127"/>
        <source>standing</source>
        <translation>相對規模</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="129"/>
        <source>Our size</source>
        <translation>我方規模</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="143"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="136"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="137"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="138"/>
        <source>website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="139"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="140"/>
        <source>country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="144"/>
        <source>Based in</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="145"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="149"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="147"/>
        <source>tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="153"/>
        <source>What we bring each other</source>
        <translation>互惠價值</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="164"/>
        <source>For whom</source>
        <translation>受益方</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="171"/>
        <source>Horizon</source>
        <translation>時程</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="176"/>
        <source>Benefit, concrete</source>
        <translation>具體效益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="179"/>
        <source>How much</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="183"/>
        <source>how much</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="187"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="191"/>
        <source>unit, e.g. customers</source>
        <translation>單位，例如：客戶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="195"/>
        <source>Add benefit</source>
        <translation>新增效益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="201"/>
        <source>Write 2–3 short-term and 2–3 long-term benefits for them, quantified.</source>
        <translation>為對方寫下 2–3 項短期與 2–3 項長期效益，並加以量化。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="209"/>
        <source>Fit</source>
        <translation>契合度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="211"/>
        <source>Complementary strengths</source>
        <translation>優勢互補</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="212"/>
        <source>Audience fit</source>
        <translation>受眾契合</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="213"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="214"/>
        <source>Size proportion</source>
        <translation>規模相稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="215"/>
        <source>Willingness to cooperate</source>
        <translation>合作意願</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="227"/>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="227"/>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="235"/>
        <source>Overall: why they fit, or not</source>
        <translation>整體而言：為什麼契合或不契合</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="235"/>
        <source>Fit notes</source>
        <translation>契合度備註</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="236"/>
        <source>fit notes</source>
        <translation>契合度備註</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="241"/>
        <source>Agreement</source>
        <translation>合作協議</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <source>What we do together</source>
        <translation>雙方合作的內容</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="264"/>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="265"/>
        <source>Who does what</source>
        <translation>誰負責什麼</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <source>Responsibilities</source>
        <translation>職責分工</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <source>e.g. 70/30 on net revenue</source>
        <translation>例如：淨營收 70/30 分配</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="266"/>
        <source>Revenue share</source>
        <translation>營收分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="248"/>
        <source>Duration, exclusivity, notice…</source>
        <translation>期限、獨家條款、終止通知期…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="248"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="267"/>
        <source>Terms</source>
        <translation>條款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>Renewal date</source>
        <translation>續約日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <source>scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="253"/>
        <source>responsibilities</source>
        <translation>職責分工</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="255"/>
        <source>revenue share</source>
        <translation>營收分成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="256"/>
        <source>terms</source>
        <translation>條款</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="260"/>
        <source>renewal date</source>
        <translation>續約日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="268"/>
        <source>Renewal</source>
        <translation>續約</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="270"/>
        <source>Referral terms</source>
        <translation>轉介條件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="271"/>
        <source>referral terms</source>
        <translation>轉介條件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="277"/>
        <source>fee</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <source>Fee per referral</source>
        <translation>每筆轉介費用</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="281"/>
        <source>Referral percentage</source>
        <translation>轉介抽成比例</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="286"/>
        <source>percentage</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="290"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="292"/>
        <source>currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="298"/>
        <source>Referrals</source>
        <translation>轉介</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>Review rhythm</source>
        <translation>評估頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>No reviews</source>
        <translation>不評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <source>review rhythm</source>
        <translation>評估頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="303"/>
        <source>Reviews</source>
        <translation>評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="307"/>
        <source>People</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="327"/>
        <source>Referral terms: none agreed.</source>
        <translation>轉介條件：尚未約定。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="330"/>
        <source>Referral terms: a fixed fee of %1 per referral.</source>
        <translation>轉介條件：每筆轉介固定費用 %1。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="333"/>
        <source>Referral terms: %1 % of each referral.</source>
        <translation>轉介條件：每筆轉介抽成 %1%。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="334"/>
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
        <location filename="../../partnerbook/ui/views/partners_view.py" line="38"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="39"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="41"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="45"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="47"/>
        <source>People</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="52"/>
        <source>Last contact</source>
        <translation>上次聯絡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="57"/>
        <source>Stay in touch</source>
        <translation>保持聯繫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="106"/>
        <source>New partner</source>
        <translation>新增合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="107"/>
        <source>Name of the organisation:</source>
        <translation>組織名稱：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="108"/>
        <source>Add partner</source>
        <translation>新增合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="109"/>
        <source>Move partner to the trash</source>
        <translation>將合作夥伴移至垃圾桶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="112"/>
        <source>Pick a partner on the left, or press %1 to add one.</source>
        <translation>請從左側選擇合作夥伴，或按 %1 新增。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="124"/>
        <source>Filter by name, kind, stage or city (Ctrl+Shift+F)</source>
        <translation>依名稱、類型、階段或城市篩選（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="33"/>
        <source>Encrypted Journal</source>
        <translation>加密日誌</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="38"/>
        <source>The journal %1 is encrypted. Type its passphrase.</source>
        <translation>日誌 %1 已加密。請輸入它的密碼片語。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="45"/>
        <source>Passphrase</source>
        <translation>密碼片語</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="52"/>
        <source>Remember on this computer</source>
        <translation>在這台電腦上記住</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="54"/>
        <source>Keep the passphrase in the system&apos;s keyring.</source>
        <translation>將密碼片語保存在系統的鑰匙圈中。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="59"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="64"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="79"/>
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
        <location filename="../../partnerbook/ui/views/people_view.py" line="42"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="43"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="44"/>
        <source>Role</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="45"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="47"/>
        <source>Last contact</source>
        <translation>上次聯絡</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="52"/>
        <source>Stay in touch</source>
        <translation>保持聯繫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="106"/>
        <source>New person</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="107"/>
        <source>Name (in any script):</source>
        <translation>姓名（任何文字皆可）：</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="108"/>
        <source>Add person</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="109"/>
        <source>Move person to the trash</source>
        <translation>將聯絡人移至垃圾桶</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="112"/>
        <source>Pick someone on the left, or press %1 to add a person.</source>
        <translation>請從左側選擇聯絡人，或按 %1 新增聯絡人。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="124"/>
        <source>Filter by name, partner, city or tag (Ctrl+Shift+F)</source>
        <translation>依姓名、合作夥伴、城市或標籤篩選（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="68"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="83"/>
        <source>What&apos;s in it for them</source>
        <translation>對方能得到什麼</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="86"/>
        <source>You partner with a company, but you work with a person. What does this person personally get: a KPI, looking good to the boss, comfort, fun?</source>
        <translation>您合作的是公司，但共事的是人。這個人自己能得到什麼：達成 KPI、在老闆面前有面子、輕鬆省事，還是樂趣？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="101"/>
        <source>Motivation</source>
        <translation>動機</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="106"/>
        <source>In their words</source>
        <translation>對方原話</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="109"/>
        <source>How sure</source>
        <translation>確定程度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="114"/>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="117"/>
        <source>Last confirmed</source>
        <translation>上次確認</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="120"/>
        <source>last confirmed</source>
        <translation>上次確認</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="124"/>
        <source>Add motivation</source>
        <translation>新增動機</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="130"/>
        <source>No motivation noted yet. Ask, listen, and write down what you hear.</source>
        <translation>尚未記錄任何動機。多問、多聽，並記下您聽到的內容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="139"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="146"/>
        <source>New partner &quot;%1&quot;</source>
        <translation>新增合作夥伴「%1」</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="152"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="150"/>
        <source>Type to find a partner</source>
        <translation>輸入以尋找合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="153"/>
        <source>e.g. Head of Partnerships</source>
        <translation>例如：合作夥伴關係主管</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="153"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <source>Role</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="154"/>
        <source>role</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <source>Stakeholder role</source>
        <translation>利害關係人角色</translation>
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
        <translation>利害關係人角色</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <source>Plays the part of</source>
        <translation>扮演角色</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="159"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="161"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="160"/>
        <source>department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="166"/>
        <source>Before</source>
        <translation>先前任職</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="171"/>
        <source>Personal</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="178"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="205"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="183"/>
        <source>Detail</source>
        <translation>細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="184"/>
        <source>Learned on</source>
        <translation>得知日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="187"/>
        <source>Add personal detail</source>
        <translation>新增個人細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="189"/>
        <source>Family, hobbies, what to ask about next time: coffee talk is made of these.</source>
        <translation>家人、嗜好、下次可以聊什麼：喝咖啡時的話題就從這些來。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="198"/>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="210"/>
        <source>Email, phone or web address</source>
        <translation>電子郵件、電話或網址</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>Label</source>
        <translation>標示</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>work, home…</source>
        <translation>公司、住家…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="216"/>
        <source>Add email, phone or link</source>
        <translation>新增電子郵件、電話或連結</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="226"/>
        <source>About</source>
        <translation>基本資料</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="229"/>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="230"/>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="231"/>
        <source>given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="232"/>
        <source>family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="235"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="237"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="238"/>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="239"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="240"/>
        <source>country</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="243"/>
        <source>Lives in</source>
        <translation>居住地</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="244"/>
        <source>e.g. vi, en</source>
        <translation>例如：zh, en</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="244"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="248"/>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <source>languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="249"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <source>Where and how you met</source>
        <translation>在哪裡、如何認識的</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <source>How we met</source>
        <translation>認識經過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="251"/>
        <source>how we met</source>
        <translation>認識經過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="258"/>
        <source>Met on</source>
        <translation>認識日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="256"/>
        <source>met on</source>
        <translation>認識日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="265"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="275"/>
        <source>Introduced by</source>
        <translation>介紹人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="266"/>
        <source>Type to find who introduced you</source>
        <translation>輸入以尋找介紹人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="270"/>
        <source>introduced by</source>
        <translation>介紹人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="276"/>
        <source>e.g. fintech, Hanoi, VIP</source>
        <translation>例如：金融科技、河內、VIP</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="276"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="280"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <source>tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="291"/>
        <source>Birthday day</source>
        <translation>生日（日）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="293"/>
        <source>Birthday month</source>
        <translation>生日（月）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="299"/>
        <source>Birth year (optional)</source>
        <translation>出生年份（選填）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="299"/>
        <source>year?</source>
        <translation>年份？</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="302"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="303"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="304"/>
        <source>birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="337"/>
        <source>%1 at %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="344"/>
        <source>%1, %2 (until %3)</source>
        <translation>%2 %1（至 %3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="345"/>
        <source>no role noted</source>
        <translation>未記錄職稱</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="346"/>
        <source>a deleted partner</source>
        <translation>已刪除的合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="350"/>
        <source>No earlier partners</source>
        <translation>沒有先前任職的合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="356"/>
        <source>%1 · last contact %2</source>
        <translation>%1 · 上次聯絡 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="388"/>
        <source>Change partner</source>
        <translation>變更合作夥伴</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../partnerbook/ui/presentation.py" line="31"/>
        <source>Hidden while presenting</source>
        <translation>簡報時隱藏</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="69"/>
        <source>Quick Note</source>
        <translation>快速筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="102"/>
        <source>What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday</source>
        <translation>聊了什麼？例如：咖啡 — 她需要拿下 Q1 KPI；跟進：下週二</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="104"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="105"/>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>按 Enter 儲存，Shift+Enter 換行</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="114"/>
        <source>What PartnerBook understood</source>
        <translation>PartnerBook 的理解</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="122"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="133"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="127"/>
        <source>When it happened</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="128"/>
        <source>now — or yesterday 15:00, last Friday…</source>
        <translation>現在，或昨天 15:00、上週五…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="138"/>
        <source>The company, if any</source>
        <translation>公司（如有）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="139"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="141"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="142"/>
        <source>Follow up on</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="144"/>
        <source>no follow-up — or next tuesday, in 2 weeks…</source>
        <translation>不追蹤，或下週二、2 週後…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="146"/>
        <source>Follow up</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="156"/>
        <source>Enter saves · Shift+Enter new line · Esc keeps the draft</source>
        <translation>Enter 儲存 · Shift+Enter 換行 · Esc 保留草稿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="159"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="160"/>
        <source>Forget this draft</source>
        <translation>捨棄此草稿</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="163"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="210"/>
        <source>follow-up %1 %2</source>
        <translation>追蹤 %1 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="217"/>
        <source>(“%1” is not a date I understand: no follow-up set)</source>
        <translation>（無法辨識日期「%1」：未設定追蹤）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="254"/>
        <source>The follow-up date is not one I understand: change it or clear it.</source>
        <translation>無法辨識追蹤日期：請修改或清除。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="260"/>
        <source>When it happened is not a date I understand.</source>
        <translation>無法辨識發生時間的日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="285"/>
        <source>What you typed stays here, and is kept in %1 until it can be saved.</source>
        <translation>您輸入的內容會留在這裡，並保存在 %1，直到可以儲存為止。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="308"/>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="310"/>
        <source>Saved for %1: %2</source>
        <translation>已為 %1 儲存：%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="314"/>
        <source>follow-up %1</source>
        <translation>追蹤：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="395"/>
        <source>The journal cannot be written: %1
What you type stays in this window and is kept in %2 until the journal can take it.</source>
        <translation>無法寫入日誌：%1
您輸入的內容會留在此視窗，並保存在 %2，直到日誌可以寫入。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="404"/>
        <source>The draft could not be kept (%1). Keep this window open.</source>
        <translation>無法保留草稿（%1）。請勿關閉此視窗。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="452"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>您未儲存的筆記已恢復，一切如您離開時。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="458"/>
        <source>Your unsaved note is back, as you left it. The journal could not be written then, so it was kept in a file of its own; it is in the journal again now.</source>
        <translation>您未儲存的筆記已恢復，和您離開時一樣。當時無法寫入日誌，因此它被保存在單獨的檔案中；現在已重新存入日誌。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="466"/>
        <source>Your unsaved note is back, as you left it. The journal still cannot be written, so it stays kept in a file of its own.</source>
        <translation>您未儲存的筆記已恢復，和您離開時一樣。日誌仍然無法寫入，因此它繼續保存在單獨的檔案中。</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="23"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="25"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="27"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="28"/>
        <source>Remind me tomorrow morning</source>
        <translation>明天早上再提醒我</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="33"/>
        <source>Close the reminder</source>
        <translation>關閉提醒</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="50"/>
        <source>Follow up now: %1</source>
        <translation>現在該追蹤：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="52"/>
        <source>(and %1 more)</source>
        <translation>（還有 %1 項）</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="60"/>
        <source>Review of %1</source>
        <translation>%1 評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="69"/>
        <source>Rhythm</source>
        <translation>頻率</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="72"/>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="72"/>
        <source>Period from</source>
        <translation>期間起始</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>Period to</source>
        <translation>期間結束</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="79"/>
        <source>Period</source>
        <translation>期間</translation>
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
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="96"/>
        <source>Add a KPI</source>
        <translation>新增 KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="99"/>
        <source>Remove the KPI</source>
        <translation>移除此 KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="107"/>
        <source>How the period went</source>
        <translation>這段期間的表現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="107"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="111"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="109"/>
        <source>What happens next, and who does it</source>
        <translation>接下來要做什麼、由誰負責</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="109"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="113"/>
        <source>Next steps</source>
        <translation>後續步驟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="186"/>
        <source>Give the period&apos;s first and last day.</source>
        <translation>請填寫期間的第一天與最後一天。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="227"/>
        <source>Save a review</source>
        <translation>儲存評估</translation>
    </message>
</context>
<context>
    <name>SatelliteEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="175"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="176"/>
        <source>Remove this item</source>
        <translation>移除此項目</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="246"/>
        <source>Add a Motivation</source>
        <translation>新增動機</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="246"/>
        <source>Remove a Motivation</source>
        <translation>移除動機</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="248"/>
        <source>Add a Personal Detail</source>
        <translation>新增個人細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Remove a Personal Detail</source>
        <translation>移除個人細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Add a Contact</source>
        <translation>新增聯絡方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Remove a Contact</source>
        <translation>移除聯絡方式</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Add a Benefit</source>
        <translation>新增效益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Remove a Benefit</source>
        <translation>移除效益</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Add a Row</source>
        <translation>新增一列</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
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
        <location filename="../../partnerbook/ui/views/search_view.py" line="170"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="172"/>
        <source>Search names and notes — no accents needed: nguyen, kpi q1, 合作</source>
        <translation>搜尋姓名與筆記，不必輸入重音符號：nguyen、kpi q1、合作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="191"/>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="298"/>
        <source>People</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="299"/>
        <source>Partners</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="300"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="315"/>
        <source>Search everything in the journal: people, partners and every note.

Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note (“q1 kpi”), a city or a partner. Case and accents do not matter, and Chinese works as written (合作).

Down moves into the results; Enter opens the first one.</source>
        <translation>搜尋日誌中的所有內容：聯絡人、合作夥伴及每一則筆記。

輸入姓名或其開頭（「ngu」可找到 Nguyễn）、筆記中的幾個字（「q1 kpi」）、城市或合作夥伴。不分大小寫與重音符號，中文照常輸入即可（合作）。

按向下鍵移至結果；按 Enter 開啟第一筆。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="328"/>
        <source>Nothing found for “%1”.

Try fewer words, or the beginning of a name.</source>
        <translation>找不到「%1」。

請減少字詞，或改輸入姓名的開頭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="353"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 筆</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="357"/>
        <source>The first %1 found; add a word to narrow them</source>
        <translation>僅顯示前 %1 筆；再加一個字詞可縮小範圍</translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="64"/>
        <source>Follow-ups and promises</source>
        <translation>追蹤事項與承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="73"/>
        <source>Follow-up or promise</source>
        <translation>追蹤事項或承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="74"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="126"/>
        <source>Follow up</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="78"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="79"/>
        <source>What is to be done</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="80"/>
        <source>By when</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="81"/>
        <source>by when: next tuesday…</source>
        <translation>期限：下週二…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="83"/>
        <source>Repeat</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="84"/>
        <source>A follow-up can come back on a rhythm</source>
        <translation>追蹤事項可以定期重複出現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="86"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="87"/>
        <source>Every week</source>
        <translation>每週</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="88"/>
        <source>Every 2 weeks</source>
        <translation>每 2 週</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="89"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="90"/>
        <source>Every 3 months</source>
        <translation>每 3 個月</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="96"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="129"/>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="140"/>
        <source>By when: that is not a date I understand.</source>
        <translation>期限：無法辨識這個日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="166"/>
        <source>Add a follow-up</source>
        <translation>新增追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="173"/>
        <source>Added (%1).</source>
        <translation>已新增（%1）。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="173"/>
        <source>Added.</source>
        <translation>已新增。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="202"/>
        <source>Tick a follow-up</source>
        <translation>勾選追蹤事項</translation>
    </message>
</context>
<context>
    <name>TimelineDelegateText</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_delegate.py" line="71"/>
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
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="488"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="490"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="353"/>
        <source>Kind of entry</source>
        <translation>項目類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="364"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="379"/>
        <source>Nothing here yet: notes and follow-ups with them will appear here.</source>
        <translation>目前還沒有內容：與對方相關的筆記和追蹤事項會顯示在這裡。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="136"/>
        <source>Kind of entry</source>
        <translation>項目類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="143"/>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="148"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="223"/>
        <source>All tags</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="155"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="156"/>
        <source>Person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="161"/>
        <source>Any partner</source>
        <translation>任何合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="162"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="169"/>
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
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="181"/>
        <source>From (date)</source>
        <translation>起始（日期）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="181"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>To (date)</source>
        <translation>結束（日期）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>To date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="187"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="188"/>
        <source>Clear filters</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="193"/>
        <source>Timeline message</source>
        <translation>時間軸訊息</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="207"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="259"/>
        <source>The end date is before the start date.</source>
        <translation>結束日期早於起始日期。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="300"/>
        <source>Nothing matches these filters.</source>
        <translation>沒有符合這些篩選條件的項目。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="301"/>
        <source>Nothing on the timeline yet. Notes, follow-ups and reviews appear here.</source>
        <translation>時間軸上目前還沒有內容。筆記、追蹤事項與評估會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="326"/>
        <source>Nothing on or before %1.</source>
        <translation>%1（含）之前沒有任何項目。</translation>
    </message>
</context>
<context>
    <name>TimelineViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="47"/>
        <source>All kinds</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="48"/>
        <source>Interactions</source>
        <translation>互動</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="49"/>
        <source>Follow-ups</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="50"/>
        <source>Promises</source>
        <translation>承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="51"/>
        <source>Give &amp; take</source>
        <translation>付出與收穫</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="52"/>
        <source>Reviews</source>
        <translation>評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="53"/>
        <source>Stage changes</source>
        <translation>階段變更</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="95"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="108"/>
        <source>Promises kept</source>
        <translation>承諾兌現情況</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="114"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="115"/>
        <source>Snooze</source>
        <translation>延後</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="116"/>
        <source>Log a Note</source>
        <translation>新增筆記</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="117"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="117"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="118"/>
        <source>Dismiss</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="118"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="142"/>
        <source>Today&apos;s list</source>
        <translation>今日清單</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="145"/>
        <source>D done, S snooze, L log a note, Enter open, P open the person, Delete dismiss, B a promise broken</source>
        <translation>D 完成、S 延後、L 新增筆記、Enter 開啟、P 開啟聯絡人、Delete 略過、B 承諾未兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="168"/>
        <source>Nothing is due today. Log what was said at your last meeting (Ctrl+L), or set a stay-in-touch rhythm on the people who matter.</source>
        <translation>今天沒有到期的事項。記下上次會議聊了什麼（Ctrl+L），或為重要的人設定保持聯繫的頻率。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="222"/>
        <source>You kept %1 of %2 promises (%3)</source>
        <translation>您兌現了 %2 項承諾中的 %1 項（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="223"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>對方兌現了 %2 項中的 %1 項（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="251"/>
        <source>Follow-ups due</source>
        <translation>到期的追蹤事項</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="252"/>
        <source>Promises due this week</source>
        <translation>本週到期的承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="253"/>
        <source>Time to get back in touch</source>
        <translation>該重新聯絡了</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="254"/>
        <source>Partner reviews due</source>
        <translation>到期的合作夥伴評估</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="255"/>
        <source>Birthdays this week</source>
        <translation>本週生日</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="264"/>
        <source>(the first %1)</source>
        <translation>（前 %1 項）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="289"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n 個追蹤事項到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="290"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>%n 項承諾本週到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="291"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n 位該重新聯絡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="292"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n 項合作夥伴評估到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="293"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>%n 位本週生日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="327"/>
        <source>never met yet</source>
        <translation>尚未見過面</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="328"/>
        <source>last spoke %1</source>
        <translation>上次交談：%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <location filename="../../partnerbook/ui/views/today_view.py" line="339"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="336"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="337"/>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="341"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="342"/>
        <source>in %1 days</source>
        <translation>%1 天後</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="387"/>
        <source>Promise kept</source>
        <translation>承諾已兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="389"/>
        <source>Marked done</source>
        <comment>the status line after D</comment>
        <translation>已標記為完成</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="400"/>
        <source>Marked as broken</source>
        <translation>已標記為未兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="408"/>
        <source>Dismissed</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="414"/>
        <source>Snoozed</source>
        <translation>已延後</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="423"/>
        <source>Later today</source>
        <translation>今天稍晚</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="424"/>
        <source>Tomorrow morning</source>
        <translation>明天早上</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="425"/>
        <source>Next week</source>
        <translation>下週</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="429"/>
        <source>Pick a date…</source>
        <translation>選擇日期…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="439"/>
        <source>Snooze until</source>
        <translation>延後至</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="440"/>
        <source>Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)</source>
        <translation>要延後到什麼時候？（例如：下週二、12月5日、next tuesday）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="448"/>
        <source>&apos;%1&apos; is not a date I understand; nothing was snoozed.</source>
        <translation>無法辨識日期「%1」；未延後任何項目。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="471"/>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1。按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="523"/>
        <source>Broken</source>
        <translation>未兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="528"/>
        <source>Open %1</source>
        <translation>開啟 %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="527"/>
        <source>them</source>
        <translation>對方</translation>
    </message>
</context>
<context>
    <name>TopicsCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="34"/>
        <source>Personal topics learned</source>
        <translation>得知的個人話題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="41"/>
        <source>One per line: family, hobbies, what to ask about next time. Offer them to the person&apos;s page to remember them there.</source>
        <translation>每行一項：家人、嗜好、下次可以聊什麼。可將它們加入聯絡人頁面，方便日後記得。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="50"/>
        <source>e.g. her daughter starts university in March</source>
        <translation>例如：她女兒三月要上大學</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="50"/>
        <source>Topics learned</source>
        <translation>得知的話題</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="68"/>
        <source>Add to %1&apos;s details</source>
        <translation>加入 %1 的個人細節</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="89"/>
        <source>%1&apos;s personal details already hold these.</source>
        <translation>%1 的個人細節中已有這些內容。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="91"/>
        <source>One topic added to %1&apos;s personal details.</source>
        <translation>已將一個話題加入 %1 的個人細節。</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="94"/>
        <source>%1 topics added to %2&apos;s personal details.</source>
        <translation>已將 %1 個話題加入 %2 的個人細節。</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="24"/>
        <source>you have %1 open</source>
        <translation>您有 %1 項待兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="24"/>
        <source>they have %1 open</source>
        <translation>對方有 %1 項待兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="28"/>
        <source>no promises from you yet</source>
        <translation>您尚未做出承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="30"/>
        <source>no promises from them yet</source>
        <translation>對方尚未做出承諾</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="33"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>您兌現了 %2 項中的 %1 項（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="35"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>對方兌現了 %2 項中的 %1 項（%3）</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="43"/>
        <source>%1 open</source>
        <translation>%1 項待兌現</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="49"/>
        <source>Promises: %1 · %2</source>
        <translation>承諾：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="55"/>
        <source>Give &amp; take: you have given %1, received %2</source>
        <translation>付出與收穫：您已付出 %1 次，收到 %2 次</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="61"/>
        <source>referrals: %1 given (%2 won), %3 received</source>
        <translation>轉介：給出 %1 筆（成交 %2 筆），收到 %3 筆</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="68"/>
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
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="92"/>
        <source>Nothing on the timeline yet.</source>
        <translation>時間軸上目前還沒有內容。</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="403"/>
        <source>There is no such day; check the date.</source>
        <translation>沒有這一天，請檢查日期。</translation>
    </message>
</context>
</TS>
