"""Evidencija: encrypted register of domestic-violence cases and services, export and analysis."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("evidencija")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
