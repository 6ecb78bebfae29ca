"""vzdump backups and restore for the local engine (a mixin of ``LocalEngine``).

A VM's backup is a VMA archive, its restore a new VM (``local_vm_backup.py``).
``backup`` writes a real vzdump archive (``vzdump.py``) of a container to the dump directory
of storage ``local`` (``$REXXLITE_DUMP_DIR``, default ``/var/lib/vz/dump``, as on a Proxmox
node). Modes as vzdump's: ``stop`` stops a running container for the backup and starts it
again, ``suspend`` freezes it meanwhile, ``snapshot`` (the default) freezes it only while its
own layer is copied (``local_snapshots.freeze_copy``) and archives that copy. A linked clone's
tree is its layer merged over its template's (a read-only overlay mount at ``work/<vmid>``),
so its archive is complete, and restores as a full container, as in Proxmox. The container's
lock is ``backup`` meanwhile, with an intent (``local_recovery.py``); the archive appears by
one rename when complete, after its ``.log`` and ``.notes``.

``restore`` makes a new container from an archive (ours or one a Proxmox node made): the new
VMID is claimed with a ``create`` intent (a killed restore disappears, as a killed create),
the tar is unpacked into a new volume, and ``./etc/vzdump/pct.conf`` becomes its config
(checked option by option: ``vzdump.restore_options``).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from . import volumes, vzdump
from .base import (BackupInfo, BackupSpec, ContainerInfo, EngineError, RestoreSpec,
                   already_exists)
from .faults import fault
from .local_clone import now
from .local_recovery import Intent
from .local_snapshots import BACKUP_STAGING as STAGING
from .local_snapshots import BACKUP_VOLUME, freeze_copy, remove_tree
from .local_store import PveConfig
from .stages import Stages

DEFAULT_DUMP_DIR = "/var/lib/vz/dump"


class BackupOps:
    """backup / backups / restore / delete_backup; uses the engine's store, runtime, locks."""

    def _dump_dir(self, storage: str) -> Path:
        """``local``: ``$REXXLITE_DUMP_DIR`` or /var/lib/vz/dump; another storage: its dump/."""
        if storage != "local":
            return self._backup_dir(storage)                  # local_storages.py
        path = Path(os.environ.get("REXXLITE_DUMP_DIR") or DEFAULT_DUMP_DIR)
        path.mkdir(parents=True, exist_ok=True)
        return path

    # -- backup -----------------------------------------------------------------------------
    def backup(self, spec: BackupSpec) -> BackupInfo:
        self._ensure()
        if self.is_vm(spec.vmid):
            return self.backup_vm(spec)                       # local_vm_backup.py
        dump = self._dump_dir(spec.storage)
        vmid = spec.vmid
        started = time.time()
        with self._held(vmid, timeout=60) as conf:
            self._check_lock(conf)
            folder = self._folder(conf)
            frozen, staging = folder / BACKUP_VOLUME, folder / STAGING
            Intent("backup", [self._relative(p) for p in (frozen, staging,
                                                          self._merge_point(vmid))]
                   ).record(conf)
            self.store.write(vmid, conf)
            conf_text = vzdump.pct_conf(_without_intent(conf))
            try:
                return self._archive(spec, conf, conf_text, dump, started)
            finally:
                remove_tree(frozen, self._cow(conf))
                remove_tree(staging, False)
                Intent.clear(conf)
                self.store.write(vmid, conf)

    def _archive(self, spec: BackupSpec, conf: PveConfig, conf_text: str, dump: Path,
                 started: float) -> BackupInfo:
        vmid = spec.vmid
        volume = volumes.parse_volid(conf.get("rootfs"))
        own = self._volume_path(volume)
        lower = self._parent_path(volume)
        running = self._running(vmid)
        restart = False
        folder = own.parent
        stages = Stages(self.progress)
        if running and spec.mode == "stop":
            stages.say(f"CT {vmid}: stopping for the backup (mode stop)")
            if not self.runtime.stop(vmid, kill=False, timeout=60):
                self.runtime.stop(vmid, kill=True)
            restart = True
        elif running and spec.mode == "snapshot":
            with self._frozen(vmid):
                freeze_copy(own, folder / BACKUP_VOLUME, self._cow(conf))
            own = folder / BACKUP_VOLUME
        fault("backup:prepared")
        name = vzdump.archive_name(vmid, time.time(), spec.compress)
        while os.path.lexists(dump / name):       # one a second: the next second's name
            time.sleep(0.2)
            name = vzdump.archive_name(vmid, time.time(), spec.compress)
        tmp = dump / vzdump.temp_name(name)
        suspended = running and spec.mode == "suspend"
        try:
            if suspended:
                self.runtime.freeze(vmid)
            layers = [own] if lower is None else [own, lower]
            stages.say(f"CT {vmid}: creating vzdump archive '{dump / name}'")
            with volumes.merged_view(layers, self._merge_point(vmid)) as tree:
                written = vzdump.write_archive(tree, folder / STAGING, conf_text, tmp,
                                               spec.compress,
                                               stages.meter(f"CT {vmid}: archived"))
            fault("backup:written")
            size = tmp.stat().st_size
            seconds = time.time() - started
            self._beside(dump, vzdump.log_name(name), vzdump.log_lines(
                vmid, name, spec.mode, spec.compress, written, size, seconds, started))
            if spec.notes:
                self._beside(dump, vzdump.notes_name(name), spec.notes + "\n")
            os.rename(tmp, dump / name)
            stages.say(f"CT {vmid}: archive of {size / 2**20:.1f} MiB in {stages.elapsed()}")
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise
        finally:
            if suspended:
                self.runtime.unfreeze(vmid)
            if restart:
                self._launch(vmid, conf)
        return next(b for b in vzdump.listing(dump, spec.storage, vmid)
                    if b.volid.endswith("/" + name))

    @staticmethod
    def _beside(dump: Path, name: str, text: str) -> None:
        tmp = dump / vzdump.temp_name(name)
        tmp.write_text(text)
        os.replace(tmp, dump / name)

    # -- listing and deleting ---------------------------------------------------------------
    def backups(self, storage: str = "local", vmid: int | None = None) -> list[BackupInfo]:
        self._ensure()
        dump = self._dump_dir(storage)
        self.store.sweep_temp_files(extra=[dump])
        return vzdump.listing(dump, storage, vmid)

    def _archive_path(self, archive: str) -> Path:
        if archive.startswith("/"):
            return Path(archive)
        storage, _, rest = archive.partition(":")
        path = self._dump_dir(storage) / rest.partition("/")[2]
        if not path.is_file():
            raise EngineError(f"volume '{archive}' does not exist")
        return path

    def delete_backup(self, volid: str) -> None:
        self._ensure()
        path = self._archive_path(volid)
        for name in (vzdump.notes_name(path.name), vzdump.log_name(path.name)):
            try:
                os.unlink(path.with_name(name))
            except FileNotFoundError:
                pass
        os.unlink(path)

    # -- restore ----------------------------------------------------------------------------
    def restore(self, spec: RestoreSpec) -> ContainerInfo:
        self._ensure()
        folder = self._images(spec.storage)          # Proxmox's words for a storage unfit
        archive = self._archive_path(spec.archive)
        if vzdump.archive_kind(archive.name) == "qemu":
            return self.restore_vm(spec, archive)             # local_vm_backup.py
        vmid = spec.vmid
        if self.store.exists(vmid):
            if not spec.force:
                raise EngineError(f"unable to restore CT {vmid} - {already_exists(vmid)}")
            self.destroy(vmid)

        def new_config(new_vmid: int) -> PveConfig:
            conf = PveConfig(options={"arch": "amd64", "ostype": "unmanaged"},
                             meta={"created": now(), "restored-from": archive.name})
            Intent("restore", [self._relative(folder / str(new_vmid))]).record(conf)
            return conf

        with self.store.reserve(vmid, new_config, self.max_containers):
            try:
                return self._unpack(spec, archive)
            except BaseException:
                self._discard(vmid)
                raise

    def _unpack(self, spec: RestoreSpec, archive: Path) -> ContainerInfo:
        vmid = spec.vmid
        conf = self.store.read(vmid)
        volume, path = self._unpack_volume(vmid, spec.storage, archive,
                                           vzdump.tar_flags(archive.name))
        fault("restore:extracted")
        restored = vzdump.read_restored_conf(path)
        options, dropped = vzdump.restore_options(restored)
        if spec.hostname:
            options["hostname"] = spec.hostname
            volumes.set_hostname(path, spec.hostname, previous=restored.get("hostname"))
        options.setdefault("hostname", f"CT{vmid}")
        if options.get("template") == "1":        # a template's backup restores as one
            base = volumes.Volume(volume.storage, vmid, base=True)
            os.rename(path, self._volume_path(base))
            volume, options["template"] = base, "1"
        options["rootfs"] = f"{volume.volid},size=0T"
        conf.options.update(options)
        conf.description = restored.description
        if dropped:
            conf.meta["restore-dropped"] = " ".join(dropped)
        Intent.clear(conf)
        self.store.write(vmid, conf)
        return self._info(vmid, conf, False)


def _without_intent(conf: PveConfig) -> PveConfig:
    copy = PveConfig(dict(conf.options), conf.description, dict(conf.meta), conf.trailer)
    Intent.clear(copy)
    return copy
