import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from './api';
import { useLanguage } from '../i18n/i18n';

/** The headers of each request the page made, as the server received them. */
function recordRequests(answer: () => Response): Headers[] {
  const seen: Headers[] = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    seen.push(new Headers(init.headers));
    return Promise.resolve(answer());
  });
  return seen;
}

describe('the API client', () => {
  // The page's language is set on <html>; there is no page here, only its element.
  beforeEach(() => vi.stubGlobal('document', { documentElement: {} }));

  afterEach(async () => {
    await useLanguage('en', { remember: false });
    vi.unstubAllGlobals();
  });

  it("asks in the page's language, so that the server's problems read as the page does", async () => {
    const seen = recordRequests(() => new Response('{}', { status: 200 }));
    await useLanguage('ar', { remember: false });
    await api.get('/threads');
    await useLanguage('fr', { remember: false });
    await api.put('/me/preferences', { language: 'fr', emailDigest: false });
    expect(seen.map((headers) => headers.get('Accept-Language'))).toEqual(['ar', 'fr']);
  });

  it('shows the detail the server wrote in that language', async () => {
    recordRequests(
      () =>
        new Response(JSON.stringify({ title: 'Introuvable', detail: 'Il n’existe pas de message 7.', status: 404 }), {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json', 'Content-Language': 'fr' },
        }),
    );
    await useLanguage('fr', { remember: false });
    const refused = await api.get('/posts/7').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).detail).toBe('Il n’existe pas de message 7.');
  });
});
