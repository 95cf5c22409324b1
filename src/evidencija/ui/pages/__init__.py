"""The pages of the main window. Each module holds one feature: its view and its controller.

A page controller has `view` (a QWidget), `refresh()`, and for the lock: `unsaved_drafts()`,
`clear_unsaved()` and `restore_draft(form_key, payload)` (see `base.Page`).
"""
