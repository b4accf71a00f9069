"""The one choice of YAML loader for reading: libyaml's safe loader when PyYAML was built with it.

It gives the same nodes, with the same lines and columns, as PyYAML's pure-Python safe loader,
many times faster. Its messages differ: a text it refuses is read again by the pure-Python
loader (``loader.compose``), whose messages ``yamlerrors`` explains in Dutch.
"""

from __future__ import annotations

import yaml

FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
