"""Scripts written for the JavaScript ADDRESS PROXMOX handler (RexxJS), run by rexxlite on real
LXC containers: every command with the JavaScript parameters, the RESULT fields it defined,
the PROXMOX_* variables and ERRORTEXT it set, bare flags and millisecond timeouts (issue 11).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
from pathlib import Path

from proxmox_helpers import BUSYBOX, requires_lxc

pytestmark = requires_lxc

LIFECYCLE = f"""
REQUIRE "cwd:proxmox-address.js"
ADDRESS PROXMOX
"status"
say "status" RESULT.runtime RESULT.activeContainers RESULT.maxContainers RESULT.securityMode,
    PROXMOX_OPERATION PROXMOX_COUNT PROXMOX_EXIT_CODE "["PROXMOX_VMID"]" "["ERRORTEXT"]"
"create template=local:vztmpl/{BUSYBOX} storage=local hostname=js-base vmid=200 memory=64 cores=1"
say "create" RESULT.success RESULT.vmid RESULT.status RESULT.template RESULT.storage,
    PROXMOX_OPERATION PROXMOX_VMID PROXMOX_STATUS
"start vmid=200"
say "start" RESULT.vmid RESULT.status PROXMOX_STATUS
"execute vmid=200 command='echo out; echo err >&2; exit 3' timeout=30000"
say "execute" rc RESULT.success RESULT.exitCode "["RESULT.stdout"]" "["RESULT.stderr"]",
    PROXMOX_EXIT_CODE "["PROXMOX_STDOUT"]" "["PROXMOX_STDERR"]" "["ERRORTEXT"]"
"execute vmid=200 command='printf ""a\\n\\n""'"
say "trimmed" "["RESULT.stdout"]" "["RESULT.stderr"]" PROXMOX_EXIT_CODE "["ERRORTEXT"]"
call time 'R'
"execute vmid=200 command='sleep 60' timeout=1500"
say "timeout" RESULT.timedOut (time('E') < 20)
"stop vmid=200"
say "stop" RESULT.vmid RESULT.status
"register_base name=js-base"
say "register_base" RESULT.success RESULT.baseName RESULT.vmid PROXMOX_VMID
"clone source=200 vmid=201 hostname=js-1"
say "clone" RESULT.source RESULT.vmid RESULT.method (RESULT.cloneTimeMs > 0) PROXMOX_OPERATION
"clone_from_base base=js-base vmid=202 hostname=js-2"
say "clone_from_base" RESULT.source RESULT.vmid RESULT.method (RESULT.cloneTimeMs > 0)
"list"
say "list" RESULT.count PROXMOX_COUNT RESULT.containers.0
do i = 1 to RESULT.containers.0
  say " " RESULT.containers.i.vmid RESULT.containers.i.template RESULT.containers.i.storage,
      RESULT.containers.i.status RESULT.containers.i.isTemplate,
      "["RESULT.containers.i.clonedFrom"]" "["RESULT.containers.i.cloneMethod"]",
      (length(RESULT.containers.i.created) = 20) RESULT.containers.i.rexxDeployed,
      "["RESULT.containers.i.rexxPath"]"
end
"list_bases"
say "list_bases" RESULT.count PROXMOX_COUNT RESULT.bases.1.name RESULT.bases.1.vmid,
    RESULT.bases.1.template RESULT.bases.1.storage RESULT.bases.1.isTemplate,
    (length(RESULT.bases.1.created) = 20)
