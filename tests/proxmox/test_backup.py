"""vzdump backups and restore on real containers: the archive's layout (Proxmox's), restore to
a new VMID with the same tree and config, a linked clone's backup restoring as a full
container, an archive built by hand to Proxmox's documented layout, concurrent backups, and a
kill during a backup leaving no partial archive."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from proxmox_helpers import BUSYBOX, REPO, requires_lxc

pytestmark = requires_lxc
NAME = re.compile(r"local:backup/vzdump-lxc-(\d+)-\d{4}_\d\d_\d\d-\d\d_\d\d_\d\d\.tar\.zst")


@pytest.fixture
def dump(state_root, monkeypatch) -> Path:
    path = state_root / "dump"
    monkeypatch.setenv("REXXLITE_DUMP_DIR", str(path))
    return path


def _tree(root: Path) -> dict[str, tuple]:
    """Every entry under ``root``: type and mode, owner, and a digest of a file or link."""
    found = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            rel = str(path.relative_to(root))
            if rel.startswith(("tmp/", "dev/", "etc/vzdump")):   # as pct restore skips ./dev/*
                continue
            st = os.lstat(path)
            if os.path.islink(path):
                data = os.readlink(path).encode()
            elif path.is_file():
                data = path.read_bytes()
            else:
                data = b""
            found[rel] = (st.st_mode, st.st_uid, st.st_gid, hashlib.sha1(data).hexdigest())
    return found


def _volume(px, vmid: int) -> Path:
    return px.root / "images" / str(vmid) / f"subvol-{vmid}-disk-0.subvol"


def test_backup_is_a_vzdump_archive_and_restores_to_the_same_tree_and_config(px, dump):
    vmid = px.busybox(hostname="orig", tags="web;prod", memory=300)
    px.ok(f"set vmid={vmid} description='line one'")
    px.ok(f"start vmid={vmid}")
    px.ok(f"execute vmid={vmid} command='echo data > /root/kept; mkdir -p /srv/a; "
          f"ln -s /root/kept /srv/a/link; chown 5:6 /root/kept'")
    px.ok(f"stop vmid={vmid}")
    made = px.ok(f"backup vmid={vmid} notes='before upgrade'").fields
    assert NAME.fullmatch(made["volid"]) and made["vmid"] == vmid and made["size"] > 0
    assert made["timeMs"] > 0 and made["format"] == "tar.zst" and made["mode"] == "snapshot"
    archive = Path(made["path"])
    assert archive.parent == dump
    members = subprocess.run(["tar", "--zstd", "-tf", str(archive)], capture_output=True,
                             text=True, check=True).stdout.splitlines()
    assert members[0] == "./etc/vzdump/pct.conf" and "./root/kept" in members
    conf = subprocess.run(["tar", "--zstd", "-xOf", str(archive), "./etc/vzdump/pct.conf"],
                          capture_output=True, text=True, check=True).stdout
    assert conf.startswith("#line one\n") and "hostname: orig\n" in conf
    assert "memory: 300\n" in conf and "rexxlite" not in conf and "lock:" not in conf
    stem = archive.name[:-len(".tar.zst")]
    assert (dump / f"{stem}.log").read_text().count("INFO:") >= 3
    assert (dump / f"{archive.name}.notes").read_text() == "before upgrade\n"
    listed = px.ok("backups").fields["backups"]
    assert [b["volid"] for b in listed] == [made["volid"]]
    assert listed[0]["notes"] == "before upgrade"

    restored = px.ok(f"restore archive={made['volid']} vmid=555").fields
    assert restored["vmid"] == 555 and restored["hostname"] == "orig"
    assert _tree(_volume(px, 555)) == _tree(_volume(px, vmid))
    old, new = (px.ok(f"config vmid={n}").fields["config"] for n in (vmid, 555))
    for key in ("hostname", "memory", "swap", "cores", "tags", "description", "arch"):
        assert old.get(key) == new.get(key), key
    assert new["rootfs"] == "local:555/subvol-555-disk-0.subvol,size=0T"
    px.ok("start vmid=555")
    assert px.ok("execute vmid=555 command='cat /root/kept; hostname'").fields["stdout"] == \
        "data\norig"

    again = px("restore archive=" + made["volid"] + " vmid=555")
    assert again.rc == 1 and "already exists" in again.fields["error"]
    px.ok("stop vmid=555")
    px.ok(f"restore archive={made['volid']} vmid=555 force=1 hostname=other")
    px.ok("start vmid=555")
    assert px.ok("execute vmid=555 command=hostname").fields["stdout"] == "other"
    px.ok(f"delbackup volid={made['volid']}")
    assert not any(dump.iterdir())
    assert px.ok("backups").fields["count"] == 0


def test_a_linked_clone_backup_restores_as_a_full_container(px, dump):
    base = px.busybox()
    px.ok(f"template vmid={base}")
    clone = px.ok(f"clone source={base}").fields["vmid"]
    px.ok(f"start vmid={clone}")
    px.ok(f"execute vmid={clone} command='echo mine > /root/mine; rm /bin/ls'")
    made = px.ok(f"backup vmid={clone}").fields           # running: mode snapshot
    px.ok(f"restore archive={made['volid']} vmid=700")
    assert px.ok("config vmid=700").fields["config"]["rootfs"] == \
        "local:700/subvol-700-disk-0.subvol,size=0T"
    volume = _volume(px, 700)
    assert (volume / "root" / "mine").read_text() == "mine\n"
    assert (volume / "bin" / "sh").exists() and not (volume / "bin" / "ls").exists()
    px.ok(f"destroy vmid={clone} force=1")
    px.ok(f"destroy vmid={base}")                          # the restored one needs no base
    px.ok("start vmid=700")
    assert px.ok("execute vmid=700 command='cat /root/mine'").fields["stdout"] == "mine"


def test_a_template_backup_restores_as_a_template(px, dump):
    base = px.busybox(hostname="tpl")
    px.ok(f"template vmid={base}")
    made = px.ok(f"backup vmid={base}").fields
    conf = subprocess.run(["tar", "--zstd", "-xOf", made["path"], "./etc/vzdump/pct.conf"],
                          capture_output=True, text=True, check=True).stdout
    assert "template: 1\n" in conf
    px.ok(f"restore archive={made['volid']} vmid=710")
    config = px.ok("config vmid=710").fields["config"]
    assert str(config["template"]) == "1"
    assert config["rootfs"] == "local:710/base-710-disk-0.subvol,size=0T"
    started = px("start vmid=710")
    assert started.rc == 1 and "template" in started.fields["error"]
    clone = px.ok("clone source=710").fields["vmid"]            # linked, off the restored base
    assert "710/base-710-disk-0.subvol" in px.ok(f"config vmid={clone}").fields["config"]["rootfs"]
    px.ok(f"start vmid={clone}")
    assert px.ok(f"execute vmid={clone} command=hostname").fields["stdout"] != ""
    px.ok(f"destroy vmid={clone} force=1")
    px.ok("destroy vmid=710")


def test_modes_and_compressions(px, dump):
    vmid = px.busybox()
    px.ok(f"start vmid={vmid}")
    stop = px.ok(f"backup vmid={vmid} mode=stop compress=gzip").fields
    assert stop["volid"].endswith(".tar.gz") and stop["format"] == "tar.gz"
    assert px.ok("list").fields["containers"][0]["status"] == "running"   # started again
    suspend = px.ok(f"backup vmid={vmid} mode=suspend compress=0").fields
    assert suspend["volid"].endswith(".tar") and suspend["format"] == "tar"
    subprocess.run(["gzip", "-t", stop["path"]], check=True)
    subprocess.run(["tar", "-tf", suspend["path"], "./etc/vzdump/pct.conf"], check=True,
                   capture_output=True)
    assert px.ok(f"execute vmid={vmid} command='echo alive'").fields["stdout"] == "alive"
    px.ok(f"restore archive={stop['volid']} vmid=801")
    px.ok(f"restore archive={suspend['path']} vmid=802")
    assert (_volume(px, 802) / "bin" / "busybox").exists()
    lzo = px.ok(f"backup vmid={vmid} compress=lzo mode=stop").fields
    assert lzo["volid"].endswith(".tar.lzo") and lzo["format"] == "tar.lzo"
    subprocess.run(["lzop", "-t", lzo["path"]], check=True, capture_output=True)
    px.ok(f"restore archive={lzo['volid']} vmid=803")
    assert (_volume(px, 803) / "bin" / "busybox").exists()
    assert px.ok(f"backups vmid={vmid}").fields["count"] == 3
    assert px.ok("backups vmid=999").fields["count"] == 0


def test_progress_shows_bytes_done_of_total(px, dump):
    vmid = px.busybox()
    px.ok(f"backup vmid={vmid} progress=1")
    assert re.search(rf"\[proxmox\] CT {vmid}: archived 100% \(\d+ of \d+ MiB\)",
                     px.stderr.text), px.stderr.text
    volid = px.ok("backups").fields["backups"][0]["volid"]
    px.ok(f"restore archive={volid} vmid=901 progress=1")
    assert "[proxmox] CT 901: unpacking" in px.stderr.text


def test_restore_of_an_archive_made_to_proxmox_layout(px, dump, template_dir, tmp_path):
    """An archive as a Proxmox node's vzdump writes it: pct.conf first, then the rootfs."""
    tree = tmp_path / "rootfs"
    tree.mkdir()
    subprocess.run(["tar", "-xzf", str(template_dir / BUSYBOX), "-C", str(tree)], check=True)
    (tree / "root" / "from-pve").write_text("made on pve\n")
    (tmp_path / "etc" / "vzdump").mkdir(parents=True)
    (tmp_path / "etc" / "vzdump" / "pct.conf").write_text(
        "#Restored%20from%20a%20node\narch: amd64\ncores: 2\nhostname: pvebox\nmemory: 256\n"
        "mp0: /host/data,mp=/data\nnet0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:00:00:01,"
        "ip=dhcp,type=veth\nostype: debian\nrootfs: local-lvm:vm-900-disk-0,size=8G\n"
        "swap: 512\nunprivileged: 1\nlxc.apparmor.profile: unconfined\n")
    dump.mkdir()
    archive = dump / "vzdump-lxc-900-2024_05_06-07_08_09.tar.zst"
    subprocess.run(f"tar -cf - --numeric-owner -C {tmp_path} ./etc/vzdump/pct.conf "
                   f"-C {tree} . | zstd -q -o {archive}", shell=True, check=True)
    listed = px.ok("backups").fields["backups"]
    assert listed[0]["vmid"] == 900 and listed[0]["volid"] == f"local:backup/{archive.name}"
    restored = px(f"restore archive=local:backup/{archive.name} vmid=910")
    assert restored.rc == 0, restored.output
    conf = px.ok("config vmid=910").fields["config"]
    assert conf["hostname"] == "pvebox" and conf["cores"] == "2" and conf["memory"] == "256"
    assert conf["description"] == "Restored from a node" and conf["ostype"] == "debian"
    assert "mp0" not in conf and "lxc.apparmor.profile" not in conf
    assert conf["rootfs"] == "local:910/subvol-910-disk-0.subvol,size=0T"
    assert not (_volume(px, 910) / "etc" / "vzdump").exists()
    px.ok("set vmid=910 hostname=pvebox")
    conf_file = (px.root / "pve" / "lxc" / "910.conf").read_text()
    assert "net0: name=eth0,bridge=vmbr0" in conf_file
    px.ok("set vmid=910 memory=256")                  # a config the engine can work with


