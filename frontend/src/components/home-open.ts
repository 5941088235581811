import { html, nothing } from 'lit';
import type { DraftGlance, HomeData } from '../app/home-model';
import type { ListedThread } from '../app/forum-model';
import { bdi } from '../app/bidi';
import { formatDateTime, t } from '../i18n/i18n';
import { threadBadges, threadSchedule } from './thread-facts';
import { closingBadge, threadActivity } from './thread-activity';

/** How many guiding questions a consultation shows on the home page; the thread has them all. */
const QUESTIONS_SHOWN = 3;

/** What is open now: consultations with their deadlines and guiding questions, calls for positions, drafts. */
export function openNow(data: HomeData) {
  const empty = !data.consultations.length && !data.positionCalls.length && !data.drafts.length;
  return html`<section aria-labelledby="home-open" class="home-section">
    <h2 id="home-open">${t('homeOpen.title')}</h2>
    <p class="muted">${t('homeOpen.intro')}</p>
    <h3>${t('homeOpen.consultations')}</h3>
    ${
      data.consultations.length
        ? html`<ul class="thread-list">${data.consultations.map((thread) => consultation(thread))}</ul>`
        : html`<p>${t('homeOpen.noConsultation')}</p>`
    }
    ${
      data.positionCalls.length
        ? html`<h3>${t('homeOpen.positionCalls')}</h3>
            <ul class="thread-list">${data.positionCalls.map((thread) => entry(thread))}</ul>`
        : nothing
    }
    ${
      data.drafts.length
        ? html`<h3>${t('homeOpen.drafts')}</h3>
            <ul class="thread-list">${data.drafts.map((draft) => draftEntry(draft))}</ul>`
        : nothing
    }
    ${empty ? nothing : html`<p><a href="/topics">${t('homeOpen.allTopics')}</a></p>`}
  </section>`;
}

function entry(thread: ListedThread, extra: unknown = nothing) {
  const schedule = threadSchedule(thread);
  return html`<li class="thread-list__item">
    <h4 class="thread-list__title"><a href="/threads/${thread.id}">${bdi(thread.title)}</a></h4>
    <p class="thread-list__facts">${threadBadges(thread)} ${closingBadge(thread)}</p>
    ${schedule ? html`<p><strong>${schedule}</strong></p>` : nothing} ${extra}
    ${thread.kind === 'draft' && !thread.postCount ? nothing : threadActivity(thread)}
  </li>`;
}

function consultation(thread: ListedThread) {
  const questions = thread.guidingQuestions ?? [];
  return entry(
    thread,
    questions.length
      ? html`<p class="home-questions__label">${t('homeOpen.guidingQuestions', { count: questions.length })}</p>
          <ol class="home-questions">
            ${questions.slice(0, QUESTIONS_SHOWN).map((question) => html`<li><span dir="auto">${question}</span></li>`)}
          </ol>`
      : nothing,
  );
}

function draftEntry(draft: DraftGlance) {
  const c = draft.consensus;
  return entry(
    draft.thread,
    html`${
      c
        ? html`<p class="home-consensus">
            ${t('consensus.overview', { total: c.paragraphs, agreed: c.agreed, contested: c.contested, open: c.open })}
            <meter min="0" max=${c.paragraphs || 1} value=${c.agreed} aria-label=${t('homeOpen.agreedShare')}></meter>
          </p>`
        : nothing
    }
    ${
      draft.withoutOwnStance
        ? html`<p><a href="/threads/${draft.thread.id}">${t('homeWaiting.stances', { count: draft.withoutOwnStance })}</a></p>`
        : nothing
    }`,
  );
}

/** What is new since the last visit (or, on a first visit, this week): posts, Chair's summaries, decisions. */
export function sinceLastVisit(data: HomeData) {
  const heading = data.firstVisit
    ? t('homeNew.titleWeek')
    : t('homeNew.title', { date: formatDateTime(data.since, { dateStyle: 'medium', timeStyle: 'short' }) });
  const nothingNew = !data.recent.length && !data.summaries.length && !data.decisions.length && !data.matched.length;
  return html`<section aria-labelledby="home-new" class="home-section">
    <h2 id="home-new">${heading}</h2>
    ${nothingNew ? html`<p>${t('homeNew.nothing')}</p>` : nothing}
    ${
      data.recent.length
        ? html`<h3>${t('homeNew.threads')}</h3>
            <ul class="thread-list">${data.recent.map((thread) => entry(thread))}</ul>`
        : nothing
    }
    ${
      data.summaries.length
        ? html`<h3>${t('homeNew.summaries')}</h3>
            <ul class="link-list">
              ${data.summaries.map(
                (s) => html`<li>
                  <a href="/summaries/${s.id}">${bdi(s.label)}</a>
                  ${s.publishedAt ? html` — ${formatDateTime(s.publishedAt, { dateStyle: 'medium' })}` : nothing}
                </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      data.matched.length
        ? html`<h3>${t('homeNew.matched')}</h3>
            <ul class="link-list">
              ${data.matched.map(
                (e) =>
                  html`<li><a href="/board/needs/${e.need.id}">${bdi(e.need.title)}</a> — ${bdi(e.offer.title)}</li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      data.decisions.length
        ? html`<h3>${t('homeNew.decisions')}</h3>
            <ul class="link-list">
              ${data.decisions.map(
                (a) => html`<li>
                  <a href="/accreditation">${bdi(a.name)}</a> — ${t(`accreditation.${a.status}`)}
                </li>`,
              )}
            </ul>`
        : nothing
    }
  </section>`;
}

/** The deadlines to come: every open time-boxed thread the page shows, soonest first. */
export function deadlines(data: HomeData, now = new Date()) {
  const coming = [...data.consultations, ...data.positionCalls, ...data.drafts.map((draft) => draft.thread)]
    .filter((thread) => thread.closesAt && new Date(thread.closesAt) > now)
    .sort((a, b) => Date.parse(a.closesAt ?? '') - Date.parse(b.closesAt ?? ''));
  return coming.length
    ? html`<h3>${t('homeNext.deadlines')}</h3>
        <ul class="link-list">
          ${coming.map(
            (thread) => html`<li>
              <a href="/threads/${thread.id}">${bdi(thread.title)}</a> — ${threadSchedule(thread, now)}
            </li>`,
          )}
        </ul>`
    : nothing;
}
