"""Snapshots and vzdump backups of VMs on the local engine, with one booted VM: qcow2 internal
snapshots taken stopped and running, real VMA archives (read back here with a reader written
from vma_spec.txt, independent of the engine's), rollback and restore checked by reading the
guest's file from its disk; restore of a VMA built here to the documented layout; kill -9
during a backup (kill -9 during snapshot operations: test_vm_snapshots.py)."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import struct
import subprocess
import sys
from pathlib import Path

from test_vms import CHILD, IMAGE, vm_image_dir, vpx  # noqa: F401  (fixtures)

SPEC_BLOCK, SPEC_CLUSTER = 4096, 65536


def spec_read(data: bytes) -> tuple[dict[str, bytes], dict[int, tuple[str, int]], dict]:
    """A VMA parsed as vma_spec.txt describes it: configs, devices, and the non-zero blocks
    by (dev_id, offset); every checksum checked."""
    assert data[:4] == b"VMA\0" and struct.unpack(">I", data[4:8])[0] == 1
    blob_at, blob_size, header_size = struct.unpack(">III", data[48:60])
    head = bytearray(data[:header_size])
    md5, head[32:48] = bytes(head[32:48]), bytes(16)
    assert hashlib.md5(head).digest() == md5
    blobs = data[blob_at:blob_at + blob_size]

    def blob(at: int) -> bytes:
        size = blobs[at] + (blobs[at + 1] << 8)
        return blobs[at + 2:at + 2 + size]
    configs = {}
    for i in range(256):
        name_at, data_at = struct.unpack(">II", data[2044 + 4 * i:2048 + 4 * i] +
                                         data[3068 + 4 * i:3072 + 4 * i])
        if name_at:
            configs[blob(name_at).rstrip(b"\0").decode()] = blob(data_at)
    devices = {}
    for dev in range(1, 256):
        name_at, _, size = struct.unpack(">IIQ", data[4096 + 32 * dev:4112 + 32 * dev])
        if name_at:
            devices[dev] = (blob(name_at).rstrip(b"\0").decode(), size)
    blocks, at = {}, header_size
    while at < len(data):
        ext = bytearray(data[at:at + 512])
        assert ext[:4] == b"VMAE" and ext[8:24] == data[8:24]
        md5, ext[24:40] = bytes(ext[24:40]), bytes(16)
        assert hashlib.md5(ext).digest() == md5
        at += 512
        for i in range(59):
            mask, _, dev, cluster = struct.unpack(">HBBI", ext[40 + 8 * i:48 + 8 * i])
            for b in range(16):
                if dev and mask & (1 << b):
                    blocks[(dev, cluster * SPEC_CLUSTER + b * SPEC_BLOCK)] = data[at:at + 4096]
                    at += 4096
    return configs, devices, blocks


def spec_write(path: Path, conf: bytes, disk: bytes, name: str = "drive-scsi0") -> None:
    """A VMA written here from vma_spec.txt alone: one device, every cluster listed."""
    blobs = bytearray(b"\0")

    def blob(data: bytes) -> int:
        blobs.extend(struct.pack("<H", len(data)) + data)
        return len(blobs) - len(data) - 2
    conf_name, conf_data, dev_name = blob(b"qemu-server.conf\0"), blob(conf), blob(
        name.encode() + b"\0")
    blob_size = (len(blobs) + 511) // 512 * 512
    head = bytearray(12288 + blob_size)
    uid = os.urandom(16)
    head[0:8] = b"VMA\0" + struct.pack(">I", 1)
    head[8:24], head[24:32] = uid, struct.pack(">Q", 1700000000)
    head[48:60] = struct.pack(">III", 12288, blob_size, len(head))
    head[2044:2048], head[3068:3072] = struct.pack(">I", conf_name), struct.pack(">I", conf_data)
    head[4096 + 32:4096 + 48] = struct.pack(">IIQ", dev_name, 0, len(disk))
    head[12288:12288 + len(blobs)] = blobs
    head[32:48] = hashlib.md5(head).digest()
    out = bytearray(head)
    clusters = list(range((len(disk) + SPEC_CLUSTER - 1) // SPEC_CLUSTER))
    for first in range(0, len(clusters), 59):
        ext, body = bytearray(512), bytearray()
        for i, cluster in enumerate(clusters[first:first + 59]):
            mask = 0
            for b in range(16):
                block = disk[cluster * SPEC_CLUSTER + b * 4096:][:4096].ljust(4096, b"\0")
                if any(block):
                    mask |= 1 << b
                    body += block
            ext[40 + 8 * i:48 + 8 * i] = struct.pack(">HBBI", mask, 0, 1, cluster)
        ext[0:4], ext[6:8], ext[8:24] = b"VMAE", struct.pack(">H", len(body) // 4096), uid
        ext[24:40] = hashlib.md5(ext).digest()
        out += ext + body
    path.write_bytes(bytes(out))


def disk_bytes(path: Path) -> bytes:
    raw = path.with_name("check.raw")
    subprocess.run(["qemu-img", "convert", "-O", "raw", str(path), str(raw)], check=True)
    try:
        return raw.read_bytes()
    finally:
        raw.unlink()


def guest_file(disk: Path, path: str) -> str:
    """A file of the guest's ext4 root (the whole disk), read on the host: a raw copy, its
    journal replayed (e2fsck), the file read with debugfs."""
    raw = disk.with_name("inspect.raw")
    try:
        subprocess.run(["qemu-img", "convert", "-U", "-O", "raw", str(disk), str(raw)],
                       check=True)
        subprocess.run(["e2fsck", "-y", "-E", "journal_only", str(raw)], capture_output=True)
        return subprocess.run(["debugfs", "-R", f"cat {path}", str(raw)], capture_output=True,
                              text=True, check=True).stdout
    finally:
        raw.unlink(missing_ok=True)


def disk_snapshots(disk: Path) -> list[str]:
    info = subprocess.run(["qemu-img", "info", "-U", "--output=json", str(disk)],
                          capture_output=True, text=True, check=True).stdout
    return [s["name"] for s in json.loads(info).get("snapshots", [])]


def test_snapshots_and_a_live_backup_of_one_running_linked_clone(
        vpx, state_root, tmp_path, monkeypatch):
    """One boot: snapshots taken stopped (qemu-img) and running (QMP), a live backup, then
    rollback and restore, each checked by reading the guest's file from the disk itself."""
    monkeypatch.setenv("REXXLITE_DUMP_DIR", str(tmp_path / "dump"))
    base = vpx.ok(f"create type=vm template={IMAGE} memory=160").fields["vmid"]
    vpx.ok(f"template vmid={base}")
    refused = vpx(f"snapshot vmid={base} name=x")
    assert refused.fields["error"] == "you can't take a snapshot if it's a template"
    vmid = vpx.ok(f"clone source={base} hostname=orig").fields["vmid"]   # a linked clone
    disk = state_root / "images" / str(vmid) / f"vm-{vmid}-disk-0.qcow2"
    vpx.ok(f"snapshot vmid={vmid} name=cold description='stopped, by qemu-img'")
    assert disk_snapshots(disk) == ["cold"]
    vpx.ok(f"start vmid={vmid}")
    vpx.ok(f"execute vmid={vmid} command='echo one > /root/mark; sync'")
    vpx.ok(f"snapshot vmid={vmid} name=warm")                     # live: QMP, guest frozen
    assert disk_snapshots(disk) == ["cold", "warm"]
    vpx.ok(f"execute vmid={vmid} command='echo two > /root/mark; sync'")
    vpx.ok(f"set vmid={vmid} memory=192")
    listed = vpx.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]
    assert [(s["name"], s["parent"]) for s in listed] == [
        ("cold", ""), ("warm", "cold"), ("current", "warm")]
    assert listed[0]["description"] == "stopped, by qemu-img" and listed[2]["running"] == 1
    conf_text = (state_root / "pve" / "qemu-server" / f"{vmid}.conf").read_text()
    assert "\n[warm]\n" in conf_text and "parent: cold" in conf_text

    made = vpx.ok(f"backup vmid={vmid} notes=nightly").fields       # mode snapshot, live
    assert made["volid"].startswith(f"local:backup/vzdump-qemu-{vmid}-")
    assert made["volid"].endswith(".vma.zst") and made["format"] == "vma.zst"
    assert made["notes"] == "nightly" and disk_snapshots(disk) == ["cold", "warm"]
    plain = subprocess.run(["zstd", "-d", "-c", made["path"]], capture_output=True,
                           check=True).stdout
    configs, devices, _ = spec_read(plain)
    assert b"memory: 192" in configs["qemu-server.conf"]
    assert b"lock" not in configs["qemu-server.conf"] and b"[warm]" not in configs[
        "qemu-server.conf"]
    assert list(devices.values()) == [("drive-virtio0", 2**30)]          # the image: 1 GiB
    assert not list((state_root / "images" / str(vmid)).glob("vzdump*"))
    vpx.ok(f"delsnapshot vmid={vmid} name=cold")                  # live: QMP
    assert disk_snapshots(disk) == ["warm"]

    vpx.ok(f"rollback vmid={vmid} name=warm")                     # stops it first
    assert vpx.ok(f"list").fields["containers"][1]["status"] == "stopped"
    assert vpx.ok(f"config vmid={vmid}").fields["config"]["memory"] == "160"
    assert guest_file(disk, "/root/mark") == "one\n"
    base_disk = state_root / "images" / str(base) / f"base-{base}-disk-0.qcow2"
    assert disk_snapshots(base_disk) == []                         # the base is never written

    assert [b["volid"] for b in vpx.ok(f"backups vmid={vmid}").fields["backups"]] == [
        made["volid"]]
    restored = vpx.ok(f"restore archive={made['volid']} vmid=500 hostname=copy").fields
    assert (restored["vmid"], restored["hostname"]) == (500, "copy")
    conf = vpx.ok("config vmid=500").fields["config"]
    assert conf["memory"] == "192" and conf["virtio0"].startswith("local:500/vm-500-disk-0.qcow2")
    assert guest_file(state_root / "images" / "500" / "vm-500-disk-0.qcow2",
                      "/root/mark") == "two\n"
    refused = vpx(f"restore archive={made['volid']} vmid=500")
    assert refused.rc == 1 and "VM 500 already exists" in refused.fields["error"]
    vpx.ok(f"delsnapshot vmid={vmid} name=warm")                  # stopped: qemu-img -d
    assert disk_snapshots(disk) == []
    for gone in (500, vmid, base):
        vpx.ok(f"remove vmid={gone}")
    vpx.ok(f"delbackup volid={made['volid']}")
    assert not Path(made["path"]).exists()


