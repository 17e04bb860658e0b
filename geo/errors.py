"""Exceptions raised by diplomap.

Every error the library raises on purpose derives from :class:`DiplomapError`,
and each subclass also inherits the built-in it resembles, so callers may
catch either.
"""

from __future__ import annotations

__all__ = ["DiplomapError", "InputError", "GeocodingError", "ConfigurationError"]


class DiplomapError(Exception):
    """Base class of every error raised by diplomap on purpose."""


class InputError(DiplomapError, ValueError):
    """An input file, row or value is unusable; the message names it."""


class GeocodingError(DiplomapError, RuntimeError):
    """A geocoding service failed in a way the caller should know about."""


class ConfigurationError(DiplomapError, ValueError):
    """Options or settings that do not fit together."""
