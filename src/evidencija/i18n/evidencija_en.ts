<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>Creating the register…</source>
        <translation>Creating the register…</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>The administrator</translation>
    </message>
    <message>
        <source>The administrator adds the other users and looks after backups. Choose a long passphrase: a few words are easier to remember than symbols.</source>
        <translation>The administrator adds the other users and looks after backups. Choose a long passphrase: a few words are easier to remember than symbols.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>e.g. ana.petrovic</source>
        <translation>e.g. ana.petrovic</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>Locked after %1 minutes without activity. Nothing you typed was lost.</source>
        <translation>Locked after %1 minutes without activity. Nothing you typed was lost.</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>The register is locked.</translation>
    </message>
    <message>
        <source>The automatic backup could not be written. %1
Check the backup folder on the Backups page.</source>
        <translation>The automatic backup could not be written. %1
Check the backup folder on the Backups page.</translation>
    </message>
    <message>
        <source>Writing the automatic backup…</source>
        <translation>Writing the automatic backup…</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Restoring the register…</translation>
    </message>
    <message>
        <source>The register was restored from the backup made on %1. Unlock it to continue.</source>
        <translation>The register was restored from the backup made on %1. Unlock it to continue.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>No verified backup yet</source>
        <translation>No verified backup yet</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>Choose where to write the backup</translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation>Writing and verifying the backup…</translation>
    </message>
    <message>
        <source>The backup was written and verified:
%1</source>
        <translation>The backup was written and verified:
