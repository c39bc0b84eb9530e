"""The pluggy markers of polemos: decorate plugin functions with :data:`hookimpl`."""

from __future__ import annotations

import pluggy

PROJECT_NAME = "polemos"
"""The pluggy project name, also the entry-point group plugins register in."""

HOOK_API_VERSION = "1.3"
"""Version of the hook API. The minor part grows when hooks or hook arguments are added; the
major part when a hook is removed after a deprecation period (see ``docs/reference/hooks.md``)."""

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)
