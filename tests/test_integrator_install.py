"""The README's installation steps work on a brand-new ``wagtail start`` project.

The project runs in the virtualenv that has the built wheel installed (see packaging_support),
takes exactly the settings and the commands between the ``integrator-*`` markers of README.md,
and keeps its own home page as the site root: the portal is added under it, as an existing site
would do.
"""

from __future__ import annotations

import gettext
import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests import packaging_support as support
from tests.packaging_support import PACKAGE, REPO_ROOT, clean_env, run

pytestmark = pytest.mark.slow

# Session fixtures shared with test_packaging.py; the work is memoised in packaging_support.
built_distributions = support.built_distributions
wheel_venv = support.wheel_venv

PROJECT = "provincesite"
SETTINGS_MODULE = f"{PROJECT}.settings.dev"
RESULT_MARKER = "PBGDPL-RESULT:"


def readme_block(name: str, language: str) -> str:
    """The fenced ``language`` block between ``<!-- integrator-NAME:start/end -->``."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(
        rf"<!--\s*integrator-{name}:start\s*-->(.*?)<!--\s*integrator-{name}:end\s*-->",
        readme,
        re.DOTALL,
    )
    assert match, f"README.md has no integrator-{name}:start/end markers"
    fences = re.findall(rf"```{language}[ \t]*\n(.*?)```", match.group(1), re.DOTALL)
    assert len(fences) == 1, (
        f"expected one ```{language} block between the integrator-{name} markers, "
        f"found {len(fences)}"
    )
    return fences[0]


def readme_commands() -> list[list[str]]:
    commands = []
    for line in readme_block("commands", "sh").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        commands.append(shlex.split(line, comments=True))
    assert commands, "the integrator-commands block is empty"
    return commands


@dataclass
class Project:
    venv: support.WheelVenv
    root: Path
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def env(self):
        return clean_env(DJANGO_SETTINGS_MODULE=SETTINGS_MODULE)

    def manage(self, *args, check=True):
        return run([self.venv.python, "manage.py", *args], cwd=self.root, env=self.env, check=check)

    def shell(self, code: str) -> dict:
        """Run ``code`` in ``manage.py shell``; it reports by printing one marked JSON line."""
        completed = self.manage("shell", "-c", code)
        lines = [
            line[len(RESULT_MARKER) :]
            for line in completed.stdout.splitlines()
            if line.startswith(RESULT_MARKER)
        ]
        assert len(lines) == 1, f"no result from the shell script:\n{completed.stdout}"
        return json.loads(lines[0])


@pytest.fixture(scope="module")
def project(wheel_venv, tmp_path_factory) -> Project:
    work = tmp_path_factory.mktemp("integrator")
    run(
        [wheel_venv.python, "-m", "wagtail.bin.wagtail", "start", PROJECT],
        cwd=work,
        env=clean_env(),
    )
    root = work / PROJECT
    settings_file = root / PROJECT / "settings" / "base.py"
    assert (root / "manage.py").is_file() and settings_file.is_file()

    with settings_file.open("a", encoding="utf-8") as handle:
        handle.write("\n\n# --- Added by following README.md (integrator-settings) ---\n")
        handle.write(readme_block("settings", "python"))

    urls_file = root / PROJECT / "urls.py"
    with urls_file.open("a", encoding="utf-8") as handle:
        handle.write("\n\n# --- Added by following README.md (integrator-urls) ---\n")
        handle.write(readme_block("urls", "python"))

    project = Project(venv=wheel_venv, root=root)
    for command in readme_commands():
        assert command[0] in {"python", "python3"}, (
            f"README command {shlex.join(command)!r} does not start with python; "
            "this test only knows how to run python commands"
        )
        completed = run([wheel_venv.python, *command[1:]], cwd=root, env=project.env)
        project.outputs[shlex.join(command[1:])] = completed.stdout
    return project


def test_the_project_uses_the_installed_wheel(project):
    result = project.shell(
        "import json, sys, pbgdpl_wagtail\n"
        f"print({RESULT_MARKER!r} + json.dumps("
        "{'file': pbgdpl_wagtail.__file__, 'prefix': sys.prefix}))\n"
    )
    assert Path(result["prefix"]).resolve() == project.venv.root.resolve()
    assert Path(result["file"]).resolve().is_relative_to(project.venv.root.resolve())


def test_check_passes(project):
    completed = project.manage("check")
    assert completed.returncode == 0
    assert "pbgdpl." not in completed.stdout + completed.stderr, completed.stdout


def _created_patterns(venv: support.WheelVenv) -> list[re.Pattern]:
    """Regexes for the command's per-list line, in whichever language it is printed.

    The command prints ``"%(list)s: %(created)d created, ..."`` through gettext and the site's
    LANGUAGE_CODE is ``vi``: once the Vietnamese catalogue translates the line the words change
    but the placeholders stay, so patterns are also built from the installed catalogue.
    """
    templates = []
    code = (
        "from importlib import resources\n"
        f"print(resources.files({PACKAGE!r}) / 'locale' / 'vi' / 'LC_MESSAGES' / 'django.mo')\n"
    )
    mo = Path(venv.python_c(code, cwd=venv.root).stdout.strip().splitlines()[-1])
    if mo.is_file():
        with mo.open("rb") as handle:
            catalog = gettext.GNUTranslations(handle)._catalog
        templates += [
            msgstr
            for msgid, msgstr in catalog.items()
            if isinstance(msgid, str)
            and isinstance(msgstr, str)
            and "%(list)s" in msgid
            and "%(created)d" in msgid
            and "%(list)s" in msgstr
            and "%(created)d" in msgstr
        ]
    templates.append("%(list)s: %(created)d created")
    return [_placeholder_regex(template) for template in templates]


def _placeholder_regex(template: str) -> re.Pattern:
    """``"%(list)s: %(created)d created"`` -> a regex capturing ``list`` and ``created``."""
    pieces = re.split(r"%\((\w+)\)([sd])", template)
    regex = ""
    for index in range(0, len(pieces), 3):
        regex += re.escape(pieces[index])
        if index + 2 < len(pieces):
            name, kind = pieces[index + 1], pieces[index + 2]
            value = r"\w+" if kind == "s" else r"\d+"
            if name in ("list", "created") and f"(?P<{name}>" not in regex:
                value = f"(?P<{name}>{value})"
            regex += value
    return re.compile(regex)


def _created_counts(output: str, patterns: list[re.Pattern]) -> dict[str, int]:
    """``{list name: number created}`` from the command's output."""
    counts = {}
    for line in output.splitlines():
        for pattern in patterns:
            match = pattern.search(line)
            if match:
                counts[match.group("list")] = int(match.group("created"))
                break
    return counts


