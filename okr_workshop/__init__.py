"""OKR Workshop: facilitate an OKR workshop from the vision to measurable key results."""

# The one place the name and version live: pyproject reads __version__ (setuptools
# dynamic attr), the window title and the command line read both.
DISTRIBUTION_NAME = "okr-workshop"
APP_NAME = "OKR Workshop"
ORGANISATION_NAME = "OKR Workshop"
__version__ = "0.1.0"
# Reverse-DNS id: the macOS bundle id, the Linux .desktop, AppStream and icon names.
APP_ID = "org.okrworkshop.OKRWorkshop"
# Exchange files (one workshop, UTF-8 JSON) carry their own extension so a double-click on
# a file a colleague sent opens it with the application; ".json" is still read.
EXCHANGE_SUFFIX = ".okrw"
EXCHANGE_MIME_TYPE = "application/x-okr-workshop"
