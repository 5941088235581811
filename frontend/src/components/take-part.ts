import { html, nothing } from 'lit';
import type { Topic } from '../app/forum-model';
import { session, signIn } from '../app/session';
import { t } from '../i18n/i18n';

/**
 * Under a topic a reader who is not signed in: the threads open to accredited participants that they cannot
 * read yet, and how to join, so that a topic with nothing public says what is there rather than look dead.
 */
export function forParticipantsNote(topic: Topic) {
  const more = topic.participantThreadCount ?? 0;
  if (session.participant() || more === 0) {
    return nothing;
  }
  return html`<p class="take-part-note">
    ${t('takePart.participantThreads', { count: more })}
    <a href="/accreditation">${t('takePart.howToJoin')}</a>
  </p>`;
}

/** For the public on the home page: what anyone may read, what accreditation is, and where to apply. */
export function takePartSection() {
  return html`<section aria-labelledby="home-take-part" class="home-section">
    <h2 id="home-take-part">${t('takePart.title')}</h2>
    <ul class="feature-list">
      <li>${t('takePart.public')}</li>
      <li>${t('takePart.states')}</li>
      <li>${t('takePart.accreditation')}</li>
    </ul>
    <p class="home-actions">
      <a class="button" href="/accreditation">${t('takePart.apply')}</a>
      <button type="button" class="button button--secondary" @click=${() => void signIn('/')}>
        ${t('session.signIn')}
      </button>
    </p>
  </section>`;
}
