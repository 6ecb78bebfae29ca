"""deploy_rexx and execute_rexx: rexxlite itself running inside a Debian container.

The Debian template (python3 inside) is built once and cached (see conftest.debian_template);
one Debian container serves the whole module to keep the suite fast.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from proxmox_helpers import Proxmox, interrupt_program, requires_lxc

pytestmark = requires_lxc


@pytest.fixture(scope="module")
def debian(debian_template, template_dir):
    root = Path(tempfile.mkdtemp(prefix="rxd-", dir="/tmp"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REXXLITE_PROXMOX_ROOT", str(root))
        mp.setenv("REXXLITE_TEMPLATE_DIR", str(template_dir))
        mp.setenv("REXXLITE_PROXMOX_BACKEND", "local")
        px = Proxmox(root, template_dir)
        vmid = px.ok(f"create template={debian_template} hostname=deb").fields["vmid"]
        px.ok(f"start vmid={vmid}")
        px.vmid = vmid
        yield px
        px.cleanup()
    shutil.rmtree(root, ignore_errors=True)


def test_deploy_rexx_copies_rexxlite_as_a_zipapp(debian):
    vmid = debian.vmid
    result = debian.ok(f"deploy_rexx vmid={vmid}")
    f = result.fields
    assert f["target"] == "/usr/local/bin/rexx" and f["interpreter"] == "rexxlite"
    assert f["python"].startswith("3.") and f["bytes"] > 10_000
    out = debian.ok(f"""execute vmid={vmid} command="rexx -e 'say 6*7'" """)
    assert out.fields["stdout"] == "42"


def test_execute_rexx_streams_checkpoints(debian):
    vmid = debian.vmid
    debian.ok(f"deploy_rexx vmid={vmid}")
    program = ("do i = 1 to 3; call checkpoint 'step', 'n='i, 'msg=working on it'; end; "
               "say 'done in' 'container'; call checkpoint 'finished'")
    result = debian.ok(f'execute_rexx vmid={vmid} progress=true script="{program}"')
    points = result.fields["checkpoints"]
    assert [p["name"] for p in points] == ["step", "step", "step", "finished"]
    assert points[1]["values"] == {"n": "2", "msg": "working on it"}
    assert points[1]["params"] == 'n=2 msg="working on it"'
    assert "done in container" in result.fields["stdout"]
    progress = debian.stderr.text
    assert f'[CT {vmid}] CHECKPOINT step n=3 msg="working on it"' in progress
    assert f"[CT {vmid}] CHECKPOINT finished" in progress


def test_execute_rexx_from_a_file_with_exit_status(debian, tmp_path):
    vmid = debian.vmid
    debian.ok(f"deploy_rexx vmid={vmid} target=/opt/rexx/bin/rexx")
    script = tmp_path / "job.rexx"
    script.write_text("/* job */\nparse arg who\nsay 'hello' who\nexit 5\n")
    result = debian(f"execute_rexx vmid={vmid} script_file={script} target=/opt/rexx/bin/rexx "
                    "args='from host'")
    assert result.rc == 5 and result.condition == "ERROR"
    assert result.fields["stdout"] == "hello from host" and result.fields["exitCode"] == 5
    left = debian.ok(f"execute vmid={vmid} command='ls /tmp'").fields["stdout"]
    assert ".rexx" not in left


def test_execute_rexx_needs_a_deployed_interpreter(debian):
    result = debian(f"execute_rexx vmid={debian.vmid} script='say 1' target=/nowhere/rexx")
    assert result.rc == 1 and "run deploy_rexx first" in result.fields["error"]


def test_execute_rexx_timeout(debian):
    vmid = debian.vmid
    debian.ok(f"deploy_rexx vmid={vmid}")
    result = debian(f"execute_rexx vmid={vmid} timeout=3 "
                    "script=\"call checkpoint 'begin'; address system 'sleep 60'\"")
    assert result.rc == 124 and result.fields["timedOut"] is True
    assert [p["name"] for p in result.fields["checkpoints"]] == ["begin"]
    left = debian.ok(f"execute vmid={vmid} command='ls /tmp'").fields["stdout"]
    assert "rexxlite-" not in left                 # the pushed program is removed


def test_deploy_rexx_without_python_says_so(px):
    vmid = px.busybox()
    px.ok(f"start vmid={vmid}")
    result = px(f"deploy_rexx vmid={vmid}")
    assert result.rc == 1 and result.condition == "ERROR"
    assert "python3 is missing" in result.fields["error"]
    binary = px.ok(f"deploy_rexx vmid={vmid} rexx_binary=/bin/busybox target=/opt/bin/busybox")
    assert binary.fields["interpreter"] == "binary"
    assert px.ok(f"execute vmid={vmid} command='/opt/bin/busybox true'").rc == 0


def test_sigint_during_execute_rexx_is_halt_and_stops_the_program_inside(debian, tmp_path):
    vmid = debian.vmid
    debian.ok(f"deploy_rexx vmid={vmid}")
    marker = f"spin{os.getpid()}"
    ended = interrupt_program(tmp_path, (
        "address proxmox\n"
        f"\"execute_rexx vmid={vmid} args={marker} script='do forever; nop; end'\"\n"
        "say 'not reached'\n"), marker)
    assert (ended.status, ended.stdout) == (256 - 4, "")
    assert "line 2: Program interrupted" in ended.stderr and "Traceback" not in ended.stderr
    left = debian.ok(f"execute vmid={vmid} command='ls /tmp'").fields["stdout"]
    assert "rexxlite-" not in left
