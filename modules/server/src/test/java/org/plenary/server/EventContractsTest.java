package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plenary.platform.events.EventFamily;
import org.plenary.platform.events.EventType;

/**
 * Each event type is written once, in its context's published contract ({@code forum.api.ForumEvents} and the
 * others), and everyone else names it through the contract: a producer and a consumer that each wrote
 * "post.created" could drift apart without a compiler or the architecture test noticing.
 */
class EventContractsTest {

  private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LITERAL = Pattern.compile("\"([a-z]+\\.[a-z.-]*)\"");

  @Test
  void everyContractLivesInAnApiPackageAndDeclaresEachTypeOnce() {
    Map<String, String> declaredBy = new HashMap<>();
    List<String> twice = new ArrayList<>();
    for (Map.Entry<String, Class<?>> contract : contracts().entrySet()) {
      assertTrue(contract.getValue().getPackageName().endsWith(".api"),
          contract.getKey() + " publishes event types outside its context's api package");
      for (String name : declared(contract.getValue())) {
        String earlier = declaredBy.put(name, contract.getKey());
        if (earlier != null) {
          twice.add(name + " in " + earlier + " and " + contract.getKey());
        }
      }
    }
    assertTrue(declaredBy.size() > 30, "the contracts were not found: " + declaredBy.keySet());
    assertEquals(List.of(), twice, "event types declared twice");
  }

  @Test
  void noEventTypeIsWrittenAsALiteralOutsideItsContract() throws IOException {
    Map<String, String> declared = new HashMap<>();
    contracts().forEach((name, contract) -> declared(contract).forEach(type -> declared.put(type, name)));
    List<String> literals = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(MODULES)) {
      sources.filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/java/"))
          .filter(path -> !path.getFileName().toString().endsWith("Events.java"))
          .forEach(path -> literalsIn(path, declared, literals));
    }
    assertEquals(List.of(), literals, "event types written as literals; name them through their contract instead");
  }

  /** The event contracts of every context: classes named *Events that declare event types. */
  private static Map<String, Class<?>> contracts() {
    Map<String, Class<?>> contracts = new HashMap<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.plenary")) {
      if (type.getSimpleName().endsWith("Events") && !declared(type.reflect()).isEmpty()) {
        contracts.put(type.getName(), type.reflect());
      }
    }
    return contracts;
  }

  /** The types and family prefixes a contract declares. */
  private static List<String> declared(Class<?> contract) {
    List<String> names = new ArrayList<>();
    for (Field field : contract.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers())) {
        continue;
      }
      try {
        Object value = field.get(null);
        if (value instanceof EventType type) {
          names.add(type.name());
        } else if (value instanceof EventFamily family) {
          names.add(family.prefix());
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return names;
  }

  private static void literalsIn(Path source, Map<String, String> declared, List<String> found) {
    try {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        Matcher literal = LITERAL.matcher(lines.get(i));
        while (literal.find()) {
          String contract = declared.get(literal.group(1));
          if (contract != null) {
            found.add(MODULES.relativize(source) + ":" + (i + 1) + " writes \"" + literal.group(1) + "\" of " + contract);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
