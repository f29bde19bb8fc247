"""One settings module, read from the environment through strict helpers.

SQLite under var/ is the default so that a fresh clone just runs; DATABASE_URL switches
to PostgreSQL. var/nabij.env (written by `nabij init-env`) supplies the secrets for a
local installation; real environment variables always win.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(environ.Env().str("NABIJ_VAR_DIR", default=str(BASE_DIR / "var")))

env = environ.Env()
if (VAR_DIR / "nabij.env").exists():
    environ.Env.read_env(VAR_DIR / "nabij.env", overwrite=False)

DEBUG = env.bool("NABIJ_DEBUG", default=False)
SECRET_KEY = env.str("NABIJ_SECRET_KEY", default="")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "NABIJ_SECRET_KEY is not set: run `nabij init-env` (make demo does) or set it."
    )
ALLOWED_HOSTS = env.list("NABIJ_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("NABIJ_CSRF_TRUSTED_ORIGINS", default=[])

# Fernet keys for special-category data, newest first; older keys still decrypt.
ENCRYPTION_KEYS = env.list("NABIJ_ENCRYPTION_KEY", default=[])
if not ENCRYPTION_KEYS:
    raise ImproperlyConfigured(
        "NABIJ_ENCRYPTION_KEY is not set: run `nabij init-env` (make demo does) or set it."
    )

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "nabij.community",
    "nabij.aid",
    "nabij.ledger",
    "nabij.insight",
    "nabij.fund",
    "nabij.sharing",
    "nabij.repair",
    "nabij.signals",
    "nabij.practices",
    "nabij.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "nabij.i18n.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "nabij.urls"
WSGI_APPLICATION = "nabij.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "nabij" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nabij.i18n.languages",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'nabij.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the demo server and a command share the file.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Guessing passwords: five failures for one user from one address lock it for a while.
AXES_FAILURE_LIMIT = env.int("NABIJ_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("NABIJ_LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env.bool("NABIJ_SECURE_COOKIES", default=False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"

# Dutch is the source language of the interface.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", _("Nederlands")),
    ("fr", _("Frans")),
    ("en", _("Engels")),
    ("ar", _("Arabisch")),
    ("tr", _("Turks")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "nabij_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
USE_I18N = True
TIME_ZONE = env.str("NABIJ_TIME_ZONE", default="Europe/Brussels")
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "nabij" / "static"]
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG

# Languages offered as tick boxes when registering a member (ISO 639 codes);
# any other valid code can be typed in.
NABIJ_COMMON_LANGUAGES = env.list(
    "NABIJ_COMMON_LANGUAGES",
    default=["nl", "fr", "en", "tr", "ar", "zgh", "bg", "pl", "ro", "so", "ps", "es", "ti", "uk"],
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("NABIJ_LOG_LEVEL", default="WARNING")},
}
