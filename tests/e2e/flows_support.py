"""Helpers of the browser flows: staff log in through the admin's login form, each in a browser
context of their own (``open_page()``), so that no one has to log out."""

from demo.management.commands.seed_demo import ADMIN_PASSWORD


def log_in(page, username, password=ADMIN_PASSWORD):
    """The demo's accounts share the password ``seed_demo`` prints."""
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
