package com.carbon254.observability.dsl.dashboard;

/**
 * Grafana unit ids for {@code fieldConfig.defaults.unit}, named after what they display.
 *
 * <p>Only units with a checked Grafana id are listed (the foundation SDK's generated list maps a few
 * names to wrong ids, e.g. micro-farad to {@code watt}). Pass any other id as a plain string.
 */
public final class Units {
  private Units() {}

  // Misc
  public static final String SHORT = "short";
  public static final String NONE = "none";
  public static final String STRING = "string";
  public static final String PERCENT = "percent";
  /** A ratio 0..1 shown as a percentage: what PromQL ratios produce. */
  public static final String PERCENT_UNIT = "percentunit";
  public static final String BOOL_YES_NO = "bool_yes_no";

  // Time
  public static final String NANOSECONDS = "ns";
  public static final String MICROSECONDS = "µs";
  public static final String MILLISECONDS = "ms";
  public static final String SECONDS = "s";
  public static final String MINUTES = "m";
  public static final String HOURS = "h";
  public static final String DAYS = "d";
  /** Seconds shown as a duration ({@code 1h 2m}); suits lags and ages. */
  public static final String DURATION_SECONDS = "dtdurations";
  /** A Unix timestamp in milliseconds shown as a time relative to now ({@code 3 minutes ago}). */
  public static final String DATE_TIME_FROM_NOW = "dateTimeFromNow";

  // Data
  public static final String BYTES_IEC = "bytes";
  public static final String BYTES_SI = "decbytes";
  public static final String BITS_IEC = "bits";
  public static final String BITS_SI = "decbits";

  // Data rate
  public static final String BYTES_PER_SECOND_IEC = "binBps";
  public static final String BYTES_PER_SECOND_SI = "Bps";
  public static final String BITS_PER_SECOND_IEC = "binbps";
  public static final String BITS_PER_SECOND_SI = "bps";

  // Throughput
  public static final String COUNTS_PER_SECOND = "cps";
  public static final String OPS_PER_SECOND = "ops";
  public static final String REQUESTS_PER_SECOND = "reqps";
  public static final String READS_PER_SECOND = "rps";
  public static final String WRITES_PER_SECOND = "wps";
  public static final String IO_OPS_PER_SECOND = "iops";
  public static final String EVENTS_PER_SECOND = "eps";
  public static final String MESSAGES_PER_SECOND = "mps";
  public static final String RECORDS_PER_SECOND = "recps";
  public static final String ROWS_PER_SECOND = "rowsps";
  public static final String PACKETS_PER_SECOND = "pps";
  public static final String REQUESTS_PER_MINUTE = "reqpm";
}
