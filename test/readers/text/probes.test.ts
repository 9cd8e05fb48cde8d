import { describe, expect, it } from '@jest/globals'
import featureFlagPlan from '../../../checks/feature-flag-plan.js'
import rollbackCriteria from '../../../checks/rollback-criteria.js'
import type { Check } from '../../../src/engine/types.js'
import { runCheck } from '../../support/run-check.js'

// Short descriptions written after the corpora, to probe forms and traps the corpora do not hold.
type Which = 'flag' | 'rollback'
const checks: Record<Which, Check> = { flag: featureFlagPlan, rollback: rollbackCriteria }

const accepted: Array<[Which, string]> = [
  [
    'rollback',
    '## Rollback\nAlert: `job:http_5xx_ratio:rate5m > 0.02` for 10m → page and roll back via `argocd app rollback shop`'
  ],
  [
    'flag',
    '## Feature flag\n| | |\n|---|---|\n|**Key**|`promo-x`|\n|**Default**|Off (dark launch)|\n|**Rollout**|staff, 10%, 100%|\n|**Kill switch**|yes, via LaunchDarkly|\n|**Owner**|Payments team (#payments-oncall)|'
  ],
  [
    'rollback',
    '## Rollback\nWe roll back when checkout conversion drops by more than 10% compared to last week over 2 hours, by reverting the deploy.'
  ],
  [
    'flag',
    '## Feature flag\nDetrás del flag `promo-es`, apagado por defecto. Lo activaremos para empleados, luego 20 % y después todos. Para apagarlo: desactivar `promo-es` en flagd. Responsable: @promos.'
  ],
  ['rollback', '## Rollback plan\n- 5xx > 1% (5m window) → rollback\n- Steps: `helm rollback api`'],
  ['rollback', '## Rollback plan\nError rate exceeds the SLO (99.9%) for 30 minutes → revert the release.'],
  [
    'rollback',
    '## Rollback-Plan\nZurückrollen, wenn die Fehlerrate über 5 Min. ≥ 1 % ist. Schritte: Flag ausschalten.'
  ],
  [
    'flag',
    '## Flags\n- `search-v3` — default: off; rollout: 5% → 50% → 100%; kill switch: disable in Unleash; owner: @search'
  ],
  ['rollback', '### Rollback criteria\n- error budget burn > 10x over 1 hour\n### Rollback steps\n- revert'],
  [
    'flag',
    '## Feature flag plan\nFlag: `checkout-v3`\nDefault: OFF\nRamp: 1% -> 10% -> 50% -> 100%\nKill switch: LaunchDarkly toggle\nDRI: @jane'
  ]
]

const refused: Array<[Which, string]> = [
  [
    'flag',
    '| Flag | Default | Rollout | Kill switch | Owner |\n|---|---|---|---|---|\n| `x-1` | TBD | TBD | TBD | TBD |'
  ],
  ['flag', '## Feature flags\n不要'],
  [
    'flag',
    '## Rollout plan\nCanary 10% of pods → 50% → 100%. Kill switch: kubectl rollout undo. Owner: @sre. Default: n/a'
  ],
  ['flag', '**Flag:** see JIRA-123'],
  [
    'flag',
    '## Feature flag plan\n- Flag: `a-b`\n- Default: <on|off>\n- Rollout: <stages>\n- Kill switch: <how>\n- Owner: @<team>'
  ],
  [
    'flag',
    '## Feature flag plan\n```\nFlag: `a-b` · default off · 1% → 10% → 100% · kill: off · owner @x\n```'
  ],
  ['flag', '<!-- **flag**: `a-b` · default off · 1% → 10% → 100% · kill: flagd off · owner @x -->'],
  ['rollback', '| Rollback criteria | TBD |\n|---|---|\n| Steps | revert |'],
  [
    'rollback',
    '## Rollback plan\nRoll back if error rate > 2% (see incident 2024-11-05 10:14). Steps: revert.'
  ],
  ['rollback', '## Rollback plan\nRoll back if error rate is above 2% for the next release. Steps: revert.'],
  ['rollback', '**Rollback:** see runbook https://wiki.example.com/x'],
  ['rollback', '## Rollback plan\n- Criteria: `<metric> > <threshold>` for <window>\n- Steps: revert'],
  ['rollback', '## ロールバック\n- 基準: 未定\n- 手順: revert'],
  [
    'rollback',
    '## Rollback plan\n- Criteria: roll back if p95 latency spikes for 10 minutes\n- Steps: revert'
  ],
  ['rollback', '## Rollout plan\nCanary 10% for 30 minutes, then 100%.'],
  [
    'rollback',
    '## Rollback plan\n<details><summary>x</summary>\n<!-- Criteria: roll back if 5xx > 2% for 10 minutes -->\n</details>\nSteps: revert'
  ]
]

describe('probes beyond the corpora', () => {
  it.each(accepted)('%s passes %j', async (which, body) => {
    expect((await runCheck(checks[which], 'pr-corpus', { body })).status).toBe('pass')
  })

  it.each(refused)('%s fails %j', async (which, body) => {
    expect((await runCheck(checks[which], 'pr-corpus', { body })).status).toBe('fail')
  })
})
