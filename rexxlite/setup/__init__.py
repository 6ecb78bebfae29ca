"""Setting a host up for ADDRESS PROXMOX's local engine: building its container templates.

``rexxlite-setup templates`` (or ``python3 -m rexxlite.setup templates``) builds, once and
cached in ``$REXXLITE_TEMPLATE_DIR`` (default /var/lib/vz/template/cache, ``local:vztmpl/``):

- ``rexxlite-busybox_1.0_amd64.tar.gz`` (``busybox_template.py``, under a second, from
  busybox-static), and
- ``debian-12-rexxlite_amd64.tar.zst`` (``debian_template.py``, 30-60 s, debootstrap minbase +
  python3, for rexxlite inside containers).

``command.py`` is the command line; ``progress.py`` the lines shown while building. The
scripts in the source tree (scripts/build-*.sh, build-busybox-template.py) call this package.
"""
