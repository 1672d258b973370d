package com.carbon254.observability.cli;

import com.carbon254.observability.dsl.delivery.AlertmanagerConfig;
import com.carbon254.observability.dsl.delivery.PlatformDelivery;
import com.carbon254.observability.dsl.render.RenderedTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rendered Alertmanager configuration, checked by the real amtool. */
class AlertmanagerConfigTest {
  private static final RenderedTree TREE = Rendering.renderAllOrThrow();

  @TempDir static Path folder;

  @BeforeAll
  static void writeTheRenderedFiles() throws IOException {
    for (String path : List.of(AlertmanagerConfig.PATH, AlertmanagerConfig.TEST_PATH)) {
      Path target = folder.resolve(path);
      Files.createDirectories(target.getParent());
      Files.writeString(target, TREE.files().get(path));
    }
  }

  @Test
  void amtoolAcceptsTheConfiguration() {
    Amtool.require().in(folder).checkConfig(List.of(Path.of(AlertmanagerConfig.PATH))).assertOk();
  }

  @Test
  void eachSeverityReachesItsOwnReceiverAndOnlyIt() {
    Amtool amtool = Amtool.require().in(folder);
    for (AlertmanagerConfig.RouteCase routeCase :
        AlertmanagerConfig.routeCases(PlatformDelivery.ROUTING)) {
      routesTest(amtool, routeCase.receiver(), routeCase.amtoolLabels()).assertOk();
    }
  }

  /** The verification bites: a severity checked against another severity's receiver fails. */
  @Test
  void aRouteCheckedAgainstAnotherReceiverFails() {
    Amtool amtool = Amtool.require().in(folder);
    routesTest(amtool, "pager", List.of("severity=info")).assertFailed();
    routesTest(amtool, "low-noise", List.of("severity=page")).assertFailed();
  }

  @Test
  void theGeneratedScriptPasses() {
    Amtool.require(); // the script runs the amtool on PATH
    Promtool.execute(List.of("sh", AlertmanagerConfig.TEST_PATH), folder, Promtool.TIMEOUT)
        .assertOk();
  }

  private static Promtool.Result routesTest(Amtool amtool, String receiver, List<String> labels) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "config",
                "routes",
                "test",
                "--config.file=" + AlertmanagerConfig.PATH,
                "--verify.receivers=" + receiver));
    arguments.addAll(labels);
    return amtool.run(arguments.toArray(new String[0]));
  }
}
