import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (scripts/browser/install.sh), headless, as the page's tests drive it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
