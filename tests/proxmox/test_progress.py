"""``execute progress=1``: a command's stdout and stderr lines appear as they come (real
containers), RESULT is still the whole output, WITH OUTPUT gets the lines once and the REPL
(in a real terminal) shows them live and does not repeat them."""

from __future__ import annotations

import shlex
import subprocess
import sys
import time

from rexxlite.plugin_api import CommandContext

# stdout, a second, stderr, a second, stdout: the lines' arrival times show the streaming
SLOW = "echo first$((1+1)); sleep 1; echo middle$((2+1)) >&2; sleep 1; echo last$((3+1))"


class TimedLines:
    """A stream that records when each line was written."""

    def __init__(self):
        self.lines: list[tuple[float, str]] = []
        self._part = ""

    def write(self, text: str) -> int:
        self._part += text
        while "\n" in self._part:
            line, self._part = self._part.split("\n", 1)
            self.lines.append((time.monotonic(), line))
        return len(text)

    def flush(self) -> None:
        pass


def _running(px) -> int:
    vmid = px.busybox()
    px.ok(f"start vmid={vmid}")
    return vmid


def test_execute_progress_streams_stdout_and_stderr_live(px):
    vmid = _running(px)
    out, err = TimedLines(), TimedLines()
    context = CommandContext(None, out, err, "PROXMOX")
    started = time.monotonic()
    result = px.env.execute(f'execute vmid={vmid} command="{SLOW}" progress=1', context)
    ended = time.monotonic()
    assert result.rc == 0 and result.output_shown is True
    assert [line for _, line in out.lines] == ["first2", "last4"]
    assert [line for _, line in err.lines] == ["middle3"]
    first, middle, last = out.lines[0][0], err.lines[0][0], out.lines[1][0]
    assert first - started < 1.5 and middle - first >= 0.8 and last - middle >= 0.8
    assert ended - last < 0.5
    assert result.output == "first2\nlast4"
    assert result.fields["stdout"] == "first2\nlast4" and result.fields["stderr"] == "middle3"


def test_without_progress_nothing_is_written_while_it_runs(px):
    vmid = _running(px)
    out, err = TimedLines(), TimedLines()
    result = px.env.execute(f"execute vmid={vmid} command='echo a; echo b >&2'",
                            CommandContext(None, out, err, "PROXMOX"))
    assert (out.lines, err.lines, result.output_shown) == ([], [], False)
    assert result.output == "a" and result.fields["stderr"] == "b"


def test_progress_through_a_script_with_output_redirected_once(px, tmp_path):
    vmid = _running(px)
    script = tmp_path / "p.rexx"
    script.write_text(
        "address proxmox\n"
        f"\"execute vmid={vmid} command='echo one; echo two >&2; echo three' progress=1\"\n"
        "say 'RESULT:' translate(result, ' ', '0a'x)\n"
        f"address proxmox \"execute vmid={vmid} command='echo x; echo y' progress=1\" "
        "with output stem o.\n"
        "say o.0 o.1 o.2\n")
    done = subprocess.run([sys.executable, "-m", "rexxlite", str(script)], capture_output=True,
                          text=True, timeout=120)
    assert done.stdout == "one\nthree\nRESULT: one three\n2 x y\n", done.stderr
    assert done.stderr == "two\n"


def test_the_repl_shows_progress_live_and_once(px, tmp_path):
    from test_repl_tmux import Pane
    vmid = _running(px)
    pane = Pane(tmp_path)
    try:
        pane.start(f"{shlex.quote(sys.executable)} -m rexxlite")
        pane.wait_for_text("rexx>")
        pane.type(f"address proxmox \"execute vmid={vmid} command='{SLOW}' progress=1\"")
        screen = pane.wait_for_text("first2")
        assert "last4" not in screen                  # shown before the command ended
        screen = pane.wait_for_text("last4")
        pane.wait_for_text("rexx>", 2)
        screen = pane.screen()
        assert screen.count("first2") == 1 and screen.count("last4") == 1
        assert screen.index("first2") < screen.index("middle3") < screen.index("last4")
    finally:
        pane.kill()


# -- create / clone progress=1: stage lines ---------------------------------------------------

def _stderr_of(px, command: str) -> tuple[list[str], object]:
    err = TimedLines()
    result = px.env.execute(command, CommandContext(None, TimedLines(), err, "PROXMOX"))
    assert result.rc == 0, result.output
    return [line for _, line in err.lines], result


def test_create_and_full_clone_show_their_stages(px, template_dir):
    from proxmox_helpers import BUSYBOX
    size = (template_dir / BUSYBOX).stat().st_size / 2**20
    lines, made = _stderr_of(px, f"create template=local:vztmpl/{BUSYBOX} progress=1")
    vmid = made.fields["vmid"]
    assert lines[:2] == [f"[proxmox] CT {vmid}: unpacking {BUSYBOX} ({size:.0f} MiB)",
                         f"[proxmox] CT {vmid}: unpacking 100% ({size:.0f} of {size:.0f} MiB)"]
    assert len(lines) == 3 and lines[2].startswith(f"[proxmox] CT {vmid}: unpacked in ")
    assert px.ok("list").fields["count"] == 1

    lines, cloned = _stderr_of(px, f"clone source={vmid} full=1 progress=1")
    new = cloned.fields["vmid"]
    assert lines[0] == f"[proxmox] CT {new}: copying the rootfs of CT {vmid} (full clone)"
    assert lines[1].startswith(f"[proxmox] CT {new}: copied in ") and len(lines) == 2

    quiet, _ = _stderr_of(px, f"create template=local:vztmpl/{BUSYBOX}")
    assert quiet == []                                      # no progress=1: nothing shown
    px.ok(f"template vmid={vmid}")
    linked, _ = _stderr_of(px, f"clone source={vmid} progress=1")
    assert linked == []                                     # a linked clone is instant


def test_an_unpack_meter_follows_the_tarball_through_real_tar(tmp_path):
    import os
    import tarfile
    from rexxlite.addresses.proxmox.engines import volumes
    from rexxlite.addresses.proxmox.engines.stages import Stages
    payload = tmp_path / "payload.bin"
    payload.write_bytes(os.urandom(5 * 2**20))
    tarball = tmp_path / "big.tar"
    with tarfile.open(tarball, "w") as tar:
        tar.add(payload, arcname="./payload.bin")
    dest = tmp_path / "out"
    dest.mkdir()
    said: list[str] = []
    volumes.extract(tarball, dest, Stages(said.append).meter("unpacking"))
    assert (dest / "payload.bin").read_bytes() == payload.read_bytes()
    assert [line.split(" (")[0] for line in said] == [
        "unpacking 25%", "unpacking 50%", "unpacking 75%", "unpacking 100%"]
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(b"not a tarball at all" * 1000)
    try:
        volumes.extract(broken, dest, Stages(said.append).meter("x"))
    except Exception as exc:
        assert type(exc).__name__ == "EngineError" and "extracting broken.tar.gz failed" in str(exc)
    else:
        raise AssertionError("a broken tarball was accepted")
