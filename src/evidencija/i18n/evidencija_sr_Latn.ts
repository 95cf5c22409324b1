<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>Creating the register…</source>
        <translation>Pravljenje evidencije…</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The administrator adds the other users and looks after backups. Choose a long passphrase: a few words are easier to remember than symbols.</source>
        <translation>Administrator dodaje ostale korisnike i brine o rezervnim kopijama. Izaberite dugačku lozinku: nekoliko reči se lakše pamti od simbola.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Ime i prezime:</translation>
    </message>
    <message>
        <source>e.g. ana.petrovic</source>
        <translation>npr. ana.petrovic</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <source>Evidencija — analysis</source>
        <translation>Evidencija — analiza</translation>
    </message>
    <message>
        <source>Organisation&apos;s key and store</source>
        <translation>Ključ organizacije i baza</translation>
    </message>
    <message>
        <source>Identity file:</source>
        <translation>Datoteka identiteta:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izaberi…</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Baza:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Register a centre card…</source>
        <translation>Upiši karticu centra…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Pristigli izvozi</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Pokazatelji</translation>
    </message>
    <message>
        <source>Drop the centres&apos; packages (.age files) or folders here</source>
        <translation>Prevucite ovde pakete centara (.age datoteke) ili fascikle</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dodaj datoteke…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Dodaj fasciklu…</translation>
    </message>
    <message>
        <source>Period (YYYY, YYYY-Qn or YYYY-MM):</source>
        <translation>Period (GGGG, GGGG-Qn ili GGGG-MM):</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>✓ received · ✓ replaced (n versions) · — missing: nothing received for that month · not due: the month is not over yet</source>
        <translation>✓ primljeno · ✓ zamenjeno (n verzija) · — nedostaje: za taj mesec ništa nije primljeno · nije dospelo: mesec još nije završen</translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation>Centar:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>po mesecima</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>po kvartalima</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>po godinama</translation>
    </message>
    <message>
        <source>Report workbook…</source>
        <translation>Izveštaj (radna sveska)…</translation>
    </message>
    <message>
        <source>Dataset (.xlsx)…</source>
        <translation>Skup podataka (.xlsx)…</translation>
    </message>
    <message>
        <source>Dataset (.csv)…</source>
        <translation>Skup podataka (.csv)…</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Svi centri</translation>
    </message>
    <message>
        <source>Registered centres: %1</source>
        <translation>Upisani centri: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s identity file</source>
        <translation>Datoteka identiteta organizacije</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>A centre&apos;s card</source>
        <translation>Kartica centra</translation>
    </message>
    <message>
        <source>Centre card (*.json);;All files (*)</source>
        <translation>Kartica centra (*.json);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Centre %1 (%2) is registered; key fingerprint %3.</source>
        <translation>Centar %1 (%2) je upisan; otisak ključa %3.</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Paketi za uvoz</translation>
    </message>
    <message>
        <source>Packages (*.age *.xlsx);;All files (*)</source>
        <translation>Paketi (*.age *.xlsx);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>A folder of packages</source>
        <translation>Fascikla s paketima</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s identity file first: the packages are encrypted for it.</source>
        <translation>Prvo izaberite datoteku identiteta organizacije: paketi su šifrovani za nju.</translation>
    </message>
    <message>
        <source>No packages were found there.</source>
        <translation>Tu nije pronađen nijedan paket.</translation>
    </message>
    <message>
        <source>Importing %1 file(s)…</source>
        <translation>Uvozi se datoteka: %1…</translation>
    </message>
    <message>
        <source>Nothing imported yet in this window.</source>
        <translation>U ovom prozoru još ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>prihvaćeno</translation>
    </message>
    <message>
        <source>accepted (replaces)</source>
        <translation>prihvaćeno (zamenjuje)</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>već uvezeno</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odbijeno</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ishod</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centar</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mesec</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Redova</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>nije dospelo</translation>
    </message>
    <message>
        <source>the month is not over yet</source>
        <translation>mesec još nije završen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nedostaje</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>uvezeno %1</translation>
    </message>
    <message>
        <source>replaced (%1)</source>
        <translation>zamenjeno (%1)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>primljeno</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Pokazatelj</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Report workbook</source>
        <translation>Izveštaj</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel radna sveska (*.xlsx)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Izveštaj je upisan u %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Upisuje se izveštaj…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Skup podataka</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The dataset was written to %1 (%2 rows).</source>
        <translation>Skup podataka je upisan u %1 (redova: %2).</translation>
    </message>
    <message>
        <source>Writing the dataset…</source>
        <translation>Upisuje se skup podataka…</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The register database is damaged (%1). Keep working only to save what you must, then ask the administrator to restore the latest backup.</source>
        <translation>Baza evidencije je oštećena (%1). Nastavite samo da biste sačuvali ono što morate, pa zamolite administratora da vrati poslednju rezervnu kopiju.</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without activity. Nothing you typed was lost.</source>
        <translation>Zaključano posle %1 min bez aktivnosti. Ništa od onoga što ste uneli nije izgubljeno.</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>Evidencija je zaključana.</translation>
    </message>
    <message>
        <source>The automatic backup could not be written. %1
Check the backup folder on the Backups page.</source>
        <translation>Automatska rezervna kopija nije mogla da se upiše. %1
Proverite folder za kopije na stranici „Rezervne kopije”.</translation>
    </message>
    <message>
        <source>Writing the automatic backup…</source>
        <translation>Upisivanje automatske rezervne kopije…</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Vraćanje evidencije…</translation>
    </message>
    <message>
        <source>The register was restored from the backup made on %1. Unlock it to continue.</source>
        <translation>Evidencija je vraćena iz rezervne kopije od %1. Otključajte je da biste nastavili.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>No verified backup yet</source>
        <translation>Još nema proverene rezervne kopije</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>Izaberite gde da se upiše rezervna kopija</translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation>Upisivanje i provera rezervne kopije…</translation>
    </message>
    <message>
        <source>The backup was written and verified:
%1</source>
        <translation>Rezervna kopija je upisana i proverena:
