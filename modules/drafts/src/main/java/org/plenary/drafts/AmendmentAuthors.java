package org.plenary.drafts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.UUID;
import org.plenary.drafts.api.DraftEvents;
import org.plenary.platform.events.Outbox;

/**
 * Tells the author of an amendment what became of it: {@code draft.amendment-decided} on the author's own
 * {@code participant:<id>} stream, in the transaction that decides, for the notifications context. The author's
 * id is the stream, never a payload field of the draft's {@code thread:} stream, so that under the Chatham House
 * Rule nothing others follow says who proposed an amendment; and the payload holds only what the author may
 * see of their own amendment (docs/EVENTS.md).
 */
public final class AmendmentAuthors {

  /** {@code status}: {@code incorporated} or {@code not-retained}; {@code incorporation} only for the first. */
  public record Decision(UUID authorId, long amendmentId, UUID paragraphId, String status, String incorporation) {
  }

  private AmendmentAuthors() {
  }

  /** {@code version}: the version that incorporated it, or the one it was judged against. */
  public static Future<Void> tell(SqlConnection conn, UUID threadId, int version, List<Decision> decisions) {
    if (decisions.isEmpty()) {
      return Future.succeededFuture();
    }
    return Outbox.recordEach(conn, DraftEvents.AMENDMENT_DECIDED,
        decisions.stream().map(d -> "participant:" + d.authorId()).toList(),
        decisions.stream().map(d -> {
          JsonObject payload = new JsonObject().put("threadId", threadId.toString())
              .put("paragraphId", d.paragraphId().toString()).put("amendmentId", d.amendmentId())
              .put("version", version).put("status", d.status());
          return d.incorporation() == null ? payload : payload.put("incorporation", d.incorporation());
        }).toList());
  }
}
