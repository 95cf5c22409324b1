"""The main window's layout: navigation on the left, the current page, and a status bar that
always shows who is signed in, the centre and the date of the last good backup."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    close_requested = Signal()
    retranslated = Signal()
    banner_action = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self._closing = False
        self._titles: dict[str, object] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        self.lock_button = QPushButton()
        self.lock_button.setMinimumHeight(36)
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = QVBoxLayout()
        left.addWidget(self.nav, 1)
        left.addWidget(self.lock_button)
        self.banner = QFrame()
        self.banner.setObjectName("reminderBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "#reminderBanner { background: #fff4ce; border: 1px solid #c8a400;"
            " border-radius: 4px; }"
            " #reminderBanner QLabel { color: #3b2f00; }"
        )
        self.banner_icon = QLabel()
        self.banner_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(22, 22)
        )
        self.banner_text = QLabel(wordWrap=True)
        self.banner_text.setObjectName("reminderText")
        self.banner_button = QPushButton()
        self.banner_button.clicked.connect(self.banner_action)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        banner_layout.addWidget(self.banner_icon)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.lock_action = QAction("", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.menu = self.menuBar().addMenu("")
        self.menu.addAction(self.lock_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.lock_button.clicked.connect(self.lock_action.trigger)

        self.user_label, self.centre_label, self.backup_label = QLabel(), QLabel(), QLabel()
        for label in (self.user_label, self.centre_label, self.backup_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self.resize(1100, 720)
        self.retranslate()

    def add_page(
        self, key: str, title: object, icon: QStyle.StandardPixmap, widget: QWidget
    ) -> None:
        """Add a page; `title` is a callable giving its translated name."""
        item = QListWidgetItem(self.style().standardIcon(icon), "")
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, 38))
        self.nav.addItem(item)
        self.stack.addWidget(widget)
        self._titles[key] = title
        self._retitle()
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def set_banner(self, text: str | None) -> None:
        """The reminder across the top of the window (None hides it)."""
        self.banner_text.setText(text or "")
        self.banner.setVisible(bool(text))

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def page_keys(self) -> list[str]:
        return [
            str(self.nav.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.nav.count())
        ]

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()

    def really_close(self) -> None:
        self._closing = True
        self.close()

    # ------------------------------------------------------------------ text
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _retitle(self) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            title = self._titles.get(str(item.data(Qt.ItemDataRole.UserRole)))
            if callable(title):
                item.setText(title())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evidencija"))
        self.menu.setTitle(self.tr("&Register"))
        self.lock_action.setText(self.tr("&Lock"))
        shortcut = self.lock_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.lock_action.setToolTip(self.tr("Lock the register (%1)").replace("%1", shortcut))
        self.lock_button.setText(self.tr("Lock (%1)").replace("%1", shortcut))
        self.quit_action.setText(self.tr("&Quit"))
        self.banner_button.setText(self.tr("Open the export"))
        self._retitle()
        self.retranslated.emit()
