<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>Creating the register…</source>
        <translation>Прављење евиденције…</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The administrator adds the other users and looks after backups. Choose a long passphrase: a few words are easier to remember than symbols.</source>
        <translation>Администратор додаје остале кориснике и брине о резервним копијама. Изаберите дугачку лозинку: неколико речи се лакше памти од симбола.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Име и презиме:</translation>
    </message>
    <message>
        <source>e.g. ana.petrovic</source>
        <translation>нпр. ана.петровиц</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <source>Evidencija — analysis</source>
        <translation>Евиденција — анализа</translation>
    </message>
    <message>
        <source>Organisation&apos;s key and store</source>
        <translation>Кључ организације и база</translation>
    </message>
    <message>
        <source>Identity file:</source>
        <translation>Датотека идентитета:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Изабери…</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>База:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Register a centre card…</source>
        <translation>Упиши картицу центра…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Увоз</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Пристигли извози</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатељи</translation>
    </message>
    <message>
        <source>Drop the centres&apos; packages (.age files) or folders here</source>
        <translation>Превуците овде пакете центара (.аге датотеке) или фасцикле</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Додај датотеке…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Додај фасциклу…</translation>
    </message>
    <message>
        <source>Period (YYYY, YYYY-Qn or YYYY-MM):</source>
        <translation>Период (ГГГГ, ГГГГ-Qн или ГГГГ-ММ):</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Прикажи</translation>
    </message>
    <message>
        <source>✓ received · ✓ replaced (n versions) · — missing: nothing received for that month · not due: the month is not over yet</source>
        <translation>✓ примљено · ✓ замењено (н верзија) · — недостаје: за тај месец ништа није примљено · није доспело: месец још није завршен</translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation>Центар:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>по месецима</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>по кварталима</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>по годинама</translation>
    </message>
    <message>
        <source>Report workbook…</source>
        <translation>Извештај (радна свеска)…</translation>
    </message>
    <message>
        <source>Dataset (.xlsx)…</source>
        <translation>Скуп података (.xлсx)…</translation>
    </message>
    <message>
        <source>Dataset (.csv)…</source>
        <translation>Скуп података (.цсв)…</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Сви центри</translation>
    </message>
    <message>
        <source>Registered centres: %1</source>
        <translation>Уписани центри: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s identity file</source>
        <translation>Датотека идентитета организације</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Све датотеке (*)</translation>
    </message>
    <message>
        <source>A centre&apos;s card</source>
        <translation>Картица центра</translation>
    </message>
    <message>
        <source>Centre card (*.json);;All files (*)</source>
        <translation>Картица центра (*.јсон);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Centre %1 (%2) is registered; key fingerprint %3.</source>
        <translation>Центар %1 (%2) је уписан; отисак кључа %3.</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Пакети за увоз</translation>
    </message>
    <message>
        <source>Packages (*.age *.xlsx);;All files (*)</source>
        <translation>Пакети (*.аге *.xлсx);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>A folder of packages</source>
        <translation>Фасцикла с пакетима</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s identity file first: the packages are encrypted for it.</source>
        <translation>Прво изаберите датотеку идентитета организације: пакети су шифровани за њу.</translation>
    </message>
    <message>
        <source>No packages were found there.</source>
        <translation>Ту није пронађен ниједан пакет.</translation>
    </message>
    <message>
        <source>Importing %1 file(s)…</source>
        <translation>Увози се датотека: %1…</translation>
    </message>
    <message>
        <source>Nothing imported yet in this window.</source>
        <translation>У овом прозору још ништа није увезено.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>прихваћено</translation>
    </message>
    <message>
        <source>accepted (replaces)</source>
        <translation>прихваћено (замењује)</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>већ увезено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>одбијено</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центар</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Редова</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Појединости</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>није доспело</translation>
    </message>
    <message>
        <source>the month is not over yet</source>
        <translation>месец још није завршен</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>недостаје</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>увезено %1</translation>
    </message>
    <message>
        <source>replaced (%1)</source>
        <translation>замењено (%1)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>примљено</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатељ</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Реф.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Укупно</translation>
    </message>
    <message>
        <source>Report workbook</source>
        <translation>Извештај</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Еxцел радна свеска (*.xлсx)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Извештај је уписан у %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Уписује се извештај…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Скуп података</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>ЦСВ (*.цсв)</translation>
    </message>
    <message>
        <source>The dataset was written to %1 (%2 rows).</source>
        <translation>Скуп података је уписан у %1 (редова: %2).</translation>
    </message>
    <message>
        <source>Writing the dataset…</source>
        <translation>Уписује се скуп података…</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The register database is damaged (%1). Keep working only to save what you must, then ask the administrator to restore the latest backup.</source>
        <translation>База евиденције је оштећена (%1). Наставите само да бисте сачували оно што морате, па замолите администратора да врати последњу резервну копију.</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without activity. Nothing you typed was lost.</source>
        <translation>Закључано после %1 мин без активности. Ништа од онога што сте унели није изгубљено.</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>Евиденција је закључана.</translation>
    </message>
    <message>
        <source>The automatic backup could not be written. %1
Check the backup folder on the Backups page.</source>
        <translation>Аутоматска резервна копија није могла да се упише. %1
Проверите фолдер за копије на страници „Резервне копије”.</translation>
    </message>
    <message>
        <source>Writing the automatic backup…</source>
        <translation>Уписивање аутоматске резервне копије…</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Враћање евиденције…</translation>
    </message>
    <message>
        <source>The register was restored from the backup made on %1. Unlock it to continue.</source>
        <translation>Евиденција је враћена из резервне копије од %1. Откључајте је да бисте наставили.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>No verified backup yet</source>
        <translation>Још нема проверене резервне копије</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>Изаберите где да се упише резервна копија</translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation>Уписивање и провера резервне копије…</translation>
    </message>
    <message>
        <source>The backup was written and verified:
%1</source>
        <translation>Резервна копија је уписана и проверена:
