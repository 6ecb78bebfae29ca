#!/usr/bin/env python3
"""TEST DOUBLE of Proxmox VE's command-line tools: pct, pveversion, pvesh, pvesm, pveam, vzdump.

This is NOT Proxmox. It stands in for a Proxmox node's CLI so the pct engine of rexxlite can be
tested on a machine without Proxmox. It imitates what the real tools print and how they exit,
as pve-container's src/PVE/CLI/pct.pm and the Proxmox VE documentation describe them:

- ``pct list`` prints nothing when there are no containers, else the header
  ``VMID       Status     Lock         Name`` and rows in ``%-10s %-10s %-12s %-20s``;
- ``pct config`` prints sorted ``key: value`` lines, the description URI-escaped (encode_text);
- a failure prints Proxmox's message on stderr and exits 255 (die / ``exit(-1)`` after a
  failed task); ``pct exec`` needs ``--`` before a command that has options, exits with the
  command's status, and fails like lxc-attach (exit 1) when the container is not running;
- ``pveversion`` prints ``pve-manager/8.2.4/faa83925c9641325 (running kernel: 6.8.8-2-pve)``;
  there is no ``pct --version``;
- ``pct snapshot/rollback/delsnapshot`` keep Proxmox's rules and words (a template cannot be
  snapshotted, rollback stops the CT, children are re-parented); ``pvesh get`` of
  ``/nodes/N/lxc/V/snapshot`` and ``/nodes/N/storage/S/content`` prints the API's JSON
  (``current`` with "You are here!"); ``vzdump`` writes a real tar (``./etc/vzdump/pct.conf``
  first) of the container's trees to $FAKE_PCT_STATE/dump, which ``pct restore`` reads back
  and ``pvesm free`` deletes with its .notes and .log.

State lives in the directory named by $FAKE_PCT_STATE (one JSON file per container under lxc/,
template files under vztmpl/, per-container file trees under rootfs/). The node name is
$FAKE_PCT_NODE (default pve). $FAKE_PCT_CLONE_SECS makes a clone hold the source's
"disk" lock that long, to reproduce the race of two clones of one template.

``pct exec`` runs the command on this host. As root it runs in private mount and UTS
namespaces with the container's hostname and the container's own /root, /tmp, /usr/local,
/opt, /srv and /home (``pct push`` writes into those too); a clone starts with a copy of its
source's trees. That is enough to check copy-on-write isolation from a script; it is not a
container.
"""

import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import time
from urllib.parse import quote

STATE = os.environ.get("FAKE_PCT_STATE") or sys.exit("FAKE_PCT_STATE is not set (test double)")
NODE = os.environ.get("FAKE_PCT_NODE", "pve")
PRIVATE_DIRS = ("/root", "/tmp", "/usr/local", "/opt", "/srv", "/home")
STORAGES = {"local": ("dir", "iso,vztmpl,backup"), "local-lvm": ("lvmthin", "rootdir,images")}
CT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
KNOWN_KEYS = {"hostname", "memory", "swap", "cores", "tags", "description", "net0", "onboot",
              "ostype", "arch", "unprivileged", "rootfs", "cpulimit", "nameserver", "features"}


class Die(Exception):
    """What Proxmox's die() does on the command line: the message on stderr, exit 255."""


# -- state -----------------------------------------------------------------------------------
def path(*parts):
    return os.path.join(STATE, *parts)


