package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/** Builds a table: one row per series (instant, table-format queries) or per sample. */
public final class TablePanelBuilder extends PanelBuilder<TablePanelBuilder> {
  private boolean showHeader = true;
  private TableCellHeight cellHeight = TableCellHeight.SMALL;
  private ReducerId footer;
  private PanelOptions.SortBy sortBy;
  private FieldTextAlignment align = FieldTextAlignment.AUTO;
  private TableCellDisplayMode cellType = TableCellDisplayMode.AUTO;
  private boolean filterable;

  public TablePanelBuilder(String title) {
    super(title, FieldColor.of(FieldColorModeId.THRESHOLDS));
  }

  public TablePanelBuilder hideHeader() {
    this.showHeader = false;
    return this;
  }

  public TablePanelBuilder cellHeight(TableCellHeight cellHeight) {
    this.cellHeight = Objects.requireNonNull(cellHeight, "cellHeight");
    return this;
  }

  /** A footer row reducing every numeric column, e.g. with {@link ReducerId#SUM}. */
  public TablePanelBuilder footer(ReducerId reducer) {
    this.footer = Objects.requireNonNull(reducer, "reducer");
    return this;
  }

  /** Initial sort by a column's display name. */
  public TablePanelBuilder sortBy(String column, boolean descending) {
    this.sortBy = new PanelOptions.SortBy(column, descending);
    return this;
  }

  /**
   * Keeps the {@code n} rows of an instant table with the highest value: Grafana transformations
   * drop the time and metric name columns, name the value column, sort by it descending and keep
   * the first {@code n} rows. They run before the panel's field overrides, so they name the column
   * themselves.
   */
  public TablePanelBuilder topRows(int n, String valueColumn) {
    if (n < 1) {
      throw new IllegalArgumentException("topRows keeps at least one row, not " + n);
    }
    ObjectNode panel = Documents.object();
    ArrayNode steps = panel.putArray("transformations");
    ObjectNode organize = steps.addObject().put("id", "organize").putObject("options");
    organize.putObject("excludeByName").put("Time", true).put("__name__", true);
    organize.putObject("renameByName").put("Value", valueColumn);
    steps
        .addObject()
        .put("id", "sortBy")
        .putObject("options")
        .putArray("sort")
        .addObject()
        .put("field", valueColumn)
        .put("desc", true);
    steps.addObject().put("id", "limit").putObject("options").put("limitField", n);
    return rawJson(Documents.json(panel));
  }

  public TablePanelBuilder align(FieldTextAlignment align) {
    this.align = Objects.requireNonNull(align, "align");
    return this;
  }

  /** How every cell shows its value, e.g. colored background by threshold. */
  public TablePanelBuilder cellType(TableCellDisplayMode cellType) {
    this.cellType = Objects.requireNonNull(cellType, "cellType");
    return this;
  }

  /** A filter in each column header. */
  public TablePanelBuilder filterable() {
    this.filterable = true;
    return this;
  }

  @Override
  PanelOptions options() {
    return new PanelOptions.Table(
        showHeader,
        cellHeight,
        Optional.ofNullable(footer),
        Optional.ofNullable(sortBy),
        align,
        cellType,
        filterable);
  }
}
