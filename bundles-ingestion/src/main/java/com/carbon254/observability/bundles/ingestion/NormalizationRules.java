package com.carbon254.observability.bundles.ingestion;

import static com.carbon254.observability.bundles.ingestion.NormalizationMetrics.ENRICHMENT_CACHE_HITS;
import static com.carbon254.observability.bundles.ingestion.NormalizationMetrics.ENRICHMENT_CACHE_MISSES;
import static com.carbon254.observability.bundles.ingestion.NormalizationMetrics.JOB;
import static com.carbon254.observability.bundles.ingestion.NormalizationMetrics.LATEST_PROCESSED;
import static com.carbon254.observability.bundles.ingestion.NormalizationMetrics.PROCESSING_LATENCY;
import static com.carbon254.observability.bundles.ingestion.NormalizationMetrics.RECORDS_FAILED;
import static com.carbon254.observability.bundles.ingestion.NormalizationMetrics.RECORDS_PROCESSED;
import static com.carbon254.observability.dsl.promql.Promql.histogramQuantile;
import static com.carbon254.observability.dsl.promql.Promql.max;
import static com.carbon254.observability.dsl.promql.Promql.rate;
import static com.carbon254.observability.dsl.promql.Promql.sum;
import static com.carbon254.observability.dsl.promql.Promql.time;

import com.carbon254.observability.dsl.promql.Numbers;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import com.carbon254.observability.dsl.rules.Alert;
import com.carbon254.observability.dsl.rules.AlertScenario;
import com.carbon254.observability.dsl.rules.RecordingRule;
import com.carbon254.observability.dsl.rules.RecordingScenario;
import com.carbon254.observability.dsl.rules.RuleGroup;
import com.carbon254.observability.dsl.rules.Runbook;
import com.carbon254.observability.dsl.rules.Severity;
import com.carbon254.observability.dsl.rules.TestSeries;
import java.util.Map;

/**
 * Normalization recordings (throughput, errors, lag, latency, cache hits) and alerts (lag, error
 * ratio).
 */
final class NormalizationRules {
  private NormalizationRules() {}

  static final Window RATE_WINDOW = Window.minutes(5);

  /** The seed's ALERT_NORMALIZATION_LAG: the latest processed timestamp more than 120 s behind. */
  static final double MAX_LAG_SECONDS = 120;

  /**
   * One record in twenty rejected: vendors send a malformed record now and then (well under 1%), so
   * 5% means a schema change upstream, a missing reference entry for a whole market or an
   * enrichment outage, and the curves downstream are built from a visibly thinner market.
   */
  static final double ERROR_RATIO = 0.05;

  /**
   * Four lookups in ten missing the enrichment cache: warm, it answers about nine in ten (the
   * reference data changes slowly), so 40% means it was flushed, evicts under memory pressure, or
   * the source started sending instruments the reference data lacks. Each miss is a reference-store
   * query, so normalization slows down and the store takes the load; the seed's cache threshold.
   */
  static final double ENRICHMENT_CACHE_MISS_RATIO = 0.4;

  /**
   * Replicas consume disjoint partitions of a market; the newest record any of them finished
   * counts.
   */
  static Vector lag() {
    return time().minus(max(LATEST_PROCESSED.select()).by("job", "market"));
  }

  static final RecordingRule PROCESSED_RATE =
      RecordingRule.named("job_market:normalization_records_processed:rate5m")
          .expr(sum(rate(RECORDS_PROCESSED.select().over(RATE_WINDOW))).by("job", "market"));

  static final RecordingRule ERROR_RATIO_5M =
      RecordingRule.named("job_market:normalization_records:error_ratio5m")
          .expr(
              sum(rate(RECORDS_FAILED.select().over(RATE_WINDOW)))
                  .by("job", "market")
                  .div(
                      sum(rate(RECORDS_PROCESSED.select().over(RATE_WINDOW))).by("job", "market")));