class Locked:
    def __enter__(self):
        os.makedirs(path("lxc"), exist_ok=True)
        self.fd = os.open(path(".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def __exit__(self, *exc):
        os.close(self.fd)


# a guest's kind: its state folder, its config folder on a node, the word in messages
KINDS = {"lxc": ("lxc", "lxc", "CT"), "qemu": ("qemu", "qemu-server", "VM")}


def vmids(kind="lxc"):
    try:
        return sorted(int(n[:-5]) for n in os.listdir(path(KINDS[kind][0]))
                      if n.endswith(".json"))
    except FileNotFoundError:
        return []


def kind_of(vmid):
    """lxc / qemu for a VMID in use, None for a free one (one VMID space)."""
    for kind, (folder, _, _) in KINDS.items():
        if os.path.exists(path(folder, f"{vmid}.json")):
            return kind
    return None


def check_unused(vmid):
    """pve-cluster's check_vmid_unused: the word is the kind of the guest that has it."""
    kind = kind_of(vmid)
    if kind is not None:
        raise Die(f"{KINDS[kind][2]} {vmid} already exists on node '{NODE}'")


def load(vmid, must=True, kind="lxc"):
    try:
        with open(path(KINDS[kind][0], f"{vmid}.json")) as handle:
            return json.load(handle)
    except FileNotFoundError:
        if must:
            raise Die(f"Configuration file 'nodes/{NODE}/{KINDS[kind][1]}/{vmid}.conf' does "
                      "not exist")
        return None


def save(vmid, ct, kind="lxc"):
    os.makedirs(path(KINDS[kind][0]), exist_ok=True)
    tmp = path(KINDS[kind][0], f".{vmid}.tmp")
    with open(tmp, "w") as handle:
        json.dump(ct, handle)
    os.replace(tmp, path(KINDS[kind][0], f"{vmid}.json"))


def check_lock(ct, allow=()):
    lock = ct["config"].get("lock")
    if lock and lock not in allow:
        raise Die(f"CT is locked ({lock})")


def vmid_arg(text):
    if not re.fullmatch(r"\d+", text or "") or not 100 <= int(text) <= 999999999:
        raise Die("400 Parameter verification failed.\nvmid: invalid format - value does not "
                  "look like a valid VM ID\n")
    return int(text)


def options(args, booleans=()):
    """PVE CLI options: --key value (or -key value); a boolean may stand alone."""
    positional, opts, i = [], {}, 0
    while i < len(args):
        word = args[i]
        if word.startswith("-") and len(word) > 1 and not word.lstrip("-").isdigit():
            key = word.lstrip("-")
            if key in booleans and (i + 1 == len(args) or args[i + 1].startswith("-")):
                opts[key] = "1"
                i += 1
                continue
            if i + 1 == len(args):
                raise Die(f"400 unable to parse option\nmissing value for option '{key}'")
            opts[key] = args[i + 1]
            i += 2
        else:
            positional.append(word)
            i += 1
    return positional, opts


def ct_tree(vmid):
    return path("rootfs", str(vmid))


def volume(vmid, base=False, storage="local-lvm"):
    return f"{storage}:{'base' if base else 'vm'}-{vmid}-disk-0"


# -- pct commands ----------------------------------------------------------------------------
def pct_list(args):
    rows = []
    for vmid in vmids():
        ct = load(vmid)
        rows.append((vmid, ct["status"], ct["config"].get("lock", ""),
                     ct["config"].get("hostname", f"CT{vmid}")))
    if not rows:
        return
    fmt = "%-10s %-10s %-12s %-20s\n"
    sys.stdout.write(fmt % ("VMID", "Status", "Lock", "Name"))
    for row in rows:
        sys.stdout.write(fmt % row)


def pct_config(args):
    ct = load(vmid_arg(args[0] if args else ""))
    for key in sorted(ct["config"]):
        value = str(ct["config"][key])
        if key == "description":
            value = quote(value, safe="".join(chr(c) for c in range(0x20, 0x7F) if c != 0x3A))
        print(f"{key}: {value}")


def pct_status(args):
    ct = load(vmid_arg(args[0] if args else ""))
    print(f"status: {ct['status']}")


def pct_create(args):
    positional, opts = options(args, booleans=("start", "unprivileged"))
    if len(positional) < 2:
        raise Die("400 not enough arguments\npct create <vmid> <ostemplate> [OPTIONS]")
    vmid, ostemplate = vmid_arg(positional[0]), positional[1]
    storage = opts.pop("storage", "local")
    with Locked():
        check_unused(vmid)
        if storage not in STORAGES:
            raise Die(f"storage '{storage}' does not exist")
        if "rootdir" not in STORAGES[storage][1]:
            raise Die(f"400 Parameter verification failed.\nstorage: storage '{storage}' does "
                      "not support container directories")
        sid, _, volname = ostemplate.partition(":")
        if not os.path.isfile(path("vztmpl", volname.partition("/")[2])) or sid != "local":
            raise Die(f"unable to create CT {vmid} - volume '{ostemplate}' does not exist")
        unknown = set(opts) - KNOWN_KEYS
        if unknown:
            raise Die(f"400 Parameter verification failed.\n{sorted(unknown)[0]}: property "
                      "is not defined in schema and the schema does not allow additional "
                      "properties")
        name = volname.rsplit("/", 1)[-1]
        config = {"arch": "amd64", "hostname": f"CT{vmid}", "memory": "512", "swap": "512",
                  "ostype": name.split("-")[0] if "-" in name else "unmanaged",
                  "rootfs": f"{volume(vmid)},size=4G", "unprivileged": "1"}
        config.update(opts)
        save(vmid, {"config": config, "status": "stopped"})
        for folder in PRIVATE_DIRS:
            os.makedirs(ct_tree(vmid) + folder, exist_ok=True)
    print(f"extracting archive '/var/lib/vz/template/cache/{name}'")
    print("Total bytes read: 1048576 (1.0MiB, 10MiB/s)")
    print("Detected container architecture: amd64")


def pct_template(args):
    vmid = vmid_arg(args[0] if args else "")
    with Locked():
        ct = load(vmid)
        check_lock(ct)
        if ct["config"].get("template") == "1":
            raise Die("you can't convert a template to a template")
        if ct["status"] == "running":
            raise Die("you can't convert a CT to template if the CT is running")
        if ct.get("snapshots"):
            raise Die("unable to create template, because CT contains snapshots")
        ct["config"]["template"] = "1"
        ct["config"]["rootfs"] = f"{volume(vmid, base=True)},size=4G"
        save(vmid, ct)


def pct_clone(args):
    positional, opts = options(args, booleans=("full",))
    if len(positional) < 2:
        raise Die("400 not enough arguments\npct clone <vmid> <newid> [OPTIONS]")
    source, newid = vmid_arg(positional[0]), vmid_arg(positional[1])
    with Locked():
        src = load(source)
        check_lock(src)
        template = src["config"].get("template") == "1"
        full = opts.get("full", "0" if template else "1") == "1"
        check_unused(newid)
        rootfs = src["config"]["rootfs"].split(",")[0]
        storage = opts.get("storage")
        if storage is not None and not full:
            raise Die("parameter 'storage' not allowed for linked clones")
        if storage is not None and storage not in STORAGES:
            raise Die(f"storage '{storage}' does not exist")
        if storage is not None and "rootdir" not in STORAGES[storage][1]:
            raise Die(f"storage '{storage}' does not support container directories")
        if not full and not template:
            raise Die(f"Linked clone feature for '{rootfs}' is not available")
        if full and src["status"] == "running":
            raise Die("Full clone of a running container is only possible from a snapshot")
        src["config"]["lock"] = "disk"
        save(source, src)
        config = {k: v for k, v in src["config"].items() if k not in ("template", "lock")}
        config.update({"lock": "create", "rootfs": (
            f"{rootfs}/vm-{newid}-disk-0,size=4G" if not full else
            f"{volume(newid, storage=storage or rootfs.split(':')[0])},size=4G")})
        for key in ("hostname", "description"):
            if key in opts:
                config[key] = opts[key]
        save(newid, {"config": config, "status": "stopped"})
    print(f"create {'full' if full else 'linked'} clone of mountpoint rootfs ({rootfs})")
    time.sleep(float(os.environ.get("FAKE_PCT_CLONE_SECS", "0")))
    with Locked():
        if os.path.isdir(ct_tree(source)):
            shutil.copytree(ct_tree(source), ct_tree(newid), symlinks=True, dirs_exist_ok=True)
        new = load(newid)
        new["config"].pop("lock", None)
        save(newid, new)
        src = load(source)
        src["config"].pop("lock", None)
        save(source, src)


def pct_start(args):
    vmid = vmid_arg(args[0] if args else "")
    with Locked():
        ct = load(vmid)
        if ct["status"] == "running":
            raise Die(f"CT {vmid} already running")
        if ct["config"].get("template") == "1":
            raise Die("you can't start a CT if it's a template")
        check_lock(ct, allow=("mounted",))
        ct["status"] = "running"
        save(vmid, ct)


def pct_stop(args):
    positional, opts = options(args, booleans=("forceStop", "skiplock"))
    vmid = vmid_arg(positional[0] if positional else "")
    with Locked():
        ct = load(vmid)
        if ct["status"] != "running":
            raise Die(f"CT {vmid} not running")
        ct["status"] = "stopped"
        save(vmid, ct)


pct_shutdown = pct_stop


def pct_destroy(args):
    positional, opts = options(args, booleans=("force", "purge"))
    vmid = vmid_arg(positional[0] if positional else "")
    with Locked():
        ct = load(vmid)
        check_lock(ct)
        if ct["status"] == "running":
            if opts.get("force") != "1":
                raise Die(f"unable to destroy CT {vmid} - container is running")
            print(f"forced to stop CT {vmid} before destroying!")
        base = ct["config"]["rootfs"].split(",")[0]
        if ct["config"].get("template") == "1":
            for other in vmids():
                if other != vmid and load(other)["config"]["rootfs"].startswith(base + "/"):
                    raise Die(f"base volume '{base}' is still in use by linked cloned")
        os.unlink(path("lxc", f"{vmid}.json"))
        shutil.rmtree(ct_tree(vmid), ignore_errors=True)


def pct_set(args):
    positional, opts = options(args)
    vmid = vmid_arg(positional[0] if positional else "")
    with Locked():
        ct = load(vmid)
        check_lock(ct)
        deletes = [k for k in opts.pop("delete", "").split(",") if k]
        unknown = (set(opts) | set(deletes)) - KNOWN_KEYS
        if unknown:
            raise Die(f"400 Parameter verification failed.\n{sorted(unknown)[0]}: property is "
                      "not defined in schema and the schema does not allow additional properties")
        if not opts and not deletes:
            raise Die("no options specified")
        for key in deletes:
            ct["config"].pop(key, None)
        ct["config"].update(opts)
        save(vmid, ct)


def pct_unlock(args):
    vmid = vmid_arg(args[0] if args else "")
    with Locked():
        ct = load(vmid)
        ct["config"].pop("lock", None)
        save(vmid, ct)


def _sandboxed(vmid, ct, argv):
    """argv to run a command 'in' the container (see the module docstring)."""
    env_argv = ["env", "-i", f"PATH={CT_PATH}", "HOME=/root", "TERM=dumb", "LANG=C.UTF-8"]
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return env_argv + argv
    tree = ct_tree(vmid)
    # bind the directory holding the state last, so the other sources are still reachable
    order = sorted(PRIVATE_DIRS, key=lambda d: tree.startswith(d + "/"))
    binds = " && ".join(f'mkdir -p "$R{d}" && mount --bind "$R{d}" {d}' for d in order)
    setup = f'hostname "$H" && {binds} && cd /root && exec "$@"'
    return ["unshare", "--mount", "--uts", "env", f"R={tree}",
            f"H={ct['config'].get('hostname', f'CT{vmid}')}", "sh", "-c", setup, "sh",
            *env_argv, *argv]


def pct_exec(args):
    if not args:
        raise Die("400 not enough arguments\npct exec <vmid> [<extra-args>]")
    vmid = vmid_arg(args[0])
    rest = args[1:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    else:
        for word in rest:
            if word.startswith("-"):
                raise Die(f"Unknown option: {word.lstrip('-')}\n400 unable to parse option\n"
                          "pct exec <vmid> [<extra-args>]")
    ct = load(vmid)
    if not rest:
        raise Die("missing command")
    if ct["status"] != "running":
        sys.stderr.write(f"lxc-attach: {vmid}: ../src/lxc/attach.c: lxc_attach: 1136 "
                         "Failed to get init pid\n")
        return 1
    return subprocess.run(_sandboxed(vmid, ct, rest)).returncode


def pct_push(args):
    positional, opts = options(args)
    if len(positional) < 3:
        raise Die("400 not enough arguments\npct push <vmid> <file> <destination> [OPTIONS]")
    vmid, source, dest = vmid_arg(positional[0]), positional[1], positional[2]
    ct = load(vmid)
    if ct["status"] != "running":
        raise Die("can only push files to a running CT")
    if not os.path.isfile(source):
        raise Die(f"failed to open {source} for reading")
    if not any(dest == d or dest.startswith(d + "/") for d in PRIVATE_DIRS):
        raise Die(f"test double: pct push only writes under {', '.join(PRIVATE_DIRS)}")
    target = ct_tree(vmid) + dest
    if not os.path.isdir(os.path.dirname(target)):
        raise Die(f"failed to create file: {dest}: No such file or directory")
    shutil.copyfile(source, target)
    os.chmod(target, int(opts.get("perms", "644"), 8))


# -- snapshots (pct snapshot / rollback / delsnapshot; the API's snapshot list) --------------
TOOL = {"lxc": "pct", "qemu": "qm"}
SNAP_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,39}")


def snap_tree(vmid, name):
    return path("snap", str(vmid), name)


def pct_snapshot(args, kind="lxc"):
    positional, opts = options(args, booleans=("vmstate",))
    if len(positional) < 2:
        raise Die(f"400 not enough arguments\n{TOOL[kind]} snapshot <vmid> <snapname> "
                  "[OPTIONS]")
    vmid, name = vmid_arg(positional[0]), positional[1]
    if not SNAP_NAME.fullmatch(name):
        raise Die("400 Parameter verification failed.\nsnapname: invalid format - invalid "
                  "configuration ID")
    with Locked():
        ct = load(vmid, kind=kind)
        check_lock(ct)
        if ct["config"].get("template") == "1":
            raise Die("you can't take a snapshot if it's a template")
        snaps = ct.setdefault("snapshots", {})
        if name in snaps or name == "current":
            raise Die(f"snapshot name '{name}' already used")
        if os.path.isdir(ct_tree(vmid)):
            shutil.copytree(ct_tree(vmid), snap_tree(vmid, name), symlinks=True)
        config = {k: v for k, v in ct["config"].items() if k not in ("lock", "parent")}
        snaps[name] = {"config": config, "snaptime": int(time.time()),
                       "description": opts.get("description", ""),
                       "parent": ct["config"].get("parent", "")}
        ct["config"]["parent"] = name
        save(vmid, ct, kind)


def _snapshot_of(ct, name):
    snap = ct.get("snapshots", {}).get(name)
    if snap is None:
        raise Die(f"snapshot '{name}' does not exist")
    return snap


def pct_rollback(args, kind="lxc"):
    positional, opts = options(args, booleans=("start",))
    if len(positional) < 2:
        raise Die(f"400 not enough arguments\n{TOOL[kind]} rollback <vmid> <snapname> "
                  "[OPTIONS]")
    vmid, name = vmid_arg(positional[0]), positional[1]
    with Locked():
        ct = load(vmid, kind=kind)
        check_lock(ct)
        snap = _snapshot_of(ct, name)
        ct["status"] = "stopped"                 # rollback stops a running CT first
        shutil.rmtree(ct_tree(vmid), ignore_errors=True)
        if os.path.isdir(snap_tree(vmid, name)):
            shutil.copytree(snap_tree(vmid, name), ct_tree(vmid), symlinks=True)
        ct["config"] = {**snap["config"], "parent": name}
        if opts.get("start") == "1":
            ct["status"] = "running"
        save(vmid, ct, kind)


def pct_delsnapshot(args, kind="lxc"):
    positional, opts = options(args, booleans=("force",))
    if len(positional) < 2:
        raise Die(f"400 not enough arguments\n{TOOL[kind]} delsnapshot <vmid> <snapname> "
                  "[OPTIONS]")
    vmid, name = vmid_arg(positional[0]), positional[1]
    with Locked():
        ct = load(vmid, kind=kind)
        check_lock(ct)
        snap = _snapshot_of(ct, name)
        del ct["snapshots"][name]
        for holder in [*ct["snapshots"].values(), ct["config"]]:
            if holder.get("parent") == name:
                holder["parent"] = snap.get("parent", "")
                if not holder["parent"]:
                    del holder["parent"]
        shutil.rmtree(snap_tree(vmid, name), ignore_errors=True)
        save(vmid, ct, kind)


def snapshot_list(vmid, kind="lxc"):
    ct = load(vmid, kind=kind)
    found = [{"name": n, "parent": s.get("parent", ""), "description": s["description"],
              "snaptime": s["snaptime"]} for n, s in ct.get("snapshots", {}).items()]
    for entry in found:
        if not entry["parent"]:
            del entry["parent"]
    current = {"name": "current", "description": "You are here!",
               "running": int(ct["status"] == "running")}
    if ct["config"].get("parent"):
        current["parent"] = ct["config"]["parent"]
    return found + [current]


# -- vzdump, backup content, pct restore, pvesm free ---------------------------------------
DUMP_NAME = re.compile(r"vzdump-(lxc|qemu)-(\d+)-(\d{4}_\d\d_\d\d-\d\d_\d\d_\d\d)\."
                       r"((?:tar|vma)(?:\.zst|\.gz)?)")
COMPRESS = {"zstd": (".zst", "--zstd"), "gzip": (".gz", "-z"), "0": ("", None)}


def dump_dir():
    os.makedirs(path("dump"), exist_ok=True)
    return path("dump")


def log(line):
    """vzdump's log lines: on stderr, as it prints them on a node (and into its .log)."""
    print(line, file=sys.stderr, flush=True)


def vzdump(args):
    positional, opts = options(args)
    if not positional:
        raise Die("400 not enough arguments\nvzdump <vmid> [OPTIONS]")
    vmid = vmid_arg(positional[0])
    storage = opts.get("storage", "local")
    if storage not in STORAGES:
        raise Die(f"storage '{storage}' does not exist")
    if "backup" not in STORAGES[storage][1]:
        raise Die(f"could not get storage information for '{storage}': storage '{storage}' "
                  "does not support backups")
    compress = opts.get("compress", "0")
    if compress not in COMPRESS:
        raise Die(f"test double: vzdump --compress {compress} is not imitated")
    if kind_of(vmid) == "qemu":
        from qm_double import vzdump_vm
        return vzdump_vm(vmid, storage, compress, opts)
    ct = load(vmid)
    check_lock(ct)
    stamp = time.strftime("%Y_%m_%d-%H_%M_%S")
    name = f"vzdump-lxc-{vmid}-{stamp}.tar{COMPRESS[compress][0]}"
    staging = path("staging", str(vmid))
    shutil.rmtree(staging, ignore_errors=True)
    os.makedirs(os.path.join(staging, "etc", "vzdump"))
    with open(os.path.join(staging, "etc", "vzdump", "pct.conf"), "w") as handle:
        for key in sorted(ct["config"]):
            if key not in ("lock", "parent", "description"):
                handle.write(f"{key}: {ct['config'][key]}\n")
    tree = ct_tree(vmid)
    os.makedirs(tree, exist_ok=True)
    log(f"INFO: starting new backup job: vzdump {vmid} --storage {storage}")
    log(f"INFO: Starting Backup of VM {vmid} (lxc)")
    log(f"INFO: creating vzdump archive '/var/lib/vz/dump/{name}'")
    tmp = os.path.join(dump_dir(), f"{name[:name.index('.tar')]}.tar.dat")
    flag = COMPRESS[compress][1]
    subprocess.run(["tar", "-c", *([flag] if flag else []), "-f", tmp, "--numeric-owner",
                    "-C", staging, "./etc/vzdump/pct.conf", "-C", tree, "."], check=True)
    os.replace(tmp, os.path.join(dump_dir(), name))
    if opts.get("notes-template"):
        with open(os.path.join(dump_dir(), name + ".notes"), "w") as handle:
            handle.write(opts["notes-template"] + "\n")
    log(f"INFO: Finished Backup of VM {vmid} (00:00:01)")
    log("INFO: Backup job finished successfully")


def backup_content(storage):
    if storage not in STORAGES:
        raise Die(f"storage '{storage}' does not exist")
    found = []
    for name in sorted(os.listdir(dump_dir())):
        match = DUMP_NAME.fullmatch(name)
        if not match:
            continue
        entry = {"volid": f"{storage}:backup/{name}", "content": "backup",
                 "format": match[4], "vmid": int(match[2]), "subtype": match[1],
                 "size": os.path.getsize(os.path.join(dump_dir(), name)),
                 "ctime": int(time.mktime(time.strptime(match[3], "%Y_%m_%d-%H_%M_%S")))}
        notes = os.path.join(dump_dir(), name + ".notes")
        if os.path.exists(notes):
            entry["notes"] = open(notes).read().rstrip("\n")
        found.append(entry)
    return found


def _archive_file(volid):
    storage, _, rest = volid.partition(":")
    name = rest.partition("/")[2]
    file = os.path.join(dump_dir(), name)
    if storage != "local" or not DUMP_NAME.fullmatch(name) or not os.path.isfile(file):
        raise Die(f"volume '{volid}' does not exist")
    return file


def pct_restore(args):
    positional, opts = options(args, booleans=("force", "unique"))
    if len(positional) < 2:
        raise Die("400 not enough arguments\npct restore <vmid> <ostemplate> [OPTIONS]")
    vmid, archive = vmid_arg(positional[0]), positional[1]
    storage = opts.get("storage", "local")
    file = _archive_file(archive)
    with Locked():
        if kind_of(vmid) == "qemu":
            raise Die(f"unable to restore CT {vmid} - VM {vmid} already exists on node "
                      f"'{NODE}'")
        old = load(vmid, must=False)
        if old is not None:
            if opts.get("force") != "1":
                raise Die(f"unable to restore CT {vmid} - CT {vmid} already exists on node "
                          f"'{NODE}'")
            if old["status"] == "running":
                raise Die(f"unable to restore CT {vmid} - CT is running")
            shutil.rmtree(ct_tree(vmid), ignore_errors=True)
        if "rootdir" not in STORAGES.get(storage, ("", ""))[1]:
            raise Die(f"storage '{storage}' does not support container directories")
        text = subprocess.run(["tar", "-xOf", file, "./etc/vzdump/pct.conf"],
                              capture_output=True, text=True).stdout
        config = dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)
        config["rootfs"] = f"{volume(vmid)},size=4G"
        if "hostname" in opts:
            config["hostname"] = opts["hostname"]
        os.makedirs(ct_tree(vmid), exist_ok=True)
        subprocess.run(["tar", "-xf", file, "-C", ct_tree(vmid), "--exclude=./etc/vzdump"],
                       check=True)
        save(vmid, {"config": config, "status": "stopped"})
    print(f"extracting archive '{file}'")


def pvesm_free(volid):
    file = _archive_file(volid)
    os.unlink(file)
    stem = file[:file.index(".vma")] if ".vma" in file else file[:file.index(".tar")]
    for extra in (file + ".notes", stem + ".log"):
        if os.path.exists(extra):
            os.unlink(extra)
    print(f"Removed volume '{volid}'")


# -- the other tools -------------------------------------------------------------------------
def pveversion(args):
    print("pve-manager/8.2.4/faa83925c9641325 (running kernel: 6.8.8-2-pve)")


def cluster_resources(kind_filter):
    """GET /cluster/resources --type vm: both kinds of guest, as the API lists them."""
    if kind_filter not in (None, "vm"):
        raise Die(f"test double: /cluster/resources --type {kind_filter} is not imitated")
    rows = []
    for kind in KINDS:
        for vmid in vmids(kind):
            guest = load(vmid, kind=kind)
            conf = guest["config"]
            rows.append({"id": f"{kind}/{vmid}", "type": kind, "vmid": vmid, "node": NODE,
                         "name": conf.get("name" if kind == "qemu" else "hostname",
                                          f"{KINDS[kind][2]}{vmid}"),
                         "status": guest["status"], "template": int(conf.get("template", 0)),
                         "maxmem": int(conf.get("memory", 512)) * 2**20,
                         **({"tags": conf["tags"]} if conf.get("tags") else {}),
                         **({"lock": conf["lock"]} if conf.get("lock") else {})})
    return sorted(rows, key=lambda r: r["vmid"])


def pvesh(args):
    positional, opts = options(args)
    where = positional[1] if len(positional) > 1 else ""
    snap = re.fullmatch(rf"/nodes/{NODE}/(lxc|qemu)/(\d+)/snapshot", where)
    content = re.fullmatch(rf"/nodes/{NODE}/storage/([a-z][a-z0-9_.-]*)/content", where)
    if positional[:1] == ["get"] and (snap or content or where == "/cluster/resources"):
        if opts.get("output-format") != "json":
            raise Die("test double: pvesh get is imitated with --output-format json only")
        if snap:
            print(json.dumps(snapshot_list(vmid_arg(snap[2]), snap[1])))
        elif content:
            print(json.dumps(backup_content(content[1])))
        else:
            print(json.dumps(cluster_resources(opts.get("type"))))
        return
    if args[:2] != ["get", "/cluster/nextid"]:
        raise Die(f"test double: pvesh {' '.join(args)} is not imitated")
    taken = set(vmids("lxc")) | set(vmids("qemu"))
    print(next(v for v in range(100, 1000000) if v not in taken))


def pvesm(args):
    positional, opts = options(args)
    if positional[:1] == ["free"] and len(positional) == 2:
        return pvesm_free(positional[1])
    if positional[:1] != ["status"]:
        raise Die(f"test double: pvesm {' '.join(args)} is not imitated")
    print(f"{'Name':<16}{'Type':>8}{'Status':>12}{'Total':>14}{'Used':>14}{'Available':>14}"
          f"{'%':>8}")
    for name, (kind, content) in STORAGES.items():
        if opts.get("content") and opts["content"] not in content.split(","):
            continue
        print(f"{name:<16}{kind:>8}{'active':>12}{100597760:>14}{8306336:>14}{87129356:>14}"
              f"{'8.26%':>8}")


def pveam(args):
    if args[:1] != ["list"] or len(args) < 2:
        raise Die(f"test double: pveam {' '.join(args)} is not imitated")
    if args[1] != "local":
        raise Die(f"storage '{args[1]}' does not exist")
    print(f"{'NAME':<60} {'SIZE'}")
    try:
        names = sorted(os.listdir(path("vztmpl")))
    except FileNotFoundError:
        names = []
    for name in names:
        print(f"{'local:vztmpl/' + name:<60} {'120.29MB'}")


PCT = {"list": pct_list, "config": pct_config, "status": pct_status, "create": pct_create,
       "template": pct_template, "clone": pct_clone, "start": pct_start, "stop": pct_stop,
       "shutdown": pct_shutdown, "destroy": pct_destroy, "set": pct_set, "unlock": pct_unlock,
       "exec": pct_exec, "push": pct_push, "snapshot": pct_snapshot, "rollback": pct_rollback,
       "delsnapshot": pct_delsnapshot, "restore": pct_restore}
TOOLS = {"pveversion": pveversion, "pvesh": pvesh, "pvesm": pvesm, "pveam": pveam,
         "vzdump": vzdump}


def main(argv):
    tool = os.path.basename(argv[0])
    try:
        if tool in ("qm", "qmrestore"):
            from qm_double import qm, qmrestore
            return (qm if tool == "qm" else qmrestore)(argv[1:]) or 0
        if tool in TOOLS:
            TOOLS[tool](argv[1:])
            return 0
        if len(argv) < 2 or argv[1] not in PCT:
            raise Die(f"unknown command 'pct {' '.join(argv[1:2])}'\n"
                      "USAGE: pct <COMMAND> [ARGS] [OPTIONS]")
        return PCT[argv[1]](argv[2:]) or 0
    except Die as exc:
        sys.stdout.flush()
        sys.stderr.write(str(exc).rstrip("\n") + "\n")
        return 255


if __name__ == "__main__":
    sys.exit(main(sys.argv))
