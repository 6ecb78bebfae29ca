"""The seed's own Rexx, run by rexxlite on real LXC containers (issue 11).

- ``test-proxmox-cow.rexx`` from the seed folder, byte for byte, from an empty directory: its
  classic-Rexx reading (the create/clone flow is inside a comment, so Test 1 and then the
  demonstration text);
- the same script with that big comment opened and only the template volume (and storage)
  swapped for ours: the whole create / register_base / clone_from_base / list / remove flow;
- the "Usage Example" of the seed's ``ADDRESS-PROXMOX.md``, template swapped, likewise.

The seed folder is ``shared/seed`` next to (or above) this checkout, or ``$REXXLITE_SEED_DIR``.
The scripts are built at test time from the seed files; nothing of them is copied here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from proxmox_helpers import BUSYBOX, REPO, requires_lxc

pytestmark = requires_lxc

OUR_TEMPLATE = f"local:vztmpl/{BUSYBOX}"


def seed_dir() -> Path:
    named = os.environ.get("REXXLITE_SEED_DIR")
    candidates = [Path(named)] if named else [p / "shared" / "seed" for p in REPO.parents]
    for folder in candidates:
        if (folder / "test-proxmox-cow.rexx").is_file():
            return folder
    pytest.fail("the seed folder (shared/seed with test-proxmox-cow.rexx) was not found above "
                f"{REPO}; set REXXLITE_SEED_DIR")


def run_rexxlite(script: Path, cwd: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("rexxlite")
    assert exe, "rexxlite is not installed (pip install -e .)"
    return subprocess.run([exe, str(script)], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=dict(os.environ))


def assert_nothing_left(state_root: Path) -> None:
    assert not list((state_root / "pve" / "lxc").glob("*.conf")), "a container is left"
    assert not any((state_root / "images").iterdir()), "a volume is left"
    mounts = Path("/proc/mounts").read_text()
    assert str(state_root) not in mounts, "a mount under the state root is left"


def test_the_seed_script_runs_unchanged(state_root, tmp_path):
    script = seed_dir() / "test-proxmox-cow.rexx"
    empty = tmp_path / "empty"
    empty.mkdir()
    done = run_rexxlite(script, empty)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[:7] == ["=== Proxmox LXC CoW Cloning Test ===", "",
                         "Test 1: Check handler status...", "  Runtime: proxmox",
                         "  Active containers: 0", "  ✅ Proxmox handler ready", ""]
    assert "Test 2: Creating container..." in lines
    demo = lines.index("=== Proxmox CoW Cloning Demonstration ===")
    assert lines[demo - 1] == ""                       # straight after Test 2's text
    assert lines[-1] == "  • Container boot: <1s"
    assert "Test 3: Registering as template base..." not in lines   # inside the comment
    assert "RESULT." not in done.stdout
    assert list(empty.iterdir()) == []                 # nothing written where it ran


def opened_seed_script() -> str:
    """The seed script with its big comment opened and only template and storage swapped."""
    text = (seed_dir() / "test-proxmox-cow.rexx").read_text()
    lines = text.split("\n")
    opener = lines.index("/* In real usage with Proxmox installed:")
    closer = lines.index("*/", opener)
    del lines[closer]
    del lines[opener]
    opened = "\n".join(lines)
    for old, new in (("template=local:vztmpl/ubuntu-22.04.tar.zst", f"template={OUR_TEMPLATE}"),
                     ("storage=local-zfs", "storage=local")):
        assert opened.count(old) == 1, old
        opened = opened.replace(old, new)
    return opened


def test_the_seed_script_with_its_comment_opened_runs_the_whole_flow(state_root, tmp_path):
    script = tmp_path / "test-proxmox-cow-opened.rexx"
    script.write_text(opened_seed_script())
    done = run_rexxlite(script, tmp_path)
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert done.stderr == "", done.stderr            # no command failed (no +++ RC lines)
    for line in ("  Runtime: proxmox", "  ✅ Container created: 100",
                 "  ✅ Template base registered: ubuntu-base",
                 "  ✅ Total containers: 4 (expected 4: 1 base + 3 clones)",
                 "  ✅ Registered bases: 1", "  ✅ Cleanup complete", "=== Test Complete ===",
                 "  Method: Proxmox template linked clone"):
        assert line in out.splitlines(), line
    times = re.findall(r"^  ✅ Clone (\d) completed in ([\d.]+) ms \(method: linked-clone \)$",
                       out, re.MULTILINE)
    assert [n for n, _ in times] == ["1", "2", "3"]
    assert all(0 < float(ms) < 5000 for _, ms in times)
    average = re.search(r"^  Average time: ([\d.]+) ms per clone$", out, re.MULTILINE)
    assert average and abs(float(average[1]) - sum(float(ms) for _, ms in times) / 3) < 0.01
    assert "❌" not in out and "Test Skipped" not in out
    assert "RESULT." not in out.upper()               # no field printed as its own name
    assert_nothing_left(state_root)


def usage_example() -> str:
    """The rexx block under "## Usage Example" in the seed's ADDRESS-PROXMOX.md, with our
    template instead of the Ubuntu one."""
    doc = (seed_dir() / "ADDRESS-PROXMOX.md").read_text()
    section = doc[doc.index("## Usage Example"):]
    block = re.search(r"```rexx\n(.*?)```", section, re.DOTALL)
    assert block, "no rexx block under ## Usage Example"
    old = "template=local:vztmpl/ubuntu-22.04-standard_22.04-1_amd64.tar.zst"
    assert block[1].count(old) == 1
    return block[1].replace(old, f"template={OUR_TEMPLATE}")


def test_the_seed_usage_example_runs(state_root, tmp_path):
    script = tmp_path / "usage.rexx"
    script.write_text(usage_example())
    done = run_rexxlite(script, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == "", done.stderr             # every command succeeded
    lines = done.stdout.splitlines()
    assert lines[0] == "Runtime: proxmox"
    assert re.fullmatch(r"Cloned in [\d.]+ ms using linked-clone", lines[1]), lines[1]
    assert lines[2:] == ["Registered bases: 1"]
    assert_nothing_left(state_root)
