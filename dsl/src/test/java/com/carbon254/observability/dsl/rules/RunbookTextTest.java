package com.carbon254.observability.dsl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Runbooks written on any editor render with plain \n line ends. */
class RunbookTextTest {

  @Test
  void byteOrderMarkAndCarriageReturnsAreRemoved() {
    Runbook runbook =
        new Runbook(
            "high-api-error-rate",
            "High API error rate",
            "\uFEFF# High API error rate\r\n\r\nStep\rone");

    assertEquals("# High API error rate\n\nStep\none\n", runbook.markdown());
  }
}
