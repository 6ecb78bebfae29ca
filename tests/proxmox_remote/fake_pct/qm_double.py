"""TEST DOUBLE of Proxmox VE's ``qm`` (qemu-server's PVE/CLI/qm.pm), part of pve_double.py.

This is NOT Proxmox and runs no VM. It keeps a VM's config as the node would (JSON under
$FAKE_PCT_STATE/qemu/, one VMID space with the containers under lxc/) and answers as qm does:

- ``qm list`` prints nothing without VMs, else ``%10s %-20s %-10s %-10s %12s %-10s`` rows
  (VMID NAME STATUS MEM(MB) BOOTDISK(GB) PID); ``qm config`` sorted ``key: value`` lines
  (description URI-escaped); ``qm status`` ``status: running``;
- a failure prints Proxmox's message on stderr and exits 255; a VMID taken by either kind is
  refused with pve-cluster's ``CT 100 already exists on node 'pve'`` (the word names the kind
  that has it);
- ``qm create --virtio0 STORAGE:0,import-from=VOLID`` imports a disk image (the file must
  exist: ``local:iso/NAME`` under $FAKE_PCT_STATE/iso, or an absolute path);
- ``qm guest exec VMID [--timeout S] [--pass-stdin 1] -- CMD...`` runs CMD on this host in the
  VM's private trees (as ``pct exec`` of the double does) and prints the agent's status as
  qm does, pretty JSON (``exitcode``, ``exited``, ``out-data``, ``err-data``); when the
  timeout passes first it prints only ``{"pid" : N}`` and the command goes on running, as in
  a guest; ``--pass-stdin`` takes at most 1 MiB;
- snapshots, rollback and delsnapshot keep the container rules of the double (a template
  cannot be snapshotted, rollback stops the VM) under qm's name;
- a VM's "disk" is a sparse raw file under images/ (its first 4 KiB copied from the imported
  image); ``vzdump`` of a VM writes ``vzdump-qemu-VMID-DATE.vma[.zst]`` of it and its config
  (with the double's own VMA codec, vma_double.py), ``qmrestore ARCHIVE VMID`` reads it back.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import time

import vma_double
from pve_double import (COMPRESS, NODE, PRIVATE_DIRS, STORAGES, Die, Locked, _archive_file,
                        _sandboxed, check_unused, ct_tree, dump_dir, kind_of, load, log,
                        options, path, pct_delsnapshot, pct_rollback, pct_snapshot, save,
                        vmid_arg, vmids)

KNOWN_KEYS = {"name", "memory", "cores", "sockets", "agent", "ostype", "virtio0", "scsi0",
              "boot", "net0", "description", "tags", "onboot", "scsihw", "serial0", "vga",
              "cpu", "balloon"}
STDIN_MAX = 1024 * 1024
DISK_SIZE = "2G"
DISK_BYTES = 4 * 2**20                    # what the double's sparse "disk" files really hold


def vm(vmid):
    return load(vmid, kind="qemu")


def put(vmid, guest):
    save(vmid, guest, "qemu")


def vm_volume(vmid, base=False):
    return f"local-lvm:{'base' if base else 'vm'}-{vmid}-disk-0"


def disk_file(vmid):
    """The VM's "disk": a sparse raw file (what vzdump archives and qmrestore writes back)."""
    os.makedirs(path("images"), exist_ok=True)
    return path("images", f"vm-{vmid}-disk-0.raw")


def check_vm_lock(guest):
    lock = guest["config"].get("lock")
    if lock:
        raise Die(f"VM is locked ({lock})")


def unknown_keys(keys):
    unknown = set(keys) - KNOWN_KEYS
    if unknown:
        raise Die(f"400 Parameter verification failed.\n{sorted(unknown)[0]}: property is "
                  "not defined in schema and the schema does not allow additional properties")


