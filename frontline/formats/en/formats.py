"""English dates: "3 December 2026", clock "15:24" (24-hour, as the platform's users read
it), "3 December 2026, 15:24". Django's own English formats fill in the rest."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
FIRST_DAY_OF_WEEK = 1
