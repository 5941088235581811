package org.plenary.notifications;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the e-mail outbox holds over SMTP, a few at a time; each e-mail is claimed with a row lock,
 * so two instances never send the same one. A failed e-mail is tried again, five times at most.
 */
final class MailSender {

  private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);

  private final Pool pool;
  private final MailClient client;
  private final String from;

  MailSender(Vertx vertx, Pool pool, SmtpSettings settings) {
    this.pool = pool;
    this.from = settings.from();
    MailConfig config = new MailConfig().setHostname(settings.host()).setPort(settings.port())
        .setSsl("tls".equals(settings.security()))
        .setStarttls("starttls".equals(settings.security()) ? StartTLSOptions.REQUIRED : StartTLSOptions.DISABLED);
    settings.username().ifPresent(user -> config.setUsername(user).setLogin(LoginOption.REQUIRED));
    settings.password().ifPresent(config::setPassword);
    this.client = MailClient.createShared(vertx, config, "plenary-smtp");
  }

  /** Sends the e-mails waiting now; returns how many went out. */
  Future<Integer> sendWaiting() {
    return pool.withTransaction(conn -> conn.preparedQuery(NotificationQueries.CLAIM_UNSENT).execute()
        .compose(rows -> {
          Future<Integer> sent = Future.succeededFuture(0);
          for (Row row : rows) {
            sent = sent.compose(count -> send(conn, row).map(ok -> ok ? count + 1 : count));
          }
          return sent;
        }));
  }

  private Future<Boolean> send(SqlConnection conn, Row row) {
    MailMessage message = new MailMessage().setFrom(from).setTo(row.getString("to_address"))
        .setSubject(row.getString("subject")).setText(row.getString("text_body")).setHtml(row.getString("html_body"));
    long id = row.getLong("id");
    return client.sendMail(message)
        .compose(result -> conn.preparedQuery(NotificationQueries.MARK_SENT).execute(Tuple.of(id)).map(true))
        .recover(failure -> {
          LOG.warn("Could not send e-mail {}: {}", id, failure.getMessage());
          return conn.preparedQuery(NotificationQueries.MARK_FAILED).execute(Tuple.of(id, failure.getMessage()))
              .map(false);
        });
  }

  Future<Void> close() {
    return client.close();
  }
}
