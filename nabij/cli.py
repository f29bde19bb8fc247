"""The `nabij` command: Django's management commands plus a few of Nabij's own.

`nabij init-env` writes var/nabij.env with fresh secrets (it must work before the
settings can load); `nabij bench NAME` runs a benchmark from bench/ and prints JSON;
everything else (`nabij demo`, `nabij migrate`, ...) is a management command.
"""

import os
import secrets
import sys
from pathlib import Path


def init_env(var_dir: Path) -> Path:
    """Create var/nabij.env with a secret key and an encryption key, once."""
    from cryptography.fernet import Fernet

    var_dir.mkdir(parents=True, exist_ok=True)
    path = var_dir / "nabij.env"
    if not path.exists():
        # Letters, digits, "-" and "_" only: the env file's reader takes a value that
        # starts with "$" for the name of another variable, and Django's own key
        # alphabet has "$" in it.
        path.write_text(
            f"NABIJ_SECRET_KEY={secrets.token_urlsafe(50)}\n"
            f"NABIJ_ENCRYPTION_KEY={Fernet.generate_key().decode()}\n"
        )
        path.chmod(0o600)
    return path


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nabij.settings")
    command = argv[1] if len(argv) > 1 else "help"
    if command == "init-env":
        default = Path(__file__).resolve().parent.parent / "var"
        print(init_env(Path(os.environ.get("NABIJ_VAR_DIR", default))))
        return
    if command == "bench":
        from bench import run

        sys.exit(run(argv[2:]))
    from django.core.management import execute_from_command_line

    # Commands read better with dashes (`nabij demo-logins`); Django's modules use underscores.
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
