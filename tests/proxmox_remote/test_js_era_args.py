"""JavaScript-era parameters checked at the boundary, no engine needed: timeout= units (the
JavaScript handler meant milliseconds, Proxmox seconds), bare flags, progress_callback=."""

from __future__ import annotations

import pytest

from rexxlite.addresses.proxmox.commands import check_args
from rexxlite.addresses.proxmox.validate import InvalidValue, timeout
from rexxlite.plugin_api import CommandSyntaxError, parse_command


@pytest.mark.parametrize("text, seconds", [
    ("30", 30), ("999", 999), ("1000", 1), ("30000", 30), ("60000", 60), ("1.5", 1.5),
    ("500ms", 0.5), ("1500MS", 1.5), ("30s", 30), ("2m", 120), ("1h", 3600), ("24h", 86400),
    ("2000s", 2000), ("90000ms", 90)])
def test_timeout_units(text, seconds):
    assert timeout(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["0", "0ms", "86401s", "25h", "-5", "1e3", "30 s", "5x", ""])
def test_timeout_refusals_name_the_forms(text):
    with pytest.raises(InvalidValue, match=r"timeout: value .* (is not a duration|out of range)"):
        timeout(text)


def test_bare_word_is_a_true_flag_only_for_a_flag_parameter():
    verb, raw = parse_command("remove vmid=101 force", flags=True)
    assert check_args(verb, raw) == {"vmid": 101, "force": True}
    with pytest.raises(CommandSyntaxError, match="command= needs a value"):
        check_args(*parse_command("execute vmid=101 command", flags=True))
    with pytest.raises(CommandSyntaxError, match="expected key=value"):
        parse_command("remove vmid=101 force")          # without flags=True: as before
    with pytest.raises(CommandSyntaxError, match="expected key=value"):
        parse_command("remove vmid=101 'force'", flags=True)   # a quoted word is no flag


def test_progress_callback_is_progress():
    args = check_args(*parse_command("execute_rexx vmid=101 script=x progress_callback=true"))
    assert args["progress"] is True and "progress_callback" not in args
    with pytest.raises(CommandSyntaxError, match="not both"):
        check_args(*parse_command("execute_rexx vmid=101 script=x progress=1 "
                                  "progress_callback=true"))


def test_register_base_vmid_is_optional():
    assert check_args("register_base", {"name": "web"}) == {"name": "web"}
