"""Application shell: start-up, paths, settings, logging, operations layer, CLI."""

__version__ = "0.1.0"