%1</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Choose the folder for automatic backups</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups first.</source>
        <translation>Choose a folder for the automatic backups first.</translation>
    </message>
    <message>
        <source>Automatic backups were saved.</source>
        <translation>Automatic backups were saved.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Evidencija backups (*.evbackup);;All files (*)</source>
        <translation>Evidencija backups (*.evbackup);;All files (*)</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Verifying the backup…</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole register. It can be opened only with a passphrase or the recovery key of this register.</source>
        <translation>A backup is an encrypted copy of the whole register. It can be opened only with a passphrase or the recovery key of this register.</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Last good backup</translation>
    </message>
    <message>
        <source>Every backup is reopened and checked before it counts.</source>
        <translation>Every backup is reopened and checked before it counts.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Write a backup to a folder or a USB drive you choose.</source>
        <translation>Write a backup to a folder or a USB drive you choose.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>When the program closes</source>
        <translation>When the program closes</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Keep the last:</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>no folder chosen</source>
        <translation>no folder chosen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Save automatic backups</source>
        <translation>&amp;Save automatic backups</translation>
    </message>
    <message>
        <source>Only an administrator can change automatic backups.</source>
        <translation>Only an administrator can change automatic backups.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace this register with a backup. The backup is verified and its contents shown before you confirm.</source>
        <translation>Replace this register with a backup. The backup is verified and its contents shown before you confirm.</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Backups are made by administrators and case managers.</source>
        <translation>Backups are made by administrators and case managers.</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Case manager</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>Cases found: %1</source>
        <translation>Cases found: %1</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>No case matches the search.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <source>Case %1 (%2). The case file opens here in the next step of this version.</source>
        <translation>Case %1 (%2). The case file opens here in the next step of this version.</translation>
    </message>
    <message>
        <source>— not assessed yet —</source>
        <translation>— not assessed yet —</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</translation>
    </message>
    <message>
        <source>Discard the new case you started?</source>
        <translation>Discard the new case you started?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Search: name (any script or spelling), JMBG or file number</source>
        <translation>Search: name (any script or spelling), JMBG or file number</translation>
    </message>
    <message>
        <source>Only &amp;my cases</source>
        <translation>Only &amp;my cases</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>Your centre</source>
        <translation>Your centre</translation>
    </message>
    <message>
        <source>These details appear on exports and printouts.</source>
        <translation>These details appear on exports and printouts.</translation>
    </message>
    <message>
        <source>Centre &amp;code:</source>
        <translation>Centre &amp;code:</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>Centre &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>e.g. CSR-KG</source>
        <translation>e.g. CSR-KG</translation>
    </message>
    <message>
        <source>e.g. Centar za socijalni rad Kragujevac</source>
        <translation>e.g. Centar za socijalni rad Kragujevac</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>type to search</translation>
    </message>
    <message>
        <source>The centre code is given by the coordinating organisation.</source>
        <translation>The centre code is given by the coordinating organisation.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choose from a calendar</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Type the date as dd.mm.yyyy.</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Overdue: %1 · Due today: %2 · Later this week: %3</source>
        <translation>Overdue: %1 · Due today: %2 · Later this week: %3</translation>
    </message>
    <message>
        <source>Case %1. The case file opens here in the next step of this version.</source>
        <translation>Case %1. The case file opens here in the next step of this version.</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Legal clocks and planned steps of open cases. Press Enter or double-click a row to open its case.</source>
        <translation>Legal clocks and planned steps of open cases. Press Enter or double-click a row to open its case.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week.</source>
        <translation>Nothing is overdue or due this week.</translation>
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
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and the program could not finish what it was doing. Everything saved before is safe. Details for support were written to the log folder: %1</source>
        <translation>Something went wrong and the program could not finish what it was doing. Everything saved before is safe. Details for support were written to the log folder: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Move this file to a USB stick kept locked away, and delete it from this computer.</source>
        <translation>Saved to %1. Move this file to a USB stick kept locked away, and delete it from this computer.</translation>
    </message>
    <message>
        <source>The register has been created, but you have not confirmed the recovery key. It will not be shown again. Close anyway?</source>
        <translation>The register has been created, but you have not confirmed the recovery key. It will not be shown again. Close anyway?</translation>
    </message>
    <message>
        <source>Close without the key</source>
        <translation>Close without the key</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Evidencija — new register</source>
        <translation>Evidencija — new register</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Create register</source>
        <translation>&amp;Create register</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Welcome to Evidencija</source>
        <translation>Welcome to Evidencija</translation>
    </message>
    <message>
        <source>This computer has no register yet. Let us create one.</source>
        <translation>This computer has no register yet. Let us create one.</translation>
    </message>
    <message>
        <source>You will enter your centre&apos;s details and the first administrator&apos;s account. At the end you will receive a recovery key: print it or save it, and keep it locked away. It opens the register if every passphrase is forgotten.</source>
        <translation>You will enter your centre&apos;s details and the first administrator&apos;s account. At the end you will receive a recovery key: print it or save it, and keep it locked away. It opens the register if every passphrase is forgotten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <source>Last good backup: none yet</source>
        <translation>Last good backup: none yet</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>Last good backup: %1</translation>
    </message>
    <message>
        <source>Some unsaved changes could not be kept as a draft. They stay on screen behind the lock. Lock anyway?</source>
        <translation>Some unsaved changes could not be kept as a draft. They stay on screen behind the lock. Lock anyway?</translation>
    </message>
    <message>
        <source>Lock anyway</source>
        <translation>Lock anyway</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>You have unsaved changes from %1, kept safely when the register was locked or closed. Put them back into their forms?</source>
        <translation>You have unsaved changes from %1, kept safely when the register was locked or closed. Put them back into their forms?</translation>
    </message>
    <message>
        <source>Put them back</source>
        <translation>Put them back</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Discard them</translation>
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
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the register (%1)</source>
        <translation>Lock the register (%1)</translation>
    </message>
    <message>
        <source>Lock (%1)</source>
        <translation>Lock (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Users &amp; settings</source>
        <translation>Users &amp; settings</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Register the case as it is opened. People, incidents and the risk assessment are added in the case file.</source>
        <translation>Register the case as it is opened. People, incidents and the risk assessment are added in the case file.</translation>
    </message>
    <message>
        <source>&amp;File number:</source>
        <translation>&amp;File number:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Opened on:</translation>
    </message>
    <message>
        <source>Response &amp;priority:</source>
        <translation>Response &amp;priority:</translation>
    </message>
    <message>
        <source>&amp;Centre&apos;s municipality:</source>
        <translation>&amp;Centre&apos;s municipality:</translation>
    </message>
    <message>
        <source>&amp;Victim&apos;s municipality:</source>
        <translation>&amp;Victim&apos;s municipality:</translation>
    </message>
    <message>
        <source>the number in the centre&apos;s registry</source>
        <translation>the number in the centre&apos;s registry</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Save case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice.</source>
        <translation>Type your current passphrase, then the new one twice.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Set a new passphrase</translation>
    </message>
    <message>
        <source>Set a new passphrase for %1 and tell it to them in person. The account is enabled again if it was disabled.</source>
        <translation>Set a new passphrase for %1 and tell it to them in person. The account is enabled again if it was disabled.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>&amp;Save passphrase</source>
        <translation>&amp;Save passphrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Too weak</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Too weak: %1</source>
        <translation>Too weak: %1</translation>
    </message>
    <message>
        <source>%1 — the two entries match.</source>
        <translation>%1 — the two entries match.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The case list and the case file come in the next step of this version. Nothing is missing from your register: cases are kept safely.</source>
        <translation>The case list and the case file come in the next step of this version. Nothing is missing from your register: cases are kept safely.</translation>
    </message>
    <message>
        <source>The list of deadlines (overdue, today, this week) comes together with the case list in the next step.</source>
        <translation>The list of deadlines (overdue, today, this week) comes together with the case list in the next step.</translation>
    </message>
    <message>
        <source>The monthly anonymised export is not part of this version yet. When it is, this page will prepare the spreadsheet for the coordinating organisation and show what it contains before it is sent.</source>
        <translation>The monthly anonymised export is not part of this version yet. When it is, this page will prepare the spreadsheet for the coordinating organisation and show what it contains before it is sent.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <source>Type the recovery key printed when the register was created. Dashes and spaces do not matter; a mistyped group is named so you can check it.</source>
        <translation>Type the recovery key printed when the register was created. Dashes and spaces do not matter; a mistyped group is named so you can check it.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Set passphrase and unlock</source>
        <translation>&amp;Set passphrase and unlock</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Correct.</source>
        <translation>Correct.</translation>
    </message>
    <message>
        <source>This is not group %1. Check what you wrote down.</source>
        <translation>This is not group %1. Check what you wrote down.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Shown only now. Without it, a register whose passphrases are all forgotten cannot be opened by anyone.</source>
        <translation>Shown only now. Without it, a register whose passphrases are all forgotten cannot be opened by anyone.</translation>
    </message>
    <message>
        <source>Print this key or save it as a PDF on a USB stick, then keep it locked away from this computer. Do not send it by e-mail.</source>
        <translation>Print this key or save it as a PDF on a USB stick, then keep it locked away from this computer. Do not send it by e-mail.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>To confirm that you have written it down, type group %1 of the key here:</source>
        <translation>To confirm that you have written it down, type group %1 of the key here:</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Evidencija — recovery key</source>
        <translation>Evidencija — recovery key</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>This key opens the register when every passphrase is forgotten. Keep this sheet locked away, apart from the computer: whoever has it and a copy of the register can read the register.</source>
        <translation>This key opens the register when every passphrase is forgotten. Keep this sheet locked away, apart from the computer: whoever has it and a copy of the register can read the register.</translation>
    </message>
    <message>
        <source>To use it: on the unlock window choose “Forgot the passphrase? Use the recovery key…”, type the key, choose the administrator and set a new passphrase.</source>
        <translation>To use it: on the unlock window choose “Forgot the passphrase? Use the recovery key…”, type the key, choose the administrator and set a new passphrase.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Verified: the backup is complete and its database opens without errors.</source>
        <translation>Verified: the backup is complete and its database opens without errors.</translation>
    </message>
    <message>
        <source>Checked: the file is complete. It will be fully verified with your passphrase before anything is replaced.</source>
        <translation>Checked: the file is complete. It will be fully verified with your passphrase before anything is replaced.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Made on: %1</translation>
    </message>
    <message>
        <source>Program version: %1</source>
        <translation>Program version: %1</translation>
    </message>
    <message>
        <source>Database schema: %1</source>
        <translation>Database schema: %1</translation>
    </message>
    <message>
        <source>The register on this computer will be replaced by this backup. Everything entered after %1 will be lost. The current register is kept aside until the restored one opens.</source>
        <translation>The register on this computer will be replaced by this backup. Everything entered after %1 will be lost. The current register is kept aside until the restored one opens.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Replace with this backup</source>
        <translation>&amp;Replace with this backup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>UnlockController</name>
    <message>
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Evidencija backups (*.evbackup);;All files (*)</source>
        <translation>Evidencija backups (*.evbackup);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Restoring the register…</translation>
    </message>
    <message>
        <source>The register was restored from the backup made on %1. Unlock it to continue.</source>
        <translation>The register was restored from the backup made on %1. Unlock it to continue.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Evidencija — unlock</source>
        <translation>Evidencija — unlock</translation>
    </message>
    <message>
        <source>Evidencija</source>
        <translation>Evidencija</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation>Forgot the passphrase? Use the &amp;recovery key…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>The username may use a–z, 0–9, dot, dash and underscore (2 to 64 characters).</source>
        <translation>The username may use a–z, 0–9, dot, dash and underscore (2 to 64 characters).</translation>
    </message>
    <message>
        <source>Choose an acceptable passphrase and type it twice.</source>
        <translation>Choose an acceptable passphrase and type it twice.</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Adding the user…</translation>
    </message>
    <message>
        <source>%1 was added. Tell them their passphrase in person.</source>
        <translation>%1 was added. Tell them their passphrase in person.</translation>
    </message>
    <message>
        <source>Disable %1? They will no longer be able to unlock the register.</source>
        <translation>Disable %1? They will no longer be able to unlock the register.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users &amp; settings</source>
        <translation>Users &amp; settings</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase…</source>
        <translation>&amp;Set new passphrase…</translation>
    </message>
    <message>
        <source>Only an administrator can add users or change them.</source>
        <translation>Only an administrator can add users or change them.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>User&amp;name:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Full na&amp;me:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>e.g. marko.jovanovic</source>
        <translation>e.g. marko.jovanovic</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Lock after &amp;idle:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>Sa&amp;ve settings</translation>
    </message>
    <message>
        <source>Only an administrator can change the lock time. The language applies to this computer.</source>
        <translation>Only an administrator can change the lock time. The language applies to this computer.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Change my passphrase…</translation>
    </message>
</context>
</TS>
