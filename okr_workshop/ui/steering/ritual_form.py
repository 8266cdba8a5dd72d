"""Every field of the ritual selected on the Rituals tab, each saved when the person
finishes it. A value the model refuses (a time of 25:00, a duration of 0) stays typed, the
field framed in red and the reason written under it; nothing is saved."""

from __future__ import annotations

import dataclasses
import re
import zoneinfo
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from okr_workshop.domain.enums import Cadence, RitualKind
from okr_workshop.domain.model import Ritual, Workshop
from okr_workshop.domain.values import InvalidValue
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.steering.cycle_words import cadence_label, ritual_kind_label
from okr_workshop.ui.value_errors import refused_value
from okr_workshop.ui.widgets.field_lengths import limited
from okr_workshop.ui.widgets.form_rows import line_edit
from okr_workshop.ui.widgets.idle_text_edit import IdleTextEdit
from okr_workshop.ui.widgets.optional_date import OptionalDateEdit

_REFUSED = "QLineEdit { border: 2px solid #B83232; border-radius: 3px; }"


def laptop_zone() -> str:
    """This laptop's IANA zone ("Europe/Paris"), "" when it cannot be told."""
    from okr_workshop.app.calendar_file import laptop_time_zone  # with the calendar export

    return laptop_time_zone() or ""


def time_zones() -> list[str]:
    """The IANA zones people choose from (regions, and UTC), sorted."""
    return sorted(z for z in zoneinfo.available_timezones()
                  if ("/" in z and not z.startswith(("Etc/", "SystemV/", "posix", "right/")))
                  or z == "UTC")


def clock_text(text: str) -> str:
    """"9:30", "9 h 30", "14h" and "0930" read as "09:30", "14:00"; anything else is left for
    the model to judge."""
    text = "".join(text.split()).replace("h", ":").replace(".", ":")
    if text.endswith(":"):
        text += "00"
    if len(text) == 4 and text.isdigit():
        text = f"{text[:2]}:{text[2:]}"
    hours, sep, minutes = text.partition(":")
    if sep and len(hours) == 1 and hours.isdigit():
        text = f"0{hours}:{minutes}"
    return text


class CheckedLine(QLineEdit):
    """A line whose text ``complete`` judges: until then a pause in typing does not save it
    (nor refuse "9" on the way to "9:30"); Enter and leaving the field still do."""

    def __init__(self, name: str, complete: Callable[[str], bool]) -> None:
        super().__init__()
        self.setObjectName(name)
        self._complete = complete

    def is_complete(self) -> bool:
        return self._complete(self.text())


def _whole_time(text: str) -> bool:
    return re.fullmatch(r"\d\d:\d\d", clock_text(text)) is not None


def _usual_duration(text: str) -> bool:
    return text.strip().isdigit() and 5 <= int(text) <= 24 * 60


