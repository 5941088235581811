import { diffWordsWithSpace } from 'diff';

/** One run of a word diff, in the shape the API sends for amendments. */
export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/**
 * The change from one paragraph text to the next, word by word (jsdiff). The API sends this for
 * amendments; between two versions the browser has both texts already, so it works the change out itself
 * rather than asking the server again.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
}
