package org.plenary.platform.http;

/** A bounded context's HTTP surface: its part of the OpenAPI document and the handlers for it. */
public interface ApiModule {

  /** Classpath location of this module's OpenAPI fragment ({@code paths} and {@code components}). */
  String openApiFragment();

  void mount(ApiRoutes routes);
}
