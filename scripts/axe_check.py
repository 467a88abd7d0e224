"""Runs axe-core's accessibility rules on every page of a built site in headless Chromium."""
import glob
import os
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def main(root):
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # axe runs as an asynchronous script; on a busy machine the one-page report takes far longer
    # than the driver's default 30 s (browser_check.py waits as long).
    driver.set_script_timeout(600)
    driver.command_executor.client_config.timeout = 660
    pages = sorted(glob.glob(os.path.join(root, "**", "*.html"), recursive=True))
    failed = 0
    try:
        for page in pages:
            driver.get("file://" + os.path.abspath(page))
            axe = Axe(driver)
            axe.inject()
            violations = axe.run()["violations"]
            for violation in violations:
                print(f"{os.path.relpath(page, root)}: {violation['id']} ({violation['impact']}): "
                      f"{violation['help']} at {violation['nodes'][0]['target']}")
            failed += bool(violations)
    finally:
        driver.quit()
    print(f"axe: {len(pages) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
