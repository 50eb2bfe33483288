"""The sdist and the wheel carry everything a site needs, and the wheel works once installed.

The distributions are built from a copy of the checkout with ``python -m build`` (the build
backend comes from the package index through build isolation); the wheel is then installed into
a fresh virtualenv, not the checkout, so a file missing from package-data fails here.
"""

from __future__ import annotations

import gettext
import json
import sys
import tarfile
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests import packaging_support as support
from tests.packaging_support import (
    DIST_NAME,
    PACKAGE,
    REPO_ROOT,
    package_version,
    run,
    source_files,
)

# Session fixtures shared with test_integrator_install.py; the work is memoised in
# packaging_support, so the distributions are built and installed once per session.
built_distributions = support.built_distributions
wheel_venv = support.wheel_venv

pytestmark = pytest.mark.slow

CATALOGUE = f"{PACKAGE}/locale/vi/LC_MESSAGES"
ADMIN_VI_CATALOGUE = f"{PACKAGE}/admin_vi/locale/vi/LC_MESSAGES"


def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {name for name in archive.namelist() if not name.endswith("/")}


def wheel_metadata(wheel: Path):
    with zipfile.ZipFile(wheel) as archive:
        [name] = [
            n for n in archive.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA")
        ]
        return HeaderParser().parsestr(archive.read(name).decode("utf-8"))


def missing(expected, present) -> list[str]:
    return sorted(set(expected) - set(present))


def test_version_matches_package(built_distributions):
    import pbgdpl_wagtail

    # The editable install and the source file agree; the built files carry that version.
    assert pbgdpl_wagtail.__version__ == package_version()
    version = package_version()
    assert built_distributions.wheel.name.startswith(f"{PACKAGE}-{version}-")
    assert built_distributions.sdist.name == f"{PACKAGE}-{version}.tar.gz"


def test_wheel_contains_package_data(built_distributions):
    names = wheel_names(built_distributions.wheel)

    assert f"{PACKAGE}/templates/pbgdpl_wagtail/base.html" in names
    templates = source_files("templates")
    assert templates, "the source tree has no templates"
    assert not missing(templates, names), (
        f"templates missing from the wheel: {missing(templates, names)}"
    )

    static = source_files("static")
    assert any(path.endswith(".css") for path in static), "the source tree has no CSS"
    assert not missing(static, names), (
        f"static files missing from the wheel: {missing(static, names)}"
    )

    migrations = source_files("migrations", pattern="*.py")
    assert f"{PACKAGE}/migrations/__init__.py" in migrations
    assert len(migrations) >= 2
    assert not missing(migrations, names), f"migrations missing: {missing(migrations, names)}"

    reference = source_files("reference_data", pattern="*.json")
    assert reference, "the source tree has no reference_data/*.json"
    assert not missing(reference, names), f"reference data missing: {missing(reference, names)}"

    modules = source_files(pattern="*.py")
    assert not missing(modules, names), f"modules missing from the wheel: {missing(modules, names)}"

    # Only the package and its metadata: no tests, demo project or docs.
    top_level = {name.split("/", 1)[0] for name in names}
    assert top_level == {PACKAGE, f"{PACKAGE}-{package_version()}.dist-info"}, top_level


def test_distributions_contain_vietnamese_catalogue(built_distributions):
    wheel = wheel_names(built_distributions.wheel)
    prefix = f"{PACKAGE}-{package_version()}/"
    with tarfile.open(built_distributions.sdist) as archive:
        sdist = {member.name.removeprefix(prefix) for member in archive.getmembers()}
    for filename in ("django.po", "django.mo"):
        path = f"{CATALOGUE}/{filename}"
        hint = "run `make messages` and commit both files; package-data must include locale/**/*"
        assert path in wheel, f"{path} is not in the wheel ({hint})"
        assert path in sdist, f"{path} is not in the sdist ({hint})"
    # The Wagtail admin's catalogue, both domains (pbgdpl_wagtail.admin_vi).
    for filename in ("django.po", "django.mo", "djangojs.po", "djangojs.mo"):
        path = f"{ADMIN_VI_CATALOGUE}/{filename}"
        assert path in wheel, f"{path} is not in the wheel"
        assert path in sdist, f"{path} is not in the sdist"


def test_wheel_metadata(built_distributions):
    metadata = wheel_metadata(built_distributions.wheel)
    assert metadata["Name"] == DIST_NAME
    assert metadata["Version"] == package_version()

    requirements = [Requirement(value) for value in metadata.get_all("Requires-Dist") or []]
    unconditional = {canonicalize_name(req.name) for req in requirements if req.marker is None}
    for name in ("Django", "wagtail", "wagtail-localize", "django-taggit"):
        assert canonicalize_name(name) in unconditional, (
            f"Requires-Dist lacks {name}: {[str(req) for req in requirements]}"
        )
    assert metadata["Requires-Python"], "Requires-Python is not set"


