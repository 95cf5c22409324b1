"""The outbox: getting the monthly export package from a centre with a poor connection to the NGO.

A finished export package goes into the outbox, a table inside the encrypted register (bytes and
all, so it survives closing the app and travels with every backup). From there it is e-mailed by
SMTP when a connection is available, retried with exponential backoff, and each item shows its
state: queued / sending / interrupted / sent at … / failed: reason. Centres without SMTP use
"Prepare e-mail" (a mailto: link and the package written to a folder). A reminder says when last
month's export has not been sent.

**The outbox sends nothing but export packages.** `queue.enqueue` accepts only a file named
`<centre>-<YYYY-MM>.xlsx.age` for this register's centre whose bytes are an age-encrypted file
(header `age-encryption.org/v1`, recipient stanzas, header MAC, payload); the check is repeated
before every send. The package's content is encrypted to the NGO and cannot be inspected here:
that it is anonymised is the export's guarantee (docs/export-format.md). The e-mail around it
holds only the centre code, the period, the file name and its SHA-256.

**Delivery is exactly-once-ish.** Before the SMTP transaction the item is marked `sending` and
given its Message-ID (kept for every later attempt) in a committed transaction. The moment the
server answers 250 to the end of DATA — before QUIT — the item is marked `sent` in the database.
An item found in `sending` by a later run (the process was killed, the PC lost power) was not
acknowledged, as far as the register knows: it becomes `interrupted` and is re-sent with the SAME
Message-ID, so the NGO can drop a duplicate. SMTP cannot be asked what it received, so a kill in
the short window between the server's 250 and our commit does produce a second copy — with the
same Message-ID.

Modules: `queue` (items, states, `send_due` for the UI's worker thread), `smtp` (smtplib
transport), `settings` (SMTP settings inside the register), `letter` (subject and text),
`mailto` ("Prepare e-mail"), `reminder` (banner and never-exported months), `commands` (CLI).
"""