# -- reading -----------------------------------------------------------------------------------
def qm_list(args):
    rows = [(vmid, vm(vmid)) for vmid in vmids("qemu")]
    if not rows:
        return
    print("%10s %-20s %-10s %-10s %12s %-10s" % ("VMID", "NAME", "STATUS", "MEM(MB)",
                                                  "BOOTDISK(GB)", "PID"))
    for vmid, guest in rows:
        conf = guest["config"]
        print("%10s %-20s %-10s %-10s %12.2f %-10s" % (
            vmid, conf.get("name", f"VM{vmid}"), guest["status"], conf.get("memory", "512"),
            2.0, guest.get("pid", 0) if guest["status"] == "running" else 0))


def qm_config(args):
    guest = vm(vmid_arg(args[0] if args else ""))
    for key in sorted(guest["config"]):
        value = str(guest["config"][key])
        if key == "description":
            value = quote_text(value)
        print(f"{key}: {value}")


def quote_text(text):
    from urllib.parse import quote
    return quote(text, safe="".join(chr(c) for c in range(0x20, 0x7F) if c != 0x3A))


def qm_status(args):
    print(f"status: {vm(vmid_arg(args[0] if args else ''))['status']}")


# -- create, template, clone ---------------------------------------------------------------------
def _import_source(source, vmid):
    storage, sep, rest = source.partition(":")
    if source.startswith("/"):
        file = source
    elif sep and storage == "local" and rest.startswith("iso/"):
        file = path("iso", rest[4:])
    else:
        raise Die(f"unable to create VM {vmid} - volume '{source}' does not exist")
    if not os.path.isfile(file):
        raise Die(f"unable to create VM {vmid} - volume '{source}' does not exist")
    return file


def qm_create(args):
    positional, opts = options(args, booleans=("start",))
    if not positional:
        raise Die("400 not enough arguments\nqm create <vmid> [OPTIONS]")
    vmid = vmid_arg(positional[0])
    unknown_keys(opts)
    with Locked():
        check_unused(vmid)
        config = {"name": f"VM{vmid}", "memory": "512", "cores": "1",
                  "smbios1": f"uuid=6a6a{vmid:08d}-0000-4000-8000-000000000000",
                  "vmgenid": f"0b4a{vmid:08d}-0000-4000-8000-000000000000",
                  "meta": f"creation-qemu=8.1.5,ctime={int(time.time())}"}
        for key in ("virtio0", "scsi0"):
            if key not in opts:
                continue
            match = re.fullmatch(r"([a-z][a-z0-9_.-]*):0,import-from=(.+)", opts[key])
            if not match:
                raise Die(f"test double: {key}={opts[key]} is not imitated (use "
                          "STORAGE:0,import-from=VOLID)")
            storage = match[1]
            if storage not in STORAGES:
                raise Die(f"storage '{storage}' does not exist")
            if "images" not in STORAGES[storage][1]:
                raise Die(f"storage '{storage}' does not support vm images")
            source = _import_source(match[2], vmid)
            with open(source, "rb") as image, open(disk_file(vmid), "wb") as disk:
                disk.write(image.read(4096))
                disk.truncate(DISK_BYTES)
            opts[key] = f"{vm_volume(vmid)},size={DISK_SIZE}"
        config.update(opts)
        put(vmid, {"config": config, "status": "stopped"})
        for folder in PRIVATE_DIRS:
            os.makedirs(ct_tree(vmid) + folder, exist_ok=True)
    if any(key in opts for key in ("virtio0", "scsi0")):
        print(f"transferred 0.0 B of {DISK_SIZE}.0 GiB (0.00%)")
        print(f"transferred {DISK_SIZE}.0 GiB of {DISK_SIZE}.0 GiB (100.00%)")


def _disk_key(conf):
    return next((k for k in ("virtio0", "scsi0") if k in conf), "")


def qm_template(args):
    vmid = vmid_arg(args[0] if args else "")
    with Locked():
        guest = vm(vmid)
        check_vm_lock(guest)
        if guest["config"].get("template") == "1":
            raise Die("you can't convert a template to a template")
        if guest["status"] == "running":
            raise Die("you can't convert a VM to template if VM is running")
        if guest.get("snapshots"):
            raise Die("unable to create template, because VM contains snapshots")
        key = _disk_key(guest["config"])
        if key:
            guest["config"][key] = f"{vm_volume(vmid, base=True)},size={DISK_SIZE}"
        guest["config"]["template"] = "1"
        put(vmid, guest)


