<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>App</name>
    <message>
        <location filename="../../partnerbook/app.py" line="293"/>
        <source>Writing eight years of sample relationships…</source>
        <translation>יצירת שמונה שנים של קשרים לדוגמה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="322"/>
        <source>The demo journal could not be made.</source>
        <translation>לא ניתן היה ליצור את יומן ההדגמה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="323"/>
        <source>Details are in %1.</source>
        <translation>הפרטים נמצאים ב־%1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="352"/>
        <source>Backup saved and verified: %1</source>
        <translation>הגיבוי נשמר ואומת: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="402"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="406"/>
        <source>Show PartnerBook</source>
        <translation>הצגת PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="436"/>
        <source>The journal&apos;s integrity check found problems: %1</source>
        <translation>בדיקת השלמות של היומן מצאה בעיות: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="511"/>
        <source>Restored the backup %1.</source>
        <translation>הגיבוי %1 שוחזר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="513"/>
        <source>The journal as it was is kept in %1.</source>
        <translation>היומן כפי שהיה נשמר ב־%1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="557"/>
        <source>The journal is damaged: what you see may be incomplete.</source>
        <translation>היומן פגום: ייתכן שמה שמוצג אינו שלם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="581"/>
        <source>Your journal is inside a %1 folder. Sync services copy a database while it is being written and can damage it.</source>
        <translation>היומן שלכם נמצא בתוך תיקיית %1. שירותי סנכרון מעתיקים מסד נתונים בזמן שהוא נכתב ועלולים להשחית אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="587"/>
        <source>Your journal is on a network filesystem (%1). Network filesystems often get database locking wrong and can damage it.</source>
        <translation>היומן שלכם נמצא במערכת קבצים ברשת (%1). מערכות קבצים ברשת נוטות לטפל בנעילת מסדי נתונים באופן שגוי ועלולות להשחית אותם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="727"/>
        <source>PartnerBook hit a problem it did not expect. What you saved is safe.

Details were written to %1. Please report it.</source>
        <translation>אירעה ב־PartnerBook בעיה לא צפויה. מה ששמרתם בטוח.

