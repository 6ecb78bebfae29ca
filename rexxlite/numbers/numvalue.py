"""Arithmetic results kept in numeric form between operations, and fast ``+`` / ``-`` on them.

Whole numbers within NUMERIC DIGITS are Python ints (see ``compile_expr``). Any other result of
``+`` or ``-`` (a fraction, or a number shown in exponential notation such as ``5.00000500E+11``)
is a ``Num``: the sign, the digits as an int and Regina's exponent (the value is
``0.<digits> * 10**exp``, as ``arith`` holds numbers), plus the NUMERIC DIGITS and FORM in force
when it was made. Its text, what the program sees, is made only when something asks for it
(``str()``), so a loop such as ``s = s + i`` beyond DIGITS never formats or parses text. A number of more
than ``arith.LONG_DIGITS`` digits in text stays text and is added by ``arith`` (an int's
conversions from and to text are quadratic in its length).

The digits of a ``Num`` are canonical: exactly those ``arith.scan`` finds in its text (a plain
whole number gets its trailing zeros), so using the ``Num`` or its text in a later operation
gives the same result. ``add`` follows ``arith.add`` step by step (each operand cut to DIGITS+1
digits aligned on the larger, one rounding half up, leading zeros of a cancellation counting
towards the DIGITS kept), on ints instead of digit strings.
"""

from __future__ import annotations

from rexxlite.numbers.arith import (LONG_DIGITS, MAX_EXPONENT, binary, compare_numbers,
                                    normalise, remember_scan, scan)
from rexxlite.numbers.ten_powers import P10, P10_LIST, SMALL_POWERS, digit_count, ten_power
from rexxlite.errors import RexxError


class Num:
    """A non-integer (or exponential) arithmetic result; ``str()`` gives its Rexx text."""
    __slots__ = ("neg", "c", "n", "exp", "digits", "form", "_text")

    def __init__(self, neg: bool, c: int, n: int, exp: int, digits: int, form: str):
        self.neg = neg          # sign
        self.c = c              # the digits as an int (trailing zeros kept: 3.00 is 300)
        self.n = n              # how many digits (len(str(c)))
        self.exp = exp          # value = 0.<digits> * 10**exp
        self.digits = digits    # NUMERIC DIGITS and FORM the text is made with
        self.form = form
        self._text = None

    def __str__(self) -> str:
        t = self._text
        if t is None:
            exp = self.exp
            n = self.n
            if -6 < exp < n and n <= self.digits and self.c:
                # the commonest: a plain fraction with all its digits (``normalise``'s text
                # without its steps), remembered as below
                dig = str(self.c)
                if exp > 0:
                    t = dig[:exp] + "." + dig[exp:]
                else:
                    t = "0." + "0" * -exp + dig if exp else "0." + dig
                if self.neg:
                    t = "-" + t
                self._text = t
                if len(t) <= _REMEMBERED_LENGTH:
                    remember_scan(t, (self.neg, dig, exp))
                    if len(_TEXT_PARTS) >= _TEXT_PARTS_SIZE:
                        _TEXT_PARTS.clear()
                    _TEXT_PARTS[t] = (self.neg, self.c, n, exp)
                return t
            num = (self.neg, str(self.c), self.exp)
            t = self._text = normalise(num, self.digits, self.form)
            if self.n <= self.digits and len(t) <= _REMEMBERED_LENGTH and (
                    self.form == "SCIENTIFIC" if "E" in t else self.exp <= self.n):
                # the text shows exactly the digits, none rounded away or padded (a plain
                # fraction, or SCIENTIFIC's d.ddd form): scanning it would give them back
                remember_scan(t, num)
                if len(_TEXT_PARTS) >= _TEXT_PARTS_SIZE:
                    _TEXT_PARTS.clear()
                _TEXT_PARTS[t] = (self.neg, self.c, self.n, self.exp)
        return t

    def __repr__(self) -> str:
        return f"Num({str(self)!r})"

    def __eq__(self, other):
        return str(self) == (other if other.__class__ is str else str(other))

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(str(self))

    def __len__(self):
        return len(str(self))

    def __add__(self, other):
        return str(self) + other

    def __radd__(self, other):
        return other + str(self)

    def __getitem__(self, index):
        return str(self)[index]

    def __iter__(self):
        return iter(str(self))

    def __contains__(self, item):
        return item in str(self)


def _text_method(name: str):
    def method(self, *args, **kwargs):
        return getattr(str(self), name)(*args, **kwargs)
    method.__name__ = name
    method.__doc__ = f"``str.{name}`` of the text."
    return method


