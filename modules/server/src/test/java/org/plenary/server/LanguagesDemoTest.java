package org.plenary.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Api;

@DisplayName("Dev mode gives the member of France's delegation a French account, whose digest is then written in French")
class LanguagesDemoTest {

  @Test
  @DisplayName("member-fra has chosen French; delegate-est has chosen no language")
  void franceSpeaksFrench() throws Exception {
    Api api = DemoServer.api();
    assertEquals("fr", api.as("member-fra").get("/me/preferences").expect(200).json().getString("language"));
    assertNull(api.as("delegate-est").get("/me/preferences").expect(200).json().getString("language"));
  }
}
