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
    <name>AppSession</name>
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
        <source>Case %1 (%2). The case file opens here in the next step of this version.</source>
        <translation>Rasti %1 (%2). Dosja e rastit do të hapet këtu në hapin e ardhshëm të këtij versioni.</translation>
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
        <source>Lan&amp;guage:</source>
        <translation>&amp;Gjuha:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>R&amp;uaj cilësimet</translation>
    </message>
    <message>
        <source>Only an administrator can change the lock time. The language applies to this computer.</source>
        <translation>Vetëm administratori mund ta ndryshojë kohën e kyçjes. Gjuha vlen për këtë kompjuter.</translation>
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