  /** For the dashboard; the lag alert reads the gauge itself, so it is not one evaluation late. */
  static final RecordingRule LAG =
      RecordingRule.named("job_market:normalization_latest_processed:lag_seconds").expr(lag());

  static final RecordingRule CACHE_HIT_RATIO =
      RecordingRule.named("job_cache:normalization_enrichment_cache:hit_ratio5m")
          .expr(
              sum(rate(ENRICHMENT_CACHE_HITS.select().over(RATE_WINDOW)))
                  .by("job", "cache")
                  .div(
                      sum(rate(ENRICHMENT_CACHE_HITS.select().over(RATE_WINDOW)))
                          .by("job", "cache")
                          .plus(
                              sum(rate(ENRICHMENT_CACHE_MISSES.select().over(RATE_WINDOW)))
                                  .by("job", "cache"))));

  static final RecordingRule CACHE_MISS_RATIO =
      RecordingRule.named("job_cache:normalization_enrichment_cache:miss_ratio5m")
          .expr(
              sum(rate(ENRICHMENT_CACHE_MISSES.select().over(RATE_WINDOW)))
                  .by("job", "cache")
                  .div(
                      sum(rate(ENRICHMENT_CACHE_HITS.select().over(RATE_WINDOW)))
                          .by("job", "cache")
                          .plus(
                              sum(rate(ENRICHMENT_CACHE_MISSES.select().over(RATE_WINDOW)))
                                  .by("job", "cache"))));

  static final String LATENCY_QUANTILES =
      "job_market:normalization_processing_latency_seconds:histogram_quantile5m";

  static RecordingRule latency(double quantile) {
    return RecordingRule.named(LATENCY_QUANTILES)
        .expr(
            histogramQuantile(
                quantile,
                sum(rate(PROCESSING_LATENCY.bucket().over(RATE_WINDOW))).by("le", "job", "market")))
        .label("quantile", Numbers.format(quantile));
  }

  static final RecordingRule LATENCY_P50 = latency(0.5);
  static final RecordingRule LATENCY_P95 = latency(0.95);
  static final RecordingRule LATENCY_P99 = latency(0.99);

  static RuleGroup.Builder recordings() {
    return RuleGroup.named("normalization-recordings")
        .rule(PROCESSED_RATE)
        .rule(ERROR_RATIO_5M)
        .rule(LAG)
        .rule(CACHE_HIT_RATIO)
        .rule(CACHE_MISS_RATIO)
        .rule(LATENCY_P50)
        .rule(LATENCY_P95)
        .rule(LATENCY_P99)
        .scenario(oneMarket());
  }

  private static final String MARKET = "de_power";
  private static final Map<String, String> ON_MARKET = Map.of("job", JOB, "market", MARKET);
  private static final String CACHE = "instrument";

  /**
   * 100 records a minute on one market, 3 rejected; per minute 10 normalized within 5 ms, 30 within
   * 10 ms, 60 within 25 ms, 80 within 50 ms, 90 within 100 ms, 95 within 250 ms, 98 within 500 ms,
   * all within 1 s: p50 is 20 ms, p95 250 ms and p99 750 ms. The enrichment cache answers 90
   * lookups of 100; the newest record is 20 s old.
   */
  private static RecordingScenario.Builder oneMarket() {
    return RecordingScenario.named("one market, 100 records a minute, 3% rejected, 20s behind")
        .input(processed(MARKET).rising(100, 40))
        .input(failed(MARKET, "schema").rising(3, 40))
        .input(latest(MARKET).from(-20).rising(60, 40))
        .input(
            TestSeries.of(ENRICHMENT_CACHE_HITS.select().where("job", JOB).where("cache", CACHE))
                .rising(90, 40))
        .input(
            TestSeries.of(ENRICHMENT_CACHE_MISSES.select().where("job", JOB).where("cache", CACHE))
                .rising(10, 40))
        .inputs(
            TestSeries.histogram(
                PROCESSING_LATENCY,
                ON_MARKET,
                40,
                10,
                30,
                60,
                80,
                90,
                95,
                98,
                100,
                100,
                100,
                100,
                100))
        .expect("30m", PROCESSED_RATE, ON_MARKET, 100.0 / 60)
        .expect("30m", ERROR_RATIO_5M, ON_MARKET, 0.03)
        .expect("30m", LAG, ON_MARKET, 20)
        .expect("30m", CACHE_HIT_RATIO, Map.of("job", JOB, "cache", CACHE), 0.9)
        .expect("30m", CACHE_MISS_RATIO, Map.of("job", JOB, "cache", CACHE), 0.1)
        .expect("30m", LATENCY_P50, ON_MARKET, 0.02)
        .expect("30m", LATENCY_P95, ON_MARKET, 0.25)
        .expect("30m", LATENCY_P99, ON_MARKET, 0.75);
  }

