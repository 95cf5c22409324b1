<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>Creating the register…</source>
        <translation>Po krijohet regjistri…</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Administratori</translation>
    </message>
    <message>
        <source>The administrator adds the other users and looks after backups. Choose a long passphrase: a few words are easier to remember than symbols.</source>
        <translation>Administratori shton përdoruesit e tjerë dhe kujdeset për kopjet rezervë. Zgjidhni një fjalëkalim të gjatë: disa fjalë mbahen mend më lehtë se simbolet.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Emri i përdoruesit:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Emri i &amp;plotë:</translation>
    </message>
    <message>
        <source>e.g. ana.petrovic</source>
        <translation>p.sh. ana.petrovic</translation>
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
        <translation>Çelësi i organizatës dhe baza e të dhënave</translation>
    </message>
    <message>
        <source>Identity file:</source>
        <translation>Skedari i identitetit:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Zgjidh…</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Baza:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Hap</translation>
    </message>
    <message>
        <source>Register a centre card…</source>
        <translation>Regjistro kartelën e qendrës…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importi</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Dërgesat</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Treguesit</translation>
    </message>
    <message>
        <source>Drop the centres&apos; packages (.age files) or folders here</source>
        <translation>Tërhiqni këtu paketat e qendrave (skedarët .age) ose dosjet</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Shto skedarë…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Shto dosje…</translation>
    </message>
    <message>
        <source>Period (YYYY, YYYY-Qn or YYYY-MM):</source>
        <translation>Periudha (VVVV, VVVV-Qn ose VVVV-MM):</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Shfaq</translation>
    </message>
    <message>
        <source>✓ received · ✓ replaced (n versions) · — missing: nothing received for that month · not due: the month is not over yet</source>
        <translation>✓ marrë · ✓ zëvendësuar (n versione) · — mungon: asgjë e marrë për atë muaj · jo ende: muaji nuk ka mbaruar</translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation>Qendra:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periudha:</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>sipas muajve</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>sipas tremujorëve</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>sipas viteve</translation>
    </message>
    <message>
        <source>Report workbook…</source>
        <translation>Raporti (libri i punës)…</translation>
    </message>
    <message>
        <source>Dataset (.xlsx)…</source>
        <translation>Grupi i të dhënave (.xlsx)…</translation>
    </message>
    <message>
        <source>Dataset (.csv)…</source>
        <translation>Grupi i të dhënave (.csv)…</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Të gjitha qendrat</translation>
    </message>
    <message>
        <source>Registered centres: %1</source>
        <translation>Qendrat e regjistruara: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s identity file</source>
        <translation>Skedari i identitetit të organizatës</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>A centre&apos;s card</source>
        <translation>Kartela e qendrës</translation>
    </message>
    <message>
        <source>Centre card (*.json);;All files (*)</source>
        <translation>Kartela e qendrës (*.json);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Centre %1 (%2) is registered; key fingerprint %3.</source>
        <translation>Qendra %1 (%2) është regjistruar; gjurma e çelësit %3.</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Paketat për import</translation>
    </message>
    <message>
        <source>Packages (*.age *.xlsx);;All files (*)</source>
        <translation>Paketat (*.age *.xlsx);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>A folder of packages</source>
        <translation>Dosje me paketa</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s identity file first: the packages are encrypted for it.</source>
        <translation>Së pari zgjidhni skedarin e identitetit të organizatës: paketat janë të enkriptuara për të.</translation>
    </message>
    <message>
        <source>No packages were found there.</source>
        <translation>Aty nuk u gjet asnjë paketë.</translation>
    </message>
    <message>
        <source>Importing %1 file(s)…</source>
        <translation>Po importohen skedarët: %1…</translation>
    </message>
    <message>
        <source>Nothing imported yet in this window.</source>
        <translation>Në këtë dritare ende nuk është importuar asgjë.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>pranuar</translation>
    </message>
    <message>
        <source>accepted (replaces)</source>
        <translation>pranuar (zëvendëson)</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>tashmë e importuar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refuzuar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Skedari</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Qendra</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Muaji</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rreshta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Hollësi</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>jo ende</translation>
    </message>
    <message>
        <source>the month is not over yet</source>
        <translation>muaji nuk ka mbaruar ende</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mungon</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importuar %1</translation>
    </message>
    <message>
        <source>replaced (%1)</source>
        <translation>zëvendësuar (%1)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>marrë</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Treguesi</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gjithsej</translation>
    </message>
    <message>
        <source>Report workbook</source>
        <translation>Raporti</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libër pune Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Raporti u shkrua në %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Po shkruhet raporti…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Grupi i të dhënave</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The dataset was written to %1 (%2 rows).</source>
        <translation>Grupi i të dhënave u shkrua në %1 (rreshta: %2).</translation>
    </message>
    <message>
        <source>Writing the dataset…</source>
        <translation>Po shkruhet grupi i të dhënave…</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The register database is damaged (%1). Keep working only to save what you must, then ask the administrator to restore the latest backup.</source>
        <translation>Baza e regjistrit është e dëmtuar (%1). Vazhdoni vetëm për të ruajtur atë që duhet, pastaj kërkojini administratorit të rikthejë kopjen rezervë më të fundit.</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without activity. Nothing you typed was lost.</source>
        <translation>U kyç pas %1 min pa aktivitet. Asgjë nga ajo që shkruat nuk humbi.</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>Regjistri është i kyçur.</translation>
    </message>
    <message>
        <source>The automatic backup could not be written. %1
Check the backup folder on the Backups page.</source>
        <translation>Kopja rezervë automatike nuk mund të shkruhej. %1
Kontrolloni dosjen e kopjeve te faqja „Kopjet rezervë”.</translation>
    </message>
    <message>
        <source>Writing the automatic backup…</source>
        <translation>Po shkruhet kopja rezervë automatike…</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Po rikthehet regjistri…</translation>
    </message>
    <message>
        <source>The register was restored from the backup made on %1. Unlock it to continue.</source>
        <translation>Regjistri u rikthye nga kopja rezervë e %1. Shkyçeni për të vazhduar.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>No verified backup yet</source>
        <translation>Ende nuk ka kopje rezervë të verifikuar</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>Zgjidhni ku të shkruhet kopja rezervë</translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation>Po shkruhet dhe verifikohet kopja rezervë…</translation>
    </message>
    <message>
        <source>The backup was written and verified:
%1</source>
        <translation>Kopja rezervë u shkrua dhe u verifikua:
