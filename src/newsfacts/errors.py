"""The exceptions newsfacts raises; all derive from :class:`NewsfactsError`."""

from __future__ import annotations


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises on purpose."""


class InputTooLargeError(NewsfactsError, ValueError):
    """The text is longer than ``Settings.max_chars``."""


class ResourceError(NewsfactsError):
    """A bundled or user-supplied resource file is invalid (raised at load, never later)."""
