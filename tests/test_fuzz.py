"""Fuzzing the whole interpreter: random token soups and mutated conformance programs must end
normally or with a Rexx error, never with a Python traceback or an internal error (Error 49,
which is how the runner reports a Python exception it caught)."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CORPUS = sorted((Path(__file__).resolve().parent / "conformance" / "core").glob("*.rexx"))

TOKENS = [
    "say", "do", "end", "if", "then", "else", "select", "when", "otherwise", "call", "return",
    "exit", "parse", "arg", "pull", "var", "value", "with", "signal", "on", "off", "interpret",
    "numeric", "digits", "fuzz", "form", "drop", "procedure", "expose", "leave", "iterate",
    "queue", "push", "nop", "trace", "address", "to", "by", "for", "while", "until", "forever",
    "x", "y", "a.", "a.i", "b.1.j", "i", "lbl:", "=", "==", "+", "-", "*", "/", "%", "//", "**",
    "||", "&", "|", "&&", "\\", "<", ">", "<=", ">=", "\\=", "(", ")", ",", ";", "\n", ".",
    "'str'", '"q""q"', "'41'x", "'0101'b", "1", "0", "1.5", "1e3", "-7", "/* c */",
    "substr(", "length(", "word(", "format(", "d2x(", "max(", "abs(", "value(", "symbol(",
    "'ls /nonexistent'", "rc", "sigl", "result", "error", "syntax", "novalue",
]

# Keep the fuzz cases away from the host: no command may do anything.
PRELUDE = "address NOWHERE\n"


def run(source: str) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run([sys.executable, "-m", "rexxlite", "-"], input=PRELUDE + source,
                              capture_output=True, text=True, errors="replace", timeout=5)
    except subprocess.TimeoutExpired:
        return None  # a program may loop forever; that is not a crash


def assert_rexx_outcome(source: str) -> None:
    done = run(source)
    if done is None:
        return
    assert "Traceback" not in done.stderr, (source, done.stderr)
    assert "Error 49" not in done.stderr, (source, done.stderr)
    assert 0 <= done.returncode <= 255


FAST = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=25))
def test_token_soup(tokens):
    assert_rexx_outcome(" ".join(tokens))


def mutate(text: str, seed: int) -> str:
    """Delete, duplicate or swap a few random lines and characters of a program."""
    rng = random.Random(seed)
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        action = rng.choice(["drop", "dup", "swap", "chars"])
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif lines[i]:
            k = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:k] + rng.choice("()'\",;=+.x ") + lines[i][k + 1:]
    return "\n".join(lines) + "\n"


@FAST
@given(st.sampled_from(CORPUS), st.integers(min_value=0, max_value=10**6))
def test_mutated_conformance_programs(program, seed):
    assert_rexx_outcome(mutate(program.read_bytes().decode("utf-8", "surrogateescape"), seed))
