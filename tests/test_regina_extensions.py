"""Regina's extensions that the conformance suite cannot compare with Regina itself: the
Error 43 for the extensions rexxlite leaves out (Regina would run them as commands or under
OPTIONS AREXX_BIFS), an external program of such a name still being found, and the data
queue's buffers as ``DataQueue`` keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from rexxlite.runtime.data_queue import NO_SUCH_BUFFER, DataQueue
from tests.rexx_run import run_rexx


@pytest.mark.parametrize("call, reason", [
    ("call fork", "duplicate the interpreter"),
    ("x = popen('ls')", "ADDRESS SYSTEM"),
    ("say trim('a ')", "OPTIONS AREXX_BIFS"),
    ("say b2c('01000001')", "OPTIONS AREXX_BIFS"),
    ("call rxqueue 'create'", "external (rxstack) queues"),
])
def test_a_left_out_extension_is_error_43_saying_so(call, reason):
    run = run_rexx(call)
    assert run.status == 256 - 43
    assert "Error 43.1: Could not find routine" in run.stderr
    assert "is a Regina extension that rexxlite does not provide" in run.stderr
    assert reason in run.stderr


def test_an_unknown_name_keeps_the_plain_error_43():
    run = run_rexx("call no_such_routine_here")
    assert run.stderr.splitlines()[-1] == \
        'Error 43.1: Could not find routine "NO_SUCH_ROUTINE_HERE"'


def test_an_external_program_named_like_a_left_out_extension_is_run(tmp_path: Path):
    (tmp_path / "trim.rexx").write_text("return strip(arg(1))\n")
    main = tmp_path / "main.rexx"
    main.write_text("say '[' || trim('  a  ') || ']'\n")
    run = run_rexx(main, cwd=tmp_path)
    assert (run.status, run.stdout) == (0, "[a]\n")


def test_buffers_keep_push_and_queue_inside_the_top_buffer():
    queue = DataQueue()
    queue.queue("low")
    assert queue.make_buffer() == 1
    queue.queue("q1")
    queue.push("p1")
    assert queue.queued() == 3
    assert [queue.pull() for _ in range(3)] == ["p1", "q1", "low"]


def test_dropbuf_counts_from_the_top_when_negative_and_refuses_a_missing_buffer():
    queue = DataQueue()
    queue.make_buffer()
    queue.make_buffer()
    queue.push("top")
    assert queue.drop_buffer(5) == NO_SUCH_BUFFER
    assert queue.drop_buffer(-1) == 1 and queue.queued() == 0
    queue.push("in 1")
    assert queue.drop_buffer(0) == 0 and queue.queued() == 0


def test_buftype_lists_each_buffer_top_first():
    queue = DataQueue()
    queue.push("one")
    queue.make_buffer()
    queue.queue("two")
    assert queue.listing() == ['==> Name: SESSION', '==> Lines: 2', '==> Buffer: 1', '"two"',
                               '==> Buffer: 0', '"one"', '==> End of Stack']
