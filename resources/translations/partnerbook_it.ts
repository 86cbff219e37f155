<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>App</name>
    <message>
        <location filename="../../partnerbook/app.py" line="312"/>
        <source>Writing eight years of sample relationships…</source>
        <translation>Scrittura di otto anni di relazioni di esempio…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="341"/>
        <source>The demo journal could not be made.</source>
        <translation>Non è stato possibile creare il diario demo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="342"/>
        <source>Details are in %1.</source>
        <translation>I dettagli sono in %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="371"/>
        <source>Backup saved and verified: %1</source>
        <translation>Backup salvato e verificato: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="423"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="427"/>
        <source>Show PartnerBook</source>
        <translation>Mostra PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="457"/>
        <source>The journal&apos;s integrity check found problems: %1</source>
        <translation>Il controllo di integrità del diario ha trovato problemi: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="532"/>
        <source>Restored the backup %1.</source>
        <translation>Backup %1 ripristinato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="534"/>
        <source>The journal as it was is kept in %1.</source>
        <translation>Il diario com&apos;era è conservato in %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="578"/>
        <source>The journal is damaged: what you see may be incomplete.</source>
        <translation>Il diario è danneggiato: ciò che vedi potrebbe essere incompleto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="602"/>
        <source>Your journal is inside a %1 folder. Sync services copy a database while it is being written and can damage it.</source>
        <translation>Il tuo diario si trova in una cartella %1. I servizi di sincronizzazione copiano un database mentre viene scritto e possono danneggiarlo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="608"/>
        <source>Your journal is on a network filesystem (%1). Network filesystems often get database locking wrong and can damage it.</source>
        <translation>Il tuo diario si trova su un file system di rete (%1). I file system di rete spesso gestiscono male il blocco dei database e possono danneggiarli.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/app.py" line="752"/>
        <source>PartnerBook hit a problem it did not expect. What you saved is safe.

Details were written to %1. Please report it.</source>
        <translation>PartnerBook ha riscontrato un problema imprevisto. Ciò che hai salvato è al sicuro.