# A safety net for code that takes any value for a ``str``: each ``str`` method works on the
# text. Made as methods, not with ``__getattr__``: a class with ``__getattr__`` makes every
# attribute read of its instances (``a.exp``, ``a.c``, ... on every operation) take CPython's
# slow generic path.
for _name in dir(str):
    if not _name.startswith("_") and not hasattr(Num, _name):
        setattr(Num, _name, _text_method(_name))
del _name


def parts(v):
    """``v`` (int, Num or str) as ``(neg, c, n, exp)``; raises Error 41 if not a number."""
    cls = v.__class__
    if cls is Num:
        return v.neg, v.c, v.n, v.exp
    if cls is int:
        neg = v < 0
        if neg:
            v = -v
        n = digit_count(v)
        return neg, v, n, n
    text = v if cls is str else str(v)
    got = _TEXT_PARTS.get(text)
    if got is not None:
        return got
    num = scan(text)
    if num.__class__ is int:
        raise RexxError(41)
    neg, dig, exp = num
    got = neg, int(dig), len(dig), exp
    if len(text) <= _REMEMBERED_LENGTH:
        if len(_TEXT_PARTS) >= _TEXT_PARTS_SIZE:
            _TEXT_PARTS.clear()
        _TEXT_PARTS[text] = got
    return got


#: ``parts`` of short texts seen before: a literal such as ``.85`` in ``.85 * x`` is scanned
#: once, not at every multiplication (the text alone decides a number's parts). A ``Num``
#: records its text here when it makes it, so its value passed on as text (an argument, a
#: PARSE result) comes back into arithmetic without a scan.
_TEXT_PARTS: dict[str, tuple] = {}
_TEXT_PARTS_SIZE = 4096
_REMEMBERED_LENGTH = 120       # (a number of 100 digits and its exponent: DIGITS 100)


def plain_int(s: str):
    """``s`` as an int when it is a plain whole number (ASCII digits, a sign, blanks around),
    else ``s`` itself."""
    t = s.strip(" ")
    if t.isdigit():
        return int(t) if t.isascii() else s
    if t[:1] in ("-", "+") and t[1:].isdigit() and t.isascii():
        return int(t)
    return s


def plain_operands(a, b):
    """Operands ``a`` and ``b`` with a text that is a plain whole number made an int (the
    first step of every operation on values)."""
    if a.__class__ is str:
        a = plain_int(a)
    if b.__class__ is str:
        b = plain_int(b)
    return a, b


def _round(neg, c, n, exp, ccns):
    """``arith._round`` of a stripped number: keep ``ccns`` digits, half up."""
    if n <= ccns:
        return neg, c, n, exp
    q, r = divmod(c, P10[n - ccns])
    if r + r >= P10[n - ccns]:
        q += 1
        if q >= P10[ccns]:
            q //= 10
            exp += 1
    return neg, q, ccns, exp


def rounded(c: int, drop: int, exp: int, digits: int):
    """``c`` of ``digits + drop`` digits (``drop`` > 0, ``digits + drop`` below
    ``SMALL_POWERS``) rounded half up to ``digits`` digits, and ``exp`` one more when that
    carries into a new digit (99..9 rounded up): ``(c, exp)``."""
    unit = P10_LIST[drop]
    c, rest = divmod(c, unit)
    if rest + rest >= unit:
        c += 1
        if c == P10_LIST[digits]:
            return P10_LIST[digits - 1], exp + 1
    return c, exp


def add(fneg, fc, fn, fexp, sneg, sc, sn, sexp, ccns):
    """``arith._finish(arith.add(f, s, ccns))`` on ints: ``(neg, c, n, exp)`` of f + s."""
    if sc == 0:
        return _round(fneg, fc, fn, fexp, ccns)
    if fc == 0:
        return _round(sneg, sc, sn, sexp, ccns)
    if fexp < sexp:
        fneg, fc, fn, fexp, sneg, sc, sn, sexp = sneg, sc, sn, sexp, fneg, fc, fn, fexp
    neg = fneg
    shift = fexp - sexp
    fused = fn
    if fn > ccns + 1:
        fused = ccns + 1
        fc //= P10[fn - fused]
    sused = ccns + 1 - shift
    if sused > sn:
        sused = sn
    size = shift + sused
    if size < fused:
        size = fused
    total = fc * P10[size - fused]
    if sused > 0:
        other = sc // P10[sn - sused] if sused < sn else sc
        other *= P10[size - shift - sused]
        if fneg != sneg:
            total -= other
            if total < 0:
                total = -total
                neg = not neg
        else:
            total += other
    exp = fexp
    if total >= P10[size]:
        size += 1
        exp += 1
    if size > ccns:
        unit = P10[size - ccns]
        q, r = divmod(total, unit)
        if r + r >= unit:
            q += 1
            if q >= P10[ccns]:
                q //= 10
                exp += 1
        total = q
        size = ccns
    if total == 0:
        return False, 0, 1, 1
    bits = total.bit_length()     # ``digit_count(total)`` inline: this is every sum's path
    if bits > 400:
        n = len(str(total))
    else:
        n = bits * 1233 >> 12
        if total >= P10_LIST[n]:
            n += 1
    return neg, total, n, exp - (size - n)


