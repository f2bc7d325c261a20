"""How moments are shown: in the reader's time zone (``User.time_zone``, activated per request by
``frontline.middleware.UserTimeZoneMiddleware``), with the zone named wherever a clock time
appears, in one format per language (``frontline/formats/<language>/formats.py``)."""

import calendar
import zoneinfo
from datetime import date, datetime
from functools import lru_cache

from django.utils import formats, timezone
from django.utils.timesince import timeuntil

# Not places: "localtime" is the server's own zone, "Factory" a placeholder of tzdata.
NOT_A_PLACE = {"localtime", "Factory"}
# Browsers still report some zones by their old names (Chromium: "Europe/Kiev"); what we keep
# is the current one.
RENAMED = {
    "Europe/Kiev": "Europe/Kyiv",
    "Europe/Uzhgorod": "Europe/Kyiv",
    "Europe/Zaporozhye": "Europe/Kyiv",
    "Asia/Calcutta": "Asia/Kolkata",
    "Asia/Saigon": "Asia/Ho_Chi_Minh",
    "Asia/Katmandu": "Asia/Kathmandu",
    "Asia/Rangoon": "Asia/Yangon",
    "Asia/Dacca": "Asia/Dhaka",
    "Atlantic/Faeroe": "Atlantic/Faroe",
    "America/Godthab": "America/Nuuk",
    "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "Pacific/Enderbury": "Pacific/Kanton",
    "Pacific/Truk": "Pacific/Chuuk",
    "Pacific/Ponape": "Pacific/Pohnpei",
}


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Every IANA zone a person may choose, sorted (Africa/Abidjan … Zulu)."""
    return tuple(sorted(zoneinfo.available_timezones() - NOT_A_PLACE))


def current_name(name: str) -> str:
    """The zone's current name (Europe/Kyiv for Europe/Kiev)."""
    return RENAMED.get(name, name)


def zone(name: str) -> zoneinfo.ZoneInfo | None:
    """The zone called ``name``, or None when it is blank or not a zone we offer."""
    if not name or name not in zone_names():
        return None
    return zoneinfo.ZoneInfo(name)


def site_zone() -> zoneinfo.ZoneInfo:
    """The site's own zone (TIME_ZONE), for people who chose none."""
    return timezone.get_default_timezone()


def zone_label(tz=None) -> str:
    """The reader's zone as people read it: its IANA name, spaces for underscores
    (Europe/Kyiv, America/New York)."""
    tz = tz or timezone.get_current_timezone()
    return str(getattr(tz, "key", tz)).replace("_", " ")


def date_time(value: datetime) -> str:
    """Date and clock time in the reader's zone, the zone named: "3 December 2026, 16:24
    (Europe/Kyiv)", "3 december 2026 kl. 16:24 (Europe/Kyiv)"."""
    local = timezone.localtime(value)
    return f"{formats.date_format(local, 'DATETIME_FORMAT')} ({zone_label(local.tzinfo)})"


def until(value: datetime, now: datetime | None = None) -> str:
    """How long until ``value``, in words: "10 minutes", "1 hour, 5 minutes"."""
    return timeuntil(value, now or timezone.now())


def iso(value):
    """Moments as ISO 8601 to the second with the reader's offset
    (2026-12-03T16:24:07+02:00), dates as ISO dates; anything else unchanged."""
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative: back), on the same day of the month or the
    month's last day when it is shorter (31 March − 1 month = 28 or 29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )
