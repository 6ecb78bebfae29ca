"""Activations of called routines (``Frame.call``): every slot set, what is inherited from
the caller, and what is the routine's own."""

from __future__ import annotations

from rexxlite.runtime.activation import Frame, Settings, Trap
from rexxlite.runtime.code import Code

OWN = {"interp", "code", "parent", "cl", "loops", "args", "calltype", "proc_ok", "name",
       "depth", "inherited"}


def _caller() -> Frame:
    main = Frame(object(), Code("main.rexx", []))
    main.vars["X"] = "1"
    main.set_numeric(20, 2, "ENGINEERING")
    main.own_traps()["SYNTAX"] = Trap("SIGNAL", "ERR")
    main.env, main.env_prev = "PATH", "SYSTEM"
    main.trace, main.tracing = "R", 3
    main.elapsed_start, main.source = 12.5, ("SUBROUTINE", "/x.rexx")
    main.strict_ansi = main.strict_white_space = True
    main.delayed = frozenset({"ERROR"})
    main.cond, main.loops, main.depth = "cond", 2, 4
    return main


def test_every_slot_of_a_called_routine_is_set():
    new = _caller().call(Code("r", []), ["a"], "FUNCTION", "R")
    for slot in Frame.__slots__:
        getattr(new, slot)          # AttributeError when call() forgot one


def test_a_called_routine_inherits_the_rest_of_its_callers_state():
    caller = _caller()
    code = Code("r", [])
    new = caller.call(code, ["a"], "FUNCTION", "R")
    for slot in set(Frame.__slots__) - OWN:
        assert getattr(new, slot) is getattr(caller, slot), slot
    assert (new.interp, new.code, new.parent, new.cl, new.loops) == (caller.interp, code,
                                                                    caller, None, 0)
    assert (new.args, new.calltype, new.proc_ok, new.name) == (["a"], "FUNCTION", True, "R")
    assert new.depth == caller.depth + caller.loops + 1


def test_traps_are_shared_until_the_routine_changes_one():
    caller = _caller()
    new = caller.call(caller.code, [], "SUBROUTINE", None)
    assert new.traps is caller.traps
    new.own_traps()["HALT"] = Trap("CALL", "H")
    assert "HALT" not in caller.traps and "SYNTAX" in new.traps


def test_every_setting_is_inherited():
    caller = _caller()
    new = caller.call(caller.code, [], "SUBROUTINE", None)
    for name in Settings.__slots__:
        assert getattr(new, name) is getattr(caller, name), name
    assert new.settings is caller.settings


def test_settings_are_shared_until_the_routine_changes_one():
    caller = _caller()
    new = caller.call(caller.code, [], "SUBROUTINE", None)
    new.env = "COMMAND"
    new.set_numeric(20, 5, "ENGINEERING")
    assert new.settings is not caller.settings and new.traps is not caller.traps
    assert (caller.env, caller.fuzz) == ("PATH", 2)
    assert (new.env, new.env_prev, new.fuzz, new.trace) == ("COMMAND", "SYSTEM", 5, "R")
    assert new.traps == caller.traps
    again = new.call(new.code, [], "SUBROUTINE", None)
    again.strict_ansi = False
    assert new.strict_ansi is True and again.strict_ansi is False


def test_numeric_digits_alone_does_not_copy_the_settings():
    caller = _caller()
    new = caller.call(caller.code, [], "SUBROUTINE", None)
    new.set_numeric(30, caller.fuzz, caller.form)
    assert new.settings is caller.settings and caller.digits == 20