#: The FORM of a ``Num`` whose text was given (``as_written``), not made by ``normalise``: no
#: shortcut that hands an operand back as a result (``Num + int`` that rounds away, a DO
#: start taken as it is) applies to it, because its text is not the one arithmetic would show.
WRITTEN = "written"


def as_written(text: str):
    """``text``, a number a built-in wrote (FORMAT's ``1.2E+2``), as a value that keeps the
    parts scanning it gives, so arithmetic on it later, however many times, scans nothing;
    the text itself if it is not a number or is longer than ``LONG_DIGITS``. Its ``str()``
    is ``text`` exactly."""
    if len(text) > LONG_DIGITS:
        return text
    num = scan(text)
    if num.__class__ is int:
        return text
    neg, dig, exp = num
    v = Num(neg, int(dig), len(dig), exp, len(dig), WRITTEN)
    v._text = text
    return v


def result(neg, c, n, exp, digits: int, form: str):
    """A finished result as a value: an int when it shows as a plain whole number, else a
    ``Num`` with canonical digits. Error 42 when the exponent is out of range."""
    e = exp - 1
    if -6 <= e < digits:
        if exp >= n:
            v = c * P10[exp - n] if exp != n else c
            return -v if neg else v
        return Num(neg, c, n, exp, digits, form)
    if form[:1] in ("E", "e") and e % 3:
        e -= e % 3
    if e > MAX_EXPONENT or e < -MAX_EXPONENT:
        raise RexxError(42)
    point = exp - e
    if point > n:
        c *= P10[point - n]
        n = point
    return Num(neg, c, n, exp, digits, form)


def add_values(a, b, subtract: bool, digits: int, form: str):
    """``a + b`` (``a - b`` when ``subtract``) for values (int, Num or numeric str).

    Whole numbers within DIGITS add as Python ints; the rest through ``add`` and ``result``
    (a ``Num``'s parts read in place: this is the path of every sum beyond the int one)."""
    ac = a.__class__
    bc = b.__class__
    if ac is str:                       # ``plain_operands`` inline (a call less per operation)
        a = plain_int(a)
        ac = a.__class__
    if bc is str:
        b = plain_int(b)
        bc = b.__class__
    if ac is int and bc is int:
        r = a - b if subtract else a + b
        lim = ten_power(digits)
        if -lim < r < lim and -lim < a < lim and -lim < b < lim:
            return r
    if (ac is str and len(a) > LONG_DIGITS) or (bc is str and len(b) > LONG_DIGITS):
        return binary("-" if subtract else "+", a if ac is str else str(a),
                      b if bc is str else str(b), digits, form)
    if ac is Num:
        fneg, fc, fn, fexp = a.neg, a.c, a.n, a.exp
    else:
        fneg, fc, fn, fexp = parts(a)
    if bc is Num:
        sneg, sc, sn, sexp = b.neg, b.c, b.n, b.exp
    else:
        sneg, sc, sn, sexp = parts(b)
    if subtract:
        sneg = not sneg
    return add_parts(fneg, fc, fn, fexp, sneg, sc, sn, sexp, digits, form)


