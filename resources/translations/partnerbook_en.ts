<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Brief</name>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="184"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="187"/>
        <source>%n month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="189"/>
        <source>%n year(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="197"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="503"/>
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="131"/>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="139"/>
        <source>Wrote %n people to %1</source>
        <translation>
            <numerusform>Wrote %n person to %1</numerusform>
            <numerusform>Wrote %n people to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="137"/>
        <source>Wrote %n partners to %1</source>
        <translation>
            <numerusform>Wrote %n partner to %1</numerusform>
            <numerusform>Wrote %n partners to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="423"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="424"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="425"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="427"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln with an error</numerusform>
            <numerusform>%Ln with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="429"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln with an error</numerusform>
            <numerusform>%Ln with errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="265"/>
        <source>%n person(s), never met or longest unseen first.</source>
        <translation>
            <numerusform>%n person, never met or longest unseen first.</numerusform>
            <numerusform>%n people, never met or longest unseen first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="388"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="329"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="330"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>%n promise due this week</numerusform>
            <numerusform>%n promises due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n to get back in touch with</numerusform>
            <numerusform>%n to get back in touch with</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="332"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n partner review due</numerusform>
            <numerusform>%n partner reviews due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="333"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>%n birthday this week</numerusform>
            <numerusform>%n birthdays this week</numerusform>
        </translation>
    </message>
</context>
</TS>
