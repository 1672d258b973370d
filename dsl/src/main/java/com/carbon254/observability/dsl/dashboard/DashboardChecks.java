package com.carbon254.observability.dsl.dashboard;

import com.carbon254.observability.dsl.validation.DefinitionException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks of a dashboard's own settings and titles; panels and grid have their own classes. */
final class DashboardChecks {
  private static final Pattern UID = Pattern.compile("[a-zA-Z0-9_-]{1,40}");
  private static final Pattern RELATIVE_TIME = Pattern.compile("now(?:-[1-9][0-9]*[smhdwMy])?(?:/[smhdwMy])?");
  private static final Pattern REFRESH = Pattern.compile("([1-9][0-9]*)([smhd])");
  // Grafana's default min_refresh_interval: a shorter refresh is silently raised to it.
  private static final int MIN_REFRESH_SECONDS = 5;

  private DashboardChecks() {}

  static void check(String uid, String title, List<String> tags, TimeRange time, String refresh,
      String timezone, List<GridItem> panels) {
    String object = DefinitionException.name("dashboard", uid == null ? title : uid);
    if (uid == null) {
      throw problem(object, "has no uid; set .uid(...) to a stable id of 1 to 40 characters of a-z, A-Z, 0-9, '_' or '-'");
    }
    if (!UID.matcher(uid).matches()) {
      throw problem(object, "uid must be 1 to 40 characters of a-z, A-Z, 0-9, '_' or '-'; shorten it or replace the"
          + " other characters with '-'");
    }
    if (title.isBlank()) {
      throw problem(object, "title is blank; give the dashboard a title");
    }
    checkTags(object, tags);
    checkTime(object, "from", time.from());
    checkTime(object, "to", time.to());
    if (secondsAgo(time.from()) >= 0 && secondsAgo(time.to()) >= 0 && secondsAgo(time.from()) <= secondsAgo(time.to())) {
      throw problem(object, "time range from '" + time.from() + "' to '" + time.to()
          + "' runs backwards or is empty; put the earlier time first, as in time(\"now-6h\", \"now\")");
    }
    checkRefresh(object, refresh);
    if (!timezone.equals("utc") && !timezone.equals("browser") && !ZoneId.getAvailableZoneIds().contains(timezone)) {
      throw problem(object, "timezone '" + timezone + "' is unknown; use 'utc', 'browser' or an IANA zone such as 'Europe/Berlin'");
    }
    checkTitles(object, panels);
    for (GridItem item : panels) {
      if (item.element() instanceof Panel panel) {
        PanelChecks.check(object, panel);
      }
    }
    GridChecks.check(object, panels);
  }

  private static void checkTags(String object, List<String> tags) {
    Set<String> seen = new HashSet<>();
    for (String tag : tags) {
      if (tag.isBlank()) {
        throw problem(object, "a tag is blank; drop it");
      }
      if (!seen.add(tag)) {
        throw problem(object, "tag '" + tag + "' is listed twice; list each tag once");
      }
    }
  }

  private static void checkTime(String object, String end, String value) {
    if (!RELATIVE_TIME.matcher(value).matches()) {
      throw problem(object, "time range " + end + " '" + value + "' is not a relative time; use 'now', 'now-<n><unit>'"
          + " with unit s, m, h, d, w, M or y, optionally rounded as in 'now-1d/d'");
    }
  }

  private static final Pattern SIMPLE_RELATIVE = Pattern.compile("now(-([0-9]{1,9})([smhdw]))?");

  /** How far back a plain relative time lies, or -1 for forms that are not compared (rounded, months). */
  private static long secondsAgo(String time) {
    Matcher m = SIMPLE_RELATIVE.matcher(time);
    if (!m.matches()) {
      return -1;
    }
    if (m.group(1) == null) {
      return 0;
    }
    long unit =
        switch (m.group(3)) {
          case "s" -> 1;
          case "m" -> 60;
          case "h" -> 3600;
          case "d" -> 86400;
          default -> 7 * 86400;
        };
    return Long.parseLong(m.group(2)) * unit;
  }

  private static void checkRefresh(String object, String refresh) {
    Matcher m = REFRESH.matcher(refresh);
    boolean valid = m.matches() && (!m.group(2).equals("s") || Long.parseLong(m.group(1)) >= MIN_REFRESH_SECONDS);
    if (!valid) {
      throw problem(object, "refresh '" + refresh + "' is not an interval of " + MIN_REFRESH_SECONDS + "s or more;"
          + " use one such as '30s', '1m' or '5m'");
    }
  }

  // People find a panel by its row and title, so two equal titles in one row make them ambiguous;
  // the same title under two rows ("p95" under Gateway and under Streaming) is the usual pattern.
  private static void checkTitles(String object, List<GridItem> items) {
    Set<String> panels = new HashSet<>();
    Set<String> rows = new HashSet<>();
    String currentRow = "";
    for (GridItem item : items) {
      String title = item.element().title();
      boolean row = item.element() instanceof Row;
      String kind = row ? "row" : "panel";
      if (title.isBlank()) {
        throw problem(object, "the " + kind + " with id " + item.id() + " has a blank title; give every " + kind + " a title");
      }
      if (row) {
        currentRow = title;
      }
      if (!(row ? rows.add(title) : panels.add(currentRow + "\n" + title))) {
        throw problem(
            object,
            "two " + kind + "s are titled '" + title + "'" + (row ? "" : " in the same row")
                + "; give each " + kind + " its own title");
      }
    }
  }

  static DefinitionException problem(String object, String problem) {
    return new DefinitionException(object, problem);
  }
}