def test_reference_data_load_is_idempotent(project):
    lists = project.shell(
        "import json\n"
        "from pbgdpl_wagtail.reference import LISTS\n"
        f"print({RESULT_MARKER!r} + json.dumps(list(LISTS)))\n"
    )
    assert lists, "pbgdpl_wagtail.reference.LISTS is empty"

    # The README's commands loaded the lists once already; run the command twice more.
    readme_run = project.outputs.get("manage.py pbgdpl_load_reference_data")
    assert readme_run is not None, "the README's commands do not load the reference data"
    first = project.manage("pbgdpl_load_reference_data").stdout
    second = project.manage("pbgdpl_load_reference_data").stdout

    patterns = _created_patterns(project.venv)
    created_by_readme = _created_counts(readme_run, patterns)
    assert set(created_by_readme) == set(lists), readme_run
    assert all(count > 0 for count in created_by_readme.values()), readme_run
    for output in (first, second):
        assert _created_counts(output, patterns) == dict.fromkeys(lists, 0), output


RENDER_SCRIPT = """
import json
import sys

from django.test import Client
from wagtail.models import Site

import pbgdpl_wagtail
from pbgdpl_wagtail.models import LegalSituation, LibraryPage, PortalHomePage, SectionPage

site = Site.objects.get(is_default_site=True)
home = site.root_page.specific
portal = PortalHomePage(
    title="Phổ biến, giáo dục pháp luật tỉnh",
    slug="pho-bien-giao-duc-phap-luat",
    intro="<p>Trang thông tin điện tử phổ biến, giáo dục pháp luật.</p>",
)
home.add_child(instance=portal)
portal.save_revision().publish()

section = SectionPage(
    title="Hòa giải ở cơ sở",
    slug="hoa-giai-o-co-so",
    show_in_menus=True,
    intro="Tổ hòa giải, hòa giải viên và hoạt động hòa giải ở cơ sở.",
    body=[
        {
            "type": "heading",
            "value": {"text": "Tổ hòa giải", "level": "h2", "anchor": "to-hoa-giai"},
        },
        {"type": "paragraph", "value": "<p>Mỗi thôn, tổ dân phố có một tổ hòa giải.</p>"},
    ],
)
portal.add_child(instance=section)
section.save_revision().publish()

client = Client(HTTP_HOST=site.hostname)
pages = {}
for page in (portal, section):
    page.refresh_from_db()
    url = page.get_url()
    response = client.get(url)
    pages[page.__class__.__name__] = {
        "url": url,
        "status": response.status_code,
        "content": response.content.decode(response.charset or "utf-8"),
    }

library = LibraryPage(title="Thư viện tình huống", slug="thu-vien")
portal.add_child(instance=library)
library.save_revision().publish()
situation = LegalSituation.objects.create(
    title="Tranh chấp lối đi chung",
    scenario="<p>Hai nhà tranh chấp lối đi.</p>",
    question="Có được hòa giải không?",
    answer="<p>Có.</p>",
)
embed = client.get(f"/pbgdpl/embed/situation/{situation.pk}/")
oembed = client.get(
    "/pbgdpl/oembed/",
    {"url": library.get_full_url() + f"situation/{situation.pk}/"},
)

site.refresh_from_db()
print(MARKER + json.dumps({
    "library": {
        "status": client.get(library.get_url() + f"situation/{situation.pk}/").status_code,
        "embed": [embed.status_code, embed.headers.get("Content-Security-Policy")],
        "oembed": [
            oembed.status_code,
            oembed.json().get("type") if oembed.status_code == 200 else None,
        ],
    },
    "module": pbgdpl_wagtail.__file__,
    "prefix": sys.prefix,
    "site_root": [site.root_page_id, type(site.root_page.specific).__name__],
    "home": [home.pk, type(home).__name__],
    "portal": {"title": portal.title, "parent": portal.get_parent().pk},
    "section": {"title": section.title, "url": section.get_url()},
    "pages": pages,
}))
"""


