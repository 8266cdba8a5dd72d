"""Qt's own texts in French: file dialogs, message boxes, context menus.

``qtbase_fr.qm`` comes from Qt's translation project, which lags behind Qt's sources: Qt 6
now writes "&Look in:" and "Files of &type:" in the file dialog, while the catalogue only
knows "Look in:" and "Files of type:", so the French window showed them in English. The
fallback below looks such a text up without its "&" and puts the mnemonic back on a letter
of the French words; it also finds the texts Qt 6 moved to another class.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

# Texts Qt 6 moved to another class, still translated under the old one in qtbase_fr.qm
# (the file types in the file dialog: "Folder", "Drive", "%1 File").
MOVED = {"QAbstractFileIconProvider": ("QFileDialog",)}

# A mnemonic letter that starts a word reads best ("Fichiers de &type"), else any letter.
_WORD_START = r"(?<![^\W\d_]){}"


def with_mnemonic(translation: str, letter: str) -> str:
    """``translation`` with "&" before ``letter`` where it starts a word, else before it
    anywhere, else before the first letter of all."""
    for pattern in (_WORD_START.format(re.escape(letter)), re.escape(letter), r"[^\W\d_]"):
        found = re.search(pattern, translation, flags=re.IGNORECASE)
        if found:
            return translation[: found.start()] + "&" + translation[found.start():]
    return translation


class MnemonicFallback(QTranslator):
    """Answers what ``catalogue`` lacks only because Qt changed a text's mnemonic or moved
    it to another class; a null answer otherwise, so Qt shows its English."""

    def __init__(self, catalogue: QTranslator, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        # None, not "": Qt asks the next catalogue only after a null answer.
        if not source:
            return None
        found = re.search(r"&([^&\s])", source.replace("&&", "\0"))
        bare = source.replace("&&", "\0").replace("&", "").replace("\0", "&&")
        for where in (context, *MOVED.get(context, ())):
            for text in dict.fromkeys((source, bare)):
                if where == context and text == source:
                    continue  # what the catalogue was asked already
                translation = self.catalogue.translate(where, text, disambiguation, n)
                if translation:
                    if text == bare and found is not None:
                        return with_mnemonic(translation, found.group(1))
                    return translation
        return None
