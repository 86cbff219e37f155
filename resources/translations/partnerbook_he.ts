<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>App</name>
    <message>
        <location filename="../../partnerbook/app.py" line="312"/>
        <source>Writing eight years of sample relationships…</source>
        <translation>יצירת שמונה שנים של קשרים לדוגמה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="341"/>
        <source>The demo journal could not be made.</source>
        <translation>לא ניתן היה ליצור את יומן ההדגמה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="342"/>
        <source>Details are in %1.</source>
        <translation>הפרטים נמצאים ב־%1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="371"/>
        <source>Backup saved and verified: %1</source>
        <translation>הגיבוי נשמר ואומת: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="423"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="427"/>
        <source>Show PartnerBook</source>
        <translation>הצגת PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="457"/>
        <source>The journal&apos;s integrity check found problems: %1</source>
        <translation>בדיקת השלמות של היומן מצאה בעיות: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="532"/>
        <source>Restored the backup %1.</source>
        <translation>הגיבוי %1 שוחזר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="534"/>
        <source>The journal as it was is kept in %1.</source>
        <translation>היומן כפי שהיה נשמר ב־%1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="578"/>
        <source>The journal is damaged: what you see may be incomplete.</source>
        <translation>היומן פגום: ייתכן שמה שמוצג אינו שלם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="602"/>
        <source>Your journal is inside a %1 folder. Sync services copy a database while it is being written and can damage it.</source>
        <translation>היומן שלכם נמצא בתוך תיקיית %1. שירותי סנכרון מעתיקים מסד נתונים בזמן שהוא נכתב ועלולים להשחית אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="608"/>
        <source>Your journal is on a network filesystem (%1). Network filesystems often get database locking wrong and can damage it.</source>
        <translation>היומן שלכם נמצא במערכת קבצים ברשת (%1). מערכות קבצים ברשת נוטות לטפל בנעילת מסדי נתונים באופן שגוי ועלולות להשחית אותם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="752"/>
        <source>PartnerBook hit a problem it did not expect. What you saved is safe.

Details were written to %1. Please report it.</source>
        <translation>אירעה ב־PartnerBook בעיה לא צפויה. מה ששמרתם בטוח.

