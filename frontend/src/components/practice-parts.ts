import { html } from 'lit';
import { isAddress } from '../app/practice-model';
import { session } from '../app/session';

/** Who is offered the form: delegates of States and of accredited stakeholders (the server decides). */
export function mayShareAPractice(): boolean {
  const participant = session.participant();
  if (!participant?.roles.includes('delegate')) {
    return false;
  }
  const organization = participant.organization;
  return organization.kind === 'state' || organization.accreditation === 'accredited';
}

/** A practice's document: an address as a link, a UN symbol as text. */
export function practiceLink(link: string) {
  return isAddress(link)
    ? html`<a href=${link} rel="noopener noreferrer">${link}</a>`
    : html`<span lang="en">${link}</span>`;
}
