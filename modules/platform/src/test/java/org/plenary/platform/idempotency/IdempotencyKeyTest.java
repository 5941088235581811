package org.plenary.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.platform.http.ApiProblem;

@DisplayName("Idempotency-Key values: a Structured Field String as the draft says, or the bare token clients send")
class IdempotencyKeyTest {

  @Test
  @DisplayName("A quoted key is read without its quotes, escapes undone; a bare token as it is")
  void wellFormed() {
    assertEquals("8e03978e-40d5-43e8-bc93-6894a57f9324", IdempotencyKey.parse("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"").value());
    assertEquals("say \"once\" \\ only", IdempotencyKey.parse("\"say \\\"once\\\" \\\\ only\"").value());
    assertEquals("8e03978e-40d5", IdempotencyKey.parse(" 8e03978e-40d5 ").value());
    assertEquals("k".repeat(255), IdempotencyKey.parse("\"" + "k".repeat(255) + "\"").value());
  }

  @Test
  @DisplayName("Anything else is a 400 that says what a key looks like")
  void malformed() {
    for (String header : new String[] {"", "\"\"", "\"open", "\"a\";param=1", "\"a\\b\"", "two words", "\"tab\there\"",
        "\"" + "k".repeat(256) + "\"", "k".repeat(256), "\"caf\u00e9\""}) {
      ApiProblem problem = assertThrows(ApiProblem.class, () -> IdempotencyKey.parse(header), header);
      assertEquals(400, problem.status(), header);
      assertTrue(problem.detail().startsWith("The Idempotency-Key header is not a valid key: "), problem.detail());
    }
  }
}