%1</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Изаберите фолдер за аутоматске резервне копије</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups first.</source>
        <translation>Прво изаберите фолдер за аутоматске резервне копије.</translation>
    </message>
    <message>
        <source>Automatic backups were saved.</source>
        <translation>Подешавања аутоматских резервних копија су сачувана.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Изаберите датотеку резервне копије</translation>
    </message>
    <message>
        <source>Evidencija backups (*.evbackup);;All files (*)</source>
        <translation>Резервне копије Евиденције (*.евбацкуп);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Провера резервне копије…</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Backups</source>
        <translation>Резервне копије</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole register. It can be opened only with a passphrase or the recovery key of this register.</source>
        <translation>Резервна копија је шифрована копија целе евиденције. Може се отворити само лозинком или кључем за опоравак ове евиденције.</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Последња исправна резервна копија</translation>
    </message>
    <message>
        <source>Every backup is reopened and checked before it counts.</source>
        <translation>Свака резервна копија се поново отвара и проверава пре него што се рачуна.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Направи копију сада</translation>
    </message>
    <message>
        <source>Write a backup to a folder or a USB drive you choose.</source>
        <translation>Упишите резервну копију у фолдер или на УСБ диск по избору.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Направи копију сада…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Аутоматске резервне копије</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Искључено</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Сваког дана</translation>
    </message>
    <message>
        <source>When the program closes</source>
        <translation>При затварању програма</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Када:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Фолдер:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Чувај последњих:</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>копија</translation>
    </message>
    <message>
        <source>no folder chosen</source>
        <translation>фолдер није изабран</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Изабери…</translation>
    </message>
    <message>
        <source>&amp;Save automatic backups</source>
        <translation>&amp;Сачувај подешавања копија</translation>
    </message>
    <message>
        <source>Only an administrator can change automatic backups.</source>
        <translation>Само администратор може да мења аутоматске резервне копије.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Враћање</translation>
    </message>
    <message>
        <source>Replace this register with a backup. The backup is verified and its contents shown before you confirm.</source>
        <translation>Замените ову евиденцију резервном копијом. Копија се проверава и њен садржај приказује пре него што потврдите.</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Врати из резервне копије…</translation>
    </message>
    <message>
        <source>Backups are made by administrators and case managers.</source>
        <translation>Резервне копије праве администратори и водитељи случаја.</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>More about this person</source>
        <translation>Више о овој особи</translation>
    </message>
    <message>
        <source>not served yet</source>
        <translation>још није уручена</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>истиче %1</translation>
    </message>
    <message>
        <source>proposal due %1</source>
        <translation>предлог до %1</translation>
    </message>
    <message>
        <source>decision due %1</source>
        <translation>одлука до %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>РОК ИСТЕКАО</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>истекла %1</translation>
    </message>
    <message>
        <source>appeal until %1</source>
        <translation>жалба до %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особе</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Година рођења</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Односи</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Однос</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Живе заједно</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Раздвајање</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Пријаве</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Примљена</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Начин пријаве</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Пријавио</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Догађаји насиља</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Догодило се</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Облици насиља</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Општина</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Повреде</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Процене ризика</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Процењено</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Проценио</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Непосредна опасност</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуге</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Крај</translation>
    </message>
    <message>
        <source>Meetings (GKS)</source>
        <translation>Састанци (ГКС)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Одржан</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Састанак</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Одлуке</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Израђен</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Потписан</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Ревизија</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мере</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Мере плана</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Одговоран</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>A measure is added to the latest plan; add a plan first.</source>
        <translation>Мера се додаје у најновији план; прво додајте план.</translation>
    </message>
    <message>
        <source>Urgent measures</source>
        <translation>Хитне мере</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Уручена</translation>
    </message>
    <message>
        <source>Legal clock</source>
        <translation>Законски рокови</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Одлука суда</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Мере заштите</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Поднето</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Одређена</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Кривични поступци</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Кривична пријава</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Тужилаштво</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Пресуда</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Упућивања</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Упућено</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Смер</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Одговор</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Повратна информација</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дато</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>О услузи</translation>
    </message>
    <message>
        <source>Feels safer</source>
        <translation>Осећа се безбедније</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Задовољство</translation>
    </message>
    <message>
        <source>Contacts and notes</source>
        <translation>Контакти и белешке</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Врста контакта</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Са ким</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ко</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Белешка</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додато</translation>
    </message>
    <message>
        <source>Kept inside the encrypted register, at most %1 MB a file; never exported.</source>
        <translation>Чувају се у шифрованој евиденцији, највише %1 МБ по датотеци; никад се не извозе.</translation>
    </message>
</context>
<context>
    <name>CaseFileController</name>
    <message>
        <source>Case %1</source>
        <translation>Случај %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Приоритет: %1</translation>
    </message>
    <message>
        <source>Case manager: %1</source>
        <translation>Водитељ случаја: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Отворен: %1</translation>
    </message>
    <message>
        <source>Closed on %1 (%2). The case is read-only until it is reopened.</source>
        <translation>Затворен %1 (%2). Случај се само чита док се поново не отвори.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ко</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Шта</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поља</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Још ништа није забележено.</translation>
    </message>
    <message>
        <source>JMBG %1</source>
        <translation>ЈМБГ %1</translation>
    </message>
    <message>
        <source>Correct identity: %1</source>
        <translation>Исправка личних података: %1</translation>
    </message>
    <message>
        <source>%1: add</source>
        <translation>%1: додавање</translation>
    </message>
    <message>
        <source>%1: edit</source>
        <translation>%1: измена</translation>
    </message>
    <message>
        <source>Remove %1 from this case? The person stays in the register; her relationships in this case are deleted with her.</source>
        <translation>Уклонити %1 из овог случаја? Особа остаје у регистру; њени односи у овом случају бришу се заједно са њом.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Delete this record from “%1”?
%2
It cannot be undone; the audit trail keeps what it held.</source>
        <translation>Обрисати овај запис из одељка „%1”?