  static RuleGroup.Builder alerts() {
    return RuleGroup.named("normalization-red")
        .rule(highErrorRatio())
        .rule(enrichmentCacheMissSpike());
  }

  static RuleGroup.Builder freshnessAlerts() {
    return RuleGroup.named("normalization-freshness").rule(lagAlert());
  }

  /**
   * The seed's ALERT_NORMALIZATION_LAG (quality: data freshness behind target). The gauge moves in
   * steps of a scrape; one minute of pending keeps a single late scrape from paging.
   */
  static Alert.Builder lagAlert() {
    return Alert.named("ALERT_NORMALIZATION_LAG")
        .when(lag().above(MAX_LAG_SECONDS))
        .pendingFor("1m")
        .severity(Severity.PAGE)
        .service("normalization")
        .summary("Normalization of market {{ $labels.market }} is more than 120s behind.")
        .description(
            "The newest record {{ $labels.job }} normalized for market {{ $labels.market }} is more"
                + " than 120 seconds old: bars, curves and the streaming API serve stale prices for"
                + " this market. Check whether the normalizer consumes at all (Kafka consumer lag,"
                + " pod restarts) or consumes slowly (latency by market) on the normalization"
                + " pipeline dashboard.")
        .runbook(Runbook.fromResource(NormalizationRules.class, "normalization-lag"))
        .scenario(
            AlertScenario.named("stays quiet while the market runs a steady 110s behind")
                .input(latest(MARKET).from(-110).rising(60, 40))
                .checking("30m", lag().isAbove(100), ON_MARKET, true)
                .observing(ON_MARKET, 110)
                .quietAt("30m"))
        .scenario(
            AlertScenario.named("fires while the market runs a steady 130s behind")
                .input(latest(MARKET).from(-130).rising(60, 40))
                .observing(130)
                .firesAt("30m", ON_MARKET))
        // Processing stops at 20m: the lag is 120 s at 22m, 180 s at 23m; it fires one minute
        // later.
        .scenario(
            stallsAt20m("fires one minute after the lag passes 120s when processing stops")
                .checking("22m", lag().isAbove(MAX_LAG_SECONDS), ON_MARKET, false)
                .checking("23m", lag().isAbove(MAX_LAG_SECONDS), ON_MARKET, true)
                .observing(240)
                .firesAt("24m", ON_MARKET))
        .scenario(
            stallsAt20m("is still pending the minute the lag passes 120s")
                .observing(ON_MARKET, 180)
                .quietAt("23m"))
        // From 20m the normalizer keeps only half the pace: the lag grows by 30 s a minute, is
        // 120 s at 24m and 150 s at 25m, so the alert fires at 26m.
        .scenario(
            halfSpeedFrom20m("fires as the lag grows past 120s when processing slows to half speed")
                .checking("24m", lag().isAbove(MAX_LAG_SECONDS), ON_MARKET, false)
                .checking("25m", lag().isAbove(MAX_LAG_SECONDS), ON_MARKET, true)
                .observing(180)
                .firesAt("26m", ON_MARKET))
        .scenario(
            halfSpeedFrom20m("is still pending while the slowed lag first passes 120s")
                .observing(ON_MARKET, 150)
                .quietAt("25m"));
  }

