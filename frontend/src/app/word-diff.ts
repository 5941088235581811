/** One run of a word diff, in the shape the API sends for amendments. */
export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/**
 * The change from one paragraph text to the next, word by word (a longest-common-subsequence diff over
 * words and the spaces between them). The API sends this for amendments; between two versions the browser
 * has both texts already, so it works the change out itself rather than asking the server again.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.split(/(\s+)/).filter((token) => token !== '');
  const b = after.split(/(\s+)/).filter((token) => token !== '');
  // A paragraph runs to a few hundred words: the quadratic table stays small.
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts.at(-1);
    if (last?.op === op) {
      last.text += text;
    } else {
      parts.push({ op, text });
    }
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('equal', a[i]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      push('delete', a[i++]);
    } else {
      push('insert', b[j++]);
    }
  }
  a.slice(i).forEach((token) => push('delete', token));
  b.slice(j).forEach((token) => push('insert', token));
  return parts;
}
