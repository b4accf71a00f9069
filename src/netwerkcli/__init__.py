"""netwerk: working together with a family's social network (genogram, sociogram, reflection)."""

# The one place the version is written: pyproject.toml reads it from here (hatch), so
# `netwerk --version` needs no package metadata lookup at start-up.
__version__ = "0.1.0"
