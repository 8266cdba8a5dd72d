"""OKR Workshop: facilitate an OKR workshop from the vision to measurable key results."""

# The one place the name and version live: pyproject reads __version__ (setuptools
# dynamic attr), the window title and the command line read both.
DISTRIBUTION_NAME = "okr-workshop"
APP_NAME = "OKR Workshop"
ORGANISATION_NAME = "OKR Workshop"
__version__ = "0.1.0"
