"""Settings shared by every environment; each value that differs per machine comes from the
environment, so the same code runs on a laptop (SQLite, eager tasks) and in production."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
# seed_demo creates accounts with a published password: only where this is on.
DEMO_CONTENT_ALLOWED = env_bool("DEMO_CONTENT_ALLOWED", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "frontline",
    "accounts",
    "home",
    "courses",
    "quizzes",
    "tracking",
    "certificates",
    "readiness",
    "organisations",
    "analytics",
    "csp",
    "axes",
    # Two-factor sign-in (docs/decisions/0018): authenticator-app codes and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Passkeys (WebAuthn) as a second step beside the authenticator app (decision 0018).
    "django_otp_webauthn",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session passed the second sign-in step.
    "django_otp.middleware.OTPMiddleware",
    # The Wagtail admin asks staff for it (accounts/middleware.py).
    "accounts.middleware.TwoFactorAdminMiddleware",
    "frontline.middleware.UserTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "frontline.middleware.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: it answers a locked-out sign-in.
    "axes.middleware.AxesMiddleware",
]

# Content Security Policy (django-csp): learner pages load scripts, styles and images from this
# site only; lesson videos come from the two players the video block embeds. The Wagtail admin
# gets a looser policy (frontline/middleware.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # The Wagtail user bar (shown to editors on the site) styles its shadow DOM inline.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Repeated failed sign-ins (django-axes): five failures for one address from one client lock
# that pair out for 15 minutes; a success resets the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend with each person's permissions in the shared cache (issue 17).
    # Sessions started under "django.contrib.auth.backends.ModelBackend" end once with this.
    "accounts.backends.CachedPermissionsBackend",
    # Sign-in through an agency's identity provider (organisations.oidc): listed so that the
    # sessions it starts keep working; it never answers a password.
    "organisations.oidc.AgencyOIDCBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The sign-in form's field holds the e-mail address (axes would look for "email").
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "accounts.security.axes_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

ROOT_URLCONF = "frontline.urls"
WSGI_APPLICATION = "frontline.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
# The embedded default (`make run`) serves every request from one SQLite file. A trainer's
# Publish and the editor's autosave write at the same moment; SQLite's default (DEFERRED)
# transactions then deadlock on the read-to-write upgrade and one answers "database is
# locked" at once, whatever the timeout. IMMEDIATE takes the write lock at BEGIN, so the
# second writer waits (up to `timeout` seconds) instead; WAL lets readers go on meanwhile.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "courses:dashboard"
LOGOUT_REDIRECT_URL = "/"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Two-factor sign-in (accounts/two_factor.py, docs/decisions/0018). Wrong codes are limited per
# account — TOTP and recovery codes together — by one fixed window, so django-otp's own
# per-device back-off is off (it would give each kind of code its own budget, and refuse the
# right code a second after a typo).
OTP_TOTP_ISSUER = "Frontline Academy"
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
TWO_FACTOR_ATTEMPT_LIMIT = int(os.environ.get("TWO_FACTOR_ATTEMPT_LIMIT", "5"))
TWO_FACTOR_ATTEMPT_WINDOW = int(os.environ.get("TWO_FACTOR_ATTEMPT_WINDOW", str(15 * 60)))
# How long a correct password waits for its code before the sign-in starts again.
TWO_FACTOR_PENDING_SECONDS = 10 * 60
# Passkeys (django-otp-webauthn; accounts/passkeys.py): a second step only, never instead of
# the password. A passkey belongs to the site's domain (the relying party ID), taken from
# SITE_BASE_URL, as is the one origin the browser may sign from. An IP address cannot hold
# passkeys: where the site is an address on loopback (the demo), they work at
# http://localhost:<port> instead.
_SITE = urlsplit(os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000"))
_PASSKEY_HOST = _SITE.hostname or "localhost"
if _PASSKEY_HOST.replace(".", "").isdigit() or ":" in _PASSKEY_HOST:
    _PASSKEY_HOST = "localhost"
OTP_WEBAUTHN_RP_ID = _PASSKEY_HOST
OTP_WEBAUTHN_RP_NAME = "Frontline Academy"
OTP_WEBAUTHN_ALLOWED_ORIGINS = [
    f"{_SITE.scheme}://{_PASSKEY_HOST}" + (f":{_SITE.port}" if _SITE.port else "")
]
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(60 * 60 * 8)))

# Internationalisation: English is the source locale; Swedish is a full translation.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("sv", "Svenska")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True
# One date format per language ("3 December 2026", "3 december 2026", clock "15:24"):
# `{{ value|date }}` everywhere; a signed-in person's times are in their own zone.
FORMAT_MODULE_PATH = ["frontline.formats"]

# The shared cache: Redis when REDIS_URL is set (production: every web process and worker
# shares rate limits and queued-work flags), else each process's memory. While Redis is down
# each process falls back to its memory (frontline/cache.py).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "frontline.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Files only a view may hand out (certificate PDFs): never under MEDIA_ROOT, never given a URL
# (frontline/storage.py). Back it up with MEDIA_ROOT.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "frontline.storage.PrivateFileStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Frontline Academy"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "csv", "xlsx", "pptx"]
# Documents are always served by Wagtail's view, which applies collection privacy (sign-in by
# default: accounts/migrations/0005); never by a redirect to, or a link into, /media/documents/.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Private documents and pages send visitors to the site's own sign-in page.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from Gravatar: the admin loads nothing from other hosts (and tells them nothing
# about who is signed in); everyone gets Wagtail's built-in placeholder or an uploaded avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = True
# Course content goes live when a subject-matter expert approves it (courses.review): the
# approval publishes, since experts hold no publish permission of their own.
WAGTAIL_FINISH_WORKFLOW_ACTION = "courses.review.publish_approved"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Frontline Academy <noreply@localhost>")

# Celery: eager (in-process) unless a broker is configured.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
# Tasks are idempotent and acknowledged after they ran; a worker killed mid-task puts its
# message back for another worker instead of acknowledging it as failed.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
# Three queues, so a slow LRS never delays a certificate's PDF or an e-mail: the `worker`
# process type consumes documents, mail and the default queue; `statements` consumes only
# statement delivery (Procfile).
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "tracking.tasks.*": {"queue": "statements"},
    "certificates.tasks.render_*": {"queue": "documents"},
    "certificates.tasks.expire_and_remind": {"queue": "mail"},
}
# A broker that is down must not hold up a request: fail fast, the sweeps retry later.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Attempts abandoned past their time limit are graded from saved answers (they also are the
# next time the learner opens them); a worker with beat does it every five minutes.
CELERY_BEAT_SCHEDULE = {
    # Anything left pending (LRS down, worker restarted) is swept up every minute.
    "deliver-pending-statements": {
        "task": "tracking.tasks.deliver_statements",
        "schedule": 60.0,
    },
    # Certificates whose PDF never got stored (broker down at issue, a worker killed).
    "render-missing-certificate-pdfs": {
        "task": "certificates.tasks.render_missing_pdfs",
        "schedule": 300.0,
    },
    "close-overdue-quiz-attempts": {
        "task": "quizzes.tasks.close_overdue_attempts",
        "schedule": 300.0,
    },
    # Marks certificates past their expiry date and sends the 60- and 14-day reminders.
    "expire-certificates-daily": {
        "task": "certificates.tasks.expire_and_remind",
        "schedule": crontab(hour=3, minute=15),
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail logs every background reference-index task and redirect at INFO.
    "loggers": {
        "wagtail": {"level": "WARNING"},
        "wagtail.redirects": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        # httpx logs every request to the LRS at INFO; failures are logged by tracking.
        "httpx": {"level": "WARNING"},
        # pysaml2 logs each SAML answer's subject and attributes at INFO (personal data), and
        # xmlschema, which it loads, each schema; refusals are logged by organisations.saml.
        "saml2": {"level": "WARNING"},
        "xmlschema": {"level": "WARNING"},
        "httpcore": {"level": "WARNING"},
        # WeasyPrint logs each rendering step and font subset at INFO.
        "weasyprint": {"level": "WARNING"},
        "weasyprint.progress": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # django-axes logs every sign-in at INFO; lock-outs are logged at WARNING.
        "axes": {"level": "WARNING"},
    },
}

# Learning record store. Empty endpoint: statements stay in the platform's own store (browsable
# in the admin) and nothing is sent.
LRS_ENDPOINT = os.environ.get("LRS_ENDPOINT", "").rstrip("/")
LRS_USERNAME = os.environ.get("LRS_USERNAME", "")
LRS_PASSWORD = os.environ.get("LRS_PASSWORD", "")
LRS_BATCH_SIZE = int(os.environ.get("LRS_BATCH_SIZE", "100"))
LRS_CONNECT_TIMEOUT = float(os.environ.get("LRS_CONNECT_TIMEOUT", "3"))
LRS_READ_TIMEOUT = float(os.environ.get("LRS_READ_TIMEOUT", "10"))
# Circuit breaker (tracking/delivery.py): after this many failed runs in a row the LRS is left
# alone for the cool-down; keep the cool-down under the one-minute sweep, so the backlog starts
# draining at the first sweep after the LRS is back.
LRS_CIRCUIT_THRESHOLD = int(os.environ.get("LRS_CIRCUIT_THRESHOLD", "3"))
LRS_CIRCUIT_COOLDOWN = int(os.environ.get("LRS_CIRCUIT_COOLDOWN", "55"))

# Certificates. The signing keys are a secret file (certificates/signing.py says its shape);
# only development and tests create one on first use.
CERTIFICATE_ISSUER_NAME = os.environ.get("CERTIFICATE_ISSUER_NAME", "Frontline Academy")
CERTIFICATE_SIGNING_KEYS_FILE = os.environ.get(
    "CERTIFICATE_SIGNING_KEYS_FILE", str(BASE_DIR / "var" / "signing-keys.json")
)
CERTIFICATE_SIGNING_KEYS_AUTOCREATE = False
# Lookups by code per client address and window (seconds): enough for a person checking a
# few certificates, far too few to walk a 70-bit code space.
CERTIFICATE_LOOKUP_LIMIT = int(os.environ.get("CERTIFICATE_LOOKUP_LIMIT", "20"))
CERTIFICATE_LOOKUP_WINDOW = int(os.environ.get("CERTIFICATE_LOOKUP_WINDOW", "600"))
# How many proxies in front of the site append to X-Forwarded-For (0: use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Content review (courses.selectors.content_due_for_review, Courses → Content due for review in
# the admin). Platform parameters, not facts: a course is listed from this many days before its
# "review by" date (time to book an expert), a reference fact (helpline, statistic, legal
# reference, contact) once it was last checked this many months ago.
CONTENT_REVIEW = {
    "course_notice_days": int(os.environ.get("CONTENT_REVIEW_COURSE_NOTICE_DAYS", "60")),
    "reference_fact_months": int(os.environ.get("CONTENT_REVIEW_REFERENCE_FACT_MONTHS", "12")),
}

# Time estimates (courses.durations, quizzes.durations): lessons, quizzes and courses show
# minutes computed from their content, never typed by hand. These are platform parameters
# chosen to be conservative, not measured facts: careful reading of professional material,
# often in a second language, is slower than everyday reading, and an estimate that is too
# short tells an officer they are ready for duty sooner than they are.
TIME_ESTIMATES = {
    "reading_words_per_minute": 150,
    # A figure to look at (its caption and alt text are counted as words besides).
    "seconds_per_figure": 30,
    # A downloadable document to open and skim (its link text and description are words).
    "seconds_per_download": 120,
    # Answering one question of each kind, its prompt and options read. A scenario's case is
    # read at the reading rate and each of its parts takes its own kind's time.
    "seconds_per_question": {
        "true_false": 30,
        "single": 45,
        "multiple": 60,
        "short_answer": 60,
        "matching": 90,
        "ordering": 90,
    },
    # A kind not listed above.
    "seconds_per_other_question": 60,
}
