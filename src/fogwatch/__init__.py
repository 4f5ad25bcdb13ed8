"""fogwatch: military incident reports in, traceable incident records out."""

__version__ = "0.1.0"