def test_concurrent_backups_of_two_containers(px, dump, tmp_path):
    a, b = px.busybox(), px.busybox()
    procs = []
    for vmid in (a, b):
        program = tmp_path / f"b{vmid}.rexx"
        program.write_text(f"address proxmox 'backup vmid={vmid}'\n"
                           "say rc result.volid\n")
        procs.append(subprocess.Popen([sys.executable, "-m", "rexxlite", str(program)],
                                      cwd=REPO, stdout=subprocess.PIPE, text=True))
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(out.startswith("0 local:backup/") for out in outputs), outputs
    assert sorted(b_["vmid"] for b_ in px.ok("backups").fields["backups"]) == [a, b]


def test_a_kill_during_backup_leaves_no_partial_archive(px, dump, tmp_path):
    vmid = px.busybox()
    program = tmp_path / "b.rexx"
    program.write_text(f"address proxmox 'backup vmid={vmid}'\n")
    env = {**os.environ, "REXXLITE_PROXMOX_INJECT_FAULT": "kill:backup:written"}
    done = subprocess.run([sys.executable, "-m", "rexxlite", str(program)], cwd=REPO, env=env,
                          capture_output=True)
    assert done.returncode == -9
    left = list(dump.iterdir())
    assert left and all(p.name.startswith(".") and ".tmp" in p.name for p in left), left
    assert px.ok("backups").fields["count"] == 0
    assert not any(dump.iterdir()), "the dead process's temporary archive is swept"
    assert px.ok("list").fields["containers"][0]["lock"] == "backup"
    px.ok(f"unlock vmid={vmid}")
    assert not any(p.name.startswith("vzdump") for p in (px.root / "images" / str(vmid))
                   .iterdir())
    px.ok(f"backup vmid={vmid}")
    assert px.ok("backups").fields["count"] == 1