%1</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Izaberite folder za automatske rezervne kopije</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups first.</source>
        <translation>Prvo izaberite folder za automatske rezervne kopije.</translation>
    </message>
    <message>
        <source>Automatic backups were saved.</source>
        <translation>Podešavanja automatskih rezervnih kopija su sačuvana.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Izaberite datoteku rezervne kopije</translation>
    </message>
    <message>
        <source>Evidencija backups (*.evbackup);;All files (*)</source>
        <translation>Rezervne kopije Evidencije (*.evbackup);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Provera rezervne kopije…</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Backups</source>
        <translation>Rezervne kopije</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole register. It can be opened only with a passphrase or the recovery key of this register.</source>
        <translation>Rezervna kopija je šifrovana kopija cele evidencije. Može se otvoriti samo lozinkom ili ključem za oporavak ove evidencije.</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Poslednja ispravna rezervna kopija</translation>
    </message>
    <message>
        <source>Every backup is reopened and checked before it counts.</source>
        <translation>Svaka rezervna kopija se ponovo otvara i proverava pre nego što se računa.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Napravi kopiju sada</translation>
    </message>
    <message>
        <source>Write a backup to a folder or a USB drive you choose.</source>
        <translation>Upišite rezervnu kopiju u folder ili na USB disk po izboru.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Napravi kopiju sada…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatske rezervne kopije</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Isključeno</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Svakog dana</translation>
    </message>
    <message>
        <source>When the program closes</source>
        <translation>Pri zatvaranju programa</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kada:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Čuvaj poslednjih:</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>kopija</translation>
    </message>
    <message>
        <source>no folder chosen</source>
        <translation>folder nije izabran</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izaberi…</translation>
    </message>
    <message>
        <source>&amp;Save automatic backups</source>
        <translation>&amp;Sačuvaj podešavanja kopija</translation>
    </message>
    <message>
        <source>Only an administrator can change automatic backups.</source>
        <translation>Samo administrator može da menja automatske rezervne kopije.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Vraćanje</translation>
    </message>
    <message>
        <source>Replace this register with a backup. The backup is verified and its contents shown before you confirm.</source>
        <translation>Zamenite ovu evidenciju rezervnom kopijom. Kopija se proverava i njen sadržaj prikazuje pre nego što potvrdite.</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Vrati iz rezervne kopije…</translation>
    </message>
    <message>
        <source>Backups are made by administrators and case managers.</source>
        <translation>Rezervne kopije prave administratori i voditelji slučaja.</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>More about this person</source>
        <translation>Više o ovoj osobi</translation>
    </message>
    <message>
        <source>not served yet</source>
        <translation>još nije uručena</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>ističe %1</translation>
    </message>
    <message>
        <source>proposal due %1</source>
        <translation>predlog do %1</translation>
    </message>
    <message>
        <source>decision due %1</source>
        <translation>odluka do %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ROK ISTEKAO</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>istekla %1</translation>
    </message>
    <message>
        <source>appeal until %1</source>
        <translation>žalba do %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Pol</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Godina rođenja</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Odnosi</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Odnos</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Žive zajedno</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Razdvajanje</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Prijave</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primljena</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Način prijave</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Prijavio</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Događaji nasilja</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Dogodilo se</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Oblici nasilja</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Opština</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Povrede</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Procene rizika</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Procenjeno</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Procenio</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivo</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Neposredna opasnost</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Usluge</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usluga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Meetings (GKS)</source>
        <translation>Sastanci (GKS)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Održan</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sastanak</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Odluke</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Izrađen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Potpisan</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Revizija</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mere</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Mere plana</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mera</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odgovoran</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>A measure is added to the latest plan; add a plan first.</source>
        <translation>Mera se dodaje u najnoviji plan; prvo dodajte plan.</translation>
    </message>
    <message>
        <source>Urgent measures</source>
        <translation>Hitne mere</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Uručena</translation>
    </message>
    <message>
        <source>Legal clock</source>
        <translation>Zakonski rokovi</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Odluka suda</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Mere zaštite</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Podneto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ishod</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Određena</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Krivični postupci</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Krivična prijava</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Tužilaštvo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Presuda</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Upućivanja</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Upućeno</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Povratna informacija</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>O usluzi</translation>
    </message>
    <message>
        <source>Feels safer</source>
        <translation>Oseća se bezbednije</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zadovoljstvo</translation>
    </message>
    <message>
        <source>Contacts and notes</source>
        <translation>Kontakti i beleške</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Vrsta kontakta</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Sa kim</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Beleška</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodato</translation>
    </message>
    <message>
        <source>Kept inside the encrypted register, at most %1 MB a file; never exported.</source>
        <translation>Čuvaju se u šifrovanoj evidenciji, najviše %1 MB po datoteci; nikad se ne izvoze.</translation>
    </message>
</context>
<context>
    <name>CaseFileController</name>
    <message>
        <source>Case %1</source>
        <translation>Slučaj %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioritet: %1</translation>
    </message>
    <message>
        <source>Case manager: %1</source>
        <translation>Voditelj slučaja: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Otvoren: %1</translation>
    </message>
    <message>
        <source>Closed on %1 (%2). The case is read-only until it is reopened.</source>
        <translation>Zatvoren %1 (%2). Slučaj se samo čita dok se ponovo ne otvori.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Šta</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Polja</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Još ništa nije zabeleženo.</translation>
    </message>
    <message>
        <source>JMBG %1</source>
        <translation>JMBG %1</translation>
    </message>
    <message>
        <source>Correct identity: %1</source>
        <translation>Ispravka ličnih podataka: %1</translation>
    </message>
    <message>
        <source>%1: add</source>
        <translation>%1: dodavanje</translation>
    </message>
    <message>
        <source>%1: edit</source>
        <translation>%1: izmena</translation>
    </message>
    <message>
        <source>Remove %1 from this case? The person stays in the register; her relationships in this case are deleted with her.</source>
        <translation>Ukloniti %1 iz ovog slučaja? Osoba ostaje u registru; njeni odnosi u ovom slučaju brišu se zajedno sa njom.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Delete this record from “%1”?
%2
It cannot be undone; the audit trail keeps what it held.</source>
        <translation>Obrisati ovaj zapis iz odeljka „%1”?