class RitualForm(QWidget):
    saved = Signal()

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._ritual_id: str | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("ritualKind")
        for kind in RitualKind:
            self.kind.addItem(ritual_kind_label(kind), kind.value)
        self.cadence = QComboBox()
        self.cadence.setObjectName("ritualCadence")
        for cadence in Cadence:
            self.cadence.addItem(cadence_label(cadence), cadence.value)
        self.first = OptionalDateEdit(self.tr("Set"))
        self.first.setObjectName("ritualFirstDate")
        self.first.check.setToolTip(self.tr("Untick while the first date is not known."))
        self.starts_at = CheckedLine("ritualStartsAt", _whole_time)
        self.starts_at.setPlaceholderText(self.tr("HH:MM"))
        self.starts_at.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9:h.\s]{0,8}"), self.starts_at))
        self.starts_at.setToolTip(self.tr("The time it starts, 24-hour clock: 09:30, 14:00."))
        self.zone = QComboBox()
        self.zone.setObjectName("ritualTimeZone")
        self.zone.setToolTip(self.tr(
            "The time zone the start time is in; calendars in other zones show it at their "
            "own time. Type the first letters of a city to find it."))
        for name in time_zones():
            self.zone.addItem(name, name)
        self.duration = CheckedLine("ritualDuration", _usual_duration)
        self.duration.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\d{0,5}"), self.duration))
        self.duration.setToolTip(self.tr("How long it lasts, in minutes (5 to 1,440)."))
        self.problem = QLabel()
        self.problem.setObjectName("ritualProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B83232;")
        self.problem.hide()
        self.place = limited(line_edit("ritualPlace"), "ritual", "place")
        self.place.setPlaceholderText(self.tr("A room, or a video call link"))
        self.attendees = limited(line_edit("ritualAttendees"), "ritual", "attendees")
        self.attendees.setPlaceholderText(self.tr("Names, separated by commas"))
        self.agenda = limited(IdleTextEdit(), "ritual", "note")
        self.agenda.setObjectName("ritualAgenda")
        follow_font(self.agenda, lambda: self.agenda.setMinimumHeight(
            self.agenda.fontMetrics().height() * 5))
        self._build()
        self._connect()
        self.show_ritual(None, None)

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # One field a row, long labels above their field: the form stays readable in
        # French beside the list on a 1366×768 screen.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("How &often:"), self.cadence)
        form.addRow(self.tr("Fir&st date:"), self.first)
        form.addRow(self.tr("Start &time (24-hour):"), self.starts_at)
        form.addRow(self.tr("Time &zone:"), self.zone)
        form.addRow(self.tr("Duration (&minutes):"), self.duration)
        form.addRow(self.problem)
        form.addRow(self.tr("&Where:"), self.place)
        form.addRow(self.tr("Who atte&nds:"), self.attendees)
        form.addRow(self.tr("&Agenda:"), self.agenda)

    def focus_chain(self) -> list[QWidget]:
        return [self.kind, self.cadence, self.first.check, self.first.edit, self.starts_at,
                self.zone, self.duration, self.place, self.attendees, self.agenda]

    def _connect(self) -> None:
        self.kind.activated.connect(
            lambda i: self._save("kind", RitualKind(self.kind.itemData(i))))
        self.cadence.activated.connect(
            lambda i: self._save("cadence", Cadence(self.cadence.itemData(i))))
        self.zone.activated.connect(lambda i: self._save("time_zone", self.zone.itemData(i)))
        self.first.committed.connect(lambda value: self._save("starts_on", value))
        self.starts_at.editingFinished.connect(
            lambda: self._save("starts_at", clock_text(self.starts_at.text()), self.starts_at))
        self.duration.editingFinished.connect(self._finish_duration)
        self.place.editingFinished.connect(lambda: self._save("place", self.place.text()))
        self.attendees.editingFinished.connect(
            lambda: self._save("attendees", self.attendees.text()))
        self.agenda.committed.connect(lambda text: self._save("note", text))

    # Showing ---------------------------------------------------------------------------

    def current(self) -> Ritual | None:
        return next((r for r in self.bridge.workshop.rituals if r.id == self._ritual_id), None)

    def show_ritual(self, workshop: Workshop | None, ritual: Ritual | None) -> None:
        same = ritual is not None and ritual.id == self._ritual_id
        self._ritual_id = ritual.id if ritual else None
        for widget in self.focus_chain():
            widget.setEnabled(ritual is not None)
        self.first.setEnabled(ritual is not None)
        if not same:
            self._refuse(None, "")
        if ritual is None:
            for edit in (self.starts_at, self.duration, self.place, self.attendees):
                edit.clear()
            self.agenda.show_value("")
            return
        self.kind.setCurrentIndex(self.kind.findData(ritual.kind.value))
        self.cadence.setCurrentIndex(self.cadence.findData(ritual.cadence.value))
        start = workshop.cycle_start if workshop is not None else None
        if not (same and self.first.is_being_edited()):
            self.first.set_value(ritual.starts_on, start or date.today())
        zone = ritual.time_zone or laptop_zone()
        if zone and self.zone.findData(zone) < 0:
            self.zone.addItem(zone, zone)  # a zone from another laptop stays shown
        self.zone.setCurrentIndex(self.zone.findData(zone) if zone else -1)
        self._show_line(self.starts_at, ritual.starts_at, same)
        self._show_line(self.duration, str(ritual.duration_minutes), same)
        self._show_line(self.place, ritual.place, same)
        self._show_line(self.attendees, ritual.attendees, same)
        self.agenda.show_value(ritual.note)

    def _show_line(self, edit: QLineEdit, value: str, same: bool) -> None:
        # What is being typed, or was refused, stays under the fingers.
        if same and (edit.hasFocus() and edit.isModified() or edit.property("refused")):
            return
        if edit.text() != value:
            edit.setText(value)
            edit.setCursorPosition(0)  # a long list shows its start, not its end
        edit.setModified(False)

    # Saving ----------------------------------------------------------------------------

    def _finish_duration(self) -> None:
        text = self.duration.text().strip()
        self._save("duration_minutes", int(text) if text else 0, self.duration)

    def _save(self, name: str, value: Any, field: QLineEdit | None = None) -> None:
        ritual = self.current()
        if ritual is None:
            return
        try:
            dataclasses.replace(ritual, **{name: value})
        except InvalidValue as error:
            self._refuse(field, refused_value(error))
            return
        self._refuse(field, "")
        if getattr(ritual, name) == value:
            if field is not None:
                field.setText(str(value))
            return
        if self.bridge.edit(lambda s: s.update(edit_label("edit_ritual"), ritual, **{name: value})):
            self.saved.emit()

    def _refuse(self, field: QLineEdit | None, reason: str) -> None:
        """Show why ``field``'s text was refused (an empty reason: accepted)."""
        fields = [field] if field is not None else [self.starts_at, self.duration]
        for edit in fields:
            edit.setProperty("refused", bool(reason))
            edit.setStyleSheet(_REFUSED if reason else "")
            edit.setAccessibleDescription(reason)
        if reason or not any(e.property("refused") for e in (self.starts_at, self.duration)):
            self.problem.setText(reason)
            self.problem.setVisible(bool(reason))

    def problem_text(self) -> str:
        return self.problem.text() if self.problem.isVisibleTo(self) else ""
