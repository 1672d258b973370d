package com.carbon254.observability.bundles.ingestion;

import static com.carbon254.observability.dsl.promql.Promql.deriv;

import com.carbon254.observability.dsl.dashboard.DashboardElement;
import com.carbon254.observability.dsl.dashboard.DashboardLink;
import com.carbon254.observability.dsl.dashboard.LinkIcon;
import com.carbon254.observability.dsl.dashboard.TimeseriesPanelBuilder;
import com.carbon254.observability.dsl.dashboard.Unit;
import com.carbon254.observability.dsl.promql.Selector;
import com.carbon254.observability.dsl.promql.SeriesKind;
import com.carbon254.observability.dsl.promql.Vector;
import com.carbon254.observability.dsl.promql.Window;
import java.util.List;
import java.util.Set;

/**
 * The Kafka consumer lag of the normalizer: the records the connectors handed on that normalization
 * has not read yet. kafka_exporter measures it and the infrastructure bundle records it per
 * consumer group and topic, and alerts on its growth (ALERT_KAFKA_CONSUMER_LAG_GROWTH); both
 * dashboards of this bundle read that recording by name, which the platform checks against the
 * recordings every bundle declares, so a rename there fails the build here.
 */
final class KafkaLag {
  private KafkaLag() {}

  /** The infrastructure bundle's recording: kafka_consumergroup_lag summed over partitions. */
  static final String RECORDING = "consumergroup_topic:kafka_consumergroup_lag:sum";

  /** The consumer group the normalizer's replicas share, as its runbooks query it. */
  static final String CONSUMER_GROUP = "normalization";

  /** The lag alert's runbook, shipped by the infrastructure bundle. */
  static final String RUNBOOK_SLUG = "kafka-consumer-lag-growth";

  static final String RUNBOOK_TITLE = "Kafka consumer lag growth";

  /** The growth alert's trend window: the slope drawn is the one it compares with zero. */
  static final Window TREND_WINDOW = Window.minutes(15);

  static Selector<SeriesKind.Sampled> lag() {
    return Selector.recorded(RECORDING, Set.of("consumergroup", "topic"))
        .where("consumergroup", CONSUMER_GROUP);
  }

  static Vector growth() {
    return deriv(lag().over(TREND_WINDOW));
  }

  /**
   * A link to the lag alert's runbook by its slug: the runbook ships with the infrastructure
   * bundle, which this module does not depend on, and its URL is the build's runbook site like
   * every runbook link's.
   */
  static DashboardLink runbookLink() {
    return new DashboardLink(
        "Runbook: " + RUNBOOK_TITLE,
        DashboardLink.Kind.LINK,
        "",
        List.of(),
        LinkIcon.DOC,
        "Runbook",
        false,
        true,
        false,
        false,
        RUNBOOK_SLUG);
  }

  /**
   * Lag and its growth side by side, each half a row wide.
   *
   * @param reader who reads these records and why it matters on this dashboard, for the
   *     descriptions
   * @param next where the on-call engineer goes from here: the other end of the topic
   */
  static List<DashboardElement> panels(String reader, DashboardLink next) {
    return List.of(
        new TimeseriesPanelBuilder("Kafka consumer lag of the normalizer")
            .description(
                "Records waiting in Kafka for the '"
                    + CONSUMER_GROUP
                    + "' consumer group, by topic (kafka_exporter, summed over partitions). "
                    + reader
                    + " A lag that stays flat is a consumer keeping pace; one that climbs is"
                    + " the consumer falling behind, see the growth panel and the runbook.")
            .withTarget(lag(), "{{topic}}")
            .unit(Unit.suffix(" records"))
            .min(0)
            .panelLinks(runbookLink(), next)
            .span(12)
            .build(),
        new TimeseriesPanelBuilder("Kafka consumer lag growth")
            .description(
                "How fast the lag grows, records per second, least-squares slope over "
                    + TREND_WINDOW
                    + " as ALERT_KAFKA_CONSUMER_LAG_GROWTH reads it: above zero while the lag is"
                    + " large, the consumers read slower than the connectors write.")
            .withTarget(growth(), "{{topic}}")
            .unit(Unit.suffix(" records/s"))
            .panelLinks(runbookLink())
            .span(12)
            .build());
  }
}
