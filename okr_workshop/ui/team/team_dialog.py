"""File › Team folder…: which folder this laptop shares workshops through, the name
colleagues see on what is published from here, or no team folder at all.

Saved in the library (:func:`set_team_settings`, read by the command line too) when the
person presses Save; a folder that cannot be used is said in the dialog, which stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.errors import LibraryError
from okr_workshop.app.library_file import Repository
from okr_workshop.app.team_folder import TeamFolderError, set_team_settings, team_settings
from okr_workshop.app.team_folder_guard import holds_library
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.team.sharing_words import error_text


class TeamFolderDialog(QDialog):
    def __init__(self, repository: Repository, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.prompts = prompts
        self.setWindowTitle(self.tr("Team folder"))
        folder, writer = team_settings(repository)

        intro = QLabel(self.tr(
            "Share workshops with other coaches through a folder that Syncthing, Nextcloud, "
            "OneDrive, Dropbox or a network share keeps in step between laptops. Each shared "
            "workshop is one file there; your library stays on this computer."))
        intro.setWordWrap(True)
        self.use_box = QCheckBox(self.tr("&Use a team folder"))
        self.use_box.setChecked(folder is not None)
        self.folder_edit = QLineEdit(str(folder) if folder else "")
        self.folder_edit.setAccessibleName(self.tr("Team folder"))
        self.folder_edit.setPlaceholderText(self.tr("For example: ~/Sync/OKR team"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setToolTip(self.tr("Pick the folder in a folder dialog"))
        self.choose_button.clicked.connect(self._choose)
        self.coach_edit = QLineEdit(writer.coach)
        self.coach_edit.setMaxLength(200)
        self.coach_edit.setToolTip(fill(
            self.tr("Shown to colleagues on what you publish, with this computer’s name (%1)."),
            writer.computer))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        form = QFormLayout()
        self.folder_label = QLabel(self.tr("&Folder:"))
        self.folder_label.setBuddy(self.folder_edit)
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.tr("Your &name for colleagues:"), self.coach_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.use_box)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.use_box.toggled.connect(self._use_changed)
        self._use_changed(self.use_box.isChecked())
        (self.folder_edit if folder is None else self.coach_edit).setFocus()
        follow_font(self, lambda: self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80))

    def _use_changed(self, used: bool) -> None:
        for widget in (self.folder_edit, self.choose_button, self.folder_label):
            widget.setEnabled(used)

    def _choose(self) -> None:
        chosen = self.prompts.choose_folder(self.tr("Choose the team folder"))
        if chosen is not None:
            self.folder_edit.setText(str(chosen))
            self.use_box.setChecked(True)
            self.coach_edit.setFocus()

    def chosen_folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        if not self.use_box.isChecked() or not text:
            return None
        return Path(text).expanduser()

    def accept(self) -> None:
        if self.use_box.isChecked() and not self.folder_edit.text().strip():
            self.show_error(self.tr("Choose the team folder, or untick “Use a team folder”."))
            self.folder_edit.setFocus()
            return
        if not " ".join(self.coach_edit.text().split()):
            self.show_error(self.tr("Give the name colleagues will see on what you publish."))
            self.coach_edit.setFocus()
            return
        folder = self.chosen_folder()
        if folder is not None and holds_library(folder, self.repository.path):
            self.show_error(self.tr(
                "Your library is in this folder: the sync engine would copy it while it is "
                "open, which corrupts it. Choose a folder that does not hold the library."))
            self.folder_edit.setFocus()
            return
        try:
            set_team_settings(self.repository, folder, self.coach_edit.text())
        except (TeamFolderError, LibraryError, OSError) as error:
            self.show_error(error_text(error))
            self.folder_edit.setFocus()
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
