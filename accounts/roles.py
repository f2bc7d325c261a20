"""The four roles of the platform, as Django groups (created by a migration)."""

LEARNERS = "Learners"
TRAINERS = "Trainers"
CERTIFYING_BODIES = "Certifying bodies"
ADMINISTRATORS = "Administrators"

ALL = (LEARNERS, TRAINERS, CERTIFYING_BODIES, ADMINISTRATORS)
