package com.carbon254.observability.dsl.promql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jOOQ promise: a wrong query does not compile. Checked with the real compiler. */
class TypedQueriesCompileTest {

  @TempDir static Path classes;

  private static String compile(String body) {
    String source =
        "import static com.carbon254.observability.dsl.promql.Promql.*;\n"
            + "import com.carbon254.observability.dsl.promql.*;\n"
            + "class Snippet {\n"
            + "  static final Gauge DEPTH = Gauge.named(\"gateway_queue_depth\").help(\"Queued.\").labels(\"route\");\n"
            + "  static final Counter REQUESTS = Counter.named(\"gateway_http_requests_total\").help(\"All.\").labels(\"route\");\n"
            + "  static Object query() { return "
            + body
            + "; }\n"
            + "}\n";
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean ok =
        compiler
            .getTask(
                errors,
                null,
                null,
                List.of(
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-proc:none",
                    "-d",
                    classes.toString()),
                null,
                List.of(file))
            .call();
    return ok ? "" : errors.toString().isEmpty() ? "failed" : errors.toString();
  }

  @Test
  void rateOfACounterCompiles() {
    assertTrue(compile("rate(REQUESTS.select().over(\"5m\"))").isEmpty());
  }

  @Test
  void rateOfAGaugeDoesNotCompile() {
    assertFalse(compile("rate(DEPTH.select().over(\"5m\"))").isEmpty());
  }

  @Test
  void avgOverTimeOfACounterDoesNotCompile() {
    assertFalse(compile("avgOverTime(REQUESTS.select().over(\"5m\"))").isEmpty());
  }
}
