"""Data shipped with the application (samples, fonts, icons, translations).

Installed as the ``okr_workshop.resources`` package so ``importlib.resources`` finds it
both in a checkout and in a non-editable install.
"""
