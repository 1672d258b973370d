package com.carbon254.observability.cli;

import com.carbon254.observability.dsl.bundle.Bundle;
import com.carbon254.observability.dsl.bundle.BundleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds every bundle on the classpath through {@link ServiceLoader}. */
final class BundleLoader {
  private BundleLoader() {}

  static List<Bundle> load() {
    List<Bundle> bundles = new ArrayList<>();
    for (ServiceLoader.Provider<Bundle> provider :
        ServiceLoader.load(Bundle.class).stream().toList()) {
      try {
        bundles.add(provider.get());
      } catch (ServiceConfigurationError | ExceptionInInitializerError e) {
        bundles.add(new Unloadable(provider.type(), e));
      }
    }
    return bundles;
  }

  /** A bundle whose class failed to load: reported like any broken definition. */
  private record Unloadable(Class<? extends Bundle> type, Throwable error) implements Bundle {
    @Override
    public String name() {
      return type.getSimpleName().replaceFirst("Bundle$", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public void define(BundleDefinition definition) {
      throw new IllegalStateException("bundle class " + type.getName() + " failed to load", error);
    }
  }
}
