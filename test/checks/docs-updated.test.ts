import { describe, expect, it } from '@jest/globals'
import docsUpdated from '../../checks/docs-updated.js'
import { evaluateCheck } from '../support/run-check.js'

describe('docs-updated', () => {
  describe('with the default rule', () => {
    it('passes when source changes together with the CHANGELOG', async () => {
      const result = await evaluateCheck(docsUpdated, 'docs-updated-with-changelog')
      expect(result).toMatchObject({
        status: 'pass',
        summary: 'Every changed area has its docs changed too (1 rule).',
        findings: []
      })
    })

    it('fails when source changes without CHANGELOG or docs, naming the file and what to update', async () => {
      const result = await evaluateCheck(docsUpdated, 'docs-updated-code-only')
      expect(result.status).toBe('fail')
      expect(result.findings).toEqual([
        {
          file: 'src/pets.ts',
          message:
            'src/pets.ts changed, but none of **/CHANGELOG.md, docs/** did (rule "changelog or docs"). Add a CHANGELOG entry or update the docs that describe this change.'
        }
      ])
    })

    it('skips a change to tests and README only, with the reason', async () => {
      const result = await evaluateCheck(docsUpdated, 'docs-updated-tests-only')
      expect(result).toMatchObject({
        status: 'skip',
        summary: "No rule applies: no changed file matches a rule's `when` globs."
      })
    })
  })

  describe('with configured rules', () => {
    const config = `checks:
  docs-updated:
    rules:
      - name: API reference
        when: ["src/api/**"]
        require: ["docs/api/**"]
`
    it('fails when only an unrelated doc changed', async () => {
      const result = await evaluateCheck(docsUpdated, 'docs-updated-custom-rule', { config })
      expect(result.findings.map((f) => f.message)).toEqual([
        'src/api/routes.ts changed, but none of docs/api/** did (rule "API reference"). Add a CHANGELOG entry or update the docs that describe this change.'
      ])
    })

    it('passes when the rule asks for any doc', async () => {
      const anyDoc = config.replace('["docs/api/**"]', '["docs/**"]')
      expect((await evaluateCheck(docsUpdated, 'docs-updated-custom-rule', { config: anyDoc })).status).toBe(
        'pass'
      )
    })
  })

  describe('on a release', () => {
    it('passes when the CHANGELOG has a filled entry for the version', async () => {
      const result = await evaluateCheck(docsUpdated, 'docs-updated-release', {
        change: { event: 'release', version: 'v1.3.0' }
      })
      expect(result).toMatchObject({ status: 'pass', summary: 'CHANGELOG.md has an entry for v1.3.0.' })
    })

    it('fails when the entry for the version is empty, pointing at its line', async () => {
      const result = await evaluateCheck(docsUpdated, 'docs-updated-release-missing', {
        change: { event: 'release', version: 'v1.3.0' }
      })
      expect(result.findings).toEqual([
        {
          file: 'CHANGELOG.md',
          line: 3,
          message:
            'The CHANGELOG.md entry for v1.3.0 ("## [1.3.0] - 2026-11-20") is empty. List what changed in this release under it.'
        }
      ])
    })

    it('fails when the CHANGELOG has no entry for the version', async () => {
      const result = await evaluateCheck(docsUpdated, 'docs-updated-release', {
        change: { event: 'release', version: 'v1.4.0' }
      })
      expect(result.findings).toEqual([
        {
          file: 'CHANGELOG.md',
          line: 1,
          message:
            'CHANGELOG.md has no entry for v1.4.0. Add a "## [1.4.0] - YYYY-MM-DD" section listing what changed.'
        }
      ])
    })

    it('does not mistake 1.3.0 for 1.3.01 or 11.3.0', async () => {
      const { findVersionEntry } = await import('../../src/readers/changelog/find-version-entry.js')
      const text = '# Changelog\n\n## 11.3.0\n- a\n\n## v1.3.01\n- b\n\n## 1.3.0 (2026-11-20)\n- c\n'
      expect(findVersionEntry(text, 'v1.3.0')).toEqual({
        line: 9,
        heading: '## 1.3.0 (2026-11-20)',
        bodyLines: 1
      })
    })
  })
})
