import { diffWordsWithSpace } from 'diff';

/** One run of a word diff, in the shape the API sends for amendments. */
export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/**
 * A stretch of unchanged text short enough to read as part of the change around it: spaces, punctuation, or
 * one short word ("the", "of", "and"). Left as it is, a rewritten sentence reads as words struck and inserted
 * one by one; taken into the change, it reads as the old wording struck whole and the new wording inserted.
 */
const MINOR = /^\s*[^\s]{0,3}\s*$/u;

/**
 * The change from one paragraph text to the next (jsdiff, word level), as whole deleted and inserted runs:
 * changes separated only by minor unchanged text merge into one deletion followed by one insertion. The API
 * sends amendments' diffs merged the same way; between two versions the browser has both texts already, so
 * it works the change out itself rather than asking the server again.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  return mergeRuns(
    diffWordsWithSpace(before, after).map((change) => ({
      op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
      text: change.value,
    })),
  );
}

/** Runs with each minor unchanged stretch between two changes moved into both the deletion and the insertion. */
export function mergeRuns(parts: readonly DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) merged.push({ op: 'delete', text: deleted });
    if (inserted) merged.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  parts.forEach((part, index) => {
    if (part.op === 'delete') {
      deleted += part.text;
    } else if (part.op === 'insert') {
      inserted += part.text;
    } else {
      const between = (deleted || inserted) && index < parts.length - 1 && MINOR.test(part.text);
      if (between) {
        deleted += part.text;
        inserted += part.text;
      } else {
        flush();
        merged.push(part);
      }
    }
  });
  flush();
  return merged;
}
