import { html } from 'lit';
import { api } from '../app/api';
import { bdi } from '../app/bidi';
import type { Page } from '../app/model';
import { organizationName } from '../app/names';
import { message, t } from '../i18n/i18n';

/** An accredited organization, as /accredited-organizations lists it. */
export interface Accredited {
  id: string;
  kind: string;
  name: string;
  website?: string;
  country?: { id: string; name: string };
  ecosocStatus?: boolean;
}

/** Every accredited organization, read page by page (a thousand at most). */
export async function allAccredited(): Promise<Accredited[]> {
  const all: Accredited[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ limit: '100' });
    if (cursor) {
      query.set('cursor', cursor);
    }
    const page: Page<Accredited> = await api.get<Page<Accredited>>(`/accredited-organizations?${query}`);
    all.push(...page.items);
    cursor = page.next;
  } while (cursor && all.length < 1000);
  return all;
}

/** The accredited organizations, each a link to its page with its kind and country. */
export function accreditedList(accredited: Accredited[]) {
  return html`<section aria-labelledby="accreditation-list">
    <h2 id="accreditation-list">${t('accreditationPage.accreditedTitle')}</h2>
    ${
      accredited.length
        ? html`<ul class="columns">
          ${accredited.map(
            (organization) => html`<li>
              <a href="/organizations/${encodeURIComponent(organization.id)}">${bdi(organization.name)}</a>
              <span class="muted">— ${message(`kind.${organization.kind}`) ?? organization.kind}${organization.country ? `, ${organizationName(organization.country)}` : ''}</span>
            </li>`,
          )}
        </ul>`
        : html`<p class="muted">${t('accreditationPage.noneAccredited')}</p>`
    }
  </section>`;
}
