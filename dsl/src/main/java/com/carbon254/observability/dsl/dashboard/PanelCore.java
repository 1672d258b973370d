package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.datasource.Datasource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every panel kind has: title, description, queries, field config (standard options,
 * thresholds, mappings, links, overrides), placement and repeat, query options and raw JSON.
 *
 * @param links data links of the values; {@code panelLinks} are the links in the panel's header
 * @param datasource the panel's data source; empty: the one of its queries (mixed if they differ)
 */
public record PanelCore(
    String title,
    String description,
    List<Target> targets,
    StandardOptions standard,
    Thresholds thresholds,
    List<ValueMapping> mappings,
    List<DataLink> links,
    List<DashboardLink> panelLinks,
    List<FieldOverride> overrides,
    Placement placement,
    Optional<Repeat> repeat,
    Optional<Datasource> datasource,
    boolean transparent,
    QueryOptions queryOptions,
    Optional<RawJson> rawPanel,
    Optional<RawJson> rawOptions,
    Optional<RawJson> rawFieldConfig) {
  public PanelCore {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    targets = List.copyOf(targets);
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(thresholds, "thresholds");
    mappings = List.copyOf(mappings);
    links = List.copyOf(links);
    panelLinks = List.copyOf(panelLinks);
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(repeat, "repeat");
    Objects.requireNonNull(datasource, "datasource");
    Objects.requireNonNull(queryOptions, "queryOptions");
    Objects.requireNonNull(rawPanel, "rawPanel");
    Objects.requireNonNull(rawOptions, "rawOptions");
    Objects.requireNonNull(rawFieldConfig, "rawFieldConfig");
  }
}
