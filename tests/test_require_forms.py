"""REQUIRE's JavaScript-era name forms all load the bundled PROXMOX plugin (issue 11), a .js
file is never run, and an unknown name is Error 43 saying that no such plugin exists."""

from __future__ import annotations

import pytest

from rexx_run import run_rexx
from rexxlite.commands.plugins import plugin_key

JS_ERA_FORMS = ("cwd:proxmox-address.js", "root:proxmox-address.js", "./proxmox-address.js",
                "cwd:any/path/proxmox-address.js", "proxmox-address", "proxmox",
                "cwd:extras/addresses/proxmox-address/proxmox-address.js", "CWD:Proxmox-Address.JS")

# What a .js file would do if anything executed it: as Python it fails, as a shell script it
# leaves a file behind. Neither may happen.
JS_SOURCE = "const fs = require('fs');\ntouch ran-as-shell\nraise SystemExit(7)\n"


@pytest.mark.parametrize("spec", JS_ERA_FORMS)
def test_plugin_key_of_js_era_names(spec):
    assert plugin_key(spec) == "PROXMOX"


@pytest.mark.parametrize("with_file", [False, True], ids=["no-file", "js-file-on-disk"])
@pytest.mark.parametrize("spec", JS_ERA_FORMS)
def test_require_js_era_form_names_proxmox(tmp_path, spec, with_file):
    (tmp_path / ".rexxroot").write_text("")
    if with_file:
        for folder in (tmp_path, tmp_path / "any" / "path"):
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "proxmox-address.js").write_text(JS_SOURCE)
    script = tmp_path / "js.rexx"
    script.write_text(f'REQUIRE "{spec}"\naddress proxmox "list_bases help"\n'
                      "say rc PROXMOX_OPERATION\nsay RESULT\n")
    done = run_rexx(script, cwd=tmp_path)
    assert done.stderr == "" and done.status == 0, (spec, done.stderr)
    assert done.stdout.splitlines()[0] == "0 help"
    assert done.stdout.splitlines()[1].startswith("list_bases - registered bases")
    assert not (tmp_path / "ran-as-shell").exists()


def test_require_nonesuch_says_no_such_plugin(tmp_path):
    script = tmp_path / "bad.rexx"
    script.write_text('say "before"\nREQUIRE "nonesuch"\nsay "after"\n')
    done = run_rexx(script)
    assert done.stdout == "before\n"
    lines = done.stderr.splitlines()
    assert lines[0] == '     2 +++ REQUIRE "nonesuch"'
    assert lines[1] == f'Error 43 running "{script}", line 2: no such ADDRESS plugin'
    assert lines[2].startswith('Error 43.1: cannot REQUIRE "nonesuch": no such ADDRESS plugin '
                               "(NONESUCH); available: ")
    assert "PROXMOX" in lines[2] and "Routine not found" not in done.stderr
    assert done.status == 256 - 43


def test_require_error_is_trappable_as_syntax(tmp_path):
    script = tmp_path / "trap.rexx"
    script.write_text('signal on syntax\nREQUIRE "other-address.js"\nexit 0\n'
                      "syntax: say rc condition('D')\nsay errortext(rc)\n")
    done = run_rexx(script)
    out = done.stdout.splitlines()
    assert out[0].startswith('43 Error 43.1: cannot REQUIRE "other-address.js": '
                             "no such ADDRESS plugin (OTHER)")
    assert out[1] == "Routine not found"           # ERRORTEXT(43) stays Rexx's text
