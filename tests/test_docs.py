"""The documented surface: every command, setting and reject code is in the README; `__all__` is pinned."""

from __future__ import annotations

from dataclasses import fields

import dateline
from dateline.cli import main
from dateline.errors import FIXES, RejectCode
from dateline.settings import Settings

from support import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix="dateline"):
    for name, command in group.commands.items():
        yield f"{prefix} {name}"
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix} {name}")


def test_every_command_is_documented():
    missing = [command for command in _commands(main) if f"`{command}" not in README]
    assert not missing, f"document these commands in README.md: {missing}"


def test_every_setting_is_documented():
    missing = [f"DATELINE_{spec.name.upper()}" for spec in fields(Settings) if f"DATELINE_{spec.name.upper()}" not in README]
    assert not missing, f"document these settings in README.md: {missing}"


def test_every_reject_code_is_documented_with_a_fix():
    assert set(FIXES) == set(RejectCode)
    missing = [code.value for code in RejectCode if f"`{code.value}`" not in README]
    assert not missing, f"document these reject codes in README.md: {missing}"


def test_public_api_is_pinned():
    assert dateline.__all__ == sorted(dateline.__all__)
    assert dateline.__all__ == [
        "Analysis", "Article", "DatelineError", "IngestSummary", "InputError", "MissingInputError", "ModelError",
        "ReadOptions", "Reject", "RejectCode", "Settings", "Store", "StoreError", "analyze", "analyze_many",
        "ingest", "load_pipeline", "open_store", "read_paths",
    ]
    assert all(hasattr(dateline, name) for name in dateline.__all__)


def test_settings_come_from_the_environment():
    settings = Settings.from_env({"DATELINE_MODEL": "en_core_web_trf", "DATELINE_BATCH_SIZE": "16", "DATELINE_SYNCHRONOUS": "FULL"})
    assert (settings.model, settings.batch_size, settings.synchronous) == ("en_core_web_trf", 16, "FULL")
    assert settings.with_options(batch_size=8, model=None).batch_size == 8


def test_every_document_the_readme_and_the_cli_point_to_exists():
    import re

    from click.testing import CliRunner

    help_texts = [CliRunner().invoke(main, [*command.split()[1:], "--help"]).output for command in _commands(main)]
    named = set(re.findall(r"docs/[\w-]+\.md", README + "\n".join(help_texts)))
    assert "docs/evaluation.md" in named
    missing = sorted(path for path in named if not (REPO / path).exists())
    assert not missing, f"these documents are named but absent: {missing}"
