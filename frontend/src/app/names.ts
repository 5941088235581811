import { language, message } from '../i18n/i18n';
import { api } from './api';
import type { Organization, Page } from './model';
import { notifyChange } from './store';

/**
 * Names in the reader's language. States are named by their ISO alpha-2 code through the browser's own
 * region names (Intl.DisplayNames); the standard topics and tags through the message catalogues, keyed by
 * id. Anything else keeps the name the server sends, in English. In English the server's names (the
 * United Nations' short names) are used as they are.
 */
export interface StateEntry {
  id: string;
  name: string;
  iso2?: string;
  regionalGroup?: Organization['regionalGroup'];
  observer?: boolean;
}

let loading: Promise<Map<string, StateEntry>> | null = null;
let known: Map<string, StateEntry> = new Map();
let byEnglishName: Map<string, StateEntry> | null = null;
const others = new Map<string, string | null>();
let regionNames: { language: string; names: Intl.DisplayNames | null } | null = null;

/** Every State, fetched once per visit (about 200 short entries); views re-render when they arrive. */
export function loadStates(): Promise<Map<string, StateEntry>> {
  loading ??= fetchAll().then(
    (states) => {
      known = states;
      byEnglishName = null;
      notifyChange();
      return states;
    },
    (error) => {
      loading = null; // let a later visit try again
      throw error;
    },
  );
  return loading;
}

/** The States known so far, by id (empty until loadStates() has answered). */
export function knownStates(): Map<string, StateEntry> {
  return known;
}

/**
 * An organization's name in the current language: a State by its code, the intergovernmental organizations and the
 * United Nations' own offices (the Secretariat, the Chair's office) through the catalogues, others (stakeholders,
 * who chose their names) as the server names them.
 */
export function organizationName(organization: { id?: string; name: string; iso2?: string; kind?: string }): string {
  const iso2 = organization.iso2 ?? (organization.id ? known.get(organization.id)?.iso2 : undefined);
  if (organization.id && (iso2 || known.has(organization.id))) {
    return stateName(organization.id, organization.name, iso2);
  }
  return (organization.id && catalogued(organization.id)) ?? organization.name;
}

/** The catalogue's name of an organization other than a State, or undefined when the catalogues have none. */
function catalogued(id: string): string | undefined {
  return message(`organizationName.${id}`);
}

/**
 * The name of the organization with this id (lists such as the audit log carry ids only): a State from the
 * registry loaded by loadStates(), any other organization fetched once and remembered; the id until then.
 */
export function organizationNameById(id: string): string {
  const state = known.get(id);
  if (state) {
    return stateName(state.id, state.name, state.iso2);
  }
  const named = catalogued(id);
  if (named) {
    return named;
  }
  const other = others.get(id);
  if (other === undefined) {
    others.set(id, null);
    api.get<Organization>(`/organizations/${encodeURIComponent(id)}`).then(
      (organization) => {
        others.set(id, organization.name);
        notifyChange();
      },
      () => {
        // an organization the registry does not know (any more): its id is all there is to show
      },
    );
  }
  return other ?? id;
}

/**
 * A State named in English by the server's text (a summary lists "States that spoke" by name), in the
 * current language; any other name as it is.
 */
export function localizedName(english: string): string {
  byEnglishName ??= new Map([...known.values()].map((state) => [state.name, state]));
  const state = byEnglishName.get(english);
  return state ? stateName(state.id, state.name, state.iso2) : english;
}

function stateName(id: string, english: string, iso2: string | undefined): string {
  const observer = message(`stateName.${id}`);
  if (observer) {
    return observer; // the observer States' UN designations, which the browsers' region names do not use
  }
  if (language() === 'en' || !iso2) {
    return english;
  }
  return regions()?.of(iso2) ?? english;
}

function regions(): Intl.DisplayNames | null {
  if (regionNames?.language !== language()) {
    let names: Intl.DisplayNames | null;
    try {
      names = new Intl.DisplayNames([language()], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    regionNames = { language: language(), names };
  }
  return regionNames.names;
}

/** A topic's title and description, translated for the standard topics. */
export function topicTitle(topic: { id: string; title: string }): string {
  return message(`topicName.${topic.id}.title`) ?? topic.title;
}

export function topicDescription(topic: { id: string; description: string }): string {
  return message(`topicName.${topic.id}.description`) ?? topic.description;
}

/** A tag's label (norm-a ... norm-k, the regional groups), translated; else the server's label, else the id. */
export function tagLabel(id: string, serverLabel?: string): string {
  return message(`tagName.${id}`) ?? serverLabel ?? id;
}

export function tagDescription(id: string, serverDescription?: string): string | undefined {
  return message(`tagName.${id}.description`) ?? serverDescription;
}

async function fetchAll(): Promise<Map<string, StateEntry>> {
  const byId = new Map<string, StateEntry>();
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ kind: 'state', limit: '500' });
    if (cursor) {
      query.set('cursor', cursor);
    }
    const page = await api.get<Page<Organization & { iso2?: string }>>(`/organizations?${query}`);
    page.items.forEach((state) =>
      byId.set(state.id, {
        id: state.id,
        name: state.name,
        iso2: state.iso2,
        regionalGroup: state.regionalGroup,
        observer: state.observer,
      }),
    );
    cursor = page.next;
  } while (cursor);
  return byId;
}
