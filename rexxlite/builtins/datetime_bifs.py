"""DATE and TIME, with every option of Regina 3.6 and the conversion forms
``DATE(out, date, in)`` and ``TIME(out, time, in)``.

The clock is read once per clause (``rexxlite.runtime.clock``). Dates are proleptic Gregorian, base
day 0 is 1 Jan 0001; two-digit years (E, O, U) are in the century window Regina uses
(``yy <= current year - 2000 + 50`` is 20yy, else 19yy). Input is parsed the way Regina's C
code does (its ``atol`` leniencies included), so the same strings are accepted and refused
(Error 40.19); a converted year outside 0-9999 is Error 40.18.

Two Regina quirks are kept on purpose: a 'T' (seconds since 1970) input is broken down in UTC,
while a 'T' output is local time (``mktime`` with the daylight-saving flag of the current
moment). TIME rounds to the nearest second except for 'L'; 'E' and 'R' take a conversion
argument but ignore it.
"""

from __future__ import annotations

import time as _time

from rexxlite.runtime.clock import clock_of
from rexxlite.errors import RexxError
from rexxlite.builtins.args import exact_integer, option, parse_whole
from rexxlite.builtins.registry import builtin

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SHORT_MONTHS = tuple(name[:3] for name in MONTHS)
WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
MAX_BASE = 3652058                     # 31 Dec 9999


class _Bad(Exception):
    """The input is not in the format given (Error 40.19)."""


# -- calendar arithmetic (Regina's, year 0 included) ---------------------------------------

def _cdiv(a: int, b: int) -> int:
    """C's integer division (truncating toward zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def leap(year: int) -> bool:
    return (year % 4 == 0 and year % 100 != 0) or year % 400 == 0


def basedays(year: int) -> int:
    """Days from 1 Jan 0001 to 1 Jan ``year``."""
    n = year - 1
    return n * 365 + _cdiv(n, 4) - _cdiv(n, 100) + _cdiv(n, 400)


def day_of_year(year: int, month: int, day: int) -> int:
    """0-based."""
    return DAYS_BEFORE[month - 1] + (1 if leap(year) and month > 2 else 0) + day - 1


def base_to_date(base: int) -> tuple[int, int, int]:
    """(year, month, day) of base day ``base``, as Regina's base2date computes it (a day
    before 1 Jan 0001 gives day 0 or less, which the caller refuses)."""
    day = base + 1
    year = _cdiv(day, 366)
    day -= year * 365 + _cdiv(year, 4) - _cdiv(year, 100) + _cdiv(year, 400)
    year += 1
    while day > 365 + leap(year):
        day -= 365 + leap(year)
        year += 1
    month = 0
    while month < 11:
        length = MONTH_DAYS[month] + (1 if month == 1 and leap(year) else 0)
        if day <= length:
            break
        day -= length
        month += 1
    return year, month + 1, day


def _valid(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or year < 0:
        return False
    return 1 <= day <= MONTH_DAYS[month - 1] + (1 if month == 2 and leap(year) else 0)


def _atol(text: str) -> int:
    """C's atol: leading white space, a sign, then digits (0 when there are none)."""
    i, n = 0, len(text)
    while i < n and text[i] in " \t\n\v\f\r":
        i += 1
    sign = 1
    if i < n and text[i] in "+-":
        sign = -1 if text[i] == "-" else 1
        i += 1
    start = i
    while i < n and "0" <= text[i] <= "9":
        i += 1
    return sign * int(text[start:i]) if i > start else 0


def _mktime(fields: tuple, isdst: int) -> int:
    """Local time (year, month, day, hour, minute, second) as seconds since 1970."""
    year, month, day, hour, minute, second = fields
    try:
        return int(_time.mktime((year, month, day, hour, minute, second, 0, 0, isdst)))
    except (OverflowError, ValueError):
        days = basedays(year) + day_of_year(year, month, day) - basedays(1970)
        offset = _time.localtime().tm_gmtoff
        return days * 86400 + hour * 3600 + minute * 60 + second - offset


def _gmtime(seconds: int):
    try:
        return _time.gmtime(seconds)
    except (OverflowError, OSError, ValueError):
        raise RexxError(40, 18, bif="DATE") from None


# -- DATE ------------------------------------------------------------------------------------

@builtin("DATE", 0, 3)
def date(ctx, out=None, value=None, fmt=None):
    letter = option("DATE", 1, out, "BDEMNOSUWCIT", "N")
    informat = option("DATE", 3, fmt, "BDENOSUIT", "N")
    sec, _usec = clock_of(ctx.interpreter).now(getattr(ctx, "cl", None))
    now = _time.localtime(sec)
    if value is None:
        ymd = (now.tm_year, now.tm_mon, now.tm_mday)
        return format_date(letter, ymd, (now.tm_hour, now.tm_min, now.tm_sec), now.tm_isdst)
    try:
        ymd, isdst = parse_date(value, informat, now.tm_year), now.tm_isdst
    except _Bad:
        raise RexxError(40, 19, bif="DATE", value=(value, "N" if fmt is None else fmt)) from None
    if informat == "T":
        isdst = 0
    if not 0 <= ymd[0] <= 9999:
        raise RexxError(40, 18, bif="DATE")
    return format_date(letter, ymd, (0, 0, 0), isdst)


