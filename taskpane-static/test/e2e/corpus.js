// A contract from the shared corpus (../shared/corpus beside the checkout), as plain paragraphs; null when
// the corpus is absent (a fresh clone), in which case the specs that need it say they were skipped.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED = process.env.CLAUSEWARDEN_SHARED || resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const CONTRACT = 'corpus/contracts/commonpaper-csa-standard-terms-v2.1.md';

export function contractFromCorpus() {
  const file = join(SHARED, CONTRACT);
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').replace(/[*_#>`]/g, '').trim())
    .filter((p) => p.length > 0);
}