def test_refusals(px, dump):
    vmid = px.busybox()
    for bad in ("mode=fast", "compress=xz", "storage=Bad!"):
        result = px(f"backup vmid={vmid} {bad}")
        assert result.rc == 1 and "parameter verification failed" in result.fields["error"]
    assert px(f"backup vmid={vmid} storage=nas").fields["error"] == "storage 'nas' does not exist"
    missing = px("restore archive=local:backup/vzdump-lxc-100-2020_01_01-00_00_00.tar.zst "
                 "vmid=300")
    assert missing.rc == 1 and "does not exist" in missing.fields["error"]
    assert px("restore archive=local:backup/../../etc/passwd vmid=300").rc == 1
    assert px("delbackup volid=local:backup/x.tar").rc == 1
    assert "vzdump" in px.ok("help backup").output


def test_a_kill_during_restore_leaves_no_container(px, dump, tmp_path):
    vmid = px.busybox()
    volid = px.ok(f"backup vmid={vmid}").fields["volid"]
    program = tmp_path / "r.rexx"
    program.write_text(f"address proxmox 'restore archive={volid} vmid=520'\n")
    env = {**os.environ, "REXXLITE_PROXMOX_INJECT_FAULT": "kill:restore:extracted"}
    assert subprocess.run([sys.executable, "-m", "rexxlite", str(program)], cwd=REPO, env=env,
                          capture_output=True).returncode == -9
    assert {c["vmid"]: c["lock"] for c in px.ok("list").fields["containers"]}[520] == "create"
    px.ok("unlock vmid=520")                          # an interrupted restore disappears
    assert [c["vmid"] for c in px.ok("list").fields["containers"]] == [vmid]
    assert not (px.root / "images" / "520").exists()
    px.ok(f"restore archive={volid} vmid=520")
