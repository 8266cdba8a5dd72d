"""The rules of the five mistakes. Each module returns findings and declares its messages.

``MESSAGE_TABLES`` lists every module's ``MESSAGES`` so the catalogue can merge them.
"""

from __future__ import annotations

MESSAGE_TABLES: list = []
