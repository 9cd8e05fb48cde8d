import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-enum-value-removed',
  level: 'breaking',
  description: 'Request parameter enum value removed.',
  kinds: ['enum-value-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error',
  differences:
    'Same level as oasdiff. We also compare the items of array parameters (`?colors=red&colors=green`), where oasdiff 1.15 reports no change.'
})
