package org.plenary.testing.files;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.files.FileJson;
import org.plenary.platform.files.FileStore;
import org.plenary.platform.files.StoredFile;
import org.plenary.platform.files.Upload;
import org.plenary.platform.files.Uploads;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.module.PlenaryModule;

/** A context that only keeps files, as a statement or a document will: upload in a transaction, download. */
final class FileRoundTrip implements PlenaryModule, ApiModule {

  private final Pool pool;
  private final FileStore store;

  FileRoundTrip(Pool pool, FileStore store) {
    this.pool = pool;
    this.store = store;
  }

  @Override
  public List<ApiModule> apis() {
    return List.of(this);
  }

  @Override
  public String openApiFragment() {
    return "openapi/file-roundtrip.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.onUpload("uploadTestFile", this::upload).on("downloadTestFile", this::download);
  }

  private void upload(RoutingContext rc) {
    Upload upload = Uploads.of(rc);
    boolean fail = "fail".equals(rc.request().getParam("then"));
    pool.withTransaction(transaction -> store.store(transaction, upload).compose(file -> fail
            ? Future.<StoredFile>failedFuture(Failure.conflict("The test asked its transaction to fail after the file was stored."))
            : Future.succeededFuture(file)))
        .onSuccess(file -> rc.response().setStatusCode(201).putHeader("Content-Type", "application/json")
            .end(FileJson.of(file, "/api/v1/test-files/" + file.id()).encode()))
        .onFailure(rc::fail);
  }

  private void download(RoutingContext rc) {
    store.send(UUID.fromString(rc.pathParam("fileId")), rc.response()).onFailure(rc::fail);
  }
}
