"""The VMA format (Proxmox's Virtual Machine Archive, pve-qemu's vma_spec.txt): write and read.

A ``vzdump-qemu-*.vma`` is one header, then extents, every number big-endian:

- the header (``header_size`` bytes, a multiple of 512): ``VMA\\0``, version 1, the archive's
  uuid, ctime, an MD5 of the whole header (computed with its own 16 bytes zeroed), the blob
  buffer's offset (12288) and size, ``config_names[256]`` / ``config_data[256]`` at 2044 and
  3068 (offsets into the blob buffer: ``qemu-server.conf`` and its text), and at 4096
  ``dev_info[256]`` of 32 bytes (name offset, size in bytes; index = ``dev_id``, from 1). The
  blob buffer starts with one unused byte (offset 0 means "none"); each blob is a 2-byte size
  (little-endian, as qemu's vma-writer.c stores it) then its bytes, a name with its NUL;
- extents: a 512-byte header (``VMAE``, the number of 4 KiB blocks that follow, the uuid,
  an MD5 of the header with its field zeroed, ``blockinfo[59]``: a 16-bit mask of the
  non-zero 4 KiB blocks of a 64 KiB cluster, the dev_id, the cluster number), then the
  non-zero blocks of those clusters in order. Every cluster of a device is listed once, a zero
  cluster with mask 0 and no data, so a reader can tell a complete archive.

``write_archive`` streams a device image (a raw file; its holes are read as zero clusters
without reading them) into a writable binary stream; ``read_archive`` checks every checksum
and hands each non-zero block to a callback. Errors are ``EngineError``.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
# (annotations only: no ``typing`` at run time)

from .base import EngineError

MAGIC, EXTENT_MAGIC, VERSION = b"VMA\0", b"VMAE", 1
BLOCK, CLUSTER = 4096, 65536
BLOCKS_PER_CLUSTER = CLUSTER // BLOCK
CLUSTERS_PER_EXTENT = 59
EXTENT_HEADER = 512
FIXED_HEADER = 12288                      # up to the blob buffer
MAX_CONFIGS = MAX_DEVICES = 256
ZERO_BLOCK = bytes(BLOCK)
CONFIG_NAME = "qemu-server.conf"


@dataclass
class VmaHeader:
    uuid: bytes
    ctime: int
    configs: dict[str, bytes] = field(default_factory=dict)       # name -> data
    devices: dict[int, tuple[str, int]] = field(default_factory=dict)   # dev_id -> name, size


def _md5(data) -> bytes:
    """The MD5 digest VMA keeps in its headers (``hashlib`` imported here: only a VM backup
    or restore reads or writes one, and loading the engine need not)."""
    import hashlib
    return hashlib.md5(data).digest()


def _round_up(size: int, unit: int = 512) -> int:
    return (size + unit - 1) // unit * unit


# -- the header -------------------------------------------------------------------------------
def header_bytes(header: VmaHeader) -> bytes:
    if len(header.configs) > MAX_CONFIGS or len(header.devices) >= MAX_DEVICES:
        raise EngineError("VMA: too many configuration files or devices")
    blobs = bytearray(b"\0")

    def blob(data: bytes) -> int:
        if len(data) > 0xFFFF:
            raise EngineError(f"VMA: a blob of {len(data)} bytes is more than 65535")
        offset = len(blobs)
        blobs.extend(struct.pack("<H", len(data)) + data)
        return offset

    names, datas = [0] * MAX_CONFIGS, [0] * MAX_CONFIGS
    for i, (name, data) in enumerate(header.configs.items()):
        names[i], datas[i] = blob(name.encode() + b"\0"), blob(data)
    dev_info = bytearray(32 * MAX_DEVICES)
    for dev_id, (name, size) in header.devices.items():
        struct.pack_into(">IIQQQ", dev_info, 32 * dev_id, blob(name.encode() + b"\0"), 0,
                         size, 0, 0)
    blob_size = _round_up(len(blobs))
    out = bytearray(FIXED_HEADER + blob_size)
    out[0:4] = MAGIC
    struct.pack_into(">I16sQ", out, 4, VERSION, header.uuid, header.ctime)
    struct.pack_into(">III", out, 48, FIXED_HEADER, blob_size, len(out))
    struct.pack_into(">256I", out, 2044, *names)
    struct.pack_into(">256I", out, 3068, *datas)
    out[4096:FIXED_HEADER] = dev_info
    out[FIXED_HEADER:FIXED_HEADER + len(blobs)] = blobs
    out[32:48] = _md5(out)
    return bytes(out)


def _read_exactly(stream: BinaryIO, size: int, what: str) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            raise EngineError(f"VMA: the archive ends inside {what}")
        data.extend(chunk)
    return bytes(data)


def _checked_md5(data: bytes, at: int, what: str) -> None:
    zeroed = bytearray(data)
    zeroed[at:at + 16] = bytes(16)
    if _md5(zeroed) != data[at:at + 16]:
        raise EngineError(f"VMA: wrong checksum of {what}")


def read_header(stream: BinaryIO) -> VmaHeader:
    head = _read_exactly(stream, FIXED_HEADER, "its header")
    if head[0:4] != MAGIC:
        raise EngineError("not a VMA archive (no VMA magic)")
    version, uid, ctime = struct.unpack_from(">I16sQ", head, 4)
    if version != VERSION:
        raise EngineError(f"VMA: version {version} is not supported")
    blob_offset, blob_size, header_size = struct.unpack_from(">III", head, 48)
    if header_size < FIXED_HEADER or blob_offset + blob_size > header_size:
        raise EngineError("VMA: the header sizes do not add up")
    whole = head + _read_exactly(stream, header_size - FIXED_HEADER, "its header")
    _checked_md5(whole, 32, "the header")
    blobs = whole[blob_offset:blob_offset + blob_size]

    def blob(offset: int) -> bytes:
        if not 0 < offset < len(blobs) - 1:
            raise EngineError("VMA: a blob offset lies outside the blob buffer")
        size = blobs[offset] | blobs[offset + 1] << 8
        if offset + 2 + size > len(blobs):
            raise EngineError("VMA: a blob runs past the blob buffer")
        return blobs[offset + 2:offset + 2 + size]

    def text(offset: int) -> str:
        data = blob(offset)
        if not data.endswith(b"\0"):
            raise EngineError("VMA: a name is not NUL-terminated")
        return data[:-1].decode("utf-8", "replace")

    header = VmaHeader(uid, ctime)
    names = struct.unpack_from(">256I", whole, 2044)
    datas = struct.unpack_from(">256I", whole, 3068)
    for name_at, data_at in zip(names, datas):
        if name_at:
            header.configs[text(name_at)] = blob(data_at)
    for dev_id in range(1, MAX_DEVICES):
        name_at, _, size, _, _ = struct.unpack_from(">IIQQQ", whole, 4096 + 32 * dev_id)
        if name_at:
            header.devices[dev_id] = (text(name_at), size)
    return header


# -- extents ----------------------------------------------------------------------------------
Cluster = tuple[int, int, bytes | None]          # dev_id, cluster number, 64 KiB (None: zero)


def extent_bytes(uid: bytes, clusters: list[Cluster]) -> bytes:
    head = bytearray(EXTENT_HEADER)
    head[0:4] = EXTENT_MAGIC
    data = bytearray()
    for i, (dev_id, number, chunk) in enumerate(clusters):
        mask = 0
        if chunk is not None:
            for b in range(BLOCKS_PER_CLUSTER):
                block = chunk[b * BLOCK:(b + 1) * BLOCK]
                if block != ZERO_BLOCK:
                    mask |= 1 << b
                    data.extend(block)
        struct.pack_into(">HBBI", head, 40 + 8 * i, mask, 0, dev_id, number)
    struct.pack_into(">H16s", head, 6, len(data) // BLOCK, uid)
    head[24:40] = _md5(head)
    return bytes(head) + bytes(data)


def image_clusters(dev_id: int, fd: int, size: int) -> Iterator[Cluster]:
    """Every cluster of the raw image open as ``fd`` (``size`` bytes): the holes of a sparse
    file are zero clusters, found with SEEK_DATA and never read."""
    clusters = (size + CLUSTER - 1) // CLUSTER
    number = 0
    while number < clusters:
        try:
            data_at = os.lseek(fd, number * CLUSTER, os.SEEK_DATA)
        except OSError:                            # ENXIO: only a hole is left
            data_at = size
        first_data = min(data_at // CLUSTER, clusters)
        while number < first_data:
            yield dev_id, number, None
            number += 1
        if number >= clusters:
            break
        chunk = os.pread(fd, CLUSTER, number * CLUSTER)
        yield dev_id, number, chunk.ljust(CLUSTER, b"\0")
        number += 1


def write_archive(out: BinaryIO, configs: dict[str, bytes], devices: list[tuple[str, str]],
                  ctime: int, on_progress: Callable[[int, int], None] | None = None) -> int:
    """A complete VMA of ``devices`` (name, raw image path) with ``configs`` to ``out``; the
    bytes of device data it holds (non-zero blocks)."""
    import uuid                     # (here: only writing an archive needs one)
    uid = uuid.uuid4().bytes
    opened = [(name, os.open(path, os.O_RDONLY)) for name, path in devices]
    try:
        sizes = [os.fstat(fd).st_size for _, fd in opened]
        header = VmaHeader(uid, ctime, dict(configs),
                           {i + 1: (name, size) for i, ((name, _), size)
                            in enumerate(zip(opened, sizes))})
        out.write(header_bytes(header))
        total, stored, done = sum(sizes), 0, 0
        for dev_id, ((_, fd), size) in enumerate(zip(opened, sizes), start=1):
            for batch in _batches(image_clusters(dev_id, fd, size)):
                extent = extent_bytes(uid, batch)
                out.write(extent)
                stored += len(extent) - EXTENT_HEADER
                done += CLUSTER * len(batch)
                if on_progress:
                    on_progress(min(done, total), total)
        return stored
    finally:
        for _, fd in opened:
            os.close(fd)


def _batches(clusters: Iterable[Cluster]) -> Iterator[list[Cluster]]:
    batch: list[Cluster] = []
    for cluster in clusters:
        batch.append(cluster)
        if len(batch) == CLUSTERS_PER_EXTENT:
            yield batch
            batch = []
    if batch:
        yield batch


def read_archive(stream: BinaryIO, on_block: Callable[[int, int, bytes], None]) -> VmaHeader:
    """Read a whole VMA from ``stream``: its header, and each non-zero 4 KiB block given to
    ``on_block(dev_id, offset, data)`` (cut at the device's size)."""
    header = read_header(stream)
    read_extents(stream, header, on_block)
    return header


def read_extents(stream: BinaryIO, header: VmaHeader,
                 on_block: Callable[[int, int, bytes], None]) -> None:
    """The extents after ``header`` (see ``read_archive``). Refused: a wrong magic or
    checksum, an unknown dev_id, a cluster past its device, a cluster that is missing."""
    seen = {dev_id: bytearray((size + CLUSTER - 1) // CLUSTER)
            for dev_id, (_, size) in header.devices.items()}
    while True:
        head = stream.read(EXTENT_HEADER)
        if not head:
            break
        if len(head) < EXTENT_HEADER:
            head += _read_exactly(stream, EXTENT_HEADER - len(head), "an extent header")
        if head[0:4] != EXTENT_MAGIC:
            raise EngineError("VMA: an extent without its VMAE magic")
        blocks, uid = struct.unpack_from(">H16s", head, 6)
        if uid != header.uuid:
            raise EngineError("VMA: an extent of another archive (uuid)")
        _checked_md5(head, 24, "an extent header")
        read = 0
        for i in range(CLUSTERS_PER_EXTENT):
            mask, _, dev_id, number = struct.unpack_from(">HBBI", head, 40 + 8 * i)
            if dev_id == 0:
                continue
            if dev_id not in seen or number >= len(seen[dev_id]):
                raise EngineError(f"VMA: cluster {number} of unknown device {dev_id}")
            seen[dev_id][number] = 1
            size = header.devices[dev_id][1]
            for b in range(BLOCKS_PER_CLUSTER):
                if mask & (1 << b):
                    read += 1
                    if read > blocks:
                        raise EngineError("VMA: an extent holds more blocks than it says")
                    data = _read_exactly(stream, BLOCK, "an extent's data")
                    offset = number * CLUSTER + b * BLOCK
                    if offset < size:
                        on_block(dev_id, offset, data[:size - offset])
        if read != blocks:
            raise EngineError("VMA: an extent holds fewer blocks than it says")
    for dev_id, marks in seen.items():
        if not all(marks):
            raise EngineError(f"VMA: the archive is incomplete (device "
                              f"{header.devices[dev_id][0]} misses clusters)")
