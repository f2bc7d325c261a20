"""Stories told on the whole demo site, seeded once for all of them."""
