"""The main window: navigation between pages, status bar, lock."""
