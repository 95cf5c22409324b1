"""The unique master citizen number (JMBG): checksum, and the birth date and sex it encodes.

Layout DD MM YYY RR BBB K: birth day, month and the last three digits of the year (9xx → 19xx,
0xx → 20xx), the registry region, a serial number whose range gives the sex (000–499 male,
500–999 female), and a mod-11 check digit. The same rules hold for numbers issued in Serbia and
in Kosovo before 1999 (regions 91–96).
"""

from __future__ import annotations

from datetime import date

WEIGHTS = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def check_digit(first_twelve: str) -> int:
    """The control digit for the first twelve digits (remainders that give 10 or 11 → 0)."""
    total = sum(w * int(d) for w, d in zip(WEIGHTS, first_twelve, strict=True))
    digit = 11 - total % 11
    return 0 if digit > 9 else digit


def is_well_formed(jmbg: str) -> bool:
    return len(jmbg) == 13 and jmbg.isascii() and jmbg.isdigit()


def checksum_ok(jmbg: str) -> bool:
    """Whether a well-formed JMBG's last digit matches its check digit."""
    return is_well_formed(jmbg) and check_digit(jmbg[:12]) == int(jmbg[12])


def birth_date(jmbg: str) -> date | None:
    """The birth date encoded in the JMBG, or None if the digits are not a real date."""
    if not is_well_formed(jmbg):
        return None
    day, month, yyy = int(jmbg[0:2]), int(jmbg[2:4]), int(jmbg[4:7])
    # Only 18xx/19xx/20xx births exist among living people: 8xx/9xx are the 1800s/1900s.
    year = 1000 + yyy if yyy >= 800 else 2000 + yyy
    try:
        return date(year, month, day)
    except ValueError:
        return None


def sex(jmbg: str) -> str | None:
    """`MALE` or `FEMALE` (code list `sex`) from digits 10–12; None if not well formed."""
    if not is_well_formed(jmbg):
        return None
    return "MALE" if int(jmbg[9:12]) < 500 else "FEMALE"


def make(born: date, region: str, serial: int) -> str:
    """A valid JMBG for a birth date, two-digit region and serial (000–999): for demo data and
    tests. A serial whose check digit would be 10 is moved to the next one of the same sex."""
    half = 0 if serial % 1000 < 500 else 500
    for step in range(500):
        candidate = half + (serial % 1000 - half + step) % 500
        first = f"{born:%d%m}{born.year % 1000:03d}{region}{candidate:03d}"
        total = sum(w * int(d) for w, d in zip(WEIGHTS, first, strict=True))
        if 11 - total % 11 != 10:
            return first + str(check_digit(first))
    raise AssertionError("unreachable: a check digit of 10 occurs once in eleven serials")
