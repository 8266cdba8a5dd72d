"""The contract between a model's ``choices(index)`` and the widgets that show them.

A model offers drop-down entries as ``(label, value)`` pairs; ``SEPARATOR`` as a value asks
for a line between groups. It lives with the models that produce it, not in a widget, so a
model never imports a widget module.
"""

SEPARATOR = "\x00separator"  # a value no id or name can take