  private static AlertScenario.Builder stallsAt20m(String name) {
    return AlertScenario.named(name).input(latest(MARKET).rising(60, 20).flat(20));
  }

  private static AlertScenario.Builder halfSpeedFrom20m(String name) {
    return AlertScenario.named(name).input(latest(MARKET).rising(60, 20).rising(30, 20));
  }

  /** Symptom for the data: a share of the market's records is dropped. */
  static Alert.Builder highErrorRatio() {
    return Alert.named("ALERT_NORMALIZATION_HIGH_ERROR_RATIO")
        .when(ERROR_RATIO_5M.series().above(ERROR_RATIO))
        // Ten minutes: a vendor's one bad file is rejected in a burst and is not worth a call.
        .pendingFor("10m")
        .severity(Severity.WARN)
        .service("normalization")
        .summary(
            "Normalization rejects more than 5% of the records of market {{ $labels.market }}.")
        .description(
            "For 10 minutes {{ $labels.job }} rejected more than 5% of the records of market {{"
                + " $labels.market }}: they are missing from bars and curves. Find the rejection"
                + " reason with sum by (reason) (rate(normalization_records_failed_total[5m])) and"
                + " check recent schema or reference-data changes.")
        .runbook(Runbook.fromResource(NormalizationRules.class, "normalization-error-ratio"))
        .scenario(
            steadyErrors("fires under a steady 6% rejection ratio", 6)
                .observing(0.06)
                .firesAt("30m", ON_MARKET))
        .scenario(
            steadyErrors("stays quiet under a steady 4% rejection ratio", 4)
                .observing(ON_MARKET, 0.04)
                .quietAt("30m"))
        // 10% of the records fail from 30m: the 5m ratio is 4% at 32m, 6% at 33m; fires at 43m.
        .scenario(
            errorsStartAt30m("fires ten minutes after the 5m ratio passes 5%")
                .checking("32m", ERROR_RATIO_5M.series().isAbove(ERROR_RATIO), ON_MARKET, false)
                .checking("33m", ERROR_RATIO_5M.series().isAbove(ERROR_RATIO), ON_MARKET, true)
                .observing(0.1)
                .firesAt("43m", ON_MARKET))
        .scenario(
            errorsStartAt30m("is still pending nine minutes after")
                .observing(ON_MARKET, 0.1)
                .quietAt("42m"))
        .scenario(
            // One bad file: 20% rejected for five minutes keeps the 5m ratio above 5% from 32m to
            // 38m only, shorter than the 10 minutes pending.
            AlertScenario.named("stays quiet after a five-minute burst of rejections")
                .input(processed(MARKET).rising(100, 60))
                .input(failed(MARKET, "schema").flat(30).rising(20, 5).flat(25))
                .checking("38m", ERROR_RATIO_5M.series().isAbove(ERROR_RATIO), ON_MARKET, true)
                .checking("39m", ERROR_RATIO_5M.series().isAbove(ERROR_RATIO), ON_MARKET, false)
                .observing(ON_MARKET, 0)
                .quietAt("42m"));
  }

  private static final Map<String, String> ON_CACHE = Map.of("job", JOB, "cache", CACHE);

