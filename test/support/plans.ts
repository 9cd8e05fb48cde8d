/**
 * A pull request body with a complete feature-flag plan and measurable rollback criteria, as in
 * DESIGN.md, so a test about something else gets past the text checks honestly.
 */
export function readyBody(
  flag = 'new-checkout-flow',
  owner = '@payments-team',
  oncall = '@payments-oncall'
): string {
  return `## Feature flag plan
- Flag: \`${flag}\`
- Default: off
- Rollout: internal → 5% → 25% → 100% over 7 days
- Kill switch: turn \`${flag}\` off in flagd
- Owner: ${owner}

## Rollback plan
- Criteria: roll back if the checkout 5xx rate is above 2% for 10 minutes, or p95 latency is above 800 ms for 15 minutes
- Steps: turn \`${flag}\` off; if that is not enough, redeploy the previous release
- Owner: ${oncall}
`
}

/** A valid OpenSLO v1 SLO, so the repository has an objective for its one service. */
export const SLO_FILE = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: availability
spec:
  service: app
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 28d
      isRolling: true
  indicator:
    metadata:
      name: success-ratio
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total{code!~"5.."}[5m]))
        total:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total[5m]))
  objectives:
    - target: 0.995
`
