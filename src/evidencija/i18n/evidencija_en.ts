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
    <name>AnalysisWindow</name>
    <message>
        <source>Evidencija — analysis</source>
        <translation>Evidencija — analysis</translation>
    </message>
    <message>
        <source>Organisation&apos;s key and store</source>
        <translation>Organisation&apos;s key and store</translation>
    </message>
    <message>
        <source>Identity file:</source>
        <translation>Identity file:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Store:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Register a centre card…</source>
        <translation>Register a centre card…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Drop the centres&apos; packages (.age files) or folders here</source>
        <translation>Drop the centres&apos; packages (.age files) or folders here</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Period (YYYY, YYYY-Qn or YYYY-MM):</source>
        <translation>Period (YYYY, YYYY-Qn or YYYY-MM):</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>✓ received · ✓ replaced (n versions) · — missing: nothing received for that month · not due: the month is not over yet</source>
        <translation>✓ received · ✓ replaced (n versions) · — missing: nothing received for that month · not due: the month is not over yet</translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation>Centre:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>by month</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>by quarter</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>by year</translation>
    </message>
    <message>
        <source>Report workbook…</source>
        <translation>Report workbook…</translation>
    </message>
    <message>
        <source>Dataset (.xlsx)…</source>
        <translation>Dataset (.xlsx)…</translation>
    </message>
    <message>
        <source>Dataset (.csv)…</source>
        <translation>Dataset (.csv)…</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>All centres</translation>
    </message>
    <message>
        <source>Registered centres: %1</source>
        <translation>Registered centres: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s identity file</source>
        <translation>The organisation&apos;s identity file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>A centre&apos;s card</source>
        <translation>A centre&apos;s card</translation>
    </message>
    <message>
        <source>Centre card (*.json);;All files (*)</source>
        <translation>Centre card (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Centre %1 (%2) is registered; key fingerprint %3.</source>
        <translation>Centre %1 (%2) is registered; key fingerprint %3.</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Packages to import</translation>
    </message>
    <message>
        <source>Packages (*.age *.xlsx);;All files (*)</source>
        <translation>Packages (*.age *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>A folder of packages</source>
        <translation>A folder of packages</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s identity file first: the packages are encrypted for it.</source>
        <translation>Choose the organisation&apos;s identity file first: the packages are encrypted for it.</translation>
    </message>
    <message>
        <source>No packages were found there.</source>
        <translation>No packages were found there.</translation>
    </message>
    <message>
        <source>Importing %1 file(s)…</source>
        <translation>Importing %1 file(s)…</translation>
    </message>
    <message>
        <source>Nothing imported yet in this window.</source>
        <translation>Nothing imported yet in this window.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>accepted (replaces)</source>
        <translation>accepted (replaces)</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>not due</translation>
    </message>
    <message>
        <source>the month is not over yet</source>
        <translation>the month is not over yet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>imported %1</translation>
    </message>
    <message>
        <source>replaced (%1)</source>
        <translation>replaced (%1)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Report workbook</source>
        <translation>Report workbook</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>The report was written to %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The dataset was written to %1 (%2 rows).</source>
        <translation>The dataset was written to %1 (%2 rows).</translation>
    </message>
    <message>
        <source>Writing the dataset…</source>
        <translation>Writing the dataset…</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The register database is damaged (%1). Keep working only to save what you must, then ask the administrator to restore the latest backup.</source>
        <translation>The register database is damaged (%1). Keep working only to save what you must, then ask the administrator to restore the latest backup.</translation>
    </message>
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
    <name>CaseFile</name>
    <message>
        <source>More about this person</source>
        <translation>More about this person</translation>
    </message>
    <message>
        <source>not served yet</source>
        <translation>not served yet</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>proposal due %1</source>
        <translation>proposal due %1</translation>
    </message>
    <message>
        <source>decision due %1</source>
        <translation>decision due %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <source>appeal until %1</source>
        <translation>appeal until %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Living together</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Forms of violence</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Injury</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Risk assessments</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Imminent danger</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Meetings (GKS)</source>
        <translation>Meetings (GKS)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Drawn up on</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Plan measures</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>A measure is added to the latest plan; add a plan first.</source>
        <translation>A measure is added to the latest plan; add a plan first.</translation>
    </message>
    <message>
        <source>Urgent measures</source>
        <translation>Urgent measures</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Legal clock</source>
        <translation>Legal clock</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Court decision</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Protection measures</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Criminal proceedings</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Prosecutor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>About the service</translation>
    </message>
    <message>
        <source>Feels safer</source>
        <translation>Feels safer</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Contacts and notes</source>
        <translation>Contacts and notes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Type of contact</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Kept inside the encrypted register, at most %1 MB a file; never exported.</source>
        <translation>Kept inside the encrypted register, at most %1 MB a file; never exported.</translation>
    </message>
</context>
<context>
    <name>CaseFileController</name>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>Case manager: %1</source>
        <translation>Case manager: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Opened: %1</translation>
    </message>
    <message>
        <source>Closed on %1 (%2). The case is read-only until it is reopened.</source>
        <translation>Closed on %1 (%2). The case is read-only until it is reopened.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>JMBG %1</source>
        <translation>JMBG %1</translation>
    </message>
    <message>
        <source>Correct identity: %1</source>
        <translation>Correct identity: %1</translation>
    </message>
    <message>
        <source>%1: add</source>
        <translation>%1: add</translation>
    </message>
    <message>
        <source>%1: edit</source>
        <translation>%1: edit</translation>
    </message>
    <message>
        <source>Remove %1 from this case? The person stays in the register; her relationships in this case are deleted with her.</source>
        <translation>Remove %1 from this case? The person stays in the register; her relationships in this case are deleted with her.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Delete this record from “%1”?
%2
It cannot be undone; the audit trail keeps what it held.</source>
        <translation>Delete this record from “%1”?
%2
It cannot be undone; the audit trail keeps what it held.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Case manager of case %1</source>
        <translation>Case manager of case %1</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Reopen case %1? It can be edited again.</source>
        <translation>Reopen case %1? It can be edited again.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <source>← Back to the list</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Show &amp;identity data</source>
        <translation>Show &amp;identity data</translation>
    </message>
    <message>
        <source>Names, JMBG and addresses; every opening is recorded in the audit trail.</source>
        <translation>Names, JMBG and addresses; every opening is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Print &amp;plan…</source>
        <translation>Print &amp;plan…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translation>Print s&amp;ummary…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Close case…</translation>
    </message>
    <message>
        <source>Case &amp;details…</source>
        <translation>Case &amp;details…</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>&amp;Reopen case</translation>
    </message>
    <message>
        <source>Change case &amp;manager…</source>
        <translation>Change case &amp;manager…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
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
        <source>Loading the deadlines…</source>
        <translation>Loading the deadlines…</translation>
    </message>
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
    <name>DocumentActions</name>
    <message>
        <source>Attach a document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it elsewhere, or ask the administrator.</source>
        <translation>No program on this computer opens this kind of file. Save a copy and open it elsewhere, or ask the administrator.</translation>
    </message>
    <message>
        <source>Document open</source>
        <translation>Document open</translation>
    </message>
    <message>
        <source>“%1” is open in the system&apos;s viewer. Close the viewer, then this note: the temporary copy is then erased.</source>
        <translation>“%1” is open in the system&apos;s viewer. Close the viewer, then this note: the temporary copy is then erased.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not encrypted: keep it as safely as the paper original.</source>
        <translation>A copy was saved as %1. It is not encrypted: keep it as safely as the paper original.</translation>
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
    <name>ExportPage</name>
    <message>
        <source>The export is encrypted for the coordinating organisation (recipients: %1); only it can open the file.</source>
        <translation>The export is encrypted for the coordinating organisation (recipients: %1); only it can open the file.</translation>
    </message>
    <message>
        <source>No recipient is set: the export cannot be encrypted. Paste the organisation&apos;s age recipient (it starts with age1) below.</source>
        <translation>No recipient is set: the export cannot be encrypted. Paste the organisation&apos;s age recipient (it starts with age1) below.</translation>
    </message>
    <message>
        <source>Months never exported: %1</source>
        <translation>Months never exported: %1</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>plain workbook</source>
        <translation>plain workbook</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>Preparing the preview of %1…</translation>
    </message>
    <message>
        <source>Month %1, centre %2</source>
        <translation>Month %1, centre %2</translation>
    </message>
    <message>
        <source>Victim records: %1; suppressed: %2 (%3); generalised: %4 (%5).</source>
        <translation>Victim records: %1; suppressed: %2 (%3); generalised: %4 (%5).</translation>
    </message>
    <message>
        <source>Smallest group: k = %1 required; generalisation level %2 (%3).</source>
        <translation>Smallest group: k = %1 required; generalisation level %2 (%3).</translation>
    </message>
    <message>
        <source>Aggregate tables: %1 cells, %2 small counts and %3 further cells suppressed.</source>
        <translation>Aggregate tables: %1 cells, %2 small counts and %3 further cells suppressed.</translation>
    </message>
    <message>
        <source>More than a fifth of the victim records are suppressed: the month is small. The aggregate tables still count them.</source>
        <translation>More than a fifth of the victim records are suppressed: the month is small. The aggregate tables still count them.</translation>
    </message>
    <message>
        <source>No recipient of the coordinating organisation is set, so the export cannot be encrypted. An unencrypted workbook can be read by anyone who gets the file: carry it only by hand, on an encrypted medium. Write an unencrypted workbook anyway?</source>
        <translation>No recipient of the coordinating organisation is set, so the export cannot be encrypted. An unencrypted workbook can be read by anyone who gets the file: carry it only by hand, on an encrypted medium. Write an unencrypted workbook anyway?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write unencrypted workbook</source>
        <translation>Write unencrypted workbook</translation>
    </message>
    <message>
        <source>Choose where to write the export</source>
        <translation>Choose where to write the export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing the export of %1…</source>
        <translation>Writing the export of %1…</translation>
    </message>
    <message>
        <source>The export was written to %1.
Fingerprint (SHA-256): %2</source>
        <translation>The export was written to %1.
Fingerprint (SHA-256): %2</translation>
    </message>
    <message>
        <source>It is in the outbox and will be sent to the coordinating organisation.</source>
        <translation>It is in the outbox and will be sent to the coordinating organisation.</translation>
    </message>
    <message>
        <source>It is not encrypted, so it was not put in the outbox.</source>
        <translation>It is not encrypted, so it was not put in the outbox.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Monthly export</source>
        <translation>Monthly export</translation>
    </message>
    <message>
        <source>The anonymised monthly workbook for the coordinating organisation</source>
        <translation>The anonymised monthly workbook for the coordinating organisation</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Only an administrator can prepare the monthly export, because it leaves the centre. Ask your administrator; the outbox shows what was sent.</source>
        <translation>Only an administrator can prepare the monthly export, because it leaves the centre. Ask your administrator; the outbox shows what was sent.</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save export…</source>
        <translation>Save export…</translation>
    </message>
    <message>
        <source>Coordinating organisation (NGO) recipient</source>
        <translation>Coordinating organisation (NGO) recipient</translation>
    </message>
    <message>
        <source>Save recipient</source>
        <translation>Save recipient</translation>
    </message>
    <message>
        <source>Disclosure report</source>
        <translation>Disclosure report</translation>
    </message>
    <message>
        <source>Choose the month and press Preview: every sheet is shown exactly as it will be written, with what was generalised or suppressed and why.</source>
        <translation>Choose the month and press Preview: every sheet is shown exactly as it will be written, with what was generalised or suppressed and why.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Centre&apos;s municipality</source>
        <translation>Centre&apos;s municipality</translation>
    </message>
    <message>
        <source>Victim&apos;s municipality</source>
        <translation>Victim&apos;s municipality</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internal team</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <source>Repeat case</source>
        <translation>Repeat case</translation>
    </message>
    <message>
        <source>Earlier reports</source>
        <translation>Earlier reports</translation>
    </message>
    <message>
        <source>First contact with the victim</source>
        <translation>First contact with the victim</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Intake worker</source>
        <translation>Intake worker</translation>
    </message>
    <message>
        <source>Responsible colleague</source>
        <translation>Responsible colleague</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Date of contact</source>
        <translation>Date of contact</translation>
    </message>
    <message>
        <source>Person of the case</source>
        <translation>Person of the case</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>Safe to contact</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Has a disability</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Economically dependent</source>
        <translation>Economically dependent</translation>
    </message>
    <message>
        <source>Children in the household</source>
        <translation>Children in the household</translation>
    </message>
    <message>
        <source>Social protection beneficiary</source>
        <translation>Social protection beneficiary</translation>
    </message>
    <message>
        <source>Alcohol or drug misuse</source>
        <translation>Alcohol or drug misuse</translation>
    </message>
    <message>
        <source>Mental illness</source>
        <translation>Mental illness</translation>
    </message>
    <message>
        <source>Access to a weapon</source>
        <translation>Access to a weapon</translation>
    </message>
    <message>
        <source>Prior convictions</source>
        <translation>Prior convictions</translation>
    </message>
    <message>
        <source>Earlier protection measures</source>
        <translation>Earlier protection measures</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Living together</translation>
    </message>
    <message>
        <source>Separation in progress</source>
        <translation>Separation in progress</translation>
    </message>
    <message>
        <source>Custody dispute</source>
        <translation>Custody dispute</translation>
    </message>
    <message>
        <source>Report received at</source>
        <translation>Report received at</translation>
    </message>
    <message>
        <source>Intake sheet filled in</source>
        <translation>Intake sheet filled in</translation>
    </message>
    <message>
        <source>Forwarded to the police at</source>
        <translation>Forwarded to the police at</translation>
    </message>
    <message>
        <source>Victim&apos;s consent</source>
        <translation>Victim&apos;s consent</translation>
    </message>
    <message>
        <source>Immediate intervention</source>
        <translation>Immediate intervention</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Medical help</translation>
    </message>
    <message>
        <source>Children present</source>
        <translation>Children present</translation>
    </message>
    <message>
        <source>Perpetrator intoxicated</source>
        <translation>Perpetrator intoxicated</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>First incident</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>Assessed at</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Imminent danger</translation>
    </message>
    <message>
        <source>Risk as the victim sees it</source>
        <translation>Risk as the victim sees it</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risk factors</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Plan measure</source>
        <translation>Plan measure</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Victim present</source>
        <translation>Victim present</translation>
    </message>
    <message>
        <source>Minutes reference</source>
        <translation>Minutes reference</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Drawn up on</translation>
    </message>
    <message>
        <source>Signed by the victim</source>
        <translation>Signed by the victim</translation>
    </message>
    <message>
        <source>Monitoring plan</source>
        <translation>Monitoring plan</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>People covered</source>
        <translation>People covered</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <source>Served at</source>
        <translation>Served at</translation>
    </message>
    <message>
        <source>Prosecutor proposed an extension</source>
        <translation>Prosecutor proposed an extension</translation>
    </message>
    <message>
        <source>Proposal made at</source>
        <translation>Proposal made at</translation>
    </message>
    <message>
        <source>Court decided at</source>
        <translation>Court decided at</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Extended until</source>
        <translation>Extended until</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Breached on</source>
        <translation>Breached on</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Duration (months)</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Extended on</source>
        <translation>Extended on</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Ended early</translation>
    </message>
    <message>
        <source>Centre gave an opinion</source>
        <translation>Centre gave an opinion</translation>
    </message>
    <message>
        <source>Criminal complaint filed</source>
        <translation>Criminal complaint filed</translation>
    </message>
    <message>
        <source>Complaint filed on</source>
        <translation>Complaint filed on</translation>
    </message>
    <message>
        <source>Decision on</source>
        <translation>Decision on</translation>
    </message>
    <message>
        <source>Verdict on</source>
        <translation>Verdict on</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Detained</translation>
    </message>
    <message>
        <source>Final on</source>
        <translation>Final on</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <source>Consent to share data</source>
        <translation>Consent to share data</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Informed of her rights</source>
        <translation>Informed of her rights</translation>
    </message>
    <message>
        <source>Took part in the plan</source>
        <translation>Took part in the plan</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <source>Treated with respect</source>
        <translation>Treated with respect</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Would recommend</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>About the service</source>
        <translation>About the service</translation>
    </message>
    <message>
        <source>Only as she declares it, with consent.</source>
        <translation>Only as she declares it, with consent.</translation>
    </message>
    <message>
        <source>Phone and e-mail are safe to use.</source>
        <translation>Phone and e-mail are safe to use.</translation>
    </message>
    <message>
        <source>Empty: the centre&apos;s help as a whole.</source>
        <translation>Empty: the centre&apos;s help as a whole.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Petition filed at</source>
        <translation>Petition filed at</translation>
    </message>
    <message>
        <source>Court decision on the petition</source>
        <translation>Court decision on the petition</translation>
    </message>
    <message>
        <source>Order issued on</source>
        <translation>Order issued on</translation>
    </message>
    <message>
        <source>Order in force until</source>
        <translation>Order in force until</translation>
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
    <name>JmbgCheck</name>
    <message>
        <source>The JMBG has 13 digits (%1 typed).</source>
        <translation>The JMBG has 13 digits (%1 typed).</translation>
    </message>
    <message>
        <source>✗ The check digit does not match: a digit is mistyped.</source>
        <translation>✗ The check digit does not match: a digit is mistyped.</translation>
    </message>
    <message>
        <source>✓ The JMBG&apos;s check digit is right.</source>
        <translation>✓ The JMBG&apos;s check digit is right.</translation>
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
    <message>
        <source>Open the export</source>
        <translation>Open the export</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Due this week (%1)</source>
        <translation>Due this week (%1)</translation>
    </message>
    <message>
        <source>Plan reviews (%1)</source>
        <translation>Plan reviews (%1)</translation>
    </message>
    <message>
        <source>Waiting for an answer (%1)</source>
        <translation>Waiting for an answer (%1)</translation>
    </message>
    <message>
        <source>Open cases (%1)</source>
        <translation>Open cases (%1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Plan of</source>
        <translation>Plan of</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Days without contact</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <source>No contact for %1 days (%2)</source>
        <translation>No contact for %1 days (%2)</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>Whole centre</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (me)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Overdue: %1 · Open cases: %2</source>
        <translation>Overdue: %1 · Open cases: %2</translation>
    </message>
</context>
<context>
    <name>MyWorkView</name>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>What is yours to do: deadlines and plan measures due this week, plan reviews, referrals waiting for an answer and cases without a recent contact. Press Enter or double-click a row to open its case.</source>
        <translation>What is yours to do: deadlines and plan measures due this week, plan reviews, referrals waiting for an answer and cases without a recent contact. Press Enter or double-click a row to open its case.</translation>
    </message>
    <message>
        <source>&amp;Whose work:</source>
        <translation>&amp;Whose work:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
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
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
</context>
<context>
    <name>NewCaseFlow</name>
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
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Creating the case…</translation>
    </message>
    <message>
        <source>Case %1 is created; the rest was not saved yet. Correct what is marked and press Create again, or Cancel to open the case as it is.</source>
        <translation>Case %1 is created; the rest was not saved yet. Correct what is marked and press Create again, or Cancel to open the case as it is.</translation>
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
    <name>NewCaseView</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Fields marked * are required. Ctrl+S creates the case and opens its file; a step left empty is skipped.</source>
        <translation>Fields marked * are required. Ctrl+S creates the case and opens its file; a step left empty is skipped.</translation>
    </message>
    <message>
        <source>1. Intake</source>
        <translation>1. Intake</translation>
    </message>
    <message>
        <source>2. People</source>
        <translation>2. People</translation>
    </message>
    <message>
        <source>3. Relationship</source>
        <translation>3. Relationship</translation>
    </message>
    <message>
        <source>4. Incident</source>
        <translation>4. Incident</translation>
    </message>
    <message>
        <source>5. Risk assessment</source>
        <translation>5. Risk assessment</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>The report</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>&amp;Create case</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Size (KB)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>(a password is stored; type to replace it)</source>
        <translation>(a password is stored; type to replace it)</translation>
    </message>
    <message>
        <source>(no password stored)</source>
        <translation>(no password stored)</translation>
    </message>
    <message>
        <source>Packages are sent by e-mail to %1 automatically, every few minutes.</source>
        <translation>Packages are sent by e-mail to %1 automatically, every few minutes.</translation>
    </message>
    <message>
        <source>Sending by e-mail is not set up: use Prepare e-mail to send a package from your own mail program, then mark it as sent by hand.</source>
        <translation>Sending by e-mail is not set up: use Prepare e-mail to send a package from your own mail program, then mark it as sent by hand.</translation>
    </message>
    <message>
        <source>Sent: %1 of %2.</source>
        <translation>Sent: %1 of %2.</translation>
    </message>
    <message>
        <source>Take %1 out of the outbox? It will not be sent.</source>
        <translation>Take %1 out of the outbox? It will not be sent.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Did you send %1 from your own mail program?</source>
        <translation>Did you send %1 from your own mail program?</translation>
    </message>
    <message>
        <source>Yes, it was sent</source>
        <translation>Yes, it was sent</translation>
    </message>
    <message>
        <source>The e-mail settings were saved.</source>
        <translation>The e-mail settings were saved.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Prepare e-mail</translation>
    </message>
    <message>
        <source>Mark as sent by hand</source>
        <translation>Mark as sent by hand</translation>
    </message>
    <message>
        <source>Sending by e-mail (administrators)</source>
        <translation>Sending by e-mail (administrators)</translation>
    </message>
    <message>
        <source>Organisation&apos;s address:</source>
        <translation>Organisation&apos;s address:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Sender address:</translation>
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
        <translation>Security:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Timeout (seconds):</source>
        <translation>Timeout (seconds):</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Remove the stored password</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
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
    <name>PersonBlock</name>
    <message>
        <source>&amp;Use existing person</source>
        <translation>&amp;Use existing person</translation>
    </message>
    <message>
        <source>Enter as a new person</source>
        <translation>Enter as a new person</translation>
    </message>
    <message>
        <source>%1 %2, already in the register, is added to this case.</source>
        <translation>%1 %2, already in the register, is added to this case.</translation>
    </message>
    <message>
        <source>same JMBG</source>
        <translation>same JMBG</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>same name and birth date</translation>
    </message>
    <message>
        <source>Already in the register (%1): %2 %3, born %4, in %5 case(s). Is this the same person?</source>
        <translation>Already in the register (%1): %2 %3, born %4, in %5 case(s). Is this the same person?</translation>
    </message>
</context>
<context>
    <name>PictureWindow</name>
    <message>
        <source>The picture cannot be shown: the file is damaged.</source>
        <translation>The picture cannot be shown: the file is damaged.</translation>
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
    <name>PrintChoice</name>
    <message>
        <source>Print the plan</source>
        <translation>Print the plan</translation>
    </message>
    <message>
        <source>Print a case summary</source>
        <translation>Print a case summary</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <source>The printout carries names and identity data. Printing is recorded in the audit trail.</source>
        <translation>The printout carries names and identity data. Printing is recorded in the audit trail.</translation>
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
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>Individual protection and support plan</source>
        <translation>Individual protection and support plan</translation>
    </message>
    <message>
        <source>Person protected by the plan</source>
        <translation>Person protected by the plan</translation>
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
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>No plan has been drawn up yet.</source>
        <translation>No plan has been drawn up yet.</translation>
    </message>
    <message>
        <source>Drawn up on %1</source>
        <translation>Drawn up on %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Review on %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Signature of the person protected</source>
        <translation>Signature of the person protected</translation>
    </message>
    <message>
        <source>One copy is for the person protected by the plan.</source>
        <translation>One copy is for the person protected by the plan.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Forms of violence</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Injury</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Weapon</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Risk assessments</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Imminent danger</translation>
    </message>
    <message>
        <source>Urgent measures</source>
        <translation>Urgent measures</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Court decision</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Protection measures</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Criminal proceedings</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Prosecutor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The PDF was saved.</source>
        <translation>The PDF was saved.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</source>
        <translation>Type a date as dd.mm.yyyy., e.g. 03.02.2026.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>More</source>
        <translation>More</translation>
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
    <name>SectionView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Correc&amp;t identity…</source>
        <translation>Correc&amp;t identity…</translation>
    </message>
    <message>
        <source>Correct the person&apos;s name, JMBG, birth date, address or phone.</source>
        <translation>Correct the person&apos;s name, JMBG, birth date, address or phone.</translation>
    </message>
    <message>
        <source>Remo&amp;ve from the case…</source>
        <translation>Remo&amp;ve from the case…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Counting the indicators…</source>
        <translation>Counting the indicators…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Export the tables</source>
        <translation>Export the tables</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The tables were written to %1.</source>
        <translation>The tables were written to %1.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>The centre&apos;s own indicators, counted the same way as by the coordinating organisation</source>
        <translation>The centre&apos;s own indicators, counted the same way as by the coordinating organisation</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Export tables (.xlsx)…</source>
        <translation>Export tables (.xlsx)…</translation>
    </message>
    <message>
        <source>The tables on screen show every count. The exported workbook hides small counts (1–4) and what would reveal them, so it can go into the annual report.</source>
        <translation>The tables on screen show every count. The exported workbook hides small counts (1–4) and what would reveal them, so it can go into the annual report.</translation>
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
        <source>No contact &amp;warning after:</source>
        <translation>No contact &amp;warning after:</translation>
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
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>My work lists an open case with no contact for this many days.</source>
        <translation>My work lists an open case with no contact for this many days.</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>Sa&amp;ve settings</translation>
    </message>
    <message>
        <source>Only an administrator can change the lock time and the no-contact warning. The language applies to this computer.</source>
        <translation>Only an administrator can change the lock time and the no-contact warning. The language applies to this computer.</translation>
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
