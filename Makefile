# The seed's make targets (original design, "Make Targets"), plus up-local/down-local.
# Cluster targets need kubectl with a context and the Prometheus Operator installed (k8s/README.md);
# validate, test-alerts, up-local and down-local need no cluster.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

KUBECTL ?= kubectl
PROMTOOL ?= promtool
AMTOOL ?= amtool
NAMESPACE := observability
OVERLAYS := core traces logs

# Sorted so that every run checks, and reports, the files in the same order.
RULE_FILES := $(sort $(wildcard generated/alerts/*/*.yaml) $(wildcard generated/k8s/prometheus/rules/*.yaml))
RULE_TESTS := $(sort $(shell find generated/tests -name '*_test.yaml' 2>/dev/null))
DASHBOARDS := $(sort $(shell find generated/dashboards -name '*.json' 2>/dev/null))
# The Alertmanager configurations in the repository: the generated one (which the stack and the
# live test run) and the one make up-local runs.
AM_CONFIGS := generated/configs/alertmanager.yaml k8s/local/alertmanager.yml

# generated/ joins once it carries the GitOps kustomization.
KUSTOMIZATIONS := k8s k8s/base $(addprefix k8s/overlays/,$(OVERLAYS)) \
  $(patsubst %/kustomization.yaml,%,$(wildcard generated/kustomization.yaml))

.PHONY: help deploy-core deploy-traces deploy-logs validate validate-rules test-alerts \
  validate-alertmanager validate-routing validate-dashboards validate-kustomize reload-dashboards up-local \
  down-local clean

help:
	@echo "make deploy-core        apply k8s/overlays/core (Prometheus, Alertmanager, Grafana, collector)"
	@echo "make deploy-traces      apply k8s/overlays/traces (Tempo)"
	@echo "make deploy-logs        apply k8s/overlays/logs (Loki)"
	@echo "make validate           every offline check: rules, rule tests, Alertmanager config, dashboards, kustomize"
	@echo "make test-alerts        the promtool unit tests of every generated rule file"
	@echo "make reload-dashboards  apply the generated GitOps folder (when present) and make Grafana re-read dashboards"
	@echo "make up-local           generated rules in a real Prometheus + Alertmanager on 127.0.0.1"
	@echo "make down-local         stop them (by PID)"
	@echo "make clean              stop the local stack, remove .local/ and the Maven build output"

deploy-core deploy-traces deploy-logs: deploy-%:
	$(KUBECTL) apply -k k8s/overlays/$*

validate: validate-rules test-alerts validate-alertmanager validate-routing validate-dashboards \
  validate-kustomize
	@echo "validate: OK"

validate-rules:
	$(PROMTOOL) check rules $(RULE_FILES)

# promtool reads each test's rule_files relative to the test file, so paths from here work.
test-alerts:
	$(PROMTOOL) test rules $(RULE_TESTS)

validate-alertmanager:
	$(AMTOOL) check-config $(AM_CONFIGS)

# Each severity reaches its own receiver: the generated configuration through the routing tests
# generated from the typed routing, the hand-written local one here.
ROUTED_CONFIGS := k8s/local/alertmanager.yml
validate-routing:
	@out="$$(sh generated/tests/configs/alertmanager_test.sh 2>&1)" \
	  || { echo "$$out" >&2; echo "validate: generated/tests/configs/alertmanager_test.sh failed" >&2; exit 1; }
	@echo "validate: generated/configs/alertmanager.yaml routes every severity to its own receiver"
	@for config in $(ROUTED_CONFIGS); do \
	  for pair in page:pager warn:slack info:low-noise; do \
	    $(AMTOOL) config routes test --config.file="$$config" --verify.receivers="$${pair#*:}" \
	      severity="$${pair%%:*}" service=gateway >/dev/null 2>&1 \
	      || { echo "validate: $$config does not route severity=$${pair%%:*} to $${pair#*:}" >&2; exit 1; }; \
	  done; \
	  echo "validate: $$config routes page, warn and info to pager, slack and low-noise"; \
	done

validate-dashboards:
	@for f in $(DASHBOARDS); do jq -e 'type == "object" and has("uid") and has("panels")' "$$f" >/dev/null \
	  || { echo "validate: $$f is not a dashboard JSON object with uid and panels" >&2; exit 1; }; done
	@echo "validate: $(words $(DASHBOARDS)) dashboards parse"

validate-kustomize:
	@for dir in $(KUSTOMIZATIONS); do \
	  $(KUBECTL) kustomize "$$dir" >/dev/null || { echo "validate: kubectl kustomize $$dir failed" >&2; exit 1; }; \
	  echo "validate: kubectl kustomize $$dir OK"; \
	done

# The sidecar reloads Grafana by itself when a dashboard ConfigMap changes; this forces it, e.g.
# after editing a dashboard in the UI. The admin login is read inside the pod, from its environment.
reload-dashboards:
	@if [[ -f generated/kustomization.yaml ]]; then $(KUBECTL) apply -k generated; fi
	$(KUBECTL) -n $(NAMESPACE) exec deploy/grafana -c grafana -- sh -c \
	  'auth="$$(printf "%s:%s" "$$GF_SECURITY_ADMIN_USER" "$$GF_SECURITY_ADMIN_PASSWORD" | base64 | tr -d "\n")"; \
	   wget -q -O - --header "Authorization: Basic $$auth" --post-data "" \
	     http://127.0.0.1:3000/api/admin/provisioning/dashboards/reload'

up-local:
	bash k8s/local/local-stack.sh up

down-local:
	bash k8s/local/local-stack.sh down

# generated/ is committed and rewritten by mvn package, so clean leaves it alone.
clean: down-local
	rm -rf .local
	mvn -B -ntp -q clean
