"""polemos-scaffold: ``polemos new-plugin NAME`` writes a ready-to-install plugin package.

A tool for plugin authors, not a dependency of their plugins: the package it writes depends on
polemos only.
"""

from polemos_scaffold.scaffold import PluginNames, ScaffoldError, new_plugin, plugin_names

__all__ = ["PluginNames", "ScaffoldError", "new_plugin", "plugin_names"]