def qm_clone(args):
    positional, opts = options(args, booleans=("full",))
    if len(positional) < 2:
        raise Die("400 not enough arguments\nqm clone <vmid> <newid> [OPTIONS]")
    source, newid = vmid_arg(positional[0]), vmid_arg(positional[1])
    with Locked():
        src = vm(source)
        check_vm_lock(src)
        template = src["config"].get("template") == "1"
        full = opts.get("full", "0" if template else "1") == "1"
        check_unused(newid)
        key = _disk_key(src["config"])
        base = src["config"].get(key, "").split(",")[0]
        if not full and not template:
            raise Die(f"Linked clone feature is not supported for drive '{key}'")
        config = {k: v for k, v in src["config"].items() if k not in ("template", "lock")}
        config["name"] = opts.get("name", f"Copy-of-VM-{src['config'].get('name', source)}")
        if "description" in opts:
            config["description"] = opts["description"]
        if key:
            config[key] = (f"{base}/vm-{newid}-disk-0,size={DISK_SIZE}" if not full
                           else f"{vm_volume(newid)},size={DISK_SIZE}")
        config["lock"] = "clone"
        put(newid, {"config": config, "status": "stopped"})
    print(f"create {'full' if full else 'linked'} clone of drive {key} ({base})")
    with Locked():
        if os.path.isdir(ct_tree(source)):
            shutil.copytree(ct_tree(source), ct_tree(newid), symlinks=True, dirs_exist_ok=True)
        if os.path.exists(disk_file(source)):
            shutil.copyfile(disk_file(source), disk_file(newid))
        new = vm(newid)
        new["config"].pop("lock", None)
        put(newid, new)


# -- power -----------------------------------------------------------------------------------------
def qm_start(args):
    vmid = vmid_arg(args[0] if args else "")
    with Locked():
        guest = vm(vmid)
        if guest["config"].get("template") == "1":
            raise Die("you can't start a vm if it's a template")
        check_vm_lock(guest)
        if guest["status"] == "running":
            raise Die(f"VM {vmid} already running")
        guest["status"] = "running"
        guest["pid"] = 40000 + vmid % 10000
        put(vmid, guest)


def qm_stop(args):
    positional, opts = options(args, booleans=("skiplock", "keepActive"))
    vmid = vmid_arg(positional[0] if positional else "")
    with Locked():
        guest = vm(vmid)
        guest["status"] = "stopped"           # qm stop of a stopped VM does nothing
        put(vmid, guest)


def qm_shutdown(args):
    positional, opts = options(args, booleans=("forceStop", "skiplock", "keepActive"))
    vmid = vmid_arg(positional[0] if positional else "")
    with Locked():
        guest = vm(vmid)
        if guest["status"] != "running":
            raise Die(f"VM {vmid} not running")
        guest["status"] = "stopped"
        put(vmid, guest)


def qm_destroy(args):
    positional, opts = options(args, booleans=("purge", "skiplock",
                                               "destroy-unreferenced-disks"))
    vmid = vmid_arg(positional[0] if positional else "")
    with Locked():
        guest = vm(vmid)
        if opts.get("skiplock") != "1":
            check_vm_lock(guest)
        if guest["status"] == "running":
            raise Die(f"VM {vmid} is running - destroy failed")
        if guest["config"].get("template") == "1":
            base = guest["config"].get(_disk_key(guest["config"]), "").split(",")[0]
            for other in vmids("qemu"):
                conf = vm(other)["config"]
                if other != vmid and conf.get(_disk_key(conf), "").startswith(base + "/"):
                    raise Die(f"base volume '{base}' is still in use by linked cloned")
        os.unlink(path("qemu", f"{vmid}.json"))
        if os.path.exists(disk_file(vmid)):
            os.unlink(disk_file(vmid))
        shutil.rmtree(ct_tree(vmid), ignore_errors=True)
        shutil.rmtree(path("snap", str(vmid)), ignore_errors=True)