הפרטים נכתבו אל %1. נשמח אם תדווחו על כך.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../partnerbook/ui/autosave.py" line="252"/>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../partnerbook/ui/brief/pdf.py" line="227"/>
        <source>Print the Brief</source>
        <translation>הדפסת התדריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="158"/>
        <source>today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="160"/>
        <source>yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="162"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>לפני יום אחד</numerusform>
            <numerusform>לפני %n ימים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="165"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>לפני חודש אחד</numerusform>
            <numerusform>לפני %n חודשים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="167"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>לפני שנה אחת</numerusform>
            <numerusform>לפני %n שנים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="172"/>
        <source>no date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="175"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>באיחור של יום אחד</numerusform>
            <numerusform>באיחור של %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="176"/>
        <source>due %1, %2</source>
        <translation>לביצוע עד %1, %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="178"/>
        <source>due today</source>
        <translation>לביצוע היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="179"/>
        <source>due %1</source>
        <translation>לביצוע עד %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>weak</source>
        <translation>חלש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>medium</source>
        <translation>בינוני</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>strong</source>
        <translation>חזק</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="192"/>
        <source>confirmed %1</source>
        <translation>אושר ב־%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="195"/>
        <source>“%1”</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="198"/>
        <source>— check it</source>
        <translation>— כדאי לבדוק</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="203"/>
        <source>Our value proposition</source>
        <translation>הצעת הערך שלנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="218"/>
        <source>Nothing written down yet: two or three benefits each way, with numbers.</source>
        <translation>עדיין לא נכתב דבר: שתיים או שלוש תועלות לכל צד, עם מספרים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="224"/>
        <source>Last interactions</source>
        <translation>אינטראקציות אחרונות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="226"/>
        <source>(%1 of %2)</source>
        <translation>(%1 מתוך %2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="239"/>
        <source>No interactions noted yet.</source>
        <translation>עדיין לא נרשמו אינטראקציות.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="250"/>
        <source>… and %1 more</source>
        <translation>… ועוד %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="254"/>
        <source>Open promises</source>
        <translation>הבטחות פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="260"/>
        <source>nothing open</source>
        <translation>אין הבטחות פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="266"/>
        <source>Open follow-ups</source>
        <translation>מעקבים פתוחים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="270"/>
        <source>Nothing open.</source>
        <translation>אין מעקבים פתוחים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="277"/>
        <source>you have %1 open</source>
        <translation>לכם %1 פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="277"/>
        <source>they have %1 open</source>
        <translation>להם %1 פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="280"/>
        <source>no promises from you yet</source>
        <translation>עדיין אין הבטחות מצדכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="282"/>
        <source>no promises from them yet</source>
        <translation>עדיין אין הבטחות מצדם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>you kept %1 of %2 (%3 %)</source>
        <translation>קיימתם %1 מתוך %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>they kept %1 of %2 (%3 %)</source>
        <translation>הם קיימו %1 מתוך %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="295"/>
        <source>Promises: %1 · %2</source>
        <translation>הבטחות: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="307"/>
        <source>You have given %1, received %2.</source>
        <translation>נתתם %1, קיבלתם %2.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="312"/>
        <source>Time for a deposit.</source>
        <translation>הגיע הזמן להפקדה בבנק היחסים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>Referrals: %1 given (%2 won), %3 received</source>
        <translation>הפניות: %1 ניתנו (%2 הצליחו), %3 התקבלו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="322"/>
        <source>won: %1</source>
        <translation>שווי ההפניות שהצליחו: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="327"/>
        <source>Nothing given or received noted yet.</source>
        <translation>עדיין לא נרשם דבר שניתן או שהתקבל.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="350"/>
        <source>Who&apos;s who</source>
        <translation>מי זה מי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="353"/>
        <source>Presentation copy: motivations, personal details and the give &amp; take are left out</source>
        <translation>עותק להצגה: המניעים, הפרטים האישיים והתן וקח הושמטו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="368"/>
        <source>Meeting brief · %1</source>
        <translation>תדריך לפגישה · %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="387"/>
        <source>What&apos;s in it for them</source>
        <translation>מה יוצא להם מזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="393"/>
        <source>Not known yet. Ask what they personally get: a KPI, their boss&apos;s praise, ease?</source>
        <translation>עדיין לא ידוע. שאלו מה הם מרוויחים באופן אישי: עמידה ב־KPI, שבחים מהבוס, נוחות?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="418"/>
        <source>Based in</source>
        <translation>מיקום:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="422"/>
        <source>speaks</source>
        <translation>שפות:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="436"/>
        <source>Our standing:</source>
        <translation>המעמד שלנו:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="442"/>
        <source>Never spoken to yet.</source>
        <translation>עדיין לא דיברתם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="444"/>
        <source>Last spoke</source>
        <translation>שיחה אחרונה:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="454"/>
        <source>Personal: ask about</source>
        <translation>אישי: על מה לשאול</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="461"/>
        <source>Birthday: %1</source>
        <translation>יום הולדת: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="463"/>
        <source>today!</source>
        <translation>היום!</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="467"/>
        <source>tomorrow</source>
        <translation>מחר</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="469"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>בעוד יום אחד</numerusform>
            <numerusform>בעוד %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="483"/>
        <source>Introductions</source>
        <translation>היכרויות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="486"/>
        <source>Introduced by %1</source>
        <translation>הכרנו דרך %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="489"/>
        <source>Introduced to us:</source>
        <translation>דרכם הכרנו את:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="493"/>
        <source>and %1 more</source>
        <translation>ועוד %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="496"/>
        <source>How we met:</source>
        <translation>איך הכרנו:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="507"/>
        <source>since %1</source>
        <translation>מאז %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="518"/>
        <source>Web:</source>
        <translation>אתר:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="521"/>
        <source>Who&apos;s who and what&apos;s in it for them</source>
        <translation>מי זה מי ומה יוצא להם מזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="532"/>
        <source>Nobody there noted yet.</source>
        <translation>עדיין לא נרשמו שם אנשי קשר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="546"/>
        <source>Agreement</source>
        <translation>הסכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="549"/>
        <source>Scope</source>
        <translation>היקף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="550"/>
        <source>Who does what</source>
        <translation>מי עושה מה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="551"/>
        <source>Revenue share</source>
        <translation>חלוקת הכנסות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="552"/>
        <source>Terms</source>
        <translation>תנאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="557"/>
        <source>Renewal:</source>
        <translation>חידוש:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="561"/>
        <source>Referrals: a fixed fee of %1 each</source>
        <translation>הפניות: עמלה קבועה של %1 לכל הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="564"/>
        <source>Referrals: %1 of the revenue</source>
        <translation>הפניות: %1 מההכנסות</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="67"/>
        <source>Meeting Brief — %1</source>
        <translation>תדריך לפגישה — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="73"/>
        <source>Meeting brief</source>
        <translation>תדריך לפגישה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>&amp;הדפסה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="87"/>
        <source>Print the brief (Ctrl+P)</source>
        <translation>הדפסת התדריך (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="89"/>
        <source>&amp;Save As…</source>
        <translation>&amp;שמירה בשם…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="90"/>
        <source>Save the brief as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>שמירת התדריך כקובץ PDF,‏ HTML או Markdown (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="127"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="128"/>
        <source>Web page (*.html)</source>
        <translation>דף אינטרנט (*.html)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="129"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="133"/>
        <source>Save the Brief</source>
        <translation>שמירת התדריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="149"/>
        <source>The brief was not saved: %1</source>
        <translation>התדריך לא נשמר: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="154"/>
        <source>Saved to %1</source>
        <translation>נשמר ב־%1</translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="58"/>
        <source>Ideal rhythm</source>
        <translation>קצב אידיאלי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="59"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="62"/>
        <source>Too long after</source>
        <translation>זמן רב מדי אחרי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="60"/>
        <source>Ideally every</source>
        <translation>רצוי כל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="72"/>
        <source>rhythm</source>
        <translation>קצב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="80"/>
        <source>too long</source>
        <translation>סף &quot;זמן רב מדי&quot;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="88"/>
        <source>No interaction logged yet.</source>
        <translation>עדיין לא תועדה אינטראקציה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="93"/>
        <source>Last contact today.</source>
        <translation>קשר אחרון: היום.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="95"/>
        <source>Last contact yesterday.</source>
        <translation>קשר אחרון: אתמול.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="98"/>
        <source>Last contact %1, %2 days ago.</source>
        <translation>קשר אחרון: %1, לפני %2 ימים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="103"/>
        <source>Set a rhythm to be reminded when it is time to get in touch.</source>
        <translation>הגדירו קצב כדי לקבל תזכורת כשמגיע הזמן ליצור קשר.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="63"/>
        <source>Go To</source>
        <translation>מעבר אל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="70"/>
        <source>A person, a partner, a view or an action…</source>
        <translation>איש קשר, שותף, תצוגה או פעולה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="71"/>
        <source>Go to</source>
        <translation>מעבר אל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="75"/>
        <source>Matches</source>
        <translation>תוצאות</translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="34"/>
        <source>The journal is damaged</source>
        <translation>היומן פגום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="36"/>
        <source>PartnerBook cannot read the journal %1: part of the file is damaged.</source>
        <translation>ל־PartnerBook אין אפשרות לקרוא את היומן %1: חלק מהקובץ פגום.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="48"/>
        <source>The latest good backup is from %1. Restoring it brings back everything saved up to then. The damaged file is moved aside into %2, never deleted, so what it holds beyond the backup can still be rescued.</source>
        <translation>הגיבוי התקין האחרון הוא מ־%1. שחזורו מחזיר את כל מה שנשמר עד אז. הקובץ הפגום מועבר הצידה אל %2 ולעולם אינו נמחק, כך שמה שיש בו מעבר לגיבוי עדיין ניתן להצלה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="56"/>
        <source>Restore the Latest Good Backup (%1)</source>
        <translation>שחזור הגיבוי התקין האחרון (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="63"/>
        <source>No backup that passes its check was found in %1. The journal was not changed: keep the file, it may still be rescued.</source>
        <translation>לא נמצא ב־%1 גיבוי שעובר את הבדיקה. היומן לא שונה: שמרו את הקובץ, ייתכן שעדיין ניתן להצילו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="70"/>
        <source>Not Now</source>
        <translation>לא עכשיו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="74"/>
        <source>Quit PartnerBook</source>
        <translation>יציאה מ־PartnerBook</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/dates.py" line="59"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&quot;%1&quot; אינו תאריך.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="19"/>
        <source>Welcome to PartnerBook</source>
        <translation>ברוכים הבאים ל־PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="25"/>
        <source>Keep what each partner and each person wants, what was said over coffee, and what was promised on both sides. Start with the company you work with most, or the person you met last.</source>
        <translation>שמרו כאן מה כל שותף וכל איש קשר רוצים, מה נאמר על כוס קפה ומה הובטח משני הצדדים. התחילו בחברה שאתם עובדים איתה הכי הרבה, או באדם שפגשתם לאחרונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="42"/>
        <source>Add a partner</source>
        <translation>הוספת שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="45"/>
        <source>Add a person</source>
        <translation>הוספת איש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="47"/>
        <source>Import contacts…</source>
        <translation>ייבוא אנשי קשר…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="49"/>
        <source>From your phone, Google, Outlook or LinkedIn: a vCard or CSV export</source>
        <translation>מהטלפון, מ־Google, מ־Outlook או מ־LinkedIn: קובץ vCard או CSV שיוצא משם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="52"/>
        <source>Explore the demo journal</source>
        <translation>סיור ביומן ההדגמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="54"/>
        <source>A separate sample journal with eight years of multilingual relationships</source>
        <translation>יומן לדוגמה נפרד, עם שמונה שנים של קשרים בכמה שפות</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="118"/>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="126"/>
        <source>Log a Note…</source>
        <translation>רישום הערה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="127"/>
        <source>A quick note about them, with a follow-up if you like</source>
        <translation>הערה קצרה עליהם, ואם תרצו – גם מעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="139"/>
        <source>Track record</source>
        <translation>מאזן הקשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="141"/>
        <source>Note a Give or Take…</source>
        <translation>רישום נתינה או קבלה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="143"/>
        <source>A favour, an introduction, a referral, a resource, a payment</source>
        <translation>טובה, היכרות, הפניה, משאב, תשלום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="199"/>
        <source>Stay in touch</source>
        <translation>שמירה על קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="203"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="204"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="204"/>
        <source>Anything else worth remembering</source>
        <translation>כל דבר נוסף שכדאי לזכור</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="205"/>
        <source>notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="220"/>
        <source>name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="222"/>
        <source>Brief…</source>
        <translation>תדריך…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="224"/>
        <source>The one-page meeting brief, to read, print or save (Ctrl+B)</source>
        <translation>תדריך הפגישה בעמוד אחד, לקריאה, להדפסה או לשמירה (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="228"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="293"/>
        <source>Archive</source>
        <translation>העברה לארכיון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="232"/>
        <source>Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)</source>
        <translation>אנשי קשר ושותפים בארכיון יורדים מהרשימות, אבל ההיסטוריה שלהם נשמרת (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="235"/>
        <source>archived</source>
        <translation>מצב ארכיון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="249"/>
        <source>Save state</source>
        <translation>מצב שמירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="290"/>
        <source>Changes save as you type</source>
        <translation>השינויים נשמרים תוך כדי הקלדה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="293"/>
        <source>Archived</source>
        <translation>בארכיון</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="34"/>
        <source>E&amp;xport</source>
        <translation>ייצ&amp;וא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="43"/>
        <source>Export Everything as a JSON &amp;Archive…</source>
        <translation>ייצוא הכול כ&amp;ארכיון JSON…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="45"/>
        <source>JSON archive (*.json)</source>
        <translation>ארכיון JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="49"/>
        <source>Export People as &amp;vCards…</source>
        <translation>ייצוא אנשי &amp;קשר כ־vCard…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="51"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="53"/>
        <source>Export People as &amp;CSV…</source>
        <translation>ייצוא אנשי קשר כ&amp;טבלת CSV…</translation>
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
        <translation>ייצוא &amp;שותפים כטבלת CSV…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="62"/>
        <source>Export Follow-ups as a Ca&amp;lendar…</source>
        <translation>ייצוא מעקבים כ&amp;לוח שנה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="64"/>
        <source>Calendar (*.ics)</source>
        <translation>לוח שנה (*.ics)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="98"/>
        <source>Exporting to %1…</source>
        <translation>ייצוא אל %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="121"/>
        <source>Wrote %1 people, %2 partners and %3 entries to %4</source>
        <translation>נכתבו %1 אנשי קשר, %2 שותפים ו־%3 רשומות אל %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="131"/>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="139"/>
        <source>Wrote %n people to %1</source>
        <translation>
            <numerusform>נכתב %n איש קשר אל %1</numerusform>
            <numerusform>נכתבו %n אנשי קשר אל %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="137"/>
        <source>Wrote %n partners to %1</source>
        <translation>
            <numerusform>נכתב %n שותף אל %1</numerusform>
            <numerusform>נכתבו %n שותפים אל %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="146"/>
        <source>Wrote %1 follow-ups and %2 promises to %3</source>
        <translation>נכתבו %1 מעקבים ו־%2 הבטחות אל %3</translation>
    </message>
</context>
<context>
    <name>GiveTakeDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="50"/>
        <source>Give &amp; Take</source>
        <translation>תן וקח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="66"/>
        <source>Given or received</source>
        <translation>ניתן או התקבל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="67"/>
        <source>I gave</source>
        <translation>נתתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="68"/>
        <source>I received</source>
        <translation>קיבלתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="70"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="77"/>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="79"/>
        <source>e.g. an intro to their CFO</source>
        <translation>למשל היכרות עם סמנכ״ל הכספים שלהם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="80"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="81"/>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="82"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="84"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="83"/>
        <source>today — or last week, 3 March…</source>
        <translation>היום — או בשבוע שעבר, 3 במרץ…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="86"/>
        <source>Whom the referral was for: a person or company</source>
        <translation>למי הייתה ההפניה: אדם או חברה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="87"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="88"/>
        <source>Referred</source>
        <translation>מי הופנה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="91"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="94"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="98"/>
        <source>Value, if any</source>
        <translation>שווי, אם יש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="99"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="107"/>
        <source>Value</source>
        <translation>שווי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="104"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="141"/>
        <source>When: that is not a date I understand.</source>
        <translation>מתי: התאריך לא זוהה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="185"/>
        <source>Note a give or take</source>
        <translation>רישום נתינה או קבלה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="207"/>
        <source>Edit a give or take</source>
        <translation>עריכת נתינה או קבלה</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="129"/>
        <source>Import Contacts — %1</source>
        <translation>ייבוא אנשי קשר — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="155"/>
        <source>&amp;Format:</source>
        <translation>&amp;פורמט:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="157"/>
        <source>File format</source>
        <translation>פורמט הקובץ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="181"/>
        <source>&amp;Show:</source>
        <translation>&amp;הצגה:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="183"/>
        <source>Show records</source>
        <translation>הצגת רשומות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="195"/>
        <source>Contacts in the file</source>
        <translation>אנשי הקשר בקובץ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="231"/>
        <source>Progress</source>
        <translation>התקדמות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="234"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="244"/>
        <source>Save Error &amp;Report…</source>
        <translation>שמירת &amp;דוח שגיאות…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="245"/>
        <source>Every record that could not be read, and why</source>
        <translation>כל רשומה שלא ניתן היה לקרוא, והסיבה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="248"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>&amp;Undo Import</source>
        <translation>&amp;ביטול הייבוא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="251"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="254"/>
        <source>&amp;Import</source>
        <translation>&amp;ייבוא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="293"/>
        <source>Automatic</source>
        <translation>אוטומטי</translation>
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
        <translation>שורה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="340"/>
        <source>Reading %1…</source>
        <translation>קריאת %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="371"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>בוטל: לא יובא דבר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="377"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="386"/>
        <source>Nothing was imported.</source>
        <translation>לא יובא דבר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="399"/>
        <source>Automatic (%1)</source>
        <translation>אוטומטי (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="428"/>
        <source>There are no contacts in this file.</source>
        <translation>אין אנשי קשר בקובץ הזה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="431"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln חדש</numerusform>
            <numerusform>%Ln חדשים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="432"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln עודכן</numerusform>
            <numerusform>%Ln עודכנו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="433"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln ללא שינוי</numerusform>
            <numerusform>%Ln ללא שינוי</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="435"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln עם שגיאה</numerusform>
            <numerusform>%Ln עם שגיאה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="437"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln עם שגיאות</numerusform>
            <numerusform>%Ln עם שגיאות</numerusform>
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
        <translation>יובאו: %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="452"/>
        <source>All (%1)</source>
        <translation>הכול (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="454"/>
        <source>To create (%1)</source>
        <translation>ליצירה (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="455"/>
        <source>To update (%1)</source>
        <translation>לעדכון (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="456"/>
        <source>Unchanged (%1)</source>
        <translation>ללא שינוי (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="457"/>
        <source>Errors (%1)</source>
        <translation>שגיאות (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="497"/>
        <source>Record %1, line %2</source>
        <translation>רשומה %1, שורה %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="524"/>
        <source>Importing…</source>
        <translation>מתבצע ייבוא…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="550"/>
        <source>Cancelling…</source>
        <translation>מתבצע ביטול…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="557"/>
        <source>Importing %1 of %2…</source>
        <translation>מתבצע ייבוא: %1 מתוך %2…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="584"/>
        <source>Import of %1</source>
        <translation>ייבוא %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Record</source>
        <translation>רשומה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="638"/>
        <source>Errors in %1</source>
        <translation>שגיאות ב־%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="643"/>
        <source>Record %1, line %2: %3</source>
        <translation>רשומה %1, שורה %2: %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="655"/>
        <source>Text (*.txt)</source>
        <translation>טקסט (*.txt)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="655"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="657"/>
        <source>Save the Error Report</source>
        <translation>שמירת דוח השגיאות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="677"/>
        <source>Error report saved to %1</source>
        <translation>דוח השגיאות נשמר ב־%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>&amp;Redo Import</source>
        <translation>&amp;ביצוע חוזר של הייבוא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="701"/>
        <source>The import was taken back.</source>
        <translation>הייבוא בוטל.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="707"/>
        <source>%1 brings it all back.</source>
        <translation>הקשה על %1 תחזיר את הכול.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="709"/>
        <source>%1 takes the whole import back.</source>
        <translation>הקשה על %1 תבטל את כל הייבוא.</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="53"/>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="54"/>
        <source>Updated</source>
        <translation>עודכן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="55"/>
        <source>Skipped</source>
        <translation>דולג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="56"/>
        <location filename="../../partnerbook/ui/models/import_model.py" line="62"/>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="59"/>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="60"/>
        <source>Update</source>
        <translation>עדכון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="61"/>
        <source>Skip</source>
        <translation>דילוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="118"/>
        <source>new person</source>
        <translation>איש קשר חדש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="230"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="231"/>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="232"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="233"/>
        <source>What happened</source>
        <translation>מה קרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="235"/>
        <source>What will happen</source>
        <translation>מה יקרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="236"/>
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="277"/>
        <source>Record %1</source>
        <translation>רשומה %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="279"/>
        <source>Line %1</source>
        <translation>שורה %1</translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="116"/>
        <source>Who&apos;s in Town</source>
        <translation>מי בעיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="131"/>
        <source>Where are you going? Whom should you see there?</source>
        <translation>לאן אתם נוסעים? את מי כדאי לפגוש שם?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="135"/>
        <source>City or country</source>
        <translation>עיר או מדינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="137"/>
        <source>A city or a country, typed any way: hanoi, ha noi, tel aviv, italia</source>
        <translation>עיר או מדינה, בכל כתיב: hanoi, ha noi, tel aviv, italia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="168"/>
        <source>People in town</source>
        <translation>אנשי קשר בעיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Where</source>
        <translation>מקום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Last met</source>
        <translation>פגישה אחרונה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="189"/>
        <source>Enter opens the person · L logs a note about them</source>
        <translation>פתיחת איש הקשר: Enter · רישום הערה עליו: L</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="192"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="194"/>
        <source>Log a Note…</source>
        <translation>רישום הערה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="196"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="256"/>
        <source>Type where you are going. Cities and countries come from people&apos;s pages; the people you have not seen for longest come first.</source>
        <translation>הקלידו לאן אתם נוסעים. הערים והמדינות נלקחות מדפי אנשי הקשר; מי שלא ראיתם הכי הרבה זמן מופיעים ראשונים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="263"/>
        <source>Nobody in “%1” yet. Try the beginning of the city or the country.</source>
        <translation>עדיין אין אף אחד ב־&quot;%1&quot;. נסו את תחילת שם העיר או המדינה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="268"/>
        <source>%n person(s), never met or longest unseen first.</source>
        <translation>
            <numerusform>%n איש קשר; מי שטרם פגשתם או שלא ראיתם הכי הרבה זמן – ראשונים.</numerusform>
            <numerusform>%n אנשי קשר; מי שטרם פגשתם או שלא ראיתם הכי הרבה זמן – ראשונים.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InTownDialogText</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="91"/>
        <source>never met</source>
        <translation>טרם נפגשתם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="93"/>
        <source>today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="95"/>
        <source>yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="97"/>
        <source>%1 days ago</source>
        <translation>לפני %1 ימים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="99"/>
        <source>%1 weeks ago</source>
        <translation>לפני %1 שבועות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="101"/>
        <source>%1 months ago</source>
        <translation>לפני %1 חודשים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="102"/>
        <source>%1 years ago</source>
        <translation>לפני %1 שנים</translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="107"/>
        <source>Title (the notes&apos; first line if left empty)</source>
        <translation>כותרת (אם תישאר ריקה – השורה הראשונה של ההערות)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="108"/>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="109"/>
        <source>title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="111"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="113"/>
        <source>Open the page of someone or a partner in this note</source>
        <translation>פתיחת הדף של איש קשר או של שותף מההערה הזו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="114"/>
        <source>Open a person&apos;s or partner&apos;s page</source>
        <translation>פתיחת הדף של איש קשר או של שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="118"/>
        <source>Move to Trash</source>
        <translation>העברה לאשפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="119"/>
        <source>Ctrl+Z brings it back</source>
        <translation>אפשר לשחזר עם Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="124"/>
        <source>Changes save as you type</source>
        <translation>השינויים נשמרים תוך כדי הקלדה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="126"/>
        <source>Save state</source>
        <translation>מצב שמירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="130"/>
        <source>What happened</source>
        <translation>מה קרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="133"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="142"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="136"/>
        <source>kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="143"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="140"/>
        <source>when</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="145"/>
        <source>A café, their office, a video link…</source>
        <translation>בית קפה, המשרד שלהם, קישור לשיחת וידאו…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="146"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="148"/>
        <source>Where</source>
        <translation>מקום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="147"/>
        <source>where</source>
        <translation>מקום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="150"/>
        <source>Add someone: type three letters…</source>
        <translation>הוספת משתתף: הקלידו שלוש אותיות…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="154"/>
        <source>people</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="161"/>
        <source>With</source>
        <translation>עם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="169"/>
        <source>Add a partner…</source>
        <translation>הוספת שותף…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="170"/>
        <source>Add a partner</source>
        <translation>הוספת שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="173"/>
        <source>Partners</source>
        <translation>שותפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="175"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="189"/>
        <source>Warmth</source>
        <translation>חמימות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="176"/>
        <source>How warm it felt, from cold (−2) to warm (+2)</source>
        <translation>עד כמה זה הרגיש חם, מקר (‎−2) ועד חם (‎+2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="177"/>
        <source>Not rated</source>
        <translation>ללא דירוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="179"/>
        <source>Warm</source>
        <translation>חם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="180"/>
        <source>Friendly</source>
        <translation>ידידותי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="181"/>
        <source>Neutral</source>
        <translation>ניטרלי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="182"/>
        <source>Cool</source>
        <translation>צונן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="183"/>
        <source>Cold</source>
        <translation>קר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="188"/>
        <source>warmth</source>
        <translation>חמימות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="196"/>
        <source>Invitation sent</source>
        <translation>ההזמנה נשלחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="197"/>
        <source>Agenda shared</source>
        <translation>סדר היום שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="198"/>
        <source>Recap sent</source>
        <translation>הסיכום נשלח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="199"/>
        <source>Files printed</source>
        <translation>החומרים הודפסו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="208"/>
        <source>Legwork</source>
        <translation>עבודת הכנה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="213"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="224"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="215"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="391"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="217"/>
        <source>Show the notes as formatted text (Ctrl+Shift+V)</source>
        <translation>הצגת ההערות כטקסט מעוצב (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="223"/>
        <source>What was said. Markdown works: # headings, - lists, **bold**.</source>
        <translation>מה נאמר. יש תמיכה ב־Markdown: ‏# לכותרות, ‏- לרשימות, **מודגש**.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="228"/>
        <source>notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="231"/>
        <source>Notes, formatted</source>
        <translation>ההערות, מעוצבות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="240"/>
        <source>topics</source>
        <translation>נושאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="292"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="301"/>
        <source>When: &apos;%1&apos; is not a date.</source>
        <translation>מתי: &quot;%1&quot; אינו תאריך.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="303"/>
        <source>When: say when it happened.</source>
        <translation>מתי: ציינו מתי זה קרה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="362"/>
        <source>Remove %1 from this note</source>
        <translation>הסרת %1 מההערה הזו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="363"/>
        <source>Remove %1</source>
        <translation>הסרת %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="391"/>
        <source>Edit</source>
        <translation>עריכה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="466"/>
        <source>Edit partners</source>
        <translation>עריכת שותפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="488"/>
        <source>Move a note to the trash</source>
        <translation>העברת הערה לאשפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="490"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>הועבר לאשפה. אפשר לשחזר עם Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="54"/>
        <source>KPI / target</source>
        <translation>KPI / יעד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="55"/>
        <source>Recognition from boss</source>
        <translation>הכרה מהבוס</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="56"/>
        <source>Standing with peers</source>
        <translation>מעמד בקרב עמיתים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="57"/>
        <source>Career</source>
        <translation>קריירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="58"/>
        <source>Learning / novelty</source>
        <translation>למידה / חידוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="59"/>
        <source>Ease / comfort</source>
        <translation>קלות / נוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="60"/>
        <source>Relationship / fun</source>
        <translation>קשר אישי / הנאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="61"/>
        <location filename="../../partnerbook/ui/labels.py" line="68"/>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="62"/>
        <source>Heard it</source>
        <translation>שמעתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="63"/>
        <source>Guessed</source>
        <translation>ניחשתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="64"/>
        <source>Family</source>
        <translation>משפחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="65"/>
        <source>Hobby</source>
        <translation>תחביב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="66"/>
        <source>Ask next time</source>
        <translation>לשאול בפעם הבאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="67"/>
        <source>Food &amp; drink</source>
        <translation>אוכל ושתייה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="69"/>
        <location filename="../../partnerbook/ui/labels.py" line="110"/>
        <source>Email</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="70"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="71"/>
        <source>Web</source>
        <translation>אתר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="72"/>
        <source>Champion</source>
        <translation>תומך פנימי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="73"/>
        <source>Decision maker</source>
        <translation>מקבל החלטות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="74"/>
        <source>Influencer</source>
        <translation>משפיע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="75"/>
        <source>Blocker</source>
        <translation>חוסם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="76"/>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="77"/>
        <source>Prospect</source>
        <translation>פוטנציאלי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="78"/>
        <source>Exploring</source>
        <translation>בבחינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="79"/>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="80"/>
        <source>Dormant</source>
        <translation>רדום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="81"/>
        <source>Ended</source>
        <translation>הסתיים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="82"/>
        <source>We are smaller</source>
        <translation>אנחנו קטנים יותר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="83"/>
        <source>Peers</source>
        <translation>בגודל דומה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="84"/>
        <source>We are larger</source>
        <translation>אנחנו גדולים יותר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="85"/>
        <source>For them</source>
        <translation>עבורם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="86"/>
        <source>For us</source>
        <translation>עבורנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="87"/>
        <source>Short term</source>
        <translation>טווח קצר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="88"/>
        <source>Long term</source>
        <translation>טווח ארוך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="89"/>
        <source>No referral terms</source>
        <translation>ללא תנאי הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="90"/>
        <source>Fixed fee per referral</source>
        <translation>עמלה קבועה לכל הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="91"/>
        <source>Percentage</source>
        <translation>אחוז</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="92"/>
        <source>Monthly</source>
        <translation>חודשית</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="93"/>
        <source>Quarterly</source>
        <translation>רבעונית</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="94"/>
        <source>Yearly</source>
        <translation>שנתית</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="95"/>
        <source>No rhythm set</source>
        <translation>לא הוגדר קצב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="96"/>
        <source>In touch</source>
        <translation>בקשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="97"/>
        <source>Due for contact</source>
        <translation>זמן ליצור קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="98"/>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="99"/>
        <source>Interaction</source>
        <translation>אינטראקציה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="100"/>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="101"/>
        <source>Promise</source>
        <translation>הבטחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="102"/>
        <source>Give &amp; take</source>
        <translation>תן וקח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="103"/>
        <source>Review</source>
        <translation>סקירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="104"/>
        <source>Stage change</source>
        <translation>שינוי שלב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="105"/>
        <source>Coffee</source>
        <translation>קפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="106"/>
        <source>Meeting</source>
        <translation>פגישה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="107"/>
        <source>Call</source>
        <translation>שיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="108"/>
        <source>Video call</source>
        <translation>שיחת וידאו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="109"/>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="111"/>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="112"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="113"/>
        <location filename="../../partnerbook/ui/labels.py" line="118"/>
        <source>Open</source>
        <translation>פתוח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="114"/>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="115"/>
        <source>Dismissed</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="116"/>
        <source>I promised</source>
        <translation>הבטחתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="117"/>
        <source>They promised</source>
        <translation>הם הבטיחו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="119"/>
        <source>Kept</source>
        <translation>קוימה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="120"/>
        <source>Broken</source>
        <translation>הופרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="121"/>
        <source>Released</source>
        <translation>בוטלה בהסכמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="122"/>
        <source>Given</source>
        <translation>ניתן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="123"/>
        <source>Received</source>
        <translation>התקבל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="124"/>
        <source>Favour</source>
        <translation>טובה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="125"/>
        <source>Introduction</source>
        <translation>היכרות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="126"/>
        <source>Referral</source>
        <translation>הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="127"/>
        <source>Resource</source>
        <translation>משאב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="128"/>
        <source>Payment</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="129"/>
        <source>Pending</source>
        <translation>ממתינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="130"/>
        <source>Won</source>
        <translation>הצליחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="131"/>
        <source>Lost</source>
        <translation>נכשלה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="140"/>
        <source>They are bigger: be gentle and take on the legwork — schedule, send the invitations, write the recap, print the files.</source>
        <translation>הם גדולים מאיתנו: היו עדינים וקחו על עצמכם את עבודת ההכנה — תאמו מועדים, שלחו את ההזמנות, כתבו את הסיכום, הדפיסו את החומרים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="144"/>
        <source>Peers: share the legwork and agree in writing who does what.</source>
        <translation>בגודל דומה: חלקו ביניכם את עבודת ההכנה וסכמו בכתב מי עושה מה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="147"/>
        <source>We are bigger: make it easy for them to work with us and keep our promises small and sure.</source>
        <translation>אנחנו גדולים מהם: הקלו עליהם לעבוד איתנו, והבטיחו מעט – רק מה שבטוח שתקיימו.</translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="29"/>
        <source>Warning about where the journal is</source>
        <translation>אזהרה על מיקום היומן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="31"/>
        <source>Move the Journal…</source>
        <translation>העברת היומן…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="37"/>
        <source>Close the warning</source>
        <translation>סגירת האזהרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="43"/>
        <source>To move the journal somewhere safe:

1. Quit PartnerBook.
2. Move %1 (and the folder of backups beside it) to a folder on this computer that is not synced, e.g. your user data folder.
3. Open it there: partnerbook --db NEW_PATH, or leave it in the default place.

To share it between computers, copy a backup (File → Back Up Now) instead of syncing the open journal.</source>
        <translation>כדי להעביר את היומן למקום בטוח:

1. צאו מ־PartnerBook.
2. העבירו את %1 (ואת תיקיית הגיבויים שלידו) לתיקייה במחשב הזה שאינה מסונכרנת, למשל תיקיית נתוני המשתמש.
3. פתחו אותו שם: partnerbook --db NEW_PATH, או השאירו אותו במקום ברירת המחדל.

כדי לשתף אותו בין מחשבים, העתיקו גיבוי (קובץ ← גיבוי עכשיו) במקום לסנכרן את היומן הפתוח.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="53"/>
        <source>Move the Journal</source>
        <translation>העברת היומן</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="153"/>
        <source>Relationships</source>
        <translation>קשרים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="158"/>
        <source>Views</source>
        <translation>תצוגות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="160"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="161"/>
        <source>People</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="162"/>
        <source>Partners</source>
        <translation>שותפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="163"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="164"/>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="210"/>
        <source>&amp;Quick Note…</source>
        <translation>הערה &amp;מהירה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="213"/>
        <source>Log what was said, in seconds</source>
        <translation>תיעוד מה שנאמר, תוך שניות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="216"/>
        <source>New &amp;Person…</source>
        <translation>איש &amp;קשר חדש…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="219"/>
        <source>Add a person</source>
        <translation>הוספת איש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="222"/>
        <source>New Pa&amp;rtner…</source>
        <translation>&amp;שותף חדש…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="222"/>
        <source>Add a partner</source>
        <translation>הוספת שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="225"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;ייבוא אנשי קשר…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="228"/>
        <source>Bring people in from a vCard or a Google, LinkedIn or Outlook CSV</source>
        <translation>הבאת אנשי קשר מקובץ vCard או מקובץ CSV של Google,‏ LinkedIn או Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="231"/>
        <source>Open the &amp;Demo Journal</source>
        <translation>פתיחת יומן ה&amp;הדגמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="234"/>
        <source>A separate sample journal to explore</source>
        <translation>יומן לדוגמה נפרד, לסיור</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="237"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;גיבוי עכשיו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="240"/>
        <source>Save a verified copy of the journal</source>
        <translation>שמירת עותק מאומת של היומן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="243"/>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="245"/>
        <source>&amp;Redo</source>
        <translation>ביצוע &amp;מחדש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="248"/>
        <source>&amp;Search…</source>
        <translation>&amp;חיפוש…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="251"/>
        <source>Search people, partners and notes</source>
        <translation>חיפוש אנשי קשר, שותפים והערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="254"/>
        <source>&amp;Filter the List</source>
        <translation>&amp;סינון הרשימה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="257"/>
        <source>Filter the list</source>
        <translation>סינון הרשימה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="260"/>
        <source>P&amp;resentation Mode</source>
        <translation>מצב &amp;הצגה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="263"/>
        <source>Hide motivations, personal details, notes and the give &amp; take while sharing</source>
        <translation>הסתרת המניעים, הפרטים האישיים, ההערות והתן וקח בזמן שיתוף המסך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="268"/>
        <source>Who&apos;s in &amp;Town…</source>
        <translation>מי ב&amp;עיר…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="271"/>
        <source>People in a city or country, the longest unseen first</source>
        <translation>אנשי קשר בעיר או במדינה, מי שלא נראו הכי הרבה זמן – ראשונים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="274"/>
        <source>&amp;Go To…</source>
        <translation>מ&amp;עבר אל…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="277"/>
        <source>Jump to a person, a partner, a view or an action</source>
        <translation>מעבר לאיש קשר, לשותף, לתצוגה או לפעולה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="280"/>
        <source>&amp;Archive or Unarchive</source>
        <translation>העברה ל&amp;ארכיון או הוצאה ממנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="283"/>
        <source>Archived people and partners leave the lists but keep their history</source>
        <translation>אנשי קשר ושותפים בארכיון יורדים מהרשימות, אבל ההיסטוריה שלהם נשמרת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="286"/>
        <source>Move to &amp;Trash</source>
        <translation>העברה לא&amp;שפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="289"/>
        <source>Move the selected person or partner to the trash</source>
        <translation>העברת איש הקשר או השותף הנבחר לאשפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="292"/>
        <source>Meeting &amp;Brief…</source>
        <translation>&amp;תדריך לפגישה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="295"/>
        <source>One page on the selected person or partner, to read or print</source>
        <translation>עמוד אחד על איש הקשר או השותף הנבחר, לקריאה או להדפסה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="298"/>
        <source>T&amp;oday</source>
        <translation>&amp;היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="299"/>
        <source>&amp;People</source>
        <translation>&amp;אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="301"/>
        <source>P&amp;artners</source>
        <translation>&amp;שותפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="304"/>
        <source>&amp;Timeline</source>
        <translation>&amp;ציר זמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="306"/>
        <source>&amp;Search</source>
        <translation>&amp;חיפוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="311"/>
        <location filename="../../partnerbook/ui/main_window.py" line="324"/>
        <source>Follow the &amp;System</source>
        <translation>לפי ה&amp;מערכת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="312"/>
        <source>&amp;Light</source>
        <translation>&amp;בהיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="313"/>
        <source>&amp;Dark</source>
        <translation>&amp;כהה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="337"/>
        <source>Start at &amp;Login</source>
        <translation>הפעלה ב&amp;כניסה למערכת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="339"/>
        <source>Open PartnerBook when you log in, so reminders come on time</source>
        <translation>פתיחת PartnerBook בכניסה למערכת, כדי שהתזכורות יגיעו בזמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="343"/>
        <source>&amp;About PartnerBook</source>
        <translation>&amp;אודות PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="348"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="362"/>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="368"/>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="374"/>
        <source>&amp;Theme</source>
        <translation>ערכת &amp;נושא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="376"/>
        <source>&amp;Language</source>
        <translation>ש&amp;פה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="381"/>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="385"/>
        <source>Main toolbar</source>
        <translation>סרגל כלים ראשי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="415"/>
        <source>The journal this window shows</source>
        <translation>היומן שמוצג בחלון הזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="417"/>
        <location filename="../../partnerbook/ui/main_window.py" line="435"/>
        <source>Presentation mode</source>
        <translation>מצב הצגה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="419"/>
        <source>Presentation mode is on</source>
        <translation>מצב הצגה פעיל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="422"/>
        <source>Motivations, personal details, notes and the give &amp; take are hidden (Ctrl+Shift+P)</source>
        <translation>המניעים, הפרטים האישיים, ההערות והתן וקח מוסתרים (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="606"/>
        <source>Follow up now</source>
        <translation>הגיע הזמן למעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="660"/>
        <source>PartnerBook will open when you log in.</source>
        <translation>מעכשיו PartnerBook ייפתח בכל כניסה למערכת.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="662"/>
        <source>PartnerBook will no longer open at login.</source>
        <translation>מעכשיו PartnerBook לא ייפתח בכניסה למערכת.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="684"/>
        <source>View</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="727"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="811"/>
        <source>This entry has no note to open; open its people from the list.</source>
        <translation>לרשומה הזו אין הערה לפתוח; אפשר לפתוח את אנשי הקשר שלה מהרשימה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="853"/>
        <source>Contacts (%1)</source>
        <translation>אנשי קשר (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="857"/>
        <source>All files (*)</source>
        <translation>כל הקבצים (*)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="861"/>
        <source>Import Contacts</source>
        <translation>ייבוא אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="914"/>
        <source>Select a person or a partner to see their brief.</source>
        <translation>בחרו איש קשר או שותף כדי לראות את התדריך עליו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="947"/>
        <source>About PartnerBook</source>
        <translation>אודות PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="949"/>
        <source>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;A relationship journal for partnership managers, business developers and sales people.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;יומן קשרים למנהלי שותפויות, למפתחי עסקים ולאנשי מכירות.&lt;/p&gt;&lt;p&gt;היומן שלכם: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetailView</name>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="113"/>
        <source>Show archived</source>
        <translation>הצגת פריטים בארכיון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="225"/>
        <source>%1 of %2</source>
        <translation>%1 מתוך %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="230"/>
        <source>%1 shown</source>
        <translation>מוצגים %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="302"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>הועבר לאשפה. אפשר לשחזר עם Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="75"/>
        <source>Partner name</source>
        <translation>שם השותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="83"/>
        <source>Write a Review…</source>
        <translation>כתיבת סקירה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="84"/>
        <source>KPIs against their targets, a summary, next steps</source>
        <translation>מדדי KPI מול היעדים, סיכום, הצעדים הבאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="102"/>
        <source>Relationship</source>
        <translation>הקשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="106"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="116"/>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="121"/>
        <source>e.g. bank, e-wallet, designer</source>
        <translation>למשל בנק, ארנק דיגיטלי, מעצב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="121"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="125"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <source>kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="126"/>
        <source>Standing</source>
        <translation>מעמד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="126"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="127"/>
        <source>standing</source>
        <translation>מעמד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="129"/>
        <source>Our size</source>
        <translation>הגודל שלנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="143"/>
        <source>Website</source>
        <translation>אתר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="136"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="137"/>
        <source>Country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="138"/>
        <source>website</source>
        <translation>אתר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="139"/>
        <source>city</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="140"/>
        <source>country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="144"/>
        <source>Based in</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="145"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="149"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="147"/>
        <source>tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="153"/>
        <source>What we bring each other</source>
        <translation>מה אנחנו נותנים זה לזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="164"/>
        <source>For whom</source>
        <translation>בשביל מי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="171"/>
        <source>Horizon</source>
        <translation>טווח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="176"/>
        <source>Benefit, concrete</source>
        <translation>התועלת, באופן מוחשי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="179"/>
        <source>How much</source>
        <translation>כמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="183"/>
        <source>how much</source>
        <translation>כמות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="187"/>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="191"/>
        <source>unit, e.g. customers</source>
        <translation>יחידה, למשל לקוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="195"/>
        <source>Add benefit</source>
        <translation>הוספת תועלת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="201"/>
        <source>Write 2–3 short-term and 2–3 long-term benefits for them, quantified.</source>
        <translation>כתבו עבורם 2–3 תועלות לטווח הקצר ו־2–3 לטווח הארוך, עם מספרים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="209"/>
        <source>Fit</source>
        <translation>התאמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="211"/>
        <source>Complementary strengths</source>
        <translation>חוזקות משלימות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="212"/>
        <source>Audience fit</source>
        <translation>התאמת קהל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="213"/>
        <source>Trust</source>
        <translation>אמון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="214"/>
        <source>Size proportion</source>
        <translation>יחס גודל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="215"/>
        <source>Willingness to cooperate</source>
        <translation>נכונות לשתף פעולה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="227"/>
        <source>why</source>
        <translation>למה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="227"/>
        <source>Why: %1</source>
        <translation>למה: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="235"/>
        <source>Overall: why they fit, or not</source>
        <translation>בסך הכול: למה הם מתאימים, או לא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="235"/>
        <source>Fit notes</source>
        <translation>הערות על ההתאמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="236"/>
        <source>fit notes</source>
        <translation>הערות על ההתאמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="241"/>
        <source>Agreement</source>
        <translation>הסכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <source>What we do together</source>
        <translation>מה אנחנו עושים יחד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="264"/>
        <source>Scope</source>
        <translation>היקף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="265"/>
        <source>Who does what</source>
        <translation>מי עושה מה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <source>Responsibilities</source>
        <translation>תחומי אחריות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <source>e.g. 70/30 on net revenue</source>
        <translation>למשל 70/30 מההכנסות נטו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="266"/>
        <source>Revenue share</source>
        <translation>חלוקת הכנסות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="248"/>
        <source>Duration, exclusivity, notice…</source>
        <translation>משך, בלעדיות, הודעה מוקדמת…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="248"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="267"/>
        <source>Terms</source>
        <translation>תנאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>a date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>Renewal date</source>
        <translation>תאריך חידוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <source>scope</source>
        <translation>היקף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="253"/>
        <source>responsibilities</source>
        <translation>תחומי אחריות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="255"/>
        <source>revenue share</source>
        <translation>חלוקת הכנסות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="256"/>
        <source>terms</source>
        <translation>תנאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="260"/>
        <source>renewal date</source>
        <translation>תאריך חידוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="268"/>
        <source>Renewal</source>
        <translation>חידוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="270"/>
        <source>Referral terms</source>
        <translation>תנאי הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="271"/>
        <source>referral terms</source>
        <translation>תנאי הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="277"/>
        <source>fee</source>
        <translation>עמלה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <source>Fee per referral</source>
        <translation>עמלה לכל הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="281"/>
        <source>Referral percentage</source>
        <translation>אחוז לכל הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="286"/>
        <source>percentage</source>
        <translation>אחוז</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="290"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="292"/>
        <source>currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="298"/>
        <source>Referrals</source>
        <translation>הפניות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>Review rhythm</source>
        <translation>תדירות סקירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>No reviews</source>
        <translation>ללא סקירות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <source>review rhythm</source>
        <translation>תדירות סקירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="303"/>
        <source>Reviews</source>
        <translation>סקירות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="307"/>
        <source>People</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="327"/>
        <source>Referral terms: none agreed.</source>
        <translation>תנאי הפניה: לא סוכמו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="330"/>
        <source>Referral terms: a fixed fee of %1 per referral.</source>
        <translation>תנאי הפניה: עמלה קבועה של %1 לכל הפניה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="333"/>
        <source>Referral terms: %1 % of each referral.</source>
        <translation>תנאי הפניה: %1% מכל הפניה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="334"/>
        <source>Referral terms: %1.</source>
        <translation>תנאי הפניה: %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="354"/>
        <source>since %1</source>
        <translation>מאז %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="359"/>
        <source>%1 on %2</source>
        <translation>%1 ב־%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="371"/>
        <source>Benefits for them so far: %1 short-term, %2 long-term. Aim for two or three of each, concrete and quantified.</source>
        <translation>התועלות עבורם עד כה: %1 לטווח הקצר, %2 לטווח הארוך. כדאי לשאוף לשתיים או שלוש מכל סוג, מוחשיות ומכומתות.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="382"/>
        <source>Average %1 / 5</source>
        <translation>ממוצע %1 / 5</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="396"/>
        <source>Nobody here yet: set this partner on a person&apos;s page.</source>
        <translation>אין כאן עדיין אף אחד: בחרו את השותף הזה בדף של איש קשר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="406"/>
        <source>(before, until %1)</source>
        <translation>(בעבר, עד %1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="419"/>
        <source>Open %1</source>
        <translation>פתיחת %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="460"/>
        <source>Change stage</source>
        <translation>שינוי שלב</translation>
    </message>
</context>
<context>
    <name>PartnersViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="38"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="39"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="41"/>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="45"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="47"/>
        <source>People</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="52"/>
        <source>Last contact</source>
        <translation>קשר אחרון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="57"/>
        <source>Stay in touch</source>
        <translation>שמירה על קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="106"/>
        <source>New partner</source>
        <translation>שותף חדש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="107"/>
        <source>Name of the organisation:</source>
        <translation>שם הארגון:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="108"/>
        <source>Add partner</source>
        <translation>הוספת שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="109"/>
        <source>Move partner to the trash</source>
        <translation>העברת שותף לאשפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="112"/>
        <source>Pick a partner on the left, or press %1 to add one.</source>
        <translation>בחרו שותף מהרשימה, או הקישו %1 כדי להוסיף שותף.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="124"/>
        <source>Filter by name, kind, stage or city (Ctrl+Shift+F)</source>
        <translation>סינון לפי שם, סוג, שלב או עיר (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="33"/>
        <source>Encrypted Journal</source>
        <translation>יומן מוצפן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="38"/>
        <source>The journal %1 is encrypted. Type its passphrase.</source>
        <translation>היומן %1 מוצפן. הקלידו את משפט הסיסמה שלו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="45"/>
        <source>Passphrase</source>
        <translation>משפט סיסמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="52"/>
        <source>Remember on this computer</source>
        <translation>לזכור במחשב הזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="54"/>
        <source>Keep the passphrase in the system&apos;s keyring.</source>
        <translation>שמירת משפט הסיסמה במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="59"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="64"/>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="79"/>
        <source>The passphrase does not open this journal. Try again.</source>
        <translation>משפט הסיסמה אינו פותח את היומן הזה. נסו שוב.</translation>
    </message>
</context>
<context>
    <name>PeopleChips</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="58"/>
        <source>Who? Type three letters…</source>
        <translation>מי? הקלידו שלוש אותיות…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="59"/>
        <source>People</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="61"/>
        <source>Type part of a name and press Enter to add the person</source>
        <translation>הקלידו חלק מהשם והקישו Enter כדי להוסיף את איש הקשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="118"/>
        <source>New person &quot;%1&quot;</source>
        <translation>איש קשר חדש &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="172"/>
        <source>%1 (new)</source>
        <translation>%1 (חדש)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="175"/>
        <source>Remove %1 from this note</source>
        <translation>הסרת %1 מההערה הזו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="178"/>
        <source>Remove %1</source>
        <translation>הסרת %1</translation>
    </message>
</context>
<context>
    <name>PeopleViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="42"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="43"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="44"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="45"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="47"/>
        <source>Last contact</source>
        <translation>קשר אחרון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="52"/>
        <source>Stay in touch</source>
        <translation>שמירה על קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="106"/>
        <source>New person</source>
        <translation>איש קשר חדש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="107"/>
        <source>Name (in any script):</source>
        <translation>שם (בכל כתב):</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="108"/>
        <source>Add person</source>
        <translation>הוספת איש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="109"/>
        <source>Move person to the trash</source>
        <translation>העברת איש קשר לאשפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="112"/>
        <source>Pick someone on the left, or press %1 to add a person.</source>
        <translation>בחרו איש קשר מהרשימה, או הקישו %1 כדי להוסיף איש קשר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="124"/>
        <source>Filter by name, partner, city or tag (Ctrl+Shift+F)</source>
        <translation>סינון לפי שם, שותף, עיר או תגית (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="68"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="83"/>
        <source>What&apos;s in it for them</source>
        <translation>מה יוצא להם מזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="86"/>
        <source>You partner with a company, but you work with a person. What does this person personally get: a KPI, looking good to the boss, comfort, fun?</source>
        <translation>משתפים פעולה עם חברה, אבל עובדים עם אדם. מה האדם הזה מרוויח באופן אישי: עמידה ב־KPI, להיראות טוב בעיני הבוס, נוחות, הנאה?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Weak</source>
        <translation>חלש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Medium</source>
        <translation>בינוני</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Strong</source>
        <translation>חזק</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="101"/>
        <source>Motivation</source>
        <translation>מניע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="106"/>
        <source>In their words</source>
        <translation>במילים שלהם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="109"/>
        <source>How sure</source>
        <translation>מידת ודאות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="114"/>
        <source>Strength</source>
        <translation>עוצמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="117"/>
        <source>Last confirmed</source>
        <translation>אושר לאחרונה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="120"/>
        <source>last confirmed</source>
        <translation>תאריך האישור האחרון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="124"/>
        <source>Add motivation</source>
        <translation>הוספת מניע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="130"/>
        <source>No motivation noted yet. Ask, listen, and write down what you hear.</source>
        <translation>עדיין לא נרשם מניע. שאלו, הקשיבו ורשמו את מה שאתם שומעים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="139"/>
        <source>Work</source>
        <translation>עבודה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="146"/>
        <source>New partner &quot;%1&quot;</source>
        <translation>שותף חדש &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="152"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="150"/>
        <source>Type to find a partner</source>
        <translation>הקלידו כדי למצוא שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="153"/>
        <source>e.g. Head of Partnerships</source>
        <translation>למשל ראש תחום שותפויות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="153"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="154"/>
        <source>role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <source>Stakeholder role</source>
        <translation>תפקיד בקבלת ההחלטות</translation>
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
        <translation>תפקיד בקבלת ההחלטות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <source>Plays the part of</source>
        <translation>תפקיד בהחלטות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="159"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="161"/>
        <source>Department</source>
        <translation>מחלקה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="160"/>
        <source>department</source>
        <translation>מחלקה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="166"/>
        <source>Before</source>
        <translation>בעבר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="171"/>
        <source>Personal</source>
        <translation>אישי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="178"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="205"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="183"/>
        <source>Detail</source>
        <translation>פרט</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="184"/>
        <source>Learned on</source>
        <translation>נודע בתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="187"/>
        <source>Add personal detail</source>
        <translation>הוספת פרט אישי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="189"/>
        <source>Family, hobbies, what to ask about next time: coffee talk is made of these.</source>
        <translation>משפחה, תחביבים, על מה לשאול בפעם הבאה: מאלה בנויה שיחה על כוס קפה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="198"/>
        <source>Contact</source>
        <translation>פרטי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="210"/>
        <source>Email, phone or web address</source>
        <translation>אימייל, טלפון או כתובת אינטרנט</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>work, home…</source>
        <translation>עבודה, בית…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="216"/>
        <source>Add email, phone or link</source>
        <translation>הוספת אימייל, טלפון או קישור</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="226"/>
        <source>About</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="229"/>
        <source>Given name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="230"/>
        <source>Family name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="231"/>
        <source>given name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="232"/>
        <source>family name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="235"/>
        <source>Names</source>
        <translation>שמות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="237"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="238"/>
        <source>Country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="239"/>
        <source>city</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="240"/>
        <source>country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="243"/>
        <source>Lives in</source>
        <translation>מקום מגורים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="244"/>
        <source>e.g. vi, en</source>
        <translation>למשל he, en</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="244"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="248"/>
        <source>Languages</source>
        <translation>שפות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <source>languages</source>
        <translation>שפות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="249"/>
        <source>Birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <source>Where and how you met</source>
        <translation>איפה ואיך הכרתם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <source>How we met</source>
        <translation>איך הכרנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="251"/>
        <source>how we met</source>
        <translation>איך הכרנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <source>a date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="258"/>
        <source>Met on</source>
        <translation>הכרנו בתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="256"/>
        <source>met on</source>
        <translation>תאריך ההיכרות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="265"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="275"/>
        <source>Introduced by</source>
        <translation>הכרנו דרך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="266"/>
        <source>Type to find who introduced you</source>
        <translation>הקלידו כדי למצוא מי הכיר ביניכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="270"/>
        <source>introduced by</source>
        <translation>הכרנו דרך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="276"/>
        <source>e.g. fintech, Hanoi, VIP</source>
        <translation>למשל פינטק, תל אביב, VIP</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="276"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="280"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <source>tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="291"/>
        <source>Birthday day</source>
        <translation>יום ההולדת – יום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="293"/>
        <source>Birthday month</source>
        <translation>יום ההולדת – חודש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="299"/>
        <source>Birth year (optional)</source>
        <translation>שנת לידה (לא חובה)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="299"/>
        <source>year?</source>
        <translation>שנה?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="302"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="303"/>
        <source>birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="304"/>
        <source>birth year</source>
        <translation>שנת לידה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="337"/>
        <source>%1 at %2</source>
        <translation>%1 ב־%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="344"/>
        <source>%1, %2 (until %3)</source>
        <translation>%1, %2 (עד %3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="345"/>
        <source>no role noted</source>
        <translation>לא צוין תפקיד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="346"/>
        <source>a deleted partner</source>
        <translation>שותף שנמחק</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="350"/>
        <source>No earlier partners</source>
        <translation>אין שותפים קודמים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="356"/>
        <source>%1 · last contact %2</source>
        <translation>%1 · קשר אחרון: %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="388"/>
        <source>Change partner</source>
        <translation>שינוי שותף</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../partnerbook/ui/presentation.py" line="31"/>
        <source>Hidden while presenting</source>
        <translation>מוסתר בזמן הצגה</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="69"/>
        <source>Quick Note</source>
        <translation>הערה מהירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="102"/>
        <source>What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday</source>
        <translation>מה נאמר? למשל: קפה — היא צריכה הצלחה ב־KPI של Q1; מעקב ביום שלישי הבא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="104"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="105"/>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>שמירה: Enter, שורה חדשה: Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="114"/>
        <source>What PartnerBook understood</source>
        <translation>מה PartnerBook הבין</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="122"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="133"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="127"/>
        <source>When it happened</source>
        <translation>מתי זה קרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="128"/>
        <source>now — or yesterday 15:00, last Friday…</source>
        <translation>עכשיו — או אתמול 15:00, יום שישי שעבר…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="138"/>
        <source>The company, if any</source>
        <translation>החברה, אם יש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="139"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="141"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="142"/>
        <source>Follow up on</source>
        <translation>מועד המעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="144"/>
        <source>no follow-up — or next tuesday, in 2 weeks…</source>
        <translation>ללא מעקב — או יום שלישי הבא, בעוד שבועיים…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="146"/>
        <source>Follow up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="156"/>
        <source>Enter saves · Shift+Enter new line · Esc keeps the draft</source>
        <translation>שמירה: Enter · שורה חדשה: Shift+Enter · שמירת הטיוטה לאחר כך: Esc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="159"/>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="160"/>
        <source>Forget this draft</source>
        <translation>מחיקת הטיוטה הזו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="163"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="210"/>
        <source>follow-up %1 %2</source>
        <translation>מעקב %1 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="217"/>
        <source>(“%1” is not a date I understand: no follow-up set)</source>
        <translation>(התאריך &quot;%1&quot; לא זוהה: לא נקבע מעקב)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="254"/>
        <source>The follow-up date is not one I understand: change it or clear it.</source>
        <translation>תאריך המעקב לא זוהה: שנו אותו או מחקו אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="260"/>
        <source>When it happened is not a date I understand.</source>
        <translation>התאריך בשדה &quot;מתי זה קרה&quot; לא זוהה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="285"/>
        <source>What you typed stays here, and is kept in %1 until it can be saved.</source>
        <translation>מה שהקלדתם נשאר כאן ונשמר ב־%1 עד שניתן יהיה לשמור אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="308"/>
        <source>Saved: %1</source>
        <translation>נשמר: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="310"/>
        <source>Saved for %1: %2</source>
        <translation>נשמר עבור %1: %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="314"/>
        <source>follow-up %1</source>
        <translation>מעקב %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="395"/>
        <source>The journal cannot be written: %1
What you type stays in this window and is kept in %2 until the journal can take it.</source>
        <translation>אין אפשרות לכתוב ליומן: %1
מה שאתם מקלידים נשאר בחלון הזה ונשמר ב־%2 עד שהיומן יוכל לקבל אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="404"/>
        <source>The draft could not be kept (%1). Keep this window open.</source>
        <translation>לא ניתן היה לשמור את הטיוטה (%1). השאירו את החלון הזה פתוח.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="452"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>ההערה שלא נשמרה חזרה, בדיוק כפי שהשארתם אותה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="458"/>
        <source>Your unsaved note is back, as you left it. The journal could not be written then, so it was kept in a file of its own; it is in the journal again now.</source>
        <translation>ההערה שלא נשמרה חזרה, כפי שהשארתם אותה. אז לא ניתן היה לכתוב ליומן ולכן היא נשמרה בקובץ נפרד; עכשיו היא שוב ביומן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="466"/>
        <source>Your unsaved note is back, as you left it. The journal still cannot be written, so it stays kept in a file of its own.</source>
        <translation>ההערה שלא נשמרה חזרה, כפי שהשארתם אותה. עדיין לא ניתן לכתוב ליומן, ולכן היא נשארת שמורה בקובץ נפרד.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="23"/>
        <source>Reminder</source>
        <translation>תזכורת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="25"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="27"/>
        <source>Tomorrow</source>
        <translation>מחר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="28"/>
        <source>Remind me tomorrow morning</source>
        <translation>תזכורת מחר בבוקר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="33"/>
        <source>Close the reminder</source>
        <translation>סגירת התזכורת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="50"/>
        <source>Follow up now: %1</source>
        <translation>הגיע הזמן למעקב: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="52"/>
        <source>(and %1 more)</source>
        <translation>(ועוד %1)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="60"/>
        <source>Review of %1</source>
        <translation>סקירה של %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="69"/>
        <source>Rhythm</source>
        <translation>תדירות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="72"/>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="72"/>
        <source>Period from</source>
        <translation>תחילת התקופה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>To</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>Period to</source>
        <translation>סוף התקופה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="79"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="83"/>
        <source>KPIs</source>
        <translation>מדדי KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Actual</source>
        <translation>בפועל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="96"/>
        <source>Add a KPI</source>
        <translation>הוספת KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="99"/>
        <source>Remove the KPI</source>
        <translation>הסרת ה־KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="107"/>
        <source>How the period went</source>
        <translation>איך עברה התקופה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="107"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="111"/>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="109"/>
        <source>What happens next, and who does it</source>
        <translation>מה הלאה, ומי אחראי לכך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="109"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="113"/>
        <source>Next steps</source>
        <translation>הצעדים הבאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="186"/>
        <source>Give the period&apos;s first and last day.</source>
        <translation>ציינו את היום הראשון ואת היום האחרון של התקופה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="227"/>
        <source>Save a review</source>
        <translation>שמירת סקירה</translation>
    </message>
</context>
<context>
    <name>SatelliteEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="175"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="176"/>
        <source>Remove this item</source>
        <translation>הסרת הפריט הזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="246"/>
        <source>Add a Motivation</source>
        <translation>הוספת מניע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="246"/>
        <source>Remove a Motivation</source>
        <translation>הסרת מניע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="248"/>
        <source>Add a Personal Detail</source>
        <translation>הוספת פרט אישי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Remove a Personal Detail</source>
        <translation>הסרת פרט אישי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Add a Contact</source>
        <translation>הוספת פרט קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Remove a Contact</source>
        <translation>הסרת פרט קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Add a Benefit</source>
        <translation>הוספת תועלת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Remove a Benefit</source>
        <translation>הסרת תועלת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Add a Row</source>
        <translation>הוספת שורה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Remove a Row</source>
        <translation>הסרת שורה</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="36"/>
        <source>Saving…</source>
        <translation>מתבצעת שמירה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="37"/>
        <source>All changes saved</source>
        <translation>כל השינויים נשמרו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="38"/>
        <source>Not saved: %1</source>
        <translation>לא נשמר: %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="170"/>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="172"/>
        <source>Search names and notes — no accents needed: nguyen, kpi q1, 合作</source>
        <translation>חיפוש בשמות ובהערות — אין צורך בסימנים מיוחדים: nguyen, kpi q1, 合作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="191"/>
        <source>Search results</source>
        <translation>תוצאות החיפוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="298"/>
        <source>People</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="299"/>
        <source>Partners</source>
        <translation>שותפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="300"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="315"/>
        <source>Search everything in the journal: people, partners and every note.

Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note (“q1 kpi”), a city or a partner. Case and accents do not matter, and Chinese works as written (合作).

Down moves into the results; Enter opens the first one.</source>
        <translation>חיפוש בכל היומן: אנשי קשר, שותפים וכל ההערות.

הקלידו שם או את תחילתו (&quot;ngu&quot; מוצא את Nguyễn), כמה מילים מתוך הערה (&quot;q1 kpi&quot;), עיר או שותף. אותיות גדולות או קטנות וסימנים מעל האותיות אינם משנים, ואפשר לחפש בסינית כפי שהיא נכתבת (合作).

החץ למטה עובר לתוצאות; Enter פותח את הראשונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="328"/>
        <source>Nothing found for “%1”.

Try fewer words, or the beginning of a name.</source>
        <translation>לא נמצא דבר עבור &quot;%1&quot;.

נסו פחות מילים, או את תחילת השם.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="353"/>
        <source>%n found</source>
        <translation>
            <numerusform>נמצאה %n תוצאה</numerusform>
            <numerusform>נמצאו %n תוצאות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="357"/>
        <source>The first %1 found; add a word to narrow them</source>
        <translation>מוצגות %1 התוצאות הראשונות; הוסיפו מילה כדי לצמצם</translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="64"/>
        <source>Follow-ups and promises</source>
        <translation>מעקבים והבטחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="73"/>
        <source>Follow-up or promise</source>
        <translation>מעקב או הבטחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="74"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="126"/>
        <source>Follow up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="78"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="79"/>
        <source>What is to be done</source>
        <translation>מה צריך לעשות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="80"/>
        <source>By when</source>
        <translation>עד מתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="81"/>
        <source>by when: next tuesday…</source>
        <translation>עד מתי: יום שלישי הבא…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="83"/>
        <source>Repeat</source>
        <translation>חזרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="84"/>
        <source>A follow-up can come back on a rhythm</source>
        <translation>מעקב יכול לחזור בקצב קבוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="86"/>
        <source>Once</source>
        <translation>פעם אחת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="87"/>
        <source>Every week</source>
        <translation>כל שבוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="88"/>
        <source>Every 2 weeks</source>
        <translation>כל שבועיים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="89"/>
        <source>Every month</source>
        <translation>כל חודש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="90"/>
        <source>Every 3 months</source>
        <translation>כל 3 חודשים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="96"/>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="129"/>
        <source>by %1</source>
        <translation>עד %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="140"/>
        <source>By when: that is not a date I understand.</source>
        <translation>עד מתי: התאריך לא זוהה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="166"/>
        <source>Add a follow-up</source>
        <translation>הוספת מעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="173"/>
        <source>Added (%1).</source>
        <translation>נוסף (%1).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="173"/>
        <source>Added.</source>
        <translation>נוסף.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="202"/>
        <source>Tick a follow-up</source>
        <translation>סימון מעקב</translation>
    </message>
</context>
<context>
    <name>TimelineDelegateText</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_delegate.py" line="71"/>
        <source>due %1</source>
        <translation>לביצוע עד %1</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="52"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="142"/>
        <source>Open entry</source>
        <translation>פתיחת הרשומה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="148"/>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="152"/>
        <source>Open %1</source>
        <translation>פתיחת %1</translation>
    </message>
</context>
<context>
    <name>TimelineModelText</name>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="488"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="490"/>
        <source>Yesterday</source>
        <translation>אתמול</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="353"/>
        <source>Kind of entry</source>
        <translation>סוג הרשומה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="364"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="379"/>
        <source>Nothing here yet: notes and follow-ups with them will appear here.</source>
        <translation>אין כאן עדיין דבר: הערות ומעקבים איתם יופיעו כאן.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="136"/>
        <source>Kind of entry</source>
        <translation>סוג הרשומה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="143"/>
        <source>Tag</source>
        <translation>תגית</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="148"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="223"/>
        <source>All tags</source>
        <translation>כל התגיות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="155"/>
        <source>Anyone</source>
        <translation>כל אחד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="156"/>
        <source>Person</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="161"/>
        <source>Any partner</source>
        <translation>כל שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="162"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="169"/>
        <source>&amp;Jump to</source>
        <translation>&amp;קפיצה אל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="173"/>
        <source>a date, e.g. 3 March or last Friday</source>
        <translation>תאריך, למשל 3 במרץ או יום שישי שעבר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="173"/>
        <source>Jump to date</source>
        <translation>קפיצה לתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="181"/>
        <source>From (date)</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="181"/>
        <source>From date</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>To (date)</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>To date</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="187"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="188"/>
        <source>Clear filters</source>
        <translation>ניקוי המסננים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="193"/>
        <source>Timeline message</source>
        <translation>הודעת ציר הזמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="207"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="259"/>
        <source>The end date is before the start date.</source>
        <translation>תאריך הסיום מוקדם מתאריך ההתחלה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="300"/>
        <source>Nothing matches these filters.</source>
        <translation>אין רשומות שמתאימות למסננים האלה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="301"/>
        <source>Nothing on the timeline yet. Notes, follow-ups and reviews appear here.</source>
        <translation>עדיין אין דבר בציר הזמן. הערות, מעקבים וסקירות יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="326"/>
        <source>Nothing on or before %1.</source>
        <translation>אין דבר ב־%1 או לפניו.</translation>
    </message>
</context>
<context>
    <name>TimelineViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="47"/>
        <source>All kinds</source>
        <translation>כל הסוגים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="48"/>
        <source>Interactions</source>
        <translation>אינטראקציות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="49"/>
        <source>Follow-ups</source>
        <translation>מעקבים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="50"/>
        <source>Promises</source>
        <translation>הבטחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="51"/>
        <source>Give &amp; take</source>
        <translation>תן וקח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="52"/>
        <source>Reviews</source>
        <translation>סקירות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="53"/>
        <source>Stage changes</source>
        <translation>שינויי שלב</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="95"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="108"/>
        <source>Promises kept</source>
        <translation>הבטחות שקוימו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="114"/>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="115"/>
        <source>Snooze</source>
        <translation>דחייה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="116"/>
        <source>Log a Note</source>
        <translation>רישום הערה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="117"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="117"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="118"/>
        <source>Dismiss</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="118"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="142"/>
        <source>Today&apos;s list</source>
        <translation>הרשימה של היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="145"/>
        <source>D done, S snooze, L log a note, Enter open, P open the person, Delete dismiss, B a promise broken</source>
        <translation>D – בוצע, S – דחייה, L – רישום הערה, Enter – פתיחה, P – פתיחת איש הקשר, Delete – ביטול, B – הבטחה שהופרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="168"/>
        <source>Nothing is due today. Log what was said at your last meeting (Ctrl+L), or set a stay-in-touch rhythm on the people who matter.</source>
        <translation>אין היום שום דבר לביצוע. תעדו מה נאמר בפגישה האחרונה (Ctrl+L), או הגדירו קצב לשמירה על קשר עם האנשים החשובים לכם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="222"/>
        <source>You kept %1 of %2 promises (%3)</source>
        <translation>קיימתם %1 מתוך %2 הבטחות (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="223"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>הם קיימו %1 מתוך %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="251"/>
        <source>Follow-ups due</source>
        <translation>מעקבים לביצוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="252"/>
        <source>Promises due this week</source>
        <translation>הבטחות שמועדן השבוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="253"/>
        <source>Time to get back in touch</source>
        <translation>הגיע הזמן לחדש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="254"/>
        <source>Partner reviews due</source>
        <translation>סקירות שותפים שהגיע מועדן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="255"/>
        <source>Birthdays this week</source>
        <translation>ימי הולדת השבוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="264"/>
        <source>(the first %1)</source>
        <translation>(%1 הראשונים)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="289"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n מעקב לביצוע</numerusform>
            <numerusform>%n מעקבים לביצוע</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="290"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>%n הבטחה שמועדה השבוע</numerusform>
            <numerusform>%n הבטחות שמועדן השבוע</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="291"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n איש קשר לחדש איתו קשר</numerusform>
            <numerusform>%n אנשי קשר לחדש איתם קשר</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="292"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n סקירת שותף שהגיע מועדה</numerusform>
            <numerusform>%n סקירות שותפים שהגיע מועדן</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="293"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>%n יום הולדת השבוע</numerusform>
            <numerusform>%n ימי הולדת השבוע</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="327"/>
        <source>never met yet</source>
        <translation>טרם נפגשתם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="328"/>
        <source>last spoke %1</source>
        <translation>שיחה אחרונה: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <location filename="../../partnerbook/ui/views/today_view.py" line="339"/>
        <source>today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="336"/>
        <source>1 day overdue</source>
        <translation>באיחור של יום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="337"/>
        <source>%1 days overdue</source>
        <translation>באיחור של %1 ימים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="341"/>
        <source>tomorrow</source>
        <translation>מחר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="342"/>
        <source>in %1 days</source>
        <translation>בעוד %1 ימים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="387"/>
        <source>Promise kept</source>
        <translation>ההבטחה קוימה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="389"/>
        <source>Marked done</source>
        <comment>the status line after D</comment>
        <translation>סומן כבוצע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="400"/>
        <source>Marked as broken</source>
        <translation>סומנה כהבטחה שהופרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="408"/>
        <source>Dismissed</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="414"/>
        <source>Snoozed</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="423"/>
        <source>Later today</source>
        <translation>מאוחר יותר היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="424"/>
        <source>Tomorrow morning</source>
        <translation>מחר בבוקר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="425"/>
        <source>Next week</source>
        <translation>בשבוע הבא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="429"/>
        <source>Pick a date…</source>
        <translation>בחירת תאריך…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="439"/>
        <source>Snooze until</source>
        <translation>דחייה עד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="440"/>
        <source>Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)</source>
        <translation>עד מתי? (למשל יום שלישי הבא, 5 בדצמבר, thứ ba tuần sau)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="448"/>
        <source>&apos;%1&apos; is not a date I understand; nothing was snoozed.</source>
        <translation>התאריך &quot;%1&quot; לא זוהה; שום דבר לא נדחה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="471"/>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1. אפשר לבטל עם Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="523"/>
        <source>Broken</source>
        <translation>הבטחה שהופרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="528"/>
        <source>Open %1</source>
        <translation>פתיחת %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="527"/>
        <source>them</source>
        <translation>איש הקשר</translation>
    </message>
</context>
<context>
    <name>TopicsCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="34"/>
        <source>Personal topics learned</source>
        <translation>נושאים אישיים שלמדנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="41"/>
        <source>One per line: family, hobbies, what to ask about next time. Offer them to the person&apos;s page to remember them there.</source>
        <translation>אחד בכל שורה: משפחה, תחביבים, על מה לשאול בפעם הבאה. אפשר להעביר אותם לדף של איש הקשר כדי לזכור אותם שם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="50"/>
        <source>e.g. her daughter starts university in March</source>
        <translation>למשל הבת שלה מתחילה ללמוד באוניברסיטה במרץ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="50"/>
        <source>Topics learned</source>
        <translation>נושאים שלמדנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="68"/>
        <source>Add to %1&apos;s details</source>
        <translation>הוספה לפרטים של %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="89"/>
        <source>%1&apos;s personal details already hold these.</source>
        <translation>הפרטים האישיים של %1 כבר כוללים את אלה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="91"/>
        <source>One topic added to %1&apos;s personal details.</source>
        <translation>נושא אחד נוסף לפרטים האישיים של %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="94"/>
        <source>%1 topics added to %2&apos;s personal details.</source>
        <translation>%1 נושאים נוספו לפרטים האישיים של %2.</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="24"/>
        <source>you have %1 open</source>
        <translation>לכם %1 פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="24"/>
        <source>they have %1 open</source>
        <translation>להם %1 פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="28"/>
        <source>no promises from you yet</source>
        <translation>עדיין אין הבטחות מצדכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="30"/>
        <source>no promises from them yet</source>
        <translation>עדיין אין הבטחות מצדם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="33"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>קיימתם %1 מתוך %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="35"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>הם קיימו %1 מתוך %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="43"/>
        <source>%1 open</source>
        <translation>%1 פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="49"/>
        <source>Promises: %1 · %2</source>
        <translation>הבטחות: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="55"/>
        <source>Give &amp; take: you have given %1, received %2</source>
        <translation>תן וקח: נתתם %1, קיבלתם %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="61"/>
        <source>referrals: %1 given (%2 won), %3 received</source>
        <translation>הפניות: %1 ניתנו (%2 הצליחו), %3 התקבלו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="68"/>
        <source>Give &amp; take: nothing noted yet.</source>
        <translation>תן וקח: עדיין לא נרשם דבר.</translation>
    </message>
</context>
<context>
    <name>WhenField</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="44"/>
        <source>today, yesterday 15:00…</source>
        <translation>היום, אתמול 15:00…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="44"/>
        <source>tomorrow, next tuesday…</source>
        <translation>מחר, יום שלישי הבא…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="46"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="49"/>
        <source>Date understood</source>
        <translation>התאריך שזוהה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="91"/>
        <source>Not a date I understand</source>
        <translation>התאריך לא זוהה</translation>
    </message>
</context>
<context>
    <name>_Interval</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="28"/>
        <source>not set</source>
        <translation>לא מוגדר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="31"/>
        <source>days</source>
        <translation>ימים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="32"/>
        <source>weeks</source>
        <translation>שבועות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="33"/>
        <source>%1 unit</source>
        <translation>יחידה עבור %1</translation>
    </message>
</context>
<context>
    <name>_TimelineBase</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="92"/>
        <source>Nothing on the timeline yet.</source>
        <translation>עדיין אין דבר בציר הזמן.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="403"/>
        <source>There is no such day; check the date.</source>
        <translation>אין יום כזה; בדקו את התאריך.</translation>
    </message>
</context>
</TS>
