package com.carbon254.observability.dsl.review;

/** One {@code alert_rule_test} check of a promtool test: which alert, at which evaluation time. */
public record RenderedScenario(String file, String test, String alertname, String evalTime) {}
