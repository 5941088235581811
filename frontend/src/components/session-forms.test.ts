import { describe, expect, it } from 'vitest';
import type { Agenda } from '../app/sessions-model';
import { parseAgenda } from './session-forms';

const current: Agenda = {
  sessionId: 's',
  version: 1,
  status: 'provisional',
  createdAt: '2027-07-01T00:00:00Z',
  items: [
    { id: 'a', number: '1', title: 'Opening of the session', topics: ['norms'], threads: [], drafts: [], subItems: [] },
    {
      id: 'b',
      number: '2',
      title: 'Capacity-building',
      topics: [],
      threads: [],
      drafts: [],
      subItems: [{ id: 'c', number: '2(a)', title: 'Needs', topics: [], threads: [], drafts: [] }],
    },
  ],
};

describe('the agenda as the Secretariat types it', () => {
  it('reads one item per line and a hyphen as a sub-item of the item above', () => {
    expect(parseAgenda('Opening\n- First\n  - Second\n\nClosing', undefined)).toEqual([
      { title: 'Opening', subItems: [{ title: 'First' }, { title: 'Second' }] },
      { title: 'Closing' },
    ]);
  });

  it('keeps the id and links of an item whose title is unchanged, wherever it moves, once', () => {
    const none = { topics: [], threads: [], drafts: [] };
    expect(parseAgenda('Capacity-building\n- Needs\nOpening of the session\nOther matters\nNeeds', current)).toEqual([
      { id: 'b', title: 'Capacity-building', ...none, subItems: [{ id: 'c', title: 'Needs', ...none }] },
      { id: 'a', title: 'Opening of the session', topics: ['norms'], threads: [], drafts: [] },
      { title: 'Other matters' },
      { title: 'Needs' },
    ]);
  });

  it('takes a hyphen before any item as an item', () => {
    expect(parseAgenda('- Lonely', undefined)).toEqual([{ title: 'Lonely' }]);
  });
});
