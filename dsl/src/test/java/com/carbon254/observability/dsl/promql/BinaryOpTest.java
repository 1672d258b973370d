package com.carbon254.observability.dsl.promql;

import static com.carbon254.observability.dsl.promql.Catalog.QUEUE_CAPACITY;
import static com.carbon254.observability.dsl.promql.Catalog.QUEUE_DEPTH;
import static com.carbon254.observability.dsl.promql.Catalog.QUEUE_RESERVED;
import static com.carbon254.observability.dsl.promql.Catalog.REQUESTS;
import static com.carbon254.observability.dsl.promql.Catalog.ROUTE_INFO;
import static com.carbon254.observability.dsl.promql.Promql.max;
import static com.carbon254.observability.dsl.promql.Promql.number;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static com.carbon254.observability.dsl.promql.VectorMatching.ignoring;
import static com.carbon254.observability.dsl.promql.VectorMatching.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BinaryOpTest {
  private static final String ERRORS_BY_ROUTE =
      "sum by (route) (rate(gateway_http_requests_total{status=~\"5..\"}[5m]))";
  private static final String TOTAL_BY_ROUTE =
      "sum by (route) (rate(gateway_http_requests_total[5m]))";

  private static Vector errorsByRoute() {
    return sum(rate(REQUESTS.select().matching("status", "5..").over("5m"))).by("route");
  }

  private static Vector totalByRoute() {
    return sum(rate(REQUESTS.select().over("5m"))).by("route");
  }

  private static Vector byRouteAndStatus() {
    return sum(rate(REQUESTS.select().over("5m"))).by("route", "status");
  }

  private static final Vector A = QUEUE_DEPTH.select();
  private static final Vector B = QUEUE_CAPACITY.select();
  private static final Vector C = QUEUE_RESERVED.select();

  @Nested
  class RatiosAndComparisons {
    @Test
    void ratioOfSidesWithTheSameLabels() {
      Vector ratio = errorsByRoute().div(totalByRoute());

      assertEquals(ERRORS_BY_ROUTE + " / " + TOTAL_BY_ROUTE, ratio.promql());
      assertEquals(Set.of("route"), ratio.labels());
      assertEquals(Set.of("gateway_http_requests_total"), ratio.metricNames());
    }

    @Test
    void ratioAboveAThreshold() {
      assertEquals(
          ERRORS_BY_ROUTE + " / " + TOTAL_BY_ROUTE + " > 0.02",
          errorsByRoute().div(totalByRoute()).above(0.02).promql());
    }

    @Test
    void everyComparisonOperator() {
      assertEquals("gateway_queue_depth > 10", A.above(10).promql());
      assertEquals("gateway_queue_depth >= 10", A.atLeast(10).promql());
      assertEquals("gateway_queue_depth < 0.5", A.below(0.5).promql());
      assertEquals("gateway_queue_depth <= 0.5", A.atMost(0.5).promql());
      assertEquals("gateway_queue_depth == 0", A.equalTo(0).promql());
      assertEquals("gateway_queue_depth > gateway_queue_capacity", A.above(B).promql());
      assertEquals("gateway_queue_depth < gateway_queue_capacity", A.below(B).promql());
    }

    @Test
    void boolComparisonsReturnOneOrZero() {
      assertEquals("gateway_queue_depth > bool 10", A.isAbove(10).promql());
      assertEquals("gateway_queue_depth < bool 0.5", A.isBelow(0.5).promql());
      assertEquals(A.labels(), A.isAbove(10).labels());
    }

    @Test
    void comparisonKeepsTheLeftSidesLabels() {
      assertEquals(Set.of("route"), errorsByRoute().div(totalByRoute()).above(0.02).labels());
    }

    @Test
    void thresholdsArePrintedAsTheDecimalTyped() {
      assertEquals("gateway_queue_depth > 0.3", A.above(0.1 + 0.2).promql());
      assertEquals("gateway_queue_depth * 100", A.mul(100).promql());
      assertEquals("gateway_queue_depth - -1", A.minus(-1).promql());
    }

    @Test
    void ratioOfSidesWithDifferentLabelSetsIsRefused() {
      Vector byMethod = sum(rate(REQUESTS.select().over("5m"))).by("method");
      DefinitionException e =
          assertThrows(DefinitionException.class, () -> errorsByRoute().div(byMethod));

      assertEquals(
          "query '"
              + ERRORS_BY_ROUTE
              + " / sum by (method) (rate(gateway_http_requests_total[5m]))':"
              + " the two sides carry different labels (route vs method), so no series would match;"
              + " aggregate both sides by the same labels or match with on(...)",
          e.getMessage());
    }

    @Test
    void comparingVectorsWithDifferentLabelSetsIsRefused() {
      DefinitionException e =
          assertThrows(DefinitionException.class, () -> errorsByRoute().above(sum(A)));

      assertEquals(
          "query '"
              + ERRORS_BY_ROUTE
              + " > sum(gateway_queue_depth)':"
              + " the two sides carry different labels (route vs ), so no series would match;"
              + " aggregate both sides by the same labels or match with on(...)",
          e.getMessage());
    }
  }

  @Nested
  class SetOperators {
    @Test
    void andKeepsSeriesPresentOnBothSides() {
      Vector busy = errorsByRoute().div(totalByRoute()).above(0.02).and(totalByRoute().above(1));

      assertEquals(
          ERRORS_BY_ROUTE + " / " + TOTAL_BY_ROUTE + " > 0.02\nand\n" + TOTAL_BY_ROUTE + " > 1",
          busy.promql());
      assertEquals(Set.of("route"), busy.labels());
    }

    @Test
    void orAcceptsSidesWithDifferentLabelsAndUnitesThem() {
      Vector either = errorsByRoute().above(1).or(sum(A).above(100));

      assertEquals(ERRORS_BY_ROUTE + " > 1\nor\nsum(gateway_queue_depth) > 100", either.promql());
      assertEquals(Set.of("route"), either.labels());
    }

    @Test
    void unlessDropsSeriesPresentOnTheRight() {
      assertEquals(
          "gateway_queue_depth > 10\nunless\ngateway_queue_capacity < 5",
          A.above(10).unless(B.below(5)).promql());
    }

    @Test
    void andWithDifferentLabelsIsRefused() {
      DefinitionException e =
          assertThrows(DefinitionException.class, () -> errorsByRoute().and(sum(A)));

      assertEquals(
          "query '"
              + ERRORS_BY_ROUTE
              + " and sum(gateway_queue_depth)':"
              + " the two sides carry different labels (route vs ), so no series would match;"
              + " aggregate both sides by the same labels or match with on(...)",
          e.getMessage());
    }

    @Test
    void unlessWithMatchingNamesTheLabelsOnTheOperatorLine() {
      Vector quietRoutes =
          errorsByRoute().above(1).unless(byRouteAndStatus().above(100), on("route"));

      assertEquals(
          ERRORS_BY_ROUTE
              + " > 1\nunless on (route)\nsum by (route, status) (rate(gateway_http_requests_total[5m])) > 100",
          quietRoutes.promql());
    }

    @Test
    void setOperatorWithANumberIsRefused() {
      DefinitionException e = assertThrows(DefinitionException.class, () -> A.and(number(1)));

      assertEquals(
          "query 'gateway_queue_depth and 1': 'and' joins two vectors, not a number; compare with a number first",
          e.getMessage());
    }
  }

  @Nested
  class VectorMatchingModifiers {
    @Test
    void onMatchesByTheNamedLabels() {
      Vector share = byRouteAndStatus().div(totalByRoute(), on("route").groupLeft());

      assertEquals(
          "sum by (route, status) (rate(gateway_http_requests_total[5m])) / on (route) group_left "
              + TOTAL_BY_ROUTE,
          share.promql());
      assertEquals(Set.of("route", "status"), share.labels());
    }

    @Test
    void oneToOneOnKeepsOnlyTheMatchingLabels() {
      Vector ratio = byRouteAndStatus().div(byRouteAndStatus(), on("route", "status"));

      assertEquals(
          "sum by (route, status) (rate(gateway_http_requests_total[5m]))"
              + " / on (route, status) sum by (route, status) (rate(gateway_http_requests_total[5m]))",
          ratio.promql());
      assertEquals(Set.of("route", "status"), ratio.labels());
    }

    @Test
    void ignoringDropsTheNamedLabelsFromMatching() {
      Vector share = byRouteAndStatus().div(totalByRoute(), ignoring("status").groupLeft());

      assertEquals(
          "sum by (route, status) (rate(gateway_http_requests_total[5m])) / ignoring (status) group_left "
              + TOTAL_BY_ROUTE,
          share.promql());
      assertEquals(Set.of("route", "status"), share.labels());
    }

    @Test
    void ignoringALabelBothSidesCarryWouldMatchManyToMany() {
      DefinitionException e =
          assertThrows(
              DefinitionException.class,
              () -> byRouteAndStatus().div(byRouteAndStatus(), ignoring("status")));

      assertEquals(
          "the right side carries [status] beyond the matching labels, so several of its series can match one on the"
              + " left; aggregate those labels away on the right",
          e.problem());
    }

    @Test
    void manyToOneWithoutGroupLeftIsRefused() {
      DefinitionException e =
          assertThrows(
              DefinitionException.class, () -> byRouteAndStatus().div(totalByRoute(), on("route")));

      assertEquals(
          "the left side carries [status] beyond the matching labels, so several of its series match one on the"
              + " right; say so with .groupLeft()",
          e.problem());
    }

    @Test
    void oneToOneOnTheSharedLabelsKeepsThem() {
      Vector ratio = totalByRoute().div(totalByRoute(), on("route"));

      assertEquals(Set.of("route"), ratio.labels());
    }

    @Test
    void groupLeftCopiesLabelsFromTheRight() {
      Vector owned =
          byRouteAndStatus()
              .div(max(ROUTE_INFO.select()).by("route", "owner"), on("route").groupLeft("owner"));

      assertEquals(
          "sum by (route, status) (rate(gateway_http_requests_total[5m]))"
              + " / on (route) group_left (owner) max by (route, owner) (gateway_route_info)",
          owned.promql());
      assertEquals(Set.of("owner", "route", "status"), owned.labels());
    }

    @Test
    void infoMetricJoinMultipliesWithGroupLeft() {
      Vector owned =
          byRouteAndStatus()
              .mul(max(ROUTE_INFO.select()).by("route", "owner"), on("route").groupLeft("owner"));

      assertEquals(
          "sum by (route, status) (rate(gateway_http_requests_total[5m]))"
              + " * on (route) group_left (owner) max by (route, owner) (gateway_route_info)",
          owned.promql());
    }

    @Test
    void groupLeftOfALabelTheRightSideLacksIsRefused() {
      DefinitionException e =
          assertThrows(
              DefinitionException.class,
              () -> byRouteAndStatus().div(totalByRoute(), on("route").groupLeft("owner")));

      assertEquals(
          "group_left (owner) copies a label the right side does not carry; copy one it has",
          e.problem());
    }

    @Test
    void groupLeftWithoutOnOrIgnoringIsRefused() {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> VectorMatching.NONE.groupLeft("owner"));

      assertEquals("group_left needs on(...) or ignoring(...) first", e.getMessage());
    }

    @Test
    void onALabelOneSideLacksIsRefused() {
      DefinitionException e =
          assertThrows(
              DefinitionException.class,
              () -> byRouteAndStatus().div(totalByRoute(), on("status")));

      assertEquals(
          "query 'sum by (route, status) (rate(gateway_http_requests_total[5m])) / "
              + TOTAL_BY_ROUTE
              + "':"
              + " on (status) names a label that one side does not carry; match on labels both sides have",
          e.getMessage());
    }

    @Test
    void ignoringALabelNeitherSideHasIsRefused() {
      DefinitionException e =
          assertThrows(
              DefinitionException.class,
              () -> byRouteAndStatus().div(totalByRoute(), ignoring("region")));

      assertEquals(
          "query 'sum by (route, status) (rate(gateway_http_requests_total[5m])) / "
              + TOTAL_BY_ROUTE
              + "':"
              + " ignoring (region) names a label neither side carries; remove it",
          e.getMessage());
    }
  }

  @Nested
  class Precedence {
    @Test
    void lowerPrecedenceOnTheLeftIsParenthesized() {
      assertEquals(
          "(gateway_queue_depth + gateway_queue_capacity) / gateway_queue_reserved",
          A.plus(B).div(C).promql());
    }

    @Test
    void equalPrecedenceOnTheRightIsParenthesizedForDivision() {
      assertEquals(
          "gateway_queue_depth / (gateway_queue_capacity / gateway_queue_reserved)",
          A.div(B.div(C)).promql());
    }

    @Test
    void equalPrecedenceOnTheRightIsParenthesizedForSubtraction() {
      assertEquals(
          "gateway_queue_depth - (gateway_queue_capacity - gateway_queue_reserved)",
          A.minus(B.minus(C)).promql());
    }

    @Test
    void leftAssociativeChainNeedsNoParentheses() {
      assertEquals(
          "gateway_queue_depth - gateway_queue_capacity - gateway_queue_reserved",
          A.minus(B).minus(C).promql());
    }

    @Test
    void higherPrecedenceNeedsNoParentheses() {
      assertEquals(
          "gateway_queue_depth / gateway_queue_capacity + gateway_queue_reserved",
          A.div(B).plus(C).promql());
      assertEquals(
          "gateway_queue_depth + gateway_queue_capacity * gateway_queue_reserved",
          A.plus(B.mul(C)).promql());
    }

    @Test
    void sumTimesANumber() {
      assertEquals("(gateway_queue_depth + gateway_queue_capacity) * 2", A.plus(B).mul(2).promql());
    }

    @Test
    void complementOfARatioAndOfADifference() {
      assertEquals(
          "1 - gateway_queue_depth / gateway_queue_capacity", A.div(B).complement().promql());
      assertEquals(
          "1 - (gateway_queue_depth - gateway_queue_capacity)", A.minus(B).complement().promql());
    }

    @Test
    void arithmeticBindsTighterThanComparison() {
      assertEquals(
          "gateway_queue_depth + gateway_queue_capacity > gateway_queue_reserved",
          A.plus(B).above(C).promql());
    }

    @Test
    void andBindsTighterThanOr() {
      assertEquals(
          "gateway_queue_depth > 1\nand\ngateway_queue_capacity > 2\nor\ngateway_queue_reserved > 3",
          A.above(1).and(B.above(2)).or(C.above(3)).promql());
      assertEquals(
          "gateway_queue_depth > 1\nand\n(gateway_queue_capacity > 2\nor\ngateway_queue_reserved > 3)",
          A.above(1).and(B.above(2).or(C.above(3))).promql());
      assertEquals(
          "(gateway_queue_depth > 1\nor\ngateway_queue_capacity > 2)\nand\ngateway_queue_reserved > 3",
          A.above(1).or(B.above(2)).and(C.above(3)).promql());
    }
  }
}
