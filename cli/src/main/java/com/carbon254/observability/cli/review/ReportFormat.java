package com.carbon254.observability.cli.review;

import com.carbon254.observability.cli.review.SemanticReport.Broken;
import com.carbon254.observability.cli.review.SemanticReport.Change;
import com.carbon254.observability.cli.review.SemanticReport.Domain;
import com.carbon254.observability.dsl.render.Documents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * How a {@link SemanticReport} is printed: for a terminal, for a pull-request comment, for tools.
 */
public enum ReportFormat {
  TEXT {
    @Override
    public String render(SemanticReport report) {
      StringBuilder s = new StringBuilder();
      if (report.isEmpty()) {
        return "no semantic change in generated/: " + report.from() + " → " + report.to() + "\n";
      }
      s.append("semantic diff of generated/: ")
          .append(report.from())
          .append(" → ")
          .append(report.to())
          .append('\n');
      for (Domain domain : Domain.values()) {
        List<Change> changes = of(report, domain);
        if (!changes.isEmpty()) {
          s.append(domain.title()).append(":\n");
          changes.forEach(c -> s.append("  ").append(c.line()).append('\n'));
        }
      }
      if (!report.broken().isEmpty()) {
        s.append("broken references:\n");
        report.broken().forEach(b -> s.append("  ! ").append(b.line()).append('\n'));
      }
      return s.append(totals(report)).append('\n').toString();
    }
  },

  MARKDOWN {
    @Override
    public String render(SemanticReport report) {
      StringBuilder s =
          new StringBuilder("### Semantic diff of `generated/`: `")
              .append(report.from())
              .append("` → `")
              .append(report.to())
              .append("`\n\n");
      if (report.isEmpty()) {
        return s.append("No semantic change.\n").toString();
      }
      if (!report.broken().isEmpty()) {
        s.append("**Broken references**\n\n");
        for (Broken b : report.broken()) {
          s.append("- :warning: ")
              .append(b.object())
              .append(" `")
              .append(b.name())
              .append("`: ")
              .append(escape(b.problem()));
          if (!b.readers().isEmpty()) {
            s.append(" (").append(escape(String.join(", ", b.readers()))).append(')');
          }
          s.append('\n');
        }
        s.append('\n');
      }
      for (Domain domain : Domain.values()) {
        List<Change> changes = of(report, domain);
        if (changes.isEmpty()) {
          continue;
        }
        s.append("**").append(domain.title()).append("**\n\n");
        for (Change c : changes) {
          s.append("- `")
              .append(c.kind().sign())
              .append("` ")
              .append(c.object())
              .append(" `")
              .append(c.name())
              .append('`');
          if (!c.note().isEmpty()) {
            s.append(' ').append(escape(c.note()));
          }
          if (c.details().size() == 1) {
            s.append(": ").append(escape(c.details().get(0)));
          }
          s.append('\n');
          if (c.details().size() > 1) {
            c.details().forEach(d -> s.append("  - ").append(escape(d)).append('\n'));
          }
        }
        s.append('\n');
      }
      return s.append('_').append(totals(report)).append("_\n").toString();
    }
  },

  JSON {
    @Override
    public String render(SemanticReport report) {
      ObjectNode root = Documents.object();
      root.put("from", report.from());
      root.put("to", report.to());
      ArrayNode changes = root.putArray("changes");
      for (Change c : report.changes()) {
        ObjectNode change = changes.addObject();
        change.put("domain", c.domain().title());
        change.put("change", c.kind().word());
        change.put("object", c.object());
        change.put("name", c.name());
        if (!c.note().isEmpty()) {
          change.put("note", c.note());
        }
        change.set("details", Documents.strings(c.details()));
      }
      ArrayNode broken = root.putArray("broken");
      for (Broken b : report.broken()) {
        ObjectNode item = broken.addObject();
        item.put("object", b.object());
        item.put("name", b.name());
        item.put("problem", b.problem());
        item.set("readers", Documents.strings(b.readers()));
      }
      return Documents.json(root);
    }
  };

  public abstract String render(SemanticReport report);

  private static List<Change> of(SemanticReport report, Domain domain) {
    return report.changes().stream().filter(c -> c.domain() == domain).toList();
  }

  private static String totals(SemanticReport report) {
    int n = report.changes().size();
    int b = report.broken().size();
    return n
        + (n == 1 ? " change" : " changes")
        + (b == 0 ? "" : ", " + b + (b == 1 ? " broken reference" : " broken references"));
  }

  /** Markdown would read PromQL's {@code *}, {@code _} and brackets as markup. */
  private static String escape(String text) {
    StringBuilder s = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }
}