def add_parts(fneg, fc, fn, fexp, sneg, sc, sn, sexp, digits: int, form: str):
    """``add_values`` of two numbers given as their parts (a ``Num``'s read in place): the
    sum as a value."""
    # the commonest case inline: the digits of both operands, aligned, span fewer than DIGITS,
    # so Regina's sum is exact (no operand cut, no rounding even after a carry): ``add``'s
    # result without its steps
    fe = fexp - fn                      # the power of ten of each operand's last digit
    se = sexp - sn
    low = fe if fe <= se else se
    span = (fexp if fexp >= sexp else sexp) - low
    if span < digits and span < SMALL_POWERS:
        fc *= P10_LIST[fe - low]
        sc *= P10_LIST[se - low]
        total = (-fc if fneg else fc) + (-sc if sneg else sc)
        if not total:
            return 0
        neg = total < 0
        if neg:
            total = -total
        n = digit_count(total)
        exp = low + n
        if -6 <= exp - 1 < digits and exp < n:
            return Num(neg, total, n, exp, digits, form)
        return result(neg, total, n, exp, digits, form)
    if span <= digits + 1 and fc and sc and span < SMALL_POWERS:
        # the next commonest (at DIGITS 9-20, two fractions of the same size): the digits span
        # DIGITS or DIGITS+1, so no operand is cut and ``add`` rounds the exact sum once, at
        # DIGITS digits of the span (one more after a carry; a cancellation's leading zeros
        # counted)
        p = P10_LIST
        fc *= p[fe - low]
        sc *= p[se - low]
        total = (-fc if fneg else fc) + (-sc if sneg else sc)
        neg = total < 0
        if neg:
            total = -total
        size = span + 1 if total >= p[span] else span
        exp = low + size
        if size > digits:
            total, exp = rounded(total, size - digits, exp, digits)
            size = digits
        if not total:
            return 0
        n = digit_count(total)
        exp -= size - n
        if -6 <= exp - 1 < digits and exp < n:
            return Num(neg, total, n, exp, digits, form)
        return result(neg, total, n, exp, digits, form)
    neg, c, n, exp = add(fneg, fc, fn, fexp, sneg, sc, sn, sexp, digits)
    e = exp - 1
    if -6 <= e < digits and exp < n:    # a fraction in plain notation (``result``'s commonest)
        return Num(neg, c, n, exp, digits, form)
    return result(neg, c, n, exp, digits, form)


#: ``add_int`` works in units of ``10**unit_exp`` only up to this exponent: past it ``b`` (an int
#: within reach of DIGITS) is far below ``a``'s last digit, which ``add_values`` sees from the
#: exponents alone (``1E99999999 + 1`` made a power of ten of a hundred million digits).
UNIT_EXP_KEPT = 400


def add_int(a: Num, b: int, digits: int, form: str):
    """``a + b`` for a ``Num`` of DIGITS digits whose last digit lies above the units (a whole
    number shown in exponential form, as ``s`` becomes in ``s = s + i`` beyond DIGITS) and a
    smaller int: the same result as ``add_values``, worked in units of the digit one below
    the last of ``a``. (Its commonest case, a positive ``b`` and no carry, is also inlined in
    the code ``compile_expr`` generates for ``+``.)"""
    exp = a.exp
    unit_exp = exp - digits - 1
    if (unit_exp < 0 or a.n != digits or not b or digits > 56
            or unit_exp > UNIT_EXP_KEPT):     # (no power of ten the size of the exponent)
        return add_values(a, b, False, digits, form)
    unit = P10[unit_exp]
    cut = b // unit if b > 0 else -(-b // unit)     # ``b`` cut to the digits that count
    full = P10[digits]
    top = P10[digits + 1]
    if cut >= top or -cut >= top:
        return add_values(a, b, False, digits, form)
    total = cut - a.c * 10 if a.neg else a.c * 10 + cut
    neg = total < 0
    if neg:
        total = -total
    if total >= top:                    # a carry: one digit more to round away
        exp += 1
        total, r = divmod(total, 100)
        if r >= 50:
            total += 1
    else:
        total, r = divmod(total, 10)
        if r >= 5:
            total += 1
    if total >= full:
        total //= 10
        exp += 1
    elif total * 10 < full:             # a cancellation: its leading zeros were kept
        if not total:
            return 0
        n = digit_count(total)
        return result(neg, total, n, exp - digits + n, digits, form)
    if form == "SCIENTIFIC" and exp <= MAX_EXPONENT:
        return Num(neg, total, digits, exp, digits, form)
    return result(neg, total, digits, exp, digits, form)


def _scanned(v):
    """``arith.scan`` of value ``v``'s text (an int or ``Num`` read in place)."""
    cls = v.__class__
    if cls is Num and v.n <= v.digits:
        return v.neg, str(v.c), v.exp
    if cls is int:
        return (True, str(-v), len(str(-v))) if v < 0 else (False, str(v), len(str(v)))
    return scan(v if cls is str else str(v))


