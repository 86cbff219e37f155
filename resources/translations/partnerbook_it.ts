<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>App</name>
    <message>
        <location filename="../../partnerbook/app.py" line="293"/>
        <source>Writing eight years of sample relationships…</source>
        <translation>Scrittura di otto anni di relazioni di esempio…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="322"/>
        <source>The demo journal could not be made.</source>
        <translation>Non è stato possibile creare il diario demo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="323"/>
        <source>Details are in %1.</source>
        <translation>I dettagli sono in %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="352"/>
        <source>Backup saved and verified: %1</source>
        <translation>Backup salvato e verificato: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="402"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="406"/>
        <source>Show PartnerBook</source>
        <translation>Mostra PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="436"/>
        <source>The journal&apos;s integrity check found problems: %1</source>
        <translation>Il controllo di integrità del diario ha trovato problemi: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="511"/>
        <source>Restored the backup %1.</source>
        <translation>Backup %1 ripristinato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="513"/>
        <source>The journal as it was is kept in %1.</source>
        <translation>Il diario com&apos;era è conservato in %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="557"/>
        <source>The journal is damaged: what you see may be incomplete.</source>
        <translation>Il diario è danneggiato: ciò che vedi potrebbe essere incompleto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="581"/>
        <source>Your journal is inside a %1 folder. Sync services copy a database while it is being written and can damage it.</source>
        <translation>Il tuo diario si trova in una cartella %1. I servizi di sincronizzazione copiano un database mentre viene scritto e possono danneggiarlo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="587"/>
        <source>Your journal is on a network filesystem (%1). Network filesystems often get database locking wrong and can damage it.</source>
        <translation>Il tuo diario si trova su un file system di rete (%1). I file system di rete spesso gestiscono male il blocco dei database e possono danneggiarli.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="727"/>
        <source>PartnerBook hit a problem it did not expect. What you saved is safe.

Details were written to %1. Please report it.</source>
        <translation>PartnerBook ha riscontrato un problema imprevisto. Ciò che hai salvato è al sicuro.