%2
То се не може поништити; ревизијски траг чува шта је садржао.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Case manager of case %1</source>
        <translation>Водитељ случаја %1</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Подаци о случају</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Затварање случаја</translation>
    </message>
    <message>
        <source>Reopen case %1? It can be edited again.</source>
        <translation>Поново отворити случај %1? Моћи ће поново да се мења.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Поново отвори</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <source>← Back to the list</source>
        <translation>← Назад на списак</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Есц</translation>
    </message>
    <message>
        <source>Show &amp;identity data</source>
        <translation>Прикажи &amp;личне податке</translation>
    </message>
    <message>
        <source>Names, JMBG and addresses; every opening is recorded in the audit trail.</source>
        <translation>Имена, ЈМБГ и адресе; свако отварање се бележи у ревизијском трагу.</translation>
    </message>
    <message>
        <source>Print &amp;plan…</source>
        <translation>Штампај &amp;план…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translation>Штампај &amp;резиме…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Затвори случај…</translation>
    </message>
    <message>
        <source>Case &amp;details…</source>
        <translation>Под&amp;аци о случају…</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>П&amp;оново отвори случај</translation>
    </message>
    <message>
        <source>Change case &amp;manager…</source>
        <translation>Промени &amp;водитеља случаја…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Историја</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>File number</source>
        <translation>Број предмета</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Жртве</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Водитељ случаја</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>All statuses</source>
        <translation>Сви статуси</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Отворени случајеви</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Затворени случајеви</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Сваки приоритет</translation>
    </message>
    <message>
        <source>Cases found: %1</source>
        <translation>Пронађено случајева: %1</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>Ниједан случај не одговара претрази.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Још нема случајева.</translation>
    </message>
    <message>
        <source>— not assessed yet —</source>
        <translation>— још није процењено —</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Упишите датум као дд.мм.гггг., нпр. 03.02.2026.</translation>
    </message>
    <message>
        <source>Discard the new case you started?</source>
        <translation>Одбацити нови случај који сте започели?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Одбаци</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Настави унос</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases</source>
        <translation>Случајеви</translation>
    </message>
    <message>
        <source>Search: name (any script or spelling), JMBG or file number</source>
        <translation>Претрага: име (било којим писмом и правописом), ЈМБГ или број предмета</translation>
    </message>
    <message>
        <source>Only &amp;my cases</source>
        <translation>Само &amp;моји случајеви</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Нови случај</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>Your centre</source>
        <translation>Ваш центар</translation>
    </message>
    <message>
        <source>These details appear on exports and printouts.</source>
        <translation>Ови подаци се појављују у извозима и на одштампаним документима.</translation>
    </message>
    <message>
        <source>Centre &amp;code:</source>
        <translation>&amp;Шифра центра:</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Назив центра:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Општина:</translation>
    </message>
    <message>
        <source>e.g. CSR-KG</source>
        <translation>нпр. ЦСР-КГ</translation>
    </message>
    <message>
        <source>e.g. Centar za socijalni rad Kragujevac</source>
        <translation>нпр. Центар за социјални рад Крагујевац</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>куцајте за претрагу</translation>
    </message>
    <message>
        <source>The centre code is given by the coordinating organisation.</source>
        <translation>Шифру центра додељује организација која координира.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Изаберите из календара</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Упишите датум као дд.мм.гггг.</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Overdue</source>
        <translation>Прекорачен рок</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Рок данас</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ове недеље</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случај</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Шта</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Loading the deadlines…</source>
        <translation>Учитавају се рокови…</translation>
    </message>
    <message>
        <source>Overdue: %1 · Due today: %2 · Later this week: %3</source>
        <translation>Прекорачено: %1 · Рок данас: %2 · Касније ове недеље: %3</translation>
    </message>
    <message>
        <source>Case %1. The case file opens here in the next step of this version.</source>
        <translation>Случај %1. Досије случаја ће се овде отварати у следећем кораку ове верзије.</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Deadlines</source>
        <translation>Рокови</translation>
    </message>
    <message>
        <source>Legal clocks and planned steps of open cases. Press Enter or double-click a row to open its case.</source>
        <translation>Законски рокови и планирани кораци отворених случајева. Притисните Ентер или двапут кликните на ред да отворите његов случај.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Освежи</translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week.</source>
        <translation>Ниједан рок није прекорачен нити истиче ове недеље.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Evidencija</source>
        <translation>Евиденција</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Attach a document</source>
        <translation>Приложи документ</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Документи (*.пдф *.пнг *.јпг *.јпег *.тиф *.тифф);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it elsewhere, or ask the administrator.</source>
        <translation>Ниједан програм на овом рачунару не отвара ову врсту датотеке. Сачувајте копију и отворите је другде или се обратите администратору.</translation>
    </message>
    <message>
        <source>Document open</source>
        <translation>Документ је отворен</translation>
    </message>
    <message>
        <source>“%1” is open in the system&apos;s viewer. Close the viewer, then this note: the temporary copy is then erased.</source>
        <translation>„%1” је отворен у системском прегледачу. Затворите прегледач, па ову поруку: привремена копија се тада брише.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Сачувај копију документа</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Све датотеке (*)</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not encrypted: keep it as safely as the paper original.</source>
        <translation>Копија је сачувана као %1. Није шифрована: чувајте је једнако пажљиво као папирни оригинал.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and the program could not finish what it was doing. Everything saved before is safe. Details for support were written to the log folder: %1</source>
        <translation>Дошло је до грешке и програм није могао да заврши започето. Све што је раније сачувано је безбедно. Подаци за подршку су уписани у фолдер дневника: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Настави</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Изађи</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Неочекивана грешка</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The export is encrypted for the coordinating organisation (recipients: %1); only it can open the file.</source>
        <translation>Извоз се шифрује за координациону организацију (прималаца: %1); само она може да отвори датотеку.</translation>
    </message>
    <message>
        <source>No recipient is set: the export cannot be encrypted. Paste the organisation&apos;s age recipient (it starts with age1) below.</source>
        <translation>Прималац није подешен: извоз не може да се шифрује. Налепите испод аге примаоца организације (почиње са аге1).</translation>
    </message>
    <message>
        <source>Months never exported: %1</source>
        <translation>Месеци који никад нису извезени: %1</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>шифровано</translation>
    </message>
    <message>
        <source>plain workbook</source>
        <translation>нешифрована радна свеска</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ко</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Отисак (СХА-256)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Облик</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>Припрема се преглед за %1…</translation>
    </message>
    <message>
        <source>Month %1, centre %2</source>
        <translation>Месец %1, центар %2</translation>
    </message>
    <message>
        <source>Victim records: %1; suppressed: %2 (%3); generalised: %4 (%5).</source>
        <translation>Записа о жртвама: %1; прикривено: %2 (%3); уопштено: %4 (%5).</translation>
    </message>
    <message>
        <source>Smallest group: k = %1 required; generalisation level %2 (%3).</source>
        <translation>Најмања група: потребно к = %1; ниво уопштавања %2 (%3).</translation>
    </message>
    <message>
        <source>Aggregate tables: %1 cells, %2 small counts and %3 further cells suppressed.</source>
        <translation>Збирне табеле: %1 ћелија, прикривено %2 малих бројева и још %3 ћелија.</translation>
    </message>
    <message>
        <source>More than a fifth of the victim records are suppressed: the month is small. The aggregate tables still count them.</source>
        <translation>Прикривено је више од петине записа о жртвама: месец је мали. Збирне табеле их и даље броје.</translation>
    </message>
    <message>
        <source>No recipient of the coordinating organisation is set, so the export cannot be encrypted. An unencrypted workbook can be read by anyone who gets the file: carry it only by hand, on an encrypted medium. Write an unencrypted workbook anyway?</source>
        <translation>Прималац координационе организације није подешен, па извоз не може да се шифрује. Нешифровану радну свеску може да прочита свако ко добије датотеку: преносите је само лично, на шифрованом медију. Ипак уписати нешифровану радну свеску?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Write unencrypted workbook</source>
        <translation>Упиши нешифровану радну свеску</translation>
    </message>
    <message>
        <source>Choose where to write the export</source>
        <translation>Изаберите где да се упише извоз</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Извоз</translation>
    </message>
    <message>
        <source>Writing the export of %1…</source>
        <translation>Уписује се извоз за %1…</translation>
    </message>
    <message>
        <source>The export was written to %1.