def test_portal_and_section_render_under_the_existing_home_page(project):
    result = project.shell(f"MARKER = {RESULT_MARKER!r}\n" + RENDER_SCRIPT)

    assert Path(result["module"]).resolve().is_relative_to(project.venv.root.resolve())
    # The project's own home page stays the site root; the portal is its child.
    home_pk, home_type = result["home"]
    assert home_type == "HomePage"
    assert result["site_root"] == [home_pk, "HomePage"]
    assert result["portal"]["parent"] == home_pk

    portal = result["pages"]["PortalHomePage"]
    section = result["pages"]["SectionPage"]
    for page, title in ((portal, result["portal"]["title"]), (section, result["section"]["title"])):
        assert page["status"] == 200, f"{page['url']} answered {page['status']}"
        assert title in page["content"], f"{page['url']} does not show its title {title!r}"
        assert "pbgdpl_wagtail/css/pbgdpl.css" in page["content"]

    # The portal links to its section; the section has breadcrumbs and shows its blocks.
    section_url = result["section"]["url"]
    assert f'href="{section_url}"' in portal["content"]
    assert result["section"]["title"] in portal["content"]
    assert "pbgdpl-breadcrumbs" in section["content"]
    assert f'href="{portal["url"]}"' in section["content"]
    assert "Tổ hòa giải" in section["content"]
    assert "to-hoa-giai" in section["content"]
    assert "Mỗi thôn, tổ dân phố có một tổ hòa giải." in section["content"]

    # The library's pages, embeds and oEmbed work through the README's URLs step.
    assert result["library"] == {
        "status": 200,
        "embed": [200, "frame-ancestors *"],
        "oembed": [200, "rich"],
    }
