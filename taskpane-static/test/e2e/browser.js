// Debian's Chromium driven by playwright-core, launched with the project's fixed flags. The browser
// trusts the test server's certificate chain by its public keys only, and every request that is not
// for loopback is refused (Office.js is answered by the Word stand-in instead).
import { chromium } from 'playwright-core';

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export async function launch({ spki = [], trust = true } = {}) {
  const args = [...FLAGS];
  if (trust && spki.length) args.push(`--ignore-certificate-errors-spki-list=${spki.join(',')}`);
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args });
}

/**
 * A page 350 px wide whose Office.js is `officeScript` (a classic script source), and which may reach
 * nothing but loopback: anything else is aborted and listed in `refused`.
 */
export async function paneContext(browser, { officeScript, width = 350, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const refused = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.href === OFFICE_JS && officeScript !== undefined) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeScript });
    }
    if (['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    refused.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, refused };
}
