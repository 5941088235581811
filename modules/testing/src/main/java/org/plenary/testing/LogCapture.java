package org.plenary.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What the server logs through some of its loggers while a test runs, to check what an operator would read. */
public final class LogCapture implements AutoCloseable {

  private final List<Logger> loggers;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture(List<Logger> loggers) {
    this.loggers = loggers;
    appender.start();
    loggers.forEach(logger -> logger.addAppender(appender));
  }

  /** Captures the loggers of these classes. */
  public static LogCapture of(Class<?>... classes) {
    return new LogCapture(java.util.Arrays.stream(classes)
        .map(type -> (Logger) LoggerFactory.getLogger(type)).toList());
  }

  /** The lines logged at {@code level} or above so far. */
  public List<String> atLeast(Level level) {
    synchronized (appender) {
      return appender.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(level))
          .map(event -> event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage()).toList();
    }
  }

  /** The lines so far that contain {@code text}. */
  public List<String> containing(String text) {
    return atLeast(Level.TRACE).stream().filter(line -> line.contains(text)).toList();
  }

  @Override
  public void close() {
    loggers.forEach(logger -> logger.detachAppender(appender));
    appender.stop();
  }
}