I dettagli sono stati scritti in %1. Ti chiediamo di segnalarlo.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../partnerbook/ui/autosave.py" line="252"/>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../partnerbook/ui/brief/pdf.py" line="227"/>
        <source>Print the Brief</source>
        <translation>Stampa il brief</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="158"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="160"/>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="162"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="165"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n mese fa</numerusform>
            <numerusform>%n mesi fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="167"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n anno fa</numerusform>
            <numerusform>%n anni fa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="172"/>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="175"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>in ritardo di %n giorno</numerusform>
            <numerusform>in ritardo di %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="176"/>
        <source>due %1, %2</source>
        <translation>scadenza %1, %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="178"/>
        <source>due today</source>
        <translation>scadenza oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="179"/>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>weak</source>
        <translation>debole</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="186"/>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="192"/>
        <source>confirmed %1</source>
        <translation>confermata il %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="195"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="198"/>
        <source>— check it</source>
        <translation>— da verificare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="203"/>
        <source>Our value proposition</source>
        <translation>La nostra proposta di valore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="218"/>
        <source>Nothing written down yet: two or three benefits each way, with numbers.</source>
        <translation>Ancora niente di scritto: due o tre benefici per parte, con dei numeri.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="224"/>
        <source>Last interactions</source>
        <translation>Ultime interazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="226"/>
        <source>(%1 of %2)</source>
        <translation>(%1 di %2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="239"/>
        <source>No interactions noted yet.</source>
        <translation>Ancora nessuna interazione annotata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="250"/>
        <source>… and %1 more</source>
        <translation>… e %1 in più</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="254"/>
        <source>Open promises</source>
        <translation>Promesse in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="260"/>
        <source>nothing open</source>
        <translation>niente in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="266"/>
        <source>Open follow-ups</source>
        <translation>Follow-up in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="270"/>
        <source>Nothing open.</source>
        <translation>Niente in sospeso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="277"/>
        <source>you have %1 open</source>
        <translation>tu ne hai %1 in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="277"/>
        <source>they have %1 open</source>
        <translation>loro ne hanno %1 in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="280"/>
        <source>no promises from you yet</source>
        <translation>ancora nessuna promessa da parte tua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="282"/>
        <source>no promises from them yet</source>
        <translation>ancora nessuna promessa da parte loro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>you kept %1 of %2 (%3 %)</source>
        <translation>tu ne hai mantenute %1 su %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>they kept %1 of %2 (%3 %)</source>
        <translation>loro ne hanno mantenute %1 su %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="295"/>
        <source>Promises: %1 · %2</source>
        <translation>Promesse: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="307"/>
        <source>You have given %1, received %2.</source>
        <translation>Hai dato %1, ricevuto %2.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="312"/>
        <source>Time for a deposit.</source>
        <translation>È ora di fare un versamento.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>Referrals: %1 given (%2 won), %3 received</source>
        <translation>Segnalazioni — fatte: %1 (a buon fine: %2), ricevute: %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="322"/>
        <source>won: %1</source>
        <translation>valore ottenuto: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="327"/>
        <source>Nothing given or received noted yet.</source>
        <translation>Ancora nessun dare o avere annotato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="350"/>
        <source>Who&apos;s who</source>
        <translation>Chi è chi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="353"/>
        <source>Presentation copy: motivations, personal details and the give &amp; take are left out</source>
        <translation>Copia per la presentazione: motivazioni, dettagli personali e dare e avere sono omessi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="368"/>
        <source>Meeting brief · %1</source>
        <translation>Brief per l&apos;incontro · %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="387"/>
        <source>What&apos;s in it for them</source>
        <translation>Cosa ci guadagnano</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="393"/>
        <source>Not known yet. Ask what they personally get: a KPI, their boss&apos;s praise, ease?</source>
        <translation>Non si sa ancora. Chiedi cosa ci guadagna personalmente: un KPI, le lodi del capo, comodità?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="418"/>
        <source>Based in</source>
        <translation>Località:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="422"/>
        <source>speaks</source>
        <translation>parla</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="436"/>
        <source>Our standing:</source>
        <translation>Posizione relativa:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="442"/>
        <source>Never spoken to yet.</source>
        <translation>Nessun contatto finora.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="444"/>
        <source>Last spoke</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="454"/>
        <source>Personal: ask about</source>
        <translation>Personale: chiedi di</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="461"/>
        <source>Birthday: %1</source>
        <translation>Compleanno: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="463"/>
        <source>today!</source>
        <translation>oggi!</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="467"/>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="469"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="483"/>
        <source>Introductions</source>
        <translation>Presentazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="486"/>
        <source>Introduced by %1</source>
        <translation>Presentato da %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="489"/>
        <source>Introduced to us:</source>
        <translation>Ci ha presentato:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="493"/>
        <source>and %1 more</source>
        <translation>e altri %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="496"/>
        <source>How we met:</source>
        <translation>Come ci siamo conosciuti:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="507"/>
        <source>since %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="518"/>
        <source>Web:</source>
        <translation>Web:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="521"/>
        <source>Who&apos;s who and what&apos;s in it for them</source>
        <translation>Chi è chi e cosa ci guadagnano</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="532"/>
        <source>Nobody there noted yet.</source>
        <translation>Ancora nessuna persona annotata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="546"/>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="549"/>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="550"/>
        <source>Who does what</source>
        <translation>Chi fa cosa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="551"/>
        <source>Revenue share</source>
        <translation>Ripartizione dei ricavi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="552"/>
        <source>Terms</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="557"/>
        <source>Renewal:</source>
        <translation>Rinnovo:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="561"/>
        <source>Referrals: a fixed fee of %1 each</source>
        <translation>Segnalazioni: un compenso fisso di %1 ciascuna</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="564"/>
        <source>Referrals: %1 of the revenue</source>
        <translation>Segnalazioni: il %1 dei ricavi</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="67"/>
        <source>Meeting Brief — %1</source>
        <translation>Brief per l&apos;incontro — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="73"/>
        <source>Meeting brief</source>
        <translation>Brief per l&apos;incontro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="87"/>
        <source>Print the brief (Ctrl+P)</source>
        <translation>Stampa il brief (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="89"/>
        <source>&amp;Save As…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="90"/>
        <source>Save the brief as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>Salva il brief come PDF, HTML o Markdown (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="127"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="128"/>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="129"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="133"/>
        <source>Save the Brief</source>
        <translation>Salva il brief</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="149"/>
        <source>The brief was not saved: %1</source>
        <translation>Il brief non è stato salvato: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="154"/>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="58"/>
        <source>Ideal rhythm</source>
        <translation>Frequenza ideale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="59"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="62"/>
        <source>Too long after</source>
        <translation>Troppo tempo dopo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="60"/>
        <source>Ideally every</source>
        <translation>Idealmente ogni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="72"/>
        <source>rhythm</source>
        <translation>frequenza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="80"/>
        <source>too long</source>
        <translation>troppo tempo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="88"/>
        <source>No interaction logged yet.</source>
        <translation>Nessuna interazione registrata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="93"/>
        <source>Last contact today.</source>
        <translation>Ultimo contatto oggi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="95"/>
        <source>Last contact yesterday.</source>
        <translation>Ultimo contatto ieri.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="98"/>
        <source>Last contact %1, %2 days ago.</source>
        <translation>Ultimo contatto %1, %2 giorni fa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="103"/>
        <source>Set a rhythm to be reminded when it is time to get in touch.</source>
        <translation>Imposta una frequenza per ricevere un promemoria quando è ora di farsi sentire.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="63"/>
        <source>Go To</source>
        <translation>Vai a</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="70"/>
        <source>A person, a partner, a view or an action…</source>
        <translation>Una persona, un partner, una vista o un&apos;azione…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="71"/>
        <source>Go to</source>
        <translation>Vai a</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/palette.py" line="75"/>
        <source>Matches</source>
        <translation>Risultati</translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="34"/>
        <source>The journal is damaged</source>
        <translation>Il diario è danneggiato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="36"/>
        <source>PartnerBook cannot read the journal %1: part of the file is damaged.</source>
        <translation>PartnerBook non riesce a leggere il diario %1: una parte del file è danneggiata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="48"/>
        <source>The latest good backup is from %1. Restoring it brings back everything saved up to then. The damaged file is moved aside into %2, never deleted, so what it holds beyond the backup can still be rescued.</source>
        <translation>L&apos;ultimo backup integro è del %1. Ripristinarlo riporta tutto ciò che era salvato fino ad allora. Il file danneggiato viene spostato in %2, mai eliminato, così ciò che contiene oltre il backup si può ancora recuperare.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="56"/>
        <source>Restore the Latest Good Backup (%1)</source>
        <translation>Ripristina l&apos;ultimo backup integro (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="63"/>
        <source>No backup that passes its check was found in %1. The journal was not changed: keep the file, it may still be rescued.</source>
        <translation>In %1 non è stato trovato alcun backup che superi il controllo. Il diario non è stato modificato: conserva il file, potrebbe ancora essere recuperato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="70"/>
        <source>Not Now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="74"/>
        <source>Quit PartnerBook</source>
        <translation>Esci da PartnerBook</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/dates.py" line="59"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&apos;%1&apos; non è una data.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="19"/>
        <source>Welcome to PartnerBook</source>
        <translation>Ti diamo il benvenuto in PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="25"/>
        <source>Keep what each partner and each person wants, what was said over coffee, and what was promised on both sides. Start with the company you work with most, or the person you met last.</source>
        <translation>Annota cosa vuole ogni partner e ogni persona, cosa vi siete detti davanti a un caffè e cosa è stato promesso da entrambe le parti. Inizia dall&apos;azienda con cui lavori di più o dalla persona che hai incontrato per ultima.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="42"/>
        <source>Add a partner</source>
        <translation>Aggiungi un partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="45"/>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="47"/>
        <source>Import contacts…</source>
        <translation>Importa contatti…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="49"/>
        <source>From your phone, Google, Outlook or LinkedIn: a vCard or CSV export</source>
        <translation>Dal telefono, da Google, Outlook o LinkedIn: un&apos;esportazione vCard o CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="52"/>
        <source>Explore the demo journal</source>
        <translation>Esplora il diario demo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="54"/>
        <source>A separate sample journal with eight years of multilingual relationships</source>
        <translation>Un diario di esempio separato, con otto anni di relazioni multilingue</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="118"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="126"/>
        <source>Log a Note…</source>
        <translation>Registra una nota…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="127"/>
        <source>A quick note about them, with a follow-up if you like</source>
        <translation>Una nota veloce su di loro, con un follow-up se vuoi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="139"/>
        <source>Track record</source>
        <translation>Bilancio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="141"/>
        <source>Note a Give or Take…</source>
        <translation>Annota un dare o avere…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="143"/>
        <source>A favour, an introduction, a referral, a resource, a payment</source>
        <translation>Un favore, una presentazione, una segnalazione, una risorsa, un pagamento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="199"/>
        <source>Stay in touch</source>
        <translation>Restare in contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="203"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="204"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="204"/>
        <source>Anything else worth remembering</source>
        <translation>Tutto ciò che vale la pena ricordare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="205"/>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="220"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="222"/>
        <source>Brief…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="224"/>
        <source>The one-page meeting brief, to read, print or save (Ctrl+B)</source>
        <translation>Il brief di una pagina per l&apos;incontro, da leggere, stampare o salvare (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="228"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="293"/>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="232"/>
        <source>Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)</source>
        <translation>Le persone e i partner archiviati escono dagli elenchi ma conservano il loro storico (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="235"/>
        <source>archived</source>
        <translation>archiviazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="249"/>
        <source>Save state</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="290"/>
        <source>Changes save as you type</source>
        <translation>Le modifiche si salvano mentre scrivi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="293"/>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="34"/>
        <source>E&amp;xport</source>
        <translation>Espor&amp;ta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="43"/>
        <source>Export Everything as a JSON &amp;Archive…</source>
        <translation>Esporta tutto come &amp;archivio JSON…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="45"/>
        <source>JSON archive (*.json)</source>
        <translation>Archivio JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="49"/>
        <source>Export People as &amp;vCards…</source>
        <translation>Esporta le persone come &amp;vCard…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="51"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="53"/>
        <source>Export People as &amp;CSV…</source>
        <translation>Esporta le persone come &amp;CSV…</translation>
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
        <translation>Esporta i &amp;partner come CSV…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="62"/>
        <source>Export Follow-ups as a Ca&amp;lendar…</source>
        <translation>Esporta i follow-up come ca&amp;lendario…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="64"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="98"/>
        <source>Exporting to %1…</source>
        <translation>Esportazione in %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="121"/>
        <source>Wrote %1 people, %2 partners and %3 entries to %4</source>
        <translation>Esportati in %4: %1 persone, %2 partner e %3 elementi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="131"/>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="139"/>
        <source>Wrote %n people to %1</source>
        <translation>
            <numerusform>%n persona esportata in %1</numerusform>
            <numerusform>%n persone esportate in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="137"/>
        <source>Wrote %n partners to %1</source>
        <translation>
            <numerusform>%n partner esportato in %1</numerusform>
            <numerusform>%n partner esportati in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/export_menu.py" line="146"/>
        <source>Wrote %1 follow-ups and %2 promises to %3</source>
        <translation>Esportati in %3: %1 follow-up e %2 promesse</translation>
    </message>
</context>
<context>
    <name>GiveTakeDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="50"/>
        <source>Give &amp; Take</source>
        <translation>Dare e avere</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="66"/>
        <source>Given or received</source>
        <translation>Dato o ricevuto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="67"/>
        <source>I gave</source>
        <translation>Ho dato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="68"/>
        <source>I received</source>
        <translation>Ho ricevuto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="70"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="77"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="79"/>
        <source>e.g. an intro to their CFO</source>
        <translation>es. una presentazione al loro CFO</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="80"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="81"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="82"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="84"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="83"/>
        <source>today — or last week, 3 March…</source>
        <translation>oggi — o la settimana scorsa, 3 marzo…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="86"/>
        <source>Whom the referral was for: a person or company</source>
        <translation>Per chi era la segnalazione: una persona o un&apos;azienda</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="87"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="88"/>
        <source>Referred</source>
        <translation>Segnalato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="91"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="94"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="98"/>
        <source>Value, if any</source>
        <translation>Valore, se c&apos;è</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="99"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="107"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="104"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="141"/>
        <source>When: that is not a date I understand.</source>
        <translation>Quando: non è una data che riesco a capire.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="185"/>
        <source>Note a give or take</source>
        <translation>Annota un dare o avere</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="207"/>
        <source>Edit a give or take</source>
        <translation>Modifica un dare o avere</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="129"/>
        <source>Import Contacts — %1</source>
        <translation>Importa contatti — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="155"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="157"/>
        <source>File format</source>
        <translation>Formato del file</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="181"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="183"/>
        <source>Show records</source>
        <translation>Mostra i record</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="195"/>
        <source>Contacts in the file</source>
        <translation>Contatti nel file</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="231"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="234"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="244"/>
        <source>Save Error &amp;Report…</source>
        <translation>Salva rapporto &amp;errori…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="245"/>
        <source>Every record that could not be read, and why</source>
        <translation>Ogni record che non è stato possibile leggere, e perché</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="248"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annulla importazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="251"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="254"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="293"/>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="294"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="295"/>
        <source>Google CSV</source>
        <translation>CSV di Google</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="296"/>
        <source>LinkedIn CSV</source>
        <translation>CSV di LinkedIn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="297"/>
        <source>Outlook CSV</source>
        <translation>CSV di Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="298"/>
        <source>Thunderbird CSV</source>
        <translation>CSV di Thunderbird</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="312"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="340"/>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="371"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annullato: non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="377"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="386"/>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="399"/>
        <source>Automatic (%1)</source>
        <translation>Automatico (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="428"/>
        <source>There are no contacts in this file.</source>
        <translation>Questo file non contiene contatti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="431"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nuovo</numerusform>
            <numerusform>%Ln nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="432"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aggiornato</numerusform>
            <numerusform>%Ln aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="433"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln invariato</numerusform>
            <numerusform>%Ln invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="435"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln con un errore</numerusform>
            <numerusform>%Ln con errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="437"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln con un errore</numerusform>
            <numerusform>%Ln con errori</numerusform>
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
        <translation>Importati: %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="452"/>
        <source>All (%1)</source>
        <translation>Tutti (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="454"/>
        <source>To create (%1)</source>
        <translation>Da creare (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="455"/>
        <source>To update (%1)</source>
        <translation>Da aggiornare (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="456"/>
        <source>Unchanged (%1)</source>
        <translation>Invariati (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="457"/>
        <source>Errors (%1)</source>
        <translation>Errori (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="497"/>
        <source>Record %1, line %2</source>
        <translation>Record %1, riga %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="524"/>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="550"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="557"/>
        <source>Importing %1 of %2…</source>
        <translation>Importazione di %1 su %2…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="584"/>
        <source>Import of %1</source>
        <translation>Importazione di %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="631"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="638"/>
        <source>Errors in %1</source>
        <translation>Errori in %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="643"/>
        <source>Record %1, line %2: %3</source>
        <translation>Record %1, riga %2: %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="655"/>
        <source>Text (*.txt)</source>
        <translation>Testo (*.txt)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="655"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="657"/>
        <source>Save the Error Report</source>
        <translation>Salva il rapporto errori</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="677"/>
        <source>Error report saved to %1</source>
        <translation>Rapporto errori salvato in %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>&amp;Redo Import</source>
        <translation>&amp;Ripeti importazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="701"/>
        <source>The import was taken back.</source>
        <translation>L&apos;importazione è stata annullata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="707"/>
        <source>%1 brings it all back.</source>
        <translation>%1 ripristina tutto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="709"/>
        <source>%1 takes the whole import back.</source>
        <translation>%1 annulla l&apos;intera importazione.</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="53"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="54"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="55"/>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="56"/>
        <location filename="../../partnerbook/ui/models/import_model.py" line="62"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="59"/>
        <source>Create</source>
        <translation>Da creare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="60"/>
        <source>Update</source>
        <translation>Da aggiornare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="61"/>
        <source>Skip</source>
        <translation>Da saltare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="118"/>
        <source>new person</source>
        <translation>nuova persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="230"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="231"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="232"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="233"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="235"/>
        <source>What will happen</source>
        <translation>Cosa succederà</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="236"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="277"/>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="279"/>
        <source>Line %1</source>
        <translation>Riga %1</translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="116"/>
        <source>Who&apos;s in Town</source>
        <translation>Chi c&apos;è in città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="131"/>
        <source>Where are you going? Whom should you see there?</source>
        <translation>Dove stai andando? Chi dovresti vedere lì?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="135"/>
        <source>City or country</source>
        <translation>Città o paese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="137"/>
        <source>A city or a country, typed any way: hanoi, ha noi, tel aviv, italia</source>
        <translation>Una città o un paese, scritti come vuoi: hanoi, ha noi, tel aviv, italia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="168"/>
        <source>People in town</source>
        <translation>Persone in città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="175"/>
        <source>Last met</source>
        <translation>Ultimo incontro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="189"/>
        <source>Enter opens the person · L logs a note about them</source>
        <translation>Enter apre la persona · L registra una nota su questa persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="192"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="194"/>
        <source>Log a Note…</source>
        <translation>Registra una nota…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="196"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="256"/>
        <source>Type where you are going. Cities and countries come from people&apos;s pages; the people you have not seen for longest come first.</source>
        <translation>Scrivi dove stai andando. Città e paesi vengono dalle pagine delle persone; prima le persone che non vedi da più tempo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="263"/>
        <source>Nobody in “%1” yet. Try the beginning of the city or the country.</source>
        <translation>Ancora nessuno a “%1”. Prova con l&apos;inizio della città o del paese.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="268"/>
        <source>%n person(s), never met or longest unseen first.</source>
        <translation>
            <numerusform>%n persona, prima chi non hai mai incontrato o non vedi da più tempo.</numerusform>
            <numerusform>%n persone, prima chi non hai mai incontrato o non vedi da più tempo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InTownDialogText</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="91"/>
        <source>never met</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="93"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="95"/>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="97"/>
        <source>%1 days ago</source>
        <translation>%1 giorni fa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="99"/>
        <source>%1 weeks ago</source>
        <translation>%1 settimane fa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="101"/>
        <source>%1 months ago</source>
        <translation>%1 mesi fa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="102"/>
        <source>%1 years ago</source>
        <translation>%1 anni fa</translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="107"/>
        <source>Title (the notes&apos; first line if left empty)</source>
        <translation>Titolo (se vuoto, la prima riga delle note)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="108"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="109"/>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="111"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="113"/>
        <source>Open the page of someone or a partner in this note</source>
        <translation>Apri la pagina di una persona o di un partner di questa nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="114"/>
        <source>Open a person&apos;s or partner&apos;s page</source>
        <translation>Apri la pagina di una persona o di un partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="118"/>
        <source>Move to Trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="119"/>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z la ripristina</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="124"/>
        <source>Changes save as you type</source>
        <translation>Le modifiche si salvano mentre scrivi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="126"/>
        <source>Save state</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="130"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="133"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="142"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="136"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="143"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="140"/>
        <source>when</source>
        <translation>quando</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="145"/>
        <source>A café, their office, a video link…</source>
        <translation>Un bar, il loro ufficio, un link per la videochiamata…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="146"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="148"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="147"/>
        <source>where</source>
        <translation>luogo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="150"/>
        <source>Add someone: type three letters…</source>
        <translation>Aggiungi qualcuno: digita tre lettere…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="154"/>
        <source>people</source>
        <translation>persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="161"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="169"/>
        <source>Add a partner…</source>
        <translation>Aggiungi un partner…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="170"/>
        <source>Add a partner</source>
        <translation>Aggiungi un partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="173"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="175"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="189"/>
        <source>Warmth</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="176"/>
        <source>How warm it felt, from cold (−2) to warm (+2)</source>
        <translation>Com&apos;era il clima, da freddo (−2) a caloroso (+2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="177"/>
        <source>Not rated</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="179"/>
        <source>Warm</source>
        <translation>Caloroso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="180"/>
        <source>Friendly</source>
        <translation>Cordiale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="181"/>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="182"/>
        <source>Cool</source>
        <translation>Distaccato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="183"/>
        <source>Cold</source>
        <translation>Freddo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="188"/>
        <source>warmth</source>
        <translation>clima</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="196"/>
        <source>Invitation sent</source>
        <translation>Invito inviato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="197"/>
        <source>Agenda shared</source>
        <translation>Agenda condivisa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="198"/>
        <source>Recap sent</source>
        <translation>Resoconto inviato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="199"/>
        <source>Files printed</source>
        <translation>Documenti stampati</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="208"/>
        <source>Legwork</source>
        <translation>Logistica</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="213"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="224"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="215"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="391"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="217"/>
        <source>Show the notes as formatted text (Ctrl+Shift+V)</source>
        <translation>Mostra le note formattate (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="223"/>
        <source>What was said. Markdown works: # headings, - lists, **bold**.</source>
        <translation>Cosa vi siete detti. Puoi usare Markdown: # titoli, - elenchi, **grassetto**.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="228"/>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="231"/>
        <source>Notes, formatted</source>
        <translation>Note formattate</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="240"/>
        <source>topics</source>
        <translation>argomenti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="292"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="301"/>
        <source>When: &apos;%1&apos; is not a date.</source>
        <translation>Quando: &apos;%1&apos; non è una data.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="303"/>
        <source>When: say when it happened.</source>
        <translation>Quando: indica quando è successo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="362"/>
        <source>Remove %1 from this note</source>
        <translation>Rimuovi %1 da questa nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="363"/>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="391"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="466"/>
        <source>Edit partners</source>
        <translation>Modifica i partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="488"/>
        <source>Move a note to the trash</source>
        <translation>Sposta una nota nel cestino</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="490"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Spostata nel cestino. Ctrl+Z la ripristina.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="54"/>
        <source>KPI / target</source>
        <translation>KPI / obiettivo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="55"/>
        <source>Recognition from boss</source>
        <translation>Riconoscimento del capo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="56"/>
        <source>Standing with peers</source>
        <translation>Immagine tra i colleghi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="57"/>
        <source>Career</source>
        <translation>Carriera</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="58"/>
        <source>Learning / novelty</source>
        <translation>Apprendimento / novità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="59"/>
        <source>Ease / comfort</source>
        <translation>Facilità / comodità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="60"/>
        <source>Relationship / fun</source>
        <translation>Relazione / divertimento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="61"/>
        <location filename="../../partnerbook/ui/labels.py" line="68"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="62"/>
        <source>Heard it</source>
        <translation>Detto da loro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="63"/>
        <source>Guessed</source>
        <translation>Ipotizzato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="64"/>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="65"/>
        <source>Hobby</source>
        <translation>Hobby</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="66"/>
        <source>Ask next time</source>
        <translation>Da chiedere la prossima volta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="67"/>
        <source>Food &amp; drink</source>
        <translation>Cibo e bevande</translation>
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
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="71"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="72"/>
        <source>Champion</source>
        <translation>Sostenitore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="73"/>
        <source>Decision maker</source>
        <translation>Decisore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="74"/>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="75"/>
        <source>Blocker</source>
        <translation>Oppositore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="76"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="77"/>
        <source>Prospect</source>
        <translation>Potenziale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="78"/>
        <source>Exploring</source>
        <translation>In esplorazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="79"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="80"/>
        <source>Dormant</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="81"/>
        <source>Ended</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="82"/>
        <source>We are smaller</source>
        <translation>Siamo più piccoli</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="83"/>
        <source>Peers</source>
        <translation>Alla pari</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="84"/>
        <source>We are larger</source>
        <translation>Siamo più grandi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="85"/>
        <source>For them</source>
        <translation>Per loro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="86"/>
        <source>For us</source>
        <translation>Per noi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="87"/>
        <source>Short term</source>
        <translation>Breve termine</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="88"/>
        <source>Long term</source>
        <translation>Lungo termine</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="89"/>
        <source>No referral terms</source>
        <translation>Nessuna condizione per le segnalazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="90"/>
        <source>Fixed fee per referral</source>
        <translation>Compenso fisso per segnalazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="91"/>
        <source>Percentage</source>
        <translation>Percentuale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="92"/>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="93"/>
        <source>Quarterly</source>
        <translation>Trimestrale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="94"/>
        <source>Yearly</source>
        <translation>Annuale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="95"/>
        <source>No rhythm set</source>
        <translation>Nessuna frequenza impostata</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="96"/>
        <source>In touch</source>
        <translation>In contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="97"/>
        <source>Due for contact</source>
        <translation>Da contattare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="98"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="99"/>
        <source>Interaction</source>
        <translation>Interazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="100"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="101"/>
        <source>Promise</source>
        <translation>Promessa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="102"/>
        <source>Give &amp; take</source>
        <translation>Dare e avere</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="103"/>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="104"/>
        <source>Stage change</source>
        <translation>Cambio di fase</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="105"/>
        <source>Coffee</source>
        <translation>Caffè</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="106"/>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="107"/>
        <source>Call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="108"/>
        <source>Video call</source>
        <translation>Videochiamata</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="109"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="111"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="112"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="113"/>
        <location filename="../../partnerbook/ui/labels.py" line="118"/>
        <source>Open</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="114"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="115"/>
        <source>Dismissed</source>
        <translation>Ignorato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="116"/>
        <source>I promised</source>
        <translation>Promesso da me</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="117"/>
        <source>They promised</source>
        <translation>Promesso da loro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="119"/>
        <source>Kept</source>
        <translation>Mantenuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="120"/>
        <source>Broken</source>
        <translation>Non mantenuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="121"/>
        <source>Released</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="122"/>
        <source>Given</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="123"/>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="124"/>
        <source>Favour</source>
        <translation>Favore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="125"/>
        <source>Introduction</source>
        <translation>Presentazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="126"/>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="127"/>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="128"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="129"/>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="130"/>
        <source>Won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="131"/>
        <source>Lost</source>
        <translation>Persa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="140"/>
        <source>They are bigger: be gentle and take on the legwork — schedule, send the invitations, write the recap, print the files.</source>
        <translation>Sono più grandi di noi: muoviti con tatto e fatti carico della logistica — fissa gli appuntamenti, invia gli inviti, scrivi il resoconto, stampa i documenti.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="144"/>
        <source>Peers: share the legwork and agree in writing who does what.</source>
        <translation>Alla pari: dividetevi la logistica e mettete per iscritto chi fa cosa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/labels.py" line="147"/>
        <source>We are bigger: make it easy for them to work with us and keep our promises small and sure.</source>
        <translation>Siamo più grandi noi: rendi facile per loro lavorare con noi e fai promesse piccole e sicure.</translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="29"/>
        <source>Warning about where the journal is</source>
        <translation>Avviso sulla posizione del diario</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="31"/>
        <source>Move the Journal…</source>
        <translation>Sposta il diario…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="37"/>
        <source>Close the warning</source>
        <translation>Chiudi l&apos;avviso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="43"/>
        <source>To move the journal somewhere safe:

1. Quit PartnerBook.
2. Move %1 (and the folder of backups beside it) to a folder on this computer that is not synced, e.g. your user data folder.
3. Open it there: partnerbook --db NEW_PATH, or leave it in the default place.

To share it between computers, copy a backup (File → Back Up Now) instead of syncing the open journal.</source>
        <translation>Per spostare il diario in un posto sicuro:

1. Esci da PartnerBook.
2. Sposta %1 (e la cartella dei backup accanto) in una cartella di questo computer che non viene sincronizzata, ad es. la cartella dei dati utente.
3. Aprilo lì: partnerbook --db NUOVO_PERCORSO, oppure lascialo nella posizione predefinita.

Per condividerlo tra computer, copia un backup (File → Esegui un backup ora) invece di sincronizzare il diario aperto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/location_banner.py" line="53"/>
        <source>Move the Journal</source>
        <translation>Sposta il diario</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="153"/>
        <source>Relationships</source>
        <translation>Relazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="158"/>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="160"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="161"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="162"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="163"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="164"/>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="210"/>
        <source>&amp;Quick Note…</source>
        <translation>&amp;Nota rapida…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="213"/>
        <source>Log what was said, in seconds</source>
        <translation>Registra in pochi secondi cosa vi siete detti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="216"/>
        <source>New &amp;Person…</source>
        <translation>Nuova &amp;persona…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="219"/>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="222"/>
        <source>New Pa&amp;rtner…</source>
        <translation>Nuovo pa&amp;rtner…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="222"/>
        <source>Add a partner</source>
        <translation>Aggiungi un partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="225"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importa contatti…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="228"/>
        <source>Bring people in from a vCard or a Google, LinkedIn or Outlook CSV</source>
        <translation>Importa persone da un file vCard o da un CSV di Google, LinkedIn o Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="231"/>
        <source>Open the &amp;Demo Journal</source>
        <translation>Apri il &amp;diario demo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="234"/>
        <source>A separate sample journal to explore</source>
        <translation>Un diario di esempio separato, da esplorare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="237"/>
        <source>&amp;Back Up Now</source>
        <translation>Esegui un backup &amp;ora</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="240"/>
        <source>Save a verified copy of the journal</source>
        <translation>Salva una copia verificata del diario</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="243"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="245"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="248"/>
        <source>&amp;Search…</source>
        <translation>&amp;Cerca…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="251"/>
        <source>Search people, partners and notes</source>
        <translation>Cerca persone, partner e note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="254"/>
        <source>&amp;Filter the List</source>
        <translation>&amp;Filtra l&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="257"/>
        <source>Filter the list</source>
        <translation>Filtra l&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="260"/>
        <source>P&amp;resentation Mode</source>
        <translation>Modalità p&amp;resentazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="263"/>
        <source>Hide motivations, personal details, notes and the give &amp; take while sharing</source>
        <translation>Nascondi motivazioni, dettagli personali, note e dare e avere mentre condividi lo schermo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="268"/>
        <source>Who&apos;s in &amp;Town…</source>
        <translation>Chi c&apos;è in ci&amp;ttà…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="271"/>
        <source>People in a city or country, the longest unseen first</source>
        <translation>Persone in una città o in un paese, prima chi non vedi da più tempo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="274"/>
        <source>&amp;Go To…</source>
        <translation>&amp;Vai a…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="277"/>
        <source>Jump to a person, a partner, a view or an action</source>
        <translation>Vai a una persona, un partner, una vista o un&apos;azione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="280"/>
        <source>&amp;Archive or Unarchive</source>
        <translation>Arc&amp;hivia o disarchivia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="283"/>
        <source>Archived people and partners leave the lists but keep their history</source>
        <translation>Le persone e i partner archiviati escono dagli elenchi ma conservano il loro storico</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="286"/>
        <source>Move to &amp;Trash</source>
        <translation>&amp;Sposta nel cestino</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="289"/>
        <source>Move the selected person or partner to the trash</source>
        <translation>Sposta nel cestino la persona o il partner selezionato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="292"/>
        <source>Meeting &amp;Brief…</source>
        <translation>&amp;Brief per l&apos;incontro…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="295"/>
        <source>One page on the selected person or partner, to read or print</source>
        <translation>Una pagina sulla persona o sul partner selezionato, da leggere o stampare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="298"/>
        <source>T&amp;oday</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="299"/>
        <source>&amp;People</source>
        <translation>&amp;Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="301"/>
        <source>P&amp;artners</source>
        <translation>P&amp;artner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="304"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="306"/>
        <source>&amp;Search</source>
        <translation>&amp;Ricerca</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="311"/>
        <location filename="../../partnerbook/ui/main_window.py" line="324"/>
        <source>Follow the &amp;System</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="312"/>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="313"/>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="337"/>
        <source>Start at &amp;Login</source>
        <translation>A&amp;vvia all&apos;accesso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="339"/>
        <source>Open PartnerBook when you log in, so reminders come on time</source>
        <translation>Apri PartnerBook all&apos;accesso, così i promemoria arrivano puntuali</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="343"/>
        <source>&amp;About PartnerBook</source>
        <translation>&amp;Informazioni su PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="348"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="362"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="368"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="374"/>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="376"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="381"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="385"/>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="415"/>
        <source>The journal this window shows</source>
        <translation>Il diario mostrato in questa finestra</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="417"/>
        <location filename="../../partnerbook/ui/main_window.py" line="435"/>
        <source>Presentation mode</source>
        <translation>Modalità presentazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="419"/>
        <source>Presentation mode is on</source>
        <translation>La modalità presentazione è attiva</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="422"/>
        <source>Motivations, personal details, notes and the give &amp; take are hidden (Ctrl+Shift+P)</source>
        <translation>Motivazioni, dettagli personali, note e dare e avere sono nascosti (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="606"/>
        <source>Follow up now</source>
        <translation>Follow-up da fare ora</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="660"/>
        <source>PartnerBook will open when you log in.</source>
        <translation>PartnerBook si aprirà all&apos;accesso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="662"/>
        <source>PartnerBook will no longer open at login.</source>
        <translation>PartnerBook non si aprirà più all&apos;accesso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="684"/>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="727"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="811"/>
        <source>This entry has no note to open; open its people from the list.</source>
        <translation>Questo elemento non ha una nota da aprire; apri le sue persone dall&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="853"/>
        <source>Contacts (%1)</source>
        <translation>Contatti (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="857"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="861"/>
        <source>Import Contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="914"/>
        <source>Select a person or a partner to see their brief.</source>
        <translation>Seleziona una persona o un partner per vederne il brief.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="947"/>
        <source>About PartnerBook</source>
        <translation>Informazioni su PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="949"/>
        <source>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;A relationship journal for partnership managers, business developers and sales people.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;Un diario delle relazioni per partnership manager, business developer e commerciali.&lt;/p&gt;&lt;p&gt;Il tuo diario: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetailView</name>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="113"/>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="225"/>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="230"/>
        <source>%1 shown</source>
        <translation>%1 visualizzati</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="302"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Nel cestino. Ctrl+Z per annullare.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="75"/>
        <source>Partner name</source>
        <translation>Nome del partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="83"/>
        <source>Write a Review…</source>
        <translation>Scrivi una revisione…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="84"/>
        <source>KPIs against their targets, a summary, next steps</source>
        <translation>I KPI rispetto agli obiettivi, un riepilogo, i prossimi passi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="102"/>
        <source>Relationship</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="106"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="116"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="121"/>
        <source>e.g. bank, e-wallet, designer</source>
        <translation>es. banca, e-wallet, designer</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="121"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="125"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="126"/>
        <source>Standing</source>
        <translation>Posizione relativa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="126"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="127"/>
        <source>standing</source>
        <translation>posizione relativa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="129"/>
        <source>Our size</source>
        <translation>Le nostre dimensioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="143"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="136"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="137"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="138"/>
        <source>website</source>
        <translation>sito web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="139"/>
        <source>city</source>
        <translation>città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="140"/>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="144"/>
        <source>Based in</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="145"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="149"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="147"/>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="153"/>
        <source>What we bring each other</source>
        <translation>Cosa ci offriamo a vicenda</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="164"/>
        <source>For whom</source>
        <translation>Per chi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="171"/>
        <source>Horizon</source>
        <translation>Orizzonte</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="176"/>
        <source>Benefit, concrete</source>
        <translation>Beneficio concreto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="179"/>
        <source>How much</source>
        <translation>Quanto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="183"/>
        <source>how much</source>
        <translation>quanto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="187"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="191"/>
        <source>unit, e.g. customers</source>
        <translation>unità, es. clienti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="195"/>
        <source>Add benefit</source>
        <translation>Aggiungi beneficio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="201"/>
        <source>Write 2–3 short-term and 2–3 long-term benefits for them, quantified.</source>
        <translation>Scrivi 2–3 benefici a breve termine e 2–3 a lungo termine per loro, quantificati.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="209"/>
        <source>Fit</source>
        <translation>Compatibilità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="211"/>
        <source>Complementary strengths</source>
        <translation>Punti di forza complementari</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="212"/>
        <source>Audience fit</source>
        <translation>Affinità di pubblico</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="213"/>
        <source>Trust</source>
        <translation>Fiducia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="214"/>
        <source>Size proportion</source>
        <translation>Dimensioni proporzionate</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="215"/>
        <source>Willingness to cooperate</source>
        <translation>Disponibilità a collaborare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="227"/>
        <source>why</source>
        <translation>perché</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="227"/>
        <source>Why: %1</source>
        <translation>Perché: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="235"/>
        <source>Overall: why they fit, or not</source>
        <translation>In generale: perché sono compatibili, o no</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="235"/>
        <source>Fit notes</source>
        <translation>Note sulla compatibilità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="236"/>
        <source>fit notes</source>
        <translation>note sulla compatibilità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="241"/>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <source>What we do together</source>
        <translation>Cosa facciamo insieme</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="264"/>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="265"/>
        <source>Who does what</source>
        <translation>Chi fa cosa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <source>Responsibilities</source>
        <translation>Responsabilità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <source>e.g. 70/30 on net revenue</source>
        <translation>es. 70/30 sui ricavi netti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="266"/>
        <source>Revenue share</source>
        <translation>Ripartizione dei ricavi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="248"/>
        <source>Duration, exclusivity, notice…</source>
        <translation>Durata, esclusiva, preavviso…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="248"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="267"/>
        <source>Terms</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>a date</source>
        <translation>una data</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>Renewal date</source>
        <translation>Data di rinnovo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <source>scope</source>
        <translation>ambito</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="253"/>
        <source>responsibilities</source>
        <translation>responsabilità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="255"/>
        <source>revenue share</source>
        <translation>ripartizione dei ricavi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="256"/>
        <source>terms</source>
        <translation>condizioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="260"/>
        <source>renewal date</source>
        <translation>data di rinnovo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="268"/>
        <source>Renewal</source>
        <translation>Rinnovo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="270"/>
        <source>Referral terms</source>
        <translation>Condizioni per le segnalazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="271"/>
        <source>referral terms</source>
        <translation>condizioni per le segnalazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="277"/>
        <source>fee</source>
        <translation>compenso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <source>Fee per referral</source>
        <translation>Compenso per segnalazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="281"/>
        <source>Referral percentage</source>
        <translation>Percentuale per segnalazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="286"/>
        <source>percentage</source>
        <translation>percentuale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="290"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="292"/>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="298"/>
        <source>Referrals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>Review rhythm</source>
        <translation>Frequenza delle revisioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>No reviews</source>
        <translation>Nessuna revisione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <source>review rhythm</source>
        <translation>frequenza delle revisioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="303"/>
        <source>Reviews</source>
        <translation>Revisioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="307"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="327"/>
        <source>Referral terms: none agreed.</source>
        <translation>Condizioni per le segnalazioni: nessuna concordata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="330"/>
        <source>Referral terms: a fixed fee of %1 per referral.</source>
        <translation>Condizioni per le segnalazioni: un compenso fisso di %1 per segnalazione.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="333"/>
        <source>Referral terms: %1 % of each referral.</source>
        <translation>Condizioni per le segnalazioni: il %1 % di ogni segnalazione.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="334"/>
        <source>Referral terms: %1.</source>
        <translation>Condizioni per le segnalazioni: %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="354"/>
        <source>since %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="359"/>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="371"/>
        <source>Benefits for them so far: %1 short-term, %2 long-term. Aim for two or three of each, concrete and quantified.</source>
        <translation>Benefici per loro finora: %1 a breve termine, %2 a lungo termine. Punta a due o tre per tipo, concreti e quantificati.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="382"/>
        <source>Average %1 / 5</source>
        <translation>Media %1 / 5</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="396"/>
        <source>Nobody here yet: set this partner on a person&apos;s page.</source>
        <translation>Ancora nessuno: imposta questo partner nella pagina di una persona.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="406"/>
        <source>(before, until %1)</source>
        <translation>(in passato, fino al %1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="419"/>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="460"/>
        <source>Change stage</source>
        <translation>Cambia fase</translation>
    </message>
</context>
<context>
    <name>PartnersViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="38"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="39"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="41"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="45"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="47"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="52"/>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="57"/>
        <source>Stay in touch</source>
        <translation>Restare in contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="106"/>
        <source>New partner</source>
        <translation>Nuovo partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="107"/>
        <source>Name of the organisation:</source>
        <translation>Nome dell&apos;organizzazione:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="108"/>
        <source>Add partner</source>
        <translation>Aggiungi partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="109"/>
        <source>Move partner to the trash</source>
        <translation>Sposta il partner nel cestino</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="112"/>
        <source>Pick a partner on the left, or press %1 to add one.</source>
        <translation>Scegli un partner a sinistra, o premi %1 per aggiungerne uno.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="124"/>
        <source>Filter by name, kind, stage or city (Ctrl+Shift+F)</source>
        <translation>Filtra per nome, tipo, fase o città (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="33"/>
        <source>Encrypted Journal</source>
        <translation>Diario cifrato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="38"/>
        <source>The journal %1 is encrypted. Type its passphrase.</source>
        <translation>Il diario %1 è cifrato. Scrivi la sua passphrase.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="45"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="52"/>
        <source>Remember on this computer</source>
        <translation>Ricorda su questo computer</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="54"/>
        <source>Keep the passphrase in the system&apos;s keyring.</source>
        <translation>Conserva la passphrase nel portachiavi del sistema.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="59"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="64"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="79"/>
        <source>The passphrase does not open this journal. Try again.</source>
        <translation>La passphrase non apre questo diario. Riprova.</translation>
    </message>
</context>
<context>
    <name>PeopleChips</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="58"/>
        <source>Who? Type three letters…</source>
        <translation>Chi? Digita tre lettere…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="59"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="61"/>
        <source>Type part of a name and press Enter to add the person</source>
        <translation>Digita parte di un nome e premi Enter per aggiungere la persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="118"/>
        <source>New person &quot;%1&quot;</source>
        <translation>Nuova persona “%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="172"/>
        <source>%1 (new)</source>
        <translation>%1 (da creare)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="175"/>
        <source>Remove %1 from this note</source>
        <translation>Rimuovi %1 da questa nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/people_chips.py" line="178"/>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
</context>
<context>
    <name>PeopleViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="42"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="43"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="44"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="45"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="47"/>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="52"/>
        <source>Stay in touch</source>
        <translation>Restare in contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="106"/>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="107"/>
        <source>Name (in any script):</source>
        <translation>Nome (in qualsiasi alfabeto):</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="108"/>
        <source>Add person</source>
        <translation>Aggiungi persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="109"/>
        <source>Move person to the trash</source>
        <translation>Sposta la persona nel cestino</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="112"/>
        <source>Pick someone on the left, or press %1 to add a person.</source>
        <translation>Scegli qualcuno a sinistra, o premi %1 per aggiungere una persona.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="124"/>
        <source>Filter by name, partner, city or tag (Ctrl+Shift+F)</source>
        <translation>Filtra per nome, partner, città o tag (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="68"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="83"/>
        <source>What&apos;s in it for them</source>
        <translation>Cosa ci guadagnano</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="86"/>
        <source>You partner with a company, but you work with a person. What does this person personally get: a KPI, looking good to the boss, comfort, fun?</source>
        <translation>Stringi una partnership con un&apos;azienda, ma lavori con una persona. Cosa ci guadagna personalmente questa persona: un KPI, fare bella figura con il capo, comodità, divertimento?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Weak</source>
        <translation>Debole</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="94"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="101"/>
        <source>Motivation</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="106"/>
        <source>In their words</source>
        <translation>Con le sue parole</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="109"/>
        <source>How sure</source>
        <translation>Certezza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="114"/>
        <source>Strength</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="117"/>
        <source>Last confirmed</source>
        <translation>Ultima conferma</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="120"/>
        <source>last confirmed</source>
        <translation>ultima conferma</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="124"/>
        <source>Add motivation</source>
        <translation>Aggiungi motivazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="130"/>
        <source>No motivation noted yet. Ask, listen, and write down what you hear.</source>
        <translation>Ancora nessuna motivazione annotata. Chiedi, ascolta e scrivi ciò che senti.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="139"/>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="146"/>
        <source>New partner &quot;%1&quot;</source>
        <translation>Nuovo partner “%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="152"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="150"/>
        <source>Type to find a partner</source>
        <translation>Digita per trovare un partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="153"/>
        <source>e.g. Head of Partnerships</source>
        <translation>es. Head of Partnerships</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="153"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="154"/>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <source>Stakeholder role</source>
        <translation>Ruolo di stakeholder</translation>
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
        <translation>ruolo di stakeholder</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <source>Plays the part of</source>
        <translation>Nel ruolo di</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="159"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="161"/>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="160"/>
        <source>department</source>
        <translation>reparto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="166"/>
        <source>Before</source>
        <translation>In precedenza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="171"/>
        <source>Personal</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="178"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="205"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="183"/>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="184"/>
        <source>Learned on</source>
        <translation>Appreso il</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="187"/>
        <source>Add personal detail</source>
        <translation>Aggiungi dettaglio personale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="189"/>
        <source>Family, hobbies, what to ask about next time: coffee talk is made of these.</source>
        <translation>Famiglia, hobby, cosa chiedere la prossima volta: è di questo che si parla davanti a un caffè.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="198"/>
        <source>Contact</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="210"/>
        <source>Email, phone or web address</source>
        <translation>Email, telefono o indirizzo web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>work, home…</source>
        <translation>lavoro, casa…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="216"/>
        <source>Add email, phone or link</source>
        <translation>Aggiungi email, telefono o link</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="226"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="229"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="230"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="231"/>
        <source>given name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="232"/>
        <source>family name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="235"/>
        <source>Names</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="237"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="238"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="239"/>
        <source>city</source>
        <translation>città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="240"/>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="243"/>
        <source>Lives in</source>
        <translation>Vive a</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="244"/>
        <source>e.g. vi, en</source>
        <translation>es. it, en</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="244"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="248"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <source>languages</source>
        <translation>lingue</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="249"/>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <source>Where and how you met</source>
        <translation>Dove e come vi siete conosciuti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <source>How we met</source>
        <translation>Come ci siamo conosciuti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="251"/>
        <source>how we met</source>
        <translation>come ci siamo conosciuti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <source>a date</source>
        <translation>una data</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="258"/>
        <source>Met on</source>
        <translation>Primo incontro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="256"/>
        <source>met on</source>
        <translation>primo incontro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="265"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="275"/>
        <source>Introduced by</source>
        <translation>Presentato da</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="266"/>
        <source>Type to find who introduced you</source>
        <translation>Digita per trovare chi te l&apos;ha presentato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="270"/>
        <source>introduced by</source>
        <translation>presentato da</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="276"/>
        <source>e.g. fintech, Hanoi, VIP</source>
        <translation>es. fintech, Milano, VIP</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="276"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="280"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="291"/>
        <source>Birthday day</source>
        <translation>Giorno del compleanno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="293"/>
        <source>Birthday month</source>
        <translation>Mese del compleanno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="299"/>
        <source>Birth year (optional)</source>
        <translation>Anno di nascita (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="299"/>
        <source>year?</source>
        <translation>anno?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="302"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="303"/>
        <source>birthday</source>
        <translation>compleanno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="304"/>
        <source>birth year</source>
        <translation>anno di nascita</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="337"/>
        <source>%1 at %2</source>
        <translation>%1 presso %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="344"/>
        <source>%1, %2 (until %3)</source>
        <translation>%1, %2 (fino al %3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="345"/>
        <source>no role noted</source>
        <translation>nessun ruolo annotato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="346"/>
        <source>a deleted partner</source>
        <translation>un partner eliminato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="350"/>
        <source>No earlier partners</source>
        <translation>Nessun partner precedente</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="356"/>
        <source>%1 · last contact %2</source>
        <translation>%1 · ultimo contatto %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="388"/>
        <source>Change partner</source>
        <translation>Cambia partner</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../partnerbook/ui/presentation.py" line="31"/>
        <source>Hidden while presenting</source>
        <translation>Nascosto durante la presentazione</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="69"/>
        <source>Quick Note</source>
        <translation>Nota rapida</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="102"/>
        <source>What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday</source>
        <translation>Cosa vi siete detti? es. caffè — le serve un risultato sul KPI del Q1; ricontattare martedì prossimo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="104"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="105"/>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>Enter salva, Shift+Enter va a capo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="114"/>
        <source>What PartnerBook understood</source>
        <translation>Cosa ha capito PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="122"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="133"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="127"/>
        <source>When it happened</source>
        <translation>Quando è successo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="128"/>
        <source>now — or yesterday 15:00, last Friday…</source>
        <translation>adesso — o ieri 15:00, venerdì scorso…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="138"/>
        <source>The company, if any</source>
        <translation>L&apos;azienda, se c&apos;è</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="139"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="141"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="142"/>
        <source>Follow up on</source>
        <translation>Data del follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="144"/>
        <source>no follow-up — or next tuesday, in 2 weeks…</source>
        <translation>nessun follow-up — o martedì prossimo, tra 2 settimane…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="146"/>
        <source>Follow up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="156"/>
        <source>Enter saves · Shift+Enter new line · Esc keeps the draft</source>
        <translation>Enter salva · Shift+Enter va a capo · Esc conserva la bozza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="159"/>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="160"/>
        <source>Forget this draft</source>
        <translation>Scarta questa bozza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="163"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="210"/>
        <source>follow-up %1 %2</source>
        <translation>follow-up %1 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="217"/>
        <source>(“%1” is not a date I understand: no follow-up set)</source>
        <translation>(“%1” non è una data che riesco a capire: nessun follow-up impostato)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="254"/>
        <source>The follow-up date is not one I understand: change it or clear it.</source>
        <translation>Non riesco a capire la data del follow-up: modificala o cancellala.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="260"/>
        <source>When it happened is not a date I understand.</source>
        <translation>Non riesco a capire quando è successo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="285"/>
        <source>What you typed stays here, and is kept in %1 until it can be saved.</source>
        <translation>Ciò che hai scritto resta qui ed è conservato in %1 finché non potrà essere salvato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="308"/>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="310"/>
        <source>Saved for %1: %2</source>
        <translation>Salvato per %1: %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="314"/>
        <source>follow-up %1</source>
        <translation>follow-up %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="395"/>
        <source>The journal cannot be written: %1
What you type stays in this window and is kept in %2 until the journal can take it.</source>
        <translation>Impossibile scrivere nel diario: %1
Ciò che scrivi resta in questa finestra ed è conservato in %2 finché il diario non potrà accoglierlo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="404"/>
        <source>The draft could not be kept (%1). Keep this window open.</source>
        <translation>Non è stato possibile conservare la bozza (%1). Tieni aperta questa finestra.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="452"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>La nota non salvata è tornata, come l&apos;avevi lasciata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="458"/>
        <source>Your unsaved note is back, as you left it. The journal could not be written then, so it was kept in a file of its own; it is in the journal again now.</source>
        <translation>La tua nota non salvata è tornata, come l&apos;avevi lasciata. Allora non era possibile scrivere nel diario, quindi è stata conservata in un file a parte; ora è di nuovo nel diario.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="466"/>
        <source>Your unsaved note is back, as you left it. The journal still cannot be written, so it stays kept in a file of its own.</source>
        <translation>La tua nota non salvata è tornata, come l&apos;avevi lasciata. Il diario non si può ancora scrivere, quindi resta conservata in un file a parte.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="23"/>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="25"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="27"/>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="28"/>
        <source>Remind me tomorrow morning</source>
        <translation>Ricordamelo domani mattina</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="33"/>
        <source>Close the reminder</source>
        <translation>Chiudi il promemoria</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="50"/>
        <source>Follow up now: %1</source>
        <translation>Follow-up da fare ora: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="52"/>
        <source>(and %1 more)</source>
        <translation>(e altri %1)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="60"/>
        <source>Review of %1</source>
        <translation>Revisione di %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="69"/>
        <source>Rhythm</source>
        <translation>Periodicità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="72"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="72"/>
        <source>Period from</source>
        <translation>Inizio del periodo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>Period to</source>
        <translation>Fine del periodo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="79"/>
        <source>Period</source>
        <translation>Periodo</translation>
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
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Actual</source>
        <translation>Effettivo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="85"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="96"/>
        <source>Add a KPI</source>
        <translation>Aggiungi un KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="99"/>
        <source>Remove the KPI</source>
        <translation>Rimuovi il KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="107"/>
        <source>How the period went</source>
        <translation>Com&apos;è andato il periodo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="107"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="111"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="109"/>
        <source>What happens next, and who does it</source>
        <translation>Cosa succede ora, e chi se ne occupa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="109"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="113"/>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="186"/>
        <source>Give the period&apos;s first and last day.</source>
        <translation>Indica il primo e l&apos;ultimo giorno del periodo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="227"/>
        <source>Save a review</source>
        <translation>Salva una revisione</translation>
    </message>
</context>
<context>
    <name>SatelliteEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="175"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="176"/>
        <source>Remove this item</source>
        <translation>Rimuovi questo elemento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="246"/>
        <source>Add a Motivation</source>
        <translation>Aggiungi una motivazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="246"/>
        <source>Remove a Motivation</source>
        <translation>Rimuovi una motivazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="248"/>
        <source>Add a Personal Detail</source>
        <translation>Aggiungi un dettaglio personale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Remove a Personal Detail</source>
        <translation>Rimuovi un dettaglio personale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Add a Contact</source>
        <translation>Aggiungi un contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Remove a Contact</source>
        <translation>Rimuovi un contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Add a Benefit</source>
        <translation>Aggiungi un beneficio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Remove a Benefit</source>
        <translation>Rimuovi un beneficio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Add a Row</source>
        <translation>Aggiungi una riga</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Remove a Row</source>
        <translation>Rimuovi una riga</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="36"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="37"/>
        <source>All changes saved</source>
        <translation>Tutte le modifiche sono salvate</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/form.py" line="38"/>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="170"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="172"/>
        <source>Search names and notes — no accents needed: nguyen, kpi q1, 合作</source>
        <translation>Cerca nomi e note, senza bisogno di accenti: nguyen, kpi q1, 合作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="191"/>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="298"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="299"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="300"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="315"/>
        <source>Search everything in the journal: people, partners and every note.

Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note (“q1 kpi”), a city or a partner. Case and accents do not matter, and Chinese works as written (合作).

Down moves into the results; Enter opens the first one.</source>
        <translation>Cerca in tutto il diario: persone, partner e ogni nota.

Digita un nome o il suo inizio (“ngu” trova Nguyễn), qualche parola di una nota (“q1 kpi”), una città o un partner. Maiuscole e accenti non contano, e il cinese funziona così come si scrive (合作).

Freccia giù passa ai risultati; Enter apre il primo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="328"/>
        <source>Nothing found for “%1”.

Try fewer words, or the beginning of a name.</source>
        <translation>Nessun risultato per “%1”.

Prova con meno parole, o con l&apos;inizio di un nome.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="353"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="357"/>
        <source>The first %1 found; add a word to narrow them</source>
        <translation>I primi %1 risultati; aggiungi una parola per restringere la ricerca</translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="64"/>
        <source>Follow-ups and promises</source>
        <translation>Follow-up e promesse</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="73"/>
        <source>Follow-up or promise</source>
        <translation>Follow-up o promessa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="74"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="126"/>
        <source>Follow up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="78"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="79"/>
        <source>What is to be done</source>
        <translation>Cosa c&apos;è da fare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="80"/>
        <source>By when</source>
        <translation>Entro quando</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="81"/>
        <source>by when: next tuesday…</source>
        <translation>entro quando: martedì prossimo…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="83"/>
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="84"/>
        <source>A follow-up can come back on a rhythm</source>
        <translation>Un follow-up può ripetersi a intervalli regolari</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="86"/>
        <source>Once</source>
        <translation>Una volta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="87"/>
        <source>Every week</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="88"/>
        <source>Every 2 weeks</source>
        <translation>Ogni 2 settimane</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="89"/>
        <source>Every month</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="90"/>
        <source>Every 3 months</source>
        <translation>Ogni 3 mesi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="96"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="129"/>
        <source>by %1</source>
        <translation>entro %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="140"/>
        <source>By when: that is not a date I understand.</source>
        <translation>Entro quando: non è una data che riesco a capire.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="166"/>
        <source>Add a follow-up</source>
        <translation>Aggiungi un follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="173"/>
        <source>Added (%1).</source>
        <translation>Aggiunto (%1).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="173"/>
        <source>Added.</source>
        <translation>Aggiunto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="202"/>
        <source>Tick a follow-up</source>
        <translation>Spunta un follow-up</translation>
    </message>
</context>
<context>
    <name>TimelineDelegateText</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_delegate.py" line="71"/>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="52"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="142"/>
        <source>Open entry</source>
        <translation>Apri elemento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="148"/>
        <location filename="../../partnerbook/ui/widgets/timeline_list.py" line="152"/>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
</context>
<context>
    <name>TimelineModelText</name>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="488"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="490"/>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="353"/>
        <source>Kind of entry</source>
        <translation>Tipo di elemento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="364"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="379"/>
        <source>Nothing here yet: notes and follow-ups with them will appear here.</source>
        <translation>Ancora niente: qui compariranno le note e i follow-up con loro.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="136"/>
        <source>Kind of entry</source>
        <translation>Tipo di elemento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="143"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="148"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="223"/>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="155"/>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="156"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="161"/>
        <source>Any partner</source>
        <translation>Qualsiasi partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="162"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="169"/>
        <source>&amp;Jump to</source>
        <translation>&amp;Vai a</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="173"/>
        <source>a date, e.g. 3 March or last Friday</source>
        <translation>una data, es. 3 marzo o venerdì scorso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="173"/>
        <source>Jump to date</source>
        <translation>Vai alla data</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="181"/>
        <source>From (date)</source>
        <translation>Dal (data)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="181"/>
        <source>From date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>To (date)</source>
        <translation>Al (data)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>To date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="187"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="188"/>
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="193"/>
        <source>Timeline message</source>
        <translation>Messaggio della cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="207"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="259"/>
        <source>The end date is before the start date.</source>
        <translation>La data di fine è precedente a quella di inizio.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="300"/>
        <source>Nothing matches these filters.</source>
        <translation>Nessun elemento corrisponde a questi filtri.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="301"/>
        <source>Nothing on the timeline yet. Notes, follow-ups and reviews appear here.</source>
        <translation>Ancora niente nella cronologia. Qui compaiono note, follow-up e revisioni.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="326"/>
        <source>Nothing on or before %1.</source>
        <translation>Nessun elemento fino al %1.</translation>
    </message>
</context>
<context>
    <name>TimelineViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="47"/>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="48"/>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="49"/>
        <source>Follow-ups</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="50"/>
        <source>Promises</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="51"/>
        <source>Give &amp; take</source>
        <translation>Dare e avere</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="52"/>
        <source>Reviews</source>
        <translation>Revisioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="53"/>
        <source>Stage changes</source>
        <translation>Cambi di fase</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="95"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="108"/>
        <source>Promises kept</source>
        <translation>Promesse mantenute</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="114"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="115"/>
        <source>Snooze</source>
        <translation>Posticipa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="116"/>
        <source>Log a Note</source>
        <translation>Registra una nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="117"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="117"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="118"/>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="118"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="142"/>
        <source>Today&apos;s list</source>
        <translation>Elenco di oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="145"/>
        <source>D done, S snooze, L log a note, Enter open, P open the person, Delete dismiss, B a promise broken</source>
        <translation>D fatto, S posticipa, L registra una nota, Enter apri, P apri la persona, Delete ignora, B promessa non mantenuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="168"/>
        <source>Nothing is due today. Log what was said at your last meeting (Ctrl+L), or set a stay-in-touch rhythm on the people who matter.</source>
        <translation>Oggi non c&apos;è nulla in scadenza. Registra cosa vi siete detti all&apos;ultimo incontro (Ctrl+L), oppure imposta una frequenza per restare in contatto con le persone che contano.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="222"/>
        <source>You kept %1 of %2 promises (%3)</source>
        <translation>Promesse mantenute: tu %1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="223"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>loro %1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="251"/>
        <source>Follow-ups due</source>
        <translation>Follow-up in scadenza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="252"/>
        <source>Promises due this week</source>
        <translation>Promesse in scadenza questa settimana</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="253"/>
        <source>Time to get back in touch</source>
        <translation>Da ricontattare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="254"/>
        <source>Partner reviews due</source>
        <translation>Revisioni dei partner in scadenza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="255"/>
        <source>Birthdays this week</source>
        <translation>Compleanni di questa settimana</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="264"/>
        <source>(the first %1)</source>
        <translation>(i primi %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="289"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up in scadenza</numerusform>
            <numerusform>%n follow-up in scadenza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="290"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>%n promessa in scadenza questa settimana</numerusform>
            <numerusform>%n promesse in scadenza questa settimana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="291"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n da ricontattare</numerusform>
            <numerusform>%n da ricontattare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="292"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n revisione di partner in scadenza</numerusform>
            <numerusform>%n revisioni di partner in scadenza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="293"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>%n compleanno questa settimana</numerusform>
            <numerusform>%n compleanni questa settimana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="327"/>
        <source>never met yet</source>
        <translation>nessun incontro finora</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="328"/>
        <source>last spoke %1</source>
        <translation>ultimo contatto %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <location filename="../../partnerbook/ui/views/today_view.py" line="339"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="336"/>
        <source>1 day overdue</source>
        <translation>in ritardo di 1 giorno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="337"/>
        <source>%1 days overdue</source>
        <translation>in ritardo di %1 giorni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="341"/>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="342"/>
        <source>in %1 days</source>
        <translation>tra %1 giorni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="387"/>
        <source>Promise kept</source>
        <translation>Promessa mantenuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="389"/>
        <source>Marked done</source>
        <comment>the status line after D</comment>
        <translation>Segnato come fatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="400"/>
        <source>Marked as broken</source>
        <translation>Segnata come non mantenuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="408"/>
        <source>Dismissed</source>
        <translation>Ignorato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="414"/>
        <source>Snoozed</source>
        <translation>Posticipato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="423"/>
        <source>Later today</source>
        <translation>Più tardi oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="424"/>
        <source>Tomorrow morning</source>
        <translation>Domani mattina</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="425"/>
        <source>Next week</source>
        <translation>La settimana prossima</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="429"/>
        <source>Pick a date…</source>
        <translation>Scegli una data…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="439"/>
        <source>Snooze until</source>
        <translation>Posticipa fino a</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="440"/>
        <source>Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)</source>
        <translation>Fino a quando? (es. martedì prossimo, 5 dicembre, tra 2 settimane)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="448"/>
        <source>&apos;%1&apos; is not a date I understand; nothing was snoozed.</source>
        <translation>&apos;%1&apos; non è una data che riesco a capire; non è stato posticipato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="471"/>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1. Ctrl+Z per annullare.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="523"/>
        <source>Broken</source>
        <translation>Non mantenuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="528"/>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="527"/>
        <source>them</source>
        <translation>loro</translation>
    </message>
</context>
<context>
    <name>TopicsCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="34"/>
        <source>Personal topics learned</source>
        <translation>Argomenti personali emersi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="41"/>
        <source>One per line: family, hobbies, what to ask about next time. Offer them to the person&apos;s page to remember them there.</source>
        <translation>Uno per riga: famiglia, hobby, cosa chiedere la prossima volta. Aggiungili alla pagina della persona per ricordarli lì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="50"/>
        <source>e.g. her daughter starts university in March</source>
        <translation>es. sua figlia inizia l&apos;università a marzo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="50"/>
        <source>Topics learned</source>
        <translation>Argomenti emersi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="68"/>
        <source>Add to %1&apos;s details</source>
        <translation>Aggiungi ai dettagli di %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="89"/>
        <source>%1&apos;s personal details already hold these.</source>
        <translation>I dettagli personali di %1 li contengono già.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="91"/>
        <source>One topic added to %1&apos;s personal details.</source>
        <translation>Un argomento aggiunto ai dettagli personali di %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="94"/>
        <source>%1 topics added to %2&apos;s personal details.</source>
        <translation>%1 argomenti aggiunti ai dettagli personali di %2.</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="24"/>
        <source>you have %1 open</source>
        <translation>tu ne hai %1 in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="24"/>
        <source>they have %1 open</source>
        <translation>loro ne hanno %1 in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="28"/>
        <source>no promises from you yet</source>
        <translation>ancora nessuna promessa da parte tua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="30"/>
        <source>no promises from them yet</source>
        <translation>ancora nessuna promessa da parte loro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="33"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>tu ne hai mantenute %1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="35"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>loro ne hanno mantenute %1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="43"/>
        <source>%1 open</source>
        <translation>%1 in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="49"/>
        <source>Promises: %1 · %2</source>
        <translation>Promesse: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="55"/>
        <source>Give &amp; take: you have given %1, received %2</source>
        <translation>Dare e avere: hai dato %1, ricevuto %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="61"/>
        <source>referrals: %1 given (%2 won), %3 received</source>
        <translation>segnalazioni — fatte: %1 (a buon fine: %2), ricevute: %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="68"/>
        <source>Give &amp; take: nothing noted yet.</source>
        <translation>Dare e avere: ancora niente di annotato.</translation>
    </message>
</context>
<context>
    <name>WhenField</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="44"/>
        <source>today, yesterday 15:00…</source>
        <translation>oggi, ieri 15:00…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="44"/>
        <source>tomorrow, next tuesday…</source>
        <translation>domani, martedì prossimo…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="46"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="49"/>
        <source>Date understood</source>
        <translation>Data riconosciuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/when_field.py" line="91"/>
        <source>Not a date I understand</source>
        <translation>Non è una data che riesco a capire</translation>
    </message>
</context>
<context>
    <name>_Interval</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="28"/>
        <source>not set</source>
        <translation>non impostata</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="31"/>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="32"/>
        <source>weeks</source>
        <translation>settimane</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="33"/>
        <source>%1 unit</source>
        <translation>%1: unità</translation>
    </message>
</context>
<context>
    <name>_TimelineBase</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="92"/>
        <source>Nothing on the timeline yet.</source>
        <translation>Ancora niente nella cronologia.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="403"/>
        <source>There is no such day; check the date.</source>
        <translation>Questo giorno non esiste; controlla la data.</translation>
    </message>
</context>
</TS>