I dettagli sono stati scritti in %1. Ti chiediamo di segnalarlo.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../partnerbook/ui/autosave.py" line="254"/>
        <source>Edit: %1</source>
        <comment>undo text; %1 is a field&apos;s label, e.g. &apos;Role&apos;</comment>
        <translation>Modifica: %1</translation>
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
        <location filename="../../partnerbook/ui/brief/content.py" line="180"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="182"/>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="184"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="187"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n mese fa</numerusform>
            <numerusform>%n mesi fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="189"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n anno fa</numerusform>
            <numerusform>%n anni fa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="194"/>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="197"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>in ritardo di %n giorno</numerusform>
            <numerusform>in ritardo di %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="198"/>
        <source>due %1, %2</source>
        <translation>scadenza %1, %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="200"/>
        <source>due today</source>
        <translation>scadenza oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="201"/>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>weak</source>
        <translation>debole</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="208"/>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="214"/>
        <source>heard it</source>
        <comment>a motivation, in brackets: they said so</comment>
        <translation>detto da loro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="215"/>
        <source>guessed</source>
        <comment>a motivation, in brackets: our guess</comment>
        <translation>ipotizzato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="222"/>
        <source>confirmed %1</source>
        <translation>confermata il %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="225"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="228"/>
        <source>— check it</source>
        <translation>— da verificare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="234"/>
        <source>Our value proposition</source>
        <translation>La nostra proposta di valore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="249"/>
        <source>Nothing written down yet: two or three benefits each way, with numbers.</source>
        <translation>Ancora niente di scritto: due o tre benefici per parte, con dei numeri.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="255"/>
        <source>Last interactions</source>
        <translation>Ultime interazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="257"/>
        <source>(%1 of %2)</source>
        <translation>(%1 di %2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="270"/>
        <source>No interactions noted yet.</source>
        <translation>Ancora nessuna interazione annotata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="281"/>
        <source>… and %1 more</source>
        <translation>… e %1 in più</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="285"/>
        <source>Open promises</source>
        <translation>Promesse in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="291"/>
        <source>nothing open</source>
        <translation>niente in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="297"/>
        <source>Open follow-ups</source>
        <translation>Follow-up in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="301"/>
        <source>Nothing open.</source>
        <translation>Niente in sospeso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="308"/>
        <source>you have %1 open</source>
        <translation>tu ne hai %1 in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="308"/>
        <source>they have %1 open</source>
        <translation>loro ne hanno %1 in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="311"/>
        <source>no promises from you yet</source>
        <translation>ancora nessuna promessa da parte tua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="313"/>
        <source>no promises from them yet</source>
        <translation>ancora nessuna promessa da parte loro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>tu ne hai mantenute %1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="316"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>loro ne hanno mantenute %1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="326"/>
        <source>Promises: %1 · %2</source>
        <translation>Promesse: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="338"/>
        <source>You have given %1, received %2.</source>
        <translation>Hai dato %1, ricevuto %2.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="343"/>
        <source>Time for a deposit.</source>
        <translation>È ora di fare un versamento.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="347"/>
        <source>Referrals: %1 given (%2 won), %3 received</source>
        <translation>Segnalazioni — fatte: %1 (a buon fine: %2), ricevute: %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="353"/>
        <source>won: %1</source>
        <translation>valore ottenuto: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="358"/>
        <source>Nothing given or received noted yet.</source>
        <translation>Ancora nessun dare o avere annotato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="381"/>
        <source>Who&apos;s who</source>
        <translation>Chi è chi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="384"/>
        <source>Presentation copy: motivations, personal details and the give &amp; take are left out</source>
        <translation>Copia per la presentazione: motivazioni, dettagli personali e dare e avere sono omessi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="399"/>
        <source>Meeting brief · %1</source>
        <translation>Brief per l&apos;incontro · %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="418"/>
        <source>What&apos;s in it for them</source>
        <translation>Cosa ci guadagnano</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="424"/>
        <source>Not known yet. Ask what they personally get: a KPI, their boss&apos;s praise, ease?</source>
        <translation>Non si sa ancora. Chiedi cosa ci guadagna personalmente: un KPI, le lodi del capo, comodità?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="449"/>
        <source>Based in</source>
        <translation>Località:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="454"/>
        <source>speaks</source>
        <translation>parla</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="470"/>
        <source>Our standing:</source>
        <translation>Posizione relativa:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="476"/>
        <source>Never spoken to yet.</source>
        <translation>Nessun contatto finora.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="478"/>
        <source>Last spoke</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="488"/>
        <source>Personal: ask about</source>
        <translation>Personale: chiedi di</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="495"/>
        <source>Birthday: %1</source>
        <translation>Compleanno: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="497"/>
        <source>today!</source>
        <translation>oggi!</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="501"/>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/brief/content.py" line="503"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="517"/>
        <source>Introductions</source>
        <translation>Presentazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="520"/>
        <source>Introduced by %1</source>
        <translation>Presentato da %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="523"/>
        <source>Introduced to us:</source>
        <translation>Ci ha presentato:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="527"/>
        <source>and %1 more</source>
        <translation>e altri %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="530"/>
        <source>How we met:</source>
        <translation>Come ci siamo conosciuti:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="541"/>
        <source>since %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="552"/>
        <source>Web:</source>
        <translation>Web:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="555"/>
        <source>Who&apos;s who and what&apos;s in it for them</source>
        <translation>Chi è chi e cosa ci guadagnano</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="566"/>
        <source>Nobody there noted yet.</source>
        <translation>Ancora nessuna persona annotata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="580"/>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="583"/>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="584"/>
        <source>Who does what</source>
        <translation>Chi fa cosa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="585"/>
        <source>Revenue share</source>
        <translation>Ripartizione dei ricavi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="586"/>
        <source>Terms</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="591"/>
        <source>Renewal:</source>
        <translation>Rinnovo:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="595"/>
        <source>Referrals: a fixed fee of %1 each</source>
        <translation>Segnalazioni: un compenso fisso di %1 ciascuna</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/brief/content.py" line="598"/>
        <source>Referrals: %1 of the revenue</source>
        <translation>Segnalazioni: il %1 dei ricavi</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="80"/>
        <source>Meeting Brief — %1</source>
        <translation>Brief per l&apos;incontro — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="86"/>
        <source>Meeting brief</source>
        <translation>Brief per l&apos;incontro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="88"/>
        <source>Ctrl+Down and Ctrl+Up move from one section to the next.</source>
        <translation>Ctrl+Giù e Ctrl+Su passano da una sezione all&apos;altra.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="106"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="107"/>
        <source>Print the brief (Ctrl+P)</source>
        <translation>Stampa il brief (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="109"/>
        <source>&amp;Save As…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="110"/>
        <source>Save the brief as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>Salva il brief come PDF, HTML o Markdown (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="189"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="190"/>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="191"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="195"/>
        <source>Save the Brief</source>
        <translation>Salva il brief</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="211"/>
        <source>The brief was not saved: %1</source>
        <translation>Il brief non è stato salvato: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/brief_dialog.py" line="216"/>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="58"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="73"/>
        <source>Ideal rhythm</source>
        <translation>Frequenza ideale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="59"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="63"/>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="81"/>
        <source>Too long after</source>
        <translation>Troppo tempo dopo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="61"/>
        <source>Ideally every</source>
        <translation>Idealmente ogni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="89"/>
        <source>No interaction logged yet.</source>
        <translation>Nessuna interazione registrata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="94"/>
        <source>Last contact today.</source>
        <translation>Ultimo contatto oggi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="96"/>
        <source>Last contact yesterday.</source>
        <translation>Ultimo contatto ieri.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="99"/>
        <source>Last contact %1, %2 days ago.</source>
        <translation>Ultimo contatto %1, %2 giorni fa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/cadence.py" line="104"/>
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
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="37"/>
        <source>The journal is damaged</source>
        <translation>Il diario è danneggiato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="62"/>
        <source>Restore the Latest Good Backup (%1)</source>
        <translation>Ripristina l&apos;ultimo backup integro (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="43"/>
        <source>PartnerBook cannot read this journal: part of the file is damaged.
%1</source>
        <translation>PartnerBook non riesce a leggere questo diario: una parte del file è danneggiata.
%1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="54"/>
        <source>The latest good backup is from %1. Restoring it brings back everything saved up to then. The damaged file is never deleted: it is moved aside, so what it holds beyond the backup can still be rescued, into
%2</source>
        <translation>L&apos;ultimo backup integro è del %1. Ripristinandolo torna tutto ciò che era salvato fino ad allora. Il file danneggiato non viene mai eliminato: è messo da parte, così ciò che contiene oltre il backup si può ancora recuperare, in
%2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="69"/>
        <source>No backup that passes its check was found in
%1
The journal was not changed: keep the file, it may still be rescued.</source>
        <translation>Nessun backup che superi il controllo è stato trovato in
%1
Il diario non è stato modificato: conserva il file, forse si può ancora recuperare.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="76"/>
        <source>Not Now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/damaged_journal.py" line="80"/>
        <source>Quit PartnerBook</source>
        <translation>Esci da PartnerBook</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/dates.py" line="68"/>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&apos;%1&apos; non è una data.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="36"/>
        <source>Welcome to PartnerBook</source>
        <translation>Ti diamo il benvenuto in PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="42"/>
        <source>Keep what each partner and each person wants, what was said over coffee, and what was promised on both sides. Start with the company you work with most, or the person you met last.</source>
        <translation>Annota cosa vuole ogni partner e ogni persona, cosa vi siete detti davanti a un caffè e cosa è stato promesso da entrambe le parti. Inizia dall&apos;azienda con cui lavori di più o dalla persona che hai incontrato per ultima.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="67"/>
        <source>Write a first note…</source>
        <translation>Scrivi la prima nota…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="74"/>
        <source>Look around first</source>
        <translation>Dai prima un&apos;occhiata</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="76"/>
        <source>A sample journal of its own: eight years of partners, people and notes in six languages. This one stays empty.</source>
        <translation>Un diario di esempio a parte: otto anni di partner, persone e note in sei lingue. Questo resta vuoto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="82"/>
        <source>Bring your contacts</source>
        <translation>Porta i tuoi contatti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="84"/>
        <source>A vCard or CSV export from your phone, Google, Outlook or LinkedIn. You see what each contact becomes before anything is saved.</source>
        <translation>Un file vCard o CSV esportato dal telefono, da Google, Outlook o LinkedIn. Prima di salvare vedi cosa diventa ogni contatto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="90"/>
        <source>Start from a conversation</source>
        <translation>Parti da una conversazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="92"/>
        <source>Who you met and what was said, as in a notebook. The people and the partner you name are added as you save.</source>
        <translation>Chi hai incontrato e cosa vi siete detti, come su un taccuino. Le persone e il partner che nomini si aggiungono al salvataggio.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="105"/>
        <source>Or add one by hand:</source>
        <translation>Oppure aggiungine uno a mano:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="108"/>
        <source>Add a partner</source>
        <translation>Aggiungi un partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="110"/>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="61"/>
        <source>Import contacts…</source>
        <translation>Importa contatti…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="64"/>
        <source>From your phone, Google, Outlook or LinkedIn: a vCard or CSV export</source>
        <translation>Dal telefono, da Google, Outlook o LinkedIn: un&apos;esportazione vCard o CSV</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="56"/>
        <source>Explore the demo journal</source>
        <translation>Esplora il diario demo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/empty_state.py" line="58"/>
        <source>A separate sample journal with eight years of multilingual relationships</source>
        <translation>Un diario di esempio separato, con otto anni di relazioni multilingue</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="120"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="128"/>
        <source>Log a Note…</source>
        <translation>Registra una nota…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="129"/>
        <source>A quick note about them, with a follow-up if you like</source>
        <translation>Una nota veloce su di loro, con un follow-up se vuoi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="137"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="141"/>
        <source>Track record</source>
        <translation>Bilancio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="143"/>
        <source>Note a Give or Take…</source>
        <translation>Annota un dare o avere…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="145"/>
        <source>A favour, an introduction, a referral, a resource, a payment</source>
        <translation>Un favore, una presentazione, una segnalazione, una risorsa, un pagamento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="205"/>
        <source>Stay in touch</source>
        <translation>Restare in contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="209"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="210"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="211"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="210"/>
        <source>Anything else worth remembering</source>
        <translation>Tutto ciò che vale la pena ricordare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="228"/>
        <source>Brief…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="230"/>
        <source>The one-page meeting brief, to read, print or save (Ctrl+B)</source>
        <translation>Il brief di una pagina per l&apos;incontro, da leggere, stampare o salvare (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="234"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="309"/>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="238"/>
        <source>Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)</source>
        <translation>Le persone e i partner archiviati escono dagli elenchi ma conservano il loro storico (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="257"/>
        <source>Save state</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="306"/>
        <source>Changes save as you type</source>
        <translation>Le modifiche si salvano mentre scrivi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="241"/>
        <location filename="../../partnerbook/ui/views/entity_page.py" line="309"/>
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
    <name>Field</name>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="113"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="115"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="117"/>
        <source>Where</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="118"/>
        <source>Warmth</source>
        <translation>Calore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="70"/>
        <source>The name of whom it was for</source>
        <translation>Nome di chi ne ha beneficiato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="77"/>
        <location filename="../../partnerbook/services/people.py" line="66"/>
        <source>The name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="78"/>
        <source>The standing</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="79"/>
        <source>The website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="80"/>
        <location filename="../../partnerbook/services/people.py" line="72"/>
        <source>The city</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="81"/>
        <location filename="../../partnerbook/services/people.py" line="73"/>
        <source>The country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="82"/>
        <location filename="../../partnerbook/services/people.py" line="82"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="83"/>
        <source>The scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="84"/>
        <source>Responsibilities</source>
        <translation>Responsabilità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="85"/>
        <source>The revenue share</source>
        <translation>Ripartizione dei ricavi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="86"/>
        <source>The terms</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="87"/>
        <source>The renewal date</source>
        <translation>Data di rinnovo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="88"/>
        <source>Referral terms</source>
        <translation>Condizioni di segnalazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="89"/>
        <source>The fee per referral</source>
        <translation>Compenso per segnalazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="90"/>
        <source>The referral percentage</source>
        <translation>Percentuale di segnalazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="91"/>
        <source>The currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="92"/>
        <location filename="../../partnerbook/services/people.py" line="80"/>
        <source>The ideal rhythm</source>
        <translation>Ritmo ideale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="93"/>
        <location filename="../../partnerbook/services/people.py" line="81"/>
        <source>&apos;Too long&apos;</source>
        <translation>«Troppo tempo»</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="94"/>
        <source>The review rhythm</source>
        <translation>Ritmo delle revisioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="107"/>
        <source>Complementary strengths</source>
        <translation>Punti di forza complementari</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="108"/>
        <source>Audience fit</source>
        <translation>Affinità di pubblico</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="109"/>
        <source>Trust</source>
        <translation>Fiducia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="110"/>
        <source>Size proportion</source>
        <translation>Proporzione di dimensioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="111"/>
        <source>Willingness</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="112"/>
        <source>The note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="113"/>
        <source>Fit notes</source>
        <translation>Note sull&apos;affinità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="114"/>
        <source>Assessed on</source>
        <translation>Data di valutazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="122"/>
        <source>For whom</source>
        <translation>Per chi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="123"/>
        <source>The horizon</source>
        <translation>Orizzonte</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="124"/>
        <source>The benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="125"/>
        <source>The quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="126"/>
        <source>The unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/partners.py" line="341"/>
        <source>Kinds</source>
        <translation>Tipi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="67"/>
        <source>The given name</source>
        <translation>Nome proprio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="68"/>
        <source>The family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="69"/>
        <source>The role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="70"/>
        <source>The stakeholder role</source>
        <translation>Ruolo di stakeholder</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="71"/>
        <source>The department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="74"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="75"/>
        <source>The birthday month</source>
        <translation>Mese del compleanno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="76"/>
        <source>The birthday day</source>
        <translation>Giorno del compleanno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="77"/>
        <source>The birth year</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="78"/>
        <source>How we met</source>
        <translation>Come ci siamo conosciuti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="79"/>
        <source>Met on</source>
        <translation>Conosciuto il</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="115"/>
        <location filename="../../partnerbook/services/people.py" line="127"/>
        <source>The kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="116"/>
        <source>The value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="117"/>
        <source>The label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="128"/>
        <source>Their words</source>
        <translation>Le sue parole</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="129"/>
        <source>How sure</source>
        <translation>Quanto ne sei sicuro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="132"/>
        <source>The strength</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="133"/>
        <source>Last confirmed</source>
        <translation>Ultima conferma</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="141"/>
        <source>The category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="142"/>
        <source>The detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="143"/>
        <source>Learned on</source>
        <translation>Saputo il</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="135"/>
        <source>The summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="136"/>
        <source>The next steps</source>
        <translation>Prossimi passi</translation>
    </message>
</context>
<context>
    <name>GiveTakeDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="51"/>
        <source>Give &amp; Take</source>
        <translation>Dare e avere</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="67"/>
        <source>Given or received</source>
        <translation>Dato o ricevuto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="68"/>
        <source>I gave</source>
        <translation>Ho dato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="69"/>
        <source>I received</source>
        <translation>Ho ricevuto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="71"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="78"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="80"/>
        <source>e.g. an intro to their CFO</source>
        <translation>es. una presentazione al loro CFO</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="81"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="82"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="83"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="85"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="84"/>
        <source>today — or last week, 3 March…</source>
        <translation>oggi — o la settimana scorsa, 3 marzo…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="87"/>
        <source>Whom the referral was for: a person or company</source>
        <translation>Per chi era la segnalazione: una persona o un&apos;azienda</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="88"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="89"/>
        <source>Referred</source>
        <translation>Segnalato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="92"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="95"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="99"/>
        <source>Value, if any</source>
        <translation>Valore, se c&apos;è</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="100"/>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="108"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="105"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="142"/>
        <source>When: that is not a date I understand.</source>
        <translation>Quando: non è una data che riesco a capire.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="186"/>
        <source>Note a give or take</source>
        <translation>Annota un dare o avere</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/give_take.py" line="208"/>
        <source>Edit a give or take</source>
        <translation>Modifica un dare o avere</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="122"/>
        <source>Import Contacts — %1</source>
        <translation>Importa contatti — %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="148"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="150"/>
        <source>File format</source>
        <translation>Formato del file</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="174"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="176"/>
        <source>Show records</source>
        <translation>Mostra i record</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="188"/>
        <source>Contacts in the file</source>
        <translation>Contatti nel file</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="224"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="227"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="237"/>
        <source>Save Error Re&amp;port…</source>
        <translation>Salva rapporto &amp;errori…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="238"/>
        <source>Every record that could not be read, and why</source>
        <translation>Ogni record che non è stato possibile leggere, e perché</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="241"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="689"/>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annulla importazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="244"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="247"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="286"/>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="287"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="288"/>
        <source>Google CSV</source>
        <translation>CSV di Google</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="289"/>
        <source>LinkedIn CSV</source>
        <translation>CSV di LinkedIn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="290"/>
        <source>Outlook CSV</source>
        <translation>CSV di Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="291"/>
        <source>Thunderbird CSV</source>
        <translation>CSV di Thunderbird</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="305"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="333"/>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="363"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annullato: non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="369"/>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="378"/>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="391"/>
        <source>Automatic (%1)</source>
        <translation>Automatico (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="420"/>
        <source>There are no contacts in this file.</source>
        <translation>Questo file non contiene contatti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="423"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nuovo</numerusform>
            <numerusform>%Ln nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="424"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aggiornato</numerusform>
            <numerusform>%Ln aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="425"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln invariato</numerusform>
            <numerusform>%Ln invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="427"/>
        <source>%Ln with an error</source>
        <translation>
            <numerusform>%Ln con un errore</numerusform>
            <numerusform>%Ln con errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="429"/>
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln con un errore</numerusform>
            <numerusform>%Ln con errori</numerusform>
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
        <translation>Importati: %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="444"/>
        <source>All (%1)</source>
        <translation>Tutti (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="446"/>
        <source>To create (%1)</source>
        <translation>Da creare (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="447"/>
        <source>To update (%1)</source>
        <translation>Da aggiornare (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="448"/>
        <source>Unchanged (%1)</source>
        <translation>Invariati (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="449"/>
        <source>Errors (%1)</source>
        <translation>Errori (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="489"/>
        <source>Record %1, line %2</source>
        <translation>Record %1, riga %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="516"/>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="541"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="548"/>
        <source>Importing %1 of %2…</source>
        <translation>Importazione di %1 su %2…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="575"/>
        <source>Import of %1</source>
        <translation>Importazione di %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="622"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="629"/>
        <source>Errors in %1</source>
        <translation>Errori in %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="634"/>
        <source>Record %1, line %2: %3</source>
        <translation>Record %1, riga %2: %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="646"/>
        <source>Text (*.txt)</source>
        <translation>Testo (*.txt)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="646"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="648"/>
        <source>Save the Error Report</source>
        <translation>Salva il rapporto errori</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="668"/>
        <source>Error report saved to %1</source>
        <translation>Rapporto errori salvato in %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="689"/>
        <source>&amp;Redo Import</source>
        <translation>&amp;Ripeti importazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="692"/>
        <source>The import was taken back.</source>
        <translation>L&apos;importazione è stata annullata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="698"/>
        <source>%1 brings it all back.</source>
        <translation>%1 ripristina tutto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/import_dialog.py" line="700"/>
        <source>%1 takes the whole import back.</source>
        <translation>%1 annulla l&apos;intera importazione.</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="55"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="56"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="57"/>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="58"/>
        <location filename="../../partnerbook/ui/models/import_model.py" line="64"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="61"/>
        <source>Create</source>
        <translation>Da creare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="62"/>
        <source>Update</source>
        <translation>Da aggiornare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="63"/>
        <source>Skip</source>
        <translation>Da saltare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="219"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="220"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="221"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="222"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="224"/>
        <source>What will happen</source>
        <translation>Cosa succederà</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="225"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="266"/>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/import_model.py" line="268"/>
        <source>Line %1</source>
        <translation>Riga %1</translation>
    </message>
</context>
<context>
    <name>InTownDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="113"/>
        <source>Who&apos;s in Town</source>
        <translation>Chi c&apos;è in città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="128"/>
        <source>Where are you going? Whom should you see there?</source>
        <translation>Dove stai andando? Chi dovresti vedere lì?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="132"/>
        <source>City or country</source>
        <translation>Città o paese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="134"/>
        <source>A city or a country, typed any way: hanoi, ha noi, tel aviv, italia</source>
        <translation>Una città o un paese, scritti come vuoi: hanoi, ha noi, tel aviv, italia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="165"/>
        <source>People in town</source>
        <translation>Persone in città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="172"/>
        <source>Last met</source>
        <translation>Ultimo incontro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="186"/>
        <source>Enter opens the person · L logs a note about them</source>
        <translation>Enter apre la persona · L registra una nota su questa persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="189"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="191"/>
        <source>Log a Note…</source>
        <translation>Registra una nota…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="193"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="253"/>
        <source>Type where you are going. Cities and countries come from people&apos;s pages; the people you have not seen for longest come first.</source>
        <translation>Scrivi dove stai andando. Città e paesi vengono dalle pagine delle persone; prima le persone che non vedi da più tempo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="260"/>
        <source>Nobody in “%1” yet. Try the beginning of the city or the country.</source>
        <translation>Ancora nessuno a “%1”. Prova con l&apos;inizio della città o del paese.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="265"/>
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
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="88"/>
        <source>never met</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="90"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="92"/>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="94"/>
        <source>%1 days ago</source>
        <translation>%1 giorni fa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="96"/>
        <source>%1 weeks ago</source>
        <translation>%1 settimane fa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="98"/>
        <source>%1 months ago</source>
        <translation>%1 mesi fa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/in_town.py" line="99"/>
        <source>%1 years ago</source>
        <translation>%1 anni fa</translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="109"/>
        <source>Title (the notes&apos; first line if left empty)</source>
        <translation>Titolo (se vuoto, la prima riga delle note)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="110"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="111"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="113"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="115"/>
        <source>Open the page of someone or a partner in this note</source>
        <translation>Apri la pagina di una persona o di un partner di questa nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="116"/>
        <source>Open a person&apos;s or partner&apos;s page</source>
        <translation>Apri la pagina di una persona o di un partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="120"/>
        <source>Move to Trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="121"/>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z la ripristina</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="126"/>
        <source>Changes save as you type</source>
        <translation>Le modifiche si salvano mentre scrivi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="128"/>
        <source>Save state</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="132"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="135"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="144"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="140"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="142"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="145"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="147"/>
        <source>A café, their office, a video link…</source>
        <translation>Un bar, il loro ufficio, un link per la videochiamata…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="148"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="150"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="152"/>
        <source>Add someone: type three letters…</source>
        <translation>Aggiungi qualcuno: digita tre lettere…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="163"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="171"/>
        <source>Add a partner…</source>
        <translation>Aggiungi un partner…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="172"/>
        <source>Add a partner</source>
        <translation>Aggiungi un partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="175"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="177"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="190"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="191"/>
        <source>Warmth</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="178"/>
        <source>How warm it felt, from cold (−2) to warm (+2)</source>
        <translation>Com&apos;era il clima, da freddo (−2) a caloroso (+2)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="179"/>
        <source>Not rated</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="181"/>
        <source>Warm</source>
        <translation>Caloroso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="182"/>
        <source>Friendly</source>
        <translation>Cordiale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="183"/>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="184"/>
        <source>Cool</source>
        <translation>Distaccato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="185"/>
        <source>Cold</source>
        <translation>Freddo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="242"/>
        <source>Topics learned</source>
        <translation>Argomenti emersi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="198"/>
        <source>Invitation sent</source>
        <translation>Invito inviato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="199"/>
        <source>Agenda shared</source>
        <translation>Agenda condivisa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="200"/>
        <source>Recap sent</source>
        <translation>Resoconto inviato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="201"/>
        <source>Files printed</source>
        <translation>Documenti stampati</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="210"/>
        <source>Legwork</source>
        <translation>Logistica</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="215"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="226"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="230"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="217"/>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="393"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="219"/>
        <source>Show the notes as formatted text (Ctrl+Shift+V)</source>
        <translation>Mostra le note formattate (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="225"/>
        <source>What was said. Markdown works: # headings, - lists, **bold**.</source>
        <translation>Cosa vi siete detti. Puoi usare Markdown: # titoli, - elenchi, **grassetto**.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="233"/>
        <source>Notes, formatted</source>
        <translation>Note formattate</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="294"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="303"/>
        <source>When: &apos;%1&apos; is not a date.</source>
        <translation>Quando: &apos;%1&apos; non è una data.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="305"/>
        <source>When: say when it happened.</source>
        <translation>Quando: indica quando è successo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="364"/>
        <source>Remove %1 from this note</source>
        <translation>Rimuovi %1 da questa nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="365"/>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="393"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="468"/>
        <source>Edit partners</source>
        <translation>Modifica i partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="490"/>
        <source>Move a note to the trash</source>
        <translation>Sposta una nota nel cestino</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_page.py" line="492"/>
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
        <source>Open</source>
        <comment>status of a follow-up (a task): not done yet</comment>
        <translation>Da fare</translation>
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
        <location filename="../../partnerbook/ui/labels.py" line="118"/>
        <source>Open</source>
        <comment>status of a promise: not kept or broken yet</comment>
        <translation>In sospeso</translation>
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
        <location filename="../../partnerbook/ui/main_window.py" line="155"/>
        <source>Relationships</source>
        <translation>Relazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="160"/>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="163"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="164"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="165"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="166"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="167"/>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="215"/>
        <source>Log what was said, in seconds</source>
        <translation>Registra in pochi secondi cosa vi siete detti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="218"/>
        <source>New &amp;Person…</source>
        <translation>Nuova &amp;persona…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="221"/>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="224"/>
        <source>New Pa&amp;rtner…</source>
        <translation>Nuovo pa&amp;rtner…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="224"/>
        <source>Add a partner</source>
        <translation>Aggiungi un partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="227"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importa contatti…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="230"/>
        <source>Bring people in from a vCard or a Google, LinkedIn or Outlook CSV</source>
        <translation>Importa persone da un file vCard o da un CSV di Google, LinkedIn o Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="233"/>
        <source>Open the &amp;Demo Journal</source>
        <translation>Apri il &amp;diario demo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="236"/>
        <source>A separate sample journal to explore</source>
        <translation>Un diario di esempio separato, da esplorare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="242"/>
        <source>Save a verified copy of the journal</source>
        <translation>Salva una copia verificata del diario</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="245"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="247"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="250"/>
        <source>&amp;Search…</source>
        <translation>&amp;Cerca…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="253"/>
        <source>Search people, partners and notes</source>
        <translation>Cerca persone, partner e note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="256"/>
        <source>&amp;Filter the List</source>
        <translation>&amp;Filtra l&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="259"/>
        <source>Filter the list</source>
        <translation>Filtra l&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="262"/>
        <source>P&amp;resentation Mode</source>
        <translation>&amp;Modalità presentazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="265"/>
        <source>Hide motivations, personal details, notes and the give &amp; take while sharing</source>
        <translation>Nascondi motivazioni, dettagli personali, note e dare e avere mentre condividi lo schermo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="273"/>
        <source>People in a city or country, the longest unseen first</source>
        <translation>Persone in una città o in un paese, prima chi non vedi da più tempo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="276"/>
        <source>&amp;Go To…</source>
        <translation>&amp;Vai a…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="279"/>
        <source>Jump to a person, a partner, a view or an action</source>
        <translation>Vai a una persona, un partner, una vista o un&apos;azione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="282"/>
        <source>&amp;Archive or Unarchive</source>
        <translation>Arc&amp;hivia o disarchivia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="285"/>
        <source>Archived people and partners leave the lists but keep their history</source>
        <translation>Le persone e i partner archiviati escono dagli elenchi ma conservano il loro storico</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="288"/>
        <source>Move to &amp;Trash</source>
        <translation>&amp;Sposta nel cestino</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="291"/>
        <source>Move the selected person or partner to the trash</source>
        <translation>Sposta nel cestino la persona o il partner selezionato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="294"/>
        <source>Meeting &amp;Brief…</source>
        <translation>&amp;Brief per l&apos;incontro…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="297"/>
        <source>One page on the selected person or partner, to read or print</source>
        <translation>Una pagina sulla persona o sul partner selezionato, da leggere o stampare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="300"/>
        <source>T&amp;oday</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="301"/>
        <source>&amp;People</source>
        <translation>&amp;Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="303"/>
        <source>P&amp;artners</source>
        <translation>P&amp;artner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="306"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="308"/>
        <source>&amp;Search</source>
        <translation>&amp;Ricerca</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="313"/>
        <location filename="../../partnerbook/ui/main_window.py" line="327"/>
        <source>Follow the &amp;System</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="314"/>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="315"/>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="342"/>
        <source>Open PartnerBook when you log in, so reminders come on time</source>
        <translation>Apri PartnerBook all&apos;accesso, così i promemoria arrivano puntuali</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="346"/>
        <source>&amp;About PartnerBook</source>
        <translation>&amp;Informazioni su PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="351"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="366"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="372"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="212"/>
        <source>Quick &amp;Note…</source>
        <translation>&amp;Nota rapida…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="239"/>
        <source>Back &amp;Up Now</source>
        <translation>Esegui un backup &amp;ora</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="270"/>
        <source>&amp;Who&apos;s in Town…</source>
        <translation>Chi c&apos;è in ci&amp;ttà…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="316"/>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contrasto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="340"/>
        <source>Start at Lo&amp;gin</source>
        <translation>A&amp;vvia all&apos;accesso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="378"/>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="380"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="385"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="389"/>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="440"/>
        <source>The journal this window shows</source>
        <translation>Il diario mostrato in questa finestra</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="442"/>
        <location filename="../../partnerbook/ui/main_window.py" line="460"/>
        <source>Presentation mode</source>
        <translation>Modalità presentazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="444"/>
        <source>Presentation mode is on</source>
        <translation>La modalità presentazione è attiva</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="447"/>
        <source>Motivations, personal details, notes and the give &amp; take are hidden (Ctrl+Shift+P)</source>
        <translation>Motivazioni, dettagli personali, note e dare e avere sono nascosti (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="660"/>
        <source>Follow up now</source>
        <translation>Follow-up da fare ora</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="717"/>
        <source>PartnerBook will open when you log in.</source>
        <translation>PartnerBook si aprirà all&apos;accesso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="719"/>
        <source>PartnerBook will no longer open at login.</source>
        <translation>PartnerBook non si aprirà più all&apos;accesso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="741"/>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="784"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="868"/>
        <source>This entry has no note to open; open its people from the list.</source>
        <translation>Questo elemento non ha una nota da aprire; apri le sue persone dall&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="910"/>
        <source>Contacts (%1)</source>
        <translation>Contatti (%1)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="914"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="918"/>
        <source>Import Contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="974"/>
        <source>Select a person or a partner to see their brief.</source>
        <translation>Seleziona una persona o un partner per vederne il brief.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="1012"/>
        <source>About PartnerBook</source>
        <translation>Informazioni su PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/main_window.py" line="1014"/>
        <source>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;A relationship journal for partnership managers, business developers and sales people.&lt;/p&gt;&lt;p&gt;Your journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerBook %1&lt;/h3&gt;&lt;p&gt;Un diario delle relazioni per partnership manager, business developer e commerciali.&lt;/p&gt;&lt;p&gt;Il tuo diario: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetailView</name>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="133"/>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="369"/>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="375"/>
        <source>%1 shown</source>
        <translation>%1 visualizzati</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/list_view.py" line="447"/>
        <source>Moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Nel cestino. Ctrl+Z per annullare.</translation>
    </message>
</context>
<context>
    <name>Noun</name>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="41"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="42"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="43"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="44"/>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="45"/>
        <source>review</source>
        <translation>revisione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="46"/>
        <source>give &amp; take item</source>
        <translation>voce di dare e avere</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="47"/>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="48"/>
        <source>motivation</source>
        <translation>motivazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="49"/>
        <source>personal detail</source>
        <translation>dettaglio personale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="50"/>
        <source>benefit</source>
        <translation>beneficio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="51"/>
        <source>entry</source>
        <translation>voce</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="52"/>
        <source>promise</source>
        <translation>promessa</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="76"/>
        <source>Partner name</source>
        <translation>Nome del partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="84"/>
        <source>Write a Review…</source>
        <translation>Scrivi una revisione…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="85"/>
        <source>KPIs against their targets, a summary, next steps</source>
        <translation>I KPI rispetto agli obiettivi, un riepilogo, i prossimi passi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="103"/>
        <source>Relationship</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="108"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="118"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <source>e.g. bank, e-wallet, designer</source>
        <translation>es. banca, e-wallet, designer</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="123"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="125"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="127"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="128"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="129"/>
        <source>Standing</source>
        <translation>Posizione relativa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="128"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="131"/>
        <source>Our size</source>
        <translation>Le nostre dimensioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="137"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="140"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="145"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="138"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="141"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="139"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="142"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="146"/>
        <source>Based in</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="147"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="149"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="151"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="155"/>
        <source>What we bring each other</source>
        <translation>Cosa ci offriamo a vicenda</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="166"/>
        <source>For whom</source>
        <translation>Per chi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="173"/>
        <source>Horizon</source>
        <translation>Orizzonte</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="178"/>
        <source>Benefit, concrete</source>
        <translation>Beneficio concreto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="181"/>
        <source>How much</source>
        <translation>Quanto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="185"/>
        <source>how much</source>
        <translation>quanto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="189"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="193"/>
        <source>unit, e.g. customers</source>
        <translation>unità, es. clienti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="197"/>
        <source>Add benefit</source>
        <translation>Aggiungi beneficio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="203"/>
        <source>Write 2–3 short-term and 2–3 long-term benefits for them, quantified.</source>
        <translation>Scrivi 2–3 benefici a breve termine e 2–3 a lungo termine per loro, quantificati.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="211"/>
        <source>Fit</source>
        <translation>Compatibilità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="213"/>
        <source>Complementary strengths</source>
        <translation>Punti di forza complementari</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="214"/>
        <source>Audience fit</source>
        <translation>Affinità di pubblico</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="215"/>
        <source>Trust</source>
        <translation>Fiducia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="216"/>
        <source>Size proportion</source>
        <translation>Dimensioni proporzionate</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="217"/>
        <source>Willingness to cooperate</source>
        <translation>Disponibilità a collaborare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="229"/>
        <source>why</source>
        <translation>perché</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="229"/>
        <source>Why: %1</source>
        <translation>Perché: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="237"/>
        <source>Overall: why they fit, or not</source>
        <translation>In generale: perché sono compatibili, o no</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="237"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="238"/>
        <source>Fit notes</source>
        <translation>Note sulla compatibilità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="243"/>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <source>What we do together</source>
        <translation>Cosa facciamo insieme</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="245"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="266"/>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="267"/>
        <source>Who does what</source>
        <translation>Chi fa cosa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="247"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="255"/>
        <source>Responsibilities</source>
        <translation>Responsabilità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <source>e.g. 70/30 on net revenue</source>
        <translation>es. 70/30 sui ricavi netti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="249"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="257"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="268"/>
        <source>Revenue share</source>
        <translation>Ripartizione dei ricavi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="250"/>
        <source>Duration, exclusivity, notice…</source>
        <translation>Durata, esclusiva, preavviso…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="250"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="258"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="269"/>
        <source>Terms</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <source>a date</source>
        <translation>una data</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="251"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="262"/>
        <source>Renewal date</source>
        <translation>Data di rinnovo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="270"/>
        <source>Renewal</source>
        <translation>Rinnovo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="273"/>
        <source>Referral terms</source>
        <translation>Condizioni per le segnalazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="274"/>
        <source>fee</source>
        <translation>compenso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="274"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="279"/>
        <source>Fee per referral</source>
        <translation>Compenso per segnalazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="283"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="288"/>
        <source>Referral percentage</source>
        <translation>Percentuale per segnalazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="292"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="294"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="300"/>
        <source>Referrals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="304"/>
        <source>Review rhythm</source>
        <translation>Frequenza delle revisioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="302"/>
        <source>No reviews</source>
        <translation>Nessuna revisione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="305"/>
        <source>Reviews</source>
        <translation>Revisioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="309"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="329"/>
        <source>Referral terms: none agreed.</source>
        <translation>Condizioni per le segnalazioni: nessuna concordata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="332"/>
        <source>Referral terms: a fixed fee of %1 per referral.</source>
        <translation>Condizioni per le segnalazioni: un compenso fisso di %1 per segnalazione.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="335"/>
        <source>Referral terms: %1 % of each referral.</source>
        <translation>Condizioni per le segnalazioni: il %1 % di ogni segnalazione.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partner_page.py" line="336"/>
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
        <location filename="../../partnerbook/ui/views/partners_view.py" line="39"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="40"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="42"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="46"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="48"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="53"/>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="58"/>
        <source>Stay in touch</source>
        <translation>Restare in contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="108"/>
        <source>New partner</source>
        <translation>Nuovo partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="109"/>
        <source>Name of the organisation:</source>
        <translation>Nome dell&apos;organizzazione:</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="110"/>
        <source>Add partner</source>
        <translation>Aggiungi partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="111"/>
        <source>Move partner to the trash</source>
        <translation>Sposta il partner nel cestino</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="114"/>
        <source>Pick a partner on the left, or press %1 to add one.</source>
        <translation>Scegli un partner a sinistra, o premi %1 per aggiungerne uno.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/partners_view.py" line="126"/>
        <source>Filter by name, kind, stage or city (Ctrl+Shift+F)</source>
        <translation>Filtra per nome, tipo, fase o città (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="35"/>
        <source>Encrypted Journal</source>
        <translation>Diario cifrato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="39"/>
        <source>The journal %1 is encrypted. Type its passphrase.</source>
        <translation>Il diario %1 è cifrato. Scrivi la sua passphrase.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="48"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="57"/>
        <source>Remember on this computer</source>
        <translation>Ricorda su questo computer</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="59"/>
        <source>Keep the passphrase in the system&apos;s keyring.</source>
        <translation>Conserva la passphrase nel portachiavi del sistema.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="64"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="69"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/passphrase.py" line="84"/>
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
        <location filename="../../partnerbook/ui/views/people_view.py" line="43"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="44"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="45"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="46"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="48"/>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="53"/>
        <source>Stay in touch</source>
        <translation>Restare in contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="108"/>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="109"/>
        <source>Name (in any script):</source>
        <translation>Nome (in qualsiasi alfabeto):</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="110"/>
        <source>Add person</source>
        <translation>Aggiungi persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="111"/>
        <source>Move person to the trash</source>
        <translation>Sposta la persona nel cestino</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="114"/>
        <source>Pick someone on the left, or press %1 to add a person.</source>
        <translation>Scegli qualcuno a sinistra, o premi %1 per aggiungere una persona.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/people_view.py" line="126"/>
        <source>Filter by name, partner, city or tag (Ctrl+Shift+F)</source>
        <translation>Filtra per nome, partner, città o tag (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="70"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="85"/>
        <source>What&apos;s in it for them</source>
        <translation>Cosa ci guadagnano</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="88"/>
        <source>You partner with a company, but you work with a person. What does this person personally get: a KPI, looking good to the boss, comfort, fun?</source>
        <translation>Stringi una partnership con un&apos;azienda, ma lavori con una persona. Cosa ci guadagna personalmente questa persona: un KPI, fare bella figura con il capo, comodità, divertimento?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Weak</source>
        <translation>Debole</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="96"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="103"/>
        <source>Motivation</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="108"/>
        <source>In their words</source>
        <translation>Con le sue parole</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="111"/>
        <source>How sure</source>
        <translation>Certezza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="116"/>
        <source>Strength</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="119"/>
        <source>Last confirmed</source>
        <translation>Ultima conferma</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="122"/>
        <source>last confirmed</source>
        <translation>ultima conferma</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="126"/>
        <source>Add motivation</source>
        <translation>Aggiungi motivazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="132"/>
        <source>No motivation noted yet. Ask, listen, and write down what you hear.</source>
        <translation>Ancora nessuna motivazione annotata. Chiedi, ascolta e scrivi ciò che senti.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="141"/>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="148"/>
        <source>New partner &quot;%1&quot;</source>
        <translation>Nuovo partner “%1”</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="151"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="154"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="152"/>
        <source>Type to find a partner</source>
        <translation>Digita per trovare un partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <source>e.g. Head of Partnerships</source>
        <translation>es. Head of Partnerships</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="155"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="156"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="157"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="158"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="159"/>
        <source>Stakeholder role</source>
        <translation>Ruolo di stakeholder</translation>
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
        <translation>Nel ruolo di</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="161"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="162"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="163"/>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="168"/>
        <source>Before</source>
        <translation>In precedenza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="173"/>
        <source>Personal</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="180"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="207"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="185"/>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="186"/>
        <source>Learned on</source>
        <translation>Appreso il</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="189"/>
        <source>Add personal detail</source>
        <translation>Aggiungi dettaglio personale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="191"/>
        <source>Family, hobbies, what to ask about next time: coffee talk is made of these.</source>
        <translation>Famiglia, hobby, cosa chiedere la prossima volta: è di questo che si parla davanti a un caffè.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="200"/>
        <source>Contact</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="212"/>
        <source>Email, phone or web address</source>
        <translation>Email, telefono o indirizzo web</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="214"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="214"/>
        <source>work, home…</source>
        <translation>lavoro, casa…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="218"/>
        <source>Add email, phone or link</source>
        <translation>Aggiungi email, telefono o link</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="228"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="231"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="233"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="232"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="234"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="237"/>
        <source>Names</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="239"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="241"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="240"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="242"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="245"/>
        <source>Lives in</source>
        <translation>Vive a</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <source>e.g. vi, en</source>
        <translation>es. it, en</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="246"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="248"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="250"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="251"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="304"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="305"/>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <source>Where and how you met</source>
        <translation>Dove e come vi siete conosciuti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="252"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="253"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="254"/>
        <source>How we met</source>
        <translation>Come ci siamo conosciuti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="255"/>
        <source>a date</source>
        <translation>una data</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="255"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="258"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="260"/>
        <source>Met on</source>
        <translation>Primo incontro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="267"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="272"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="277"/>
        <source>Introduced by</source>
        <translation>Presentato da</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="268"/>
        <source>Type to find who introduced you</source>
        <translation>Digita per trovare chi te l&apos;ha presentato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <source>e.g. fintech, Hanoi, VIP</source>
        <translation>es. fintech, Milano, VIP</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="278"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="280"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="282"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="293"/>
        <source>Birthday day</source>
        <translation>Giorno del compleanno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="295"/>
        <source>Birthday month</source>
        <translation>Mese del compleanno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="301"/>
        <location filename="../../partnerbook/ui/views/person_page.py" line="306"/>
        <source>Birth year (optional)</source>
        <translation>Anno di nascita (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="301"/>
        <source>year?</source>
        <translation>anno?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="339"/>
        <source>%1 at %2</source>
        <translation>%1 presso %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="346"/>
        <source>%1, %2 (until %3)</source>
        <translation>%1, %2 (fino al %3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="347"/>
        <source>no role noted</source>
        <translation>nessun ruolo annotato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="348"/>
        <source>a deleted partner</source>
        <translation>un partner eliminato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="352"/>
        <source>No earlier partners</source>
        <translation>Nessun partner precedente</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="358"/>
        <source>%1 · last contact %2</source>
        <translation>%1 · ultimo contatto %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="390"/>
        <source>Change partner</source>
        <translation>Cambia partner</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../partnerbook/ui/presentation.py" line="32"/>
        <source>Hidden while presenting</source>
        <translation>Nascosto durante la presentazione</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="205"/>
        <source>This is not a PartnerBook archive: the JSON cannot be read ({error}).</source>
        <translation>Questo non è un archivio di PartnerBook: il JSON non si può leggere ({error}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="207"/>
        <location filename="../../partnerbook/services/archive.py" line="212"/>
        <source>Give a file made by &apos;partnerbook export json&apos;.</source>
        <translation>Indica un file creato da &apos;partnerbook export json&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="211"/>
        <source>This JSON file is not a PartnerBook archive.</source>
        <translation>Questo file JSON non è un archivio di PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="218"/>
        <source>This archive was written by a newer PartnerBook (format {version}).</source>
        <translation>Questo archivio è stato scritto da un PartnerBook più recente (formato {version}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="221"/>
        <source>Update PartnerBook, then import it again.</source>
        <translation>Aggiorna PartnerBook, poi importalo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="228"/>
        <source>This archive holds parts this PartnerBook does not know ({parts}).</source>
        <translation>Questo archivio contiene parti che questo PartnerBook non conosce ({parts}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="232"/>
        <location filename="../../partnerbook/services/archive.py" line="264"/>
        <source>It was probably written by a newer PartnerBook: update, then import it again.</source>
        <translation>Probabilmente è stato scritto da un PartnerBook più recente: aggiorna, poi importalo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="243"/>
        <source>The archive&apos;s &apos;{name}&apos; is not a list of rows.</source>
        <translation>&apos;{name}&apos; dell&apos;archivio non è un elenco di righe.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="251"/>
        <source>{name}[{number}] in the archive is not a row.</source>
        <translation>{name}[{number}] nell&apos;archivio non è una riga.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="258"/>
        <source>{name}[{number}] has columns this PartnerBook does not know ({columns}).</source>
        <translation>{name}[{number}] ha colonne che questo PartnerBook non conosce ({columns}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="276"/>
        <source>{table}[{number}].{column} in the archive is wrong: {value} ({error}).</source>
        <translation>{table}[{number}].{column} nell&apos;archivio è errato: {value} ({error}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="283"/>
        <location filename="../../partnerbook/services/archive.py" line="309"/>
        <source>Nothing was imported. Export the archive again from PartnerBook.</source>
        <translation>Non è stato importato nulla. Esporta di nuovo l&apos;archivio da PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="307"/>
        <source>The archive&apos;s rows do not fit together: {orig}.</source>
        <translation>Le righe dell&apos;archivio non si accordano tra loro: {orig}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="322"/>
        <source>A JSON archive is a whole journal: it goes into a new, empty one (this one holds {people} people, {partners} partners, {entries} entries).</source>
        <translation>Un archivio JSON è un diario intero: va in un diario nuovo e vuoto (questo contiene {people} persone, {partners} partner, {entries} voci).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/archive.py" line="330"/>
        <source>Import it into a new file: partnerbook --db restored.sqlite import ARCHIVE.json</source>
        <translation>Importalo in un file nuovo: partnerbook --db restored.sqlite import ARCHIVE.json</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="64"/>
        <source>Starting at login could not be turned on: {detail}.</source>
        <translation>Non è stato possibile attivare l&apos;avvio all&apos;accesso: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="69"/>
        <source>Starting at login could not be turned off: {detail}.</source>
        <translation>Non è stato possibile disattivare l&apos;avvio all&apos;accesso: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/autostart.py" line="73"/>
        <source>Check that your settings folder is writable.</source>
        <translation>Controlla che la cartella delle impostazioni sia scrivibile.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="103"/>
        <source>The name is empty.</source>
        <translation>Il nome è vuoto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="103"/>
        <source>Give the person&apos;s or the partner&apos;s name.</source>
        <translation>Indica il nome della persona o del partner.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="114"/>
        <source>No person is called &apos;{name}&apos;.</source>
        <translation>Nessuna persona si chiama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="116"/>
        <source>No partner is called &apos;{name}&apos;.</source>
        <translation>Nessun partner si chiama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="118"/>
        <source>No person or partner is called &apos;{name}&apos;.</source>
        <translation>Nessuna persona né partner si chiama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="122"/>
        <source>Check the spelling, type the beginning of a name, or give its number, e.g. &apos;#12&apos;.</source>
        <translation>Controlla l&apos;ortografia, scrivi l&apos;inizio di un nome, oppure indica il suo numero, per esempio &apos;#12&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="134"/>
        <source>Check the number.</source>
        <translation>Controlla il numero.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="140"/>
        <location filename="../../partnerbook/services/capture.py" line="114"/>
        <source>There is no person {number}.</source>
        <translation>Non c&apos;è nessuna persona {number}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="142"/>
        <source>There is no partner {number}.</source>
        <translation>Non c&apos;è nessun partner {number}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/brief.py" line="143"/>
        <source>There is no person or partner {number}.</source>
        <translation>Non c&apos;è nessuna persona né partner {number}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="42"/>
        <source>The note is empty.</source>
        <translation>La nota è vuota.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="43"/>
        <source>Type what was said, e.g. partnerbook note &apos;Coffee…&apos;.</source>
        <translation>Scrivi che cosa è stato detto, per esempio partnerbook note &apos;Caffè…&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="49"/>
        <source>The note is {size} MB; a note can hold up to 1 MB of text.</source>
        <translation>La nota è di {size} MB; una nota può contenere al massimo 1 MB di testo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="53"/>
        <source>Split it into several notes, or keep the long document as a file and note where it is. Nothing was saved.</source>
        <translation>Dividila in più note, oppure tieni il documento lungo come file e annota dove si trova. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="65"/>
        <source>The person name is empty.</source>
        <translation>Il nome della persona è vuoto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="67"/>
        <source>The partner name is empty.</source>
        <translation>Il nome del partner è vuoto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="68"/>
        <source>Give the person&apos;s name.</source>
        <translation>Indica il nome della persona.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="70"/>
        <source>Give the partner&apos;s name.</source>
        <translation>Indica il nome del partner.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="76"/>
        <source>The person name is {length} characters long; the limit is {limit}.</source>
        <translation>Il nome della persona è lungo {length} caratteri; il limite è {limit}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="82"/>
        <source>The partner name is {length} characters long; the limit is {limit}.</source>
        <translation>Il nome del partner è lungo {length} caratteri; il limite è {limit}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="87"/>
        <source>Use a shorter name.</source>
        <translation>Usa un nome più corto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="115"/>
        <source>Check the number, or give a name.</source>
        <translation>Controlla il numero, oppure indica un nome.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="152"/>
        <source>A person picked for this note was deleted meanwhile.</source>
        <translation>Nel frattempo è stata eliminata una persona scelta per questa nota.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="154"/>
        <source>Pick the people again. The note was not saved yet; its text is kept.</source>
        <translation>Scegli di nuovo le persone. La nota non è ancora stata salvata; il testo è conservato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="179"/>
        <source>The partner picked for this note was deleted meanwhile.</source>
        <translation>Nel frattempo è stato eliminato il partner scelto per questa nota.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/capture.py" line="181"/>
        <source>Pick the partner again. The note was not saved yet; its text is kept.</source>
        <translation>Scegli di nuovo il partner. La nota non è ancora stata salvata; il testo è conservato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="93"/>
        <source>--people must be between 1 and {limit} (got {people}).</source>
        <translation>--people deve essere tra 1 e {limit} (ricevuto {people}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="101"/>
        <source>--entries must be between 0 and {limit} (got {entries}).</source>
        <translation>--entries deve essere tra 0 e {limit} (ricevuto {entries}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="144"/>
        <source>This journal already holds data ({people} people, {partners} partners, {entries} entries, {tags} tags); the demo only fills an empty one.</source>
        <translation>Questo diario contiene già dati ({people} persone, {partners} partner, {entries} voci, {tags} etichette); la demo riempie solo un diario vuoto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/demo.py" line="152"/>
        <source>Give a new file, e.g. partnerbook --db demo.sqlite demo</source>
        <translation>Indica un file nuovo, per esempio partnerbook --db demo.sqlite demo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/drafts.py" line="79"/>
        <source>Cannot create {parent}: {detail}.</source>
        <translation>Impossibile creare {parent}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/drafts.py" line="83"/>
        <source>Keep the window open: what you typed is still there.</source>
        <translation>Tieni aperta la finestra: quello che hai scritto è ancora lì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/due.py" line="32"/>
        <source>--within must be between 0 and {limit} days (got {within_days}).</source>
        <translation>--within deve essere tra 0 e {limit} giorni (ricevuto {within_days}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/due.py" line="36"/>
        <source>Give a number of days, e.g. --within 7.</source>
        <translation>Indica un numero di giorni, per esempio --within 7.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="65"/>
        <location filename="../../partnerbook/services/editing.py" line="340"/>
        <source>That {what} no longer exists.</source>
        <translation>Questo elemento ({what}) non esiste più.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="66"/>
        <source>It may have been deleted.</source>
        <translation>Potrebbe essere stato eliminato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="82"/>
        <source>{label} cannot be empty.</source>
        <translation>Il campo «{label}» non può essere vuoto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="87"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>Il campo «{label}» è troppo lungo ({length} caratteri; al massimo {limit}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="103"/>
        <source>{label} is longer than 1 MB.</source>
        <translation>Il campo «{label}» supera 1 MB.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="104"/>
        <source>Split it, or keep the document as a file.</source>
        <translation>Dividilo, oppure tieni il documento come file.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="119"/>
        <source>{label} must be a number of days.</source>
        <translation>Il campo «{label}» deve essere un numero di giorni.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="124"/>
        <source>{label} must be between 1 and {limit} days.</source>
        <translation>Il campo «{label}» deve essere tra 1 e {limit} giorni.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="141"/>
        <source>{label} must be a whole number.</source>
        <translation>Il campo «{label}» deve essere un numero intero.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="145"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation>Il campo «{label}» deve essere tra {low} e {high}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="166"/>
        <source>{label}: &apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>{label}: &apos;{value}&apos; non è una data (usa AAAA-MM-GG).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="182"/>
        <source>{label} must be a number.</source>
        <translation>Il campo «{label}» deve essere un numero.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="184"/>
        <source>{label} is out of range.</source>
        <translation>Il campo «{label}» è fuori intervallo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="194"/>
        <source>{label} must be chosen.</source>
        <translation>Scegli un valore per «{label}».</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="201"/>
        <source>{label}: &apos;{value}&apos; is not one of the choices.</source>
        <translation>{label}: &apos;{value}&apos; non è tra le scelte possibili.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="217"/>
        <source>{label}: at most {limit}.</source>
        <translation>{label}: al massimo {limit}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="233"/>
        <location filename="../../partnerbook/services/ledger.py" line="146"/>
        <source>Cannot edit {fields} here.</source>
        <translation>Qui non si può modificare {fields}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/editing.py" line="380"/>
        <source>That {what} is gone for good.</source>
        <translation>Questo elemento ({what}) è stato eliminato definitivamente.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="53"/>
        <location filename="../../partnerbook/services/maintenance.py" line="56"/>
        <source>&apos;{action}&apos; works on a journal file; {location} is a database server.</source>
        <translation>&apos;{action}&apos; funziona su un file di diario; {location} è un server di database.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="57"/>
        <source>Use the server&apos;s own encryption.</source>
        <translation>Usa la cifratura del server stesso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="64"/>
        <source>There is no journal at {journal} to encrypt.</source>
        <translation>Non c&apos;è nessun diario da cifrare in {journal}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="66"/>
        <source>There is no journal at {journal} to decrypt.</source>
        <translation>Non c&apos;è nessun diario da decifrare in {journal}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="70"/>
        <source>{journal} is already encrypted.</source>
        <translation>{journal} è già cifrato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="71"/>
        <location filename="../../partnerbook/services/encryption.py" line="76"/>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="75"/>
        <source>{journal} is not encrypted.</source>
        <translation>{journal} non è cifrato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="81"/>
        <location filename="../../partnerbook/services/maintenance.py" line="133"/>
        <source>The journal is open in a PartnerBook window.</source>
        <translation>Il diario è aperto in una finestra di PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="82"/>
        <source>Close the window, then encrypt again. Nothing was changed.</source>
        <translation>Chiudi la finestra, poi cifra di nuovo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="84"/>
        <source>Close the window, then decrypt again. Nothing was changed.</source>
        <translation>Chiudi la finestra, poi decifra di nuovo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="102"/>
        <source>Another program has {journal} open; it was not encrypted.</source>
        <translation>Un altro programma ha aperto {journal}; non è stato cifrato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="107"/>
        <source>Another program has {journal} open; it was not decrypted.</source>
        <translation>Un altro programma ha aperto {journal}; non è stato decifrato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="111"/>
        <source>Close the other PartnerBook programs, then encrypt again. Nothing was changed.</source>
        <translation>Chiudi gli altri programmi PartnerBook, poi cifra di nuovo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="116"/>
        <source>Close the other PartnerBook programs, then decrypt again. Nothing was changed.</source>
        <translation>Chiudi gli altri programmi PartnerBook, poi decifra di nuovo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="158"/>
        <source>the copy is not encrypted</source>
        <translation>la copia non è cifrata</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="160"/>
        <source>the copy is still encrypted</source>
        <translation>la copia è ancora cifrata</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="166"/>
        <source>the copy has other row counts ({tables})</source>
        <translation>la copia ha un numero di righe diverso ({tables})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="171"/>
        <source>The converted copy of {journal} failed its check: {problem}.</source>
        <translation>La copia convertita di {journal} non ha superato il controllo: {problem}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/encryption.py" line="175"/>
        <source>Nothing was changed. Run &apos;partnerbook check&apos;.</source>
        <translation>Non è stato modificato nulla. Esegui &apos;partnerbook check&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="40"/>
        <source>Cannot write {target}: {detail}.</source>
        <translation>Impossibile scrivere {target}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="42"/>
        <source>Choose a folder you may write to, with some free space.</source>
        <translation>Scegli una cartella in cui puoi scrivere e con un po&apos; di spazio libero.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="54"/>
        <source>&apos;{target}&apos; is a folder.</source>
        <translation>&apos;{target}&apos; è una cartella.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="55"/>
        <source>Give a file name, e.g. {example}</source>
        <translation>Indica un nome di file, per esempio {example}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="61"/>
        <source>That is the journal itself (or one of its files).</source>
        <translation>Questo è il diario stesso (o uno dei suoi file).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/files.py" line="62"/>
        <source>Give another file name, e.g. {example}.</source>
        <translation>Indica un altro nome di file, per esempio {example}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="92"/>
        <source>Only a promise can be broken.</source>
        <translation>Solo una promessa può essere infranta.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="102"/>
        <source>A snooze needs a moment with a time zone.</source>
        <translation>Per posticipare serve un momento con il fuso orario.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="142"/>
        <source>&apos;{rule}&apos; is not a repeat rule PartnerBook understands.</source>
        <translation>&apos;{rule}&apos; non è una regola di ripetizione che PartnerBook capisca.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="152"/>
        <source>Repeat every 1 to 365 days, weeks or months.</source>
        <translation>Ripeti ogni 1-365 giorni, settimane o mesi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/follow_ups.py" line="159"/>
        <location filename="../../partnerbook/services/interaction_editing.py" line="260"/>
        <source>That entry is not a follow-up or a promise.</source>
        <translation>Quella voce non è un follow-up né una promessa.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="105"/>
        <source>{path} is {size} MB; PartnerBook reads contact files up to {limit} MB.</source>
        <translation>{path} è di {size} MB; PartnerBook legge file di contatti fino a {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="110"/>
        <source>Split the export into smaller files.</source>
        <translation>Dividi l&apos;esportazione in file più piccoli.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="115"/>
        <source>There is no file {path}.</source>
        <translation>Non esiste il file {path}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="115"/>
        <source>Check the path.</source>
        <translation>Controlla il percorso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="119"/>
        <location filename="../../partnerbook/store/migrate.py" line="120"/>
        <source>Cannot read {path}: {detail}.</source>
        <translation>Impossibile leggere {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="120"/>
        <source>Check that the file is there and that you may read it.</source>
        <translation>Controlla che il file ci sia e che tu possa leggerlo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="134"/>
        <source>PartnerBook cannot tell what kind of file this is: not a vCard, a JSON archive, or a Google, LinkedIn, Outlook or Thunderbird CSV export.</source>
        <translation>PartnerBook non riesce a capire che tipo di file sia: non è una vCard, un archivio JSON, né un&apos;esportazione CSV di Google, LinkedIn, Outlook o Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="139"/>
        <source>Say which with --format (vcard, google-csv, linkedin-csv, outlook-csv, thunderbird-csv, json).</source>
        <translation>Indicalo con --format (vcard, google-csv, linkedin-csv, outlook-csv, thunderbird-csv, json).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="145"/>
        <source>A JSON archive is imported as a whole journal, not as contacts.</source>
        <translation>Un archivio JSON si importa come diario intero, non come contatti.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="655"/>
        <source>That import is no longer in the journal.</source>
        <translation>Quell&apos;importazione non è più nel diario.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="91"/>
        <source>The notes are {size} MB; a note can hold up to 1 MB.</source>
        <translation>Le note sono di {size} MB; una nota può contenere al massimo 1 MB.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="94"/>
        <source>Split them, or keep the long document as a file and note where it is.</source>
        <translation>Dividile, oppure tieni il documento lungo come file e annota dove si trova.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="101"/>
        <source>When it happened: not a date and time.</source>
        <translation>Quando è successo: non è una data e un&apos;ora.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="108"/>
        <source>Topics: at most {limit}, one per line.</source>
        <translation>Argomenti: al massimo {limit}, uno per riga.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="130"/>
        <source>That entry is not a note of a meeting, call or message.</source>
        <translation>Quella voce non è una nota di un incontro, una chiamata o un messaggio.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="219"/>
        <source>Say what is to be done.</source>
        <translation>Di&apos; che cosa c&apos;è da fare.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="219"/>
        <source>Type it, then press Add.</source>
        <translation>Scrivilo, poi premi Aggiungi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="223"/>
        <source>A follow-up needs a date.</source>
        <translation>Un follow-up ha bisogno di una data.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="223"/>
        <source>Type when, e.g. &apos;next tuesday&apos;.</source>
        <translation>Scrivi quando, per esempio &apos;martedì prossimo&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/interaction_editing.py" line="227"/>
        <source>Only a dated follow-up can repeat.</source>
        <translation>Solo un follow-up con una data può ripetersi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="51"/>
        <source>Value: &apos;{text}&apos; is not a number.</source>
        <translation>Valore: &apos;{text}&apos; non è un numero.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="54"/>
        <source>Value: between 0 and a trillion.</source>
        <translation>Valore: tra 0 e mille miliardi.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="63"/>
        <source>Currency: &apos;{text}&apos; is not a three-letter code such as EUR or VND.</source>
        <translation>Valuta: &apos;{text}&apos; non è un codice di tre lettere come EUR o VND.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="77"/>
        <source>Say what was given or received.</source>
        <translation>Di&apos; che cosa è stato dato o ricevuto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="77"/>
        <source>e.g. &apos;Intro to their CFO&apos;.</source>
        <translation>per esempio &apos;Presentazione al loro CFO&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="80"/>
        <source>When: not a date and time.</source>
        <translation>Quando: non è una data e un&apos;ora.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/ledger.py" line="124"/>
        <location filename="../../partnerbook/services/ledger.py" line="151"/>
        <source>That entry is not a give &amp; take item.</source>
        <translation>Quella voce non è una voce di dare e avere.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="60"/>
        <source>Use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</source>
        <translation>Usa gli strumenti di backup del server stesso (per PostgreSQL: pg_dump).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="87"/>
        <source>There is no journal at {journal} to back up.</source>
        <translation>Non c&apos;è nessun diario di cui fare il backup in {journal}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="95"/>
        <source>The backup cannot overwrite the journal itself.</source>
        <translation>Il backup non può sovrascrivere il diario stesso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="96"/>
        <source>Choose another file.</source>
        <translation>Scegli un altro file.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="107"/>
        <source>There is no file {backup}.</source>
        <translation>Non esiste il file {backup}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="108"/>
        <location filename="../../partnerbook/services/maintenance.py" line="113"/>
        <source>Give the path of a backup file.</source>
        <translation>Indica il percorso di un file di backup.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="112"/>
        <source>That file is the journal itself.</source>
        <translation>Quel file è il diario stesso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="118"/>
        <source>{backup} is not a PartnerBook backup.</source>
        <translation>{backup} non è un backup di PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="120"/>
        <source>Give a file made by &apos;partnerbook backup&apos; or found in the backups folder. Nothing was changed.</source>
        <translation>Indica un file creato da &apos;partnerbook backup&apos; o presente nella cartella dei backup. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="128"/>
        <source>{backup} is damaged: {problem}</source>
        <translation>{backup} è danneggiato: {problem}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="129"/>
        <source>Choose another backup. Nothing was changed.</source>
        <translation>Scegli un altro backup. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="134"/>
        <source>Close the window, then restore again. Nothing was changed.</source>
        <translation>Chiudi la finestra, poi ripristina di nuovo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="182"/>
        <source>The damaged journal could not be moved aside to {target}: {detail}.</source>
        <translation>Non è stato possibile spostare il diario danneggiato in {target}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/maintenance.py" line="187"/>
        <source>Check that the backups folder beside the journal is writable. Nothing was restored.</source>
        <translation>Controlla che la cartella dei backup accanto al diario sia scrivibile. Non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="72"/>
        <source>{listing}
  … and {more} more</source>
        <translation>{listing}
  … e altri {more}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="76"/>
        <source>&apos;{query}&apos; matches more than one person:
{listing}</source>
        <translation>&apos;{query}&apos; corrisponde a più di una persona:
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="80"/>
        <source>&apos;{query}&apos; matches more than one partner:
{listing}</source>
        <translation>&apos;{query}&apos; corrisponde a più di un partner:
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="84"/>
        <source>&apos;{query}&apos; matches more than one {what}:
{listing}</source>
        <translation>&apos;{query}&apos; corrisponde a più di un elemento ({what}):
{listing}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/names.py" line="91"/>
        <source>Type more of the name to pick one, or give the number shown, e.g. --with &apos;#12&apos;.</source>
        <translation>Scrivi un po&apos; di più del nome per sceglierne uno, oppure indica il numero mostrato, per esempio --with &apos;#12&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="96"/>
        <source>&apos;{value}&apos; is not an email address.</source>
        <translation>&apos;{value}&apos; non è un indirizzo email.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="97"/>
        <source>It should look like name@example.com.</source>
        <translation>Dovrebbe essere del tipo nome@example.com.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="101"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&apos;{value}&apos; non è un numero di telefono.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="102"/>
        <source>Use digits, spaces and + ( ) -.</source>
        <translation>Usa cifre, spazi e + ( ) -.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="345"/>
        <source>Nobody introduces themselves.</source>
        <translation>Nessuno presenta se stesso.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/people.py" line="346"/>
        <source>Pick the person who introduced them.</source>
        <translation>Scegli la persona che ve li ha presentati.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="65"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; non è un numero.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="68"/>
        <source>&apos;{text}&apos; is not a figure a KPI can have.</source>
        <translation>&apos;{text}&apos; non è un valore che un KPI possa avere.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="111"/>
        <source>That entry is not a partner review.</source>
        <translation>Quella voce non è una revisione di un partner.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="131"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di cominciare.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/reviews.py" line="134"/>
        <source>At most {limit} KPIs in one review.</source>
        <translation>Al massimo {limit} KPI in una revisione.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/search.py" line="276"/>
        <source>Search is not available on this kind of database yet.</source>
        <translation>La ricerca non è ancora disponibile su questo tipo di database.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/search.py" line="277"/>
        <source>Use a journal file, or search from a journal file copy.</source>
        <translation>Usa un file di diario, oppure cerca in una copia del file di diario.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/timeline.py" line="136"/>
        <source>A timeline page holds 1 to {most} entries (got {limit}).</source>
        <translation>Una pagina della cronologia contiene da 1 a {most} voci (ricevuto {limit}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="61"/>
        <source>Cannot read {source} to back it up: {error}.</source>
        <translation>Impossibile leggere {source} per farne il backup: {error}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="78"/>
        <source>Backing up {source} took longer than {timeout} s and was stopped.</source>
        <translation>Il backup di {source} ha richiesto più di {timeout} s ed è stato interrotto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="82"/>
        <source>Another program kept the journal busy. Try again in a moment.</source>
        <translation>Un altro programma ha tenuto occupato il diario. Riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="89"/>
        <source>The journal {source} could not be read completely: {error}.</source>
        <translation>Non è stato possibile leggere per intero il diario {source}: {error}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="93"/>
        <source>Run &apos;partnerbook check&apos; and restore the latest good backup.</source>
        <translation>Esegui &apos;partnerbook check&apos; e ripristina l&apos;ultimo backup integro.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="107"/>
        <source>The backup of {source} failed its check: {problem}</source>
        <translation>Il backup di {source} non ha superato il controllo: {problem}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="111"/>
        <source>The journal may be damaged: run &apos;partnerbook check&apos;.</source>
        <translation>Il diario potrebbe essere danneggiato: esegui &apos;partnerbook check&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="133"/>
        <source>cannot be read as a database ({error})</source>
        <translation>non può essere letto come database ({error})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="136"/>
        <source>it is not a PartnerBook journal</source>
        <translation>non è un diario di PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="261"/>
        <source>The disk is full; {path} could not be written.</source>
        <translation>Il disco è pieno; non è stato possibile scrivere {path}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="262"/>
        <source>Free some space and try again. The journal itself was not changed.</source>
        <translation>Libera un po&apos; di spazio e riprova. Il diario non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="266"/>
        <source>{path} cannot be written (read-only or permission denied).</source>
        <translation>Impossibile scrivere {path} (sola lettura o permesso negato).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="267"/>
        <source>Choose a folder you may write to.</source>
        <translation>Scegli una cartella in cui puoi scrivere.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/backup.py" line="269"/>
        <source>Writing {path} failed: {error}.</source>
        <translation>Scrittura di {path} non riuscita: {error}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/check.py" line="60"/>
        <location filename="../../partnerbook/store/migrate.py" line="230"/>
        <source>There is no journal at {path}.</source>
        <translation>Non c&apos;è nessun diario in {path}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/check.py" line="61"/>
        <source>Check the path given to --db or PARTNERBOOK_DATABASE_URL.</source>
        <translation>Controlla il percorso dato a --db o a PARTNERBOOK_DATABASE_URL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="50"/>
        <source>Encryption needs the optional package: pip install &apos;partnerbook[encryption]&apos;</source>
        <translation>La cifratura richiede il pacchetto opzionale: pip install &apos;partnerbook[encryption]&apos;</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="52"/>
        <source>The passphrase does not open this journal.</source>
        <translation>La passphrase non apre questo diario.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="76"/>
        <source>The passphrase is empty.</source>
        <translation>La passphrase è vuota.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="76"/>
        <source>Type a passphrase.</source>
        <translation>Scrivi una passphrase.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="79"/>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Una passphrase non può contenere il carattere NUL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="117"/>
        <source>Encryption needs the optional package: pip install &apos;partnerbook[encryption]&apos;.</source>
        <translation>La cifratura richiede il pacchetto opzionale: pip install &apos;partnerbook[encryption]&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/cipher.py" line="220"/>
        <source>Try again; the journal was not changed.</source>
        <translation>Riprova; il diario non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="71"/>
        <source>The database location is empty.</source>
        <translation>La posizione del database è vuota.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="71"/>
        <source>Give a file path or a URL.</source>
        <translation>Indica un percorso di file o un URL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="78"/>
        <source>&apos;{text}&apos; is not a database URL.</source>
        <translation>&apos;{text}&apos; non è un URL di database.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="80"/>
        <source>Use a file path, or a URL such as sqlite:///path/journal.sqlite or postgresql://user@host/partnerbook.</source>
        <translation>Usa un percorso di file, oppure un URL come sqlite:///path/journal.sqlite o postgresql://user@host/partnerbook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="88"/>
        <source>An in-memory journal would be lost on exit.</source>
        <translation>Un diario in memoria andrebbe perso all&apos;uscita.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="89"/>
        <source>Give a file.</source>
        <translation>Indica un file.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="98"/>
        <source>&apos;{path}&apos; is a folder, not a journal file.</source>
        <translation>&apos;{path}&apos; è una cartella, non un file di diario.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="100"/>
        <source>Give the path of a journal file, e.g. {example}</source>
        <translation>Indica il percorso di un file di diario, per esempio {example}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="115"/>
        <source>&apos;{drivername}&apos; is not a kind of database PartnerBook can use.</source>
        <translation>&apos;{drivername}&apos; non è un tipo di database che PartnerBook può usare.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="118"/>
        <source>Give a journal file, or a URL such as postgresql://user@host/partnerbook.</source>
        <translation>Indica un file di diario, oppure un URL come postgresql://user@host/partnerbook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="125"/>
        <source>The driver for {kind} databases is not installed ({detail}).</source>
        <translation>Il driver per i database {kind} non è installato ({detail}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="129"/>
        <source>Install it, e.g. pip install &apos;psycopg[binary]&apos; for PostgreSQL.</source>
        <translation>Installalo, per esempio pip install &apos;psycopg[binary]&apos; per PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="394"/>
        <source>This was changed in another window or program meanwhile; your change was not saved.</source>
        <translation>Nel frattempo è stato modificato in un&apos;altra finestra o in un altro programma; la tua modifica non è stata salvata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="398"/>
        <source>Look at it again (it now shows the other change), then make your change again.</source>
        <translation>Guardalo di nuovo (ora mostra l&apos;altra modifica), poi rifai la tua modifica.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="440"/>
        <source>The disk holding {where} is full; nothing was saved.</source>
        <translation>Il disco che contiene {where} è pieno; non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="441"/>
        <source>Free some space, then try again. What was saved before is safe.</source>
        <translation>Libera un po&apos; di spazio e riprova. Quello che era già salvato è al sicuro.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="446"/>
        <source>The journal {where} is read-only; nothing was saved.</source>
        <translation>Il diario {where} è di sola lettura; non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="448"/>
        <source>Check the permissions of the file and its folder, or move it somewhere writable.</source>
        <translation>Controlla i permessi del file e della sua cartella, oppure spostalo in un posto scrivibile.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="454"/>
        <source>The journal {where} cannot be opened.</source>
        <translation>Impossibile aprire il diario {where}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="456"/>
        <source>Check that the drive is connected and that you may read and write the folder.</source>
        <translation>Controlla che l&apos;unità sia collegata e che tu possa leggere e scrivere nella cartella.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="463"/>
        <source>The journal {where} stayed busy for too long; nothing was saved.</source>
        <translation>Il diario {where} è rimasto occupato troppo a lungo; non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="465"/>
        <source>Another program is writing to it. Try again in a moment.</source>
        <translation>Un altro programma ci sta scrivendo. Riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="471"/>
        <source>Reading or writing {where} failed (disk I/O error); nothing was saved.</source>
        <translation>Lettura o scrittura di {where} non riuscita (errore di I/O del disco); non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="474"/>
        <source>Check the drive, then run &apos;partnerbook check&apos;.</source>
        <translation>Controlla l&apos;unità, poi esegui &apos;partnerbook check&apos;.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/engine.py" line="484"/>
        <source>The database {where} refused the operation: {error}</source>
        <translation>Il database {where} ha rifiutato l&apos;operazione: {error}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="45"/>
        <source>Cannot create the lock file {path}: {detail}.</source>
        <translation>Impossibile creare il file di blocco {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="49"/>
        <source>Check that you may write to the journal&apos;s folder.</source>
        <translation>Controlla di poter scrivere nella cartella del diario.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="54"/>
        <source>This journal is already open in another PartnerBook window.</source>
        <translation>Questo diario è già aperto in un&apos;altra finestra di PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/lock.py" line="55"/>
        <source>Switch to that window, or close it first.</source>
        <translation>Passa a quella finestra, oppure chiudila prima.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="121"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Controlla che il file esista e che tu possa leggerlo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="166"/>
        <source>give its passphrase (run the command in a terminal, or set {variable} for a script)</source>
        <translation>indica la sua passphrase (esegui il comando in un terminale, oppure imposta {variable} per uno script)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="175"/>
        <location filename="../../partnerbook/store/migrate.py" line="182"/>
        <source>{where} is not a PartnerBook journal (it is not a database file).</source>
        <translation>{where} non è un diario di PartnerBook (non è un file di database).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="177"/>
        <source>If it is an encrypted journal: {how}. The file was not changed.</source>
        <translation>Se è un diario cifrato: {how}. Il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="185"/>
        <source>Check the path given to --db or PARTNERBOOK_DATABASE_URL. The file was not changed.</source>
        <translation>Controlla il percorso dato a --db o a PARTNERBOOK_DATABASE_URL. Il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="191"/>
        <source>its structure cannot be read</source>
        <translation>la sua struttura non si può leggere</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="196"/>
        <source>{where} is a database of another application, not a PartnerBook journal.</source>
        <translation>{where} è il database di un&apos;altra applicazione, non un diario di PartnerBook.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="200"/>
        <source>Give the path of a PartnerBook journal, or a new file name to start one. The file was not changed.</source>
        <translation>Indica il percorso di un diario di PartnerBook, o un nuovo nome di file per iniziarne uno. Il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="211"/>
        <source>{where} was written by a newer version of PartnerBook (schema {revision}).</source>
        <translation>{where} è stato scritto da una versione più recente di PartnerBook (schema {revision}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="215"/>
        <source>Update PartnerBook to open it. The file was not changed.</source>
        <translation>Aggiorna PartnerBook per aprirlo. Il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="232"/>
        <source>Check the path, or run &apos;partnerbook demo&apos; to create a sample journal.</source>
        <translation>Controlla il percorso, oppure esegui &apos;partnerbook demo&apos; per creare un diario di esempio.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="289"/>
        <source>Cannot create the folder {parent}: {detail}.</source>
        <translation>Impossibile creare la cartella {parent}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="293"/>
        <source>Choose a journal location you may write to (--db).</source>
        <translation>Scegli una posizione per il diario in cui puoi scrivere (--db).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="300"/>
        <source>Cannot create the journal {path}: {detail}.</source>
        <translation>Impossibile creare il diario {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/store/migrate.py" line="305"/>
        <source>Check that you may write to the folder, or choose another location (--db).</source>
        <translation>Controlla di poter scrivere nella cartella, oppure scegli un&apos;altra posizione (--db).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="82"/>
        <source>Restore the latest good backup with &apos;partnerbook restore FILE&apos; (backups are in the folder beside the journal). The journal was not changed.</source>
        <translation>Ripristina l&apos;ultimo backup integro con &apos;partnerbook restore FILE&apos; (i backup sono nella cartella accanto al diario). Il diario non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="89"/>
        <source>The journal {path} is damaged: {detail}.</source>
        <translation>Il diario {path} è danneggiato: {detail}.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/errors.py" line="90"/>
        <source>The journal {path} is damaged.</source>
        <translation>Il diario {path} è danneggiato.</translation>
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
        <translation>Nota rapida</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="103"/>
        <source>What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday</source>
        <translation>Cosa vi siete detti? es. caffè — le serve un risultato sul KPI del Q1; ricontattare martedì prossimo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="105"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="106"/>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>Enter salva, Shift+Enter va a capo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="115"/>
        <source>What PartnerBook understood</source>
        <translation>Cosa ha capito PartnerBook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="123"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="134"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="128"/>
        <source>When it happened</source>
        <translation>Quando è successo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="129"/>
        <source>now — or yesterday 15:00, last Friday…</source>
        <translation>adesso — o ieri 15:00, venerdì scorso…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="139"/>
        <source>The company, if any</source>
        <translation>L&apos;azienda, se c&apos;è</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="140"/>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="142"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="143"/>
        <source>Follow up on</source>
        <translation>Data del follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="145"/>
        <source>no follow-up — or next tuesday, in 2 weeks…</source>
        <translation>nessun follow-up — o martedì prossimo, tra 2 settimane…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="147"/>
        <source>Follow up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="157"/>
        <source>Enter saves · Shift+Enter new line · Esc keeps the draft</source>
        <translation>Enter salva · Shift+Enter va a capo · Esc conserva la bozza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="160"/>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="161"/>
        <source>Forget this draft</source>
        <translation>Scarta questa bozza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="164"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="211"/>
        <source>follow-up %1 %2</source>
        <translation>follow-up %1 %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="218"/>
        <source>(“%1” is not a date I understand: no follow-up set)</source>
        <translation>(“%1” non è una data che riesco a capire: nessun follow-up impostato)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="255"/>
        <source>The follow-up date is not one I understand: change it or clear it.</source>
        <translation>Non riesco a capire la data del follow-up: modificala o cancellala.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="261"/>
        <source>When it happened is not a date I understand.</source>
        <translation>Non riesco a capire quando è successo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="286"/>
        <source>What you typed stays here, and is kept in %1 until it can be saved.</source>
        <translation>Ciò che hai scritto resta qui ed è conservato in %1 finché non potrà essere salvato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="309"/>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="311"/>
        <source>Saved for %1: %2</source>
        <translation>Salvato per %1: %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="315"/>
        <source>follow-up %1</source>
        <translation>follow-up %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="396"/>
        <source>The journal cannot be written: %1
What you type stays in this window and is kept in %2 until the journal can take it.</source>
        <translation>Impossibile scrivere nel diario: %1
Ciò che scrivi resta in questa finestra ed è conservato in %2 finché il diario non potrà accoglierlo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="405"/>
        <source>The draft could not be kept (%1). Keep this window open.</source>
        <translation>Non è stato possibile conservare la bozza (%1). Tieni aperta questa finestra.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="453"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>La nota non salvata è tornata, come l&apos;avevi lasciata.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="459"/>
        <source>Your unsaved note is back, as you left it. The journal could not be written then, so it was kept in a file of its own; it is in the journal again now.</source>
        <translation>La tua nota non salvata è tornata, come l&apos;avevi lasciata. Allora non era possibile scrivere nel diario, quindi è stata conservata in un file a parte; ora è di nuovo nel diario.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/quick_capture.py" line="467"/>
        <source>Your unsaved note is back, as you left it. The journal still cannot be written, so it stays kept in a file of its own.</source>
        <translation>La tua nota non salvata è tornata, come l&apos;avevi lasciata. Il diario non si può ancora scrivere, quindi resta conservata in un file a parte.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="34"/>
        <source>given name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="35"/>
        <source>family name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="36"/>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="37"/>
        <source>department</source>
        <translation>reparto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="38"/>
        <source>city</source>
        <translation>città</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="39"/>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="40"/>
        <location filename="../../partnerbook/services/import_merge.py" line="41"/>
        <location filename="../../partnerbook/services/import_merge.py" line="42"/>
        <source>birthday</source>
        <translation>compleanno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="43"/>
        <location filename="../../partnerbook/services/import_merge.py" line="44"/>
        <source>how you met</source>
        <translation>come vi siete conosciuti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="45"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="46"/>
        <location filename="../../partnerbook/services/import_merge.py" line="119"/>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="47"/>
        <location filename="../../partnerbook/services/import_merge.py" line="121"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="48"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="102"/>
        <source>an email</source>
        <translation>un&apos;email</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="102"/>
        <source>{count} emails</source>
        <translation>{count} email</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="106"/>
        <source>a phone</source>
        <translation>un telefono</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="106"/>
        <source>{count} phones</source>
        <translation>{count} telefoni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="109"/>
        <source>a link</source>
        <translation>un link</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="109"/>
        <source>{count} links</source>
        <translation>{count} link</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="112"/>
        <source>a tag</source>
        <translation>un&apos;etichetta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="112"/>
        <source>{count} tags</source>
        <translation>{count} etichette</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="123"/>
        <source>its contact id (to know them next time)</source>
        <translation>l&apos;ID del contatto (per riconoscerlo la prossima volta)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="126"/>
        <source>nothing new</source>
        <translation>niente di nuovo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="127"/>
        <source>adds {what}</source>
        <translation>aggiunge {what}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/import_merge.py" line="127"/>
        <source>{earlier}, {later}</source>
        <translation>{earlier}, {later}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="170"/>
        <source>The contact has no name.</source>
        <translation>Il contatto non ha un nome.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="301"/>
        <source>the same contact id</source>
        <translation>lo stesso ID contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="305"/>
        <source>the same email ({email})</source>
        <translation>la stessa email ({email})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="309"/>
        <source>the same phone ({phone})</source>
        <translation>lo stesso telefono ({phone})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="313"/>
        <source>the same LinkedIn profile</source>
        <translation>lo stesso profilo LinkedIn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="316"/>
        <source>the same name and partner</source>
        <translation>stesso nome e stesso partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="351"/>
        <source>{name} (record {record})</source>
        <translation>{name} (record {record})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="361"/>
        <source>new person</source>
        <translation>nuova persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/services/importing.py" line="376"/>
        <source>{person}: {why}; {adds}</source>
        <translation>{person}: {why}; {adds}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="41"/>
        <source>January</source>
        <translation>gennaio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="42"/>
        <source>February</source>
        <translation>febbraio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="43"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="44"/>
        <source>April</source>
        <translation>aprile</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="45"/>
        <source>May</source>
        <translation>maggio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="46"/>
        <source>June</source>
        <translation>giugno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="47"/>
        <source>July</source>
        <translation>luglio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="48"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="49"/>
        <source>September</source>
        <translation>settembre</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="50"/>
        <source>October</source>
        <translation>ottobre</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="51"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="52"/>
        <source>December</source>
        <translation>dicembre</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="118"/>
        <source>could be {day} {month} or {other_month} {other_day}; write it as YYYY-MM-DD</source>
        <translation>potrebbe essere il {day} {month} o il {other_day} {other_month}; scrivila come AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="135"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="138"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="141"/>
        <location filename="../../partnerbook/interop/csv_dates.py" line="163"/>
        <source>is not a date</source>
        <translation>non è una data valida</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="159"/>
        <source>has a year that cannot be right</source>
        <translation>ha un anno impossibile</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_dates.py" line="190"/>
        <source>has no year</source>
        <translation>non ha l&apos;anno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="25"/>
        <source>This file is not a contacts export PartnerBook knows (Google, LinkedIn, Outlook, Thunderbird); use --format to say which program wrote it.</source>
        <translation>Questo file non è un&apos;esportazione di contatti che PartnerBook conosce (Google, LinkedIn, Outlook, Thunderbird); usa --format per dire quale programma l&apos;ha scritto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="75"/>
        <location filename="../../partnerbook/interop/csv_records.py" line="78"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Il file è vuoto: non c&apos;è niente da importare.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_detect.py" line="77"/>
        <source>This is a vCard file, not a CSV: import it as vCard (--format vcard).</source>
        <translation>Questo è un file vCard, non un CSV: importalo come vCard (--format vcard).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="87"/>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="129"/>
        <source>the birthday &apos;{value}&apos; {reason}</source>
        <translation>il compleanno &apos;{value}&apos; {reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="178"/>
        <source>a Google Contacts CSV</source>
        <translation>un CSV di Google Contatti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_google.py" line="182"/>
        <source>no row near the top names Google&apos;s columns (First Name, Last Name, Labels…). Export it again from contacts.google.com (Export → Google CSV), or use --format to say which program wrote it.</source>
        <translation>nessuna riga in cima riporta le colonne di Google (First Name, Last Name, Labels…). Esportalo di nuovo da contacts.google.com (Esporta → CSV Google), oppure usa --format per dire quale programma l&apos;ha scritto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="49"/>
        <source>the date connected &apos;{value}&apos; {reason}</source>
        <translation>la data di collegamento &apos;{value}&apos; {reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="78"/>
        <source>a LinkedIn Connections.csv</source>
        <translation>un Connections.csv di LinkedIn</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_linkedin.py" line="82"/>
        <source>no row near the top has LinkedIn&apos;s columns (First Name, Last Name, URL, Company, Position, Connected On). Use Connections.csv from LinkedIn&apos;s data export (Settings → Data privacy → Get a copy of your data), or use --format to say which program wrote it.</source>
        <translation>nessuna riga in cima ha le colonne di LinkedIn (First Name, Last Name, URL, Company, Position, Connected On). Usa Connections.csv dall&apos;esportazione dei dati di LinkedIn (Impostazioni → Privacy dei dati → Ottieni una copia dei tuoi dati), oppure usa --format per dire quale programma l&apos;ha scritto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="196"/>
        <source>an Outlook contacts CSV</source>
        <translation>un CSV dei contatti di Outlook</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_outlook.py" line="200"/>
        <source>no row near the top names Outlook&apos;s columns (First Name, Last Name, E-mail Address…, or their German or Italian names). Export it again from Outlook (File → Open &amp; Export → Import/Export → Export to a file → Comma Separated Values), or use --format to say which program wrote it.</source>
        <translation>nessuna riga in cima riporta le colonne di Outlook (First Name, Last Name, E-mail Address…, o i loro nomi tedeschi o italiani). Esportalo di nuovo da Outlook (File → Apri ed esporta → Importa/Esporta → Esporta in un file → Valori separati da virgola), oppure usa --format per dire quale programma l&apos;ha scritto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="82"/>
        <source>This is not {kind}: {hint}</source>
        <translation>Questo non è {kind}: {hint}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="87"/>
        <source>The file could not be read ({problem}).</source>
        <translation>Non è stato possibile leggere il file ({problem}).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="108"/>
        <source>a quote in it is never closed, so that cell ends with its line</source>
        <translation>contiene una virgoletta mai chiusa, quindi quella cella finisce con la riga</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="116"/>
        <source>it has no name, organisation, email or phone to know the person by</source>
        <translation>non ha nome, organizzazione, email o telefono da cui riconoscere la persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="120"/>
        <source>it could not be read ({problem})</source>
        <translation>non è stato possibile leggerla ({problem})</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="123"/>
        <source>one cell past the last column was left out</source>
        <translation>una cella oltre l&apos;ultima colonna è stata tralasciata</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="125"/>
        <source>{count} cells past the last column were left out</source>
        <translation>{count} celle oltre l&apos;ultima colonna sono state tralasciate</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="130"/>
        <source>the rest was read</source>
        <translation>il resto è stato letto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="132"/>
        <source>the row was skipped</source>
        <translation>la riga è stata saltata</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_records.py" line="158"/>
        <source>an unexpected {error}; please report it</source>
        <translation>un {error} imprevisto; per favore segnalalo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="94"/>
        <source>the birthday &apos;{value}&apos; (year-month-day) is not a date</source>
        <translation>il compleanno &apos;{value}&apos; (anno-mese-giorno) non è una data valida</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="100"/>
        <source>the birthday &apos;{value}&apos; (year-month-day) {reason}</source>
        <translation>il compleanno &apos;{value}&apos; (anno-mese-giorno) {reason}</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="118"/>
        <source>a Thunderbird address book CSV</source>
        <translation>un CSV della rubrica di Thunderbird</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/csv_thunderbird.py" line="122"/>
        <source>no row near the top names Thunderbird&apos;s columns (First Name, Last Name, Display Name, Primary Email…; translated headers are not read). Export it again from Thunderbird&apos;s Address Book in English, or use --format to say which program wrote it.</source>
        <translation>nessuna riga in cima riporta le colonne di Thunderbird (First Name, Last Name, Display Name, Primary Email…; le intestazioni tradotte non vengono lette). Esportalo di nuovo dalla Rubrica di Thunderbird in inglese, oppure usa --format per dire quale programma l&apos;ha scritto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_prepare.py" line="195"/>
        <source>It ends without END:VCARD: the file looks cut short, so this contact was left out. Export the contacts again.</source>
        <translation>Finisce senza END:VCARD: il file sembra troncato, quindi questo contatto è stato tralasciato. Esporta di nuovo i contatti.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="46"/>
        <source>This file holds no vCard (no BEGIN:VCARD line). Is it a .vcf file?</source>
        <translation>Questo file non contiene alcuna vCard (nessuna riga BEGIN:VCARD). È un file .vcf?</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="48"/>
        <source>This contact has no name, email or phone, so there is nothing to call it by; it was left out.</source>
        <translation>Questo contatto non ha nome, email né telefono, quindi non c&apos;è modo di chiamarlo; è stato tralasciato.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="51"/>
        <source>This contact could not be read because of an unexpected problem in PartnerBook; it was left out. Please report it.</source>
        <translation>Non è stato possibile leggere questo contatto per un problema imprevisto di PartnerBook; è stato tralasciato. Per favore segnalalo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/interop/vcard_read.py" line="187"/>
        <source>The birthday &apos;{value}&apos; is not a date; the rest was read</source>
        <translation>Il compleanno &apos;{value}&apos; non è una data valida; il resto è stato letto</translation>
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
        <translation>Promemoria</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="28"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="30"/>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="31"/>
        <source>Remind me tomorrow morning</source>
        <translation>Ricordamelo domani mattina</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="36"/>
        <source>Close the reminder</source>
        <translation>Chiudi il promemoria</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="53"/>
        <source>Follow up now: %1</source>
        <translation>Follow-up da fare ora: %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/reminder_banner.py" line="55"/>
        <source>(and %1 more)</source>
        <translation>(e altri %1)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="61"/>
        <source>Review of %1</source>
        <translation>Revisione di %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="70"/>
        <source>Rhythm</source>
        <translation>Periodicità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="73"/>
        <source>Period from</source>
        <translation>Inizio del periodo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="74"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="74"/>
        <source>Period to</source>
        <translation>Fine del periodo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="80"/>
        <source>Period</source>
        <translation>Periodo</translation>
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
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Actual</source>
        <translation>Effettivo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="86"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="97"/>
        <source>Add a KPI</source>
        <translation>Aggiungi un KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="100"/>
        <source>Remove the KPI</source>
        <translation>Rimuovi il KPI</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="108"/>
        <source>How the period went</source>
        <translation>Com&apos;è andato il periodo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="112"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="110"/>
        <source>What happens next, and who does it</source>
        <translation>Cosa succede ora, e chi se ne occupa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="110"/>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="114"/>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="187"/>
        <source>Give the period&apos;s first and last day.</source>
        <translation>Indica il primo e l&apos;ultimo giorno del periodo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/dialogs/review_dialog.py" line="228"/>
        <source>Save a review</source>
        <translation>Salva una revisione</translation>
    </message>
</context>
<context>
    <name>SatelliteEditor</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="177"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="178"/>
        <source>Remove this item</source>
        <translation>Rimuovi questo elemento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Add a Motivation</source>
        <translation>Aggiungi una motivazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="249"/>
        <source>Remove a Motivation</source>
        <translation>Rimuovi una motivazione</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="251"/>
        <source>Add a Personal Detail</source>
        <translation>Aggiungi un dettaglio personale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="252"/>
        <source>Remove a Personal Detail</source>
        <translation>Rimuovi un dettaglio personale</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Add a Contact</source>
        <translation>Aggiungi un contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="254"/>
        <source>Remove a Contact</source>
        <translation>Rimuovi un contatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="255"/>
        <source>Add a Benefit</source>
        <translation>Aggiungi un beneficio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="255"/>
        <source>Remove a Benefit</source>
        <translation>Rimuovi un beneficio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="257"/>
        <source>Add a Row</source>
        <translation>Aggiungi una riga</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/satellites.py" line="257"/>
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
        <location filename="../../partnerbook/ui/views/search_view.py" line="183"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="185"/>
        <source>Search names and notes — no accents needed: nguyen, kpi q1, 合作</source>
        <translation>Cerca nomi e note, senza bisogno di accenti: nguyen, kpi q1, 合作</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="204"/>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="315"/>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="338"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="339"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="340"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="355"/>
        <source>Search everything in the journal: people, partners and every note.

Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note (“q1 kpi”), a city or a partner. Case and accents do not matter, and Chinese works as written (合作).

Down moves into the results; Enter opens the first one.</source>
        <translation>Cerca in tutto il diario: persone, partner e ogni nota.

Digita un nome o il suo inizio (“ngu” trova Nguyễn), qualche parola di una nota (“q1 kpi”), una città o un partner. Maiuscole e accenti non contano, e il cinese funziona così come si scrive (合作).

Freccia giù passa ai risultati; Enter apre il primo.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="368"/>
        <source>Nothing found for “%1”.

Try fewer words, or the beginning of a name.</source>
        <translation>Nessun risultato per “%1”.

Prova con meno parole, o con l&apos;inizio di un nome.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/search_view.py" line="388"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/search_view.py" line="392"/>
        <source>The first %1 found; add a word to narrow them</source>
        <translation>I primi %1 risultati; aggiungi una parola per restringere la ricerca</translation>
    </message>
</context>
<context>
    <name>TasksCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="60"/>
        <source>Follow-ups and promises</source>
        <translation>Follow-up e promesse</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="69"/>
        <source>Follow-up or promise</source>
        <translation>Follow-up o promessa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="70"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="122"/>
        <source>Follow up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="74"/>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="75"/>
        <source>What is to be done</source>
        <translation>Cosa c&apos;è da fare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="76"/>
        <source>By when</source>
        <translation>Entro quando</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="77"/>
        <source>by when: next tuesday…</source>
        <translation>entro quando: martedì prossimo…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="79"/>
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="80"/>
        <source>A follow-up can come back on a rhythm</source>
        <translation>Un follow-up può ripetersi a intervalli regolari</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="82"/>
        <source>Once</source>
        <translation>Una volta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="83"/>
        <source>Every week</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="84"/>
        <source>Every 2 weeks</source>
        <translation>Ogni 2 settimane</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="85"/>
        <source>Every month</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="86"/>
        <source>Every 3 months</source>
        <translation>Ogni 3 mesi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="92"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="125"/>
        <source>by %1</source>
        <translation>entro %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="136"/>
        <source>By when: that is not a date I understand.</source>
        <translation>Entro quando: non è una data che riesco a capire.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="162"/>
        <source>Add a follow-up</source>
        <translation>Aggiungi un follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="169"/>
        <source>Added (%1).</source>
        <translation>Aggiunto (%1).</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="169"/>
        <source>Added.</source>
        <translation>Aggiunto.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_tasks.py" line="198"/>
        <source>Tick a follow-up</source>
        <translation>Spunta un follow-up</translation>
    </message>
</context>
<context>
    <name>TimelineDelegateText</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/timeline_delegate.py" line="109"/>
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
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="483"/>
        <source>MMMM yyyy</source>
        <comment>the month band&apos;s date format, in Qt&apos;s codes: zh &apos;yyyy年M月&apos;</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="491"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/models/timeline_model.py" line="493"/>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="356"/>
        <source>Kind of entry</source>
        <translation>Tipo di elemento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="367"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="382"/>
        <source>Nothing here yet: notes and follow-ups with them will appear here.</source>
        <translation>Ancora niente: qui compariranno le note e i follow-up con loro.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="137"/>
        <source>Kind of entry</source>
        <translation>Tipo di elemento</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="144"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="149"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="226"/>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="156"/>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="157"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="162"/>
        <source>Any partner</source>
        <translation>Qualsiasi partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="163"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="170"/>
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
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>From (date)</source>
        <translation>Dal (data)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="182"/>
        <source>From date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="183"/>
        <source>To (date)</source>
        <translation>Al (data)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="183"/>
        <source>To date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="188"/>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="189"/>
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="194"/>
        <source>Timeline message</source>
        <translation>Messaggio della cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="210"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="262"/>
        <source>The end date is before the start date.</source>
        <translation>La data di fine è precedente a quella di inizio.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="303"/>
        <source>Nothing matches these filters.</source>
        <translation>Nessun elemento corrisponde a questi filtri.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="304"/>
        <source>Nothing on the timeline yet. Notes, follow-ups and reviews appear here.</source>
        <translation>Ancora niente nella cronologia. Qui compaiono note, follow-up e revisioni.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="329"/>
        <source>Nothing on or before %1.</source>
        <translation>Nessun elemento fino al %1.</translation>
    </message>
</context>
<context>
    <name>TimelineViewText</name>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="48"/>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="49"/>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="50"/>
        <source>Follow-ups</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="51"/>
        <source>Promises</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="52"/>
        <source>Give &amp; take</source>
        <translation>Dare e avere</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="53"/>
        <source>Reviews</source>
        <translation>Revisioni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="54"/>
        <source>Stage changes</source>
        <translation>Cambi di fase</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="106"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="119"/>
        <source>Promises kept</source>
        <translation>Promesse mantenute</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="125"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="126"/>
        <source>Snooze</source>
        <translation>Posticipa</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="127"/>
        <source>Log a Note</source>
        <translation>Registra una nota</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="128"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="128"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="129"/>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="129"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="154"/>
        <source>Today&apos;s list</source>
        <translation>Elenco di oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="157"/>
        <source>D done, S snooze, L log a note, Enter open, P open the person, Delete dismiss, B a promise broken</source>
        <translation>D fatto, S posticipa, L registra una nota, Enter apri, P apri la persona, Delete ignora, B promessa non mantenuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="180"/>
        <source>Nothing is due today. Log what was said at your last meeting (Ctrl+L), or set a stay-in-touch rhythm on the people who matter.</source>
        <translation>Oggi non c&apos;è nulla in scadenza. Registra cosa vi siete detti all&apos;ultimo incontro (Ctrl+L), oppure imposta una frequenza per restare in contatto con le persone che contano.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="262"/>
        <source>You kept %1 of %2 promises (%3)</source>
        <translation>Promesse mantenute: tu %1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="263"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>loro %1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="291"/>
        <source>Follow-ups due</source>
        <translation>Follow-up in scadenza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="292"/>
        <source>Promises due this week</source>
        <translation>Promesse in scadenza questa settimana</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="293"/>
        <source>Time to get back in touch</source>
        <translation>Da ricontattare</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="294"/>
        <source>Partner reviews due</source>
        <translation>Revisioni dei partner in scadenza</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="295"/>
        <source>Birthdays this week</source>
        <translation>Compleanni di questa settimana</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="304"/>
        <source>(the first %1)</source>
        <translation>(i primi %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="329"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up in scadenza</numerusform>
            <numerusform>%n follow-up in scadenza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="330"/>
        <source>%n promise(s) due this week</source>
        <translation>
            <numerusform>%n promessa in scadenza questa settimana</numerusform>
            <numerusform>%n promesse in scadenza questa settimana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="331"/>
        <source>%n to get back in touch with</source>
        <translation>
            <numerusform>%n da ricontattare</numerusform>
            <numerusform>%n da ricontattare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="332"/>
        <source>%n partner review(s) due</source>
        <translation>
            <numerusform>%n revisione di partner in scadenza</numerusform>
            <numerusform>%n revisioni di partner in scadenza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnerbook/ui/views/today_view.py" line="333"/>
        <source>%n birthday(s) this week</source>
        <translation>
            <numerusform>%n compleanno questa settimana</numerusform>
            <numerusform>%n compleanni questa settimana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="367"/>
        <source>never met yet</source>
        <translation>nessun incontro finora</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="368"/>
        <source>last spoke %1</source>
        <translation>ultimo contatto %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="371"/>
        <location filename="../../partnerbook/ui/views/today_view.py" line="379"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="376"/>
        <source>1 day overdue</source>
        <translation>in ritardo di 1 giorno</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="377"/>
        <source>%1 days overdue</source>
        <translation>in ritardo di %1 giorni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="381"/>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="382"/>
        <source>in %1 days</source>
        <translation>tra %1 giorni</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="427"/>
        <source>Promise kept</source>
        <translation>Promessa mantenuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="429"/>
        <source>Marked done</source>
        <comment>the status line after D</comment>
        <translation>Segnato come fatto</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="440"/>
        <source>Marked as broken</source>
        <translation>Segnata come non mantenuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="448"/>
        <source>Dismissed</source>
        <translation>Ignorato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="454"/>
        <source>Snoozed</source>
        <translation>Posticipato</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="463"/>
        <source>Later today</source>
        <translation>Più tardi oggi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="464"/>
        <source>Tomorrow morning</source>
        <translation>Domani mattina</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="465"/>
        <source>Next week</source>
        <translation>La settimana prossima</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="469"/>
        <source>Pick a date…</source>
        <translation>Scegli una data…</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="479"/>
        <source>Snooze until</source>
        <translation>Posticipa fino a</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="480"/>
        <source>Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)</source>
        <translation>Fino a quando? (es. martedì prossimo, 5 dicembre, tra 2 settimane)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="488"/>
        <source>&apos;%1&apos; is not a date I understand; nothing was snoozed.</source>
        <translation>&apos;%1&apos; non è una data che riesco a capire; non è stato posticipato nulla.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="511"/>
        <source>%1. Ctrl+Z takes it back.</source>
        <translation>%1. Ctrl+Z per annullare.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="563"/>
        <source>Broken</source>
        <translation>Non mantenuta</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="568"/>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/today_view.py" line="567"/>
        <source>them</source>
        <translation>loro</translation>
    </message>
</context>
<context>
    <name>TopicsCard</name>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="36"/>
        <source>Personal topics learned</source>
        <translation>Argomenti personali emersi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="43"/>
        <source>One per line: family, hobbies, what to ask about next time. Offer them to the person&apos;s page to remember them there.</source>
        <translation>Uno per riga: famiglia, hobby, cosa chiedere la prossima volta. Aggiungili alla pagina della persona per ricordarli lì.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="52"/>
        <source>e.g. her daughter starts university in March</source>
        <translation>es. sua figlia inizia l&apos;università a marzo</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="52"/>
        <source>Topics learned</source>
        <translation>Argomenti emersi</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="70"/>
        <source>Add to %1&apos;s details</source>
        <translation>Aggiungi ai dettagli di %1</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="91"/>
        <source>%1&apos;s personal details already hold these.</source>
        <translation>I dettagli personali di %1 li contengono già.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="93"/>
        <source>One topic added to %1&apos;s personal details.</source>
        <translation>Un argomento aggiunto ai dettagli personali di %1.</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/views/interaction_topics.py" line="96"/>
        <source>%1 topics added to %2&apos;s personal details.</source>
        <translation>%1 argomenti aggiunti ai dettagli personali di %2.</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="25"/>
        <source>you have %1 open</source>
        <translation>tu ne hai %1 in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="25"/>
        <source>they have %1 open</source>
        <translation>loro ne hanno %1 in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="29"/>
        <source>no promises from you yet</source>
        <translation>ancora nessuna promessa da parte tua</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="31"/>
        <source>no promises from them yet</source>
        <translation>ancora nessuna promessa da parte loro</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="34"/>
        <source>you kept %1 of %2 (%3)</source>
        <translation>tu ne hai mantenute %1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="36"/>
        <source>they kept %1 of %2 (%3)</source>
        <translation>loro ne hanno mantenute %1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="44"/>
        <source>%1 open</source>
        <translation>%1 in sospeso</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="50"/>
        <source>Promises: %1 · %2</source>
        <translation>Promesse: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="56"/>
        <source>Give &amp; take: you have given %1, received %2</source>
        <translation>Dare e avere: hai dato %1, ricevuto %2</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="62"/>
        <source>referrals: %1 given (%2 won), %3 received</source>
        <translation>segnalazioni — fatte: %1 (a buon fine: %2), ricevute: %3</translation>
    </message>
    <message>
        <location filename="../../partnerbook/ui/widgets/track_record.py" line="69"/>
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
        <location filename="../../partnerbook/ui/views/timeline_view.py" line="93"/>
        <source>Nothing on the timeline yet.</source>
        <translation>Ancora niente nella cronologia.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../partnerbook/ui/views/person_page.py" line="405"/>
        <source>There is no such day; check the date.</source>
        <translation>Questo giorno non esiste; controlla la data.</translation>
    </message>
</context>
</TS>
