package org.plenary.platform.files;

import io.vertx.ext.web.RoutingContext;

/** How a handler mounted with {@code ApiRoutes.onUpload} gets the file the edge received for it. */
public final class Uploads {

  /** The routing context's key of the {@link Upload}; only the edge puts it there. */
  public static final String KEY = "plenary.upload";

  private Uploads() {
  }

  /** The request's file; only in a handler mounted with {@code onUpload}, whose edge has received and checked it. */
  public static Upload of(RoutingContext rc) {
    Upload upload = rc.get(KEY);
    if (upload == null) {
      throw new IllegalStateException("no upload on " + rc.request().path() + ": mount the operation with onUpload");
    }
    return upload;
  }
}