"start vmid=201"
"remove vmid=201 force"
say "remove" rc RESULT.vmid PROXMOX_OPERATION PROXMOX_VMID "["ERRORTEXT"]"
"destroy vmid=202"
"remove vmid=200"
say "removed" rc
"remove vmid=999"
say "missing" rc RESULT.success PROXMOX_OPERATION "["PROXMOX_VMID"]" (ERRORTEXT == PROXMOX_ERROR)
say "errortext" ERRORTEXT
"status"
say "after" "["ERRORTEXT"]" "["PROXMOX_ERROR"]"
"frobnicate vmid=200"
say "unknown" rc PROXMOX_OPERATION
"""


def run_rexxlite(script: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("rexxlite")
    assert exe, "rexxlite is not installed (pip install -e .)"
    return subprocess.run([exe, str(script)], cwd=script.parent, capture_output=True,
                          text=True, timeout=300, env=dict(os.environ))


def test_js_era_lifecycle_fields_and_variables(state_root, tmp_path):
    script = tmp_path / "js-era.rexx"
    script.write_text(LIFECYCLE)
    done = run_rexxlite(script)
    assert done.returncode == 0, done.stdout + done.stderr
    volid = f"local:vztmpl/{BUSYBOX}"
    out = done.stdout.splitlines()
    node = socket.gethostname()
    assert out == [
        "status proxmox 0 1000 strict status 0 0 [] []",
        f"create 1 200 stopped {volid} local create 200 stopped",
        "start 200 running running",
        "execute 3 0 3 [out] [err] 3 [out] [err] [command exited with status 3]",
        "trimmed [a] [] 0 []",
        "timeout 1 1",
        "stop 200 stopped",
        "register_base 1 js-base 200 200",
        "clone 200 201 linked-clone 1 clone",
        "clone_from_base 200 202 linked-clone 1",
        "list 3 3 3",
        f"  200 {volid} local stopped 1 [] [] 1 0 []",
        f"  201 {volid} local stopped 0 [200] [linked-clone] 1 0 []",
        f"  202 {volid} local stopped 0 [200] [linked-clone] 1 0 []",
        f"list_bases 1 1 js-base 200 {volid} local 1 1",
        "remove 0 201 remove 201 []",
        "removed 0",
        "missing 1 0 remove [] 1",
        f"errortext Configuration file 'nodes/{node}/lxc/999.conf' does not exist",
        "after [] []",
        "unknown -3 frobnicate",
    ], done.stderr
    # the failed commands were traced (RC 3, the timeout's 124, the missing CT, the unknown verb)
    assert re.findall(r"\+\+\+ RC=(-?\d+) \+\+\+", done.stderr) == ["3", "124", "1", "-3"]
    assert not list((state_root / "pve" / "lxc").glob("*.conf"))
    assert not any((state_root / "images").iterdir())


REXX_INSIDE = """
REQUIRE "proxmox-address"
ADDRESS PROXMOX
parse arg debian_template zipapp program_file
"create template="debian_template" hostname=js-rexx"
vmid = RESULT.vmid
"start vmid="vmid
"deploy_rexx vmid="vmid "rexx_binary="zipapp "target=/usr/local/bin/rexx"
say "deploy_rexx" RESULT.success RESULT.target PROXMOX_OPERATION (PROXMOX_VMID = vmid)
"list"
say "list" RESULT.containers.1.rexxDeployed RESULT.containers.1.rexxPath
"execute_rexx vmid="vmid "script='say 6*7; call checkpoint ""half""' timeout=60000",
    "progress_callback=true"
say "execute_rexx" RESULT.exitCode "["translate(RESULT.stdout, '|', '0a'x)"]",
    "["RESULT.stderr"]" RESULT.checkpoints.1.name PROXMOX_EXIT_CODE,
    "["translate(PROXMOX_STDOUT, '|', '0a'x)"]"
"execute_rexx vmid="vmid "script_file="program_file "timeout=60s progress_callback=false"
say "script_file" rc RESULT.exitCode "["RESULT.stdout"]" "["RESULT.stderr"]",
    PROXMOX_EXIT_CODE "["PROXMOX_STDERR"]"
"remove vmid="vmid "force"
say "removed" rc
"""


def test_js_era_deploy_rexx_and_execute_rexx(state_root, tmp_path, debian_template):
    from rexxlite.addresses.proxmox import rexx_bundle

    program = tmp_path / "inside.rexx"
    program.write_text("say 'from a file'\ncall lineout 'stderr', 'to stderr'\nexit 4\n")
    script = tmp_path / "js-rexx.rexx"
    script.write_text(REXX_INSIDE)
    zipapp = rexx_bundle.build_zipapp()
    exe = shutil.which("rexxlite")
    done = subprocess.run([exe, str(script), debian_template, str(zipapp), str(program)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env=dict(os.environ))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == [
        "deploy_rexx 1 /usr/local/bin/rexx deploy_rexx 1",
        "list 1 /usr/local/bin/rexx",
        "execute_rexx 0 [42|CHECKPOINT half] [] half 0 [42|CHECKPOINT half]",
        "script_file 4 4 [from a file] [to stderr] 4 [to stderr]",
        "removed 0",
    ], done.stderr
    assert "CHECKPOINT half" in done.stderr            # progress_callback=true echoed it live
    assert not list((state_root / "pve" / "lxc").glob("*.conf"))
