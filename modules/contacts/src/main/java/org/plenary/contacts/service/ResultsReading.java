package org.plenary.contacts.service;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.contacts.domain.Aggregate;
import org.plenary.contacts.domain.Exercise;
import org.plenary.contacts.domain.ExerciseResults;
import org.plenary.contacts.domain.ExerciseSummary;
import org.plenary.contacts.domain.GroupShare;
import org.plenary.contacts.domain.StatePings;
import org.plenary.contacts.domain.StateResult;
import org.plenary.contacts.domain.TrainingOffer;
import org.plenary.contacts.store.ExerciseStore;
import org.plenary.platform.identity.Participant;

/**
 * The results of ping exercises as each reader may read them: a State's own result to the State and the Secretariat,
 * the aggregate (share answered, overall and by regional group) to the directory's readers.
 */
public final class ResultsReading {

  /** Unanswered exercises in a row after which the directory offers a training need. */
  static final int IN_A_ROW = 2;

  private final ExerciseStore exercises;

  public ResultsReading(ExerciseStore exercises) {
    this.exercises = exercises;
  }

  public Future<ExerciseResults> results(Optional<Participant> reader, String exerciseId, Instant now) {
    ContactRules.requireExercises(reader);
    Participant p = reader.orElseThrow();
    return exercises.find(exerciseId).compose(found -> {
      Exercise exercise = found.orElseThrow(ContactRules::hidden);
      return exercises.pings(List.of(exercise.id())).map(all -> {
        List<StateResult> results = all.stream().map(s -> s.result(now)).toList();
        boolean aggregate = ContactRules.readsDirectory(reader);
        return new ExerciseResults(exercise, exercise.closed(now),
            results.stream().filter(r -> ContactRules.readsResultOf(p, r.stateId())).toList(),
            aggregate ? Optional.of(Aggregate.overall(results)) : Optional.empty(),
            aggregate ? Aggregate.byGroup(results) : List.of());
      });
    });
  }

  /** The exercises newest first, each with its share answered and the reader's own State's result. */
  public Future<List<ExerciseSummary>> list(Optional<Participant> reader, int limit, Instant now) {
    ContactRules.requireExercises(reader);
    Participant p = reader.orElseThrow();
    return exercises.list(limit).compose(listed -> exercises.pings(listed.stream().map(Exercise::id).toList())
        .map(all -> {
          Map<UUID, List<StateResult>> byExercise = all.stream().collect(Collectors.groupingBy(StatePings::exerciseId,
              Collectors.mapping(s -> s.result(now), Collectors.toList())));
          boolean aggregate = ContactRules.readsDirectory(reader);
          return listed.stream().map(x -> {
            List<StateResult> results = byExercise.getOrDefault(x.id(), List.of());
            Optional<GroupShare> overall = aggregate ? Optional.of(Aggregate.overall(results)) : Optional.empty();
            return new ExerciseSummary(x, x.closed(now), overall, results.stream()
                .filter(r -> r.stateId().equals(p.organization().id())).map(StateResult::status).findFirst());
          }).toList();
        }));
  }

  /** The offer of a training need, read by the State itself and the Secretariat. */
  public Future<TrainingOffer> trainingOffer(Optional<Participant> reader, String stateId, Instant now) {
    ContactRules.requireExercises(reader);
    if (!ContactRules.readsResultOf(reader.orElseThrow(), stateId)) {
      throw ContactRules.hidden();
    }
    return offer(stateId, now);
  }

  Future<TrainingOffer> offer(String stateId, Instant now) {
    return exercises.lastClosed(stateId, now, IN_A_ROW).compose(last -> last.size() < IN_A_ROW
        ? Future.succeededFuture(new TrainingOffer(stateId, false, List.of()))
        : exercises.pings(last).map(all -> {
          boolean none = all.stream().filter(s -> s.stateId().equals(stateId))
              .noneMatch(s -> s.result(now).status().answered());
          return new TrainingOffer(stateId, none, none ? last : List.of());
        }));
  }
}
