"""The pct double's own VMA codec (TEST DOUBLE code, written from pve-qemu's vma_spec.txt and
kept apart from rexxlite's vma.py, so the pct engine's tests exercise two implementations that
must agree): one config file, one device, every cluster listed, the disk held in memory (the
double's disks are a few MiB)."""

import hashlib
import os
import struct

CLUSTER, BLOCK = 65536, 4096


def write(out, conf, disk):
    """A VMA of ``conf`` (qemu-server.conf's bytes) and ``disk`` (bytes) to stream ``out``."""
    blobs = bytearray(b"\0")

    def blob(data):
        blobs.extend(struct.pack("<H", len(data)) + data)
        return len(blobs) - len(data) - 2
    name_at, conf_at, dev_at = blob(b"qemu-server.conf\0"), blob(conf), blob(b"drive-virtio0\0")
    size = (len(blobs) + 511) // 512 * 512
    head = bytearray(12288 + size)
    uid = os.urandom(16)
    head[0:8] = b"VMA\0" + struct.pack(">I", 1)
    head[8:32] = uid + struct.pack(">Q", 0)
    head[48:60] = struct.pack(">III", 12288, size, len(head))
    head[2044:2048], head[3068:3072] = struct.pack(">I", name_at), struct.pack(">I", conf_at)
    head[4128:4144] = struct.pack(">IIQ", dev_at, 0, len(disk))
    head[12288:12288 + len(blobs)] = blobs
    head[32:48] = hashlib.md5(head).digest()
    out.write(bytes(head))
    clusters = range((len(disk) + CLUSTER - 1) // CLUSTER)
    for first in range(0, len(clusters), 59):
        ext, body = bytearray(512), bytearray()
        for i, number in enumerate(clusters[first:first + 59]):
            mask = 0
            for b in range(16):
                block = disk[number * CLUSTER + b * BLOCK:][:BLOCK].ljust(BLOCK, b"\0")
                if any(block):
                    mask |= 1 << b
                    body += block
            ext[40 + 8 * i:48 + 8 * i] = struct.pack(">HBBI", mask, 0, 1, number)
        ext[0:4], ext[6:24] = b"VMAE", struct.pack(">H", len(body) // BLOCK) + uid
        ext[24:40] = hashlib.md5(ext).digest()
        out.write(bytes(ext) + bytes(body))


def read(data):
    """(qemu-server.conf's bytes, the first device's bytes) of a whole VMA ``data``."""
    if data[:4] != b"VMA\0":
        raise ValueError("not a VMA archive")
    blob_at, blob_size, header_size = struct.unpack(">III", data[48:60])
    blobs = data[blob_at:blob_at + blob_size]

    def blob(at):
        return blobs[at + 2:at + 2 + blobs[at] + (blobs[at + 1] << 8)]
    conf = b""
    for i in range(256):
        name_at, = struct.unpack(">I", data[2044 + 4 * i:2048 + 4 * i])
        if name_at and blob(name_at) == b"qemu-server.conf\0":
            conf = blob(struct.unpack(">I", data[3068 + 4 * i:3072 + 4 * i])[0])
    size = struct.unpack(">Q", data[4136:4144])[0]
    disk, at = bytearray(size), header_size
    while at < len(data):
        ext = data[at:at + 512]
        at += 512
        for i in range(59):
            mask, _, dev, number = struct.unpack(">HBBI", ext[40 + 8 * i:48 + 8 * i])
            for b in range(16):
                if dev and mask & (1 << b):
                    offset = number * CLUSTER + b * BLOCK
                    disk[offset:offset + BLOCK] = data[at:at + BLOCK][:max(0, size - offset)]
                    at += BLOCK
    return conf, bytes(disk[:size])