def test_sdist_contents(built_distributions):
    version = package_version()
    prefix = f"{PACKAGE}-{version}/"
    with tarfile.open(built_distributions.sdist) as archive:
        names = {member.name for member in archive.getmembers() if member.isfile()}
    assert all(name.startswith(prefix) for name in names), sorted(names)[:5]
    relative = {name[len(prefix) :] for name in names}

    for required in ("README.md", "pyproject.toml", "setup.py", "PKG-INFO"):
        assert required in relative, f"{required} is not in the sdist"

    package_data = (
        source_files("templates")
        + source_files("static")
        + source_files("migrations", pattern="*.py")
        + source_files("reference_data", pattern="*.json")
        + source_files(pattern="*.py")
    )
    assert not missing(package_data, relative), (
        f"package files missing from the sdist: {missing(package_data, relative)}"
    )


def test_wheel_builds_from_unpacked_sdist(built_distributions, tmp_path):
    """What `pip install pbgdpl-wagtail` does with the sdist: unpack it and build a wheel."""
    with tarfile.open(built_distributions.sdist) as archive:
        if hasattr(tarfile, "data_filter"):
            archive.extractall(tmp_path / "unpacked", filter="data")
        else:  # pragma: no cover - Python < 3.11.4
            archive.extractall(tmp_path / "unpacked")
    [project] = list((tmp_path / "unpacked").iterdir())
    for required in ("README.md", "pyproject.toml", "setup.py"):
        assert (project / required).is_file(), f"{required} is not in the unpacked sdist"
    assert (project / PACKAGE / "templates" / "pbgdpl_wagtail" / "base.html").is_file()

    out = tmp_path / "wheelhouse"
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", out, project],
        cwd=tmp_path,
        timeout=300,
    )
    [rebuilt] = list(out.glob("*.whl"))
    original = wheel_names(built_distributions.wheel)
    again = wheel_names(rebuilt)
    # The wheel built from the sdist has the same files as the one built from the checkout.
    assert again == original, {
        "only from the checkout": sorted(original - again),
        "only from the sdist": sorted(again - original),
    }


def test_installed_wheel_is_imported_from_the_new_venv(wheel_venv, tmp_path):
    code = f"""
import json, sys
from importlib import metadata, resources
from pathlib import Path

import {PACKAGE}

root = resources.files("{PACKAGE}")
print(json.dumps({{
    "file": str(Path({PACKAGE}.__file__).resolve()),
    "version": {PACKAGE}.__version__,
    "dist_version": metadata.version("{DIST_NAME}"),
    "prefix": sys.prefix,
    "base_html": (root / "templates" / "pbgdpl_wagtail" / "base.html").is_file(),
    "templates": sorted(
        str(p.relative_to(Path({PACKAGE}.__file__).parent).as_posix())
        for p in Path({PACKAGE}.__file__).parent.joinpath("templates").rglob("*")
        if p.is_file()
    ),
    "css": (root / "static" / "pbgdpl_wagtail" / "css" / "pbgdpl.css").is_file(),
    "reference": sorted(
        p.name for p in (root / "reference_data").iterdir() if p.name.endswith(".json")
    ),
    "django": __import__("django").__version__,
    "wagtail": __import__("wagtail").__version__,
}}))
"""
    # cwd is an empty folder: the checkout must not be on sys.path.
    result = wheel_venv.python_c(code, cwd=tmp_path)
    info = json.loads(result.stdout.strip().splitlines()[-1])

    venv_root = wheel_venv.root.resolve()
    assert Path(info["file"]).is_relative_to(venv_root), (
        f"pbgdpl_wagtail was imported from {info['file']}, not from the new venv {venv_root}"
    )
    assert not Path(info["file"]).is_relative_to(REPO_ROOT.resolve() / PACKAGE)
    assert Path(info["prefix"]).resolve() == venv_root
    assert info["version"] == info["dist_version"] == package_version()
    assert info["base_html"]
    assert info["css"]
    expected_templates = sorted(path.split("/", 1)[1] for path in source_files("templates"))
    assert info["templates"] == expected_templates
    assert info["reference"] == sorted(
        Path(path).name for path in source_files("reference_data", pattern="*.json")
    )


def test_installed_wheel_has_compiled_catalogue(wheel_venv, tmp_path):
    code = f"""
from importlib import resources

print(resources.files("{PACKAGE}") / "locale" / "vi" / "LC_MESSAGES")
"""
    catalogue = Path(wheel_venv.python_c(code, cwd=tmp_path).stdout.strip().splitlines()[-1])
    assert catalogue.resolve().is_relative_to(wheel_venv.root.resolve()), catalogue
    for filename in ("django.po", "django.mo"):
        assert (catalogue / filename).is_file(), (
            f"{filename} is not in the installed package ({catalogue})"
        )
    with (catalogue / "django.mo").open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    # A real, compiled Vietnamese catalogue: a header naming the language, and translations.
    assert (translations.info().get("language") or "").lower().startswith("vi")
    assert len(translations._catalog) > 1, "django.mo translates nothing"
