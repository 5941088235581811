import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { api, useAccessToken } from './api';
import type { ClientConfig, Participant, Preferences } from './model';
import { notifyChange } from './store';

/**
 * Who is signed in. Sign-in is OpenID Connect authorization code with PKCE against the issuer the
 * server names in /client-config (the dev issuer's persona picker, or Keycloak); the tokens live in
 * sessionStorage so they end with the browser tab.
 */
let manager: UserManager | null = null;
let user: User | null = null;
let participant: Participant | null = null;
let preferences: Preferences | null = null;
let environment = 'production';
let sessionEnded = false;

export const session = {
  participant: (): Participant | null => participant,
  preferences: (): Preferences | null => preferences,
  expiresAt: (): Date | null => (user?.expires_at ? new Date(user.expires_at * 1000) : null),
  environment: (): string => environment,
  /** The server refused the token mid-visit: the shell says why the person is now signed out. */
  ended: (): boolean => sessionEnded,
  acknowledgeEnded(): void {
    sessionEnded = false;
    notifyChange();
  },
};

export async function startSession(config: ClientConfig): Promise<void> {
  environment = config.environment;
  manager = new UserManager({
    authority: config.oidc.issuer,
    client_id: config.oidc.clientId,
    scope: config.oidc.scope,
    response_type: 'code',
    redirect_uri: `${location.origin}/callback`,
    post_logout_redirect_uri: `${location.origin}/`,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
  });
  useAccessToken(
    () => (user && !user.expired ? user.access_token : undefined),
    () => void endLocally(true),
  );
  manager.events.addUserLoaded((renewed) => {
    user = renewed;
    notifyChange();
  });
  manager.events.addAccessTokenExpired(() => void endLocally(true));
  const stored = await manager.getUser();
  if (stored && !stored.expired) {
    await adopt(stored).catch(() => endLocally(false));
  } else if (stored) {
    await manager.removeUser();
  }
}

export async function signIn(returnTo = location.pathname + location.search): Promise<void> {
  await requireManager().signinRedirect({ state: { returnTo } });
}

/** Finishes the redirect back from the issuer; resolves to the local path the person started from. */
export async function completeSignIn(): Promise<string> {
  const signedIn = await requireManager().signinRedirectCallback();
  await adopt(signedIn);
  const returnTo = (signedIn.state as { returnTo?: unknown } | undefined)?.returnTo;
  // Only a path on this site: never let a crafted state send the person elsewhere.
  return typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
}

export async function signOut(): Promise<void> {
  const signingOut = requireManager();
  participant = null;
  preferences = null;
  notifyChange();
  await signingOut.signoutRedirect();
}

/** The participant's setting: machine translations shown beside each text in another language, unasked. */
export function translatesAutomatically(): boolean {
  return preferences?.translateAutomatically ?? false;
}

export async function savePreferences(next: Preferences): Promise<Preferences> {
  preferences = await api.put<Preferences>('/me/preferences', next);
  notifyChange();
  return preferences;
}

async function adopt(signedIn: User): Promise<void> {
  user = signedIn;
  sessionEnded = false;
  try {
    [participant, preferences] = await Promise.all([
      api.get<Participant>('/me'),
      api.get<Preferences>('/me/preferences'),
    ]);
  } catch (error) {
    user = null;
    throw error;
  }
  notifyChange();
}

async function endLocally(refused: boolean): Promise<void> {
  if (!user && !participant) {
    return;
  }
  user = null;
  participant = null;
  preferences = null;
  sessionEnded = refused;
  await manager?.removeUser();
  notifyChange();
}

function requireManager(): UserManager {
  if (!manager) {
    throw new Error('the session has not started');
  }
  return manager;
}
