package com.carbon254.observability.dsl.promql;

import static com.carbon254.observability.dsl.promql.Catalog.REQUESTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Java would accept but Prometheus rejects is refused where the query is written. */
class PrometheusCompatibilityTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5(?!03)..",
        "(?<=a)b",
        "(5)\\1",
        "5.*+",
        "(?>ab)",
        "a\\Z",
        "(?<n>x)",
        "(?x)a",
        "(?d)a",
        "\\h",
        "\\R",
        "\\X",
        "\\G",
        "\\e",
        "\\cA",
        "\\u0041",
        "\\p{Alpha}",
        "\\p{IsGreek}",
        "\\p{InGreek}",
        "[\\h]",
        "a{1001}",
        "a{2}{3}",
        "*a",
        "(*a)"
      })
  void perlOnlyRegexSyntaxIsRefused(String regex) {
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> REQUESTS.select().matching("status", regex));

    assertEquals("metric 'gateway_http_requests_total'", e.object());
    assertEquals(true, e.problem().startsWith("matcher status=~"), e.problem());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5..",
        "(?P<code>5..)",
        "2..|3..",
        "[45]\\d\\d",
        "^/api/.*$",
        "a\\z",
        "x\\\\1",
        "\\*+",
        "\\++",
        "a\\?+",
        "\\Q*+\\E",
        "x{,3}",
        "a{,}",
        "\\p{Greek}",
        "\\p{Han}",
        "\\Q\\1\\E",
        "(?i)get",
        "(?i:get|post)",
        "[[:alpha:]]+",
        "\\x41",
        "\\pL",
        "a{2,5}?",
        "[]a]",
        "[^]a]",
        // Not Java's class intersection: to RE2 and promtool 2.42 it is the class [a-z&[^b] then
        // ']'.
        "[a-z&&[^b]]"
      })
  void re2SyntaxIsAccepted(String regex) {
    assertEquals(
        regex, REQUESTS.select().matching("status", regex).ref().matchers().get(0).value());
  }

  @Test
  void namedGroupsInGo122SyntaxAreRefusedAsPromtool242Does() {
    // RE2/J accepts (?<name>...) like Go 1.22; promtool 2.42 (Go 1.19) answers
    // "invalid or unsupported Perl syntax: `(?<`", and promtool wins.
    DefinitionException e =
        assertThrows(
            DefinitionException.class, () -> REQUESTS.select().matching("status", "(?<code>5..)"));

    assertEquals(
        "matcher status=~\"(?<code>5..)\" uses (?<name>...), which Prometheus 2.42 (Go 1.19) refuses;"
            + " write (?P<name>...)",
        e.problem());
  }

  @Test
  void aWindowLongerThanTenYearsIsRefused() {
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> Window.of("999999999999w"));

    assertEquals(
        "window '999999999999w': is too long to be a duration; use a smaller amount",
        e.getMessage());
  }

  @Test
  void aNonFiniteThresholdIsADefinitionError() {
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> REQUESTS.select().above(0.0 / 0.0));

    assertEquals(
        "number 'NaN': a threshold or factor in a query must be a finite number; check the constant it comes from",
        e.getMessage());
  }

  @Test
  void comparingTwoNumbersNeedsBool() {
    DefinitionException e = assertThrows(DefinitionException.class, () -> Promql.time().above(5));

    assertEquals(
        "query 'time() > 5': comparing two numbers needs bool; compare a vector of series, or use isAbove/isBelow",
        e.getMessage());
  }

  @Test
  void numbersCannotBeAggregatedOrPassedWhereSeriesBelong() {
    assertEquals(
        "query 'sum(1)': sum takes a vector of series, not a number",
        assertThrows(DefinitionException.class, () -> Promql.sum(Promql.number(1))).getMessage());
    assertThrows(DefinitionException.class, () -> Promql.abs(Promql.number(1)));
    assertThrows(DefinitionException.class, () -> Promql.histogramQuantile(0.5, Promql.number(1)));
  }

  @Test
  void aNumberMatchesEverySeriesOfAVector() {
    Vector age = Promql.time().minus(Promql.max(Catalog.QUEUE_DEPTH.select()).by("route"));

    assertEquals("time() - max by (route) (gateway_queue_depth)", age.promql());
    assertEquals(java.util.Set.of("route"), age.labels());
  }

  @Test
  void groupingModifiersPrometheusCannotParseAreRefused() {
    Vector byRoute = Promql.sum(Catalog.QUEUE_DEPTH.select()).by("route");
    Vector byRouteAndOwner = Promql.max(Catalog.ROUTE_INFO.select()).by("route", "owner");

    assertEquals(
        "'and' matches many to many already; group_left is not allowed with it, drop it",
        assertThrows(
                DefinitionException.class,
                () -> byRoute.and(byRoute, VectorMatching.on("route").groupLeft()))
            .problem());
    assertEquals(
        "group_left (route) copies a label that on(...) already matches; copy other labels",
        assertThrows(
                DefinitionException.class,
                () ->
                    byRoute.div(
                        byRouteAndOwner, VectorMatching.on("route").groupLeft("route", "owner")))
            .problem());
    assertEquals(
        "on(...)/ignoring(...) match two vectors; a number matches every series without them, drop the matching",
        assertThrows(
                DefinitionException.class,
                () -> Promql.number(1).div(byRoute, VectorMatching.on("route")))
            .problem());
  }
}
