"""Issue 9: `arbox users add` (password from the option or stdin), `arbox users token`,
`arbox portal-link`, and `arbox serve --help`."""
from __future__ import annotations

from sqlalchemy import select
from typer.testing import CliRunner

from api.auth import verify_password
from cli.main import app
from ledger.db import make_engine, session_factory
from ledger.models import User


def _user(db_url: str, username: str) -> User | None:
    engine = make_engine(db_url)
    with session_factory(engine)() as s:
        user = s.scalars(select(User).where(User.username == username)).first()
    engine.dispose()
    return user


def test_users_add_from_option_and_stdin(arbox_env):
    runner = CliRunner()
    r = runner.invoke(app, ["users", "add", "carol", "--role", "collector", "--password",
                            "a long password"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["users", "add", "dave", "--role", "finance"],
                      input="another long one\n")
    assert r.exit_code == 0, r.output
    assert verify_password(_user(arbox_env, "dave").password_hash, "another long one")
    assert _user(arbox_env, "carol").role == "collector"
    r = runner.invoke(app, ["users", "add", "eve", "--role", "boss", "--password", "x" * 12])
    assert r.exit_code == 2 and "unknown role 'boss' (collector, finance or admin)" in r.output
    r = runner.invoke(app, ["users", "add", "carol", "--role", "admin", "--password", "x" * 12])
    assert r.exit_code == 1 and "user 'carol' already exists" in r.output
    r = runner.invoke(app, ["users", "token", "carol"])
    assert r.exit_code == 0 and r.stdout.startswith("arbox_")


def test_portal_link_and_serve_help(arbox_env, monkeypatch):
    runner = CliRunner()
    r = runner.invoke(app, ["portal-link", "C1"])
    assert r.exit_code == 1 and "ARBOX_SECRET_KEY is not set" in r.output
    monkeypatch.setenv("ARBOX_SECRET_KEY", "s" * 40)
    r = runner.invoke(app, ["portal-link", "C404"])
    assert r.exit_code == 1 and "no customer C404" in r.output
    r = runner.invoke(app, ["serve", "--help"])
    assert r.exit_code == 0 and "OpenAPI at /openapi.json" in r.output
