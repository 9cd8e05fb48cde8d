import { describe, expect, it } from '@jest/globals'
import { describeMeta } from '../support/describe-meta.js'
import check from '../../checks/rollback-criteria.js'
import { findingLines, prBody, runCheck } from '../support/run-check.js'

const GOOD = 'Roll back if the checkout 5xx rate is above 2% for 10 minutes.'
const FAIL_SUMMARY =
  'The change has no measurable rollback criteria with rollback steps. See docs/checks/rollback-criteria.md.'
const NO_PLAN =
  ': The pull request description has no rollback plan. Add a section (any heading level) like:\n\n## Rollback plan\n- Criteria: roll back if the checkout 5xx rate is above 2% for 10 minutes, or p95 latency is above 800 ms for 15 minutes\n- Steps: turn `new-checkout-flow` off; if that is not enough, redeploy the previous release.\n\nor commit a rollback definition: .release-readiness/rollback.yml (schema/rollback.schema.json), an Argo Rollouts AnalysisTemplate or a Flagger Canary.'
const EXAMPLE_CRITERION =
  'Example criterion: { metric: "checkout 5xx rate", comparator: ">", threshold: 2, unit: "%", window: 10m }.'

describe('rollback-criteria', () => {
  describeMeta(check)

  describe('passes', () => {
    it('on measurable criteria and steps in the default template', async () => {
      expect(await runCheck(check, 'pr-corpus', { body: prBody('01-default-template-complete.md') })).toEqual(
        {
          status: 'pass',
          summary: 'The "Rollback plan" section has measurable rollback criteria and steps.'
        }
      )
    })

    it('on a good plan under a slightly different heading ("how to roll back", "Roll-back criteria", "Revert plan", bold text)', async () => {
      for (const body of [
        '19-h1-lowercase-headings.md',
        '39-uppercase-and-hyphen-variants.md',
        '51-revert-plan-heading.md',
        '44-bold-pseudo-headings.md'
      ])
        expect([body, (await runCheck(check, 'pr-corpus', { body: prBody(body) })).status]).toEqual([
          body,
          'pass'
        ])
    })

    it('on criteria and steps split into subsections of "Rollback"', async () => {
      expect(
        (await runCheck(check, 'pr-corpus', { body: prBody('31-rollback-subsections-only.md') })).status
      ).toBe('pass')
    })

    it('on criteria and steps inside a "Risks and mitigation" section, because what the section says decides', async () => {
      expect(await runCheck(check, 'pr-corpus', { body: prBody('35-rollback-inside-risks.md') })).toEqual({
        status: 'pass',
        summary: 'The "Risks and mitigation" section has measurable rollback criteria and steps.'
      })
    })

    it('on a latency threshold in seconds with a window of consecutive minutes', async () => {
      expect(
        (await runCheck(check, 'pr-corpus', { body: prBody('29-opt-out-existing-flag.md') })).status
      ).toBe('pass')
    })

    it('on an Argo Rollouts AnalysisTemplate at head, with no text at all', async () => {
      expect(await runCheck(check, 'rollback-argo', { body: '' })).toEqual({
        status: 'pass',
        summary: 'Rollback criteria are defined in deploy/checkout-analysis.yaml (argo-analysis-template).'
      })
    })

    it('on a Flagger Canary with metric thresholds', async () => {
      expect(await runCheck(check, 'rollback-flagger', { body: undefined })).toEqual({
        status: 'pass',
        summary: 'Rollback criteria are defined in k8s/podinfo-canary.yaml (flagger-canary).'
      })
    })

    it('on a valid .release-readiness/rollback.yml', async () => {
      expect(await runCheck(check, 'rollback-file-valid', { body: '' })).toEqual({
        status: 'pass',
        summary: 'Rollback criteria are defined in .release-readiness/rollback.yml (rollback-file).'
      })
    })

    it('on a rollback file that names its service in a single-service repository', async () => {
      expect(await runCheck(check, 'rollback-file-single-service', { body: '' })).toEqual({
        status: 'pass',
        summary: 'Rollback criteria are defined in .release-readiness/rollback.yml (rollback-file).'
      })
    })

    it('on a deployment when a machine-readable definition exists', async () => {
      expect(
        (await runCheck(check, 'rollback-argo', { event: 'deployment', environment: 'production' })).status
      ).toBe('pass')
    })
  })

  describe('fails', () => {
    it('on criteria with a number but no window', async () => {
      const result = await runCheck(check, 'pr-corpus', { body: prBody('13-threshold-without-window.md') })
      expect(result).toEqual({
        status: 'fail',
        summary: FAIL_SUMMARY,
        findings: [
          {
            message:
              'Rollback criterion on line 9 is not measurable: "Criteria: roll back if the 5xx rate is above 2%" has a metric (5xx rate), a comparator (above) and a threshold (2%), but no time window. Name a time window, e.g. "Roll back if the 5xx rate is above 2% for 10 minutes."',
            line: 9
          }
        ]
      })
    })

    it('on vague words ("if errors spike")', async () => {
      expect(
        findingLines(
          await runCheck(check, 'pr-corpus', { body: prBody('09-na-alone-and-vague-rollback.md') })
        )
      ).toEqual([
        ':8 Rollback criterion on line 8 is not measurable: "Revert if errors spike." has a metric (errors), but no comparator (above, below, >), threshold with its unit or time window. Name a comparator, a threshold with its unit and a time window, e.g. "Roll back if the errors are above 2% for 10 minutes."',
        // "Revert if" says when, not how: the section has no steps either.
        ':7 The "Rollback" section (line 7) has no rollback steps: say how to roll back, e.g. "Steps: turn `new-checkout-flow` off; if that is not enough, redeploy the previous release."'
      ])
    })

    it('on a window without a threshold, and on a threshold without a unit', async () => {
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('37-window-without-threshold.md') }))
      ).toEqual([
        ':9 Rollback criterion on line 9 is not measurable: "Criteria: roll back if latency is high for 10 minutes" has a metric (latency) and a time window (10 minutes), but no comparator (above, below, >) or threshold with its unit. Name a comparator and a threshold with its unit, e.g. "Roll back if the latency is above 800 ms for 10 minutes."'
      ])
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('38-threshold-without-unit.md') }))
      ).toEqual([
        ':9 Rollback criterion on line 9 is not measurable: "Criteria: roll back if the error ratio is above 0.02 for 10 minutes" has a metric (error ratio), a comparator (above), a number (0.02) without a unit and a time window (10 minutes), but no threshold with its unit. Name a threshold with its unit, e.g. "Roll back if the error ratio is above 0.02% for 10 minutes."'
      ])
    })

    it('on steps without criteria, and on criteria without steps', async () => {
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('14-steps-without-criteria.md') }))
      ).toEqual([
        `:8 The "Rollback plan" section (line 8) has no rollback criteria: say when to roll back, e.g. "${GOOD}"`
      ])
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('15-criteria-without-steps.md') }))
      ).toEqual([
        ':8 The "Rollback criteria" section (line 8) has no rollback steps: say how to roll back, e.g. "Steps: turn `new-checkout-flow` off; if that is not enough, redeploy the previous release."'
      ])
    })

    it('on a heading with nothing under it', async () => {
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('03-headings-without-content.md') }))
      ).toEqual([
        ':6 The "Rollback plan" section (line 6) is empty. Fill it in:\n\n## Rollback plan\n- Criteria: roll back if the checkout 5xx rate is above 2% for 10 minutes, or p95 latency is above 800 ms for 15 minutes\n- Steps: turn `new-checkout-flow` off; if that is not enough, redeploy the previous release.'
      ])
    })

    it('on template placeholders', async () => {
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('02-untouched-template.md') }))
      ).toEqual([
        `:13 The "Rollback plan" section (line 12) has a template placeholder for "Criteria": "TBD". Replace it, e.g. "${GOOD}"`,
        ':14 The "Rollback plan" section (line 12) has a template placeholder for "Steps": "TBD". Replace it, e.g. "Steps: turn `new-checkout-flow` off; if that is not enough, redeploy the previous release."'
      ])
    })

    it('when the plan is only inside an HTML comment or a code block', async () => {
      for (const body of ['06-plan-only-in-html-comment.md', '07-plan-only-in-code-block.md'])
        expect(findingLines(await runCheck(check, 'pr-corpus', { body: prBody(body) }))).toEqual([NO_PLAN])
    })

    it('on an AnalysisTemplate whose metric has no condition', async () => {
      expect(findingLines(await runCheck(check, 'rollback-argo-no-conditions', { body: '' }))).toEqual([
        'deploy/analysis.yaml:7 AnalysisTemplate "checkout-smoke" metric "error-count" in deploy/analysis.yaml has neither successCondition nor failureCondition, so it never fails a rollout; add one, e.g. failureCondition: result[0] >= 0.02.',
        NO_PLAN
      ])
    })

    it('on a changed rollback file that breaks the schema, with file and line, even when the text is complete', async () => {
      const result = await runCheck(check, 'rollback-file-invalid', {
        body: prBody('01-default-template-complete.md')
      })
      expect(result.status).toBe('fail')
      expect(findingLines(result)).toEqual([
        `.release-readiness/rollback.yml:14 .release-readiness/rollback.yml: the file has an unknown key \`rollout\` (schema/rollback.schema.json). ${EXAMPLE_CRITERION}`,
        `.release-readiness/rollback.yml:4 .release-readiness/rollback.yml: \`criteria[0]\` needs \`window\` (schema/rollback.schema.json). ${EXAMPLE_CRITERION}`,
        `.release-readiness/rollback.yml:5 .release-readiness/rollback.yml: \`criteria[0].comparator\` must be one of ">", ">=", "<", "<=" (schema/rollback.schema.json). ${EXAMPLE_CRITERION}`,
        `.release-readiness/rollback.yml:12 .release-readiness/rollback.yml: \`criteria[1].window\` must be a duration such as 10m, 1h or 30s (schema/rollback.schema.json). ${EXAMPLE_CRITERION}`,
        `.release-readiness/rollback.yml:13 .release-readiness/rollback.yml: \`steps\` needs at least one item (schema/rollback.schema.json). ${EXAMPLE_CRITERION}`
      ])
    })

    it('on malformed YAML in the rollback file', async () => {
      expect(findingLines(await runCheck(check, 'rollback-file-malformed', { body: '' }))).toEqual([
        '.release-readiness/rollback.yml:4 .release-readiness/rollback.yml is not valid YAML (Sequence item without - indicator at line 4, column 1:); fix it so its rollback definition counts.',
        NO_PLAN
      ])
    })

    it('for a touched service whose rollback file belongs to another service', async () => {
      const services = { payments: ['services/payments/**'], search: ['services/search/**'] }
      expect(findingLines(await runCheck(check, 'rollback-services', { body: '' }, { services }))).toEqual([
        // It never asks for the rollback file that exists: it names it, and the service it lacks;
        // the example names "search", the touched service nothing covers.
        NO_PLAN.replace('the checkout 5xx rate', 'the search 5xx rate').replace(
          /or commit a rollback definition: .*$/,
          'or add a rollback file for `service: search` (services/payments/.release-readiness/rollback.yml covers `service: payments`).'
        ),
        ': Service "search" is touched by this change but has no rollback criteria: add them to the description or commit a rollback file with `service: search`.'
      ])
      expect(
        (
          await runCheck(
            check,
            'rollback-services',
            { body: '' },
            { services: { payments: services.payments } }
          )
        ).status
      ).toBe('pass')
    })

    it('on a rollback file that is not valid UTF-8, with a finding instead of a crash', async () => {
      expect(findingLines(await runCheck(check, 'rollback-file-invalid-utf8', { body: '' }))).toEqual([
        '.release-readiness/rollback.yml: .release-readiness/rollback.yml: is not valid UTF-8 text; save it as UTF-8. It cannot count as a rollback definition.',
        NO_PLAN
      ])
    })

    it.each([
      ['10,000 nested block quotes', '> '.repeat(10_000)],
      ['10,000 nested lists', '- '.repeat(10_000)]
    ])('on criteria buried in %s, without crashing or hanging', async (_name, prefix) => {
      const started = performance.now()
      const body = `## Rollback plan\n${prefix}Roll back if errors spike.\n`
      expect((await runCheck(check, 'pr-corpus', { body })).status).toBe('fail')
      expect(performance.now() - started).toBeLessThan(3000)
    })

    it('on a 5 MB description, at once', async () => {
      const started = performance.now()
      const result = await runCheck(check, 'pr-corpus', {
        body: 'Roll back if 5xx > 2% for 10 minutes; revert.\n'.repeat(120_000)
      })
      expect(performance.now() - started).toBeLessThan(200)
      expect(result.status).toBe('fail')
      expect(findingLines(result)).toEqual([
        ': The pull request description is 5,520,000 characters long; this check reads at most 131,072 (GitHub allows 65,536 in a pull request description). Shorten it and keep the rollback plan in it, or link the long material.'
      ])
    })
  })

  describe('on a change to the rollback file alone', () => {
    it('fails when the change breaks it, though no source changed', async () => {
      expect(await runCheck(check, 'rollback-file-only-broken', { body: '' })).toEqual({
        status: 'fail',
        summary: 'The change breaks a rollback definition. See docs/checks/rollback-criteria.md.',
        findings: [
          {
            message: `.release-readiness/rollback.yml: \`criteria[0].window\` must be a duration such as 10m, 1h or 30s (schema/rollback.schema.json). ${EXAMPLE_CRITERION}`,
            file: '.release-readiness/rollback.yml',
            line: 10
          }
        ]
      })
    })
  })

  describe('skips', () => {
    it('when no changed file matches `when`', async () => {
      expect(await runCheck(check, 'slo-docs-only', { body: '' })).toEqual({
        status: 'skip',
        summary:
          'No changed file matches `when` (**, !docs/**, !doc/**, …); this change needs no rollback plan.'
      })
    })

    it('on a deployment without a machine-readable definition', async () => {
      expect(await runCheck(check, 'pr-corpus', { event: 'deployment' })).toEqual({
        status: 'skip',
        summary:
          'A deployment carries no description; the rollback plan is checked on the pull request and the release (set `file` to check a file on deployments).'
      })
    })

    it('when the change touches none of the configured services', async () => {
      expect(
        await runCheck(
          check,
          'slo-monorepo',
          { body: '' },
          { services: { billing: ['services/billing/**'] } }
        )
      ).toEqual({
        status: 'skip',
        summary: 'The change touches none of the configured services (billing); no rollback plan needed.'
      })
    })
  })

  describe('languages, synonyms and what it says', () => {
    const italian =
      '## Piano di rollback\n- Criteri: rollback se il tasso di errori 5xx supera il 2% per 10 minuti\n- Passi: spegnere il flag e ridistribuire la versione precedente'

    it('reads a language it does not know once `synonyms` names its words', async () => {
      expect((await runCheck(check, 'pr-corpus', { body: italian })).status).toBe('fail')
      const result = await runCheck(
        check,
        'pr-corpus',
        { body: italian },
        {
          synonyms: {
            headings: ['Piano di rollback'],
            criteria: ['Criteri'],
            steps: ['Passi'],
            actions: ['ridistribuire', 'spegnere'],
            metrics: ['tasso']
          }
        }
      )
      expect(result).toEqual({
        status: 'pass',
        summary: 'The "Piano di rollback" section has measurable rollback criteria and steps.'
      })
    })

    it('reads only the built-in languages listed in `languages`', async () => {
      // Comparators, windows and step verbs are read in every language; headings, labels and metric
      // words come with the language.
      const japanese =
        '## ロールバック計画\n- 基準: エラー率が 10 分間 2% を超えた場合\n- 手順: フラグをオフにする'
      expect((await runCheck(check, 'pr-corpus', { body: japanese })).status).toBe('pass')
      expect(
        (await runCheck(check, 'pr-corpus', { body: japanese }, { languages: ['en', 'de'] })).status
      ).toBe('fail')
    })

    it('names the touched service in the example plan when there is none', async () => {
      const result = await runCheck(check, 'pr-corpus', { body: '' }, { services: { cart: ['src/**'] } })
      expect(result.findings![0]!.message).toContain(
        '## Rollback plan\n- Criteria: roll back if the cart 5xx rate is above 2% for 10 minutes, or p95 latency is above 800 ms for 15 minutes'
      )
    })

    it('names the touched service in the suggested criterion', async () => {
      const result = await runCheck(
        check,
        'pr-corpus',
        { body: '## Rollback plan\n- Criteria: roll back if errors spike\n- Steps: revert this PR' },
        { services: { cart: ['src/**'] } }
      )
      expect(findingLines(result)[0]).toBe(
        ':2 Rollback criterion on line 2 is not measurable: "Criteria: roll back if errors spike" has a metric (errors), but no comparator (above, below, >), threshold with its unit or time window. Name a comparator, a threshold with its unit and a time window, e.g. "Roll back if the errors are above 2% for 10 minutes."'
      )
    })
  })
})