%1</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Zgjidhni dosjen për kopjet rezervë automatike</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups first.</source>
        <translation>Së pari zgjidhni dosjen për kopjet rezervë automatike.</translation>
    </message>
    <message>
        <source>Automatic backups were saved.</source>
        <translation>Cilësimet e kopjeve rezervë automatike u ruajtën.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Zgjidhni skedarin e kopjes rezervë</translation>
    </message>
    <message>
        <source>Evidencija backups (*.evbackup);;All files (*)</source>
        <translation>Kopjet rezervë të Evidencija (*.evbackup);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Po verifikohet kopja rezervë…</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Backups</source>
        <translation>Kopjet rezervë</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole register. It can be opened only with a passphrase or the recovery key of this register.</source>
        <translation>Kopja rezervë është një kopje e enkriptuar e gjithë regjistrit. Mund të hapet vetëm me një fjalëkalim ose me çelësin e rikuperimit të këtij regjistri.</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Kopja rezervë e fundit e mirë</translation>
    </message>
    <message>
        <source>Every backup is reopened and checked before it counts.</source>
        <translation>Çdo kopje rezervë rihapet dhe kontrollohet para se të llogaritet.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Bëj kopje tani</translation>
    </message>
    <message>
        <source>Write a backup to a folder or a USB drive you choose.</source>
        <translation>Shkruani një kopje rezervë në një dosje ose disk USB që zgjidhni.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Bëj kopje tani…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Kopjet rezervë automatike</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Joaktive</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Çdo ditë</translation>
    </message>
    <message>
        <source>When the program closes</source>
        <translation>Kur mbyllet programi</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kur:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dosja:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Ruaj të fundit:</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>kopje</translation>
    </message>
    <message>
        <source>no folder chosen</source>
        <translation>nuk është zgjedhur dosje</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Zgjidh…</translation>
    </message>
    <message>
        <source>&amp;Save automatic backups</source>
        <translation>&amp;Ruaj cilësimet e kopjeve</translation>
    </message>
    <message>
        <source>Only an administrator can change automatic backups.</source>
        <translation>Vetëm administratori mund t’i ndryshojë kopjet rezervë automatike.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rikthimi</translation>
    </message>
    <message>
        <source>Replace this register with a backup. The backup is verified and its contents shown before you confirm.</source>
        <translation>Zëvendësojeni këtë regjistër me një kopje rezervë. Kopja verifikohet dhe përmbajtja e saj shfaqet para se ta konfirmoni.</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Rikthe nga kopja rezervë…</translation>
    </message>
    <message>
        <source>Backups are made by administrators and case managers.</source>
        <translation>Kopjet rezervë i bëjnë administratorët dhe menaxherët e rasteve.</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>More about this person</source>
        <translation>Më shumë për këtë person</translation>
    </message>
    <message>
        <source>not served yet</source>
        <translation>ende e pa dorëzuar</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>skadon %1</translation>
    </message>
    <message>
        <source>proposal due %1</source>
        <translation>propozimi deri më %1</translation>
    </message>
    <message>
        <source>decision due %1</source>
        <translation>vendimi deri më %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>AFATI KA KALUAR</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>skadoi %1</translation>
    </message>
    <message>
        <source>appeal until %1</source>
        <translation>ankesa deri më %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Gjinia</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Viti i lindjes</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Marrëdhëniet</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Marrëdhënia</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Jetojnë së bashku</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Ndarja</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportimet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Pranuar</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Mënyra e raportimit</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Raportuar nga</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentet</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ndodhi</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Format e dhunës</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Komuna</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lëndimet</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Vlerësimet e rrezikut</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Vlerësuar</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vlerësuesi</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveli</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Rrezik i menjëhershëm</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Shërbimet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Shërbimi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Filloi</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Përfundoi</translation>
    </message>
    <message>
        <source>Meetings (GKS)</source>
        <translation>Takimet (GKS)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Mbajtur më</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Takimi</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Vendimet</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plani</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Hartuar më</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Nënshkruar</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Rishikimi më</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Masat</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Masat e planit</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Përgjegjës</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Afati</translation>
    </message>
    <message>
        <source>A measure is added to the latest plan; add a plan first.</source>
        <translation>Masa shtohet në planin më të fundit; shtoni së pari një plan.</translation>
    </message>
    <message>
        <source>Urgent measures</source>
        <translation>Masat urgjente</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dorëzuar</translation>
    </message>
    <message>
        <source>Legal clock</source>
        <translation>Afatet ligjore</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Vendimi i gjykatës</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Masat mbrojtëse</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Paraqitur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Urdhëruar</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Procedurat penale</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Kallëzimi penal</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Prokuroria</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Aktgjykimi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referimet</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referuar më</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Drejtimi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Përgjigjja</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Reagimi</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dhënë më</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>Për shërbimin</translation>
    </message>
    <message>
        <source>Feels safer</source>
        <translation>Ndihet më e sigurt</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Kënaqësia</translation>
    </message>
    <message>
        <source>Contacts and notes</source>
        <translation>Kontaktet dhe shënimet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Lloji i kontaktit</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Me kë</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kush</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Shënim</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumentet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Skedari</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Shtuar</translation>
    </message>
    <message>
        <source>Kept inside the encrypted register, at most %1 MB a file; never exported.</source>
        <translation>Ruhen brenda regjistrit të enkriptuar, deri në %1 MB për skedar; nuk eksportohen kurrë.</translation>
    </message>
</context>
<context>
    <name>CaseFileController</name>
    <message>
        <source>Case %1</source>
        <translation>Rasti %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statusi: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Përparësia: %1</translation>
    </message>
    <message>
        <source>Case manager: %1</source>
        <translation>Menaxheri i rastit: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Hapur: %1</translation>
    </message>
    <message>
        <source>Closed on %1 (%2). The case is read-only until it is reopened.</source>
        <translation>Mbyllur më %1 (%2). Rasti vetëm lexohet derisa të rihapet.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kush</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çfarë</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Regjistrimi</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fushat</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ende nuk është regjistruar asgjë.</translation>
    </message>
    <message>
        <source>JMBG %1</source>
        <translation>NUI %1</translation>
    </message>
    <message>
        <source>Correct identity: %1</source>
        <translation>Korrigjimi i të dhënave identifikuese: %1</translation>
    </message>
    <message>
        <source>%1: add</source>
        <translation>%1: shto</translation>
    </message>
    <message>
        <source>%1: edit</source>
        <translation>%1: ndrysho</translation>
    </message>
    <message>
        <source>Remove %1 from this case? The person stays in the register; her relationships in this case are deleted with her.</source>
        <translation>Të hiqet %1 nga ky rast? Personi mbetet në regjistër; marrëdhëniet e tij ose të saj në këtë rast fshihen bashkë me të.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hiq</translation>
    </message>
    <message>
        <source>Delete this record from “%1”?
%2
It cannot be undone; the audit trail keeps what it held.</source>
        <translation>Të fshihet ky regjistrim nga „%1”?
