import { announce } from './announcer';
import { api } from './api';
import { follow, type Subscription } from './live';
import { session } from './session';
import { notifyChange, onChange } from './store';
import { t } from '../i18n/i18n';

/**
 * The signed-in participant's unread notifications, counted in the header on every page: read once at
 * sign-in, then kept current by the participant's own event stream (`/me/events`), which resumes after a
 * dropped connection.
 */
let unread = 0;
let following: { participant: string; subscription: Subscription } | null = null;

export function unreadNotifications(): number {
  return unread;
}

/** The notifications page marked some read: the header follows. */
export function setUnreadNotifications(count: number): void {
  if (count !== unread) {
    unread = count;
    notifyChange();
  }
}

/** Starts (or, after sign-out, stops) following the participant's notifications; call once at start. */
export function keepNotificationsCurrent(): void {
  const sync = () => {
    const participant = session.participant();
    if (following && following.participant !== participant?.id) {
      following.subscription.close();
      following = null;
      setUnreadNotifications(0);
    }
    if (participant && !following) {
      following = {
        participant: participant.id,
        subscription: follow('/me/events', received, () => {}, { needsSignIn: true }),
      };
      void api
        .get<{ unreadCount: number }>('/me/notifications?limit=1')
        .then((page) => setUnreadNotifications(page.unreadCount))
        .catch(() => {
          // the count stays as it was; the stream brings the next one
        });
    }
  };
  onChange(sync);
  sync();
}

function received(event: { type: string; data: Record<string, unknown> }): void {
  if (event.type === 'stream.resync') {
    void api
      .get<{ unreadCount: number }>('/me/notifications?limit=1')
      .then((page) => setUnreadNotifications(page.unreadCount))
      .catch(() => {});
    return;
  }
  if (event.type !== 'notification.created') {
    return;
  }
  const count = event.data.unreadCount;
  if (typeof count === 'number') {
    setUnreadNotifications(count);
    announce(t('notifications.arrived', { count }));
  }
}