הפרטים נכתבו אל %1. נשמח אם תדווחו על כך.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../partnerbook/ui/autosave.py" line="254"/>
        <source>Edit: %1</source>
        <comment>undo text; %1 is a field&apos;s label, e.g. &apos;Role&apos;</comment>
        <translation>עריכה: %1</translation>
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
        <location filename="../../partnerbook/ui/brief/content.py" line="180"/>
        <source>today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="182"/>
        <source>yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="184"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>לפני יום אחד</numerusform>
            <numerusform>לפני %n ימים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="187"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>לפני חודש אחד</numerusform>
            <numerusform>לפני %n חודשים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="189"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>לפני שנה אחת</numerusform>
            <numerusform>לפני %n שנים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="194"/>
        <source>no date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="197"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>באיחור של יום אחד</numerusform>
            <numerusform>באיחור של %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="198"/>
        <source>due %1, %2</source>
        <translation>לביצוע עד %1, %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="200"/>
        <source>due today</source>
        <translation>לביצוע היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="201"/>
        <source>due %1</source>
        <translation>לביצוע עד %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>weak</source>
        <translation>חלש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>medium</source>
        <translation>בינוני</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>strong</source>
        <translation>חזק</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="214"/>
        <source>heard it</source>
        <comment>a motivation, in brackets: they said so</comment>
        <translation>שמענו מהם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="215"/>
        <source>guessed</source>
        <comment>a motivation, in brackets: our guess</comment>
        <translation>השערה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="222"/>
        <source>confirmed %1</source>
        <translation>אושר ב־%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="225"/>
        <source>“%1”</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="228"/>
        <source>— check it</source>
        <translation>— כדאי לבדוק</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="234"/>
        <source>Our value proposition</source>
        <translation>הצעת הערך שלנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="249"/>
        <source>Nothing written down yet: two or three benefits each way, with numbers.</source>
        <translation>עדיין לא נכתב דבר: שתיים או שלוש תועלות לכל צד, עם מספרים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="255"/>
        <source>Last interactions</source>
        <translation>אינטראקציות אחרונות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="257"/>
        <source>(%1 of %2)</source>
        <translation>(%1 מתוך %2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="270"/>
        <source>No interactions noted yet.</source>
        <translation>עדיין לא נרשמו אינטראקציות.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="281"/>
        <source>… and %1 more</source>
        <translation>… ועוד %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>Open promises</source>
        <translation>הבטחות פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="291"/>
        <source>nothing open</source>
        <translation>אין הבטחות פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="297"/>
        <source>Open follow-ups</source>
        <translation>מעקבים פתוחים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="301"/>
        <source>Nothing open.</source>
        <translation>אין מעקבים פתוחים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="308"/>
        <source>you have %1 open</source>
        <translation>לכם %1 פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="308"/>
        <source>they have %1 open</source>
        <translation>להם %1 פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="311"/>
        <source>no promises from you yet</source>
        <translation>עדיין אין הבטחות מצדכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="313"/>
        <source>no promises from them yet</source>
        <translation>עדיין אין הבטחות מצדם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>קיימתם %1 מתוך %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>הם קיימו %1 מתוך %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="326"/>
        <source>Promises: %1 · %2</source>
        <translation>הבטחות: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="338"/>
        <source>You have given %1, received %2.</source>
        <translation>נתתם %1, קיבלתם %2.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="343"/>
        <source>Time for a deposit.</source>
        <translation>הגיע הזמן להפקדה בבנק היחסים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="347"/>
        <source>Referrals: %1 given (%2 won), %3 received</source>
        <translation>הפניות: %1 ניתנו (%2 הצליחו), %3 התקבלו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="353"/>
        <source>won: %1</source>
        <translation>שווי ההפניות שהצליחו: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="358"/>
        <source>Nothing given or received noted yet.</source>
        <translation>עדיין לא נרשם דבר שניתן או שהתקבל.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="381"/>
        <source>Who&apos;s who</source>
        <translation>מי זה מי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="384"/>
        <source>Presentation copy: motivations, personal details and the give &amp; take are left out</source>
        <translation>עותק להצגה: המניעים, הפרטים האישיים והתן וקח הושמטו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="399"/>
        <source>Meeting brief · %1</source>
        <translation>תדריך לפגישה · %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="418"/>
        <source>What&apos;s in it for them</source>
        <translation>מה יוצא להם מזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="424"/>
        <source>Not known yet. Ask what they personally get: a KPI, their boss&apos;s praise, ease?</source>
        <translation>עדיין לא ידוע. שאלו מה הם מרוויחים באופן אישי: עמידה ב־KPI, שבחים מהבוס, נוחות?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="449"/>
        <source>Based in</source>
        <translation>מיקום:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="454"/>
        <source>speaks</source>
        <translation>שפות:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="470"/>
        <source>Our standing:</source>
        <translation>המעמד שלנו:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="476"/>
        <source>Never spoken to yet.</source>
        <translation>עדיין לא דיברתם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="478"/>
        <source>Last spoke</source>
        <translation>שיחה אחרונה:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="488"/>
        <source>Personal: ask about</source>
        <translation>אישי: על מה לשאול</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="495"/>
        <source>Birthday: %1</source>
        <translation>יום הולדת: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="497"/>
        <source>today!</source>
        <translation>היום!</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="501"/>
        <source>tomorrow</source>
        <translation>מחר</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="503"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>בעוד יום אחד</numerusform>
            <numerusform>בעוד %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="517"/>
        <source>Introductions</source>
        <translation>היכרויות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="520"/>
        <source>Introduced by %1</source>
        <translation>הכרנו דרך %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="523"/>
        <source>Introduced to us:</source>
        <translation>דרכם הכרנו את:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="527"/>
        <source>and %1 more</source>
        <translation>ועוד %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="530"/>
        <source>How we met:</source>
        <translation>איך הכרנו:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="541"/>
        <source>since %1</source>
        <translation>מאז %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="552"/>
        <source>Web:</source>
        <translation>אתר:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="555"/>
        <source>Who&apos;s who and what&apos;s in it for them</source>
        <translation>מי זה מי ומה יוצא להם מזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="566"/>
        <source>Nobody there noted yet.</source>
        <translation>עדיין לא נרשמו שם אנשי קשר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="580"/>
        <source>Agreement</source>
        <translation>הסכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="583"/>
        <source>Scope</source>
        <translation>היקף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="584"/>
        <source>Who does what</source>
        <translation>מי עושה מה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="585"/>
        <source>Revenue share</source>
        <translation>חלוקת הכנסות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="586"/>
        <source>Terms</source>
        <translation>תנאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="591"/>
        <source>Renewal:</source>
        <translation>חידוש:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="595"/>
        <source>Referrals: a fixed fee of %1 each</source>
        <translation>הפניות: עמלה קבועה של %1 לכל הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="598"/>
        <source>Referrals: %1 of the revenue</source>
        <translation>הפניות: %1 מההכנסות</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="80"/>
        <source>Meeting Brief — %1</source>
        <translation>תדריך לפגישה — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="86"/>
        <source>Meeting brief</source>
        <translation>תדריך לפגישה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="88"/>
        <source>Ctrl+Down and Ctrl+Up move from one section to the next.</source>
        <translation>Ctrl+חץ למטה ו־Ctrl+חץ למעלה עוברים בין הקטעים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="106"/>
        <source>&amp;Print…</source>
        <translation>&amp;הדפסה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="107"/>
        <source>Print the brief (Ctrl+P)</source>
        <translation>הדפסת התדריך (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="109"/>
        <source>&amp;Save As…</source>
        <translation>&amp;שמירה בשם…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="110"/>
        <source>Save the brief as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>שמירת התדריך כקובץ PDF,‏ HTML או Markdown (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="189"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="190"/>
        <source>Web page (*.html)</source>
        <translation>דף אינטרנט (*.html)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="191"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="195"/>
        <source>Save the Brief</source>
        <translation>שמירת התדריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="211"/>
        <source>The brief was not saved: %1</source>
        <translation>התדריך לא נשמר: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="216"/>
        <source>Saved to %1</source>
        <translation>נשמר ב־%1</translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="58"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="73"/>
        <source>Ideal rhythm</source>
        <translation>קצב אידיאלי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="59"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="63"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="81"/>
        <source>Too long after</source>
        <translation>זמן רב מדי אחרי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="61"/>
        <source>Ideally every</source>
        <translation>רצוי כל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="89"/>
        <source>No interaction logged yet.</source>
        <translation>עדיין לא תועדה אינטראקציה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="94"/>
        <source>Last contact today.</source>
        <translation>קשר אחרון: היום.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="96"/>
        <source>Last contact yesterday.</source>
        <translation>קשר אחרון: אתמול.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="99"/>
        <source>Last contact %1, %2 days ago.</source>
        <translation>קשר אחרון: %1, לפני %2 ימים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="104"/>
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
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="37"/>
        <source>The journal is damaged</source>
        <translation>היומן פגום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="62"/>
        <source>Restore the Latest Good Backup (%1)</source>
        <translation>שחזור הגיבוי התקין האחרון (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="43"/>
        <source>PartnerBook cannot read this journal: part of the file is damaged.
%1</source>
        <translation>ל־PartnerBook אין אפשרות לקרוא את היומן הזה: חלק מהקובץ פגום.
%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="54"/>
        <source>The latest good backup is from %1. Restoring it brings back everything saved up to then. The damaged file is never deleted: it is moved aside, so what it holds beyond the backup can still be rescued, into
%2</source>
        <translation>הגיבוי התקין האחרון הוא מ־%1. שחזורו מחזיר את כל מה שנשמר עד אז. הקובץ הפגום לעולם אינו נמחק: הוא מועבר הצידה, כך שמה שיש בו מעבר לגיבוי עדיין ניתן להצלה, אל
%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="69"/>
        <source>No backup that passes its check was found in
%1
The journal was not changed: keep the file, it may still be rescued.</source>
        <translation>לא נמצא גיבוי שעובר את הבדיקה בתיקייה
%1
היומן לא שונה: שמרו את הקובץ, ייתכן שעדיין אפשר להציל אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="76"/>
        <source>Not Now</source>
        <translation>לא עכשיו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="80"/>
        <source>Quit PartnerBook</source>
        <translation>יציאה מ־PartnerBook</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/dates.py" line="68"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&quot;%1&quot; אינו תאריך.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="36"/>
        <source>Welcome to PartnerBook</source>
        <translation>ברוכים הבאים ל־PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="42"/>
        <source>Keep what each partner and each person wants, what was said over coffee, and what was promised on both sides. Start with the company you work with most, or the person you met last.</source>
        <translation>שמרו כאן מה כל שותף וכל איש קשר רוצים, מה נאמר על כוס קפה ומה הובטח משני הצדדים. התחילו בחברה שאתם עובדים איתה הכי הרבה, או באדם שפגשתם לאחרונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="67"/>
        <source>Write a first note…</source>
        <translation>כתבו הערה ראשונה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="74"/>
        <source>Look around first</source>
        <translation>קודם להתרשם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="76"/>
        <source>A sample journal of its own: eight years of partners, people and notes in six languages. This one stays empty.</source>
        <translation>יומן דוגמה נפרד: שמונה שנים של שותפים, אנשי קשר והערות בשש שפות. היומן הזה נשאר ריק.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="82"/>
        <source>Bring your contacts</source>
        <translation>ייבוא אנשי הקשר שלכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="84"/>
        <source>A vCard or CSV export from your phone, Google, Outlook or LinkedIn. You see what each contact becomes before anything is saved.</source>
        <translation>קובץ vCard או CSV שיוצא מהטלפון, מ־Google, מ־Outlook או מ־LinkedIn. לפני שמשהו נשמר, רואים מה ייעשה בכל איש קשר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="90"/>
        <source>Start from a conversation</source>
        <translation>מתחילים משיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="92"/>
        <source>Who you met and what was said, as in a notebook. The people and the partner you name are added as you save.</source>
        <translation>את מי פגשתם ומה נאמר, כמו במחברת. האנשים והשותף שתזכירו נוספים עם השמירה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="105"/>
        <source>Or add one by hand:</source>
        <translation>או הוסיפו ידנית:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="108"/>
        <source>Add a partner</source>
        <translation>הוספת שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="110"/>
        <source>Add a person</source>
        <translation>הוספת איש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="61"/>
        <source>Import contacts…</source>
        <translation>ייבוא אנשי קשר…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="64"/>
        <source>From your phone, Google, Outlook or LinkedIn: a vCard or CSV export</source>
        <translation>מהטלפון, מ־Google, מ־Outlook או מ־LinkedIn: קובץ vCard או CSV שיוצא משם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="56"/>
        <source>Explore the demo journal</source>
        <translation>סיור ביומן ההדגמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="58"/>
        <source>A separate sample journal with eight years of multilingual relationships</source>
        <translation>יומן לדוגמה נפרד, עם שמונה שנים של קשרים בכמה שפות</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="120"/>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="128"/>
        <source>Log a Note…</source>
        <translation>רישום הערה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="129"/>
        <source>A quick note about them, with a follow-up if you like</source>
        <translation>הערה קצרה עליהם, ואם תרצו – גם מעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="137"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="141"/>
        <source>Track record</source>
        <translation>מאזן הקשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="143"/>
        <source>Note a Give or Take…</source>
        <translation>רישום נתינה או קבלה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="145"/>
        <source>A favour, an introduction, a referral, a resource, a payment</source>
        <translation>טובה, היכרות, הפניה, משאב, תשלום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="205"/>
        <source>Stay in touch</source>
        <translation>שמירה על קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="209"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="210"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="211"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="210"/>
        <source>Anything else worth remembering</source>
        <translation>כל דבר נוסף שכדאי לזכור</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="228"/>
        <source>Brief…</source>
        <translation>תדריך…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="230"/>
        <source>The one-page meeting brief, to read, print or save (Ctrl+B)</source>
        <translation>תדריך הפגישה בעמוד אחד, לקריאה, להדפסה או לשמירה (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="234"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="309"/>
        <source>Archive</source>
        <translation>העברה לארכיון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="238"/>
        <source>Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)</source>
        <translation>אנשי קשר ושותפים בארכיון יורדים מהרשימות, אבל ההיסטוריה שלהם נשמרת (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="257"/>
        <source>Save state</source>
        <translation>מצב שמירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="306"/>
        <source>Changes save as you type</source>
        <translation>השינויים נשמרים תוך כדי הקלדה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="241"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="309"/>
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
    <name>Field</name>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="113"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="115"/>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="117"/>
        <source>Where</source>
        <translation>מקום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="118"/>
        <source>Warmth</source>
        <translation>חמימות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="70"/>
        <source>The name of whom it was for</source>
        <translation>שם מי שזה היה עבורו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="77"/>
        <location filename="../../partnerbook/services/people.py" line="66"/>
        <source>The name</source>
        <translation>השם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="78"/>
        <source>The standing</source>
        <translation>המעמד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="79"/>
        <source>The website</source>
        <translation>האתר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="80"/>
        <location filename="../../partnerbook/services/people.py" line="72"/>
        <source>The city</source>
        <translation>העיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="81"/>
        <location filename="../../partnerbook/services/people.py" line="73"/>
        <source>The country</source>
        <translation>המדינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="82"/>
        <location filename="../../partnerbook/services/people.py" line="82"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="83"/>
        <source>The scope</source>
        <translation>ההיקף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="84"/>
        <source>Responsibilities</source>
        <translation>תחומי אחריות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="85"/>
        <source>The revenue share</source>
        <translation>חלוקת ההכנסות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="86"/>
        <source>The terms</source>
        <translation>התנאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="87"/>
        <source>The renewal date</source>
        <translation>תאריך החידוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="88"/>
        <source>Referral terms</source>
        <translation>תנאי הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="89"/>
        <source>The fee per referral</source>
        <translation>העמלה לכל הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="90"/>
        <source>The referral percentage</source>
        <translation>אחוז ההפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="91"/>
        <source>The currency</source>
        <translation>המטבע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="92"/>
        <location filename="../../partnerbook/services/people.py" line="80"/>
        <source>The ideal rhythm</source>
        <translation>הקצב האידיאלי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="93"/>
        <location filename="../../partnerbook/services/people.py" line="81"/>
        <source>&apos;Too long&apos;</source>
        <translation>„ארוך מדי”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="94"/>
        <source>The review rhythm</source>
        <translation>קצב הסקירות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="107"/>
        <source>Complementary strengths</source>
        <translation>חוזקות משלימות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="108"/>
        <source>Audience fit</source>
        <translation>התאמת קהל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="109"/>
        <source>Trust</source>
        <translation>אמון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="110"/>
        <source>Size proportion</source>
        <translation>יחס גודל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="111"/>
        <source>Willingness</source>
        <translation>נכונות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="112"/>
        <source>The note</source>
        <translation>ההערה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="113"/>
        <source>Fit notes</source>
        <translation>הערות על ההתאמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="114"/>
        <source>Assessed on</source>
        <translation>תאריך ההערכה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="122"/>
        <source>For whom</source>
        <translation>עבור מי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="123"/>
        <source>The horizon</source>
        <translation>טווח הזמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="124"/>
        <source>The benefit</source>
        <translation>התועלת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="125"/>
        <source>The quantity</source>
        <translation>הכמות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="126"/>
        <source>The unit</source>
        <translation>היחידה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="341"/>
        <source>Kinds</source>
        <translation>סוגים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="67"/>
        <source>The given name</source>
        <translation>השם הפרטי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="68"/>
        <source>The family name</source>
        <translation>שם המשפחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="69"/>
        <source>The role</source>
        <translation>התפקיד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="70"/>
        <source>The stakeholder role</source>
        <translation>תפקיד בעל העניין</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="71"/>
        <source>The department</source>
        <translation>המחלקה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="74"/>
        <source>Languages</source>
        <translation>שפות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="75"/>
        <source>The birthday month</source>
        <translation>חודש הלידה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="76"/>
        <source>The birthday day</source>
        <translation>יום הלידה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="77"/>
        <source>The birth year</source>
        <translation>שנת הלידה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="78"/>
        <source>How we met</source>
        <translation>איך הכרנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="79"/>
        <source>Met on</source>
        <translation>תאריך ההיכרות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="115"/>
        <location filename="../../partnerbook/services/people.py" line="127"/>
        <source>The kind</source>
        <translation>הסוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="116"/>
        <source>The value</source>
        <translation>הערך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="117"/>
        <source>The label</source>
        <translation>התווית</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="128"/>
        <source>Their words</source>
        <translation>המילים שלהם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="129"/>
        <source>How sure</source>
        <translation>מידת הוודאות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="132"/>
        <source>The strength</source>
        <translation>העוצמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="133"/>
        <source>Last confirmed</source>
        <translation>אושר לאחרונה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="141"/>
        <source>The category</source>
        <translation>הקטגוריה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="142"/>
        <source>The detail</source>
        <translation>הפרט</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="143"/>
        <source>Learned on</source>
        <translation>תאריך שנודע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="135"/>
        <source>The summary</source>
        <translation>הסיכום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="136"/>
        <source>The next steps</source>
        <translation>הצעדים הבאים</translation>
    </message>
</context>
<context>
    <name>GiveTakeDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="51"/>
        <source>Give &amp; Take</source>
        <translation>תן וקח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="67"/>
        <source>Given or received</source>
        <translation>ניתן או התקבל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="68"/>
        <source>I gave</source>
        <translation>נתתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="69"/>
        <source>I received</source>
        <translation>קיבלתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="71"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="78"/>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="80"/>
        <source>e.g. an intro to their CFO</source>
        <translation>למשל היכרות עם סמנכ״ל הכספים שלהם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="81"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="82"/>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="83"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="85"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="84"/>
        <source>today — or last week, 3 March…</source>
        <translation>היום — או בשבוע שעבר, 3 במרץ…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="87"/>
        <source>Whom the referral was for: a person or company</source>
        <translation>למי הייתה ההפניה: אדם או חברה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="88"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="89"/>
        <source>Referred</source>
        <translation>מי הופנה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="92"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="95"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="99"/>
        <source>Value, if any</source>
        <translation>שווי, אם יש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="100"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="108"/>
        <source>Value</source>
        <translation>שווי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="105"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="142"/>
        <source>When: that is not a date I understand.</source>
        <translation>מתי: התאריך לא זוהה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="186"/>
        <source>Note a give or take</source>
        <translation>רישום נתינה או קבלה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="208"/>
        <source>Edit a give or take</source>
        <translation>עריכת נתינה או קבלה</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="122"/>
        <source>Import Contacts — %1</source>
        <translation>ייבוא אנשי קשר — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="148"/>
        <source>&amp;Format:</source>
        <translation>&amp;פורמט:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="150"/>
        <source>File format</source>
        <translation>פורמט הקובץ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="174"/>
        <source>&amp;Show:</source>
        <translation>&amp;הצגה:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="176"/>
        <source>Show records</source>
        <translation>הצגת רשומות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="188"/>
        <source>Contacts in the file</source>
        <translation>אנשי הקשר בקובץ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="224"/>
        <source>Progress</source>
        <translation>התקדמות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="227"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="237"/>
        <source>Save Error Re&amp;port…</source>
        <translation>שמירת &amp;דוח שגיאות…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="238"/>
        <source>Every record that could not be read, and why</source>
        <translation>כל רשומה שלא ניתן היה לקרוא, והסיבה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="241"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="689"/>
        <source>&amp;Undo Import</source>
        <translation>&amp;ביטול הייבוא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="244"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="247"/>
        <source>&amp;Import</source>
        <translation>&amp;ייבוא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="286"/>
        <source>Automatic</source>
        <translation>אוטומטי</translation>
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
        <translation>שורה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="333"/>
        <source>Reading %1…</source>
        <translation>קריאת %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="363"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>בוטל: לא יובא דבר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="369"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="378"/>
        <source>Nothing was imported.</source>
        <translation>לא יובא דבר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="391"/>
        <source>Automatic (%1)</source>
        <translation>אוטומטי (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="420"/>
        <source>There are no contacts in this file.</source>
        <translation>אין אנשי קשר בקובץ הזה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="423"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln חדש</numerusform>
            <numerusform>%Ln חדשים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="424"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln עודכן</numerusform>
            <numerusform>%Ln עודכנו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="425"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln ללא שינוי</numerusform>
            <numerusform>%Ln ללא שינוי</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="427"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln עם שגיאה</numerusform>
            <numerusform>%Ln עם שגיאה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="429"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln עם שגיאות</numerusform>
            <numerusform>%Ln עם שגיאות</numerusform>
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
        <translation>יובאו: %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="444"/>
        <source>All (%1)</source>
        <translation>הכול (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="446"/>
        <source>To create (%1)</source>
        <translation>ליצירה (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="447"/>
        <source>To update (%1)</source>
        <translation>לעדכון (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="448"/>
        <source>Unchanged (%1)</source>
        <translation>ללא שינוי (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="449"/>
        <source>Errors (%1)</source>
        <translation>שגיאות (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="489"/>
        <source>Record %1, line %2</source>
        <translation>רשומה %1, שורה %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="516"/>
        <source>Importing…</source>
        <translation>מתבצע ייבוא…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="541"/>
        <source>Cancelling…</source>
        <translation>מתבצע ביטול…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="548"/>
        <source>Importing %1 of %2…</source>
        <translation>מתבצע ייבוא: %1 מתוך %2…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="575"/>
        <source>Import of %1</source>
        <translation>ייבוא %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Record</source>
        <translation>רשומה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="629"/>
        <source>Errors in %1</source>
        <translation>שגיאות ב־%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="634"/>
        <source>Record %1, line %2: %3</source>
        <translation>רשומה %1, שורה %2: %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="646"/>
        <source>Text (*.txt)</source>
        <translation>טקסט (*.txt)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="646"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="648"/>
        <source>Save the Error Report</source>
        <translation>שמירת דוח השגיאות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="668"/>
        <source>Error report saved to %1</source>
        <translation>דוח השגיאות נשמר ב־%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="689"/>
        <source>&amp;Redo Import</source>
        <translation>&amp;ביצוע חוזר של הייבוא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="692"/>
        <source>The import was taken back.</source>
        <translation>הייבוא בוטל.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>%1 brings it all back.</source>
        <translation>הקשה על %1 תחזיר את הכול.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="700"/>
        <source>%1 takes the whole import back.</source>
        <translation>הקשה על %1 תבטל את כל הייבוא.</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="55"/>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="56"/>
        <source>Updated</source>
        <translation>עודכן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="57"/>
        <source>Skipped</source>
        <translation>דולג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="58"/>
        <location filename="../../partnerbook/ui/models/import_model.py" line="64"/>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="61"/>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="62"/>
        <source>Update</source>
        <translation>עדכון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="63"/>
        <source>Skip</source>
        <translation>דילוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="219"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="220"/>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="221"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="222"/>
        <source>What happened</source>
        <translation>מה קרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="224"/>
        <source>What will happen</source>
        <translation>מה יקרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="225"/>
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="266"/>
        <source>Record %1</source>
        <translation>רשומה %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="268"/>
        <source>Line %1</source>
        <translation>שורה %1</translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="113"/>
        <source>Who&apos;s in Town</source>
        <translation>מי בעיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="128"/>
        <source>Where are you going? Whom should you see there?</source>
        <translation>לאן אתם נוסעים? את מי כדאי לפגוש שם?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="132"/>
        <source>City or country</source>
        <translation>עיר או מדינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="134"/>
        <source>A city or a country, typed any way: hanoi, ha noi, tel aviv, italia</source>
        <translation>עיר או מדינה, בכל כתיב: hanoi, ha noi, tel aviv, italia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="165"/>
        <source>People in town</source>
        <translation>אנשי קשר בעיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Where</source>
        <translation>מקום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Last met</source>
        <translation>פגישה אחרונה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="186"/>
        <source>Enter opens the person · L logs a note about them</source>
        <translation>פתיחת איש הקשר: Enter · רישום הערה עליו: L</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="189"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="191"/>
        <source>Log a Note…</source>
        <translation>רישום הערה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="193"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="253"/>
        <source>Type where you are going. Cities and countries come from people&apos;s pages; the people you have not seen for longest come first.</source>
        <translation>הקלידו לאן אתם נוסעים. הערים והמדינות נלקחות מדפי אנשי הקשר; מי שלא ראיתם הכי הרבה זמן מופיעים ראשונים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="260"/>
        <source>Nobody in “%1” yet. Try the beginning of the city or the country.</source>
        <translation>עדיין אין אף אחד ב־&quot;%1&quot;. נסו את תחילת שם העיר או המדינה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="265"/>
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
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="88"/>
        <source>never met</source>
        <translation>טרם נפגשתם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="90"/>
        <source>today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="92"/>
        <source>yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="94"/>
        <source>%1 days ago</source>
        <translation>לפני %1 ימים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="96"/>
        <source>%1 weeks ago</source>
        <translation>לפני %1 שבועות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="98"/>
        <source>%1 months ago</source>
        <translation>לפני %1 חודשים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="99"/>
        <source>%1 years ago</source>
        <translation>לפני %1 שנים</translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="109"/>
        <source>Title (the notes&apos; first line if left empty)</source>
        <translation>כותרת (אם תישאר ריקה – השורה הראשונה של ההערות)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="110"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="111"/>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="113"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="115"/>
        <source>Open the page of someone or a partner in this note</source>
        <translation>פתיחת הדף של איש קשר או של שותף מההערה הזו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="116"/>
        <source>Open a person&apos;s or partner&apos;s page</source>
        <translation>פתיחת הדף של איש קשר או של שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="120"/>
        <source>Move to Trash</source>
        <translation>העברה לאשפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="121"/>
        <source>Ctrl+Z brings it back</source>
        <translation>אפשר לשחזר עם Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="126"/>
        <source>Changes save as you type</source>
        <translation>השינויים נשמרים תוך כדי הקלדה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="128"/>
        <source>Save state</source>
        <translation>מצב שמירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="132"/>
        <source>What happened</source>
        <translation>מה קרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="144"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="140"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="142"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="145"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="147"/>
        <source>A café, their office, a video link…</source>
        <translation>בית קפה, המשרד שלהם, קישור לשיחת וידאו…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="148"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="150"/>
        <source>Where</source>
        <translation>מקום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="152"/>
        <source>Add someone: type three letters…</source>
        <translation>הוספת משתתף: הקלידו שלוש אותיות…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="163"/>
        <source>With</source>
        <translation>עם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="171"/>
        <source>Add a partner…</source>
        <translation>הוספת שותף…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="172"/>
        <source>Add a partner</source>
        <translation>הוספת שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="175"/>
        <source>Partners</source>
        <translation>שותפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="177"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="190"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="191"/>
        <source>Warmth</source>
        <translation>חמימות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="178"/>
        <source>How warm it felt, from cold (−2) to warm (+2)</source>
        <translation>עד כמה זה הרגיש חם, מקר (‎−2) ועד חם (‎+2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="179"/>
        <source>Not rated</source>
        <translation>ללא דירוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="181"/>
        <source>Warm</source>
        <translation>חם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="182"/>
        <source>Friendly</source>
        <translation>ידידותי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="183"/>
        <source>Neutral</source>
        <translation>ניטרלי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="184"/>
        <source>Cool</source>
        <translation>צונן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="185"/>
        <source>Cold</source>
        <translation>קר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="242"/>
        <source>Topics learned</source>
        <translation>נושאים שלמדנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="198"/>
        <source>Invitation sent</source>
        <translation>ההזמנה נשלחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="199"/>
        <source>Agenda shared</source>
        <translation>סדר היום שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="200"/>
        <source>Recap sent</source>
        <translation>הסיכום נשלח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="201"/>
        <source>Files printed</source>
        <translation>החומרים הודפסו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="210"/>
        <source>Legwork</source>
        <translation>עבודת הכנה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="215"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="226"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="230"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="217"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="393"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="219"/>
        <source>Show the notes as formatted text (Ctrl+Shift+V)</source>
        <translation>הצגת ההערות כטקסט מעוצב (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="225"/>
        <source>What was said. Markdown works: # headings, - lists, **bold**.</source>
        <translation>מה נאמר. יש תמיכה ב־Markdown: ‏# לכותרות, ‏- לרשימות, **מודגש**.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="233"/>
        <source>Notes, formatted</source>
        <translation>ההערות, מעוצבות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="294"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="303"/>
        <source>When: &apos;%1&apos; is not a date.</source>
        <translation>מתי: &quot;%1&quot; אינו תאריך.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="305"/>
        <source>When: say when it happened.</source>
        <translation>מתי: ציינו מתי זה קרה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="364"/>
        <source>Remove %1 from this note</source>
        <translation>הסרת %1 מההערה הזו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="365"/>
        <source>Remove %1</source>
        <translation>הסרת %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="393"/>
        <source>Edit</source>
        <translation>עריכה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="468"/>
        <source>Edit partners</source>
        <translation>עריכת שותפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="490"/>
        <source>Move a note to the trash</source>
        <translation>העברת הערה לאשפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="492"/>
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
        <source>Open</source>
        <comment>status of a follow-up (a task): not done yet</comment>
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
        <location filename="../../partnerbook/ui/labels.py" line="118"/>
        <source>Open</source>
        <comment>status of a promise: not kept or broken yet</comment>
        <translation>פתוחה</translation>
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
        <location filename="../../partnerbook/ui/main_window.py" line="155"/>
        <source>Relationships</source>
        <translation>קשרים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="160"/>
        <source>Views</source>
        <translation>תצוגות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="163"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="164"/>
        <source>People</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="165"/>
        <source>Partners</source>
        <translation>שותפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="166"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="167"/>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="215"/>
        <source>Log what was said, in seconds</source>
        <translation>תיעוד מה שנאמר, תוך שניות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="218"/>
        <source>New &amp;Person…</source>
        <translation>איש &amp;קשר חדש…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="221"/>
        <source>Add a person</source>
        <translation>הוספת איש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="224"/>
        <source>New Pa&amp;rtner…</source>
        <translation>&amp;שותף חדש…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="224"/>
        <source>Add a partner</source>
        <translation>הוספת שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="227"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;ייבוא אנשי קשר…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="230"/>
        <source>Bring people in from a vCard or a Google, LinkedIn or Outlook CSV</source>
        <translation>הבאת אנשי קשר מקובץ vCard או מקובץ CSV של Google,‏ LinkedIn או Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="233"/>
        <source>Open the &amp;Demo Journal</source>
        <translation>פתיחת יומן ה&amp;הדגמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="236"/>
        <source>A separate sample journal to explore</source>
        <translation>יומן לדוגמה נפרד, לסיור</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="242"/>
        <source>Save a verified copy of the journal</source>
        <translation>שמירת עותק מאומת של היומן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="245"/>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="247"/>
        <source>&amp;Redo</source>
        <translation>ביצוע &amp;מחדש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="250"/>
        <source>&amp;Search…</source>
        <translation>&amp;חיפוש…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="253"/>
        <source>Search people, partners and notes</source>
        <translation>חיפוש אנשי קשר, שותפים והערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="256"/>
        <source>&amp;Filter the List</source>
        <translation>&amp;סינון הרשימה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="259"/>
        <source>Filter the list</source>
        <translation>סינון הרשימה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="262"/>
        <source>P&amp;resentation Mode</source>
        <translation>מצב הצ&amp;גה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="265"/>
        <source>Hide motivations, personal details, notes and the give &amp; take while sharing</source>
        <translation>הסתרת המניעים, הפרטים האישיים, ההערות והתן וקח בזמן שיתוף המסך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="273"/>
        <source>People in a city or country, the longest unseen first</source>
        <translation>אנשי קשר בעיר או במדינה, מי שלא נראו הכי הרבה זמן – ראשונים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="276"/>
        <source>&amp;Go To…</source>
        <translation>מ&amp;עבר אל…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="279"/>
        <source>Jump to a person, a partner, a view or an action</source>
        <translation>מעבר לאיש קשר, לשותף, לתצוגה או לפעולה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="282"/>
        <source>&amp;Archive or Unarchive</source>
        <translation>העברה ל&amp;ארכיון או הוצאה ממנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="285"/>
        <source>Archived people and partners leave the lists but keep their history</source>
        <translation>אנשי קשר ושותפים בארכיון יורדים מהרשימות, אבל ההיסטוריה שלהם נשמרת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="288"/>
        <source>Move to &amp;Trash</source>
        <translation>העברה לא&amp;שפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="291"/>
        <source>Move the selected person or partner to the trash</source>
        <translation>העברת איש הקשר או השותף הנבחר לאשפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="294"/>
        <source>Meeting &amp;Brief…</source>
        <translation>&amp;תדריך לפגישה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="297"/>
        <source>One page on the selected person or partner, to read or print</source>
        <translation>עמוד אחד על איש הקשר או השותף הנבחר, לקריאה או להדפסה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="300"/>
        <source>T&amp;oday</source>
        <translation>&amp;היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="301"/>
        <source>&amp;People</source>
        <translation>&amp;אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="303"/>
        <source>P&amp;artners</source>
        <translation>&amp;שותפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="306"/>
        <source>&amp;Timeline</source>
        <translation>&amp;ציר זמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="308"/>
        <source>&amp;Search</source>
        <translation>&amp;חיפוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="313"/>
        <location filename="../../partnerbook/ui/main_window.py" line="327"/>
        <source>Follow the &amp;System</source>
        <translation>לפי ה&amp;מערכת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="314"/>
        <source>&amp;Light</source>
        <translation>&amp;בהיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="315"/>
        <source>&amp;Dark</source>
        <translation>&amp;כהה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="342"/>
        <source>Open PartnerBook when you log in, so reminders come on time</source>
        <translation>פתיחת PartnerBook בכניסה למערכת, כדי שהתזכורות יגיעו בזמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="346"/>
        <source>&amp;About PartnerBook</source>
        <translation>&amp;אודות PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="351"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="366"/>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="372"/>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="212"/>
        <source>Quick &amp;Note…</source>
        <translation>הערה &amp;מהירה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="239"/>
        <source>Back &amp;Up Now</source>
        <translation>&amp;גיבוי עכשיו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="270"/>
        <source>&amp;Who&apos;s in Town…</source>
        <translation>מי ב&amp;עיר…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="316"/>
        <source>&amp;High Contrast</source>
        <translation>&amp;ניגודיות גבוהה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="340"/>
        <source>Start at Lo&amp;gin</source>
        <translation>הפעלה ב&amp;כניסה למערכת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="378"/>
        <source>T&amp;heme</source>
        <translation>ערכת &amp;נושא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="380"/>
        <source>&amp;Language</source>
        <translation>ש&amp;פה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="385"/>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="389"/>
        <source>Main toolbar</source>
        <translation>סרגל כלים ראשי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="440"/>
        <source>The journal this window shows</source>
        <translation>היומן שמוצג בחלון הזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="442"/>
        <location filename="../../partnerbook/ui/main_window.py" line="460"/>
        <source>Presentation mode</source>
        <translation>מצב הצגה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="444"/>
        <source>Presentation mode is on</source>
        <translation>מצב הצגה פעיל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="447"/>
        <source>Motivations, personal details, notes and the give &amp; take are hidden (Ctrl+Shift+P)</source>
        <translation>המניעים, הפרטים האישיים, ההערות והתן וקח מוסתרים (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="660"/>
        <source>Follow up now</source>
        <translation>הגיע הזמן למעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="717"/>
        <source>PartnerBook will open when you log in.</source>
        <translation>מעכשיו PartnerBook ייפתח בכל כניסה למערכת.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="719"/>
        <source>PartnerBook will no longer open at login.</source>
        <translation>מעכשיו PartnerBook לא ייפתח בכניסה למערכת.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="741"/>
        <source>View</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="784"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="868"/>
        <source>This entry has no note to open; open its people from the list.</source>
        <translation>לרשומה הזו אין הערה לפתוח; אפשר לפתוח את אנשי הקשר שלה מהרשימה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="910"/>
        <source>Contacts (%1)</source>
        <translation>אנשי קשר (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="914"/>
        <source>All files (*)</source>
        <translation>כל הקבצים (*)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="918"/>
        <source>Import Contacts</source>
        <translation>ייבוא אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="974"/>
        <source>Select a person or a partner to see their brief.</source>
        <translation>בחרו איש קשר או שותף כדי לראות את התדריך עליו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="1012"/>
        <source>About PartnerBook</source>
        <translation>אודות PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="1014"/>
        <source>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;A relationship journal for partnership managers, business developers and sales people.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;יומן קשרים למנהלי שותפויות, למפתחי עסקים ולאנשי מכירות.&lt;/p&gt;&lt;p&gt;היומן שלכם: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetailView</name>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="133"/>
        <source>Show archived</source>
        <translation>הצגת פריטים בארכיון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="369"/>
        <source>%1 of %2</source>
        <translation>%1 מתוך %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="375"/>
        <source>%1 shown</source>
        <translation>מוצגים %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="447"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>הועבר לאשפה. אפשר לשחזר עם Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Noun</name>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="41"/>
        <source>person</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="42"/>
        <source>partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="43"/>
        <source>note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="44"/>
        <source>follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="45"/>
        <source>review</source>
        <translation>סקירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="46"/>
        <source>give &amp; take item</source>
        <translation>פריט תן וקח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="47"/>
        <source>contact</source>
        <translation>פרט התקשרות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="48"/>
        <source>motivation</source>
        <translation>מניע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="49"/>
        <source>personal detail</source>
        <translation>פרט אישי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="50"/>
        <source>benefit</source>
        <translation>תועלת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="51"/>
        <source>entry</source>
        <translation>רשומה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="52"/>
        <source>promise</source>
        <translation>הבטחה</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="76"/>
        <source>Partner name</source>
        <translation>שם השותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="84"/>
        <source>Write a Review…</source>
        <translation>כתיבת סקירה…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="85"/>
        <source>KPIs against their targets, a summary, next steps</source>
        <translation>מדדי KPI מול היעדים, סיכום, הצעדים הבאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="103"/>
        <source>Relationship</source>
        <translation>הקשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="108"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="118"/>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <source>e.g. bank, e-wallet, designer</source>
        <translation>למשל בנק, ארנק דיגיטלי, מעצב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="125"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="127"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="128"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="129"/>
        <source>Standing</source>
        <translation>מעמד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="128"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="131"/>
        <source>Our size</source>
        <translation>הגודל שלנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="137"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="140"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="145"/>
        <source>Website</source>
        <translation>אתר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="141"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="139"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="142"/>
        <source>Country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="146"/>
        <source>Based in</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="147"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="151"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="155"/>
        <source>What we bring each other</source>
        <translation>מה אנחנו נותנים זה לזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="166"/>
        <source>For whom</source>
        <translation>בשביל מי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="173"/>
        <source>Horizon</source>
        <translation>טווח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="178"/>
        <source>Benefit, concrete</source>
        <translation>התועלת, באופן מוחשי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="181"/>
        <source>How much</source>
        <translation>כמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="185"/>
        <source>how much</source>
        <translation>כמות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="189"/>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="193"/>
        <source>unit, e.g. customers</source>
        <translation>יחידה, למשל לקוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="197"/>
        <source>Add benefit</source>
        <translation>הוספת תועלת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="203"/>
        <source>Write 2–3 short-term and 2–3 long-term benefits for them, quantified.</source>
        <translation>כתבו עבורם 2–3 תועלות לטווח הקצר ו־2–3 לטווח הארוך, עם מספרים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="211"/>
        <source>Fit</source>
        <translation>התאמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="213"/>
        <source>Complementary strengths</source>
        <translation>חוזקות משלימות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="214"/>
        <source>Audience fit</source>
        <translation>התאמת קהל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="215"/>
        <source>Trust</source>
        <translation>אמון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="216"/>
        <source>Size proportion</source>
        <translation>יחס גודל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="217"/>
        <source>Willingness to cooperate</source>
        <translation>נכונות לשתף פעולה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="229"/>
        <source>why</source>
        <translation>למה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="229"/>
        <source>Why: %1</source>
        <translation>למה: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="237"/>
        <source>Overall: why they fit, or not</source>
        <translation>בסך הכול: למה הם מתאימים, או לא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="237"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="238"/>
        <source>Fit notes</source>
        <translation>הערות על ההתאמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <source>Agreement</source>
        <translation>הסכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <source>What we do together</source>
        <translation>מה אנחנו עושים יחד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="266"/>
        <source>Scope</source>
        <translation>היקף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="267"/>
        <source>Who does what</source>
        <translation>מי עושה מה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="255"/>
        <source>Responsibilities</source>
        <translation>תחומי אחריות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>e.g. 70/30 on net revenue</source>
        <translation>למשל 70/30 מההכנסות נטו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="257"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="268"/>
        <source>Revenue share</source>
        <translation>חלוקת הכנסות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="250"/>
        <source>Duration, exclusivity, notice…</source>
        <translation>משך, בלעדיות, הודעה מוקדמת…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="250"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="258"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="269"/>
        <source>Terms</source>
        <translation>תנאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <source>a date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="262"/>
        <source>Renewal date</source>
        <translation>תאריך חידוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="270"/>
        <source>Renewal</source>
        <translation>חידוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="273"/>
        <source>Referral terms</source>
        <translation>תנאי הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="274"/>
        <source>fee</source>
        <translation>עמלה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="274"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="279"/>
        <source>Fee per referral</source>
        <translation>עמלה לכל הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="283"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="288"/>
        <source>Referral percentage</source>
        <translation>אחוז לכל הפניה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="292"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="294"/>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>Referrals</source>
        <translation>הפניות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="304"/>
        <source>Review rhythm</source>
        <translation>תדירות סקירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <source>No reviews</source>
        <translation>ללא סקירות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="305"/>
        <source>Reviews</source>
        <translation>סקירות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="309"/>
        <source>People</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="329"/>
        <source>Referral terms: none agreed.</source>
        <translation>תנאי הפניה: לא סוכמו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="332"/>
        <source>Referral terms: a fixed fee of %1 per referral.</source>
        <translation>תנאי הפניה: עמלה קבועה של %1 לכל הפניה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="335"/>
        <source>Referral terms: %1 % of each referral.</source>
        <translation>תנאי הפניה: %1% מכל הפניה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="336"/>
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
        <location filename="../../partnerbook/ui/views/partners_view.py" line="39"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="40"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="42"/>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="46"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="48"/>
        <source>People</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="53"/>
        <source>Last contact</source>
        <translation>קשר אחרון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="58"/>
        <source>Stay in touch</source>
        <translation>שמירה על קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="108"/>
        <source>New partner</source>
        <translation>שותף חדש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="109"/>
        <source>Name of the organisation:</source>
        <translation>שם הארגון:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="110"/>
        <source>Add partner</source>
        <translation>הוספת שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="111"/>
        <source>Move partner to the trash</source>
        <translation>העברת שותף לאשפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="114"/>
        <source>Pick a partner on the left, or press %1 to add one.</source>
        <translation>בחרו שותף מהרשימה, או הקישו %1 כדי להוסיף שותף.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="126"/>
        <source>Filter by name, kind, stage or city (Ctrl+Shift+F)</source>
        <translation>סינון לפי שם, סוג, שלב או עיר (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="35"/>
        <source>Encrypted Journal</source>
        <translation>יומן מוצפן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="39"/>
        <source>The journal %1 is encrypted. Type its passphrase.</source>
        <translation>היומן %1 מוצפן. הקלידו את משפט הסיסמה שלו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="48"/>
        <source>Passphrase</source>
        <translation>משפט סיסמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="57"/>
        <source>Remember on this computer</source>
        <translation>לזכור במחשב הזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="59"/>
        <source>Keep the passphrase in the system&apos;s keyring.</source>
        <translation>שמירת משפט הסיסמה במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="64"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="69"/>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="84"/>
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
        <location filename="../../partnerbook/ui/views/people_view.py" line="43"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="44"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="45"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="46"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="48"/>
        <source>Last contact</source>
        <translation>קשר אחרון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="53"/>
        <source>Stay in touch</source>
        <translation>שמירה על קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="108"/>
        <source>New person</source>
        <translation>איש קשר חדש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="109"/>
        <source>Name (in any script):</source>
        <translation>שם (בכל כתב):</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="110"/>
        <source>Add person</source>
        <translation>הוספת איש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="111"/>
        <source>Move person to the trash</source>
        <translation>העברת איש קשר לאשפה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="114"/>
        <source>Pick someone on the left, or press %1 to add a person.</source>
        <translation>בחרו איש קשר מהרשימה, או הקישו %1 כדי להוסיף איש קשר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="126"/>
        <source>Filter by name, partner, city or tag (Ctrl+Shift+F)</source>
        <translation>סינון לפי שם, שותף, עיר או תגית (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="70"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="85"/>
        <source>What&apos;s in it for them</source>
        <translation>מה יוצא להם מזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="88"/>
        <source>You partner with a company, but you work with a person. What does this person personally get: a KPI, looking good to the boss, comfort, fun?</source>
        <translation>משתפים פעולה עם חברה, אבל עובדים עם אדם. מה האדם הזה מרוויח באופן אישי: עמידה ב־KPI, להיראות טוב בעיני הבוס, נוחות, הנאה?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Weak</source>
        <translation>חלש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Medium</source>
        <translation>בינוני</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Strong</source>
        <translation>חזק</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="103"/>
        <source>Motivation</source>
        <translation>מניע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="108"/>
        <source>In their words</source>
        <translation>במילים שלהם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="111"/>
        <source>How sure</source>
        <translation>מידת ודאות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="116"/>
        <source>Strength</source>
        <translation>עוצמה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="119"/>
        <source>Last confirmed</source>
        <translation>אושר לאחרונה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="122"/>
        <source>last confirmed</source>
        <translation>תאריך האישור האחרון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="126"/>
        <source>Add motivation</source>
        <translation>הוספת מניע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="132"/>
        <source>No motivation noted yet. Ask, listen, and write down what you hear.</source>
        <translation>עדיין לא נרשם מניע. שאלו, הקשיבו ורשמו את מה שאתם שומעים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="141"/>
        <source>Work</source>
        <translation>עבודה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="148"/>
        <source>New partner &quot;%1&quot;</source>
        <translation>שותף חדש &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="151"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="154"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="152"/>
        <source>Type to find a partner</source>
        <translation>הקלידו כדי למצוא שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <source>e.g. Head of Partnerships</source>
        <translation>למשל ראש תחום שותפויות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="157"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="159"/>
        <source>Stakeholder role</source>
        <translation>תפקיד בקבלת ההחלטות</translation>
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
        <translation>תפקיד בהחלטות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="161"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="162"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="163"/>
        <source>Department</source>
        <translation>מחלקה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="168"/>
        <source>Before</source>
        <translation>בעבר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="173"/>
        <source>Personal</source>
        <translation>אישי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="180"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="207"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="185"/>
        <source>Detail</source>
        <translation>פרט</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="186"/>
        <source>Learned on</source>
        <translation>נודע בתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="189"/>
        <source>Add personal detail</source>
        <translation>הוספת פרט אישי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="191"/>
        <source>Family, hobbies, what to ask about next time: coffee talk is made of these.</source>
        <translation>משפחה, תחביבים, על מה לשאול בפעם הבאה: מאלה בנויה שיחה על כוס קפה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="200"/>
        <source>Contact</source>
        <translation>פרטי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>Email, phone or web address</source>
        <translation>אימייל, טלפון או כתובת אינטרנט</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="214"/>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="214"/>
        <source>work, home…</source>
        <translation>עבודה, בית…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="218"/>
        <source>Add email, phone or link</source>
        <translation>הוספת אימייל, טלפון או קישור</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="228"/>
        <source>About</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="231"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="233"/>
        <source>Given name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="232"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="234"/>
        <source>Family name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="237"/>
        <source>Names</source>
        <translation>שמות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="239"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="241"/>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="240"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="242"/>
        <source>Country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="245"/>
        <source>Lives in</source>
        <translation>מקום מגורים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <source>e.g. vi, en</source>
        <translation>למשל he, en</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="248"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <source>Languages</source>
        <translation>שפות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="251"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="304"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="305"/>
        <source>Birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <source>Where and how you met</source>
        <translation>איפה ואיך הכרתם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="254"/>
        <source>How we met</source>
        <translation>איך הכרנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="255"/>
        <source>a date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="255"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="258"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="260"/>
        <source>Met on</source>
        <translation>הכרנו בתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="267"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="277"/>
        <source>Introduced by</source>
        <translation>הכרנו דרך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="268"/>
        <source>Type to find who introduced you</source>
        <translation>הקלידו כדי למצוא מי הכיר ביניכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <source>e.g. fintech, Hanoi, VIP</source>
        <translation>למשל פינטק, תל אביב, VIP</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="280"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="282"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="293"/>
        <source>Birthday day</source>
        <translation>יום ההולדת – יום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="295"/>
        <source>Birthday month</source>
        <translation>יום ההולדת – חודש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="301"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="306"/>
        <source>Birth year (optional)</source>
        <translation>שנת לידה (לא חובה)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="301"/>
        <source>year?</source>
        <translation>שנה?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="339"/>
        <source>%1 at %2</source>
        <translation>%1 ב־%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="346"/>
        <source>%1, %2 (until %3)</source>
        <translation>%1, %2 (עד %3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="347"/>
        <source>no role noted</source>
        <translation>לא צוין תפקיד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="348"/>
        <source>a deleted partner</source>
        <translation>שותף שנמחק</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="352"/>
        <source>No earlier partners</source>
        <translation>אין שותפים קודמים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="358"/>
        <source>%1 · last contact %2</source>
        <translation>%1 · קשר אחרון: %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="390"/>
        <source>Change partner</source>
        <translation>שינוי שותף</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../partnerbook/ui/presentation.py" line="32"/>
        <source>Hidden while presenting</source>
        <translation>מוסתר בזמן הצגה</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="205"/>
        <source>This is not a PartnerBook archive: the JSON cannot be read ({error}).</source>
        <translation>זה לא ארכיון של PartnerBook: לא ניתן לקרוא את ה־JSON ‏({error}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="207"/>
        <location filename="../../partnerbook/services/archive.py" line="212"/>
        <source>Give a file made by &apos;partnerbook export json&apos;.</source>
        <translation>תנו קובץ שנוצר ב־‎&apos;partnerbook export json&apos;‎.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="211"/>
        <source>This JSON file is not a PartnerBook archive.</source>
        <translation>קובץ ה־JSON הזה אינו ארכיון של PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="218"/>
        <source>This archive was written by a newer PartnerBook (format {version}).</source>
        <translation>הארכיון הזה נכתב בגרסה חדשה יותר של PartnerBook (תבנית {version}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="221"/>
        <source>Update PartnerBook, then import it again.</source>
        <translation>עדכנו את PartnerBook, ואז ייבאו אותו שוב.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="228"/>
        <source>This archive holds parts this PartnerBook does not know ({parts}).</source>
        <translation>בארכיון הזה יש חלקים שגרסה זו של PartnerBook אינה מכירה ({parts}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="232"/>
        <location filename="../../partnerbook/services/archive.py" line="264"/>
        <source>It was probably written by a newer PartnerBook: update, then import it again.</source>
        <translation>כנראה שהוא נכתב בגרסה חדשה יותר של PartnerBook: עדכנו, ואז ייבאו אותו שוב.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="243"/>
        <source>The archive&apos;s &apos;{name}&apos; is not a list of rows.</source>
        <translation>‏&apos;{name}&apos; בארכיון אינו רשימת שורות.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="251"/>
        <source>{name}[{number}] in the archive is not a row.</source>
        <translation>‏{name}[{number}] בארכיון אינו שורה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="258"/>
        <source>{name}[{number}] has columns this PartnerBook does not know ({columns}).</source>
        <translation>‏{name}[{number}] מכיל עמודות שגרסה זו של PartnerBook אינה מכירה ({columns}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="276"/>
        <source>{table}[{number}].{column} in the archive is wrong: {value} ({error}).</source>
        <translation>‏{table}[{number}].{column} בארכיון שגוי: {value} ({error}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="283"/>
        <location filename="../../partnerbook/services/archive.py" line="309"/>
        <source>Nothing was imported. Export the archive again from PartnerBook.</source>
        <translation>דבר לא יובא. ייצאו שוב את הארכיון מ־PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="307"/>
        <source>The archive&apos;s rows do not fit together: {orig}.</source>
        <translation>השורות בארכיון אינן מתאימות זו לזו: {orig}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="322"/>
        <source>A JSON archive is a whole journal: it goes into a new, empty one (this one holds {people} people, {partners} partners, {entries} entries).</source>
        <translation>ארכיון JSON הוא יומן שלם: הוא נכנס ליומן חדש וריק (ביומן הזה יש {people} אנשי קשר, {partners} שותפים, {entries} רשומות).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="330"/>
        <source>Import it into a new file: partnerbook --db restored.sqlite import ARCHIVE.json</source>
        <translation>ייבאו אותו לקובץ חדש: ‎partnerbook --db restored.sqlite import ARCHIVE.json</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="64"/>
        <source>Starting at login could not be turned on: {detail}.</source>
        <translation>לא ניתן היה להפעיל הפעלה בכניסה למערכת: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="69"/>
        <source>Starting at login could not be turned off: {detail}.</source>
        <translation>לא ניתן היה לכבות הפעלה בכניסה למערכת: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="73"/>
        <source>Check that your settings folder is writable.</source>
        <translation>ודאו שאפשר לכתוב בתיקיית ההגדרות שלכם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="103"/>
        <source>The name is empty.</source>
        <translation>השם ריק.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="103"/>
        <source>Give the person&apos;s or the partner&apos;s name.</source>
        <translation>תנו את שם איש הקשר או השותף.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="114"/>
        <source>No person is called &apos;{name}&apos;.</source>
        <translation>אין איש קשר בשם &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="116"/>
        <source>No partner is called &apos;{name}&apos;.</source>
        <translation>אין שותף בשם &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="118"/>
        <source>No person or partner is called &apos;{name}&apos;.</source>
        <translation>אין איש קשר או שותף בשם &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="122"/>
        <source>Check the spelling, type the beginning of a name, or give its number, e.g. &apos;#12&apos;.</source>
        <translation>בדקו את האיות, הקלידו את תחילת השם, או תנו את המספר שלו, למשל &apos;#12&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="134"/>
        <source>Check the number.</source>
        <translation>בדקו את המספר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="140"/>
        <location filename="../../partnerbook/services/capture.py" line="114"/>
        <source>There is no person {number}.</source>
        <translation>אין איש קשר {number}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="142"/>
        <source>There is no partner {number}.</source>
        <translation>אין שותף {number}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="143"/>
        <source>There is no person or partner {number}.</source>
        <translation>אין איש קשר או שותף {number}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="42"/>
        <source>The note is empty.</source>
        <translation>ההערה ריקה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="43"/>
        <source>Type what was said, e.g. partnerbook note &apos;Coffee…&apos;.</source>
        <translation>הקלידו מה נאמר, למשל ‎partnerbook note &apos;Coffee…&apos;‎.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="49"/>
        <source>The note is {size} MB; a note can hold up to 1 MB of text.</source>
        <translation>ההערה בגודל {size} MB; הערה יכולה להכיל עד 1 MB של טקסט.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="53"/>
        <source>Split it into several notes, or keep the long document as a file and note where it is. Nothing was saved.</source>
        <translation>פצלו אותה לכמה הערות, או שמרו את המסמך הארוך כקובץ וכתבו היכן הוא נמצא. דבר לא נשמר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="65"/>
        <source>The person name is empty.</source>
        <translation>שם איש הקשר ריק.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="67"/>
        <source>The partner name is empty.</source>
        <translation>שם השותף ריק.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="68"/>
        <source>Give the person&apos;s name.</source>
        <translation>תנו את שם איש הקשר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="70"/>
        <source>Give the partner&apos;s name.</source>
        <translation>תנו את שם השותף.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="76"/>
        <source>The person name is {length} characters long; the limit is {limit}.</source>
        <translation>שם איש הקשר באורך {length} תווים; המגבלה היא {limit}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="82"/>
        <source>The partner name is {length} characters long; the limit is {limit}.</source>
        <translation>שם השותף באורך {length} תווים; המגבלה היא {limit}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="87"/>
        <source>Use a shorter name.</source>
        <translation>השתמשו בשם קצר יותר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="115"/>
        <source>Check the number, or give a name.</source>
        <translation>בדקו את המספר, או תנו שם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="152"/>
        <source>A person picked for this note was deleted meanwhile.</source>
        <translation>אחד האנשים שנבחרו להערה הזו נמחק בינתיים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="154"/>
        <source>Pick the people again. The note was not saved yet; its text is kept.</source>
        <translation>בחרו שוב את האנשים. ההערה עוד לא נשמרה; הטקסט שלה נשמר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="179"/>
        <source>The partner picked for this note was deleted meanwhile.</source>
        <translation>השותף שנבחר להערה הזו נמחק בינתיים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="181"/>
        <source>Pick the partner again. The note was not saved yet; its text is kept.</source>
        <translation>בחרו שוב את השותף. ההערה עוד לא נשמרה; הטקסט שלה נשמר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="93"/>
        <source>--people must be between 1 and {limit} (got {people}).</source>
        <translation>‏‎--people‎ צריך להיות בין 1 ל־{limit} (התקבל {people}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="101"/>
        <source>--entries must be between 0 and {limit} (got {entries}).</source>
        <translation>‏‎--entries‎ צריך להיות בין 0 ל־{limit} (התקבל {entries}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="144"/>
        <source>This journal already holds data ({people} people, {partners} partners, {entries} entries, {tags} tags); the demo only fills an empty one.</source>
        <translation>ביומן הזה כבר יש נתונים ({people} אנשי קשר, {partners} שותפים, {entries} רשומות, {tags} תגיות); ההדגמה ממלאת רק יומן ריק.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="152"/>
        <source>Give a new file, e.g. partnerbook --db demo.sqlite demo</source>
        <translation>תנו קובץ חדש, למשל ‎partnerbook --db demo.sqlite demo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/drafts.py" line="79"/>
        <source>Cannot create {parent}: {detail}.</source>
        <translation>לא ניתן ליצור את {parent}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/drafts.py" line="83"/>
        <source>Keep the window open: what you typed is still there.</source>
        <translation>השאירו את החלון פתוח: מה שהקלדתם עדיין שם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/due.py" line="32"/>
        <source>--within must be between 0 and {limit} days (got {within_days}).</source>
        <translation>‏‎--within‎ צריך להיות בין 0 ל־{limit} ימים (התקבל {within_days}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/due.py" line="36"/>
        <source>Give a number of days, e.g. --within 7.</source>
        <translation>תנו מספר ימים, למשל ‎--within 7.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="65"/>
        <location filename="../../partnerbook/services/editing.py" line="340"/>
        <source>That {what} no longer exists.</source>
        <translation>{what}: הפריט כבר לא קיים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="66"/>
        <source>It may have been deleted.</source>
        <translation>ייתכן שהוא נמחק.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="82"/>
        <source>{label} cannot be empty.</source>
        <translation>{label}: שדה חובה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="87"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label}: ארוך מדי ({length} תווים; לכל היותר {limit}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="103"/>
        <source>{label} is longer than 1 MB.</source>
        <translation>{label}: ארוך מ־1 MB.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="104"/>
        <source>Split it, or keep the document as a file.</source>
        <translation>פצלו אותו, או שמרו את המסמך כקובץ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="119"/>
        <source>{label} must be a number of days.</source>
        <translation>{label}: צריך להיות מספר ימים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="124"/>
        <source>{label} must be between 1 and {limit} days.</source>
        <translation>{label}: צריך להיות בין 1 ל־{limit} ימים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="141"/>
        <source>{label} must be a whole number.</source>
        <translation>{label}: צריך להיות מספר שלם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="145"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label}: צריך להיות בין {low} ל־{high}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="166"/>
        <source>{label}: &apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>{label}: &apos;{value}&apos; אינו תאריך (השתמשו בתבנית YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="182"/>
        <source>{label} must be a number.</source>
        <translation>{label}: צריך להיות מספר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="184"/>
        <source>{label} is out of range.</source>
        <translation>{label}: מחוץ לטווח.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="194"/>
        <source>{label} must be chosen.</source>
        <translation>{label}: יש לבחור ערך.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="201"/>
        <source>{label}: &apos;{value}&apos; is not one of the choices.</source>
        <translation>{label}: &apos;{value}&apos; אינו אחת האפשרויות.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="217"/>
        <source>{label}: at most {limit}.</source>
        <translation>{label}: לכל היותר {limit}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="233"/>
        <location filename="../../partnerbook/services/ledger.py" line="146"/>
        <source>Cannot edit {fields} here.</source>
        <translation>לא ניתן לערוך כאן את {fields}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="380"/>
        <source>That {what} is gone for good.</source>
        <translation>{what}: הפריט נמחק לצמיתות.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="53"/>
        <location filename="../../partnerbook/services/maintenance.py" line="56"/>
        <source>&apos;{action}&apos; works on a journal file; {location} is a database server.</source>
        <translation>‏&apos;{action}&apos; פועל על קובץ יומן; {location} הוא שרת מסד נתונים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="57"/>
        <source>Use the server&apos;s own encryption.</source>
        <translation>השתמשו בהצפנה של השרת עצמו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="64"/>
        <source>There is no journal at {journal} to encrypt.</source>
        <translation>אין יומן ב־{journal} להצפין.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="66"/>
        <source>There is no journal at {journal} to decrypt.</source>
        <translation>אין יומן ב־{journal} לפענח.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="70"/>
        <source>{journal} is already encrypted.</source>
        <translation>{journal} כבר מוצפן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="71"/>
        <location filename="../../partnerbook/services/encryption.py" line="76"/>
        <source>Nothing was changed.</source>
        <translation>דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="75"/>
        <source>{journal} is not encrypted.</source>
        <translation>{journal} אינו מוצפן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="81"/>
        <location filename="../../partnerbook/services/maintenance.py" line="133"/>
        <source>The journal is open in a PartnerBook window.</source>
        <translation>היומן פתוח בחלון של PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="82"/>
        <source>Close the window, then encrypt again. Nothing was changed.</source>
        <translation>סגרו את החלון ואז הצפינו שוב. דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="84"/>
        <source>Close the window, then decrypt again. Nothing was changed.</source>
        <translation>סגרו את החלון ואז פענחו שוב. דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="102"/>
        <source>Another program has {journal} open; it was not encrypted.</source>
        <translation>תוכנה אחרת פתחה את {journal}; הוא לא הוצפן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="107"/>
        <source>Another program has {journal} open; it was not decrypted.</source>
        <translation>תוכנה אחרת פתחה את {journal}; הוא לא פוענח.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="111"/>
        <source>Close the other PartnerBook programs, then encrypt again. Nothing was changed.</source>
        <translation>סגרו את שאר תוכנות PartnerBook ואז הצפינו שוב. דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="116"/>
        <source>Close the other PartnerBook programs, then decrypt again. Nothing was changed.</source>
        <translation>סגרו את שאר תוכנות PartnerBook ואז פענחו שוב. דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="158"/>
        <source>the copy is not encrypted</source>
        <translation>העותק אינו מוצפן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="160"/>
        <source>the copy is still encrypted</source>
        <translation>העותק עדיין מוצפן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="166"/>
        <source>the copy has other row counts ({tables})</source>
        <translation>בעותק יש מספרי שורות אחרים ({tables})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="171"/>
        <source>The converted copy of {journal} failed its check: {problem}.</source>
        <translation>העותק המומר של {journal} לא עבר את הבדיקה: {problem}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="175"/>
        <source>Nothing was changed. Run &apos;partnerbook check&apos;.</source>
        <translation>דבר לא שונה. הריצו ‎&apos;partnerbook check&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="40"/>
        <source>Cannot write {target}: {detail}.</source>
        <translation>לא ניתן לכתוב את {target}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="42"/>
        <source>Choose a folder you may write to, with some free space.</source>
        <translation>בחרו תיקייה שמותר לכם לכתוב בה ויש בה מעט מקום פנוי.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="54"/>
        <source>&apos;{target}&apos; is a folder.</source>
        <translation>‏&apos;{target}&apos; היא תיקייה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="55"/>
        <source>Give a file name, e.g. {example}</source>
        <translation>תנו שם קובץ, למשל {example}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="61"/>
        <source>That is the journal itself (or one of its files).</source>
        <translation>זהו היומן עצמו (או אחד הקבצים שלו).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="62"/>
        <source>Give another file name, e.g. {example}.</source>
        <translation>תנו שם קובץ אחר, למשל {example}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="92"/>
        <source>Only a promise can be broken.</source>
        <translation>רק הבטחה אפשר להפר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="102"/>
        <source>A snooze needs a moment with a time zone.</source>
        <translation>דחייה צריכה רגע עם אזור זמן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="142"/>
        <source>&apos;{rule}&apos; is not a repeat rule PartnerBook understands.</source>
        <translation>‏&apos;{rule}&apos; אינו כלל חזרה ש־PartnerBook מבין.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="152"/>
        <source>Repeat every 1 to 365 days, weeks or months.</source>
        <translation>חזרה בכל 1 עד 365 ימים, שבועות או חודשים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="159"/>
        <location filename="../../partnerbook/services/interaction_editing.py" line="260"/>
        <source>That entry is not a follow-up or a promise.</source>
        <translation>הרשומה הזו אינה מעקב או הבטחה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="105"/>
        <source>{path} is {size} MB; PartnerBook reads contact files up to {limit} MB.</source>
        <translation>{path} בגודל {size} MB; ‏PartnerBook קורא קובצי אנשי קשר עד {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="110"/>
        <source>Split the export into smaller files.</source>
        <translation>פצלו את הייצוא לקבצים קטנים יותר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="115"/>
        <source>There is no file {path}.</source>
        <translation>אין קובץ {path}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="115"/>
        <source>Check the path.</source>
        <translation>בדקו את הנתיב.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="119"/>
        <location filename="../../partnerbook/store/migrate.py" line="120"/>
        <source>Cannot read {path}: {detail}.</source>
        <translation>לא ניתן לקרוא את {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="120"/>
        <source>Check that the file is there and that you may read it.</source>
        <translation>ודאו שהקובץ נמצא שם ושמותר לכם לקרוא אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="134"/>
        <source>PartnerBook cannot tell what kind of file this is: not a vCard, a JSON archive, or a Google, LinkedIn, Outlook or Thunderbird CSV export.</source>
        <translation>‏PartnerBook לא מזהה איזה סוג קובץ זה: לא vCard, לא ארכיון JSON, ולא ייצוא CSV של Google, ‏LinkedIn, ‏Outlook או Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="139"/>
        <source>Say which with --format (vcard, google-csv, linkedin-csv, outlook-csv, thunderbird-csv, json).</source>
        <translation>ציינו את הסוג ב־‎--format ‏(vcard, google-csv, linkedin-csv, outlook-csv, thunderbird-csv, json).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="145"/>
        <source>A JSON archive is imported as a whole journal, not as contacts.</source>
        <translation>ארכיון JSON מיובא כיומן שלם, לא כאנשי קשר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="655"/>
        <source>That import is no longer in the journal.</source>
        <translation>הייבוא הזה כבר לא נמצא ביומן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="91"/>
        <source>The notes are {size} MB; a note can hold up to 1 MB.</source>
        <translation>ההערות בגודל {size} MB; הערה יכולה להכיל עד 1 MB.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="94"/>
        <source>Split them, or keep the long document as a file and note where it is.</source>
        <translation>פצלו אותן, או שמרו את המסמך הארוך כקובץ וכתבו היכן הוא נמצא.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="101"/>
        <source>When it happened: not a date and time.</source>
        <translation>מתי זה קרה: אינו תאריך ושעה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="108"/>
        <source>Topics: at most {limit}, one per line.</source>
        <translation>נושאים: לכל היותר {limit}, אחד בכל שורה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="130"/>
        <source>That entry is not a note of a meeting, call or message.</source>
        <translation>הרשומה הזו אינה הערה על פגישה, שיחה או הודעה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="219"/>
        <source>Say what is to be done.</source>
        <translation>ציינו מה צריך לעשות.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="219"/>
        <source>Type it, then press Add.</source>
        <translation>הקלידו ואז לחצו על &apos;הוספה&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="223"/>
        <source>A follow-up needs a date.</source>
        <translation>מעקב צריך תאריך.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="223"/>
        <source>Type when, e.g. &apos;next tuesday&apos;.</source>
        <translation>הקלידו מתי, למשל &apos;יום שלישי הבא&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="227"/>
        <source>Only a dated follow-up can repeat.</source>
        <translation>רק מעקב עם תאריך יכול לחזור על עצמו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="51"/>
        <source>Value: &apos;{text}&apos; is not a number.</source>
        <translation>ערך: &apos;{text}&apos; אינו מספר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="54"/>
        <source>Value: between 0 and a trillion.</source>
        <translation>ערך: בין 0 לטריליון.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="63"/>
        <source>Currency: &apos;{text}&apos; is not a three-letter code such as EUR or VND.</source>
        <translation>מטבע: &apos;{text}&apos; אינו קוד בן שלוש אותיות כמו EUR או VND.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="77"/>
        <source>Say what was given or received.</source>
        <translation>ציינו מה ניתן או התקבל.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="77"/>
        <source>e.g. &apos;Intro to their CFO&apos;.</source>
        <translation>למשל &apos;היכרות עם סמנכ&quot;ל הכספים שלהם&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="80"/>
        <source>When: not a date and time.</source>
        <translation>מתי: אינו תאריך ושעה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="124"/>
        <location filename="../../partnerbook/services/ledger.py" line="151"/>
        <source>That entry is not a give &amp; take item.</source>
        <translation>הרשומה הזו אינה פריט תן וקח.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="60"/>
        <source>Use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</source>
        <translation>השתמשו בכלי הגיבוי של השרת עצמו (ב־PostgreSQL: ‏pg_dump).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="87"/>
        <source>There is no journal at {journal} to back up.</source>
        <translation>אין יומן ב־{journal} לגבות.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="95"/>
        <source>The backup cannot overwrite the journal itself.</source>
        <translation>הגיבוי לא יכול לדרוס את היומן עצמו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="96"/>
        <source>Choose another file.</source>
        <translation>בחרו קובץ אחר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="107"/>
        <source>There is no file {backup}.</source>
        <translation>אין קובץ {backup}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="108"/>
        <location filename="../../partnerbook/services/maintenance.py" line="113"/>
        <source>Give the path of a backup file.</source>
        <translation>תנו נתיב של קובץ גיבוי.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="112"/>
        <source>That file is the journal itself.</source>
        <translation>הקובץ הזה הוא היומן עצמו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="118"/>
        <source>{backup} is not a PartnerBook backup.</source>
        <translation>{backup} אינו גיבוי של PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="120"/>
        <source>Give a file made by &apos;partnerbook backup&apos; or found in the backups folder. Nothing was changed.</source>
        <translation>תנו קובץ שנוצר ב־‎&apos;partnerbook backup&apos;‎ או שנמצא בתיקיית הגיבויים. דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="128"/>
        <source>{backup} is damaged: {problem}</source>
        <translation>{backup} פגום: {problem}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="129"/>
        <source>Choose another backup. Nothing was changed.</source>
        <translation>בחרו גיבוי אחר. דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="134"/>
        <source>Close the window, then restore again. Nothing was changed.</source>
        <translation>סגרו את החלון ואז שחזרו שוב. דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="182"/>
        <source>The damaged journal could not be moved aside to {target}: {detail}.</source>
        <translation>לא ניתן היה להעביר את היומן הפגום הצידה אל {target}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="187"/>
        <source>Check that the backups folder beside the journal is writable. Nothing was restored.</source>
        <translation>ודאו שאפשר לכתוב בתיקיית הגיבויים שליד היומן. דבר לא שוחזר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="72"/>
        <source>{listing}
  … and {more} more</source>
        <translation>{listing}
  … ועוד {more}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="76"/>
        <source>&apos;{query}&apos; matches more than one person:
{listing}</source>
        <translation>‏&apos;{query}&apos; מתאים ליותר מאיש קשר אחד:
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="80"/>
        <source>&apos;{query}&apos; matches more than one partner:
{listing}</source>
        <translation>‏&apos;{query}&apos; מתאים ליותר משותף אחד:
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="84"/>
        <source>&apos;{query}&apos; matches more than one {what}:
{listing}</source>
        <translation>‏&apos;{query}&apos; מתאים ליותר מפריט אחד ({what}):
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="91"/>
        <source>Type more of the name to pick one, or give the number shown, e.g. --with &apos;#12&apos;.</source>
        <translation>הקלידו עוד מהשם כדי לבחור אחד, או תנו את המספר המוצג, למשל ‎--with &apos;#12&apos;‎.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="96"/>
        <source>&apos;{value}&apos; is not an email address.</source>
        <translation>‏&apos;{value}&apos; אינו כתובת אימייל.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="97"/>
        <source>It should look like name@example.com.</source>
        <translation>הכתובת צריכה להיראות כמו name@example.com.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="101"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>‏&apos;{value}&apos; אינו מספר טלפון.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="102"/>
        <source>Use digits, spaces and + ( ) -.</source>
        <translation>השתמשו בספרות, ברווחים וב־+ ( ) -.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="345"/>
        <source>Nobody introduces themselves.</source>
        <translation>אף אחד לא מציג את עצמו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="346"/>
        <source>Pick the person who introduced them.</source>
        <translation>בחרו את מי שהכיר ביניכם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="65"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>‏&apos;{text}&apos; אינו מספר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="68"/>
        <source>&apos;{text}&apos; is not a figure a KPI can have.</source>
        <translation>‏&apos;{text}&apos; אינו ערך ש־KPI יכול לקבל.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="111"/>
        <source>That entry is not a partner review.</source>
        <translation>הרשומה הזו אינה סקירת שותף.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="131"/>
        <source>The period ends before it starts.</source>
        <translation>התקופה מסתיימת לפני שהיא מתחילה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="134"/>
        <source>At most {limit} KPIs in one review.</source>
        <translation>לכל היותר {limit} מדדי KPI בסקירה אחת.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/search.py" line="276"/>
        <source>Search is not available on this kind of database yet.</source>
        <translation>החיפוש עדיין אינו זמין בסוג זה של מסד נתונים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/search.py" line="277"/>
        <source>Use a journal file, or search from a journal file copy.</source>
        <translation>השתמשו בקובץ יומן, או חפשו בעותק של קובץ יומן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/timeline.py" line="136"/>
        <source>A timeline page holds 1 to {most} entries (got {limit}).</source>
        <translation>עמוד בציר הזמן מכיל 1 עד {most} רשומות (התקבל {limit}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="61"/>
        <source>Cannot read {source} to back it up: {error}.</source>
        <translation>לא ניתן לקרוא את {source} כדי לגבות אותו: {error}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="78"/>
        <source>Backing up {source} took longer than {timeout} s and was stopped.</source>
        <translation>הגיבוי של {source} נמשך יותר מ־{timeout} שניות והופסק.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="82"/>
        <source>Another program kept the journal busy. Try again in a moment.</source>
        <translation>תוכנה אחרת החזיקה את היומן תפוס. נסו שוב בעוד רגע.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="89"/>
        <source>The journal {source} could not be read completely: {error}.</source>
        <translation>לא ניתן היה לקרוא את היומן {source} במלואו: {error}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="93"/>
        <source>Run &apos;partnerbook check&apos; and restore the latest good backup.</source>
        <translation>הריצו ‎&apos;partnerbook check&apos;‎ ושחזרו את הגיבוי התקין האחרון.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="107"/>
        <source>The backup of {source} failed its check: {problem}</source>
        <translation>הגיבוי של {source} לא עבר את הבדיקה: {problem}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="111"/>
        <source>The journal may be damaged: run &apos;partnerbook check&apos;.</source>
        <translation>ייתכן שהיומן פגום: הריצו ‎&apos;partnerbook check&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="133"/>
        <source>cannot be read as a database ({error})</source>
        <translation>לא ניתן לקרוא אותו כמסד נתונים ({error})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="136"/>
        <source>it is not a PartnerBook journal</source>
        <translation>זה לא יומן של PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="261"/>
        <source>The disk is full; {path} could not be written.</source>
        <translation>הדיסק מלא; לא ניתן היה לכתוב את {path}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="262"/>
        <source>Free some space and try again. The journal itself was not changed.</source>
        <translation>פנו מקום ונסו שוב. היומן עצמו לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="266"/>
        <source>{path} cannot be written (read-only or permission denied).</source>
        <translation>לא ניתן לכתוב את {path} (לקריאה בלבד או שאין הרשאה).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="267"/>
        <source>Choose a folder you may write to.</source>
        <translation>בחרו תיקייה שמותר לכם לכתוב בה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="269"/>
        <source>Writing {path} failed: {error}.</source>
        <translation>כתיבת {path} נכשלה: {error}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/check.py" line="60"/>
        <location filename="../../partnerbook/store/migrate.py" line="230"/>
        <source>There is no journal at {path}.</source>
        <translation>אין יומן ב־{path}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/check.py" line="61"/>
        <source>Check the path given to --db or PARTNERBOOK_DATABASE_URL.</source>
        <translation>בדקו את הנתיב שניתן ב־‎--db או ב־PARTNERBOOK_DATABASE_URL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="50"/>
        <source>Encryption needs the optional package: pip install &apos;partnerbook[encryption]&apos;</source>
        <translation>הצפנה דורשת את החבילה האופציונלית: ‎pip install &apos;partnerbook[encryption]&apos;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="52"/>
        <source>The passphrase does not open this journal.</source>
        <translation>משפט הסיסמה אינו פותח את היומן הזה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="76"/>
        <source>The passphrase is empty.</source>
        <translation>משפט הסיסמה ריק.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="76"/>
        <source>Type a passphrase.</source>
        <translation>הקלידו משפט סיסמה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="79"/>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>משפט סיסמה לא יכול להכיל את התו NUL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="117"/>
        <source>Encryption needs the optional package: pip install &apos;partnerbook[encryption]&apos;.</source>
        <translation>הצפנה דורשת את החבילה האופציונלית: ‎pip install &apos;partnerbook[encryption]&apos;‎.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="220"/>
        <source>Try again; the journal was not changed.</source>
        <translation>נסו שוב; היומן לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="71"/>
        <source>The database location is empty.</source>
        <translation>מיקום מסד הנתונים ריק.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="71"/>
        <source>Give a file path or a URL.</source>
        <translation>תנו נתיב קובץ או כתובת URL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="78"/>
        <source>&apos;{text}&apos; is not a database URL.</source>
        <translation>‏&apos;{text}&apos; אינו כתובת URL של מסד נתונים.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="80"/>
        <source>Use a file path, or a URL such as sqlite:///path/journal.sqlite or postgresql://user@host/partnerbook.</source>
        <translation>השתמשו בנתיב קובץ, או בכתובת URL כמו sqlite:///path/journal.sqlite או postgresql://user@host/partnerbook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="88"/>
        <source>An in-memory journal would be lost on exit.</source>
        <translation>יומן בזיכרון בלבד יאבד ביציאה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="89"/>
        <source>Give a file.</source>
        <translation>תנו קובץ.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="98"/>
        <source>&apos;{path}&apos; is a folder, not a journal file.</source>
        <translation>‏&apos;{path}&apos; היא תיקייה, לא קובץ יומן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="100"/>
        <source>Give the path of a journal file, e.g. {example}</source>
        <translation>תנו נתיב של קובץ יומן, למשל {example}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="115"/>
        <source>&apos;{drivername}&apos; is not a kind of database PartnerBook can use.</source>
        <translation>‏&apos;{drivername}&apos; אינו סוג מסד נתונים ש־PartnerBook יכול להשתמש בו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="118"/>
        <source>Give a journal file, or a URL such as postgresql://user@host/partnerbook.</source>
        <translation>תנו קובץ יומן, או כתובת URL כמו postgresql://user@host/partnerbook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="125"/>
        <source>The driver for {kind} databases is not installed ({detail}).</source>
        <translation>מנהל ההתקן למסדי נתונים מסוג {kind} אינו מותקן ({detail}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="129"/>
        <source>Install it, e.g. pip install &apos;psycopg[binary]&apos; for PostgreSQL.</source>
        <translation>התקינו אותו, למשל ‎pip install &apos;psycopg[binary]&apos;‎ עבור PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="394"/>
        <source>This was changed in another window or program meanwhile; your change was not saved.</source>
        <translation>בינתיים זה שונה בחלון או בתוכנה אחרים; השינוי שלכם לא נשמר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="398"/>
        <source>Look at it again (it now shows the other change), then make your change again.</source>
        <translation>הסתכלו בו שוב (עכשיו הוא מציג את השינוי האחר), ואז בצעו שוב את השינוי שלכם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="440"/>
        <source>The disk holding {where} is full; nothing was saved.</source>
        <translation>הדיסק שבו נמצא {where} מלא; דבר לא נשמר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="441"/>
        <source>Free some space, then try again. What was saved before is safe.</source>
        <translation>פנו מקום ונסו שוב. מה שנשמר קודם לכן בטוח.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="446"/>
        <source>The journal {where} is read-only; nothing was saved.</source>
        <translation>היומן {where} לקריאה בלבד; דבר לא נשמר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="448"/>
        <source>Check the permissions of the file and its folder, or move it somewhere writable.</source>
        <translation>בדקו את ההרשאות של הקובץ ושל התיקייה שלו, או העבירו אותו למקום שאפשר לכתוב בו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="454"/>
        <source>The journal {where} cannot be opened.</source>
        <translation>לא ניתן לפתוח את היומן {where}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="456"/>
        <source>Check that the drive is connected and that you may read and write the folder.</source>
        <translation>ודאו שהכונן מחובר ושיש לכם הרשאת קריאה וכתיבה בתיקייה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="463"/>
        <source>The journal {where} stayed busy for too long; nothing was saved.</source>
        <translation>היומן {where} היה תפוס זמן רב מדי; דבר לא נשמר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="465"/>
        <source>Another program is writing to it. Try again in a moment.</source>
        <translation>תוכנה אחרת כותבת אליו. נסו שוב בעוד רגע.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="471"/>
        <source>Reading or writing {where} failed (disk I/O error); nothing was saved.</source>
        <translation>הקריאה או הכתיבה של {where} נכשלה (שגיאת קלט/פלט בדיסק); דבר לא נשמר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="474"/>
        <source>Check the drive, then run &apos;partnerbook check&apos;.</source>
        <translation>בדקו את הכונן, ואז הריצו ‎&apos;partnerbook check&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="484"/>
        <source>The database {where} refused the operation: {error}</source>
        <translation>מסד הנתונים {where} דחה את הפעולה: {error}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="45"/>
        <source>Cannot create the lock file {path}: {detail}.</source>
        <translation>לא ניתן ליצור את קובץ הנעילה {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="49"/>
        <source>Check that you may write to the journal&apos;s folder.</source>
        <translation>ודאו שמותר לכם לכתוב בתיקייה של היומן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="54"/>
        <source>This journal is already open in another PartnerBook window.</source>
        <translation>היומן הזה כבר פתוח בחלון אחר של PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="55"/>
        <source>Switch to that window, or close it first.</source>
        <translation>עברו לחלון ההוא, או סגרו אותו קודם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="121"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>ודאו שהקובץ קיים ושמותר לכם לקרוא אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="166"/>
        <source>give its passphrase (run the command in a terminal, or set {variable} for a script)</source>
        <translation>הזינו את משפט הסיסמה שלו (הריצו את הפקודה במסוף, או הגדירו את {variable} עבור סקריפט)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="175"/>
        <location filename="../../partnerbook/store/migrate.py" line="182"/>
        <source>{where} is not a PartnerBook journal (it is not a database file).</source>
        <translation>{where} אינו יומן של PartnerBook (זה לא קובץ מסד נתונים).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="177"/>
        <source>If it is an encrypted journal: {how}. The file was not changed.</source>
        <translation>אם זה יומן מוצפן: {how}. הקובץ לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="185"/>
        <source>Check the path given to --db or PARTNERBOOK_DATABASE_URL. The file was not changed.</source>
        <translation>בדקו את הנתיב שניתן ב־‎--db או ב־PARTNERBOOK_DATABASE_URL. הקובץ לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="191"/>
        <source>its structure cannot be read</source>
        <translation>לא ניתן לקרוא את המבנה שלו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="196"/>
        <source>{where} is a database of another application, not a PartnerBook journal.</source>
        <translation>{where} הוא מסד נתונים של יישום אחר, לא יומן של PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="200"/>
        <source>Give the path of a PartnerBook journal, or a new file name to start one. The file was not changed.</source>
        <translation>תנו נתיב של יומן PartnerBook, או שם קובץ חדש כדי להתחיל יומן. הקובץ לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="211"/>
        <source>{where} was written by a newer version of PartnerBook (schema {revision}).</source>
        <translation>{where} נכתב בגרסה חדשה יותר של PartnerBook (סכמה {revision}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="215"/>
        <source>Update PartnerBook to open it. The file was not changed.</source>
        <translation>עדכנו את PartnerBook כדי לפתוח אותו. הקובץ לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="232"/>
        <source>Check the path, or run &apos;partnerbook demo&apos; to create a sample journal.</source>
        <translation>בדקו את הנתיב, או הריצו ‎&apos;partnerbook demo&apos;‎ כדי ליצור יומן לדוגמה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="289"/>
        <source>Cannot create the folder {parent}: {detail}.</source>
        <translation>לא ניתן ליצור את התיקייה {parent}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="293"/>
        <source>Choose a journal location you may write to (--db).</source>
        <translation>בחרו מיקום ליומן שמותר לכם לכתוב בו ‏(‎--db).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="300"/>
        <source>Cannot create the journal {path}: {detail}.</source>
        <translation>לא ניתן ליצור את היומן {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="305"/>
        <source>Check that you may write to the folder, or choose another location (--db).</source>
        <translation>ודאו שמותר לכם לכתוב בתיקייה, או בחרו מיקום אחר ‏(‎--db).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="82"/>
        <source>Restore the latest good backup with &apos;partnerbook restore FILE&apos; (backups are in the folder beside the journal). The journal was not changed.</source>
        <translation>שחזרו את הגיבוי התקין האחרון בעזרת ‎&apos;partnerbook restore FILE&apos;‎ (הגיבויים נמצאים בתיקייה שליד היומן). היומן לא שונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="89"/>
        <source>The journal {path} is damaged: {detail}.</source>
        <translation>היומן {path} פגום: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="90"/>
        <source>The journal {path} is damaged.</source>
        <translation>היומן {path} פגום.</translation>
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
        <translation>הערה מהירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="103"/>
        <source>What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday</source>
        <translation>מה נאמר? למשל: קפה — היא צריכה הצלחה ב־KPI של Q1; מעקב ביום שלישי הבא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="105"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="106"/>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>שמירה: Enter, שורה חדשה: Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="115"/>
        <source>What PartnerBook understood</source>
        <translation>מה PartnerBook הבין</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="123"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="134"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="128"/>
        <source>When it happened</source>
        <translation>מתי זה קרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="129"/>
        <source>now — or yesterday 15:00, last Friday…</source>
        <translation>עכשיו — או אתמול 15:00, יום שישי שעבר…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="139"/>
        <source>The company, if any</source>
        <translation>החברה, אם יש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="140"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="142"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="143"/>
        <source>Follow up on</source>
        <translation>מועד המעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="145"/>
        <source>no follow-up — or next tuesday, in 2 weeks…</source>
        <translation>ללא מעקב — או יום שלישי הבא, בעוד שבועיים…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="147"/>
        <source>Follow up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="157"/>
        <source>Enter saves · Shift+Enter new line · Esc keeps the draft</source>
        <translation>שמירה: Enter · שורה חדשה: Shift+Enter · שמירת הטיוטה לאחר כך: Esc</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="160"/>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="161"/>
        <source>Forget this draft</source>
        <translation>מחיקת הטיוטה הזו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="164"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="211"/>
        <source>follow-up %1 %2</source>
        <translation>מעקב %1 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="218"/>
        <source>(“%1” is not a date I understand: no follow-up set)</source>
        <translation>(התאריך &quot;%1&quot; לא זוהה: לא נקבע מעקב)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="255"/>
        <source>The follow-up date is not one I understand: change it or clear it.</source>
        <translation>תאריך המעקב לא זוהה: שנו אותו או מחקו אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="261"/>
        <source>When it happened is not a date I understand.</source>
        <translation>התאריך בשדה &quot;מתי זה קרה&quot; לא זוהה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="286"/>
        <source>What you typed stays here, and is kept in %1 until it can be saved.</source>
        <translation>מה שהקלדתם נשאר כאן ונשמר ב־%1 עד שניתן יהיה לשמור אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="309"/>
        <source>Saved: %1</source>
        <translation>נשמר: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="311"/>
        <source>Saved for %1: %2</source>
        <translation>נשמר עבור %1: %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="315"/>
        <source>follow-up %1</source>
        <translation>מעקב %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="396"/>
        <source>The journal cannot be written: %1
What you type stays in this window and is kept in %2 until the journal can take it.</source>
        <translation>אין אפשרות לכתוב ליומן: %1
מה שאתם מקלידים נשאר בחלון הזה ונשמר ב־%2 עד שהיומן יוכל לקבל אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="405"/>
        <source>The draft could not be kept (%1). Keep this window open.</source>
        <translation>לא ניתן היה לשמור את הטיוטה (%1). השאירו את החלון הזה פתוח.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="453"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>ההערה שלא נשמרה חזרה, בדיוק כפי שהשארתם אותה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="459"/>
        <source>Your unsaved note is back, as you left it. The journal could not be written then, so it was kept in a file of its own; it is in the journal again now.</source>
        <translation>ההערה שלא נשמרה חזרה, כפי שהשארתם אותה. אז לא ניתן היה לכתוב ליומן ולכן היא נשמרה בקובץ נפרד; עכשיו היא שוב ביומן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="467"/>
        <source>Your unsaved note is back, as you left it. The journal still cannot be written, so it stays kept in a file of its own.</source>
        <translation>ההערה שלא נשמרה חזרה, כפי שהשארתם אותה. עדיין לא ניתן לכתוב ליומן, ולכן היא נשארת שמורה בקובץ נפרד.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="34"/>
        <source>given name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="35"/>
        <source>family name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="36"/>
        <source>role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="37"/>
        <source>department</source>
        <translation>מחלקה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="38"/>
        <source>city</source>
        <translation>עיר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="39"/>
        <source>country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="40"/>
        <location filename="../../partnerbook/services/import_merge.py" line="41"/>
        <location filename="../../partnerbook/services/import_merge.py" line="42"/>
        <source>birthday</source>
        <translation>יום הולדת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="43"/>
        <location filename="../../partnerbook/services/import_merge.py" line="44"/>
        <source>how you met</source>
        <translation>איך הכרתם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="45"/>
        <source>partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="46"/>
        <location filename="../../partnerbook/services/import_merge.py" line="119"/>
        <source>notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="47"/>
        <location filename="../../partnerbook/services/import_merge.py" line="121"/>
        <source>photo</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="48"/>
        <source>id</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="102"/>
        <source>an email</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="102"/>
        <source>{count} emails</source>
        <translation>‏{count} אימיילים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="106"/>
        <source>a phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="106"/>
        <source>{count} phones</source>
        <translation>‏{count} טלפונים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="109"/>
        <source>a link</source>
        <translation>קישור</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="109"/>
        <source>{count} links</source>
        <translation>‏{count} קישורים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="112"/>
        <source>a tag</source>
        <translation>תגית</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="112"/>
        <source>{count} tags</source>
        <translation>‏{count} תגיות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="123"/>
        <source>its contact id (to know them next time)</source>
        <translation>מזהה איש הקשר (כדי לזהות אותו בפעם הבאה)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="126"/>
        <source>nothing new</source>
        <translation>אין שום דבר חדש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="127"/>
        <source>adds {what}</source>
        <translation>יתווספו: {what}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="127"/>
        <source>{earlier}, {later}</source>
        <translation>{earlier}, {later}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="170"/>
        <source>The contact has no name.</source>
        <translation>לאיש הקשר אין שם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="301"/>
        <source>the same contact id</source>
        <translation>אותו מזהה איש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="305"/>
        <source>the same email ({email})</source>
        <translation>אותו אימייל ({email})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="309"/>
        <source>the same phone ({phone})</source>
        <translation>אותו טלפון ({phone})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="313"/>
        <source>the same LinkedIn profile</source>
        <translation>אותו פרופיל LinkedIn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="316"/>
        <source>the same name and partner</source>
        <translation>אותו שם ואותו שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="351"/>
        <source>{name} (record {record})</source>
        <translation>{name} (רשומה {record})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="361"/>
        <source>new person</source>
        <translation>איש קשר חדש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="376"/>
        <source>{person}: {why}; {adds}</source>
        <translation>{person}: {why}; {adds}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="41"/>
        <source>January</source>
        <translation>ינואר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="42"/>
        <source>February</source>
        <translation>פברואר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="43"/>
        <source>March</source>
        <translation>מרץ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="44"/>
        <source>April</source>
        <translation>אפריל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="45"/>
        <source>May</source>
        <translation>מאי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="46"/>
        <source>June</source>
        <translation>יוני</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="47"/>
        <source>July</source>
        <translation>יולי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="48"/>
        <source>August</source>
        <translation>אוגוסט</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="49"/>
        <source>September</source>
        <translation>ספטמבר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="50"/>
        <source>October</source>
        <translation>אוקטובר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="51"/>
        <source>November</source>
        <translation>נובמבר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="52"/>
        <source>December</source>
        <translation>דצמבר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="118"/>
        <source>could be {day} {month} or {other_month} {other_day}; write it as YYYY-MM-DD</source>
        <translation>יכול להיות {day} ב{month} או {other_day} ב{other_month}; כתבו אותו בתבנית YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="135"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="138"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="141"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="163"/>
        <source>is not a date</source>
        <translation>אינו תאריך תקין</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="159"/>
        <source>has a year that cannot be right</source>
        <translation>מכיל שנה שלא ייתכן שהיא נכונה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="190"/>
        <source>has no year</source>
        <translation>חסרה בו שנה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="25"/>
        <source>This file is not a contacts export PartnerBook knows (Google, LinkedIn, Outlook, Thunderbird); use --format to say which program wrote it.</source>
        <translation>הקובץ הזה אינו ייצוא אנשי קשר ש־PartnerBook מכיר ‏(Google, LinkedIn, Outlook, Thunderbird); ציינו ב־‎--format איזו תוכנה כתבה אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="75"/>
        <location filename="../../partnerbook/interop/csv_records.py" line="78"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>הקובץ ריק: אין מה לייבא.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="77"/>
        <source>This is a vCard file, not a CSV: import it as vCard (--format vcard).</source>
        <translation>זהו קובץ vCard, לא CSV: ייבאו אותו כ־vCard ‏(‎--format vcard).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="87"/>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="129"/>
        <source>the birthday &apos;{value}&apos; {reason}</source>
        <translation>תאריך הלידה &apos;{value}&apos; {reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="178"/>
        <source>a Google Contacts CSV</source>
        <translation>קובץ CSV של אנשי הקשר של Google</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="182"/>
        <source>no row near the top names Google&apos;s columns (First Name, Last Name, Labels…). Export it again from contacts.google.com (Export → Google CSV), or use --format to say which program wrote it.</source>
        <translation>אף שורה בראש הקובץ אינה נושאת את שמות העמודות של Google ‏(First Name, Last Name, Labels…). ייצאו אותו שוב מ־contacts.google.com ‏(Export → Google CSV), או ציינו ב־‎--format איזו תוכנה כתבה אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="49"/>
        <source>the date connected &apos;{value}&apos; {reason}</source>
        <translation>תאריך החיבור &apos;{value}&apos; {reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="78"/>
        <source>a LinkedIn Connections.csv</source>
        <translation>קובץ Connections.csv של LinkedIn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="82"/>
        <source>no row near the top has LinkedIn&apos;s columns (First Name, Last Name, URL, Company, Position, Connected On). Use Connections.csv from LinkedIn&apos;s data export (Settings → Data privacy → Get a copy of your data), or use --format to say which program wrote it.</source>
        <translation>אף שורה בראש הקובץ אינה מכילה את העמודות של LinkedIn ‏(First Name, Last Name, URL, Company, Position, Connected On). השתמשו ב־Connections.csv מייצוא הנתונים של LinkedIn ‏(Settings → Data privacy → Get a copy of your data), או ציינו ב־‎--format איזו תוכנה כתבה אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="196"/>
        <source>an Outlook contacts CSV</source>
        <translation>קובץ CSV של אנשי הקשר של Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="200"/>
        <source>no row near the top names Outlook&apos;s columns (First Name, Last Name, E-mail Address…, or their German or Italian names). Export it again from Outlook (File → Open &amp; Export → Import/Export → Export to a file → Comma Separated Values), or use --format to say which program wrote it.</source>
        <translation>אף שורה בראש הקובץ אינה נושאת את שמות העמודות של Outlook ‏(First Name, Last Name, E-mail Address…, או שמותיהן בגרמנית או באיטלקית). ייצאו אותו שוב מ־Outlook ‏(File → Open &amp; Export → Import/Export → Export to a file → Comma Separated Values), או ציינו ב־‎--format איזו תוכנה כתבה אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="82"/>
        <source>This is not {kind}: {hint}</source>
        <translation>זה לא {kind}: {hint}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="87"/>
        <source>The file could not be read ({problem}).</source>
        <translation>לא ניתן היה לקרוא את הקובץ ({problem}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="108"/>
        <source>a quote in it is never closed, so that cell ends with its line</source>
        <translation>יש בה מירכאה שלא נסגרה, ולכן התא מסתיים בסוף השורה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="116"/>
        <source>it has no name, organisation, email or phone to know the person by</source>
        <translation>אין בה שם, ארגון, אימייל או טלפון שלפיהם אפשר לזהות את האדם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="120"/>
        <source>it could not be read ({problem})</source>
        <translation>לא ניתן היה לקרוא אותה ({problem})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="123"/>
        <source>one cell past the last column was left out</source>
        <translation>תא אחד מעבר לעמודה האחרונה הושמט</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="125"/>
        <source>{count} cells past the last column were left out</source>
        <translation>‏{count} תאים מעבר לעמודה האחרונה הושמטו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="130"/>
        <source>the rest was read</source>
        <translation>שאר הפרטים נקראו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="132"/>
        <source>the row was skipped</source>
        <translation>השורה דולגה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="158"/>
        <source>an unexpected {error}; please report it</source>
        <translation>‏{error} לא צפוי; נא לדווח על כך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="94"/>
        <source>the birthday &apos;{value}&apos; (year-month-day) is not a date</source>
        <translation>תאריך הלידה &apos;{value}&apos; (שנה-חודש-יום) אינו תאריך תקין</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="100"/>
        <source>the birthday &apos;{value}&apos; (year-month-day) {reason}</source>
        <translation>תאריך הלידה &apos;{value}&apos; (שנה-חודש-יום) {reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="118"/>
        <source>a Thunderbird address book CSV</source>
        <translation>קובץ CSV של פנקס הכתובות של Thunderbird</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="122"/>
        <source>no row near the top names Thunderbird&apos;s columns (First Name, Last Name, Display Name, Primary Email…; translated headers are not read). Export it again from Thunderbird&apos;s Address Book in English, or use --format to say which program wrote it.</source>
        <translation>אף שורה בראש הקובץ אינה נושאת את שמות העמודות של Thunderbird ‏(First Name, Last Name, Display Name, Primary Email…; כותרות מתורגמות אינן נקראות). ייצאו אותו שוב מפנקס הכתובות של Thunderbird באנגלית, או ציינו ב־‎--format איזו תוכנה כתבה אותו.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_prepare.py" line="195"/>
        <source>It ends without END:VCARD: the file looks cut short, so this contact was left out. Export the contacts again.</source>
        <translation>הוא מסתיים בלי END:VCARD: נראה שהקובץ נקטע, ולכן איש הקשר הזה הושמט. ייצאו שוב את אנשי הקשר.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="46"/>
        <source>This file holds no vCard (no BEGIN:VCARD line). Is it a .vcf file?</source>
        <translation>אין בקובץ הזה אף vCard (אין שורת BEGIN:VCARD). האם זה קובץ ‎.vcf?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="48"/>
        <source>This contact has no name, email or phone, so there is nothing to call it by; it was left out.</source>
        <translation>לאיש הקשר הזה אין שם, אימייל או טלפון, כך שאין איך לקרוא לו; הוא הושמט.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="51"/>
        <source>This contact could not be read because of an unexpected problem in PartnerBook; it was left out. Please report it.</source>
        <translation>לא ניתן היה לקרוא את איש הקשר הזה בגלל בעיה לא צפויה ב־PartnerBook; הוא הושמט. נא לדווח על כך.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="187"/>
        <source>The birthday &apos;{value}&apos; is not a date; the rest was read</source>
        <translation>תאריך הלידה &apos;{value}&apos; אינו תאריך תקין; שאר הפרטים נקראו</translation>
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
        <translation>תזכורת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="28"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="30"/>
        <source>Tomorrow</source>
        <translation>מחר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="31"/>
        <source>Remind me tomorrow morning</source>
        <translation>תזכורת מחר בבוקר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="36"/>
        <source>Close the reminder</source>
        <translation>סגירת התזכורת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="53"/>
        <source>Follow up now: %1</source>
        <translation>הגיע הזמן למעקב: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="55"/>
        <source>(and %1 more)</source>
        <translation>(ועוד %1)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="61"/>
        <source>Review of %1</source>
        <translation>סקירה של %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="70"/>
        <source>Rhythm</source>
        <translation>תדירות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>Period from</source>
        <translation>תחילת התקופה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="74"/>
        <source>To</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="74"/>
        <source>Period to</source>
        <translation>סוף התקופה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="80"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="84"/>
        <source>KPIs</source>
        <translation>מדדי KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Actual</source>
        <translation>בפועל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="97"/>
        <source>Add a KPI</source>
        <translation>הוספת KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="100"/>
        <source>Remove the KPI</source>
        <translation>הסרת ה־KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="108"/>
        <source>How the period went</source>
        <translation>איך עברה התקופה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="112"/>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="110"/>
        <source>What happens next, and who does it</source>
        <translation>מה הלאה, ומי אחראי לכך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="110"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="114"/>
        <source>Next steps</source>
        <translation>הצעדים הבאים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="187"/>
        <source>Give the period&apos;s first and last day.</source>
        <translation>ציינו את היום הראשון ואת היום האחרון של התקופה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="228"/>
        <source>Save a review</source>
        <translation>שמירת סקירה</translation>
    </message>
</context>
<context>
    <name>SatelliteEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="177"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="178"/>
        <source>Remove this item</source>
        <translation>הסרת הפריט הזה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Add a Motivation</source>
        <translation>הוספת מניע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Remove a Motivation</source>
        <translation>הסרת מניע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Add a Personal Detail</source>
        <translation>הוספת פרט אישי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Remove a Personal Detail</source>
        <translation>הסרת פרט אישי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Add a Contact</source>
        <translation>הוספת פרט קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Remove a Contact</source>
        <translation>הסרת פרט קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="255"/>
        <source>Add a Benefit</source>
        <translation>הוספת תועלת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="255"/>
        <source>Remove a Benefit</source>
        <translation>הסרת תועלת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="257"/>
        <source>Add a Row</source>
        <translation>הוספת שורה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="257"/>
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
        <location filename="../../partnerbook/ui/views/search_view.py" line="183"/>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="185"/>
        <source>Search names and notes — no accents needed: nguyen, kpi q1, 合作</source>
        <translation>חיפוש בשמות ובהערות — אין צורך בסימנים מיוחדים: nguyen, kpi q1, 合作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="204"/>
        <source>Search results</source>
        <translation>תוצאות החיפוש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="315"/>
        <source>Searching…</source>
        <translation>מחפש…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="338"/>
        <source>People</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="339"/>
        <source>Partners</source>
        <translation>שותפים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="340"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="355"/>
        <source>Search everything in the journal: people, partners and every note.

Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note (“q1 kpi”), a city or a partner. Case and accents do not matter, and Chinese works as written (合作).

Down moves into the results; Enter opens the first one.</source>
        <translation>חיפוש בכל היומן: אנשי קשר, שותפים וכל ההערות.

הקלידו שם או את תחילתו (&quot;ngu&quot; מוצא את Nguyễn), כמה מילים מתוך הערה (&quot;q1 kpi&quot;), עיר או שותף. אותיות גדולות או קטנות וסימנים מעל האותיות אינם משנים, ואפשר לחפש בסינית כפי שהיא נכתבת (合作).

החץ למטה עובר לתוצאות; Enter פותח את הראשונה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="368"/>
        <source>Nothing found for “%1”.

Try fewer words, or the beginning of a name.</source>
        <translation>לא נמצא דבר עבור &quot;%1&quot;.

נסו פחות מילים, או את תחילת השם.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="388"/>
        <source>%n found</source>
        <translation>
            <numerusform>נמצאה %n תוצאה</numerusform>
            <numerusform>נמצאו %n תוצאות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="392"/>
        <source>The first %1 found; add a word to narrow them</source>
        <translation>מוצגות %1 התוצאות הראשונות; הוסיפו מילה כדי לצמצם</translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="60"/>
        <source>Follow-ups and promises</source>
        <translation>מעקבים והבטחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="69"/>
        <source>Follow-up or promise</source>
        <translation>מעקב או הבטחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="70"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="122"/>
        <source>Follow up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="74"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="75"/>
        <source>What is to be done</source>
        <translation>מה צריך לעשות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="76"/>
        <source>By when</source>
        <translation>עד מתי</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="77"/>
        <source>by when: next tuesday…</source>
        <translation>עד מתי: יום שלישי הבא…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="79"/>
        <source>Repeat</source>
        <translation>חזרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="80"/>
        <source>A follow-up can come back on a rhythm</source>
        <translation>מעקב יכול לחזור בקצב קבוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="82"/>
        <source>Once</source>
        <translation>פעם אחת</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="83"/>
        <source>Every week</source>
        <translation>כל שבוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="84"/>
        <source>Every 2 weeks</source>
        <translation>כל שבועיים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="85"/>
        <source>Every month</source>
        <translation>כל חודש</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="86"/>
        <source>Every 3 months</source>
        <translation>כל 3 חודשים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="92"/>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="125"/>
        <source>by %1</source>
        <translation>עד %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="136"/>
        <source>By when: that is not a date I understand.</source>
        <translation>עד מתי: התאריך לא זוהה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="162"/>
        <source>Add a follow-up</source>
        <translation>הוספת מעקב</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="169"/>
        <source>Added (%1).</source>
        <translation>נוסף (%1).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="169"/>
        <source>Added.</source>
        <translation>נוסף.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="198"/>
        <source>Tick a follow-up</source>
        <translation>סימון מעקב</translation>
    </message>
</context>
<context>
    <name>TimelineDelegateText</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_delegate.py" line="109"/>
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
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="483"/>
        <source>MMMM yyyy</source>
        <comment>the month band&apos;s date format, in Qt&apos;s codes: zh &apos;yyyy年M月&apos;</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="491"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="493"/>
        <source>Yesterday</source>
        <translation>אתמול</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="356"/>
        <source>Kind of entry</source>
        <translation>סוג הרשומה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="367"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="382"/>
        <source>Nothing here yet: notes and follow-ups with them will appear here.</source>
        <translation>אין כאן עדיין דבר: הערות ומעקבים איתם יופיעו כאן.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="137"/>
        <source>Kind of entry</source>
        <translation>סוג הרשומה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="144"/>
        <source>Tag</source>
        <translation>תגית</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="149"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="226"/>
        <source>All tags</source>
        <translation>כל התגיות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="156"/>
        <source>Anyone</source>
        <translation>כל אחד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="157"/>
        <source>Person</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="162"/>
        <source>Any partner</source>
        <translation>כל שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="163"/>
        <source>Partner</source>
        <translation>שותף</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="170"/>
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
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>From (date)</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>From date</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="183"/>
        <source>To (date)</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="183"/>
        <source>To date</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="188"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="189"/>
        <source>Clear filters</source>
        <translation>ניקוי המסננים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="194"/>
        <source>Timeline message</source>
        <translation>הודעת ציר הזמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="210"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="262"/>
        <source>The end date is before the start date.</source>
        <translation>תאריך הסיום מוקדם מתאריך ההתחלה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="303"/>
        <source>Nothing matches these filters.</source>
        <translation>אין רשומות שמתאימות למסננים האלה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="304"/>
        <source>Nothing on the timeline yet. Notes, follow-ups and reviews appear here.</source>
        <translation>עדיין אין דבר בציר הזמן. הערות, מעקבים וסקירות יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="329"/>
        <source>Nothing on or before %1.</source>
        <translation>אין דבר ב־%1 או לפניו.</translation>
    </message>
</context>
<context>
    <name>TimelineViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="48"/>
        <source>All kinds</source>
        <translation>כל הסוגים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="49"/>
        <source>Interactions</source>
        <translation>אינטראקציות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="50"/>
        <source>Follow-ups</source>
        <translation>מעקבים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="51"/>
        <source>Promises</source>
        <translation>הבטחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="52"/>
        <source>Give &amp; take</source>
        <translation>תן וקח</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="53"/>
        <source>Reviews</source>
        <translation>סקירות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="54"/>
        <source>Stage changes</source>
        <translation>שינויי שלב</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="106"/>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="119"/>
        <source>Promises kept</source>
        <translation>הבטחות שקוימו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="125"/>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="126"/>
        <source>Snooze</source>
        <translation>דחייה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="127"/>
        <source>Log a Note</source>
        <translation>רישום הערה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="128"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="128"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="129"/>
        <source>Dismiss</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="129"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="154"/>
        <source>Today&apos;s list</source>
        <translation>הרשימה של היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="157"/>
        <source>D done, S snooze, L log a note, Enter open, P open the person, Delete dismiss, B a promise broken</source>
        <translation>D – בוצע, S – דחייה, L – רישום הערה, Enter – פתיחה, P – פתיחת איש הקשר, Delete – ביטול, B – הבטחה שהופרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="180"/>
        <source>Nothing is due today. Log what was said at your last meeting (Ctrl+L), or set a stay-in-touch rhythm on the people who matter.</source>
        <translation>אין היום שום דבר לביצוע. תעדו מה נאמר בפגישה האחרונה (Ctrl+L), או הגדירו קצב לשמירה על קשר עם האנשים החשובים לכם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="262"/>
        <source>You kept %1 of %2 promises (%3)</source>
        <translation>קיימתם %1 מתוך %2 הבטחות (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="263"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>הם קיימו %1 מתוך %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="291"/>
        <source>Follow-ups due</source>
        <translation>מעקבים לביצוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="292"/>
        <source>Promises due this week</source>
        <translation>הבטחות שמועדן השבוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="293"/>
        <source>Time to get back in touch</source>
        <translation>הגיע הזמן לחדש קשר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="294"/>
        <source>Partner reviews due</source>
        <translation>סקירות שותפים שהגיע מועדן</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="295"/>
        <source>Birthdays this week</source>
        <translation>ימי הולדת השבוע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="304"/>
        <source>(the first %1)</source>
        <translation>(%1 הראשונים)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="329"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n מעקב לביצוע</numerusform>
            <numerusform>%n מעקבים לביצוע</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="330"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>%n הבטחה שמועדה השבוע</numerusform>
            <numerusform>%n הבטחות שמועדן השבוע</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n איש קשר לחדש איתו קשר</numerusform>
            <numerusform>%n אנשי קשר לחדש איתם קשר</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="332"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n סקירת שותף שהגיע מועדה</numerusform>
            <numerusform>%n סקירות שותפים שהגיע מועדן</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="333"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>%n יום הולדת השבוע</numerusform>
            <numerusform>%n ימי הולדת השבוע</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="367"/>
        <source>never met yet</source>
        <translation>טרם נפגשתם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="368"/>
        <source>last spoke %1</source>
        <translation>שיחה אחרונה: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="371"/>
        <location filename="../../partnerbook/ui/views/today_view.py" line="379"/>
        <source>today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="376"/>
        <source>1 day overdue</source>
        <translation>באיחור של יום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="377"/>
        <source>%1 days overdue</source>
        <translation>באיחור של %1 ימים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="381"/>
        <source>tomorrow</source>
        <translation>מחר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="382"/>
        <source>in %1 days</source>
        <translation>בעוד %1 ימים</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="427"/>
        <source>Promise kept</source>
        <translation>ההבטחה קוימה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="429"/>
        <source>Marked done</source>
        <comment>the status line after D</comment>
        <translation>סומן כבוצע</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="440"/>
        <source>Marked as broken</source>
        <translation>סומנה כהבטחה שהופרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="448"/>
        <source>Dismissed</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="454"/>
        <source>Snoozed</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="463"/>
        <source>Later today</source>
        <translation>מאוחר יותר היום</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="464"/>
        <source>Tomorrow morning</source>
        <translation>מחר בבוקר</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="465"/>
        <source>Next week</source>
        <translation>בשבוע הבא</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="469"/>
        <source>Pick a date…</source>
        <translation>בחירת תאריך…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="479"/>
        <source>Snooze until</source>
        <translation>דחייה עד</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="480"/>
        <source>Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)</source>
        <translation>עד מתי? (למשל יום שלישי הבא, 5 בדצמבר, thứ ba tuần sau)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="488"/>
        <source>&apos;%1&apos; is not a date I understand; nothing was snoozed.</source>
        <translation>התאריך &quot;%1&quot; לא זוהה; שום דבר לא נדחה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="511"/>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1. אפשר לבטל עם Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="563"/>
        <source>Broken</source>
        <translation>הבטחה שהופרה</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="568"/>
        <source>Open %1</source>
        <translation>פתיחת %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="567"/>
        <source>them</source>
        <translation>איש הקשר</translation>
    </message>
</context>
<context>
    <name>TopicsCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="36"/>
        <source>Personal topics learned</source>
        <translation>נושאים אישיים שלמדנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="43"/>
        <source>One per line: family, hobbies, what to ask about next time. Offer them to the person&apos;s page to remember them there.</source>
        <translation>אחד בכל שורה: משפחה, תחביבים, על מה לשאול בפעם הבאה. אפשר להעביר אותם לדף של איש הקשר כדי לזכור אותם שם.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="52"/>
        <source>e.g. her daughter starts university in March</source>
        <translation>למשל הבת שלה מתחילה ללמוד באוניברסיטה במרץ</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="52"/>
        <source>Topics learned</source>
        <translation>נושאים שלמדנו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="70"/>
        <source>Add to %1&apos;s details</source>
        <translation>הוספה לפרטים של %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="91"/>
        <source>%1&apos;s personal details already hold these.</source>
        <translation>הפרטים האישיים של %1 כבר כוללים את אלה.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="93"/>
        <source>One topic added to %1&apos;s personal details.</source>
        <translation>נושא אחד נוסף לפרטים האישיים של %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="96"/>
        <source>%1 topics added to %2&apos;s personal details.</source>
        <translation>%1 נושאים נוספו לפרטים האישיים של %2.</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="25"/>
        <source>you have %1 open</source>
        <translation>לכם %1 פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="25"/>
        <source>they have %1 open</source>
        <translation>להם %1 פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="29"/>
        <source>no promises from you yet</source>
        <translation>עדיין אין הבטחות מצדכם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="31"/>
        <source>no promises from them yet</source>
        <translation>עדיין אין הבטחות מצדם</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="34"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>קיימתם %1 מתוך %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="36"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>הם קיימו %1 מתוך %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="44"/>
        <source>%1 open</source>
        <translation>%1 פתוחות</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="50"/>
        <source>Promises: %1 · %2</source>
        <translation>הבטחות: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="56"/>
        <source>Give &amp; take: you have given %1, received %2</source>
        <translation>תן וקח: נתתם %1, קיבלתם %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="62"/>
        <source>referrals: %1 given (%2 won), %3 received</source>
        <translation>הפניות: %1 ניתנו (%2 הצליחו), %3 התקבלו</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="69"/>
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
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="93"/>
        <source>Nothing on the timeline yet.</source>
        <translation>עדיין אין דבר בציר הזמן.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="405"/>
        <source>There is no such day; check the date.</source>
        <translation>אין יום כזה; בדקו את התאריך.</translation>
    </message>
</context>
</TS>