%2
Kjo nuk mund të zhbëhet; gjurma e auditimit ruan atë që përmbante.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fshi</translation>
    </message>
    <message>
        <source>Case manager of case %1</source>
        <translation>Menaxheri i rastit %1</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Të dhënat e rastit</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Mbyll rastin</translation>
    </message>
    <message>
        <source>Reopen case %1? It can be edited again.</source>
        <translation>Të rihapet rasti %1? Do të mund të ndryshohet përsëri.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rihap</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <source>← Back to the list</source>
        <translation>← Kthehu te lista</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Show &amp;identity data</source>
        <translation>Shfaq të dhënat &amp;identifikuese</translation>
    </message>
    <message>
        <source>Names, JMBG and addresses; every opening is recorded in the audit trail.</source>
        <translation>Emrat, NUI dhe adresat; çdo hapje regjistrohet në gjurmën e auditimit.</translation>
    </message>
    <message>
        <source>Print &amp;plan…</source>
        <translation>Shtyp &amp;planin…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translation>Shtyp përmbledhje&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Mbyll rastin…</translation>
    </message>
    <message>
        <source>Case &amp;details…</source>
        <translation>Të dhënat e r&amp;astit…</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>&amp;Rihap rastin</translation>
    </message>
    <message>
        <source>Change case &amp;manager…</source>
        <translation>Ndrysho m&amp;enaxherin e rastit…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historiku</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>File number</source>
        <translation>Numri i lëndës</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Hapur më</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Viktimat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Përparësia</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Menaxheri i rastit</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>All statuses</source>
        <translation>Të gjitha statuset</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Rastet e hapura</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Rastet e mbyllura</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Çdo përparësi</translation>
    </message>
    <message>
        <source>Cases found: %1</source>
        <translation>Raste të gjetura: %1</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>Asnjë rast nuk përputhet me kërkimin.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Ende nuk ka raste.</translation>
    </message>
    <message>
        <source>— not assessed yet —</source>
        <translation>— ende pa u vlerësuar —</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Shkruani datën si dd.mm.vvvv., p.sh. 03.02.2026.</translation>
    </message>
    <message>
        <source>Discard the new case you started?</source>
        <translation>Të hidhet poshtë rasti i ri që filluat?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hidhe poshtë</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Vazhdo shkrimin</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases</source>
        <translation>Rastet</translation>
    </message>
    <message>
        <source>Search: name (any script or spelling), JMBG or file number</source>
        <translation>Kërko: emri (në çdo alfabet a drejtshkrim), numri personal (JMBG) ose numri i lëndës</translation>
    </message>
    <message>
        <source>Only &amp;my cases</source>
        <translation>Vetëm rastet e &amp;mia</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>Rast i &amp;ri</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>Your centre</source>
        <translation>Qendra juaj</translation>
    </message>
    <message>
        <source>These details appear on exports and printouts.</source>
        <translation>Këto të dhëna shfaqen në eksportet dhe në dokumentet e shtypura.</translation>
    </message>
    <message>
        <source>Centre &amp;code:</source>
        <translation>&amp;Kodi i qendrës:</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Emri i qendrës:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Ko&amp;muna:</translation>
    </message>
    <message>
        <source>e.g. CSR-KG</source>
        <translation>p.sh. CSR-KG</translation>
    </message>
    <message>
        <source>e.g. Centar za socijalni rad Kragujevac</source>
        <translation>p.sh. Qendra për Punë Sociale Prishtinë</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>shkruani për të kërkuar</translation>
    </message>
    <message>
        <source>The centre code is given by the coordinating organisation.</source>
        <translation>Kodin e qendrës e cakton organizata koordinuese.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Zgjidhni nga kalendari</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Shkruani datën si dd.mm.vvvv.</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Overdue</source>
        <translation>Afati ka kaluar</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Afati sot</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Këtë javë</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Afati</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Rasti</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çfarë</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Loading the deadlines…</source>
        <translation>Po ngarkohen afatet…</translation>
    </message>
    <message>
        <source>Overdue: %1 · Due today: %2 · Later this week: %3</source>
        <translation>Me afat të kaluar: %1 · Afati sot: %2 · Më vonë këtë javë: %3</translation>
    </message>
    <message>
        <source>Case %1. The case file opens here in the next step of this version.</source>
        <translation>Rasti %1. Dosja e rastit do të hapet këtu në hapin e ardhshëm të këtij versioni.</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Deadlines</source>
        <translation>Afatet</translation>
    </message>
    <message>
        <source>Legal clocks and planned steps of open cases. Press Enter or double-click a row to open its case.</source>
        <translation>Afatet ligjore dhe hapat e planifikuar të rasteve të hapura. Shtypni Enter ose klikoni dy herë një rresht për të hapur rastin e tij.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Rifresko</translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week.</source>
        <translation>Asnjë afat nuk ka kaluar dhe asnjë nuk skadon këtë javë.</translation>
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
        <translation>Në rregull</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Attach a document</source>
        <translation>Bashkëngjit një dokument</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Dokumente (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Të gjitha skedarët (*)</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it elsewhere, or ask the administrator.</source>
        <translation>Asnjë program në këtë kompjuter nuk e hap këtë lloj skedari. Ruani një kopje dhe hapeni diku tjetër, ose pyesni administratorin.</translation>
    </message>
    <message>
        <source>Document open</source>
        <translation>Dokumenti është i hapur</translation>
    </message>
    <message>
        <source>“%1” is open in the system&apos;s viewer. Close the viewer, then this note: the temporary copy is then erased.</source>
        <translation>„%1” është i hapur në shikuesin e sistemit. Mbyllni shikuesin, pastaj këtë shënim: kopja e përkohshme fshihet atëherë.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Ruaj një kopje të dokumentit</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Të gjitha skedarët (*)</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not encrypted: keep it as safely as the paper original.</source>
        <translation>Kopja u ruajt si %1. Nuk është e enkriptuar: ruajeni po aq me kujdes sa origjinalin në letër.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and the program could not finish what it was doing. Everything saved before is safe. Details for support were written to the log folder: %1</source>
        <translation>Ndodhi një gabim dhe programi nuk mundi ta përfundonte atë që po bënte. Gjithçka e ruajtur më parë është e sigurt. Të dhënat për mbështetjen u shkruan në dosjen e regjistrimeve: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Vazhdo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Gabim i papritur</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The export is encrypted for the coordinating organisation (recipients: %1); only it can open the file.</source>
        <translation>Eksporti enkriptohet për organizatën koordinuese (marrës: %1); vetëm ajo mund ta hapë skedarin.</translation>
    </message>
    <message>
        <source>No recipient is set: the export cannot be encrypted. Paste the organisation&apos;s age recipient (it starts with age1) below.</source>
        <translation>Nuk është caktuar marrësi: eksporti nuk mund të enkriptohet. Ngjitni më poshtë marrësin age të organizatës (fillon me age1).</translation>
    </message>
    <message>
        <source>Months never exported: %1</source>
        <translation>Muajt që nuk janë eksportuar kurrë: %1</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>i enkriptuar</translation>
    </message>
    <message>
        <source>plain workbook</source>
        <translation>libër pune i paenkriptuar</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Muaji</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kush</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Skedari</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Gjurma (SHA-256)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Parapamje</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>Po përgatitet parapamja e %1…</translation>
    </message>
    <message>
        <source>Month %1, centre %2</source>
        <translation>Muaji %1, qendra %2</translation>
    </message>
    <message>
        <source>Victim records: %1; suppressed: %2 (%3); generalised: %4 (%5).</source>
        <translation>Regjistrime të viktimave: %1; të fshehura: %2 (%3); të përgjithësuara: %4 (%5).</translation>
    </message>
    <message>
        <source>Smallest group: k = %1 required; generalisation level %2 (%3).</source>
        <translation>Grupi më i vogël: kërkohet k = %1; niveli i përgjithësimit %2 (%3).</translation>
    </message>
    <message>
        <source>Aggregate tables: %1 cells, %2 small counts and %3 further cells suppressed.</source>
        <translation>Tabelat përmbledhëse: %1 qeliza, u fshehën %2 numra të vegjël dhe %3 qeliza të tjera.</translation>
    </message>
    <message>
        <source>More than a fifth of the victim records are suppressed: the month is small. The aggregate tables still count them.</source>
        <translation>Më shumë se një e pesta e regjistrimeve të viktimave janë të fshehura: muaji është i vogël. Tabelat përmbledhëse i numërojnë ende.</translation>
    </message>
    <message>
        <source>No recipient of the coordinating organisation is set, so the export cannot be encrypted. An unencrypted workbook can be read by anyone who gets the file: carry it only by hand, on an encrypted medium. Write an unencrypted workbook anyway?</source>
        <translation>Nuk është caktuar marrësi i organizatës koordinuese, prandaj eksporti nuk mund të enkriptohet. Librin e punës të paenkriptuar mund ta lexojë kushdo që merr skedarin: bartni atë vetëm personalisht, në një medium të enkriptuar. Të shkruhet gjithsesi libri i punës i paenkriptuar?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Write unencrypted workbook</source>
        <translation>Shkruaj librin e punës të paenkriptuar</translation>
    </message>
    <message>
        <source>Choose where to write the export</source>
        <translation>Zgjidhni ku të shkruhet eksporti</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporti</translation>
    </message>
    <message>
        <source>Writing the export of %1…</source>
        <translation>Po shkruhet eksporti i %1…</translation>
    </message>
    <message>
        <source>The export was written to %1.
Fingerprint (SHA-256): %2</source>
        <translation>Eksporti u shkrua në %1.
Gjurma (SHA-256): %2</translation>
    </message>
    <message>
        <source>It is in the outbox and will be sent to the coordinating organisation.</source>
        <translation>Është në kutinë dalëse dhe do t&apos;i dërgohet organizatës koordinuese.</translation>
    </message>
    <message>
        <source>It is not encrypted, so it was not put in the outbox.</source>
        <translation>Nuk është i enkriptuar, prandaj nuk u vendos në kutinë dalëse.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksporti u anulua; asgjë nuk u shkrua.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Monthly export</source>
        <translation>Eksporti mujor</translation>
    </message>
    <message>
        <source>The anonymised monthly workbook for the coordinating organisation</source>
        <translation>Libri i punës mujor i anonimizuar për organizatën koordinuese</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Përgatitja</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Kutia dalëse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historiku</translation>
    </message>
    <message>
        <source>Only an administrator can prepare the monthly export, because it leaves the centre. Ask your administrator; the outbox shows what was sent.</source>
        <translation>Eksportin mujor mund ta përgatisë vetëm administratori, sepse ai del nga qendra. Pyesni administratorin; kutia dalëse tregon çfarë u dërgua.</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Muaji:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Parapamje</translation>
    </message>
    <message>
        <source>Save export…</source>
        <translation>Ruaj eksportin…</translation>
    </message>
    <message>
        <source>Coordinating organisation (NGO) recipient</source>
        <translation>Marrësi i organizatës koordinuese (OJQ)</translation>
    </message>
    <message>
        <source>Save recipient</source>
        <translation>Ruaj marrësin</translation>
    </message>
    <message>
        <source>Disclosure report</source>
        <translation>Raporti i mbrojtjes së të dhënave</translation>
    </message>
    <message>
        <source>Choose the month and press Preview: every sheet is shown exactly as it will be written, with what was generalised or suppressed and why.</source>
        <translation>Zgjidhni muajin dhe shtypni Parapamje: çdo fletë shfaqet saktësisht siç do të shkruhet, me atë që u përgjithësua ose u fsheh dhe pse.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>File number</source>
        <translation>Numri i dosjes</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Hapur më</translation>
    </message>
    <message>
        <source>Centre&apos;s municipality</source>
        <translation>Komuna e qendrës</translation>
    </message>
    <message>
        <source>Victim&apos;s municipality</source>
        <translation>Komuna e viktimës</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Ekipi i brendshëm</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Menaxheri i rastit</translation>
    </message>
    <message>
        <source>Repeat case</source>
        <translation>Rast i përsëritur</translation>
    </message>
    <message>
        <source>Earlier reports</source>
        <translation>Raportime të mëparshme</translation>
    </message>
    <message>
        <source>First contact with the victim</source>
        <translation>Kontakti i parë me viktimën</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Mbyllur më</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Shënim</translation>
    </message>
    <message>
        <source>Intake worker</source>
        <translation>Punonjësi i pranimit</translation>
    </message>
    <message>
        <source>Responsible colleague</source>
        <translation>Kolegu përgjegjës</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kolegu</translation>
    </message>
    <message>
        <source>Date of contact</source>
        <translation>Data e kontaktit</translation>
    </message>
    <message>
        <source>Person of the case</source>
        <translation>Personi i rastit</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Mbiemri</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>NUI (JMBG)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>E sigurt për t&apos;u kontaktuar</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data e lindjes</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Ka aftësi të kufizuar</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Shtatzënë</translation>
    </message>
    <message>
        <source>Economically dependent</source>
        <translation>E varur ekonomikisht</translation>
    </message>
    <message>
        <source>Children in the household</source>
        <translation>Fëmijë në familje</translation>
    </message>
    <message>
        <source>Social protection beneficiary</source>
        <translation>Përfitues i mbrojtjes sociale</translation>
    </message>
    <message>
        <source>Alcohol or drug misuse</source>
        <translation>Keqpërdorim i alkoolit ose drogës</translation>
    </message>
    <message>
        <source>Mental illness</source>
        <translation>Sëmundje mendore</translation>
    </message>
    <message>
        <source>Access to a weapon</source>
        <translation>Qasje në armë</translation>
    </message>
    <message>
        <source>Prior convictions</source>
        <translation>Dënime të mëparshme</translation>
    </message>
    <message>
        <source>Earlier protection measures</source>
        <translation>Masa mbrojtëse të mëparshme</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Viktima</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Kryerësi</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Jetojnë së bashku</translation>
    </message>
    <message>
        <source>Separation in progress</source>
        <translation>Ndarje në vazhdim</translation>
    </message>
    <message>
        <source>Custody dispute</source>
        <translation>Mosmarrëveshje për kujdestarinë</translation>
    </message>
    <message>
        <source>Report received at</source>
        <translation>Raportimi u pranua më</translation>
    </message>
    <message>
        <source>Intake sheet filled in</source>
        <translation>Fleta e pranimit e plotësuar</translation>
    </message>
    <message>
        <source>Forwarded to the police at</source>
        <translation>Përcjellë në polici më</translation>
    </message>
    <message>
        <source>Victim&apos;s consent</source>
        <translation>Pëlqimi i viktimës</translation>
    </message>
    <message>
        <source>Immediate intervention</source>
        <translation>Ndërhyrje e menjëhershme</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Ndodhi më</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Komuna</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Vendbanimi</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Ndihmë mjekësore</translation>
    </message>
    <message>
        <source>Children present</source>
        <translation>Fëmijë të pranishëm</translation>
    </message>
    <message>
        <source>Perpetrator intoxicated</source>
        <translation>Kryerësi nën ndikimin e alkoolit ose drogës</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Incidenti i parë</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>Vlerësuar më</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Rrezik i menjëhershëm</translation>
    </message>
    <message>
        <source>Risk as the victim sees it</source>
        <translation>Rreziku siç e sheh viktima</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Faktorët e rrezikut</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Për</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Filloi më</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Përfundoi më</translation>
    </message>
    <message>
        <source>Plan measure</source>
        <translation>Masa e planit</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Mbajtur më</translation>
    </message>
    <message>
        <source>Victim present</source>
        <translation>Viktima e pranishme</translation>
    </message>
    <message>
        <source>Minutes reference</source>
        <translation>Numri i procesverbalit</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Hartuar më</translation>
    </message>
    <message>
        <source>Signed by the victim</source>
        <translation>Nënshkruar nga viktima</translation>
    </message>
    <message>
        <source>Monitoring plan</source>
        <translation>Plani i monitorimit</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Rishikimi më</translation>
    </message>
    <message>
        <source>People covered</source>
        <translation>Personat e përfshirë</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Personi përgjegjës</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Afati</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Kryer më</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numri i urdhrit</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Urdhëruar më</translation>
    </message>
    <message>
        <source>Served at</source>
        <translation>Dorëzuar më</translation>
    </message>
    <message>
        <source>Prosecutor proposed an extension</source>
        <translation>Prokurori propozoi zgjatje</translation>
    </message>
    <message>
        <source>Proposal made at</source>
        <translation>Propozimi u bë më</translation>
    </message>
    <message>
        <source>Court decided at</source>
        <translation>Gjykata vendosi më</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Numri i vendimit</translation>
    </message>
    <message>
        <source>Extended until</source>
        <translation>Zgjatur deri më</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Shkelur</translation>
    </message>
    <message>
        <source>Breached on</source>
        <translation>Shkelur më</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Distanca (m)</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Paraqitur më</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Gjykata</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Kohëzgjatja (muaj)</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Zgjatur</translation>
    </message>
    <message>
        <source>Extended on</source>
        <translation>Zgjatur më</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Përfundoi para kohe</translation>
    </message>
    <message>
        <source>Centre gave an opinion</source>
        <translation>Qendra dha mendim</translation>
    </message>
    <message>
        <source>Criminal complaint filed</source>
        <translation>Kallëzim penal i paraqitur</translation>
    </message>
    <message>
        <source>Complaint filed on</source>
        <translation>Kallëzimi u paraqit më</translation>
    </message>
    <message>
        <source>Decision on</source>
        <translation>Vendimi më</translation>
    </message>
    <message>
        <source>Verdict on</source>
        <translation>Aktgjykimi më</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>I ndaluar</translation>
    </message>
    <message>
        <source>Final on</source>
        <translation>I formës së prerë më</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referuar më</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Përgjigjja u pranua</translation>
    </message>
    <message>
        <source>Consent to share data</source>
        <translation>Pëlqim për ndarjen e të dhënave</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dhënë më</translation>
    </message>
    <message>
        <source>Informed of her rights</source>
        <translation>E informuar për të drejtat</translation>
    </message>
    <message>
        <source>Took part in the plan</source>
        <translation>Mori pjesë në plan</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Kënaqësia (1–5)</translation>
    </message>
    <message>
        <source>Treated with respect</source>
        <translation>U trajtua me respekt</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Do ta rekomandonte</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Koment</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>Për shërbimin</translation>
    </message>
    <message>
        <source>Only as she declares it, with consent.</source>
        <translation>Vetëm siç deklarohet, me pëlqim.</translation>
    </message>
    <message>
        <source>Phone and e-mail are safe to use.</source>
        <translation>Telefoni dhe e-maili janë të sigurt për kontakt.</translation>
    </message>
    <message>
        <source>Empty: the centre&apos;s help as a whole.</source>
        <translation>Bosh: ndihma e qendrës në tërësi.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Urdhri</translation>
    </message>
    <message>
        <source>Petition filed at</source>
        <translation>Kërkesa u paraqit më</translation>
    </message>
    <message>
        <source>Court decision on the petition</source>
        <translation>Vendimi i gjykatës për kërkesën</translation>
    </message>
    <message>
        <source>Order issued on</source>
        <translation>Urdhri u lëshua më</translation>
    </message>
    <message>
        <source>Order in force until</source>
        <translation>Urdhri në fuqi deri më</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Ruani çelësin e rikuperimit si PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Move this file to a USB stick kept locked away, and delete it from this computer.</source>
        <translation>U ruajt në %1. Zhvendoseni këtë skedar në një USB që ruhet nën çelës dhe fshijeni nga ky kompjuter.</translation>
    </message>
    <message>
        <source>The register has been created, but you have not confirmed the recovery key. It will not be shown again. Close anyway?</source>
        <translation>Regjistri u krijua, por nuk e keni konfirmuar çelësin e rikuperimit. Ai nuk do të shfaqet më. Të mbyllet gjithsesi?</translation>
    </message>
    <message>
        <source>Close without the key</source>
        <translation>Mbyll pa çelësin</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kthehu</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Evidencija — new register</source>
        <translation>Evidencija — regjistër i ri</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Prapa</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Para &gt;</translation>
    </message>
    <message>
        <source>&amp;Create register</source>
        <translation>&amp;Krijo regjistrin</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Përfundo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Welcome to Evidencija</source>
        <translation>Mirë se vini në Evidencija</translation>
    </message>
    <message>
        <source>This computer has no register yet. Let us create one.</source>
        <translation>Ky kompjuter ende nuk ka regjistër. Le ta krijojmë një.</translation>
    </message>
    <message>
        <source>You will enter your centre&apos;s details and the first administrator&apos;s account. At the end you will receive a recovery key: print it or save it, and keep it locked away. It opens the register if every passphrase is forgotten.</source>
        <translation>Do të shkruani të dhënat e qendrës suaj dhe llogarinë e administratorit të parë. Në fund do të merrni një çelës rikuperimi: shtypeni ose ruajeni dhe mbajeni nën çelës. Ai e hap regjistrin nëse harrohen të gjitha fjalëkalimet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Gjuha:</translation>
    </message>
</context>
<context>
    <name>JmbgCheck</name>
    <message>
        <source>The JMBG has 13 digits (%1 typed).</source>
        <translation>NUI ka 13 shifra (të shkruara %1).</translation>
    </message>
    <message>
        <source>✗ The check digit does not match: a digit is mistyped.</source>
        <translation>✗ Shifra e kontrollit nuk përputhet: një shifër është shkruar gabim.</translation>
    </message>
    <message>
        <source>✓ The JMBG&apos;s check digit is right.</source>
        <translation>✓ Shifra e kontrollit e NUI është e saktë.</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <source>Last good backup: none yet</source>
        <translation>Kopja rezervë e fundit e mirë: ende asnjë</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>Kopja rezervë e fundit e mirë: %1</translation>
    </message>
    <message>
        <source>Some unsaved changes could not be kept as a draft. They stay on screen behind the lock. Lock anyway?</source>
        <translation>Disa ndryshime të paruajtura nuk mund të ruheshin si skicë. Ato mbeten në ekran pas kyçjes. Të kyçet gjithsesi?</translation>
    </message>
    <message>
        <source>Lock anyway</source>
        <translation>Kyç gjithsesi</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Qëndro</translation>
    </message>
    <message>
        <source>You have unsaved changes from %1, kept safely when the register was locked or closed. Put them back into their forms?</source>
        <translation>Keni ndryshime të paruajtura nga %1, të ruajtura në mënyrë të sigurt kur regjistri u kyç ose u mbyll. T’i ktheni në formularët e tyre?</translation>
    </message>
    <message>
        <source>Put them back</source>
        <translation>Ktheji</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Hidhi poshtë</translation>
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
        <translation>&amp;Regjistri</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kyç</translation>
    </message>
    <message>
        <source>Lock the register (%1)</source>
        <translation>Kyç regjistrin (%1)</translation>
    </message>
    <message>
        <source>Lock (%1)</source>
        <translation>Kyç (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Open the export</source>
        <translation>Hap eksportin</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Due this week (%1)</source>
        <translation>Afatet këtë javë (%1)</translation>
    </message>
    <message>
        <source>Plan reviews (%1)</source>
        <translation>Rishikimet e planit (%1)</translation>
    </message>
    <message>
        <source>Waiting for an answer (%1)</source>
        <translation>Në pritje të përgjigjes (%1)</translation>
    </message>
    <message>
        <source>Open cases (%1)</source>
        <translation>Rastet e hapura (%1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Rasti</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Rishikimi deri</translation>
    </message>
    <message>
        <source>Plan of</source>
        <translation>Plani i</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referuar te</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Dërguar më</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Ditë pritjeje</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Kontakti i fundit</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Ditë pa kontakt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Hapur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Menaxheri i rastit</translation>
    </message>
    <message>
        <source>No contact for %1 days (%2)</source>
        <translation>Pa kontakt %1 ditë (%2)</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>E gjithë qendra</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (unë)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Duke u ngarkuar…</translation>
    </message>
    <message>
        <source>Overdue: %1 · Open cases: %2</source>
        <translation>Me afat të kaluar: %1 · Rastet e hapura: %2</translation>
    </message>
</context>
<context>
    <name>MyWorkView</name>
    <message>
        <source>My work</source>
        <translation>Puna ime</translation>
    </message>
    <message>
        <source>What is yours to do: deadlines and plan measures due this week, plan reviews, referrals waiting for an answer and cases without a recent contact. Press Enter or double-click a row to open its case.</source>
        <translation>Çfarë ju takon të bëni: afatet dhe masat e planit këtë javë, rishikimet e planit, referimet që presin përgjigje dhe rastet pa kontakt të kohëve të fundit. Shtypni Enter ose klikoni dy herë një rresht për të hapur rastin.</translation>
    </message>
    <message>
        <source>&amp;Whose work:</source>
        <translation>&amp;Puna e kujt:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Rifresko</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Cases</source>
        <translation>Rastet</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Afatet</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporti</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopjet rezervë</translation>
    </message>
    <message>
        <source>Users &amp; settings</source>
        <translation>Përdoruesit dhe cilësimet</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikat</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Puna ime</translation>
    </message>
</context>
<context>
    <name>NewCaseFlow</name>
    <message>
        <source>Discard the new case you started?</source>
        <translation>Të hidhet poshtë rasti i ri që filluat?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hidh poshtë</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Vazhdo plotësimin</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Shkruani datën si dd.mm.vvvv., p.sh. 03.02.2026.</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Rasti po krijohet…</translation>
    </message>
    <message>
        <source>Case %1 is created; the rest was not saved yet. Correct what is marked and press Create again, or Cancel to open the case as it is.</source>
        <translation>Rasti %1 u krijua; pjesa tjetër ende nuk është ruajtur. Korrigjoni atë që është shënuar dhe shtypni Krijo përsëri, ose Anulo për ta hapur rastin siç është.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <source>New case</source>
        <translation>Rast i ri</translation>
    </message>
    <message>
        <source>Register the case as it is opened. People, incidents and the risk assessment are added in the case file.</source>
        <translation>Regjistroni rastin siç është hapur. Personat, incidentet dhe vlerësimi i rrezikut shtohen në dosjen e rastit.</translation>
    </message>
    <message>
        <source>&amp;File number:</source>
        <translation>&amp;Numri i lëndës:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Hapur më:</translation>
    </message>
    <message>
        <source>Response &amp;priority:</source>
        <translation>&amp;Përparësia e veprimit:</translation>
    </message>
    <message>
        <source>&amp;Centre&apos;s municipality:</source>
        <translation>Komuna e &amp;qendrës:</translation>
    </message>
    <message>
        <source>&amp;Victim&apos;s municipality:</source>
        <translation>Komuna e &amp;viktimës:</translation>
    </message>
    <message>
        <source>the number in the centre&apos;s registry</source>
        <translation>numri në protokollin e qendrës</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Ruaj rastin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>NewCaseView</name>
    <message>
        <source>New case</source>
        <translation>Rast i ri</translation>
    </message>
    <message>
        <source>Fields marked * are required. Ctrl+S creates the case and opens its file; a step left empty is skipped.</source>
        <translation>Fushat e shënuara me * janë të detyrueshme. Ctrl+S krijon rastin dhe hap dosjen e tij; një hap i lënë bosh kapërcehet.</translation>
    </message>
    <message>
        <source>1. Intake</source>
        <translation>1. Pranimi</translation>
    </message>
    <message>
        <source>2. People</source>
        <translation>2. Personat</translation>
    </message>
    <message>
        <source>3. Relationship</source>
        <translation>3. Marrëdhënia</translation>
    </message>
    <message>
        <source>4. Incident</source>
        <translation>4. Incidenti</translation>
    </message>
    <message>
        <source>5. Risk assessment</source>
        <translation>5. Vlerësimi i rrezikut</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Rasti</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Raportimi</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Prapa</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Tjetër →</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>&amp;Krijo rastin</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <source>File</source>
        <translation>Skedari</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Muaji</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Përpjekje</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Madhësia (KB)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>(a password is stored; type to replace it)</source>
        <translation>(fjalëkalimi është ruajtur; shkruani për ta zëvendësuar)</translation>
    </message>
    <message>
        <source>(no password stored)</source>
        <translation>(nuk ka fjalëkalim të ruajtur)</translation>
    </message>
    <message>
        <source>Packages are sent by e-mail to %1 automatically, every few minutes.</source>
        <translation>Paketat dërgohen me email te %1 automatikisht, çdo disa minuta.</translation>
    </message>
    <message>
        <source>Sending by e-mail is not set up: use Prepare e-mail to send a package from your own mail program, then mark it as sent by hand.</source>
        <translation>Dërgimi me email nuk është konfiguruar: përdorni Përgatit emailin për ta dërguar paketën nga programi juaj i postës, pastaj shënojeni si të dërguar me dorë.</translation>
    </message>
    <message>
        <source>Sent: %1 of %2.</source>
        <translation>Dërguar: %1 nga %2.</translation>
    </message>
    <message>
        <source>Take %1 out of the outbox? It will not be sent.</source>
        <translation>Të hiqet %1 nga kutia dalëse? Nuk do të dërgohet.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hidh poshtë</translation>
    </message>
    <message>
        <source>Did you send %1 from your own mail program?</source>
        <translation>A e dërguat %1 nga programi juaj i postës?</translation>
    </message>
    <message>
        <source>Yes, it was sent</source>
        <translation>Po, u dërgua</translation>
    </message>
    <message>
        <source>The e-mail settings were saved.</source>
        <translation>Cilësimet e emailit u ruajtën.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Send now</source>
        <translation>Dërgo tani</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Provo përsëri</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hidh poshtë</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Përgatit emailin</translation>
    </message>
    <message>
        <source>Mark as sent by hand</source>
        <translation>Shëno si të dërguar me dorë</translation>
    </message>
    <message>
        <source>Sending by e-mail (administrators)</source>
        <translation>Dërgimi me email (administratorët)</translation>
    </message>
    <message>
        <source>Organisation&apos;s address:</source>
        <translation>Adresa e organizatës:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresa e dërguesit:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Serveri SMTP:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Siguria:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Emri i përdoruesit:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Fjalëkalimi:</translation>
    </message>
    <message>
        <source>Timeout (seconds):</source>
        <translation>Koha e pritjes (sekonda):</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Hiq fjalëkalimin e ruajtur</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Ruaj cilësimet</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Ndryshimi i fjalëkalimit tim</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice.</source>
        <translation>Shkruani fjalëkalimin e tanishëm, pastaj dy herë të riun.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Vendosja e një fjalëkalimi të ri</translation>
    </message>
    <message>
        <source>Set a new passphrase for %1 and tell it to them in person. The account is enabled again if it was disabled.</source>
        <translation>Vendosni një fjalëkalim të ri për %1 dhe tregojani personalisht. Llogaria aktivizohet përsëri nëse ishte çaktivizuar.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Fjalëkalimi i &amp;tanishëm:</translation>
    </message>
    <message>
        <source>&amp;Save passphrase</source>
        <translation>&amp;Ruaj fjalëkalimin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Fjalëkalimi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Përsëriteni:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>të paktën %1 karaktere</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Shumë i dobët</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>I pranueshëm</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>I mirë</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>I fortë</translation>
    </message>
    <message>
        <source>Too weak: %1</source>
        <translation>Shumë i dobët: %1</translation>
    </message>
    <message>
        <source>%1 — the two entries match.</source>
        <translation>%1 — të dy shkrimet përputhen.</translation>
    </message>
</context>
<context>
    <name>PersonBlock</name>
    <message>
        <source>&amp;Use existing person</source>
        <translation>Përdor personin &amp;ekzistues</translation>
    </message>
    <message>
        <source>Enter as a new person</source>
        <translation>Shëno si person të ri</translation>
    </message>
    <message>
        <source>%1 %2, already in the register, is added to this case.</source>
        <translation>%1 %2, tashmë në regjistër, shtohet në këtë rast.</translation>
    </message>
    <message>
        <source>same JMBG</source>
        <translation>i njëjti NUI</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>i njëjti emër dhe datë lindjeje</translation>
    </message>
    <message>
        <source>Already in the register (%1): %2 %3, born %4, in %5 case(s). Is this the same person?</source>
        <translation>Tashmë në regjistër (%1): %2 %3, lindur më %4, në %5 rast(e). A është i njëjti person?</translation>
    </message>
</context>
<context>
    <name>PictureWindow</name>
    <message>
        <source>The picture cannot be shown: the file is damaged.</source>
        <translation>Fotografia nuk mund të shfaqet: skedari është i dëmtuar.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The case list and the case file come in the next step of this version. Nothing is missing from your register: cases are kept safely.</source>
        <translation>Lista e rasteve dhe dosja e rastit vijnë në hapin e ardhshëm të këtij versioni. Asgjë nuk mungon në regjistrin tuaj: rastet ruhen në mënyrë të sigurt.</translation>
    </message>
    <message>
        <source>The list of deadlines (overdue, today, this week) comes together with the case list in the next step.</source>
        <translation>Lista e afateve (të kaluara, sot, këtë javë) vjen bashkë me listën e rasteve në hapin e ardhshëm.</translation>
    </message>
    <message>
        <source>The monthly anonymised export is not part of this version yet. When it is, this page will prepare the spreadsheet for the coordinating organisation and show what it contains before it is sent.</source>
        <translation>Eksporti mujor i anonimizuar ende nuk është pjesë e këtij versioni. Kur të jetë, kjo faqe do të përgatisë tabelën për organizatën koordinuese dhe do të tregojë çfarë përmban para dërgimit.</translation>
    </message>
</context>
<context>
    <name>PrintChoice</name>
    <message>
        <source>Print the plan</source>
        <translation>Shtyp planin</translation>
    </message>
    <message>
        <source>Print a case summary</source>
        <translation>Shtyp përmbledhjen e rastit</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Gjuha e dokumentit:</translation>
    </message>
    <message>
        <source>The printout carries names and identity data. Printing is recorded in the audit trail.</source>
        <translation>Dokumenti i shtypur përmban emra dhe të dhëna identifikuese. Shtypja regjistrohet në gjurmën e auditimit.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Shtyp…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Ruaj si P&amp;DF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Centre</source>
        <translation>Qendra</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Numri i dosjes</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Hapur më</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Menaxheri i rastit</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Shtypur më</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Asgjë e regjistruar.</translation>
    </message>
    <message>
        <source>Individual protection and support plan</source>
        <translation>Plani individual i mbrojtjes dhe mbështetjes</translation>
    </message>
    <message>
        <source>Person protected by the plan</source>
        <translation>Personi që mbron plani</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data e lindjes</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>NUI (JMBG)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Plani</translation>
    </message>
    <message>
        <source>No plan has been drawn up yet.</source>
        <translation>Ende nuk është hartuar plan.</translation>
    </message>
    <message>
        <source>Drawn up on %1</source>
        <translation>Hartuar më %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Rishikimi më %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Përgjegjës</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Afati</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorimi</translation>
    </message>
    <message>
        <source>Signature of the person protected</source>
        <translation>Nënshkrimi i personit të mbrojtur</translation>
    </message>
    <message>
        <source>One copy is for the person protected by the plan.</source>
        <translation>Një kopje është për personin që mbron plani.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Përmbledhja e rastit</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personat</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentet</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ndodhi</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Format e dhunës</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lëndimet</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arma</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Vlerësimet e rrezikut</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Vlerësuar</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveli</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Rrezik i menjëhershëm</translation>
    </message>
    <message>
        <source>Urgent measures</source>
        <translation>Masat urgjente</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dorëzuar</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Vendimi i gjykatës</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Masat mbrojtëse</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Urdhëruar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Procedurat penale</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Kallëzimi penal</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Prokuroria</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Aktgjykimi</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Shërbimet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Shërbimi</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Filloi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referimet</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referuar më</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Qëllimi</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Ruaj si PDF</translation>
    </message>
    <message>
        <source>The PDF was saved.</source>
        <translation>PDF u ruajt.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Ruaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Shkruani datën si dd.mm.vvvv., p.sh. 03.02.2026.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>More</source>
        <translation>Më shumë</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Please wait…</source>
        <translation>Ju lutem prisni…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Përdorimi i çelësit të rikuperimit</translation>
    </message>
    <message>
        <source>Type the recovery key printed when the register was created. Dashes and spaces do not matter; a mistyped group is named so you can check it.</source>
        <translation>Shkruani çelësin e rikuperimit të shtypur kur u krijua regjistri. Vizat dhe hapësirat nuk kanë rëndësi; grupi i shkruar gabim emërtohet që ta kontrolloni.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Çelësi i &amp;rikuperimit:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administratori:</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>&amp;Set passphrase and unlock</source>
        <translation>&amp;Vendos fjalëkalimin dhe shkyç</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Correct.</source>
        <translation>Saktë.</translation>
    </message>
    <message>
        <source>This is not group %1. Check what you wrote down.</source>
        <translation>Ky nuk është grupi %1. Kontrolloni çfarë keni shkruar.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Çelësi i rikuperimit</translation>
    </message>
    <message>
        <source>Shown only now. Without it, a register whose passphrases are all forgotten cannot be opened by anyone.</source>
        <translation>Shfaqet vetëm tani. Pa të, askush nuk mund ta hapë një regjistër të cilit i janë harruar të gjitha fjalëkalimet.</translation>
    </message>
    <message>
        <source>Print this key or save it as a PDF on a USB stick, then keep it locked away from this computer. Do not send it by e-mail.</source>
        <translation>Shtypeni këtë çelës ose ruajeni si PDF në një USB, pastaj mbajeni nën çelës, larg këtij kompjuteri. Mos e dërgoni me e-mail.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Shtyp…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Ruaj si P&amp;DF…</translation>
    </message>
    <message>
        <source>To confirm that you have written it down, type group %1 of the key here:</source>
        <translation>Për të konfirmuar që e keni shkruar, shkruani këtu grupin %1 të çelësit:</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Evidencija — recovery key</source>
        <translation>Evidencija — çelësi i rikuperimit</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Krijuar më: %1</translation>
    </message>
    <message>
        <source>This key opens the register when every passphrase is forgotten. Keep this sheet locked away, apart from the computer: whoever has it and a copy of the register can read the register.</source>
        <translation>Ky çelës e hap regjistrin kur harrohen të gjitha fjalëkalimet. Mbajeni këtë fletë nën çelës, larg kompjuterit: kushdo që e ka atë dhe një kopje të regjistrit mund ta lexojë regjistrin.</translation>
    </message>
    <message>
        <source>To use it: on the unlock window choose “Forgot the passphrase? Use the recovery key…”, type the key, choose the administrator and set a new passphrase.</source>
        <translation>Përdorimi: në dritaren e shkyçjes zgjidhni „Keni harruar fjalëkalimin? Përdorni çelësin e rikuperimit…”, shkruani çelësin, zgjidhni administratorin dhe vendosni një fjalëkalim të ri.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Rikthimi nga kopja rezervë</translation>
    </message>
    <message>
        <source>Verified: the backup is complete and its database opens without errors.</source>
        <translation>E verifikuar: kopja rezervë është e plotë dhe baza e saj hapet pa gabime.</translation>
    </message>
    <message>
        <source>Checked: the file is complete. It will be fully verified with your passphrase before anything is replaced.</source>
        <translation>E kontrolluar: skedari është i plotë. Do të verifikohet plotësisht me fjalëkalimin tuaj para se të zëvendësohet diçka.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Skedari: %1</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Bërë më: %1</translation>
    </message>
    <message>
        <source>Program version: %1</source>
        <translation>Versioni i programit: %1</translation>
    </message>
    <message>
        <source>Database schema: %1</source>
        <translation>Skema e bazës: %1</translation>
    </message>
    <message>
        <source>The register on this computer will be replaced by this backup. Everything entered after %1 will be lost. The current register is kept aside until the restored one opens.</source>
        <translation>Regjistri në këtë kompjuter do të zëvendësohet nga kjo kopje rezervë. Gjithçka e shkruar pas %1 do të humbasë. Regjistri i tanishëm ruhet mënjanë derisa të hapet ai i rikthyer.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Emri i përdoruesit:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Fjalëkalimi:</translation>
    </message>
    <message>
        <source>&amp;Replace with this backup</source>
        <translation>&amp;Zëvendëso me këtë kopje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Shto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>N&amp;drysho…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Hap</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Ruaj një &amp;kopje…</translation>
    </message>
    <message>
        <source>Correc&amp;t identity…</source>
        <translation>Korrigjo të dhënat identifi&amp;kuese…</translation>
    </message>
    <message>
        <source>Correct the person&apos;s name, JMBG, birth date, address or phone.</source>
        <translation>Korrigjoni emrin, NUI-në, datën e lindjes, adresën ose telefonin e personit.</translation>
    </message>
    <message>
        <source>Remo&amp;ve from the case…</source>
        <translation>Hiq nga ras&amp;ti…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Fshi…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ende asgjë e regjistruar.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Counting the indicators…</source>
        <translation>Po numërohen treguesit…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Treguesi</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gjithsej</translation>
    </message>
    <message>
        <source>Export the tables</source>
        <translation>Eksporto tabelat</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libër pune Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The tables were written to %1.</source>
        <translation>Tabelat u shkruan në %1.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Po shkruhet libri i punës…</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistikat</translation>
    </message>
    <message>
        <source>The centre&apos;s own indicators, counted the same way as by the coordinating organisation</source>
        <translation>Treguesit e vetë qendrës, të numëruar njësoj si nga organizata koordinuese</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periudha:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Viti</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Tremujori</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Muaji</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Shfaq</translation>
    </message>
    <message>
        <source>Export tables (.xlsx)…</source>
        <translation>Eksporto tabelat (.xlsx)…</translation>
    </message>
    <message>
        <source>The tables on screen show every count. The exported workbook hides small counts (1–4) and what would reveal them, so it can go into the annual report.</source>
        <translation>Tabelat në ekran tregojnë çdo numër. Libri i punës i eksportuar fsheh numrat e vegjël (1–4) dhe atë që do t&apos;i zbulonte, kështu që mund të hyjë në raportin vjetor.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Please wait</source>
        <translation>Ju lutem prisni</translation>
    </message>
</context>
<context>
    <name>UnlockController</name>
    <message>
        <source>Choose a backup file</source>
        <translation>Zgjidhni skedarin e kopjes rezervë</translation>
    </message>
    <message>
        <source>Evidencija backups (*.evbackup);;All files (*)</source>
        <translation>Kopjet rezervë të Evidencija (*.evbackup);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Po kontrollohet kopja rezervë…</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Po rikthehet regjistri…</translation>
    </message>
    <message>
        <source>The register was restored from the backup made on %1. Unlock it to continue.</source>
        <translation>Regjistri u rikthye nga kopja rezervë e %1. Shkyçeni për të vazhduar.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlocking…</source>
        <translation>Po shkyçet…</translation>
    </message>
    <message>
        <source>Evidencija — unlock</source>
        <translation>Evidencija — shkyçja</translation>
    </message>
    <message>
        <source>Evidencija</source>
        <translation>Evidencija</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Emri i përdoruesit:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Fjalëkalimi:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Shkyç</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation>Keni harruar fjalëkalimin? Përdorni çelësin e &amp;rikuperimit…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Rikthe nga kopja rezervë…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Provo përsëri</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Gjuha:</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>I çaktivizuar</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Emri i përdoruesit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>The username may use a–z, 0–9, dot, dash and underscore (2 to 64 characters).</source>
        <translation>Emri i përdoruesit mund të përmbajë a–z, 0–9, pikë, vizë dhe vizë të poshtme (nga 2 deri në 64 karaktere).</translation>
    </message>
    <message>
        <source>Choose an acceptable passphrase and type it twice.</source>
        <translation>Zgjidhni një fjalëkalim të pranueshëm dhe shkruajeni dy herë.</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Po shtohet përdoruesi…</translation>
    </message>
    <message>
        <source>%1 was added. Tell them their passphrase in person.</source>
        <translation>Përdoruesi %1 u shtua. Tregojini fjalëkalimin personalisht.</translation>
    </message>
    <message>
        <source>Disable %1? They will no longer be able to unlock the register.</source>
        <translation>Të çaktivizohet %1? Nuk do të mund ta shkyçë më regjistrin.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Çaktivizo</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Fjalëkalimi u ndryshua.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users &amp; settings</source>
        <translation>Përdoruesit dhe cilësimet</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Përdoruesit</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Çaktivizo</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase…</source>
        <translation>&amp;Vendos fjalëkalim të ri…</translation>
    </message>
    <message>
        <source>Only an administrator can add users or change them.</source>
        <translation>Vetëm administratori mund të shtojë ose të ndryshojë përdorues.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Shtimi i përdoruesit</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>&amp;Emri i përdoruesit:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Emri i &amp;plotë:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;oli:</translation>
    </message>
    <message>
        <source>e.g. marko.jovanovic</source>
        <translation>p.sh. arben.krasniqi</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>S&amp;hto përdoruesin</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>P&amp;astro</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Kyç pas &amp;mosveprimit prej:</translation>
    </message>
    <message>
        <source>No contact &amp;warning after:</source>
        <translation>Paralajmërim &amp;pa kontakt pas:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Gjuha:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ditë</translation>
    </message>
    <message>
        <source>My work lists an open case with no contact for this many days.</source>
        <translation>Puna ime rendit një rast të hapur pa kontakt për kaq ditë.</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>R&amp;uaj cilësimet</translation>
    </message>
    <message>
        <source>Only an administrator can change the lock time and the no-contact warning. The language applies to this computer.</source>
        <translation>Vetëm administratori mund të ndryshojë kohën e kyçjes dhe paralajmërimin pa kontakt. Gjuha vlen për këtë kompjuter.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Qendra</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kodi:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Emri:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Komuna:</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Llogaria ime</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Ndrysho fjalëkalimin tim…</translation>
    </message>
</context>
</TS>
