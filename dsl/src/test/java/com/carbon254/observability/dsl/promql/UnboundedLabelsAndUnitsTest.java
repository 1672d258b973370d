package com.carbon254.observability.dsl.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wider lists of unbounded labels and non-base units. */
class UnboundedLabelsAndUnitsTest {

  @ParameterizedTest
  @ValueSource(strings = {"customer_id", "email", "ip", "client_ip", "user_agent", "url", "path"})
  void unboundedLabelsNeedHashing(String label) {
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () -> Counter.named("gateway_http_requests_total").help("Requests.").labels(label));

    assertEquals(
        "label '"
            + label
            + "' is high-cardinality; declare it with .hashedLabel(\""
            + label
            + "\") so its values are a bounded set of hash buckets, or drop it",
        e.problem());
  }

  @ParameterizedTest
  @CsvSource({
    "gateway_request_latency_msec, msec, seconds, gateway_request_latency_seconds",
    "gateway_request_latency_secs, secs, seconds, gateway_request_latency_seconds",
    "gateway_cache_size_kib, kib, bytes, gateway_cache_size_bytes",
    "gateway_cache_hit_pct, pct, ratio, gateway_cache_hit_ratio"
  })
  void moreNonBaseUnitsAreRefused(String name, String unit, String base, String renamed) {
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> Gauge.named(name).help("Something."));

    assertEquals(
        "'" + unit + "' is not a base unit; record " + base + " and name it '" + renamed + "'",
        e.problem());
  }
}
