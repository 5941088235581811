package org.plenary.notifications;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.forum.api.ForumAccess;
import org.plenary.notifications.api.NotificationsAccess;
import org.plenary.platform.events.DurableConsumer;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.identity.Participants;
import org.plenary.platform.module.PlenaryModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifications context: routes events to notifications (a durable consumer of the outbox), serves
 * them, composes yesterday's digests every hour (composing is idempotent) and, when SMTP is configured,
 * sends them.
 */
public final class Notifications implements PlenaryModule {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
  private static final long DIGEST_CHECK_MS = 60 * 60_000;
  private static final long MAIL_CHECK_MS = 30_000;

  private final Pool pool;
  private final NotificationViews views;
  private final NotificationRouter router;
  private final DigestComposer digests;
  private final List<ApiModule> apis;
  private final Optional<SmtpSettings> smtp;
  private DurableConsumer consumer;
  private MailSender mail;
  private final List<Long> timers = new java.util.ArrayList<>();

  public Notifications(Vertx vertx, Pool pool, ForumAccess forum, String publicUrl, Map<String, String> env) {
    this.pool = pool;
    Participants participants = new Participants(pool);
    NotificationStore store = new NotificationStore(pool);
    this.views = new NotificationViews(forum, store);
    this.router = new NotificationRouter(forum, participants, store, new Mentions(vertx, pool));
    this.digests = new DigestComposer(pool, participants, views, new DigestRenderer(publicUrl));
    this.apis = List.of(new NotificationsApi(forum, store, views, digests));
    this.smtp = SmtpSettings.fromEnvironment(env);
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }

  public NotificationsAccess access() {
    return views;
  }

  @Override
  public Future<Void> start(Vertx vertx) {
    smtp.ifPresent(settings -> {
      mail = new MailSender(vertx, pool, settings);
      timers.add(vertx.setPeriodic(MAIL_CHECK_MS, t -> mail.sendWaiting()
          .onFailure(e -> LOG.warn("Sending e-mails failed", e))));
    });
    timers.add(vertx.setPeriodic(60_000, DIGEST_CHECK_MS, t -> digests.compose(LocalDate.now(ZoneOffset.UTC).minusDays(1))
        .onSuccess(count -> {
          if (count > 0) {
            LOG.info("Queued {} daily digests", count);
          }
        })
        .onFailure(e -> LOG.warn("Composing the daily digests failed", e))));
    return DurableConsumer.start(vertx, pool, "notifications", router).onSuccess(c -> consumer = c).mapEmpty();
  }

  @Override
  public Future<Void> stop(Vertx vertx) {
    timers.forEach(vertx::cancelTimer);
    Future<Void> consumerClosed = consumer == null ? Future.succeededFuture() : consumer.close();
    return consumerClosed.compose(v -> mail == null ? Future.succeededFuture() : mail.close());
  }
}
