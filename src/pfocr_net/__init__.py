"""pfocr-net: PFOCR pathway-figure records to typed, styled CX2 networks."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pfocr-net")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
