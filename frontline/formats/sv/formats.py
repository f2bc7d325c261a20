"""Swedish dates: "3 december 2026", clock "15:24", "3 december 2026 kl. 15:24". Django's own
Swedish formats fill in the rest."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = r"j F Y \k\l. H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
FIRST_DAY_OF_WEEK = 1
