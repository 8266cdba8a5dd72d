"""The audience view: a second top-level window, light on dark, that shows the current
step's scene, the step timer in a corner and a small footer, and nothing else.

It listens to the room channel only (``bridge.room``): what a page chose to publish, never a
dialog, an error, a path or a coach's note. Every change is drawn within the signal that
carried it (no timers): an edit reaches the room in the same frame. Scenes are built the
first time their step is shown and kept, so going back to a step is immediate.

Keys here: B black screen, F full screen, S swap screens, N/→/Space next item, P/←/Backspace
previous item, Esc leave. Placement and swapping belong to the console's control
(``audience_control.py``), told through ``swap_requested`` and ``leave_requested``.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QKeyEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from okr_workshop.domain.enums import Step
from okr_workshop.domain.timer_reading import TimerReading, Urgency
from okr_workshop.ui.room.channel import RoomChannel
from okr_workshop.ui.room.scene import (
    AMBER,
    RED,
    SMALL_PIXELS_1080,
    Scene,
    room_label,
    room_pixels,
)
from okr_workshop.ui.room.scenes import scene_class
from okr_workshop.ui.room.scenes.fit import set_pixels
from okr_workshop.ui.room.scenes.title_scene import TitleScene
from okr_workshop.ui.step_names import step_name

CLOCK_PIXELS_1080 = 64
_EMOJI_FAMILIES: list[str] | None = None
NEXT_KEYS = {Qt.Key.Key_N, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown}
PREVIOUS_KEYS = {Qt.Key.Key_P, Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp}


def with_emoji(font: QFont) -> QFont:
    """``font`` falling back on the shipped Noto Emoji: a laptop without an emoji font
    would show the room empty boxes for the "🥖" a team typed."""
    global _EMOJI_FAMILIES
    if _EMOJI_FAMILIES is None:
        path = files("okr_workshop.resources").joinpath("fonts", "NotoEmoji-Regular.ttf")
        with as_file(path) as real:
            loaded = QFontDatabase.addApplicationFont(str(real))
        _EMOJI_FAMILIES = QFontDatabase.applicationFontFamilies(loaded) if loaded >= 0 else []
    # The family the text font resolves to ("Sans Serif" is only an alias, which a list of
    # families would skip for the emoji font, digits and spaces included).
    text_family = QFontInfo(font).family()
    font = QFont(font)
    font.setFamilies([text_family, *_EMOJI_FAMILIES])
    return font


def projector_palette(base: QPalette) -> QPalette:
    """Light text on a dark ground, from the palette's own pair (as the Present view had
    it); a muted grey for secondary lines and a slightly lighter ground for cards."""
    palette = QPalette(base)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if window.lightness() > text.lightness():
        window, text = text, window
    if window.lightness() > 40:  # a grey "dark" theme still washes out on a projector
        window = QColor(18, 18, 20)
    muted = QColor((text.red() * 2 + window.red()) // 3, (text.green() * 2 + window.green()) // 3,
                   (text.blue() * 2 + window.blue()) // 3)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, window.lighter(260)
                         if window.lightness() > 8 else QColor(38, 40, 46))
    return palette


class AudienceWindow(QWidget):
    swap_requested = Signal()
    leave_requested = Signal()
    full_screen_requested = Signal()
    blackout_changed = Signal(bool)

    def __init__(self, room: RoomChannel, parent: QWidget | None = None) -> None:
        # A window of its own (on another screen), yet closed with the console.
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audienceView")
        self.room = room
        self.setPalette(projector_palette(self.palette()))
        self.setFont(with_emoji(self.font()))
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scenes: dict[type[Scene], Scene] = {}
        self.scene: Scene | None = None

        self.stack = QStackedWidget()
        self.footer = room_label(pixels=SMALL_PIXELS_1080, name="audienceFooter")
        self.footer.setWordWrap(False)
        # Small print: elided rather than widening the window past a laptop's screen.
        self.footer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._footer_text = ""
        self.footer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.clock = room_label(pixels=CLOCK_PIXELS_1080, name="audienceClock")
        self.clock.setWordWrap(False)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignBottom)
        self.content = QWidget()
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack, 1)
        column.addLayout(bottom)
        self.bottom = bottom
        # B: the room looks at the speaker, not the screen.
        self.black = QWidget()
        self.black.setObjectName("audienceBlack")
        self.black.setAutoFillBackground(True)
        palette = self.black.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(0, 0, 0))
        self.black.setPalette(palette)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.black)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        room.workshop_changed.connect(self.redraw)
        room.pointer_changed.connect(self.redraw)
        room.overlay_changed.connect(self.redraw)
        room.timer_changed.connect(self.show_timer)
        self.redraw()
        self.show_timer(room.timer)
        self._size_chrome()

    # Drawing ------------------------------------------------------------------------------------

    def scene_for(self, step: Step) -> Scene:
        """The step's scene, built the first time and kept."""
        cls = scene_class_or_title(step)
        scene = self.scenes.get(cls)
        if scene is None:
            scene = self.scenes[cls] = cls()
            self.stack.addWidget(scene)
        return scene

    def redraw(self, *_changed: object) -> None:
        room = self.room
        scene = self.scene_for(room.pointer.step)
        if scene is not self.scene:
            self.stack.setCurrentWidget(scene)
            self.scene = scene
        scene.show_room(room.workshop, room.pointer, room.overlay)
        parts = [room.workshop.title.strip(), step_name(room.pointer.step)]
        self._footer_text = " · ".join(p for p in parts if p)
        self._elide_footer()
        self.setWindowTitle(self.tr("Audience view — %1").replace("%1", parts[0] or parts[1]))

    def show_timer(self, reading: TimerReading | None) -> None:
        self.clock.setVisible(reading is not None)
        if reading is None:
            self.clock.setText("")
            return
        self.clock.setText(reading.clock_text)
        colour = {Urgency.AMBER: AMBER, Urgency.OVER: RED}.get(reading.urgency)
        if colour is None:  # calm: the text's colour, muted while the timer is paused
            role = QPalette.ColorRole.WindowText if reading.running else \
                QPalette.ColorRole.PlaceholderText
            colour = self.palette().color(role)
        palette = self.clock.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.clock.setPalette(palette)

    def _size_chrome(self) -> None:
        height = max(self.height(), 240)
        set_pixels(self.footer, room_pixels(height, SMALL_PIXELS_1080))
        set_pixels(self.clock, room_pixels(height, CLOCK_PIXELS_1080))
        side = max(12, self.width() // 40)
        self.bottom.setContentsMargins(side, 0, side, max(8, height // 60))

    def _elide_footer(self) -> None:
        room = self.width() - self.clock.sizeHint().width() - 3 * max(12, self.width() // 40)
        self.footer.setText(self.footer.fontMetrics().elidedText(
            self._footer_text, Qt.TextElideMode.ElideMiddle, max(room, 40)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_chrome()
        self._elide_footer()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.redraw()

    # The coach's keys -------------------------------------------------------------------------

    @property
    def blacked_out(self) -> bool:
        return self.pages.currentWidget() is self.black

    def toggle_black(self) -> None:
        self.pages.setCurrentWidget(self.content if self.blacked_out else self.black)
        self.blackout_changed.emit(self.blacked_out)

    def step_item(self, delta: int) -> None:
        """The scene's next (previous) item; the channel tells the console, which follows."""
        room = self.room
        scene = self.scene_for(room.pointer.step)
        pointer = scene.moved(room.workshop, room.pointer, delta)
        if pointer is not None and pointer.step == room.pointer.step:
            room.point(team_id=pointer.team_id, objective_id=pointer.objective_id,
                       key_result_id=pointer.key_result_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        elif key == Qt.Key.Key_B:
            self.toggle_black()
        elif key == Qt.Key.Key_F:
            self.full_screen_requested.emit()
        elif key == Qt.Key.Key_S:
            self.swap_requested.emit()
        elif key in NEXT_KEYS:
            self.step_item(1)
        elif key in PREVIOUS_KEYS:
            self.step_item(-1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by the window manager (or a logout): the console's control forgets it as
        Esc would. Never refused: a refusal would hold up quitting."""
        super().closeEvent(event)
        self.leave_requested.emit()


def scene_class_or_title(step: Step) -> type[Scene]:
    """The step's scene; the title scene for a step whose scene is not written yet."""
    try:
        return scene_class(step)
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith(f"{__package__}.scenes."):
            raise
        return TitleScene
