"""The dialog after an unexpected error: what happened, what is safe, where the details are.

Shown by :mod:`okr_workshop.ui.crash_reporter` once the error is in the log. It says what
the application really guarantees (every edit is its own transaction, committed at once;
typing is saved within a second, see ``pending_edits``), so only the action that failed is
in doubt; it gives the log's path as selectable text and a button to open its folder. When
the log could not be written, the details themselves are shown, to copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from okr_workshop import APP_NAME
from okr_workshop.ui.placeholders import fill


class CrashDialog(QDialog):
    """``log`` is the file the details went to (None: it could not be written, and
    ``details`` are shown instead); ``fatal`` when the application cannot go on (start-up)."""

    def __init__(self, log: Path | None, details: str, fatal: bool = False,
                 folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(APP_NAME)
        self.setModal(True)
        self.log = log
        self._folder = folder if folder is not None else (log.parent if log else None)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(fill(self.tr("%1 cannot start"), self.windowTitle()) if fatal
                              else self.tr("Something went wrong"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.safety = QLabel(self._safety_text(fatal))
        self.safety.setWordWrap(True)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.safety)
        if log is not None:
            self.where = QLabel(self.tr("The details are in this log file. Please attach it "
                                        "when you report the problem:"))
            self.path = QLineEdit(str(log))
            self.path.setReadOnly(True)  # selectable and copyable, not editable
            # Wide enough to show the whole path when the screen allows: it is read, then copied.
            metrics = self.path.fontMetrics()
            self.path.setMinimumWidth(min(max(metrics.averageCharWidth() * 60,
                                              metrics.horizontalAdvance(str(log)) + 24),
                                          metrics.averageCharWidth() * 110))
            self.where.setBuddy(self.path)
            text.addWidget(self.where)
            text.addWidget(self.path)
        else:
            self.where = QLabel(self.tr("The details could not be written to the log. Here "
                                        "they are, to copy into your report:"))
            self.details = QPlainTextEdit(details)
            self.details.setReadOnly(True)
            self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.details.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
            text.addWidget(self.where)
            text.addWidget(self.details)
        self.where.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(
            self.tr("&Quit") if fatal else self.tr("&Continue"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setDefault(True)
        self.open_folder: QPushButton | None = None
        if self._folder is not None:
            # ActionRole: opening the folder leaves the dialog open, the path still to copy.
            self.open_folder = self.buttons.addButton(
                self.tr("&Open Log Folder"), QDialogButtonBox.ButtonRole.ActionRole)
            self.open_folder.clicked.connect(self._open_folder)
        self.buttons.accepted.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.close_button.setFocus()

    def _safety_text(self, fatal: bool) -> str:
        if fatal:
            return self.tr("An unexpected error stopped it while starting. Your workshops "
                           "are not affected: the library keeps everything saved so far.")
        return fill(self.tr("An unexpected error occurred and %1 carried on. Your work is "
                            "safe: every change is written to the library as you make it, "
                            "and typing within a second. Only the action that failed may not "
                            "have been saved: check it before going on."), self.windowTitle())

    def text(self) -> str:
        """Everything the dialog says, as a person reads it (for tests and screen readers)."""
        parts = [self.heading.text(), self.safety.text(), self.where.text()]
        if self.log is not None:
            parts.append(self.path.text())
        return "\n".join(parts)

    def _open_folder(self) -> None:
        if self._folder is None:
            return
        try:
            self._folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            pass  # the file manager says it is missing better than we would
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
