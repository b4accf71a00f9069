"""netwerk: working together with a family's social network (genogram, sociogram, reflection)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("netwerkcli")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
