package org.plenary.radar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.radar.export.RadarLabels;

@DisplayName("The exports' words are in the six languages, the same keys and arguments in each")
class RadarLabelsTest {

  @Test
  void sixCataloguesAlike() {
    assertEquals(List.of(), RadarLabels.CATALOGUE.gaps());
  }
}
