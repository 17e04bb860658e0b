"""Names a package exports from its submodules, imported on first use (PEP 562).

``geo`` and ``geo.engine`` export their public names this way, so that importing
the package costs nothing until a name is used (``diplomap --help`` and the
workers' server start quickly).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(package: str, exports: dict[str, str],
                 namespace: dict[str, Any]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module-level ``__getattr__`` and ``__dir__`` of a package whose names load on first use.

    Parameters
    ----------
    package : str
        The package's dotted name.
    exports : dict
        Each exported name -> the submodule (relative to ``package``) that defines it.
    namespace : dict
        The package's ``globals()``: a name, once loaded, is kept there, and its
        ``__all__`` (else the exported names) is what ``dir()`` lists.

    Examples
    --------
    >>> namespace = {}
    >>> getattr_, dir_ = lazy_exports("geo", {"Document": "values"}, namespace)
    >>> getattr_("Document").__name__, "Document" in namespace, dir_()
    ('Document', True, ['Document'])
    >>> getattr_("nothing")
    Traceback (most recent call last):
    AttributeError: module 'geo' has no attribute 'nothing'
    """

    def __getattr__(name: str) -> Any:
        try:
            module = exports[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return list(namespace.get("__all__", sorted(exports)))

    return __getattr__, __dir__