%2
To se ne može poništiti; revizijski trag čuva šta je sadržao.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Case manager of case %1</source>
        <translation>Voditelj slučaja %1</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Podaci o slučaju</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Zatvaranje slučaja</translation>
    </message>
    <message>
        <source>Reopen case %1? It can be edited again.</source>
        <translation>Ponovo otvoriti slučaj %1? Moći će ponovo da se menja.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ponovo otvori</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <source>← Back to the list</source>
        <translation>← Nazad na spisak</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Show &amp;identity data</source>
        <translation>Prikaži &amp;lične podatke</translation>
    </message>
    <message>
        <source>Names, JMBG and addresses; every opening is recorded in the audit trail.</source>
        <translation>Imena, JMBG i adrese; svako otvaranje se beleži u revizijskom tragu.</translation>
    </message>
    <message>
        <source>Print &amp;plan…</source>
        <translation>Štampaj &amp;plan…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translation>Štampaj &amp;rezime…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Zatvori slučaj…</translation>
    </message>
    <message>
        <source>Case &amp;details…</source>
        <translation>Pod&amp;aci o slučaju…</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>P&amp;onovo otvori slučaj</translation>
    </message>
    <message>
        <source>Change case &amp;manager…</source>
        <translation>Promeni &amp;voditelja slučaja…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>File number</source>
        <translation>Broj predmeta</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otvoren</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Žrtve</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Voditelj slučaja</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>All statuses</source>
        <translation>Svi statusi</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Otvoreni slučajevi</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Zatvoreni slučajevi</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Svaki prioritet</translation>
    </message>
    <message>
        <source>Cases found: %1</source>
        <translation>Pronađeno slučajeva: %1</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>Nijedan slučaj ne odgovara pretrazi.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Još nema slučajeva.</translation>
    </message>
    <message>
        <source>— not assessed yet —</source>
        <translation>— još nije procenjeno —</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Upišite datum kao dd.mm.gggg., npr. 03.02.2026.</translation>
    </message>
    <message>
        <source>Discard the new case you started?</source>
        <translation>Odbaciti novi slučaj koji ste započeli?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Nastavi unos</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases</source>
        <translation>Slučajevi</translation>
    </message>
    <message>
        <source>Search: name (any script or spelling), JMBG or file number</source>
        <translation>Pretraga: ime (bilo kojim pismom i pravopisom), JMBG ili broj predmeta</translation>
    </message>
    <message>
        <source>Only &amp;my cases</source>
        <translation>Samo &amp;moji slučajevi</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Novi slučaj</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>Your centre</source>
        <translation>Vaš centar</translation>
    </message>
    <message>
        <source>These details appear on exports and printouts.</source>
        <translation>Ovi podaci se pojavljuju u izvozima i na odštampanim dokumentima.</translation>
    </message>
    <message>
        <source>Centre &amp;code:</source>
        <translation>&amp;Šifra centra:</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Naziv centra:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Opština:</translation>
    </message>
    <message>
        <source>e.g. CSR-KG</source>
        <translation>npr. CSR-KG</translation>
    </message>
    <message>
        <source>e.g. Centar za socijalni rad Kragujevac</source>
        <translation>npr. Centar za socijalni rad Kragujevac</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>kucajte za pretragu</translation>
    </message>
    <message>
        <source>The centre code is given by the coordinating organisation.</source>
        <translation>Šifru centra dodeljuje organizacija koja koordinira.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Izaberite iz kalendara</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Upišite datum kao dd.mm.gggg.</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Overdue</source>
        <translation>Prekoračen rok</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Rok danas</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ove nedelje</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Slučaj</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Šta</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Loading the deadlines…</source>
        <translation>Učitavaju se rokovi…</translation>
    </message>
    <message>
        <source>Overdue: %1 · Due today: %2 · Later this week: %3</source>
        <translation>Prekoračeno: %1 · Rok danas: %2 · Kasnije ove nedelje: %3</translation>
    </message>
    <message>
        <source>Case %1. The case file opens here in the next step of this version.</source>
        <translation>Slučaj %1. Dosije slučaja će se ovde otvarati u sledećem koraku ove verzije.</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Deadlines</source>
        <translation>Rokovi</translation>
    </message>
    <message>
        <source>Legal clocks and planned steps of open cases. Press Enter or double-click a row to open its case.</source>
        <translation>Zakonski rokovi i planirani koraci otvorenih slučajeva. Pritisnite Enter ili dvaput kliknite na red da otvorite njegov slučaj.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Osveži</translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week.</source>
        <translation>Nijedan rok nije prekoračen niti ističe ove nedelje.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Evidencija</source>
        <translation>Evidencija</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Attach a document</source>
        <translation>Priloži dokument</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Dokumenti (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it elsewhere, or ask the administrator.</source>
        <translation>Nijedan program na ovom računaru ne otvara ovu vrstu datoteke. Sačuvajte kopiju i otvorite je drugde ili se obratite administratoru.</translation>
    </message>
    <message>
        <source>Document open</source>
        <translation>Dokument je otvoren</translation>
    </message>
    <message>
        <source>“%1” is open in the system&apos;s viewer. Close the viewer, then this note: the temporary copy is then erased.</source>
        <translation>„%1” je otvoren u sistemskom pregledaču. Zatvorite pregledač, pa ovu poruku: privremena kopija se tada briše.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Sačuvaj kopiju dokumenta</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not encrypted: keep it as safely as the paper original.</source>
        <translation>Kopija je sačuvana kao %1. Nije šifrovana: čuvajte je jednako pažljivo kao papirni original.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and the program could not finish what it was doing. Everything saved before is safe. Details for support were written to the log folder: %1</source>
        <translation>Došlo je do greške i program nije mogao da završi započeto. Sve što je ranije sačuvano je bezbedno. Podaci za podršku su upisani u folder dnevnika: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Nastavi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izađi</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Neočekivana greška</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The export is encrypted for the coordinating organisation (recipients: %1); only it can open the file.</source>
        <translation>Izvoz se šifruje za koordinacionu organizaciju (primalaca: %1); samo ona može da otvori datoteku.</translation>
    </message>
    <message>
        <source>No recipient is set: the export cannot be encrypted. Paste the organisation&apos;s age recipient (it starts with age1) below.</source>
        <translation>Primalac nije podešen: izvoz ne može da se šifruje. Nalepite ispod age primaoca organizacije (počinje sa age1).</translation>
    </message>
    <message>
        <source>Months never exported: %1</source>
        <translation>Meseci koji nikad nisu izvezeni: %1</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>šifrovano</translation>
    </message>
    <message>
        <source>plain workbook</source>
        <translation>nešifrovana radna sveska</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mesec</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Otisak (SHA-256)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Oblik</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>Priprema se pregled za %1…</translation>
    </message>
    <message>
        <source>Month %1, centre %2</source>
        <translation>Mesec %1, centar %2</translation>
    </message>
    <message>
        <source>Victim records: %1; suppressed: %2 (%3); generalised: %4 (%5).</source>
        <translation>Zapisa o žrtvama: %1; prikriveno: %2 (%3); uopšteno: %4 (%5).</translation>
    </message>
    <message>
        <source>Smallest group: k = %1 required; generalisation level %2 (%3).</source>
        <translation>Najmanja grupa: potrebno k = %1; nivo uopštavanja %2 (%3).</translation>
    </message>
    <message>
        <source>Aggregate tables: %1 cells, %2 small counts and %3 further cells suppressed.</source>
        <translation>Zbirne tabele: %1 ćelija, prikriveno %2 malih brojeva i još %3 ćelija.</translation>
    </message>
    <message>
        <source>More than a fifth of the victim records are suppressed: the month is small. The aggregate tables still count them.</source>
        <translation>Prikriveno je više od petine zapisa o žrtvama: mesec je mali. Zbirne tabele ih i dalje broje.</translation>
    </message>
    <message>
        <source>No recipient of the coordinating organisation is set, so the export cannot be encrypted. An unencrypted workbook can be read by anyone who gets the file: carry it only by hand, on an encrypted medium. Write an unencrypted workbook anyway?</source>
        <translation>Primalac koordinacione organizacije nije podešen, pa izvoz ne može da se šifruje. Nešifrovanu radnu svesku može da pročita svako ko dobije datoteku: prenosite je samo lično, na šifrovanom mediju. Ipak upisati nešifrovanu radnu svesku?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Write unencrypted workbook</source>
        <translation>Upiši nešifrovanu radnu svesku</translation>
    </message>
    <message>
        <source>Choose where to write the export</source>
        <translation>Izaberite gde da se upiše izvoz</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvoz</translation>
    </message>
    <message>
        <source>Writing the export of %1…</source>
        <translation>Upisuje se izvoz za %1…</translation>
    </message>
    <message>
        <source>The export was written to %1.
Fingerprint (SHA-256): %2</source>
        <translation>Izvoz je upisan u %1.
Otisak (SHA-256): %2</translation>
    </message>
    <message>
        <source>It is in the outbox and will be sent to the coordinating organisation.</source>
        <translation>Nalazi se u odlaznoj pošti i biće poslat koordinacionoj organizaciji.</translation>
    </message>
    <message>
        <source>It is not encrypted, so it was not put in the outbox.</source>
        <translation>Nije šifrovan, pa nije stavljen u odlaznu poštu.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Izvoz je otkazan; ništa nije upisano.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Monthly export</source>
        <translation>Mesečni izvoz</translation>
    </message>
    <message>
        <source>The anonymised monthly workbook for the coordinating organisation</source>
        <translation>Anonimizovana mesečna radna sveska za koordinacionu organizaciju</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Priprema</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Odlazna pošta</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
    <message>
        <source>Only an administrator can prepare the monthly export, because it leaves the centre. Ask your administrator; the outbox shows what was sent.</source>
        <translation>Mesečni izvoz može da pripremi samo administrator, jer napušta centar. Obratite se administratoru; odlazna pošta pokazuje šta je poslato.</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mesec:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>Save export…</source>
        <translation>Sačuvaj izvoz…</translation>
    </message>
    <message>
        <source>Coordinating organisation (NGO) recipient</source>
        <translation>Primalac koordinacione organizacije (OCD)</translation>
    </message>
    <message>
        <source>Save recipient</source>
        <translation>Sačuvaj primaoca</translation>
    </message>
    <message>
        <source>Disclosure report</source>
        <translation>Izveštaj o zaštiti podataka</translation>
    </message>
    <message>
        <source>Choose the month and press Preview: every sheet is shown exactly as it will be written, with what was generalised or suppressed and why.</source>
        <translation>Izaberite mesec i pritisnite Pregled: svaki list se prikazuje tačno onako kako će biti upisan, uz to šta je uopšteno ili prikriveno i zašto.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>File number</source>
        <translation>Broj predmeta</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Otvoren</translation>
    </message>
    <message>
        <source>Centre&apos;s municipality</source>
        <translation>Opština centra</translation>
    </message>
    <message>
        <source>Victim&apos;s municipality</source>
        <translation>Opština žrtve</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Interni tim</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Voditelj slučaja</translation>
    </message>
    <message>
        <source>Repeat case</source>
        <translation>Ponovljeni slučaj</translation>
    </message>
    <message>
        <source>Earlier reports</source>
        <translation>Ranije prijave</translation>
    </message>
    <message>
        <source>First contact with the victim</source>
        <translation>Prvi kontakt sa žrtvom</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Zatvoren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>Intake worker</source>
        <translation>Radnik na prijemu</translation>
    </message>
    <message>
        <source>Responsible colleague</source>
        <translation>Odgovorni kolega</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kolega</translation>
    </message>
    <message>
        <source>Date of contact</source>
        <translation>Datum kontakta</translation>
    </message>
    <message>
        <source>Person of the case</source>
        <translation>Osoba u slučaju</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>Bezbedno kontaktirati</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Ima invaliditet</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Trudnoća</translation>
    </message>
    <message>
        <source>Economically dependent</source>
        <translation>Ekonomski zavisna</translation>
    </message>
    <message>
        <source>Children in the household</source>
        <translation>Deca u domaćinstvu</translation>
    </message>
    <message>
        <source>Social protection beneficiary</source>
        <translation>Korisnik socijalne zaštite</translation>
    </message>
    <message>
        <source>Alcohol or drug misuse</source>
        <translation>Zloupotreba alkohola ili droga</translation>
    </message>
    <message>
        <source>Mental illness</source>
        <translation>Mentalna bolest</translation>
    </message>
    <message>
        <source>Access to a weapon</source>
        <translation>Pristup oružju</translation>
    </message>
    <message>
        <source>Prior convictions</source>
        <translation>Ranije osude</translation>
    </message>
    <message>
        <source>Earlier protection measures</source>
        <translation>Ranije mere zaštite</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Žrtva</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Učinilac</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Žive zajedno</translation>
    </message>
    <message>
        <source>Separation in progress</source>
        <translation>Razdvajanje u toku</translation>
    </message>
    <message>
        <source>Custody dispute</source>
        <translation>Spor o starateljstvu</translation>
    </message>
    <message>
        <source>Report received at</source>
        <translation>Prijava primljena</translation>
    </message>
    <message>
        <source>Intake sheet filled in</source>
        <translation>Popunjen prijemni list</translation>
    </message>
    <message>
        <source>Forwarded to the police at</source>
        <translation>Prosleđeno policiji</translation>
    </message>
    <message>
        <source>Victim&apos;s consent</source>
        <translation>Saglasnost žrtve</translation>
    </message>
    <message>
        <source>Immediate intervention</source>
        <translation>Hitna intervencija</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Dogodilo se</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Opština</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Naselje</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Medicinska pomoć</translation>
    </message>
    <message>
        <source>Children present</source>
        <translation>Prisutna deca</translation>
    </message>
    <message>
        <source>Perpetrator intoxicated</source>
        <translation>Učinilac pod dejstvom alkohola ili droga</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Prvi incident</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>Procenjeno</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Neposredna opasnost</translation>
    </message>
    <message>
        <source>Risk as the victim sees it</source>
        <translation>Rizik kako ga žrtva vidi</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Faktori rizika</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Plan measure</source>
        <translation>Mera plana</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Održan</translation>
    </message>
    <message>
        <source>Victim present</source>
        <translation>Žrtva prisutna</translation>
    </message>
    <message>
        <source>Minutes reference</source>
        <translation>Broj zapisnika</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Izrađen</translation>
    </message>
    <message>
        <source>Signed by the victim</source>
        <translation>Žrtva potpisala</translation>
    </message>
    <message>
        <source>Monitoring plan</source>
        <translation>Plan praćenja</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Revizija</translation>
    </message>
    <message>
        <source>People covered</source>
        <translation>Obuhvaćene osobe</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mera</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Odgovorna osoba</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Izvršeno</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Broj naređenja</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Određena</translation>
    </message>
    <message>
        <source>Served at</source>
        <translation>Uručena</translation>
    </message>
    <message>
        <source>Prosecutor proposed an extension</source>
        <translation>Tužilac predložio produženje</translation>
    </message>
    <message>
        <source>Proposal made at</source>
        <translation>Predlog podnet</translation>
    </message>
    <message>
        <source>Court decided at</source>
        <translation>Sud odlučio</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Broj odluke</translation>
    </message>
    <message>
        <source>Extended until</source>
        <translation>Produžena do</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Prekršena</translation>
    </message>
    <message>
        <source>Breached on</source>
        <translation>Prekršena dana</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Udaljenost (m)</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Podneto</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Sud</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Trajanje (meseci)</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Produžena</translation>
    </message>
    <message>
        <source>Extended on</source>
        <translation>Produžena dana</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Prestala ranije</translation>
    </message>
    <message>
        <source>Centre gave an opinion</source>
        <translation>Centar dao mišljenje</translation>
    </message>
    <message>
        <source>Criminal complaint filed</source>
        <translation>Podneta krivična prijava</translation>
    </message>
    <message>
        <source>Complaint filed on</source>
        <translation>Prijava podneta</translation>
    </message>
    <message>
        <source>Decision on</source>
        <translation>Odluka doneta</translation>
    </message>
    <message>
        <source>Verdict on</source>
        <translation>Presuda doneta</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Zadržan</translation>
    </message>
    <message>
        <source>Final on</source>
        <translation>Pravosnažno</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Upućeno</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Odgovor primljen</translation>
    </message>
    <message>
        <source>Consent to share data</source>
        <translation>Saglasnost za deljenje podataka</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Informed of her rights</source>
        <translation>Upoznata sa pravima</translation>
    </message>
    <message>
        <source>Took part in the plan</source>
        <translation>Učestvovala u planu</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Zadovoljstvo (1–5)</translation>
    </message>
    <message>
        <source>Treated with respect</source>
        <translation>Postupano s poštovanjem</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Preporučila bi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>O usluzi</translation>
    </message>
    <message>
        <source>Only as she declares it, with consent.</source>
        <translation>Samo kako se izjasni, uz saglasnost.</translation>
    </message>
    <message>
        <source>Phone and e-mail are safe to use.</source>
        <translation>Telefon i imejl su bezbedni za kontakt.</translation>
    </message>
    <message>
        <source>Empty: the centre&apos;s help as a whole.</source>
        <translation>Prazno: pomoć centra u celini.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Nalog</translation>
    </message>
    <message>
        <source>Petition filed at</source>
        <translation>Zahtev podnet</translation>
    </message>
    <message>
        <source>Court decision on the petition</source>
        <translation>Odluka suda o zahtevu</translation>
    </message>
    <message>
        <source>Order issued on</source>
        <translation>Nalog izdat</translation>
    </message>
    <message>
        <source>Order in force until</source>
        <translation>Nalog važi do</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Sačuvajte ključ za oporavak kao PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Move this file to a USB stick kept locked away, and delete it from this computer.</source>
        <translation>Sačuvano u %1. Premestite ovu datoteku na USB stik koji se čuva pod ključem i obrišite je sa ovog računara.</translation>
    </message>
    <message>
        <source>The register has been created, but you have not confirmed the recovery key. It will not be shown again. Close anyway?</source>
        <translation>Evidencija je napravljena, ali niste potvrdili ključ za oporavak. Više se neće prikazati. Ipak zatvoriti?</translation>
    </message>
    <message>
        <source>Close without the key</source>
        <translation>Zatvori bez ključa</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Vrati se</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Evidencija — new register</source>
        <translation>Evidencija — nova evidencija</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Nazad</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalje &gt;</translation>
    </message>
    <message>
        <source>&amp;Create register</source>
        <translation>&amp;Napravi evidenciju</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Završi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Welcome to Evidencija</source>
        <translation>Dobro došli u Evidenciju</translation>
    </message>
    <message>
        <source>This computer has no register yet. Let us create one.</source>
        <translation>Na ovom računaru još nema evidencije. Hajde da je napravimo.</translation>
    </message>
    <message>
        <source>You will enter your centre&apos;s details and the first administrator&apos;s account. At the end you will receive a recovery key: print it or save it, and keep it locked away. It opens the register if every passphrase is forgotten.</source>
        <translation>Unećete podatke o svom centru i nalog prvog administratora. Na kraju ćete dobiti ključ za oporavak: odštampajte ga ili sačuvajte i čuvajte ga pod ključem. On otvara evidenciju ako se zaborave sve lozinke.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
</context>
<context>
    <name>JmbgCheck</name>
    <message>
        <source>The JMBG has 13 digits (%1 typed).</source>
        <translation>JMBG ima 13 cifara (upisano %1).</translation>
    </message>
    <message>
        <source>✗ The check digit does not match: a digit is mistyped.</source>
        <translation>✗ Kontrolna cifra se ne slaže: neka cifra je pogrešno upisana.</translation>
    </message>
    <message>
        <source>✓ The JMBG&apos;s check digit is right.</source>
        <translation>✓ Kontrolna cifra JMBG-a je ispravna.</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <source>Last good backup: none yet</source>
        <translation>Poslednja ispravna rezervna kopija: još nema</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>Poslednja ispravna rezervna kopija: %1</translation>
    </message>
    <message>
        <source>Some unsaved changes could not be kept as a draft. They stay on screen behind the lock. Lock anyway?</source>
        <translation>Neke nesačuvane izmene nisu mogle da se sačuvaju kao nacrt. Ostaju na ekranu iza zaključavanja. Ipak zaključati?</translation>
    </message>
    <message>
        <source>Lock anyway</source>
        <translation>Ipak zaključaj</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ostani</translation>
    </message>
    <message>
        <source>You have unsaved changes from %1, kept safely when the register was locked or closed. Put them back into their forms?</source>
        <translation>Imate nesačuvane izmene od %1, bezbedno sačuvane kada je evidencija zaključana ili zatvorena. Vratiti ih u njihove obrasce?</translation>
    </message>
    <message>
        <source>Put them back</source>
        <translation>Vrati ih</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Odbaci ih</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Evidencija</source>
        <translation>Evidencija</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Evidencija</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zaključaj</translation>
    </message>
    <message>
        <source>Lock the register (%1)</source>
        <translation>Zaključaj evidenciju (%1)</translation>
    </message>
    <message>
        <source>Lock (%1)</source>
        <translation>Zaključaj (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>Open the export</source>
        <translation>Otvori izvoz</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Due this week (%1)</source>
        <translation>Rokovi ove nedelje (%1)</translation>
    </message>
    <message>
        <source>Plan reviews (%1)</source>
        <translation>Revizije plana (%1)</translation>
    </message>
    <message>
        <source>Waiting for an answer (%1)</source>
        <translation>Čeka se odgovor (%1)</translation>
    </message>
    <message>
        <source>Open cases (%1)</source>
        <translation>Otvoreni slučajevi (%1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Slučaj</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revizija do</translation>
    </message>
    <message>
        <source>Plan of</source>
        <translation>Plan od</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Upućeno ka</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Poslato</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Dana čekanja</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Poslednji kontakt</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Dana bez kontakta</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otvoren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Voditelj slučaja</translation>
    </message>
    <message>
        <source>No contact for %1 days (%2)</source>
        <translation>Bez kontakta %1 dana (%2)</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>Ceo centar</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ja)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <source>Overdue: %1 · Open cases: %2</source>
        <translation>Istekli rokovi: %1 · Otvoreni slučajevi: %2</translation>
    </message>
</context>
<context>
    <name>MyWorkView</name>
    <message>
        <source>My work</source>
        <translation>Moja zaduženja</translation>
    </message>
    <message>
        <source>What is yours to do: deadlines and plan measures due this week, plan reviews, referrals waiting for an answer and cases without a recent contact. Press Enter or double-click a row to open its case.</source>
        <translation>Šta je na vama: rokovi i mere plana ove nedelje, revizije plana, upućivanja na koja se čeka odgovor i slučajevi bez skorašnjeg kontakta. Pritisnite Enter ili dvaput kliknite red da otvorite slučaj.</translation>
    </message>
    <message>
        <source>&amp;Whose work:</source>
        <translation>Č&amp;ija zaduženja:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Osveži</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Cases</source>
        <translation>Slučajevi</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Rokovi</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvoz</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezervne kopije</translation>
    </message>
    <message>
        <source>Users &amp; settings</source>
        <translation>Korisnici i podešavanja</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Moja zaduženja</translation>
    </message>
</context>
<context>
    <name>NewCaseFlow</name>
    <message>
        <source>Discard the new case you started?</source>
        <translation>Odbaciti započeti novi slučaj?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Nastavi unos</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Upišite datum kao dd.mm.gggg., npr. 03.02.2026.</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Slučaj se pravi…</translation>
    </message>
    <message>
        <source>Case %1 is created; the rest was not saved yet. Correct what is marked and press Create again, or Cancel to open the case as it is.</source>
        <translation>Slučaj %1 je napravljen; ostalo još nije sačuvano. Ispravite označeno i ponovo pritisnite Napravi, ili Otkaži da otvorite slučaj ovakav kakav je.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <source>New case</source>
        <translation>Novi slučaj</translation>
    </message>
    <message>
        <source>Register the case as it is opened. People, incidents and the risk assessment are added in the case file.</source>
        <translation>Upišite slučaj kako je otvoren. Osobe, događaji i procena rizika dodaju se u dosijeu slučaja.</translation>
    </message>
    <message>
        <source>&amp;File number:</source>
        <translation>&amp;Broj predmeta:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Otvoren dana:</translation>
    </message>
    <message>
        <source>Response &amp;priority:</source>
        <translation>&amp;Prioritet postupanja:</translation>
    </message>
    <message>
        <source>&amp;Centre&apos;s municipality:</source>
        <translation>Opština &amp;centra:</translation>
    </message>
    <message>
        <source>&amp;Victim&apos;s municipality:</source>
        <translation>Opština ž&amp;rtve:</translation>
    </message>
    <message>
        <source>the number in the centre&apos;s registry</source>
        <translation>broj u delovodniku centra</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Sačuvaj slučaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>NewCaseView</name>
    <message>
        <source>New case</source>
        <translation>Novi slučaj</translation>
    </message>
    <message>
        <source>Fields marked * are required. Ctrl+S creates the case and opens its file; a step left empty is skipped.</source>
        <translation>Polja označena * su obavezna. Ctrl+S pravi slučaj i otvara njegov dosije; prazan korak se preskače.</translation>
    </message>
    <message>
        <source>1. Intake</source>
        <translation>1. Prijem</translation>
    </message>
    <message>
        <source>2. People</source>
        <translation>2. Osobe</translation>
    </message>
    <message>
        <source>3. Relationship</source>
        <translation>3. Odnos</translation>
    </message>
    <message>
        <source>4. Incident</source>
        <translation>4. Događaj</translation>
    </message>
    <message>
        <source>5. Risk assessment</source>
        <translation>5. Procena rizika</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Slučaj</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Nazad</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Dalje →</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>Na&amp;pravi slučaj</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mesec</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokušaja</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Veličina (KB)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>(a password is stored; type to replace it)</source>
        <translation>(lozinka je sačuvana; ukucajte novu da je zamenite)</translation>
    </message>
    <message>
        <source>(no password stored)</source>
        <translation>(lozinka nije sačuvana)</translation>
    </message>
    <message>
        <source>Packages are sent by e-mail to %1 automatically, every few minutes.</source>
        <translation>Paketi se šalju e-poštom na %1 automatski, na svakih nekoliko minuta.</translation>
    </message>
    <message>
        <source>Sending by e-mail is not set up: use Prepare e-mail to send a package from your own mail program, then mark it as sent by hand.</source>
        <translation>Slanje e-poštom nije podešeno: koristite Pripremi e-poruku da pošaljete paket iz svog programa za poštu, pa ga označite kao ručno poslat.</translation>
    </message>
    <message>
        <source>Sent: %1 of %2.</source>
        <translation>Poslato: %1 od %2.</translation>
    </message>
    <message>
        <source>Take %1 out of the outbox? It will not be sent.</source>
        <translation>Ukloniti %1 iz odlazne pošte? Neće biti poslat.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Did you send %1 from your own mail program?</source>
        <translation>Da li ste poslali %1 iz svog programa za poštu?</translation>
    </message>
    <message>
        <source>Yes, it was sent</source>
        <translation>Da, poslato je</translation>
    </message>
    <message>
        <source>The e-mail settings were saved.</source>
        <translation>Podešavanja e-pošte su sačuvana.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Send now</source>
        <translation>Pošalji sada</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Pokušaj ponovo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Pripremi e-poruku</translation>
    </message>
    <message>
        <source>Mark as sent by hand</source>
        <translation>Označi kao ručno poslato</translation>
    </message>
    <message>
        <source>Sending by e-mail (administrators)</source>
        <translation>Slanje e-poštom (administratori)</translation>
    </message>
    <message>
        <source>Organisation&apos;s address:</source>
        <translation>Adresa organizacije:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresa pošiljaoca:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Zaštita:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Korisničko ime:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lozinka:</translation>
    </message>
    <message>
        <source>Timeout (seconds):</source>
        <translation>Vreme čekanja (sekunde):</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Ukloni sačuvanu lozinku</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Sačuvaj podešavanja</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Promena moje lozinke</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice.</source>
        <translation>Upišite trenutnu lozinku, a zatim dvaput novu.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Postavljanje nove lozinke</translation>
    </message>
    <message>
        <source>Set a new passphrase for %1 and tell it to them in person. The account is enabled again if it was disabled.</source>
        <translation>Postavite novu lozinku za %1 i saopštite je toj osobi lično. Nalog se ponovo omogućava ako je bio onemogućen.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Trenutna lozinka:</translation>
    </message>
    <message>
        <source>&amp;Save passphrase</source>
        <translation>&amp;Sačuvaj lozinku</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ponovite je:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>najmanje %1 znakova</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Preslaba</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Prihvatljiva</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobra</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Jaka</translation>
    </message>
    <message>
        <source>Too weak: %1</source>
        <translation>Preslaba: %1</translation>
    </message>
    <message>
        <source>%1 — the two entries match.</source>
        <translation>%1 — oba unosa se poklapaju.</translation>
    </message>
</context>
<context>
    <name>PersonBlock</name>
    <message>
        <source>&amp;Use existing person</source>
        <translation>&amp;Koristi postojeću osobu</translation>
    </message>
    <message>
        <source>Enter as a new person</source>
        <translation>Unesi kao novu osobu</translation>
    </message>
    <message>
        <source>%1 %2, already in the register, is added to this case.</source>
        <translation>%1 %2, već u registru, dodaje se ovom slučaju.</translation>
    </message>
    <message>
        <source>same JMBG</source>
        <translation>isti JMBG</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>isto ime i datum rođenja</translation>
    </message>
    <message>
        <source>Already in the register (%1): %2 %3, born %4, in %5 case(s). Is this the same person?</source>
        <translation>Već u registru (%1): %2 %3, rođen(a) %4, u %5 slučaj(a). Da li je to ista osoba?</translation>
    </message>
</context>
<context>
    <name>PictureWindow</name>
    <message>
        <source>The picture cannot be shown: the file is damaged.</source>
        <translation>Slika ne može da se prikaže: datoteka je oštećena.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The case list and the case file come in the next step of this version. Nothing is missing from your register: cases are kept safely.</source>
        <translation>Spisak slučajeva i dosije slučaja dolaze u sledećem koraku ove verzije. Ništa ne nedostaje u vašoj evidenciji: slučajevi su bezbedno sačuvani.</translation>
    </message>
    <message>
        <source>The list of deadlines (overdue, today, this week) comes together with the case list in the next step.</source>
        <translation>Spisak rokova (prekoračeni, danas, ove nedelje) dolazi zajedno sa spiskom slučajeva u sledećem koraku.</translation>
    </message>
    <message>
        <source>The monthly anonymised export is not part of this version yet. When it is, this page will prepare the spreadsheet for the coordinating organisation and show what it contains before it is sent.</source>
        <translation>Mesečni anonimizovani izvoz još nije deo ove verzije. Kada bude, ova stranica će pripremati tabelu za organizaciju koja koordinira i pokazati šta sadrži pre slanja.</translation>
    </message>
</context>
<context>
    <name>PrintChoice</name>
    <message>
        <source>Print the plan</source>
        <translation>Štampanje plana</translation>
    </message>
    <message>
        <source>Print a case summary</source>
        <translation>Štampanje rezimea slučaja</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Jezik dokumenta:</translation>
    </message>
    <message>
        <source>The printout carries names and identity data. Printing is recorded in the audit trail.</source>
        <translation>Odštampani dokument sadrži imena i lične podatke. Štampanje se beleži u revizijskom tragu.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Š&amp;tampaj…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Sačuvaj kao P&amp;DF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Centre</source>
        <translation>Centar</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Broj predmeta</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Otvoren</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Voditelj slučaja</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Odštampano</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ništa nije evidentirano.</translation>
    </message>
    <message>
        <source>Individual protection and support plan</source>
        <translation>Individualni plan zaštite i podrške</translation>
    </message>
    <message>
        <source>Person protected by the plan</source>
        <translation>Osoba koju plan štiti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No plan has been drawn up yet.</source>
        <translation>Plan još nije izrađen.</translation>
    </message>
    <message>
        <source>Drawn up on %1</source>
        <translation>Izrađen %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Revizija %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mera</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odgovoran</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Praćenje</translation>
    </message>
    <message>
        <source>Signature of the person protected</source>
        <translation>Potpis zaštićene osobe</translation>
    </message>
    <message>
        <source>One copy is for the person protected by the plan.</source>
        <translation>Jedan primerak je za osobu koju plan štiti.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Rezime slučaja</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Događaji nasilja</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Dogodilo se</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Oblici nasilja</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Povrede</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Oružje</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Procene rizika</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Procenjeno</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivo</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Neposredna opasnost</translation>
    </message>
    <message>
        <source>Urgent measures</source>
        <translation>Hitne mere</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Uručena</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Odluka suda</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Mere zaštite</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Određena</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ishod</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Krivični postupci</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Krivična prijava</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Tužilaštvo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Presuda</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Usluge</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usluga</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Upućivanja</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Upućeno</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Sačuvaj kao PDF</translation>
    </message>
    <message>
        <source>The PDF was saved.</source>
        <translation>PDF je sačuvan.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Upišite datum kao dd.mm.gggg., npr. 03.02.2026.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>More</source>
        <translation>Više</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Please wait…</source>
        <translation>Sačekajte…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Korišćenje ključa za oporavak</translation>
    </message>
    <message>
        <source>Type the recovery key printed when the register was created. Dashes and spaces do not matter; a mistyped group is named so you can check it.</source>
        <translation>Upišite ključ za oporavak odštampan kada je evidencija napravljena. Crtice i razmaci nisu bitni; pogrešno prepisana grupa biće navedena da biste je proverili.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ključ za oporavak:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalje</translation>
    </message>
    <message>
        <source>&amp;Set passphrase and unlock</source>
        <translation>&amp;Postavi lozinku i otključaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Correct.</source>
        <translation>Tačno.</translation>
    </message>
    <message>
        <source>This is not group %1. Check what you wrote down.</source>
        <translation>Ovo nije grupa %1. Proverite šta ste zapisali.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ključ za oporavak</translation>
    </message>
    <message>
        <source>Shown only now. Without it, a register whose passphrases are all forgotten cannot be opened by anyone.</source>
        <translation>Prikazuje se samo sada. Bez njega niko ne može da otvori evidenciju kojoj su zaboravljene sve lozinke.</translation>
    </message>
    <message>
        <source>Print this key or save it as a PDF on a USB stick, then keep it locked away from this computer. Do not send it by e-mail.</source>
        <translation>Odštampajte ovaj ključ ili ga sačuvajte kao PDF na USB stiku, pa ga čuvajte pod ključem, odvojeno od ovog računara. Ne šaljite ga e-poštom.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Štampaj…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Sačuvaj kao P&amp;DF…</translation>
    </message>
    <message>
        <source>To confirm that you have written it down, type group %1 of the key here:</source>
        <translation>Da potvrdite da ste ga zapisali, ovde upišite grupu %1 ključa:</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Evidencija — recovery key</source>
        <translation>Evidencija — ključ za oporavak</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Napravljeno: %1</translation>
    </message>
    <message>
        <source>This key opens the register when every passphrase is forgotten. Keep this sheet locked away, apart from the computer: whoever has it and a copy of the register can read the register.</source>
        <translation>Ovaj ključ otvara evidenciju kada se zaborave sve lozinke. Čuvajte ovaj list pod ključem, odvojeno od računara: ko ima njega i kopiju evidencije može da čita evidenciju.</translation>
    </message>
    <message>
        <source>To use it: on the unlock window choose “Forgot the passphrase? Use the recovery key…”, type the key, choose the administrator and set a new passphrase.</source>
        <translation>Upotreba: u prozoru za otključavanje izaberite „Zaboravili ste lozinku? Upotrebite ključ za oporavak…”, upišite ključ, izaberite administratora i postavite novu lozinku.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Vraćanje iz rezervne kopije</translation>
    </message>
    <message>
        <source>Verified: the backup is complete and its database opens without errors.</source>
        <translation>Provereno: rezervna kopija je potpuna i njena baza se otvara bez grešaka.</translation>
    </message>
    <message>
        <source>Checked: the file is complete. It will be fully verified with your passphrase before anything is replaced.</source>
        <translation>Provereno: datoteka je potpuna. Biće u potpunosti proverena vašom lozinkom pre nego što se išta zameni.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datoteka: %1</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Napravljena: %1</translation>
    </message>
    <message>
        <source>Program version: %1</source>
        <translation>Verzija programa: %1</translation>
    </message>
    <message>
        <source>Database schema: %1</source>
        <translation>Šema baze: %1</translation>
    </message>
    <message>
        <source>The register on this computer will be replaced by this backup. Everything entered after %1 will be lost. The current register is kept aside until the restored one opens.</source>
        <translation>Evidencija na ovom računaru biće zamenjena ovom rezervnom kopijom. Sve što je uneto posle %1 biće izgubljeno. Trenutna evidencija se čuva po strani dok se vraćena ne otvori.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>&amp;Replace with this backup</source>
        <translation>&amp;Zameni ovom kopijom</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Izmeni…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Sačuvaj &amp;kopiju…</translation>
    </message>
    <message>
        <source>Correc&amp;t identity…</source>
        <translation>Ispravi lične podat&amp;ke…</translation>
    </message>
    <message>
        <source>Correct the person&apos;s name, JMBG, birth date, address or phone.</source>
        <translation>Ispravite ime, JMBG, datum rođenja, adresu ili telefon osobe.</translation>
    </message>
    <message>
        <source>Remo&amp;ve from the case…</source>
        <translation>Ukloni iz sl&amp;učaja…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>O&amp;briši…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Još ništa nije evidentirano.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Counting the indicators…</source>
        <translation>Računaju se pokazatelji…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Pokazatelj</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Export the tables</source>
        <translation>Izvoz tabela</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel radna sveska (*.xlsx)</translation>
    </message>
    <message>
        <source>The tables were written to %1.</source>
        <translation>Tabele su upisane u %1.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Upisuje se radna sveska…</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <source>The centre&apos;s own indicators, counted the same way as by the coordinating organisation</source>
        <translation>Pokazatelji samog centra, izračunati na isti način kao u koordinacionoj organizaciji</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mesec</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>Export tables (.xlsx)…</source>
        <translation>Izvezi tabele (.xlsx)…</translation>
    </message>
    <message>
        <source>The tables on screen show every count. The exported workbook hides small counts (1–4) and what would reveal them, so it can go into the annual report.</source>
        <translation>Tabele na ekranu prikazuju sve brojeve. Izvezena radna sveska prikriva male brojeve (1–4) i ono što bi ih otkrilo, pa može da uđe u godišnji izveštaj.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Please wait</source>
        <translation>Sačekajte</translation>
    </message>
</context>
<context>
    <name>UnlockController</name>
    <message>
        <source>Choose a backup file</source>
        <translation>Izaberite datoteku rezervne kopije</translation>
    </message>
    <message>
        <source>Evidencija backups (*.evbackup);;All files (*)</source>
        <translation>Rezervne kopije Evidencije (*.evbackup);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Provera rezervne kopije…</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Vraćanje evidencije…</translation>
    </message>
    <message>
        <source>The register was restored from the backup made on %1. Unlock it to continue.</source>
        <translation>Evidencija je vraćena iz rezervne kopije od %1. Otključajte je da biste nastavili.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlocking…</source>
        <translation>Otključavanje…</translation>
    </message>
    <message>
        <source>Evidencija — unlock</source>
        <translation>Evidencija — otključavanje</translation>
    </message>
    <message>
        <source>Evidencija</source>
        <translation>Evidencija</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Otključaj</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation>Zaboravili ste lozinku? Upotrebite &amp;ključ za oporavak…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Vrati iz rezervne kopije…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Pokušaj ponovo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Aktivan</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Onemogućen</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>The username may use a–z, 0–9, dot, dash and underscore (2 to 64 characters).</source>
        <translation>Korisničko ime može sadržati a–z, 0–9, tačku, crticu i donju crtu (od 2 do 64 znaka).</translation>
    </message>
    <message>
        <source>Choose an acceptable passphrase and type it twice.</source>
        <translation>Izaberite prihvatljivu lozinku i upišite je dvaput.</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Dodavanje korisnika…</translation>
    </message>
    <message>
        <source>%1 was added. Tell them their passphrase in person.</source>
        <translation>Korisnik %1 je dodat. Saopštite mu lozinku lično.</translation>
    </message>
    <message>
        <source>Disable %1? They will no longer be able to unlock the register.</source>
        <translation>Onemogućiti korisnika %1? Više neće moći da otključa evidenciju.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Onemogući</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Lozinka je promenjena.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users &amp; settings</source>
        <translation>Korisnici i podešavanja</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Korisnici</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Onemogući</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase…</source>
        <translation>&amp;Postavi novu lozinku…</translation>
    </message>
    <message>
        <source>Only an administrator can add users or change them.</source>
        <translation>Samo administrator može da dodaje i menja korisnike.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Dodavanje korisnika</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>&amp;Ime i prezime:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Uloga:</translation>
    </message>
    <message>
        <source>e.g. marko.jovanovic</source>
        <translation>npr. marko.jovanovic</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Dodaj korisnika</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>O&amp;čisti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Zaključaj posle &amp;neaktivnosti od:</translation>
    </message>
    <message>
        <source>No contact &amp;warning after:</source>
        <translation>&amp;Upozorenje bez kontakta posle:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dana</translation>
    </message>
    <message>
        <source>My work lists an open case with no contact for this many days.</source>
        <translation>Moja zaduženja navode otvoren slučaj bez kontakta ovoliko dana.</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>Sa&amp;čuvaj podešavanja</translation>
    </message>
    <message>
        <source>Only an administrator can change the lock time and the no-contact warning. The language applies to this computer.</source>
        <translation>Samo administrator može da promeni vreme zaključavanja i upozorenje bez kontakta. Jezik važi za ovaj računar.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centar</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Šifra:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naziv:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Opština:</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Moj nalog</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Promeni moju lozinku…</translation>
    </message>
</context>
</TS>
