package com.carbon254.observability.bundles.ml;

import com.carbon254.observability.dsl.dashboard.DomainDashboard;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;

/**
 * The ML dashboards' narrowing to the chosen model versions: both dashboards have a {@code
 * model_version} variable next to the shared job variable.
 */
final class ModelVersions {
  static final String LABEL = "model_version";

  private ModelVersions() {}

  /** A recording of the ML rules narrowed to the chosen model versions. */
  static Selector<SeriesKind.Sampled> recorded(Selector<SeriesKind.Sampled> series) {
    return series.matching(LABEL, "$" + LABEL);
  }

  /** A scraped series narrowed to the chosen jobs and model versions. */
  static Selector<SeriesKind.Counting> raw(Selector<SeriesKind.Counting> series) {
    return series
        .matching(DomainDashboard.JOB, "$" + DomainDashboard.JOB)
        .matching(LABEL, "$" + LABEL);
  }
}