def format_date(letter: str, ymd: tuple, hms: tuple, isdst: int) -> str:
    year, month, day = ymd
    yday = day_of_year(year, month, day)
    base = basedays(year) + yday
    yy = year % 100
    if letter == "B":
        return str(base)
    if letter == "C":
        return str(base - basedays(year // 100 * 100) + 1)
    if letter == "D":
        return str(yday + 1)
    if letter == "E":
        return f"{day:02d}/{month:02d}/{yy:02d}"
    if letter == "I":
        return f"{year:04d}-{month:02d}-{day:02d}"
    if letter == "M":
        return MONTHS[month - 1]
    if letter == "O":
        return f"{yy:02d}/{month:02d}/{day:02d}"
    if letter == "S":
        return f"{year:04d}{month:02d}{day:02d}"
    if letter == "T":
        return str(_mktime(ymd + tuple(hms), isdst))
    if letter == "U":
        return f"{month:02d}/{day:02d}/{yy:02d}"
    if letter == "W":
        return WEEKDAYS[(base + 8) % 7]
    return f"{day} {SHORT_MONTHS[month - 1]} {year:4d}"          # N


def parse_date(value: str, informat: str, this_year: int) -> tuple[int, int, int]:
    """(year, month, day) of ``value`` in format ``informat``; _Bad when it is not."""
    if informat in "BD":
        ymd = _parse_days(value, informat, this_year)
    elif informat in "EOU":
        ymd = _parse_short(value, informat, this_year)
    elif informat == "N":
        ymd = _parse_normal(value)
    elif informat in "SI":
        ymd = _parse_sorted(value, informat)
    else:
        number = exact_integer(value, 18)
        if number is None:
            raise _Bad
        stamp = _gmtime(number)
        ymd = (stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
    if not _valid(*ymd):
        raise _Bad
    return ymd


def _parse_days(value: str, informat: str, this_year: int) -> tuple[int, int, int]:
    """B: base days; D: day of the current year (may run into other years)."""
    if len(value) > 19:
        raise _Bad
    number = _atol(value)
    if (number == 0 and value.strip("0")) or abs(number) >= 2**63:    # C long overflow
        raise _Bad
    base = number if informat == "B" else number + basedays(this_year) - 1
    if base > MAX_BASE + 366:
        raise RexxError(40, 18, bif="DATE")
    return base_to_date(base)


def _two_digits(text: str) -> int:
    if len(text) != 2 or not text.isascii() or not text.isdigit():
        raise _Bad
    return int(text)


def _parse_short(value: str, informat: str, this_year: int) -> tuple[int, int, int]:
    """E dd/mm/yy, O yy/mm/dd, U mm/dd/yy (Regina accepts one wrong separator)."""
    if len(value) != 8:
        raise _Bad
    first, second, third = (_two_digits(value[i:i + 2]) for i in (0, 3, 6))
    if value[2] != "/" and value[5] != "/":
        raise _Bad
    if informat == "E":
        day, month, year = first, second, third
    elif informat == "O":
        year, month, day = first, second, third
    else:
        month, day, year = first, second, third
    if day == 0 or month == 0:
        raise _Bad
    year += 2000 if year <= this_year - 2000 + 50 else 1900
    return year, month, day


def _parse_normal(value: str) -> tuple[int, int, int]:
    """N: 'dd Mmm yyyy' or 'd Mmm yyyy' (month abbreviation case-sensitive)."""
    if len(value) not in (10, 11):
        raise _Bad
    off = 1 if len(value) == 10 else 0
    day = _atol(value[:2 - off])
    month_text = value[3 - off:6 - off]
    year_text = value[7 - off:11 - off]
    year = _atol(year_text)
    if day == 0 or month_text not in SHORT_MONTHS or (year == 0 and year_text != "0000"):
        raise _Bad
    if value[2 - off] != " " and value[6 - off] != " ":
        raise _Bad
    return year, SHORT_MONTHS.index(month_text) + 1, day


def _parse_sorted(value: str, informat: str) -> tuple[int, int, int]:
    """S: yyyymmdd; I: yyyy-mm-dd."""
    iso = informat == "I"
    if len(value) != (10 if iso else 8):
        raise _Bad
    step = 1 if iso else 0
    year = _atol(value[0:4])
    month = _atol(value[4 + step:6 + step])
    day = _atol(value[6 + 2 * step:8 + 2 * step])
    if year == 0 or month == 0 or day == 0:
        raise _Bad
    if iso and (value[4] != "-" or value[7] != "-"):
        raise _Bad
    return year, month, day


# -- TIME ------------------------------------------------------------------------------------

@builtin("TIME", 0, 3)
def time(ctx, out=None, value=None, fmt=None):
    letter = option("TIME", 1, out, "CEHLMNORSJT", "N")
    informat = option("TIME", 3, fmt, "CHLMNST", "N")
    clock = clock_of(ctx.interpreter)
    sec, usec = clock.now(getattr(ctx, "cl", None))
    shown = sec + 1 if usec >= 500_000 and letter != "L" else sec
    now = _time.localtime(shown)
    ymd = (now.tm_year, now.tm_mon, now.tm_mday)
    hms, micro, isdst = (now.tm_hour, now.tm_min, now.tm_sec), usec, now.tm_isdst
    if value is not None:
        try:
            hms, micro, stamp = parse_time(value, informat)
        except _Bad:
            raise RexxError(40, 19, bif="TIME",
                            value=(value, "N" if fmt is None else fmt)) from None
        if stamp is not None:
            ymd, isdst = (stamp.tm_year, stamp.tm_mon, stamp.tm_mday), 0
    if letter in "ER":
        return clock.elapsed(ctx, reset=letter == "R")
    if letter == "J":
        return f"{_time.process_time():.6f}"
    if letter == "O":
        offset = now.tm_gmtoff or 0
        return f"{offset}000000" if offset else "0"
    if letter == "T":
        return str(_mktime(ymd + hms, isdst))
    return format_time(letter, hms, micro)


def format_time(letter: str, hms: tuple, micro: int) -> str:
    hour, minute, second = hms
    if letter == "C":
        return f"{hour % 12 or 12}:{minute:02d}{'pm' if hour > 11 else 'am'}"
    if letter == "H":
        return str(hour)
    if letter == "L":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{micro:06d}"
    if letter == "M":
        return str(hour * 60 + minute)
    if letter == "S":
        return str(hour * 3600 + minute * 60 + second)
    return f"{hour:02d}:{minute:02d}:{second:02d}"                 # N


def parse_time(value: str, informat: str):
    """((hour, minute, second), microseconds, struct_time of a 'T' input or None)."""
    if informat == "C":
        return _parse_civil(value), 0, None
    if informat in "HMS":
        return _parse_count(value, informat), 0, None
    if informat == "T":
        number = parse_whole(value)
        if number is None:
            raise _Bad
        stamp = _time.gmtime(number)
        return (stamp.tm_hour, stamp.tm_min, stamp.tm_sec), 0, stamp
    return _parse_clock(value, informat)


def _checked(text: str, zeros: str, top: int) -> int:
    """A field Regina reads with atol: 0 only when written as ``zeros``; at most ``top``."""
    number = _atol(text)
    if (number == 0 and text != zeros) or not 0 <= number <= top:
        raise _Bad
    return number


def _parse_civil(value: str) -> tuple[int, int, int]:
    """C: 'h:mmam' or 'hh:mmpm' (lower case; anything after am/pm is ignored)."""
    if value[2:3] == ":":
        off = 1
    elif value[1:2] == ":":
        off = 0
    else:
        raise _Bad
    suffix = value[4 + off:6 + off]
    if suffix not in ("am", "pm"):
        raise _Bad
    hour = _checked(value[:1 + off], "00", 12)
    minute = _checked(value[2 + off:4 + off], "00", 59)
    if suffix == "am":
        hour = 0 if hour == 12 else hour
    elif hour != 12:
        hour += 12
    return hour, minute, 0


def _parse_count(value: str, informat: str) -> tuple[int, int, int]:
    """H hours, M minutes or S seconds since midnight."""
    number = parse_whole(value)
    if number is None or number < 0:
        raise _Bad
    if informat == "H":
        hms = (number, 0, 0)
    elif informat == "M":
        hms = (number // 60, number % 60, 0)
    else:
        hms = (number // 3600, number % 3600 // 60, number % 60)
    if hms[0] > 23:
        raise _Bad
    return hms


def _parse_clock(value: str, informat: str):
    """N 'hh:mm:ss' and L 'hh:mm:ss.uuuuuu' (Regina accepts one wrong ':')."""
    if len(value) != (15 if informat == "L" else 8):
        raise _Bad
    if value[2] != ":" and value[5] != ":":
        raise _Bad
    hms = (_checked(value[0:2], "00", 23), _checked(value[3:5], "00", 59),
           _checked(value[6:8], "00", 59))
    if informat == "N":
        return hms, 0, None
    if value[8] != ".":
        raise _Bad
    return hms, _checked(value[9:15], "000000", 999999), None
