// A word diff for showing a suggested edit: the same tokens as the server's redlines (quoted defined terms,
// numbers, words, runs of whitespace, single other characters), compared by longest common subsequence.

const TOKEN = /["“]\p{Lu}[^"“”\n]{0,80}["”]|\d+(?:[.,]\d+)*%?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}]+)*|\s+|[\s\S]/gu;

export function tokens(text) {
  return text.match(TOKEN) ?? [];
}

/** Above this many token pairs the diff shows one replacement instead of a word-by-word comparison. */
const MAX_CELLS = 4_000_000;

/**
 * @returns {{type: 'same'|'del'|'ins', text: string}[]} parts that spell the original (same + del) and the
 *          suggestion (same + ins), adjacent parts of one type merged
 */
export function wordDiff(original, suggested) {
  const a = tokens(original);
  const b = tokens(suggested);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const parts = [];
  const push = (type, text) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.type === type) last.text += text;
    else parts.push({ type, text });
  };
  push('same', a.slice(0, prefix).join(''));
  if (midA.length * midB.length > MAX_CELLS) {
    push('del', midA.join(''));
    push('ins', midB.join(''));
  } else {
    const n = midA.length;
    const m = midB.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push('same', midA[i++]);
        j++;
      } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        push('del', midA[i++]);
      } else {
        push('ins', midB[j++]);
      }
    }
  }
  push('same', a.slice(a.length - suffix).join(''));
  return parts;
}