Fingerprint (SHA-256): %2</source>
        <translation>Извоз је уписан у %1.
Отисак (СХА-256): %2</translation>
    </message>
    <message>
        <source>It is in the outbox and will be sent to the coordinating organisation.</source>
        <translation>Налази се у одлазној пошти и биће послат координационој организацији.</translation>
    </message>
    <message>
        <source>It is not encrypted, so it was not put in the outbox.</source>
        <translation>Није шифрован, па није стављен у одлазну пошту.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Извоз је отказан; ништа није уписано.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Monthly export</source>
        <translation>Месечни извоз</translation>
    </message>
    <message>
        <source>The anonymised monthly workbook for the coordinating organisation</source>
        <translation>Анонимизована месечна радна свеска за координациону организацију</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Припрема</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Одлазна пошта</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Историја</translation>
    </message>
    <message>
        <source>Only an administrator can prepare the monthly export, because it leaves the centre. Ask your administrator; the outbox shows what was sent.</source>
        <translation>Месечни извоз може да припреми само администратор, јер напушта центар. Обратите се администратору; одлазна пошта показује шта је послато.</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месец:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Save export…</source>
        <translation>Сачувај извоз…</translation>
    </message>
    <message>
        <source>Coordinating organisation (NGO) recipient</source>
        <translation>Прималац координационе организације (ОЦД)</translation>
    </message>
    <message>
        <source>Save recipient</source>
        <translation>Сачувај примаоца</translation>
    </message>
    <message>
        <source>Disclosure report</source>
        <translation>Извештај о заштити података</translation>
    </message>
    <message>
        <source>Choose the month and press Preview: every sheet is shown exactly as it will be written, with what was generalised or suppressed and why.</source>
        <translation>Изаберите месец и притисните Преглед: сваки лист се приказује тачно онако како ће бити уписан, уз то шта је уопштено или прикривено и зашто.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>File number</source>
        <translation>Број предмета</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <source>Centre&apos;s municipality</source>
        <translation>Општина центра</translation>
    </message>
    <message>
        <source>Victim&apos;s municipality</source>
        <translation>Општина жртве</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Интерни тим</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Водитељ случаја</translation>
    </message>
    <message>
        <source>Repeat case</source>
        <translation>Поновљени случај</translation>
    </message>
    <message>
        <source>Earlier reports</source>
        <translation>Раније пријаве</translation>
    </message>
    <message>
        <source>First contact with the victim</source>
        <translation>Први контакт са жртвом</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Затворен</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Напомена</translation>
    </message>
    <message>
        <source>Intake worker</source>
        <translation>Радник на пријему</translation>
    </message>
    <message>
        <source>Responsible colleague</source>
        <translation>Одговорни колега</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Колега</translation>
    </message>
    <message>
        <source>Date of contact</source>
        <translation>Датум контакта</translation>
    </message>
    <message>
        <source>Person of the case</source>
        <translation>Особа у случају</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>ЈМБГ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>Безбедно контактирати</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Датум рођења</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Има инвалидитет</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Трудноћа</translation>
    </message>
    <message>
        <source>Economically dependent</source>
        <translation>Економски зависна</translation>
    </message>
    <message>
        <source>Children in the household</source>
        <translation>Деца у домаћинству</translation>
    </message>
    <message>
        <source>Social protection beneficiary</source>
        <translation>Корисник социјалне заштите</translation>
    </message>
    <message>
        <source>Alcohol or drug misuse</source>
        <translation>Злоупотреба алкохола или дрога</translation>
    </message>
    <message>
        <source>Mental illness</source>
        <translation>Ментална болест</translation>
    </message>
    <message>
        <source>Access to a weapon</source>
        <translation>Приступ оружју</translation>
    </message>
    <message>
        <source>Prior convictions</source>
        <translation>Раније осуде</translation>
    </message>
    <message>
        <source>Earlier protection measures</source>
        <translation>Раније мере заштите</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жртва</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Учинилац</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Живе заједно</translation>
    </message>
    <message>
        <source>Separation in progress</source>
        <translation>Раздвајање у току</translation>
    </message>
    <message>
        <source>Custody dispute</source>
        <translation>Спор о старатељству</translation>
    </message>
    <message>
        <source>Report received at</source>
        <translation>Пријава примљена</translation>
    </message>
    <message>
        <source>Intake sheet filled in</source>
        <translation>Попуњен пријемни лист</translation>
    </message>
    <message>
        <source>Forwarded to the police at</source>
        <translation>Прослеђено полицији</translation>
    </message>
    <message>
        <source>Victim&apos;s consent</source>
        <translation>Сагласност жртве</translation>
    </message>
    <message>
        <source>Immediate intervention</source>
        <translation>Хитна интервенција</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Догодило се</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Општина</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Насеље</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Медицинска помоћ</translation>
    </message>
    <message>
        <source>Children present</source>
        <translation>Присутна деца</translation>
    </message>
    <message>
        <source>Perpetrator intoxicated</source>
        <translation>Учинилац под дејством алкохола или дрога</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Први инцидент</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>Процењено</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Непосредна опасност</translation>
    </message>
    <message>
        <source>Risk as the victim sees it</source>
        <translation>Ризик како га жртва види</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Фактори ризика</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Крај</translation>
    </message>
    <message>
        <source>Plan measure</source>
        <translation>Мера плана</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Одржан</translation>
    </message>
    <message>
        <source>Victim present</source>
        <translation>Жртва присутна</translation>
    </message>
    <message>
        <source>Minutes reference</source>
        <translation>Број записника</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Израђен</translation>
    </message>
    <message>
        <source>Signed by the victim</source>
        <translation>Жртва потписала</translation>
    </message>
    <message>
        <source>Monitoring plan</source>
        <translation>План праћења</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Ревизија</translation>
    </message>
    <message>
        <source>People covered</source>
        <translation>Обухваћене особе</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Одговорна особа</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Извршено</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Број наређења</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Одређена</translation>
    </message>
    <message>
        <source>Served at</source>
        <translation>Уручена</translation>
    </message>
    <message>
        <source>Prosecutor proposed an extension</source>
        <translation>Тужилац предложио продужење</translation>
    </message>
    <message>
        <source>Proposal made at</source>
        <translation>Предлог поднет</translation>
    </message>
    <message>
        <source>Court decided at</source>
        <translation>Суд одлучио</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Број одлуке</translation>
    </message>
    <message>
        <source>Extended until</source>
        <translation>Продужена до</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Прекршена</translation>
    </message>
    <message>
        <source>Breached on</source>
        <translation>Прекршена дана</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Удаљеност (м)</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Поднето</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Трајање (месеци)</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Продужена</translation>
    </message>
    <message>
        <source>Extended on</source>
        <translation>Продужена дана</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Престала раније</translation>
    </message>
    <message>
        <source>Centre gave an opinion</source>
        <translation>Центар дао мишљење</translation>
    </message>
    <message>
        <source>Criminal complaint filed</source>
        <translation>Поднета кривична пријава</translation>
    </message>
    <message>
        <source>Complaint filed on</source>
        <translation>Пријава поднета</translation>
    </message>
    <message>
        <source>Decision on</source>
        <translation>Одлука донета</translation>
    </message>
    <message>
        <source>Verdict on</source>
        <translation>Пресуда донета</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Задржан</translation>
    </message>
    <message>
        <source>Final on</source>
        <translation>Правоснажно</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Упућено</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Одговор примљен</translation>
    </message>
    <message>
        <source>Consent to share data</source>
        <translation>Сагласност за дељење података</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дато</translation>
    </message>
    <message>
        <source>Informed of her rights</source>
        <translation>Упозната са правима</translation>
    </message>
    <message>
        <source>Took part in the plan</source>
        <translation>Учествовала у плану</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Задовољство (1–5)</translation>
    </message>
    <message>
        <source>Treated with respect</source>
        <translation>Поступано с поштовањем</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Препоручила би</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>О услузи</translation>
    </message>
    <message>
        <source>Only as she declares it, with consent.</source>
        <translation>Само како се изјасни, уз сагласност.</translation>
    </message>
    <message>
        <source>Phone and e-mail are safe to use.</source>
        <translation>Телефон и имејл су безбедни за контакт.</translation>
    </message>
    <message>
        <source>Empty: the centre&apos;s help as a whole.</source>
        <translation>Празно: помоћ центра у целини.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Налог</translation>
    </message>
    <message>
        <source>Petition filed at</source>
        <translation>Захтев поднет</translation>
    </message>
    <message>
        <source>Court decision on the petition</source>
        <translation>Одлука суда о захтеву</translation>
    </message>
    <message>
        <source>Order issued on</source>
        <translation>Налог издат</translation>
    </message>
    <message>
        <source>Order in force until</source>
        <translation>Налог важи до</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Сачувајте кључ за опоравак као ПДФ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>ПДФ документи (*.пдф)</translation>
    </message>
    <message>
        <source>Saved to %1. Move this file to a USB stick kept locked away, and delete it from this computer.</source>
        <translation>Сачувано у %1. Преместите ову датотеку на УСБ стик који се чува под кључем и обришите је са овог рачунара.</translation>
    </message>
    <message>
        <source>The register has been created, but you have not confirmed the recovery key. It will not be shown again. Close anyway?</source>
        <translation>Евиденција је направљена, али нисте потврдили кључ за опоравак. Више се неће приказати. Ипак затворити?</translation>
    </message>
    <message>
        <source>Close without the key</source>
        <translation>Затвори без кључа</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Врати се</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Evidencija — new register</source>
        <translation>Евиденција — нова евиденција</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Даље &gt;</translation>
    </message>
    <message>
        <source>&amp;Create register</source>
        <translation>&amp;Направи евиденцију</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Заврши</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Welcome to Evidencija</source>
        <translation>Добро дошли у Евиденцију</translation>
    </message>
    <message>
        <source>This computer has no register yet. Let us create one.</source>
        <translation>На овом рачунару још нема евиденције. Хајде да је направимо.</translation>
    </message>
    <message>
        <source>You will enter your centre&apos;s details and the first administrator&apos;s account. At the end you will receive a recovery key: print it or save it, and keep it locked away. It opens the register if every passphrase is forgotten.</source>
        <translation>Унећете податке о свом центру и налог првог администратора. На крају ћете добити кључ за опоравак: одштампајте га или сачувајте и чувајте га под кључем. Он отвара евиденцију ако се забораве све лозинке.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
