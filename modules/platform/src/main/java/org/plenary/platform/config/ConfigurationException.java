package org.plenary.platform.config;

/**
 * A configuration the server refuses to start with. Every message has one shape, so that an operator reads
 * each the same way: the variable, what it must be, and what it was ({@link #invalid}), or that it is missing
 * ({@link #missing}).
 */
public class ConfigurationException extends RuntimeException {
  public ConfigurationException(String message) {
    super(message);
  }

  /**
   * "{@code PLENARY_X must be <expected>, not <shown>}". {@code shown} is the value as the reader saw it: a number
   * as it is, text in quotes ({@link #quoted}), a secret only described, never written out.
   */
  public static ConfigurationException invalid(String name, String expected, String shown) {
    return new ConfigurationException(name + " must be " + expected + ", not " + shown);
  }

  /** "{@code PLENARY_X must be set to <expected>}", for a variable another one makes necessary. */
  public static ConfigurationException missing(String name, String expected) {
    return new ConfigurationException(name + " must be set to " + expected);
  }

  public static String quoted(String value) {
    return "'" + value + "'";
  }
}
