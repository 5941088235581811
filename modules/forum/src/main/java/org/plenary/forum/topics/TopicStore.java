package org.plenary.forum.topics;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Topics and tags in PostgreSQL. */
public final class TopicStore {

  /**
   * The threads open to every accredited participant, counted for everyone: a topic with nothing public tells a
   * newcomer what taking part would let them read (the States' own threads are not counted for the public).
   */
  private static final String PARTICIPANT_THREADS =
      " (SELECT count(*) FROM thread t WHERE t.topic_id = tp.id AND t.audience = 'participants') AS participant_thread_count";
  /** Each topic with the number of threads the reader may see in it. */
  private static final String LIST = "SELECT tp.id, tp.title, tp.description,"
      + " (SELECT count(*) FROM thread t WHERE t.topic_id = tp.id AND t.audience = ANY($1)) AS thread_count,"
      + PARTICIPANT_THREADS + " FROM topic tp ORDER BY tp.position, tp.id";
  private static final String FIND = "SELECT tp.id, tp.title, tp.description,"
      + " (SELECT count(*) FROM thread t WHERE t.topic_id = tp.id AND t.audience = ANY($2)) AS thread_count,"
      + PARTICIPANT_THREADS + " FROM topic tp WHERE tp.id = $1";
  private static final String EXISTS = "SELECT 1 FROM topic WHERE id = $1";
  private static final String INSERT = "INSERT INTO topic (id, title, description, position)"
      + " VALUES ($1, $2, $3, (SELECT coalesce(max(position), 0) + 1 FROM topic)) ON CONFLICT (id) DO NOTHING RETURNING id";
  private static final String TAGS = "SELECT id, kind, label, description FROM tag WHERE ($1::text IS NULL OR kind = $1)"
      + " ORDER BY kind, id";

  private final Pool pool;

  public TopicStore(Pool pool) {
    this.pool = pool;
  }

  /** Every topic, each with the number of its threads in {@code audiences}. */
  public Future<List<Topic>> list(String[] audiences) {
    return pool.preparedQuery(LIST).execute(Tuple.tuple().addArrayOfString(audiences)).map(rows -> {
      List<Topic> topics = new ArrayList<>(rows.size());
      rows.forEach(row -> topics.add(topic(row)));
      return topics;
    });
  }

  public Future<Optional<Topic>> find(String id, String[] audiences) {
    return pool.preparedQuery(FIND).execute(Tuple.tuple().addString(id).addArrayOfString(audiences))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(topic(rows.iterator().next())));
  }

  public Future<Boolean> exists(SqlClient client, String id) {
    return client.preparedQuery(EXISTS).execute(Tuple.of(id)).map(rows -> rows.size() > 0);
  }

  /** False when a topic with this id exists already. */
  public Future<Boolean> insert(SqlClient client, String id, String title, String description) {
    return client.preparedQuery(INSERT).execute(Tuple.of(id, title, description)).map(rows -> rows.size() > 0);
  }

  /** The tags of {@code kind}, or all of them when it is null. */
  public Future<List<Tag>> tags(String kind) {
    return pool.preparedQuery(TAGS).execute(Tuple.of(kind)).map(rows -> {
      List<Tag> tags = new ArrayList<>(rows.size());
      rows.forEach(row -> tags.add(new Tag(row.getString("id"), row.getString("kind"), row.getString("label"),
          row.getString("description"))));
      return tags;
    });
  }

  private static Topic topic(Row row) {
    return new Topic(row.getString("id"), row.getString("title"), row.getString("description"),
        row.getLong("thread_count"), row.getLong("participant_thread_count"));
  }
}
