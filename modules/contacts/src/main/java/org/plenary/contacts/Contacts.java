package org.plenary.contacts;

import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import org.plenary.capacity.api.CapacityNeeds;
import org.plenary.contacts.http.ContactsApi;
import org.plenary.contacts.http.ExercisesApi;
import org.plenary.contacts.service.DirectoryService;
import org.plenary.contacts.service.ExerciseService;
import org.plenary.contacts.service.ResultsReading;
import org.plenary.contacts.service.TrainingNeed;
import org.plenary.contacts.store.DirectoryStore;
import org.plenary.contacts.store.ExerciseStore;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;

/**
 * The Points of Contact bounded context, wired: the directory of States' diplomatic and technical points of contact
 * (a confidence-building measure, for States only), its versions, and the ping exercises that test the contacts.
 */
public final class Contacts implements PlenaryModule {

  private final DirectoryService directory;
  private final ExerciseService exercises;
  private final ContactsApi contactsApi;
  private final ExercisesApi exercisesApi;

  /**
   * {@code publicUrl} starts the acknowledgement links; {@code board} takes the "points of contact training" need
   * a State whose contacts did not answer may post.
   */
  public Contacts(Pool pool, Clock clock, String publicUrl, CapacityNeeds board) {
    DirectoryStore directoryStore = new DirectoryStore(pool);
    ExerciseStore exerciseStore = new ExerciseStore(pool);
    this.directory = new DirectoryService(pool, directoryStore);
    this.exercises = new ExerciseService(pool, directoryStore, exerciseStore, publicUrl);
    ResultsReading results = new ResultsReading(exerciseStore);
    this.contactsApi = new ContactsApi(directory, results, new TrainingNeed(pool, results, board), clock);
    this.exercisesApi = new ExercisesApi(exercises, results, exerciseStore, clock);
  }

  @Override
  public List<ApiModule> apis() {
    return List.of(contactsApi, exercisesApi);
  }

  public DirectoryService directory() {
    return directory;
  }

  public ExerciseService exercises() {
    return exercises;
  }
}
