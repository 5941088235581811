package org.plenary.platform.config;

/** A configuration the server refuses to start with; the message says which variable to fix. */
public class ConfigurationException extends RuntimeException {
  public ConfigurationException(String message) {
    super(message);
  }
}
