"""Line numbers in YAML files, so errors in lexicons and cue files say where to look.

:func:`yaml_line` finds the line of a value (a path of mapping keys and list indices) by
composing the YAML into nodes with PyYAML's safe loader: nothing is constructed, no tag runs.
"""

from __future__ import annotations

from collections.abc import Sequence


def yaml_line(text: str, keys: Sequence[str | int]) -> int | None:
    r"""The 1-based line where the node at ``keys`` starts in the YAML ``text``, or None.

    For a mapping key, the line is the key's; when ``keys`` goes deeper than the document
    (a missing field), the line of the deepest node found.

    >>> yaml_line("actors:\n- id: a\n- id: b\n  type: 3\n", ["actors", 1, "type"])
    4
    """
    import yaml

    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    line: int = node.start_mark.line + 1
    for key in keys:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if getattr(key_node, "value", None) == key:
                    line, child = key_node.start_mark.line + 1, value_node
                    break
        elif isinstance(node, yaml.SequenceNode) and key in range(len(node.value)):
            child = node.value[int(key)]
            line = child.start_mark.line + 1
        if child is None:
            return line
        node = child
    return line
