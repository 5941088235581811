package org.plenary.notifications.api;

/** A {@code notification.created} event as its participant sees it: the notification and their unread count. */
public record NotificationCreated(String type, ShownNotification notification, long unreadCount) {
}
