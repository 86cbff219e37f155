"""The demo journal in Italian: partners in Milan, Rome, Turin, Bologna, Florence."""

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

IT = Locale(
    code="it",
    languages=("it", "en"),
    weight=14,
    weekend=(5, 6),
    family_first=False,
    spaced=True,
    family=names(
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
        "Conti De_Luca Mancini Costa Fontana Moretti Lombardi Barbieri Caruso D'Angelo"
    ),
    female=names(
        "Giulia Francesca Chiara Sara Martina Alessia Elena Valentina Federica Beatrice Ilaria"
    ),
    male=names(
        "Niccolò Luca Matteo Marco Alessandro Lorenzo Andrea Davide Tommaso Giacomo Riccardo"
    ),
    pronouns=("lui", "lei", "suo", "suo"),
    address=("{given}", "{given}"),
    cities=(
        City(
            "Milan",
            "Milano",
            "Italy",
            1,
            "+39 3dd ddd dddd",
            "EUR",
            ("un bar vicino al Duomo", "un caffè in Brera"),
        ),
        City("Rome", "Roma", "Italy", 1, "+39 3dd ddd dddd", "EUR", ("un bar vicino al Pantheon",)),
        City(
            "Turin",
            "Torino",
            "Italy",
            1,
            "+39 3dd ddd dddd",
            "EUR",
            ("un caffè sotto i portici di via Po",),
        ),
        City(
            "Bologna", "Bologna", "Italy", 1, "+39 3dd ddd dddd", "EUR", ("un bar sotto i portici",)
        ),
        City("Florence", "Firenze", "Italy", 1, "+39 3dd ddd dddd", "EUR"),
    ),
    mail_domain="posta.example",
    cores=names(
        "Lanterna Vela Girasole Cortile Stella_Alpina Tramontana Castagna Borgo_Antico "
        "Maestrale Levante Quercia Gelso Corallo Ginestra"
    ),
    patterns=patterns(
        """
        Agenzia {core} | agenzia | agency
            Agenzia di comunicazione di 15 persone, forte sui social.
        Studio {core} Design | design | designer
            Studio di interior design: incontra i nostri futuri clienti prima di noi.
        {core} Eventi | eventi | event organiser
            Organizza fiere di settore e cene aziendali, una ventina l'anno.
        Impianti {core} S.r.l. | impianti | installer
            Installatori di fotovoltaico; entrano nelle case prima di tutti.
        {core} Comunicazione | comunicazione | agency,media
            Piccola casa editrice con una newsletter per le PMI.
        Cantina {core} | cantina | brand
            Cantina di famiglia con e-commerce; regala bottiglie ai clienti migliori.
        Tipografia {core} | tipografia | supplier
            Tipografia che stampa i nostri materiali per le fiere.
        Location {core} {city} | location | venue,event organiser
            Villa per eventi aziendali, 300 posti.
        """
    ),
    clients=lines(
        """
        Studio dentistico {core}
        {core} Logistica
        {core} Ristrutturazioni
        Ristoranti {core}
        Studio legale {core}
        """
    ),
    places=lines(
        """
        un bar vicino al loro ufficio
        il loro ufficio
        il nostro ufficio
        la hall dell'albergo
        Caffè della Piazza
        una trattoria vicino alla stazione
        """
    ),
    roles=lines(
        """
        Responsabile partnership
        [Direttore|Direttrice] marketing
        Business developer
        [Amministratore delegato|Amministratrice delegata]
        Account manager
        Responsabile commerciale
        Project manager
        """
    ),
    solo_roles=lines(
        """
        Interior designer
        [Fotografo|Fotografa]
        Wedding planner
        Consulente di comunicazione
        """
    ),
    departments=("Marketing", "Commerciale", "Partnership", "Acquisti"),
    how_met=lines(
        """
        Conosciuti alla fiera di Rimini
        Seduti allo stesso tavolo a una cena di settore
        Incontrati a un evento di networking per PMI
        Relatori allo stesso panel sui pagamenti digitali
        Conosciuti all'inaugurazione di un cliente comune
        """
    ),
    introduced="Presentati da {other}",
    motivations=sections(
        """
        [kpi]
        Deve portare 20 nuovi clienti entro giugno
        Il premio dipende dal fatturato dei partner
        [boss_recognition]
        Vuole farsi notare dalla direzione
        Ha bisogno di un successo da presentare al consiglio
        [peer_standing]
        Ci tiene alla reputazione tra i colleghi
        Vorrebbe parlare alla fiera di settore
        [career]
        Punta a diventare [socio|socia] dello studio
        Vuole passare al prodotto
        [learning]
        [Curioso|Curiosa] di nuove tecnologie
        Vuole capire come lavoriamo in Asia
        [comfort]
        Preferisce processi semplici
        Odia i contratti lunghi
        [relationship]
        Ama le chiacchierate davanti a un caffè
        Lavora solo con persone di cui si fida
        [other]
        [Impegnato|Impegnata] nel volontariato
        Cerca una bella storia per il blog aziendale
        """
    ),
    details=sections(
        """
        [family]
        Due figli, il maggiore all'università
        [Sposato con un'architetta|Sposata con un architetto]
        Aspetta un bambino in primavera
        [hobby]
        Corre la maratona di Milano
        [Appassionato|Appassionata] di vela
        Suona il pianoforte
        [ask_next]
        Chiedere della nuova sede
        Chiedere del viaggio in Giappone
        Chiedere come è andata la maturità della figlia
        [food]
        Non beve caffè dopo pranzo
        [Vegetariano|Vegetariana]
        [Celiaco|Celiaca]
        [other]
        Tifa per la squadra di casa: niente riunioni il giorno della partita
        """
    ),
    scopes=lines(
        """
        Segnalazioni reciproche di clienti PMI; due webinar congiunti l'anno.
        Offerta co-brandizzata per i loro clienti, con l'assistenza a carico nostro.
        Rivendono il nostro prodotto ai loro clienti; noi formiamo i loro commerciali.
        Contenuti congiunti: report trimestrale e un panel in fiera.
        """
    ),
    responsibilities=lines(
        """
        Loro inviano i contatti ogni settimana; noi rispondiamo entro 48 ore e riportiamo l'esito.
        Noi scriviamo la campagna e il verbale; loro la inviano alla loro lista.
        Loro mettono location e relatori; noi pubblico e sponsor.
        """
    ),
    terms=lines(
        """
        12 mesi, rinnovo automatico; disdetta con 60 giorni di preavviso.
        Pilota di 6 mesi, poi verifica sugli obiettivi concordati.
        Non esclusivo; ognuno può recedere con 30 giorni di preavviso.
        """
    ),
    revenue=sections(
        """
        [fixed_fee]
        {fee} {cur} per ogni cliente segnalato che firma, pagati mensilmente
        [percentage]
        {pct}% del fatturato del primo anno dei clienti segnalati
        [none]
        Nessun compenso: segnalazioni in entrambe le direzioni
        """
    ),
    fit_notes=sections(
        """
        [complementary_strengths]
        Loro hanno la rete, noi il prodotto: si completano bene.
        Si sovrappongono alla nostra offerta in due segmenti.
        [audience_fit]
        I loro clienti sono proprio le PMI che cerchiamo.
        Clientela soprattutto di grandi aziende; solo una parte va bene.
        [trust]
        Hanno mantenuto ogni promessa, condividono i numeri apertamente.
        Due scadenze saltate lo scorso trimestre, da tenere d'occhio.
        [size_proportion]
        Dimensioni simili; decidono alla nostra stessa velocità.
        Molto più grandi di noi: il lavoro operativo tocca a noi.
        [willingness]
        L'amministratore delegato sostiene la partnership di persona.
        Interesse c'è, ma manca chi gestisce il budget.
        """
    ),
    benefits=benefits(
        """
        [for_them short]
        {q} contatti qualificati nel primo trimestre | contatti | 20 30 50
        {q}% di iscrizioni in più dall'offerta congiunta | % | 10 15 20
        Un caso di studio per le loro presentazioni commerciali
        {q} posti occupati al webinar congiunto | posti | 80 120
        [for_them long]
        {q} nuovi clienti l'anno dal canale installatori | clienti | 100 200 300
        Tempi di attivazione ridotti del {q}% | % | 20 30
        Una seconda fonte di ricavi senza nuove assunzioni
        Accesso a {q} dei nostri clienti aziendali | clienti | 10 20
        [for_us short]
        {q} presentazioni a loro clienti PMI | presentazioni | 10 15
        Un intervento alla loro fiera annuale
        [for_us long]
        {q}% del nuovo fatturato da segnalazioni dei partner | % | 15 20
        Ingresso in un nuovo mercato con un nome di cui ci si fida
        """
    ),
    openers=sections(
        """
        [coffee]
        Caffè con {short} a {place}
        Caffè con {short}
        [meeting]
        Riunione con {org}
        Riunione con {short} e il team
        [call]
        Telefonata con {short}
        Breve telefonata con {short}
        [video]
        Videochiamata con {short}
        [message]
        Messaggi con {short}
        [email]
        Email da {short}
        Scambio di email con {short}
        [event]
        Visto {short} alla fiera
        [Incontrato|Incontrata] {short} a un evento di networking
        [note]
        Nota su {short}
        """
    ),
    topics=lines(
        """
        webinar congiunto in primavera
        numeri delle segnalazioni
        risultati del pilota
        il rinnovo
        il loro nuovo direttore
        budget di co-marketing
        ritardi nell'attivazione
        il panel in fiera
        apertura a Torino
        prezzi per i loro clienti
        """
    ),
    said=lines(
        """
        D'estate poche segnalazioni; {short} si aspetta una ripresa dopo le ferie.
        Il nuovo direttore vuole vedere i numeri prima di aumentare il budget.
        Il pilota è andato bene: 14 clienti attivati, due reclami sulla verifica dell'identità.
        {short} sta assumendo due persone per il team partner.
        A gennaio rivedono tutti i fornitori.
        A {short} è piaciuto il formato del verbale, l'ha girato al capo.
        I loro clienti chiedono spesso la fattura elettronica.
        Il webinar congiunto ha avuto 180 iscritti, 60 presenti.
        Budget bloccato fino al nuovo esercizio.
        Forse l'anno prossimo aprono un ufficio a Torino.
        """
    ),
    wants=lines(
        """
        {short} vuole una pagina di sintesi da mostrare al capo.
        Vogliono un compenso fisso per segnalazione invece della percentuale.
        {short} ha bisogno di due casi cliente per i commerciali.
        Vogliono che ci occupiamo noi della logistica dell'evento.
        {short} vorrebbe conoscere qualcuno del nostro team in Asia.
        Vogliono la landing page congiunta online prima del lancio.
        {short} vorrebbe intervenire alla nostra giornata clienti.
        Serve una formazione per i loro commerciali.
        """
    ),
    next_steps=lines(
        """
        mandare verbale e numeri del pilota entro venerdì
        scrivere la sintesi di una pagina e mandarla lunedì
        fissare una call con il loro ufficio legale
        presentare {short} al nostro responsabile Asia
        preparare due casi cliente
        organizzare la formazione per i loro commerciali
        proporre le date del webinar
        verificare il compenso con l'amministrazione
        """
    ),
    labels={
        "colon": ": ",
        "next": "Prossimi passi",
        "wants": "Cosa vogliono",
        "personal": "Personale",
    },
    follow_ups=lines(
        """
        Mandare la proposta a {short}
        Sentire {short} sul pilota
        Inviare le slide prima della riunione
        Chiedere a {short} i numeri delle segnalazioni
        Mandare a {short} le date del webinar
        Sollecitare {short} sulla bozza di contratto
        Fare i complimenti a {short} per il lancio
        Inviare i casi cliente a {short}
        """
    ),
    promises_me=lines(
        """
        Inviare il verbale entro domani
        Presentare {short} a un fotografo
        Condividere i numeri del pilota con {short}
        Scrivere i testi della landing page congiunta
        Stampare le brochure per il loro evento
        Trovare a {short} uno spazio alla giornata clienti
        """
    ),
    promises_them=lines(
        """
        {short} invia la lista contatti
        {short} conferma il budget
        {short} organizza l'incontro con il direttore
        {short} condivide i numeri delle segnalazioni del trimestre
        {short} manda la bozza di contratto
        {short} prenota la sala per il workshop
        """
    ),
    recurring=sections(
        """
        [FREQ=WEEKLY]
        Aggiornamento settimanale con {org}
        [FREQ=WEEKLY;INTERVAL=2]
        Telefonata ogni due settimane con {short}
        [FREQ=MONTHLY]
        Riunione mensile di strategia con {org}
        [FREQ=MONTHLY;INTERVAL=3]
        Revisione trimestrale con {org}
        """
    ),
    ledger=sections(
        """
        [favour given]
        Rivista la presentazione di {short} prima del consiglio
        Prestato a {short} il nostro stand in fiera
        [favour received]
        {short} ci ha fissato un incontro con l'ufficio acquisti
        {short} ci ha passato la loro checklist per i fornitori
        [introduction given]
        Presentato {short} a {other}
        Messo in contatto {short} con {other} per un'assunzione
        [introduction received]
        {short} ci ha presentato {other}
        [referral given]
        Segnalato {referred} a {org}
        Mandato {referred} da {org} per un preventivo
        [referral received]
        {org} ci ha segnalato {referred}
        Nuovo cliente da {org}: {referred}
        [resource given]
        Mandato a {short} il nostro report sui pagamenti delle PMI
        Dato a {short} il nostro manuale di attivazione
        [resource received]
        {short} ci ha mandato i risultati del loro sondaggio clienti
        [payment given]
        Pagate a {org} le commissioni di segnalazione del trimestre
        [payment received]
        {org} ha pagato la sua quota del webinar
        """
    ),
    kpis=kpis(
        """
        Clienti segnalati | clienti | 8
        Contatti qualificati | contatti | 30
        Fatturato da partner | k€ | 20
        Tasso di conversione | % | 0
        Eventi congiunti | eventi | 1
        Soddisfazione clienti | NPS | 0
        """
    ),
    review_titles={
        "monthly": "Revisione mensile {period}: {headline}",
        "quarterly": "Revisione trimestrale {period}: {headline}",
        "yearly": "Revisione annuale {period}: {headline}",
    },
    period_names={"monthly": "{month} {y}", "quarterly": "Q{q} {y}", "yearly": "{y}"},
    months=(
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    headlines=sections(
        """
        [good]
        sopra l'obiettivo
        più segnalazioni, trimestre forte
        [mixed]
        vicino all'obiettivo, conversione bassa
        stabile, attivazioni ancora lente
        [weak]
        sotto l'obiettivo
        poche segnalazioni, da ripensare
        """
    ),
    review_lines=sections(
        """
        [good]
        Obiettivi quasi tutti raggiunti; segnalazioni costanti e ben convertite.
        Il webinar congiunto ha portato i contatti migliori del periodo.
        [mixed]
        I contatti sono arrivati ma la conversione è sotto il piano; l'attivazione è lenta.
        Tanta attività, meno contratti firmati del previsto.
        [weak]
        Il loro team era preso da una riorganizzazione; poche segnalazioni.
        La nostra offerta non era abbastanza visibile ai loro commerciali.
        """
    ),
    review_next=lines(
        """
        Rifare la formazione ai loro commerciali e mandare una nuova scheda.
        Passare a un compenso fisso per segnalazione dal prossimo trimestre.
        Organizzare un webinar congiunto e alzare del 20% l'obiettivo contatti.
        Call settimanale di 15 minuti sulla pipeline finché la conversione non riparte.
        Festeggiare il traguardo con il loro team e mandare un biglietto di ringraziamento.
        """
    ),
    stage_notes=sections(
        """
        [exploring]
        Primo workshop fatto; entrambi vogliono un piccolo pilota.
        [active]
        Accordo firmato dopo che il pilota ha raggiunto gli obiettivi.
        [dormant]
        Il nostro referente se n'è andato; nessuno da loro segue la partnership.
        [ended]
        Si sono fusi con un nostro concorrente; chiusa in buoni rapporti.
        """
    ),
)
