// Office.js for the browser specs: the Word stand-in (test/word-stand-in.js) as the classic script Office's
// CDN would serve, creating the globals Office and Word from the configuration the spec put in
// window.__wordStandIn (paragraphs, wordApi, the file's bytes in base64, the Word user).
import { readFileSync } from 'node:fs';

const module = readFileSync(new URL('../word-stand-in.js', import.meta.url), 'utf8');

export const officeScript = `(function () {
${module.replace(/^export /gm, '')}
const config = window.__wordStandIn || {};
const file = config.fileBase64 ? Uint8Array.from(atob(config.fileBase64), (c) => c.charCodeAt(0)) : new Uint8Array();
const host = createWordHost({ paragraphs: config.paragraphs, wordApi: config.wordApi, file, user: config.user });
window.Office = host.office;
window.Word = host.word;
window.__wordHost = host;
})();`;
