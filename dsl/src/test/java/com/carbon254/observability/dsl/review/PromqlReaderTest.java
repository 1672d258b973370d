package com.carbon254.observability.dsl.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromqlReaderTest {
  private static String canonical(String query) {
    return PromqlReader.read(query).text();
  }

  @Test
  void readsWhatTheRuleRendererWrites() {
    String expr =
        "sum by (job) (rate(gateway_http_requests_total{status=~\"5..\"}[5m])) / sum by (job)"
            + " (rate(gateway_http_requests_total[5m])) > 0.02\n"
            + "and\n"
            + "sum by (job) (rate(gateway_http_requests_total{status=~\"5..\"}[15m])) / sum by"
            + " (job) (rate(gateway_http_requests_total[15m])) > 0.01";
    PromExpr.Binary and = assertInstanceOf(PromExpr.Binary.class, PromqlReader.read(expr));
    assertEquals("and", and.op());
    PromExpr.Binary left = assertInstanceOf(PromExpr.Binary.class, and.lhs());
    assertEquals(">", left.op());
    assertEquals("0.02", left.rhs().text());
    assertEquals("/", assertInstanceOf(PromExpr.Binary.class, left.lhs()).op());
    assertEquals(Set.of("gateway_http_requests_total"), and.metricNames());
    assertEquals(expr.replace("\n", " "), and.text());
  }

  @Test
  void precedenceFollowsPrometheus() {
    PromExpr.Binary or =
        assertInstanceOf(PromExpr.Binary.class, PromqlReader.read("a or b and c unless d"));
    assertEquals("or", or.op());
    assertEquals("unless", assertInstanceOf(PromExpr.Binary.class, or.rhs()).op());
    PromExpr.Binary plus =
        assertInstanceOf(PromExpr.Binary.class, PromqlReader.read("1 + 2 * 3 > 4"));
    assertEquals(">", plus.op());
    PromExpr.Unary minus = assertInstanceOf(PromExpr.Unary.class, PromqlReader.read("-2 ^ 3 ^ 2"));
    PromExpr.Binary power = assertInstanceOf(PromExpr.Binary.class, minus.expr());
    assertEquals("3 ^ 2", power.rhs().text());
  }

  @Test
  void readsModifiersGroupingAndMatching() {
    assertEquals("sum by (job) (rate(x_total[5m]))", canonical("sum(rate(x_total[5m])) by (job)"));
    assertEquals("a / on (job) group_left (team) b", canonical("a / on(job) group_left(team) b"));
    assertEquals("a > bool 3", canonical("a >bool 3"));
    assertEquals(
        "max_over_time(rate(x_total[5m])[1h:1m] offset 5m)",
        canonical("max_over_time(rate(x_total[5m])[1h:1m] offset 5m)"));
    assertEquals("x offset -1h @ end()", canonical("x offset -1h @ end()"));
    assertEquals("topk (5, sum without (pod) (x))", canonical("topk(5, sum without(pod) (x))"));
    assertEquals("{__name__=\"up\", job=\"a\"}", canonical("{__name__=\"up\",job='a',}"));
    assertEquals(Set.of("up"), PromqlReader.read("{__name__=\"up\"}").metricNames());
    assertEquals("absent(up{job=\"x\"})", canonical("absent(up{job=\"x\"})"));
    assertEquals("vector(0.99)", canonical("vector(0.99)"));
  }

  @Test
  void readsGrafanaVariables() {
    PromExpr e =
        PromqlReader.read(
            "sum by ($group) (rate(x_total{route=~\"$route\"}[$__rate_interval])) > ${threshold}");
    assertEquals(Set.of("x_total"), e.metricNames());
    assertEquals("$__rate_interval", e.selectors().get(0).range());
  }

  @Test
  void refusesWhatIsNotPromql() {
    for (String bad : List.of("a > > 1", "rate(x[5m]", "sum(x) by job", "x{a}", "\"open", "a b")) {
      assertThrows(PromqlReader.PromqlSyntaxException.class, () -> PromqlReader.read(bad), bad);
    }
    PromqlReader.PromqlSyntaxException e =
        assertThrows(PromqlReader.PromqlSyntaxException.class, () -> PromqlReader.read("a > > 1"));
    assertTrue(e.getMessage().startsWith("unexpected '>' at column 5"), e.getMessage());
  }

  @Test
  void durationsReadAndPrint() {
    assertEquals(Duration.ofMinutes(90), PromDuration.parse("1h30m").orElseThrow());
    assertEquals("7h12m", PromDuration.format(Duration.ofSeconds(25_920)));
    assertEquals("1d9h36m", PromDuration.format(Duration.ofMinutes(2016)));
    assertTrue(PromDuration.parse("$__rate_interval").isEmpty());
  }
}
