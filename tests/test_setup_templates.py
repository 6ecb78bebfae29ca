"""``rexxlite-setup``: the template builders, their progress lines and the scripts calling them.

The Debian build runs the real tar and zstd; debootstrap is replaced by a TEST DOUBLE (a
shell script first on PATH that prints debootstrap-style lines a second apart and makes a tiny
rootfs), so the test shows the lines arrive while the tool runs and takes seconds, not a
minute of network downloads. The real debootstrap build is exercised by the ``debian_template``
fixture of tests/proxmox when the cached template is missing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

FAKE_DEBOOTSTRAP = """#!/bin/sh
# TEST DOUBLE of debootstrap: debootstrap [options] SUITE TARGET MIRROR
for last; do :; done
eval target=\\${$(($# - 1))}
echo "I: Retrieving InRelease"
sleep 1
echo "I: Extracting libc6..."
mkdir -p "$target/etc" "$target/sbin" "$target/var/log" "$target/usr/share/doc/libc6" "$target/dev"
echo doc > "$target/usr/share/doc/libc6/copyright"
echo log > "$target/var/log/dpkg.log"
mkdir -p "$target/var/cache/apt/archives/partial"
echo deb > "$target/var/cache/apt/archives/libc6.deb"
ln -s /lib/systemd/systemd "$target/sbin/init"
echo "I: Base system installed successfully."
"""

LINE = re.compile(r"^debian template \[ *(\d+\.\d)s\] (.*)$")


def _setup(*argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rexxlite.setup", *argv], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})


@pytest.fixture
def fake_debootstrap(tmp_path) -> dict:
    tools = tmp_path / "bin"
    tools.mkdir()
    script = tools / "debootstrap"
    script.write_text(FAKE_DEBOOTSTRAP)
    script.chmod(0o755)
    return {"PATH": f"{tools}:{os.environ['PATH']}", "DEBIAN_MIRROR": "http://mirror.invalid/debian"}


def test_debian_build_streams_debootstraps_lines_as_they_come(fake_debootstrap, tmp_path):
    out = tmp_path / "t" / "debian.tar.zst"
    started = time.monotonic()
    done = _setup("debian", "--output", str(out), env=fake_debootstrap)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    timed = [LINE.match(line).groups() for line in lines[:-1]]
    texts = [text for _, text in timed]
    assert texts[0] == ("debootstrap bookworm (minbase + python3) from "
                        "http://mirror.invalid/debian, 30-60 s")
    assert texts[1:4] == ["debootstrap: I: Retrieving InRelease",
                          "debootstrap: I: Extracting libc6...",
                          "debootstrap: I: Base system installed successfully."]
    assert texts[4].startswith("adding the container init") and texts[5].startswith("packing ")
    seconds = {text: float(at) for at, text in timed}
    # the second line was shown a second after the first: streamed, not printed at the end
    assert seconds["debootstrap: I: Extracting libc6..."] - \
        seconds["debootstrap: I: Retrieving InRelease"] >= 0.9
    assert lines[-1].startswith(f"debian template: {out} (") and time.monotonic() - started < 30

    listing = subprocess.run(f"zstd -dc '{out}' | tar -tvf -", shell=True, capture_output=True,
                             text=True, check=True).stdout
    assert "./sbin/init" in listing and "./etc/hostname" in listing
    assert "copyright" not in listing and "dpkg.log" not in listing     # pruned
    assert "libc6.deb" not in listing and "./var/cache/apt/archives/partial/" in listing
    unpacked = subprocess.run(f"zstd -dc '{out}' | tar -xOf - ./sbin/init", shell=True,
                              capture_output=True, text=True, check=True).stdout
    assert unpacked == (REPO / "rexxlite" / "setup" / "container-init.sh").read_text()
    assert out.stat().st_mode & 0o777 == 0o644
    assert not list(out.parent.glob(".*tmp*"))


def test_debian_build_is_cached_and_failures_say_why(fake_debootstrap, tmp_path):
    out = tmp_path / "debian.tar.zst"
    out.write_bytes(b"already here")
    done = _setup("debian", "--output", str(out), env=fake_debootstrap)
    assert done.stdout == f"debian template: {out} (cached)\n" and out.read_bytes() == b"already here"

    failing = Path(fake_debootstrap["PATH"].split(":")[0]) / "debootstrap"
    failing.write_text("#!/bin/sh\necho 'E: Failed getting release file'\nexit 1\n")
    done = _setup("debian", "--force", "--output", str(out), env=fake_debootstrap)
    assert done.returncode == 1
    assert done.stderr == ("rexxlite-setup: debootstrap failed (exit status 1):\n"
                           "E: Failed getting release file\n")
    assert out.read_bytes() == b"already here" and "Traceback" not in done.stderr

    done = _setup("debian", "--force", "--output", str(out), env={"PATH": "/nonexistent"})
    assert done.returncode == 1 and "debootstrap, zstd, tar missing" in done.stderr


def test_templates_busybox_only_and_the_scripts_that_call_the_package(tmp_path):
    folder = tmp_path / "templates"
    done = _setup("templates", "--busybox-only", "--dir", str(folder))
    assert done.returncode == 0, done.stderr
    built = folder / "rexxlite-busybox_1.0_amd64.tar.gz"
    assert tarfile.open(built).getmember("sbin/init").isfile()
    assert done.stdout.splitlines()[-1] == f"busybox template: {built} ({built.stat().st_size // 1024} KiB)"

    # scripts/build-templates.sh (setup-host.sh runs it): the same, cached the second time
    env = {**os.environ, "REXXLITE_TEMPLATE_DIR": str(folder), "REXXLITE_SKIP_DEBIAN_TEMPLATE": "1"}
    again = subprocess.run(["bash", str(REPO / "scripts" / "build-templates.sh")], env=env,
                           capture_output=True, text=True, timeout=60)
    assert again.stdout == f"busybox template: {built} (cached)\n", again.stderr

    other = tmp_path / "other.tar.gz"
    script = subprocess.run([sys.executable, str(REPO / "scripts" / "build-busybox-template.py"),
                             "--output", str(other)], capture_output=True, text=True, timeout=60)
    assert script.returncode == 0 and other.stat().st_size == built.stat().st_size


def test_usage_errors():
    done = _setup("nonesuch")
    assert done.returncode == 2 and "invalid choice: 'nonesuch'" in done.stderr