def qm_set(args):
    positional, opts = options(args)
    vmid = vmid_arg(positional[0] if positional else "")
    with Locked():
        guest = vm(vmid)
        check_vm_lock(guest)
        deletes = [k for k in opts.pop("delete", "").split(",") if k]
        unknown_keys(set(opts) | set(deletes))
        if not opts and not deletes:
            raise Die("no options specified")
        for key in deletes:
            guest["config"].pop(key, None)
        guest["config"].update(opts)
        put(vmid, guest)


def qm_unlock(args):
    vmid = vmid_arg(args[0] if args else "")
    with Locked():
        guest = vm(vmid)
        guest["config"].pop("lock", None)
        put(vmid, guest)


# -- the guest agent ---------------------------------------------------------------------------
def _print_json(data):
    print(json.dumps(data, indent=3, sort_keys=True, separators=(",", " : ")))


def qm_guest(args):
    if args[:1] != ["exec"]:
        raise Die(f"test double: qm guest {' '.join(args[:1])} is not imitated")
    rest = args[1:]
    command = rest[rest.index("--") + 1:] if "--" in rest else []
    positional, opts = options(rest[:rest.index("--")] if "--" in rest else rest,
                               booleans=("pass-stdin", "synchronous"))
    vmid = vmid_arg(positional[0] if positional else "")
    command = positional[1:] + command
    guest = vm(vmid)
    if guest["status"] != "running":
        raise Die(f"VM {vmid} is not running")
    if guest["config"].get("agent", "0").split(",")[0] not in ("1", "enabled=1"):
        raise Die("No QEMU guest agent configured")
    if not command:
        raise Die("No command given")
    data = b""
    if opts.get("pass-stdin") == "1":
        data = sys.stdin.buffer.read(STDIN_MAX + 1)
        if len(data) > STDIN_MAX:
            raise Die("'input-data' too long - maximum of 1 MiB allowed")
    timeout = int(opts.get("timeout", "30"))
    out_file, err_file = (open(path(f".qga-{vmid}-{os.getpid()}.{n}"), "w+b")
                          for n in ("out", "err"))
    as_ct = {"config": {"hostname": guest["config"].get("name", f"VM{vmid}")}}
    child = subprocess.Popen(_sandboxed(vmid, as_ct, command), stdin=subprocess.PIPE,
                             stdout=out_file, stderr=err_file, start_new_session=True)
    child.stdin.write(data)
    child.stdin.close()
    try:
        code = child.wait(timeout=timeout or None)
    except subprocess.TimeoutExpired:
        for handle in (out_file, err_file):
            os.unlink(handle.name)
        _print_json({"pid": child.pid})       # the command goes on running in the "guest"
        return 0
    status = {"exited": 1}
    if code < 0:
        status["signal"] = -code
    else:
        status["exitcode"] = code
    for key, handle in (("out-data", out_file), ("err-data", err_file)):
        handle.seek(0)
        text = handle.read()
        handle.close()
        os.unlink(handle.name)
        if text:
            status[key] = text.decode("utf-8", "replace")
    _print_json(status)
    return 0


# -- vzdump of a VM, qmrestore ----------------------------------------------------------------
def vzdump_vm(vmid, storage, compress, opts):
    guest = vm(vmid)
    check_vm_lock(guest)
    stamp = time.strftime("%Y_%m_%d-%H_%M_%S")
    name = f"vzdump-qemu-{vmid}-{stamp}.vma{COMPRESS[compress][0]}"
    conf = guest["config"]
    text = "".join(f"#{quote_text(line)}\n" for line in conf.get("description", "").split("\n")
                   if conf.get("description"))
    text += "".join(f"{k}: {conf[k]}\n" for k in sorted(conf)
                    if k not in ("lock", "parent", "description"))
    log(f"INFO: starting new backup job: vzdump {vmid} --storage {storage}")
    log(f"INFO: Starting Backup of VM {vmid} (qemu)")
    log(f"INFO: creating vzdump archive '/var/lib/vz/dump/{name}'")
    tmp = os.path.join(dump_dir(), f"{name[:name.index('.vma')]}.vma.dat")
    with open(tmp, "wb") as out:
        packer = None
        if compress != "0":
            packer = subprocess.Popen(["zstd" if compress == "zstd" else "gzip", "-q", "-c"],
                                      stdin=subprocess.PIPE, stdout=out)
        with open(disk_file(vmid), "rb") as disk:
            vma_double.write(packer.stdin if packer else out, text.encode(), disk.read())
        if packer:
            packer.stdin.close()
            packer.wait()
    os.replace(tmp, os.path.join(dump_dir(), name))
    if opts.get("notes-template"):
        with open(os.path.join(dump_dir(), name + ".notes"), "w") as handle:
            handle.write(opts["notes-template"] + "\n")
    log(f"INFO: Finished Backup of VM {vmid} (00:00:01)")
    log("INFO: Backup job finished successfully")


