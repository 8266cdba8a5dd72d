"""The posters' paper size, beside the posters' export: A4 (an office printer) or A3 (a
print shop, a wall seen from further away). The same choice as `export --paper`."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget


class PosterPaper(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("posterPaper")
        self.combo.addItem(self.tr("A4 (office printer)"), "a4")
        self.combo.addItem(self.tr("A3 (larger, for a wall)"), "a3")
        self.combo.setToolTip(self.tr("Every team's poster is set in the same type size, the "
                                      "largest at which each team fits one page."))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Poster pape&r:"), self.combo)

    def paper(self) -> str:
        return str(self.combo.currentData())
