"""Files only their owner may read: where the session and alert secrets are kept.

The register's database travels (copies, backups, the demo), so secrets live in the environment
or in such a file: `~/.config/kerjasama/<name>` (or `$XDG_CONFIG_HOME/kerjasama/<name>`, or the
path an environment setting names), made with mode 0600; one whose mode lets others read it is
refused.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def config_path(env: str, name: str) -> Path:
    """The file the setting `env` names, else `name` in the user's kerjasama config folder."""
    given = os.environ.get(env)
    if given:
        return Path(given).expanduser()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "kerjasama" / name


def readable_by_others(path: Path) -> bool:
    """Whether the file's mode lets its group or others read or write it."""
    return bool(path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))
