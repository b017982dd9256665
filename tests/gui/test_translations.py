"""The Indonesian translation is complete and the shipped .qm matches the .ts.

Every error template the services and domain can raise must be in the .ts (context
"errors") with a translation that keeps its {placeholders}; every text the UI marks for
translation must be translated; and the .qm must be what lrelease makes of the .ts now.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coopdesk.resources import resource
from coopdesk.ui.error_texts import TEMPLATES

ROOT = Path(__file__).resolve().parents[2]
TS = resource("i18n", "coopdesk_id.ts")
QM = resource("i18n", "coopdesk_id.qm")
_PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")


def _messages() -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")  # type: ignore[assignment]
    return found


def _module_constants(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level ``NAME = "text"`` and ``NAME = {key: "text", ...}``: templates kept in a table."""
    constants: dict[str, list[str]] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else \
            node.target if isinstance(node, ast.AnnAssign) else None
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if not isinstance(target, ast.Name) or value is None:
            continue
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            constants[target.id] = [value.value]
        elif isinstance(value, ast.Dict) and all(isinstance(v, ast.Constant) and isinstance(v.value, str)
                                                 for v in value.values):
            constants[target.id] = [v.value for v in value.values]  # type: ignore[union-attr]
    return constants


def raised_templates() -> dict[str, str]:
    """Every template passed to ValidationError/NotFoundError outside the UI and CLI: a literal,
    or a module-level string or table of strings (every entry of the table counts)."""
    templates: dict[str, str] = {}
    for path in sorted((ROOT / "coopdesk").rglob("*.py")):
        if path.relative_to(ROOT / "coopdesk").parts[0] in ("ui", "cli"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _module_constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in ("ValidationError", "NotFoundError") or len(node.args) < 2:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            template = node.args[1]
            if isinstance(template, ast.Subscript):
                template = template.value
            if isinstance(template, ast.Constant):
                templates[template.value] = where
            elif isinstance(template, ast.Name) and template.id in constants:
                templates.update(dict.fromkeys(constants[template.id], where))
            else:
                raise AssertionError(f"{where}: the template must be a literal or a module-level table of them")
    return templates


def test_every_error_template_the_code_raises_is_translated() -> None:
    messages = _messages()
    templates = raised_templates()
    assert len(templates) > 50
    missing = {t: where for t, where in templates.items() if ("errors", t) not in messages}
    assert not missing, f"add these to coopdesk/ui/error_texts.py and translate them: {missing}"
    assert set(templates) <= set(TEMPLATES)
    for template in templates:
        translation = messages[("errors", template)]
        assert translation.get("type") is None and (translation.text or "").strip(), template
        assert sorted(_PLACEHOLDER.findall(translation.text or "")) == sorted(_PLACEHOLDER.findall(template)), \
            f"placeholders differ: {template!r} -> {translation.text!r}"


def test_no_text_is_left_untranslated() -> None:
    unfinished = [(ctx, src) for (ctx, src), tr in _messages().items()
                  if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()]
    assert not unfinished


def test_every_translation_keeps_its_placeholders() -> None:
    for (ctx, source), translation in _messages().items():
        assert sorted(_PLACEHOLDER.findall(translation.text or "")) == sorted(_PLACEHOLDER.findall(source)), \
            f"{ctx}: {source!r} -> {translation.text!r}"


def test_the_ts_file_is_up_to_date_with_the_source(tmp_path: Path) -> None:
    """lupdate over coopdesk/ui finds no text the .ts does not have."""
    lupdate = shutil.which("pyside6-lupdate", path=str(ROOT / ".venv" / "bin")) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / "coopdesk_id.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "coopdesk" / "ui").glob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none", "-silent"],
                   check=True, capture_output=True)
    assert copy.read_bytes() == TS.read_bytes(), "run pyside6-lupdate (see resources/i18n/README.md)"


def test_the_qm_file_is_what_lrelease_makes_of_the_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(ROOT / ".venv" / "bin")) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    built = tmp_path / "coopdesk_id.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(built), "-silent"], check=True, capture_output=True)
    assert built.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (see resources/i18n/README.md)"
