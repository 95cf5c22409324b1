"""Unlocking the register: username + passphrase, the recovery-key path, and the ways out when the
register cannot be opened (in use, network drive, newer, damaged → restore from a backup)."""