  /**
   * Cause: the seed's "enrichment cache miss spike" runbook. Fifteen minutes, as for the
   * entitlement cache: a cache refills within minutes after a restart or a deploy, which is not
   * worth a message.
   */
  static Alert.Builder enrichmentCacheMissSpike() {
    return Alert.named("ALERT_NORMALIZATION_ENRICHMENT_CACHE_MISS_SPIKE")
        .when(CACHE_MISS_RATIO.series().above(ENRICHMENT_CACHE_MISS_RATIO))
        .pendingFor("15m")
        .severity(Severity.WARN)
        .service("normalization")
        .summary("More than 40% of the lookups in enrichment cache {{ $labels.cache }} miss.")
        .description(
            "For 15 minutes more than 40% of {{ $labels.job }}'s lookups in the {{ $labels.cache }}"
                + " enrichment cache missed: every miss queries the reference store, so"
                + " normalization slows down and the store takes the load. Check the cache's size"
                + " and evictions, recent restarts, and whether the sources send instruments the"
                + " reference data lacks (normalization pipeline dashboard).")
        .runbook(Runbook.fromResource(NormalizationRules.class, "enrichment-cache-miss-spike"))
        .scenario(
            cacheLookups("fires while half of the lookups miss", 50, 50)
                .observing(0.5)
                .firesAt("30m", ON_CACHE))
        .scenario(
            cacheLookups("stays quiet while 35% of the lookups miss", 65, 35)
                .observing(ON_CACHE, 0.35)
                .quietAt("30m"))
        // From 20m, 60 of 100 lookups a minute miss instead of 10: the 5m miss ratio is
        // 0.1 + 0.1 k after k minutes, 0.4 at 23m (not above), 0.5 at 24m; fires 15 minutes later.
        .scenario(
            cacheFlushedAt20m("fires fifteen minutes after the miss ratio passes 40%")
                .checking(
                    "23m",
                    CACHE_MISS_RATIO.series().isAbove(ENRICHMENT_CACHE_MISS_RATIO),
                    ON_CACHE,
                    false)
                .checking(
                    "24m",
                    CACHE_MISS_RATIO.series().isAbove(ENRICHMENT_CACHE_MISS_RATIO),
                    ON_CACHE,
                    true)
                .observing(0.6)
                .firesAt("39m", ON_CACHE))
        .scenario(
            cacheFlushedAt20m("is still pending fourteen minutes after")
                .observing(ON_CACHE, 0.6)
                .quietAt("38m"));
  }

  private static AlertScenario.Builder cacheLookups(String name, int hits, int misses) {
    return AlertScenario.named(name)
        .input(cacheHits().rising(hits, 40))
        .input(cacheMisses().rising(misses, 40));
  }

  private static AlertScenario.Builder cacheFlushedAt20m(String name) {
    return AlertScenario.named(name)
        .input(cacheHits().rising(90, 20).rising(40, 30))
        .input(cacheMisses().rising(10, 20).rising(60, 30));
  }

  private static TestSeries cacheHits() {
    return TestSeries.of(ENRICHMENT_CACHE_HITS.select().where("job", JOB).where("cache", CACHE));
  }

  private static TestSeries cacheMisses() {
    return TestSeries.of(ENRICHMENT_CACHE_MISSES.select().where("job", JOB).where("cache", CACHE));
  }

  private static AlertScenario.Builder steadyErrors(String name, int failedPerHundred) {
    return AlertScenario.named(name)
        .input(processed(MARKET).rising(100, 40))
        .input(failed(MARKET, "unknown_instrument").rising(failedPerHundred, 40));
  }

  private static AlertScenario.Builder errorsStartAt30m(String name) {
    return AlertScenario.named(name)
        .input(processed(MARKET).rising(100, 60))
        .input(failed(MARKET, "schema").flat(30).rising(10, 30));
  }

  private static TestSeries processed(String market) {
    return TestSeries.of(RECORDS_PROCESSED.select().where("job", JOB).where("market", market));
  }

  private static TestSeries failed(String market, String reason) {
    return TestSeries.of(
        RECORDS_FAILED.select().where("job", JOB).where("market", market).where("reason", reason));
  }

  private static TestSeries latest(String market) {
    return TestSeries.of(LATEST_PROCESSED.select().where("job", JOB).where("market", market));
  }
}
