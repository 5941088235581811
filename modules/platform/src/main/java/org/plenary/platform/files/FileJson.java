package org.plenary.platform.files;

import io.vertx.core.json.JsonObject;

/** A file as every record that holds one renders it; {@code href} is the holding module's own download operation. */
public final class FileJson {

  private FileJson() {
  }

  public static JsonObject of(StoredFile file, String href) {
    return new JsonObject()
        .put("id", file.id().toString())
        .put("filename", file.filename())
        .put("mediaType", file.type().mediaType())
        .put("size", file.size())
        .put("sha256", file.sha256())
        .put("href", href);
  }
}