def test_restore_of_a_vma_built_to_the_documented_layout(vpx, state_root, tmp_path, monkeypatch):
    dump = tmp_path / "dump"
    dump.mkdir()
    monkeypatch.setenv("REXXLITE_DUMP_DIR", str(dump))
    disk = bytearray(3 * SPEC_CLUSTER + 8192)
    disk[5:13] = b"VMA-TEST"
    disk[2 * SPEC_CLUSTER + 4096 * 7:2 * SPEC_CLUSTER + 4096 * 7 + 4] = b"tail"
    conf = (b"#made%20on%20a%20node\nboot: order=scsi0\ncores: 2\nmemory: 256\nname: pvevm\n"
            b"net0: virtio=BC:24:11:00:00:01,bridge=vmbr9\nscsi0: local-lvm:vm-120-disk-0,"
            b"size=200K\nscsihw: virtio-scsi-single\nostype: l26\n")
    name = "vzdump-qemu-120-2024_05_06-07_08_09.vma"
    spec_write(dump / name, conf, bytes(disk))
    done = vpx.ok(f"restore archive=local:backup/{name} vmid=321").fields
    assert done["vmid"] == 321
    got = vpx.ok("config vmid=321").fields["config"]
    assert (got["name"], got["memory"], got["cores"], got["boot"]) == (
        "pvevm", "256", "2", "order=virtio0")
    assert "net0" not in got and "scsi0" not in got        # no bridge vmbr9 here
    assert got["description"] == "made on a node"
    image = state_root / "images" / "321" / "vm-321-disk-0.qcow2"
    assert disk_bytes(image) == bytes(disk)
    corrupt = bytearray((dump / name).read_bytes())
    corrupt[12288 + 600] ^= 0xFF                            # inside the first extent header
    (dump / "vzdump-qemu-121-2024_05_06-07_08_09.vma").write_bytes(corrupt)
    failed = vpx("restore archive=local:backup/vzdump-qemu-121-2024_05_06-07_08_09.vma vmid=322")
    assert failed.rc == 1 and "VMA" in failed.fields["error"]
    assert not (state_root / "images" / "322").exists()
    assert vpx.ok("list").fields["count"] == 1
    env = {**os.environ, "REXXLITE_PROXMOX_INJECT_FAULT": "kill:vm-restore:read"}
    killed = subprocess.run([sys.executable, "-c", CHILD,
                             f"restore archive=local:backup/{name} vmid=323"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert {i["vmid"]: i["lock"] for i in vpx.ok("list").fields["containers"]}[323] == "create"
    vpx.ok("unlock vmid=323")                             # an interrupted restore disappears
    assert [i["vmid"] for i in vpx.ok("list").fields["containers"]] == [321]
    assert not (state_root / "images" / "323").exists()
    vpx.ok("remove vmid=321")


def test_a_kill_during_a_vm_backup_leaves_no_part_behind(vpx, state_root, tmp_path, monkeypatch):
    dump = tmp_path / "dump"
    monkeypatch.setenv("REXXLITE_DUMP_DIR", str(dump))
    vmid = vpx.ok(f"create type=vm template={IMAGE} memory=128").fields["vmid"]
    for point in ("vm-backup:copied", "vm-backup:written"):
        env = {**os.environ, "REXXLITE_PROXMOX_INJECT_FAULT": f"kill:{point}"}
        done = subprocess.run([sys.executable, "-c", CHILD, f"backup vmid={vmid}"], env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
        assert vpx.ok("backups").fields["count"] == 0        # its .tmp part swept
        assert "lock" not in vpx.ok(f"config vmid={vmid}").fields["config"]   # settled
        assert not list((state_root / "images" / str(vmid)).glob("vzdump*"))
        assert not [n for n in os.listdir(dump) if "vzdump-qemu" in n and ".tmp" in n]
    vpx.ok(f"remove vmid={vmid}")