def qmrestore(args):
    positional, opts = options(args, booleans=("force", "unique", "live-restore"))
    if len(positional) < 2:
        raise Die("400 not enough arguments\nqmrestore <archive> <vmid> [OPTIONS]")
    archive, vmid = positional[0], vmid_arg(positional[1])
    storage = opts.get("storage", "local-lvm")
    file = _archive_file(archive)
    if "vzdump-qemu-" not in file:
        raise Die(f"unable to restore VM {vmid} - wrong archive type")
    with Locked():
        kind = kind_of(vmid)
        if kind == "lxc":
            raise Die(f"unable to restore VM {vmid} - CT {vmid} already exists on node "
                      f"'{NODE}'")
        if kind == "qemu":
            if opts.get("force") != "1":
                raise Die(f"unable to restore VM {vmid} - VM {vmid} already exists on node "
                          f"'{NODE}'")
            if vm(vmid)["status"] == "running":
                raise Die(f"unable to restore VM {vmid} - VM is running")
        if "images" not in STORAGES.get(storage, ("", ""))[1]:
            raise Die(f"storage '{storage}' does not support vm images")
        data = open(file, "rb").read()
        if file.endswith((".zst", ".gz")):
            data = subprocess.run(["zstd" if file.endswith(".zst") else "gzip", "-q", "-d",
                                   "-c"], input=data, capture_output=True, check=True).stdout
        conf, disk = vma_double.read(data)
        with open(disk_file(vmid), "wb") as handle:
            handle.write(disk)
        config, description = {}, []
        for line in conf.decode().splitlines():
            if line.startswith("#"):
                description.append(line[1:])
            elif ": " in line:
                key, value = line.split(": ", 1)
                config[key] = value
        if description:
            from urllib.parse import unquote
            config["description"] = unquote("\n".join(description))
        config["virtio0"] = f"{vm_volume(vmid)},size={DISK_SIZE}"
        put(vmid, {"config": config, "status": "stopped"})
        for folder in PRIVATE_DIRS:
            os.makedirs(ct_tree(vmid) + folder, exist_ok=True)
    print(f"restore vma archive: vma extract -v -r /var/tmp/vzdumptmp.fifo - "
          f"/var/tmp/vzdumptmp{os.getpid()}")


def _snapshot_verb(fn):
    def run(args):
        positional = [a for a in args if not a.startswith("-")]
        if positional:
            check_vm_lock(vm(vmid_arg(positional[0])))
        return fn(args, kind="qemu")
    return run


QM = {"list": qm_list, "config": qm_config, "status": qm_status, "create": qm_create,
      "template": qm_template, "clone": qm_clone, "start": qm_start, "stop": qm_stop,
      "shutdown": qm_shutdown, "destroy": qm_destroy, "set": qm_set, "unlock": qm_unlock,
      "guest": qm_guest, "snapshot": _snapshot_verb(pct_snapshot),
      "rollback": _snapshot_verb(pct_rollback), "delsnapshot": _snapshot_verb(pct_delsnapshot)}


def qm(args):
    if not args or args[0] not in QM:
        raise Die(f"unknown command 'qm {' '.join(args[:1])}'\n"
                  "USAGE: qm <COMMAND> [ARGS] [OPTIONS]")
    return QM[args[0]](args[1:])
