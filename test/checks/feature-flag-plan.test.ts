import { describe, expect, it } from '@jest/globals'
import { describeMeta } from '../support/describe-meta.js'
import check from '../../checks/feature-flag-plan.js'
import { findingLines, prBody, runCheck } from '../support/run-check.js'

const EXAMPLE =
  '## Feature flag plan\n- Flag: `new-checkout-flow`\n- Default: off\n- Rollout: internal → 5% → 25% → 100% over 7 days\n- Kill switch: turn `new-checkout-flow` off in flagd\n- Owner: @payments-team'
const FAIL_SUMMARY =
  'The pull request description has no complete feature flag plan. See docs/checks/feature-flag-plan.md.'
const NO_PLAN =
  `:: The pull request description has no feature flag plan. Add a section (any heading level) like:\n\n${EXAMPLE}\n\nor, when no flag is needed, opt out with a reason: "## Feature flag plan\\nNot needed: documentation-only change".`.slice(
    1
  )

describe('feature-flag-plan', () => {
  describeMeta(check)

  describe('passes', () => {
    it('on the default template filled in', async () => {
      expect(await runCheck(check, 'pr-corpus', { body: prBody('01-default-template-complete.md') })).toEqual(
        {
          status: 'pass',
          summary: 'The "Feature flag plan" section has a complete flag plan.'
        }
      )
    })

    it('on a complete plan under setext headings', async () => {
      expect((await runCheck(check, 'pr-corpus', { body: prBody('04-setext-headings.md') })).status).toBe(
        'pass'
      )
    })

    it('on a complete plan under a slightly different heading ("# feature flags", "🚩 2. Feature flag plan", "FLAG PLAN")', async () => {
      for (const body of [
        '19-h1-lowercase-headings.md',
        '20-emoji-numbered-headings.md',
        '39-uppercase-and-hyphen-variants.md'
      ])
        expect([body, (await runCheck(check, 'pr-corpus', { body: prBody(body) })).status]).toEqual([
          body,
          'pass'
        ])
    })

    it('on a complete flag plan under "Rollout plan", because what the section says decides', async () => {
      expect(
        await runCheck(check, 'pr-corpus', { body: prBody('11-flag-plan-under-rollout-plan.md') })
      ).toEqual({
        status: 'pass',
        summary: 'The "Rollout plan" section has a complete flag plan.'
      })
    })

    it('on a plan in a subsection of "Release plan", written as a table', async () => {
      expect(
        await runCheck(check, 'pr-corpus', { body: prBody('05-release-plan-with-subsections.md') })
      ).toEqual({
        status: 'pass',
        summary: 'The "Feature flags" section has a complete flag plan.'
      })
    })

    it('on an explicit opt-out with a reason', async () => {
      expect(await runCheck(check, 'pr-corpus', { body: prBody('08-opt-out-with-reason.md') })).toEqual({
        status: 'pass',
        summary: 'The "Feature flag plan" section opts out with a reason.'
      })
    })

    it('on release notes that carry the plan', async () => {
      expect(
        (
          await runCheck(check, 'pr-corpus', {
            event: 'release',
            version: 'v2.14.0',
            body: prBody('25-release-notes.md')
          })
        ).status
      ).toBe('pass')
    })

    it('when every flag the diff introduces is in the plan and off by default', async () => {
      expect(
        (await runCheck(check, 'flags-covered', { body: prBody('01-default-template-complete.md') })).status
      ).toBe('pass')
    })

    it('reading the plan from a file when `file` is set', async () => {
      expect(
        await runCheck(check, 'flag-plan-file', { body: '' }, { file: 'docs/releases/plan.md' })
      ).toEqual({
        status: 'pass',
        summary: 'The "Feature flag plan" section has a complete flag plan.'
      })
    })
  })

  describe('fails', () => {
    it('when the plan is only inside an HTML comment', async () => {
      const result = await runCheck(check, 'pr-corpus', { body: prBody('06-plan-only-in-html-comment.md') })
      expect(result.status).toBe('fail')
      expect(findingLines(result)).toEqual([NO_PLAN])
    })

    it('when the plan is only inside a code block', async () => {
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('07-plan-only-in-code-block.md') }))
      ).toEqual([NO_PLAN])
    })

    it('when the description is empty', async () => {
      expect(findingLines(await runCheck(check, 'pr-corpus', { body: undefined }))).toEqual([NO_PLAN])
    })

    it('on a release without release notes', async () => {
      const result = await runCheck(check, 'pr-corpus', { event: 'release', version: 'v3.2.0', body: '' })
      expect(result.summary).toBe(
        'The release notes have no complete feature flag plan. See docs/checks/feature-flag-plan.md.'
      )
      expect(result.findings!.map((f) => f.message.split('.')[0])).toEqual([
        'The release notes have no feature flag plan'
      ])
    })

    it('when the heading has nothing under it', async () => {
      const result = await runCheck(check, 'pr-corpus', { body: prBody('03-headings-without-content.md') })
      expect(result).toEqual({
        status: 'fail',
        summary: FAIL_SUMMARY,
        findings: [
          {
            message: `The "Feature flags" section (line 4) is empty. Fill it in:\n\n${EXAMPLE}\n\nor opt out with a reason, e.g. "Not needed: documentation-only change".`,
            line: 4
          }
        ]
      })
    })

    it('when the template placeholders are left in, naming each one', async () => {
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('02-untouched-template.md') }))
      ).toEqual([
        ':6 The "Feature flag plan" section (line 5) has a template placeholder instead of the flag key: "<flag-key>". Replace it with the real value, e.g. "- Flag: `new-checkout-flow`".',
        ':7 The "Feature flag plan" section (line 5) has a template placeholder instead of the default state: "<on|off>". Replace it with the real value, e.g. "- Default: off".',
        ':8 The "Feature flag plan" section (line 5) has a template placeholder instead of the rollout stages: "<stages>". Replace it with the real value, e.g. "- Rollout: internal → 5% → 25% → 100% over 7 days".',
        ':9 The "Feature flag plan" section (line 5) has a template placeholder instead of the kill switch: "<how to turn it off>". Replace it with the real value, e.g. "- Kill switch: turn `new-checkout-flow` off in flagd".',
        ':10 The "Feature flag plan" section (line 5) has a template placeholder instead of the owner: "[owner]". Replace it with the real value, e.g. "- Owner: @payments-team".'
      ])
    })

    it('on "TBD", listing every missing field', async () => {
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('10-tbd-everywhere.md') }))
      ).toEqual([
        ':4 The "Feature flag plan" section (line 4) has no flag key. Add it, e.g. "- Flag: `new-checkout-flow`".',
        ':4 The "Feature flag plan" section (line 4) has no default state. Add it, e.g. "- Default: off".',
        ':4 The "Feature flag plan" section (line 4) has no rollout stages. Add it, e.g. "- Rollout: internal → 5% → 25% → 100% over 7 days".',
        ':4 The "Feature flag plan" section (line 4) has no kill switch. Add it, e.g. "- Kill switch: turn `new-checkout-flow` off in flagd".',
        ':4 The "Feature flag plan" section (line 4) has no owner. Add it, e.g. "- Owner: @payments-team".'
      ])
    })

    it('on "N/A" alone and on an opt-out without a reason', async () => {
      expect(
        findingLines(
          await runCheck(check, 'pr-corpus', { body: prBody('09-na-alone-and-vague-rollback.md') })
        )
      ).toEqual([
        ':5 The "Feature flags" section (line 4) opts out without a reason ("N/A"). Say why no flag is needed, e.g. "Not needed: documentation-only change".'
      ])
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('24-opt-out-without-reason.md') }))
      ).toEqual([
        ':5 The "Feature flag plan" section (line 4) opts out without a reason ("Not needed."). Say why no flag is needed, e.g. "Not needed: documentation-only change".'
      ])
    })

    it('on a "Rollout plan" that only describes a pod canary', async () => {
      expect(
        findingLines(
          await runCheck(check, 'pr-corpus', { body: prBody('12-rollout-plan-pod-canary-only.md') })
        )
      ).toEqual([NO_PLAN])
    })

    it('on a missing kill switch, a single rollout stage and an unclear default', async () => {
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('21-missing-kill-switch.md') }))
      ).toEqual([
        ':1 The "Feature flag plan" section (line 1) has no kill switch. Add it, e.g. "- Kill switch: turn `bulk-export` off in flagd".',
        ':1 The "Feature flag plan" section (line 1) has the flag key (line 2), the default state (line 3), the rollout stages (line 4) and the owner (line 5). Ready to paste, with what it already says:\n\n## Feature flag plan\n- Flag: `bulk-export`\n- Default: off\n- Rollout: internal → 25% → 100%\n- Kill switch: turn `bulk-export` off in flagd\n- Owner: @data-platform'
      ])
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('23-single-stage-rollout.md') }))
      ).toEqual([
        ':4 The "Feature flag plan" section (line 1) names fewer than two rollout stages: "100%". Write it like "- Rollout: internal → 5% → 25% → 100% over 7 days".',
        ':1 The "Feature flag plan" section (line 1) has the flag key (line 2), the default state (line 3), the kill switch (line 5) and the owner (line 6). Ready to paste, with what it already says:\n\n## Feature flag plan\n- Flag: `dark-mode`\n- Default: off\n- Rollout: internal → 5% → 25% → 100% over 7 days\n- Kill switch: turn `dark-mode` off\n- Owner: @web-platform'
      ])
      expect(
        findingLines(await runCheck(check, 'pr-corpus', { body: prBody('42-unclear-default.md') }))
      ).toEqual([
        ':3 The "Feature flag plan" section (line 1) does not say whether the flag starts on or off: "depends on the tenant". Write it like "- Default: off".',
        ':1 The "Feature flag plan" section (line 1) has the flag key (line 2), the rollout stages (line 4), the kill switch (line 5) and the owner (line 6). Ready to paste, with what it already says:\n\n## Feature flag plan\n- Flag: `smart-coupons`\n- Default: off\n- Rollout: pilot tenants → 30% → 100%\n- Kill switch: turn `smart-coupons` off\n- Owner: @promotions'
      ])
    })

    it('names each flag the diff introduces that the plan does not mention, and a new flag that is on by default', async () => {
      const result = await runCheck(check, 'flags-introduced', {
        body: prBody('01-default-template-complete.md')
      })
      expect(result.status).toBe('fail')
      expect(result.summary).toBe(
        'The flag plan does not cover what the change introduces (5 finding(s)). See docs/checks/feature-flag-plan.md.'
      )
      expect(findingLines(result)).toEqual([
        'flags/checkout.flagd.json:14 New flag `promo-banner` in flags/checkout.flagd.json is on by default (defaultVariant "shown"). Ship new flags off and turn them on through the rollout, e.g. "defaultVariant": "off".',
        'flags/checkout.flagd.json:14 flags/checkout.flagd.json introduces flag `promo-banner` (flagd), which the "Feature flag plan" section does not mention. Add it to the plan (its default, rollout, kill switch and owner) or remove the flag.',
        'src/banner/banner.go:11 src/banner/banner.go introduces flag `beta-banner` (BoolVariation), which the "Feature flag plan" section does not mention. Add it to the plan (its default, rollout, kill switch and owner) or remove the flag.',
        'src/banner/banner.go:15 src/banner/banner.go introduces flag `fast-search` (IsEnabled), which the "Feature flag plan" section does not mention. Add it to the plan (its default, rollout, kill switch and owner) or remove the flag.',
        'src/checkout.py:10 src/checkout.py introduces flag `checkout-theme` (get_string_value), which the "Feature flag plan" section does not mention. Add it to the plan (its default, rollout, kill switch and owner) or remove the flag.'
      ])
    })

    it('when the plan opts out but the diff introduces flags', async () => {
      const result = await runCheck(check, 'flags-covered', { body: prBody('08-opt-out-with-reason.md') })
      expect(result.summary).toBe(
        'The flag plan opts out, but the change introduces flags (2 finding(s)). See docs/checks/feature-flag-plan.md.'
      )
      expect(result.findings!.map((f) => `${f.file}:${f.line} ${f.message.split(':\n')[0]}`)).toEqual([
        'flags/checkout.flagd.json:12 flags/checkout.flagd.json introduces flag `new-checkout-flow` (flagd), but the "Feature flag plan" section opts out of a flag plan. Write the plan for `new-checkout-flow` instead',
        'src/checkout.py:9 src/checkout.py introduces flag `new-checkout-flow` (get_boolean_value), but the "Feature flag plan" section opts out of a flag plan. Write the plan for `new-checkout-flow` instead'
      ])
    })

    it('when a changed code file is not valid UTF-8, instead of passing without reading it', async () => {
      const result = await runCheck(check, 'flags-unreadable', {
        body: prBody('01-default-template-complete.md')
      })
      expect(result.status).toBe('fail')
      expect(findingLines(result)).toEqual([
        'src/legacy_latin1.py: src/legacy_latin1.py: is not valid UTF-8 text; save it as UTF-8. Flags in it could not be checked.'
      ])
    })

    it('when `file` points outside the repository, without reading it', async () => {
      expect(
        findingLines(await runCheck(check, 'flag-plan-file', { body: '' }, { file: '../../../etc/passwd' }))
      ).toEqual([
        ':: The `file` option "../../../etc/passwd" is not a repository-relative path; write it like "docs/release-plan.md" (no leading "/", no "..", forward slashes).'.slice(
          1
        )
      ])
    })

    it('when `file` names a file that does not exist', async () => {
      const result = await runCheck(
        check,
        'flag-plan-file',
        { body: prBody('01-default-template-complete.md') },
        { file: 'docs/releases/missing.md' }
      )
      expect(findingLines(result)).toEqual([
        'docs/releases/missing.md: The feature flag plan file docs/releases/missing.md does not exist at head. Add it, or remove the `file` option to read the pull request description.'
      ])
    })
  })

  describe('skips', () => {
    it('when no changed file matches `when` (a docs-only change)', async () => {
      expect(await runCheck(check, 'slo-docs-only', { body: '' })).toEqual({
        status: 'skip',
        summary: 'No changed file matches `when` (**, !docs/**, !doc/**, …); this change needs no flag plan.'
      })
    })

    it('on a deployment, which carries no description', async () => {
      expect(await runCheck(check, 'pr-corpus', { event: 'deployment', environment: 'production' })).toEqual({
        status: 'skip',
        summary:
          'A deployment carries no description; the feature flag plan is checked on the pull request and the release (set `file` to check a file on deployments).'
      })
    })
  })

  describe('on hostile input', () => {
    it('fails a 5 MB description at once with a clear finding', async () => {
      const body = `${prBody('01-default-template-complete.md')}\n${'x'.repeat(5 * 1024 * 1024 - 529)}`
      const started = performance.now()
      const result = await runCheck(check, 'pr-corpus', { body })
      expect(performance.now() - started).toBeLessThan(200)
      expect(findingLines(result)).toEqual([
        ':: The pull request description is 5,242,880 characters long; this check reads at most 131,072 (GitHub allows 65,536 in a pull request description). Shorten it and keep the feature flag plan in it, or link the long material.'.slice(
          1
        )
      ])
    })

    it('reads a 128 KiB description full of Markdown constructs in well under two seconds', async () => {
      let body = prBody('01-default-template-complete.md')
      const noise =
        '## Notes\n\nSome `code`, **bold**, a [link](https://example.com) and <!-- a comment -->.\n\n- item 5% for 10 minutes\n- item\n\n```\nlog line\n```\n\n'
      while (body.length + noise.length < 131_072) body += noise
      const started = performance.now()
      const result = await runCheck(check, 'pr-corpus', { body })
      expect(result.status).toBe('pass')
      expect(performance.now() - started).toBeLessThan(2000)
    })

    it.each([
      ['10,000 nested block quotes', '> '.repeat(10_000) + 'Flag: `x`\n'],
      ['10,000 nested lists', '- '.repeat(10_000) + 'Flag: `x`\n'],
      [
        'nested lists by indentation',
        Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')
      ]
    ])('fails, without crashing or hanging, on %s', async (_name, nested) => {
      const started = performance.now()
      const result = await runCheck(check, 'pr-corpus', { body: `## Feature flag plan\n${nested}` })
      expect(result.status).toBe('fail')
      expect(performance.now() - started).toBeLessThan(3000)
    })
  })

  describe('languages and synonyms', () => {
    const italian =
      '## Piano dei flag\n- Flag: `carrello-v2`\n- Predefinito: spento\n- Rollout: interno → 10% → 100%\n- Interruttore di emergenza: spegnere `carrello-v2` in flagd\n- Responsabile: @carrello'

    it('reads a language it does not know once `synonyms` names its words', async () => {
      expect((await runCheck(check, 'pr-corpus', { body: italian })).status).toBe('fail')
      const result = await runCheck(
        check,
        'pr-corpus',
        { body: italian },
        {
          synonyms: {
            headings: ['Piano dei flag'],
            default: ['Predefinito'],
            killSwitch: ['Interruttore di emergenza'],
            owner: ['Responsabile'],
            off: ['spento']
          }
        }
      )
      expect(result).toEqual({
        status: 'pass',
        summary: 'The "Piano dei flag" section has a complete flag plan.'
      })
    })

    it('reads only the built-in languages listed in `languages`', async () => {
      const german = prBody('30-german.md')
      expect((await runCheck(check, 'pr-corpus', { body: german })).status).toBe('pass')
      expect((await runCheck(check, 'pr-corpus', { body: german }, { languages: ['en'] })).status).toBe(
        'fail'
      )
    })
  })

  describe('says what it found', () => {
    it('fills the snippet with the flag key the text names and the author as owner', async () => {
      const result = await runCheck(check, 'pr-corpus', {
        body: '## Feature flag plan\n- Flag: `quick-reorder`\n- Default: off',
        author: 'octocat'
      })
      expect(findingLines(result)).toEqual([
        ':1 The "Feature flag plan" section (line 1) has no rollout stages. Add it, e.g. "- Rollout: internal → 5% → 25% → 100% over 7 days".',
        ':1 The "Feature flag plan" section (line 1) has no kill switch. Add it, e.g. "- Kill switch: turn `quick-reorder` off in flagd".',
        ':1 The "Feature flag plan" section (line 1) has no owner. Add it, e.g. "- Owner: @octocat".',
        ':1 The "Feature flag plan" section (line 1) has the flag key (line 2) and the default state (line 3). Ready to paste, with what it already says:\n\n## Feature flag plan\n- Flag: `quick-reorder`\n- Default: off\n- Rollout: internal → 5% → 25% → 100% over 7 days\n- Kill switch: turn `quick-reorder` off in flagd\n- Owner: @octocat'
      ])
    })

    it('fills the snippet with a flag key the diff introduces when the text names none', async () => {
      const result = await runCheck(check, 'flags-introduced', {
        body: '## Feature flag plan\n- Default: off'
      })
      expect(result.findings![0]!.message).toBe(
        'The "Feature flag plan" section (line 1) has no flag key. Add it, e.g. "- Flag: `new-checkout-flow`".'
      )
    })
  })
})
