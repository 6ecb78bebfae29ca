"""Where the pct engine's SSH goes: a node's SSH destination as validated parts, and ssh's argv.

An ``SshTarget`` holds a host, a user, a port, an identity file, a known-hosts file and a jump
host, each checked by ``validate.py`` when the target is made (a value that fails raises
``InvalidValue``). ``argv`` is the only place that turns them into ssh's arguments, as ``-o``
options built here from those values, then ``--`` and the destination::

    ssh -o BatchMode=yes [-o Port=N] [-o IdentityFile=F -o IdentitiesOnly=yes]
        [-o UserKnownHostsFile=F -o StrictHostKeyChecking=yes] [-o ProxyJump=J] -- user@host CMD

No text from a script, an environment variable or a config file reaches ssh as an option.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import validate as v


@dataclass(frozen=True)
class SshTarget:
    host: str
    user: str = ""
    port: int = 0                    # 0: ssh's default (22 or ~/.ssh/config)
    identity_file: str = ""
    known_hosts_file: str = ""
    jump: str = ""                   # [user@]host[:port]

    def __post_init__(self) -> None:
        v.ssh_host(self.host, "ssh")
        if self.user:
            v.ssh_user(self.user, "ssh_user")
        if self.port:
            v.port(str(self.port), "ssh_port")
        if self.identity_file:
            v.ssh_file(self.identity_file, "ssh_identity")
        if self.known_hosts_file:
            v.ssh_file(self.known_hosts_file, "ssh_known_hosts")
        if self.jump:
            v.ssh_jump(self.jump, "ssh_jump")

    @property
    def destination(self) -> str:
        return f"{self.user}@{self.host}" if self.user else self.host

    def options(self) -> list[str]:
        """ssh's ``-o`` options for this target (always BatchMode: never ask for a password)."""
        settings = ["BatchMode=yes"]
        if self.port:
            settings.append(f"Port={self.port}")
        if self.identity_file:
            settings += [f"IdentityFile={self.identity_file}", "IdentitiesOnly=yes"]
        if self.known_hosts_file:
            settings += [f"UserKnownHostsFile={self.known_hosts_file}",
                         "StrictHostKeyChecking=yes"]
        if self.jump:
            settings.append(f"ProxyJump={self.jump}")
        return [word for setting in settings for word in ("-o", setting)]

    def argv(self, remote_command: str) -> list[str]:
        """``ssh OPTIONS -- DESTINATION REMOTE_COMMAND`` (the remote shell parses the last)."""
        return ["ssh", *self.options(), "--", self.destination, remote_command]
