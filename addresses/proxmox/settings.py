"""Where ADDRESS PROXMOX connects to: the settings of the pct and api engines, and their secrets.

Settings come from, lowest to highest priority: the defaults, a TOML file (``$PROXMOX_CONFIG``,
else ``~/.config/rexxlite/proxmox.toml``; a ``[proxmox]`` table or top-level keys), the
environment variables ``PROXMOX_*``, and the ``connect`` command of a script. The keys are the
same everywhere (lower case in the file and in ``connect``)::

    backend      local | pct | api | auto   (PROXMOX_BACKEND; auto: pct where the pct command
                 exists, api when a host is set, else local)
    host, port   the API endpoint (PROXMOX_HOST, PROXMOX_PORT, default 8006)
    user         user@realm (PROXMOX_USER; for tokens the token's owner, e.g. rexx@pve)
    password     password login (PROXMOX_PASSWORD)
    token_name, token_value   API token login (PROXMOX_TOKEN_NAME, PROXMOX_TOKEN_VALUE)
    verify_ssl   1 (default) | 0 | path of a CA bundle (PROXMOX_VERIFY_SSL)
    node         the node to create on (PROXMOX_NODE; default: the first online node)
    ssh          [user@]host of a node for pct over SSH (PROXMOX_SSH); "{node}" in the host is
                 replaced by the container's node, e.g. root@{node}.example.net
    ssh_user, ssh_port, ssh_identity, ssh_known_hosts, ssh_jump
                 the rest of the SSH destination (PROXMOX_SSH_USER...): a login name (wins over
                 the user@ of ``ssh``), a port, an identity file, a known-hosts file (then only
                 its keys are trusted) and one jump host [user@]host[:port]

A value of the form ``env:NAME`` is read from the environment variable NAME, so a script can
``connect`` without writing a secret into its text. Secrets (password, token_value) never leave
this module in clear: ``public()`` leaves them out and ``mask()`` removes them from any message.
Every value, from any of the three sources, is checked by ``validate.py`` (``CHECKS``) before
it is kept; ssh's arguments are built only from the checked parts (``ssh_target.py``).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, fields, replace
from pathlib import Path

# (annotations only: no ``typing`` at run time; ``tomllib`` is imported when a config file
# is read)

from . import validate as v
from .ssh_target import SshTarget

BACKENDS = v.BACKENDS
SECRET_KEYS = ("password", "token_value")
DEFAULT_CONFIG = "~/.config/rexxlite/proxmox.toml"
MASK = "********"


class SettingsError(ValueError):
    """A setting that cannot be used; the message never contains a secret."""


@dataclass(frozen=True)
class Settings:
    backend: str = "auto"
    host: str = ""
    port: int = 8006
    user: str = ""
    password: str = ""
    token_name: str = ""
    token_value: str = ""
    verify_ssl: str = "1"            # "1", "0" or a CA bundle path
    node: str = ""
    ssh: str = ""
    ssh_user: str = ""
    ssh_port: int = 0
    ssh_identity: str = ""
    ssh_known_hosts: str = ""
    ssh_jump: str = ""

    def __repr__(self) -> str:     # never print a secret, not even in a traceback
        shown = ", ".join(f"{k}={v!r}" for k, v in self.public().items())
        return f"Settings({shown})"

    __str__ = __repr__

    # -- derived ----------------------------------------------------------------------------
    def chosen_backend(self) -> str:
        """The backend to use: the one asked for, or the automatic choice."""
        if self.backend != "auto":
            return self.backend
        if shutil.which("pct"):
            return "pct"
        if self.host:
            return "api"
        return "local"

    def verify(self) -> bool | str:
        """What requests' ``verify`` takes: True, False or a CA bundle path."""
        if self.verify_ssl.lower() in ("1", "true", "yes", "on", ""):
            return True
        if self.verify_ssl.lower() in ("0", "false", "no", "off"):
            return False
        return self.verify_ssl

    def ssh_target(self, node: str = "") -> SshTarget | None:
        """The SSH destination of ``node`` (default: the ``node`` setting), None without ssh.
        A "{node}" left without a node name, or a node name that is not a host name, raises
        ``InvalidValue``."""
        if not self.ssh:
            return None
        user, _, host = self.ssh.rpartition("@")
        if v.NODE_PLACEHOLDER in host and not (node or self.node):
            raise v.fail("ssh", f"{v.shown(self.ssh)} has {v.NODE_PLACEHOLDER} but no node is "
                                "known here (set node=)")
        return SshTarget(host=host.replace(v.NODE_PLACEHOLDER, node or self.node),
                         user=self.ssh_user or user, port=self.ssh_port,
                         identity_file=self.ssh_identity, known_hosts_file=self.ssh_known_hosts,
                         jump=self.ssh_jump)

    def public(self) -> dict[str, Any]:
        """The settings without the secrets (what RESULT and messages may show)."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in SECRET_KEYS}
        out["auth"] = ("token" if self.token_name and self.token_value
                       else "password" if self.password else "none")
        return out

    def mask(self, text: str) -> str:
        """``text`` with every secret replaced by asterisks."""
        for key in SECRET_KEYS:
            secret = getattr(self, key)
            if secret:
                text = text.replace(secret, MASK)
        return text


# Each setting's check (validate.py), applied to every source after env:NAME is read.
CHECKS: dict[str, Callable[[str, str], Any]] = {
    "backend": v.backend,
    "host": v.host_address, "port": v.port, "user": v.userid, "password": v.secret,
    "token_name": v.token_name, "token_value": v.secret, "verify_ssl": v.ca_bundle,
    "node": v.hostname, "ssh": v.ssh_destination, "ssh_user": v.ssh_user,
    "ssh_port": v.port, "ssh_identity": v.ssh_file, "ssh_known_hosts": v.ssh_file,
    "ssh_jump": v.ssh_jump,
}
DEFAULTS = {f.name: f.default for f in fields(Settings)}


def _coerce(key: str, value: Any, label: str) -> Any:
    # Blanks around a value are dropped; a newline is kept, so that the check refuses it.
    text = str(value).strip(" \t") if not isinstance(value, bool) else ("1" if value else "0")
    if text.startswith("env:") and key in SECRET_KEYS + ("user", "token_name", "host"):
        text = os.environ.get(text[4:], "").strip(" \t")
    if text == "":
        return DEFAULTS[key]
    try:
        return CHECKS[key](text, label)
    except v.InvalidValue as exc:
        raise SettingsError(str(exc)) from None


def _known(values: Mapping[str, Any], origin: str) -> dict[str, Any]:
    names = {f.name for f in fields(Settings)}
    out = {}
    for key, value in values.items():
        key = key.lower()
        if key not in names:
            raise SettingsError(f"{origin}: unknown setting '{key}' "
                                f"(known: {', '.join(sorted(names))})")
        label = (f"PROXMOX_{key.upper()}" if origin == "environment"
                 else key if origin == "connect" else f"{origin}: {key}")
        out[key] = _coerce(key, value, label)
    return out


def from_file(path: str | os.PathLike | None = None) -> dict[str, Any]:
    """The settings in a TOML file ({} when the default file does not exist). The file is a
    host file like any other named by a setting (``validate.host_file``)."""
    explicit = path or os.environ.get("PROXMOX_CONFIG")
    target = Path(os.path.expanduser(str(explicit or DEFAULT_CONFIG)))
    if not explicit and not os.path.lexists(target):
        return {}
    import tomllib
    try:
        target = Path(v.host_file(str(target), "config" if path else "PROXMOX_CONFIG"))
        data = tomllib.loads(target.read_text())
    except v.InvalidValue as exc:
        raise SettingsError(str(exc)) from None
    except UnicodeDecodeError:
        raise SettingsError(f"config file {target} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"config file {target}: {exc}") from None
    table = data.get("proxmox", data)
    if not isinstance(table, dict):
        raise SettingsError(f"config file {target}: [proxmox] is not a table")
    return _known(table, str(target))


def from_environ(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    env = os.environ if environ is None else environ
    values = {}
    for f in fields(Settings):
        value = env.get(f"PROXMOX_{f.name.upper()}")
        if value is not None and value != "":
            values[f.name] = value
    if "backend" not in values and env.get("REXXLITE_PROXMOX_BACKEND"):
        values["backend"] = env["REXXLITE_PROXMOX_BACKEND"]     # the older name
    return _known(values, "environment")


def resolve(overrides: Mapping[str, Any] | None = None, config: str | None = None) -> Settings:
    """Defaults < config file < environment < ``overrides`` (the ``connect`` arguments)."""
    settings = replace(Settings(), **{**from_file(config), **from_environ()})
    if overrides:
        settings = replace(settings, **_known(overrides, "connect"))
    return settings