</context>
<context>
    <name>JmbgCheck</name>
    <message>
        <source>The JMBG has 13 digits (%1 typed).</source>
        <translation>ЈМБГ има 13 цифара (уписано %1).</translation>
    </message>
    <message>
        <source>✗ The check digit does not match: a digit is mistyped.</source>
        <translation>✗ Контролна цифра се не слаже: нека цифра је погрешно уписана.</translation>
    </message>
    <message>
        <source>✓ The JMBG&apos;s check digit is right.</source>
        <translation>✓ Контролна цифра ЈМБГ-а је исправна.</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <source>Last good backup: none yet</source>
        <translation>Последња исправна резервна копија: још нема</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>Последња исправна резервна копија: %1</translation>
    </message>
    <message>
        <source>Some unsaved changes could not be kept as a draft. They stay on screen behind the lock. Lock anyway?</source>
        <translation>Неке несачуване измене нису могле да се сачувају као нацрт. Остају на екрану иза закључавања. Ипак закључати?</translation>
    </message>
    <message>
        <source>Lock anyway</source>
        <translation>Ипак закључај</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Остани</translation>
    </message>
    <message>
        <source>You have unsaved changes from %1, kept safely when the register was locked or closed. Put them back into their forms?</source>
        <translation>Имате несачуване измене од %1, безбедно сачуване када је евиденција закључана или затворена. Вратити их у њихове обрасце?</translation>
    </message>
    <message>
        <source>Put them back</source>
        <translation>Врати их</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Одбаци их</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Evidencija</source>
        <translation>Евиденција</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Евиденција</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Закључај</translation>
    </message>
    <message>
        <source>Lock the register (%1)</source>
        <translation>Закључај евиденцију (%1)</translation>
    </message>
    <message>
        <source>Lock (%1)</source>
        <translation>Закључај (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>Open the export</source>
        <translation>Отвори извоз</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Due this week (%1)</source>
        <translation>Рокови ове недеље (%1)</translation>
    </message>
    <message>
        <source>Plan reviews (%1)</source>
        <translation>Ревизије плана (%1)</translation>
    </message>
    <message>
        <source>Waiting for an answer (%1)</source>
        <translation>Чека се одговор (%1)</translation>
    </message>
    <message>
        <source>Open cases (%1)</source>
        <translation>Отворени случајеви (%1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случај</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Ревизија до</translation>
    </message>
    <message>
        <source>Plan of</source>
        <translation>План од</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Упућено ка</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Послато</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Дана чекања</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последњи контакт</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Дана без контакта</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Водитељ случаја</translation>
    </message>
    <message>
        <source>No contact for %1 days (%2)</source>
        <translation>Без контакта %1 дана (%2)</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>Цео центар</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ја)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Учитавање…</translation>
    </message>
    <message>
        <source>Overdue: %1 · Open cases: %2</source>
        <translation>Истекли рокови: %1 · Отворени случајеви: %2</translation>
    </message>
</context>
<context>
    <name>MyWorkView</name>
    <message>
        <source>My work</source>
        <translation>Моја задужења</translation>
    </message>
    <message>
        <source>What is yours to do: deadlines and plan measures due this week, plan reviews, referrals waiting for an answer and cases without a recent contact. Press Enter or double-click a row to open its case.</source>
        <translation>Шта је на вама: рокови и мере плана ове недеље, ревизије плана, упућивања на која се чека одговор и случајеви без скорашњег контакта. Притисните Ентер или двапут кликните ред да отворите случај.</translation>
    </message>
    <message>
        <source>&amp;Whose work:</source>
        <translation>Ч&amp;ија задужења:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Освежи</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Cases</source>
        <translation>Случајеви</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Рокови</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Извоз</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервне копије</translation>
    </message>
    <message>
        <source>Users &amp; settings</source>
        <translation>Корисници и подешавања</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Моја задужења</translation>
    </message>
</context>
<context>
    <name>NewCaseFlow</name>
    <message>
        <source>Discard the new case you started?</source>
        <translation>Одбацити започети нови случај?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Одбаци</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Настави унос</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Упишите датум као дд.мм.гггг., нпр. 03.02.2026.</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Случај се прави…</translation>
    </message>
    <message>
        <source>Case %1 is created; the rest was not saved yet. Correct what is marked and press Create again, or Cancel to open the case as it is.</source>
        <translation>Случај %1 је направљен; остало још није сачувано. Исправите означено и поново притисните Направи, или Откажи да отворите случај овакав какав је.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <source>New case</source>
        <translation>Нови случај</translation>
    </message>
    <message>
        <source>Register the case as it is opened. People, incidents and the risk assessment are added in the case file.</source>
        <translation>Упишите случај како је отворен. Особе, догађаји и процена ризика додају се у досијеу случаја.</translation>
    </message>
    <message>
        <source>&amp;File number:</source>
        <translation>&amp;Број предмета:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Отворен дана:</translation>
    </message>
    <message>
        <source>Response &amp;priority:</source>
        <translation>&amp;Приоритет поступања:</translation>
    </message>
    <message>
        <source>&amp;Centre&apos;s municipality:</source>
        <translation>Општина &amp;центра:</translation>
    </message>
    <message>
        <source>&amp;Victim&apos;s municipality:</source>
        <translation>Општина ж&amp;ртве:</translation>
    </message>
    <message>
        <source>the number in the centre&apos;s registry</source>
        <translation>број у деловоднику центра</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Сачувај случај</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>NewCaseView</name>
    <message>
        <source>New case</source>
        <translation>Нови случај</translation>
    </message>
    <message>
        <source>Fields marked * are required. Ctrl+S creates the case and opens its file; a step left empty is skipped.</source>
        <translation>Поља означена * су обавезна. Цтрл+С прави случај и отвара његов досије; празан корак се прескаче.</translation>
    </message>
    <message>
        <source>1. Intake</source>
        <translation>1. Пријем</translation>
    </message>
    <message>
        <source>2. People</source>
        <translation>2. Особе</translation>
    </message>
    <message>
        <source>3. Relationship</source>
        <translation>3. Однос</translation>
    </message>
    <message>
        <source>4. Incident</source>
        <translation>4. Догађај</translation>
    </message>
    <message>
        <source>5. Risk assessment</source>
        <translation>5. Процена ризика</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Случај</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Пријава</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Даље →</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>На&amp;прави случај</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Цтрл+С</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Покушаја</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Величина (КБ)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <source>(a password is stored; type to replace it)</source>
        <translation>(лозинка је сачувана; укуцајте нову да је замените)</translation>
    </message>
    <message>
        <source>(no password stored)</source>
        <translation>(лозинка није сачувана)</translation>
    </message>
    <message>
        <source>Packages are sent by e-mail to %1 automatically, every few minutes.</source>
        <translation>Пакети се шаљу е-поштом на %1 аутоматски, на сваких неколико минута.</translation>
    </message>
    <message>
        <source>Sending by e-mail is not set up: use Prepare e-mail to send a package from your own mail program, then mark it as sent by hand.</source>
        <translation>Слање е-поштом није подешено: користите Припреми е-поруку да пошаљете пакет из свог програма за пошту, па га означите као ручно послат.</translation>
    </message>
    <message>
        <source>Sent: %1 of %2.</source>
        <translation>Послато: %1 од %2.</translation>
    </message>
    <message>
        <source>Take %1 out of the outbox? It will not be sent.</source>
        <translation>Уклонити %1 из одлазне поште? Неће бити послат.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Одбаци</translation>
    </message>
    <message>
        <source>Did you send %1 from your own mail program?</source>
        <translation>Да ли сте послали %1 из свог програма за пошту?</translation>
    </message>
    <message>
        <source>Yes, it was sent</source>
        <translation>Да, послато је</translation>
    </message>
    <message>
        <source>The e-mail settings were saved.</source>
        <translation>Подешавања е-поште су сачувана.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Send now</source>
        <translation>Пошаљи сада</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Покушај поново</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Одбаци</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Припреми е-поруку</translation>
    </message>
    <message>
        <source>Mark as sent by hand</source>
        <translation>Означи као ручно послато</translation>
    </message>
    <message>
        <source>Sending by e-mail (administrators)</source>
        <translation>Слање е-поштом (администратори)</translation>
    </message>
    <message>
        <source>Organisation&apos;s address:</source>
        <translation>Адреса организације:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Адреса пошиљаоца:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>СМТП сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Заштита:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Корисничко име:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Лозинка:</translation>
    </message>
    <message>
        <source>Timeout (seconds):</source>
        <translation>Време чекања (секунде):</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Уклони сачувану лозинку</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сачувај подешавања</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Промена моје лозинке</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice.</source>
        <translation>Упишите тренутну лозинку, а затим двапут нову.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Постављање нове лозинке</translation>
    </message>
    <message>
        <source>Set a new passphrase for %1 and tell it to them in person. The account is enabled again if it was disabled.</source>
        <translation>Поставите нову лозинку за %1 и саопштите је тој особи лично. Налог се поново омогућава ако је био онемогућен.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Тренутна лозинка:</translation>
    </message>
    <message>
        <source>&amp;Save passphrase</source>
        <translation>&amp;Сачувај лозинку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Поновите је:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>најмање %1 знакова</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Преслаба</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Прихватљива</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Добра</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Јака</translation>
    </message>
    <message>
        <source>Too weak: %1</source>
        <translation>Преслаба: %1</translation>
    </message>
    <message>
        <source>%1 — the two entries match.</source>
        <translation>%1 — оба уноса се поклапају.</translation>
    </message>
</context>
<context>
    <name>PersonBlock</name>
    <message>
        <source>&amp;Use existing person</source>
        <translation>&amp;Користи постојећу особу</translation>
    </message>
    <message>
        <source>Enter as a new person</source>
        <translation>Унеси као нову особу</translation>
    </message>
    <message>
        <source>%1 %2, already in the register, is added to this case.</source>
        <translation>%1 %2, већ у регистру, додаје се овом случају.</translation>
    </message>
    <message>
        <source>same JMBG</source>
        <translation>исти ЈМБГ</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>исто име и датум рођења</translation>
    </message>
    <message>
        <source>Already in the register (%1): %2 %3, born %4, in %5 case(s). Is this the same person?</source>
        <translation>Већ у регистру (%1): %2 %3, рођен(а) %4, у %5 случај(а). Да ли је то иста особа?</translation>
    </message>
</context>
<context>
    <name>PictureWindow</name>
    <message>
        <source>The picture cannot be shown: the file is damaged.</source>
        <translation>Слика не може да се прикаже: датотека је оштећена.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The case list and the case file come in the next step of this version. Nothing is missing from your register: cases are kept safely.</source>
        <translation>Списак случајева и досије случаја долазе у следећем кораку ове верзије. Ништа не недостаје у вашој евиденцији: случајеви су безбедно сачувани.</translation>
    </message>
    <message>
        <source>The list of deadlines (overdue, today, this week) comes together with the case list in the next step.</source>
        <translation>Списак рокова (прекорачени, данас, ове недеље) долази заједно са списком случајева у следећем кораку.</translation>
    </message>
    <message>
        <source>The monthly anonymised export is not part of this version yet. When it is, this page will prepare the spreadsheet for the coordinating organisation and show what it contains before it is sent.</source>
        <translation>Месечни анонимизовани извоз још није део ове верзије. Када буде, ова страница ће припремати табелу за организацију која координира и показати шта садржи пре слања.</translation>
    </message>
</context>
<context>
    <name>PrintChoice</name>
    <message>
        <source>Print the plan</source>
        <translation>Штампање плана</translation>
    </message>
    <message>
        <source>Print a case summary</source>
        <translation>Штампање резимеа случаја</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Језик документа:</translation>
    </message>
    <message>
        <source>The printout carries names and identity data. Printing is recorded in the audit trail.</source>
        <translation>Одштампани документ садржи имена и личне податке. Штампање се бележи у ревизијском трагу.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ш&amp;тампај…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сачувај као П&amp;ДФ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Centre</source>
        <translation>Центар</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Број предмета</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Водитељ случаја</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Одштампано</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ништа није евидентирано.</translation>
    </message>
    <message>
        <source>Individual protection and support plan</source>
        <translation>Индивидуални план заштите и подршке</translation>
    </message>
    <message>
        <source>Person protected by the plan</source>
        <translation>Особа коју план штити</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Датум рођења</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>ЈМБГ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>No plan has been drawn up yet.</source>
        <translation>План још није израђен.</translation>
    </message>
    <message>
        <source>Drawn up on %1</source>
        <translation>Израђен %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Ревизија %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Одговоран</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Праћење</translation>
    </message>
    <message>
        <source>Signature of the person protected</source>
        <translation>Потпис заштићене особе</translation>
    </message>
    <message>
        <source>One copy is for the person protected by the plan.</source>
        <translation>Један примерак је за особу коју план штити.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Резиме случаја</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особе</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Догађаји насиља</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Догодило се</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Облици насиља</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Повреде</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Оружје</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Процене ризика</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Процењено</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Непосредна опасност</translation>
    </message>
    <message>
        <source>Urgent measures</source>
        <translation>Хитне мере</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Уручена</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Одлука суда</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Мере заштите</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Одређена</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Кривични поступци</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Кривична пријава</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Тужилаштво</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Пресуда</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуге</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Упућивања</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Упућено</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Разлог</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сачувај као ПДФ</translation>
    </message>
    <message>
        <source>The PDF was saved.</source>
        <translation>ПДФ је сачуван.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Упишите датум као дд.мм.гггг., нпр. 03.02.2026.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>More</source>
        <translation>Више</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Please wait…</source>
        <translation>Сачекајте…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Коришћење кључа за опоравак</translation>
    </message>
    <message>
        <source>Type the recovery key printed when the register was created. Dashes and spaces do not matter; a mistyped group is named so you can check it.</source>
        <translation>Упишите кључ за опоравак одштампан када је евиденција направљена. Цртице и размаци нису битни; погрешно преписана група биће наведена да бисте је проверили.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Кључ за опоравак:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Администратор:</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Даље</translation>
    </message>
    <message>
        <source>&amp;Set passphrase and unlock</source>
        <translation>&amp;Постави лозинку и откључај</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Correct.</source>
        <translation>Тачно.</translation>
    </message>
    <message>
        <source>This is not group %1. Check what you wrote down.</source>
        <translation>Ово није група %1. Проверите шта сте записали.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Кључ за опоравак</translation>
    </message>
    <message>
        <source>Shown only now. Without it, a register whose passphrases are all forgotten cannot be opened by anyone.</source>
        <translation>Приказује се само сада. Без њега нико не може да отвори евиденцију којој су заборављене све лозинке.</translation>
    </message>
    <message>
        <source>Print this key or save it as a PDF on a USB stick, then keep it locked away from this computer. Do not send it by e-mail.</source>
        <translation>Одштампајте овај кључ или га сачувајте као ПДФ на УСБ стику, па га чувајте под кључем, одвојено од овог рачунара. Не шаљите га е-поштом.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Штампај…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сачувај као П&amp;ДФ…</translation>
    </message>
    <message>
        <source>To confirm that you have written it down, type group %1 of the key here:</source>
        <translation>Да потврдите да сте га записали, овде упишите групу %1 кључа:</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Evidencija — recovery key</source>
        <translation>Евиденција — кључ за опоравак</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Направљено: %1</translation>
    </message>
    <message>
        <source>This key opens the register when every passphrase is forgotten. Keep this sheet locked away, apart from the computer: whoever has it and a copy of the register can read the register.</source>
        <translation>Овај кључ отвара евиденцију када се забораве све лозинке. Чувајте овај лист под кључем, одвојено од рачунара: ко има њега и копију евиденције може да чита евиденцију.</translation>
    </message>
    <message>
        <source>To use it: on the unlock window choose “Forgot the passphrase? Use the recovery key…”, type the key, choose the administrator and set a new passphrase.</source>
        <translation>Употреба: у прозору за откључавање изаберите „Заборавили сте лозинку? Употребите кључ за опоравак…”, упишите кључ, изаберите администратора и поставите нову лозинку.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Враћање из резервне копије</translation>
    </message>
    <message>
        <source>Verified: the backup is complete and its database opens without errors.</source>
        <translation>Проверено: резервна копија је потпуна и њена база се отвара без грешака.</translation>
    </message>
    <message>
        <source>Checked: the file is complete. It will be fully verified with your passphrase before anything is replaced.</source>
        <translation>Проверено: датотека је потпуна. Биће у потпуности проверена вашом лозинком пре него што се ишта замени.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Датотека: %1</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Направљена: %1</translation>
    </message>
    <message>
        <source>Program version: %1</source>
        <translation>Верзија програма: %1</translation>
    </message>
    <message>
        <source>Database schema: %1</source>
        <translation>Шема базе: %1</translation>
    </message>
    <message>
        <source>The register on this computer will be replaced by this backup. Everything entered after %1 will be lost. The current register is kept aside until the restored one opens.</source>
        <translation>Евиденција на овом рачунару биће замењена овом резервном копијом. Све што је унето после %1 биће изгубљено. Тренутна евиденција се чува по страни док се враћена не отвори.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <source>&amp;Replace with this backup</source>
        <translation>&amp;Замени овом копијом</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додај…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Измени…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сачувај &amp;копију…</translation>
    </message>
    <message>
        <source>Correc&amp;t identity…</source>
        <translation>Исправи личне подат&amp;ке…</translation>
    </message>
    <message>
        <source>Correct the person&apos;s name, JMBG, birth date, address or phone.</source>
        <translation>Исправите име, ЈМБГ, датум рођења, адресу или телефон особе.</translation>
    </message>
    <message>
        <source>Remo&amp;ve from the case…</source>
        <translation>Уклони из сл&amp;учаја…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>О&amp;бриши…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Дел</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Још ништа није евидентирано.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Counting the indicators…</source>
        <translation>Рачунају се показатељи…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатељ</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Реф.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Укупно</translation>
    </message>
    <message>
        <source>Export the tables</source>
        <translation>Извоз табела</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Еxцел радна свеска (*.xлсx)</translation>
    </message>
    <message>
        <source>The tables were written to %1.</source>
        <translation>Табеле су уписане у %1.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Уписује се радна свеска…</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>The centre&apos;s own indicators, counted the same way as by the coordinating organisation</source>
        <translation>Показатељи самог центра, израчунати на исти начин као у координационој организацији</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Прикажи</translation>
    </message>
    <message>
        <source>Export tables (.xlsx)…</source>
        <translation>Извези табеле (.xлсx)…</translation>
    </message>
    <message>
        <source>The tables on screen show every count. The exported workbook hides small counts (1–4) and what would reveal them, so it can go into the annual report.</source>
        <translation>Табеле на екрану приказују све бројеве. Извезена радна свеска прикрива мале бројеве (1–4) и оно што би их открило, па може да уђе у годишњи извештај.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Please wait</source>
        <translation>Сачекајте</translation>
    </message>
</context>
<context>
    <name>UnlockController</name>
    <message>
        <source>Choose a backup file</source>
        <translation>Изаберите датотеку резервне копије</translation>
    </message>
    <message>
        <source>Evidencija backups (*.evbackup);;All files (*)</source>
        <translation>Резервне копије Евиденције (*.евбацкуп);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Провера резервне копије…</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Враћање евиденције…</translation>
    </message>
    <message>
        <source>The register was restored from the backup made on %1. Unlock it to continue.</source>
        <translation>Евиденција је враћена из резервне копије од %1. Откључајте је да бисте наставили.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlocking…</source>
        <translation>Откључавање…</translation>
    </message>
    <message>
        <source>Evidencija — unlock</source>
        <translation>Евиденција — откључавање</translation>
    </message>
    <message>
        <source>Evidencija</source>
        <translation>Евиденција</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Откључај</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation>Заборавили сте лозинку? Употребите &amp;кључ за опоравак…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Врати из резервне копије…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Покушај поново</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Језик:</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Активан</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Онемогућен</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Корисничко име</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>The username may use a–z, 0–9, dot, dash and underscore (2 to 64 characters).</source>
        <translation>Корисничко име може садржати а–з, 0–9, тачку, цртицу и доњу црту (од 2 до 64 знака).</translation>
    </message>
    <message>
        <source>Choose an acceptable passphrase and type it twice.</source>
        <translation>Изаберите прихватљиву лозинку и упишите је двапут.</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Додавање корисника…</translation>
    </message>
    <message>
        <source>%1 was added. Tell them their passphrase in person.</source>
        <translation>Корисник %1 је додат. Саопштите му лозинку лично.</translation>
    </message>
    <message>
        <source>Disable %1? They will no longer be able to unlock the register.</source>
        <translation>Онемогућити корисника %1? Више неће моћи да откључа евиденцију.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Онемогући</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Лозинка је промењена.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users &amp; settings</source>
        <translation>Корисници и подешавања</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Корисници</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Онемогући</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase…</source>
        <translation>&amp;Постави нову лозинку…</translation>
    </message>
    <message>
        <source>Only an administrator can add users or change them.</source>
        <translation>Само администратор може да додаје и мења кориснике.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Додавање корисника</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>&amp;Име и презиме:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Улога:</translation>
    </message>
    <message>
        <source>e.g. marko.jovanovic</source>
        <translation>нпр. марко.јовановиц</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Додај корисника</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>О&amp;чисти</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Подешавања</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Закључај после &amp;неактивности од:</translation>
    </message>
    <message>
        <source>No contact &amp;warning after:</source>
        <translation>&amp;Упозорење без контакта после:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Језик:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дана</translation>
    </message>
    <message>
        <source>My work lists an open case with no contact for this many days.</source>
        <translation>Моја задужења наводе отворен случај без контакта оволико дана.</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>Са&amp;чувај подешавања</translation>
    </message>
    <message>
        <source>Only an administrator can change the lock time and the no-contact warning. The language applies to this computer.</source>
        <translation>Само администратор може да промени време закључавања и упозорење без контакта. Језик важи за овај рачунар.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центар</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Шифра:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назив:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Општина:</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Мој налог</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Промени моју лозинку…</translation>
    </message>
</context>
</TS>
