"""pfocr-net: PFOCR pathway-figure records to typed, styled CX2 networks."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pfocr-net")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"



def is_compiled() -> bool:
    """True when the pipeline runs as mypyc-compiled extension modules (a regular, non-editable install)."""
    from pfocr_net import relations

    return not relations.__file__.endswith(".py")


__all__ = ["__version__", "is_compiled"]
