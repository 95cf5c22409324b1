"""Evidencija: encrypted register of domestic-violence cases and services, export and analysis."""

# The one place the version is written: hatchling reads it for the package metadata
# ([tool.hatch.version] in pyproject.toml), and start-up reads it without importlib.metadata.
__version__ = "0.2.0"