def compare_values(a, b, digits: int, fuzz: int):
    """``arith.compare`` of two values of which one at least is a ``Num``: Regina's numeric
    comparison (-1, 0, 1), None unless both are numbers; a ``Num`` makes no text for it.

    Two ints or ``Num``s of no more than DIGITS-FUZZ digits each are compared exactly on
    their ints (``compare_numbers`` then compares all their digits and finds the next ones
    both zero, so it is the exact comparison too); anything else through ``_scanned``."""
    ac = a.__class__
    bc = b.__class__
    if (ac is Num or ac is int) and (bc is Num or bc is int):
        r = _exact_compare(a, b, digits - fuzz)
        if r is not None:
            return r
    f = _scanned(a)
    if f.__class__ is int:
        return None
    s = _scanned(b)
    if s.__class__ is int:
        return None
    return compare_numbers(f, s, digits - fuzz)


_EVERY_DIGIT = 1 << 62     # a precision no number reaches: ``_exact_compare`` of all digits


def _exact_compare(a, b, precision: int):
    """``compare_numbers`` of ints or ``Num``s ``a`` and ``b`` of at most ``precision`` digits
    each, worked as an exact comparison of their values (-1, 0, 1); None when one has more."""
    if a.__class__ is Num:
        fneg, fc, fn, fexp = a.neg, a.c, a.n, a.exp
    else:
        fneg = a < 0
        fc = -a if fneg else a
        fn = fexp = digit_count(fc)
    if b.__class__ is Num:
        sneg, sc, sn, sexp = b.neg, b.c, b.n, b.exp
    else:
        sneg = b < 0
        sc = -b if sneg else b
        sn = sexp = digit_count(sc)
    if fn > precision or sn > precision:
        return None
    fsign = 0 if not fc else -1 if fneg else 1
    ssign = 0 if not sc else -1 if sneg else 1
    if fsign != ssign or not fsign:
        return (fsign > ssign) - (fsign < ssign)
    if fexp != sexp:                    # (no leading zeros: the longer number is larger)
        return fsign if fexp > sexp else -fsign
    if fn < sn:                         # the same exponent: the digits aligned on the left
        fc *= P10[sn - fn]
    elif sn < fn:
        sc *= P10[fn - sn]
    return fsign if fc > sc else -fsign if fc < sc else 0


def scan_value(v):
    """``arith.scan`` of value ``v``'s text, an int or ``Num`` read in place: ``(neg, digits,
    exp)``, or an int (an error code) for a text that is not a number."""
    return _scanned(v)


def compare_with_scanned(a, scanned, digits: int, fuzz: int):
    """``compare_values`` of value ``a`` and a number already scanned (``arith.scan`` of its
    text, as a DO loop's TO kept as written is once per loop); None unless ``a`` is a number."""
    f = _scanned(a)
    if f.__class__ is int:
        return None
    return compare_numbers(f, scanned, digits - fuzz)


def extreme(values, want: int, form: str):
    """MAX (``want`` 1) or MIN (-1) of values (int, ``Num`` or str) compared exactly, as the
    built-ins do: the first value no other one beats, shown with all its digits (an int, or
    a ``Num`` whose text is that, is given back as it is); None when one is not a number (the
    built-in then gives its error). A ``Num`` makes no text."""
    winner = None
    for v in values:        # ints and ``Num``s read in place (``_scanned``'s): compared on ints
        cls = v.__class__
        if not (cls is int or cls is Num and v.n <= v.digits):
            break
        if winner is None or _exact_compare(v, winner, _EVERY_DIGIT) == want:
            winner = v
    else:
        if winner is not None:
            if winner.__class__ is int or (winner.exp <= winner.n and winner.form == form):
                return winner
            best = _scanned(winner)
            return normalise(best, len(best[1]), form)
    best = winner = None
    for v in values:
        num = _scanned(v)
        if num.__class__ is int:
            return None
        if best is None or compare_numbers(num, best, max(len(num[1]), len(best[1]))) == want:
            best, winner = num, v
    cls = winner.__class__
    if cls is int or (cls is Num and winner.n <= winner.digits and winner.exp <= winner.n
                      and winner.form == form):
        return winner
    return normalise(best, len(best[1]), form)


def sign_of(v) -> str | None:
    """SIGN of an int or a ``Num`` ('-1', '0' or '1'); None for a text (the built-in's)."""
    cls = v.__class__
    if cls is int:
        return "1" if v > 0 else "-1" if v < 0 else "0"
    if cls is Num:
        return "0" if not v.c else "-1" if v.neg else "1"
    return None


def tostr(v) -> str:
    """A value as its Rexx text: a str as it is, an int or a ``Num`` formatted."""
    return v if v.__class__ is str else str(v)
