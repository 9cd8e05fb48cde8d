import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-pattern-added',
  level: 'breaking',
  description: 'Request parameter pattern set.',
  kinds: ['pattern-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error',
  differences:
    'Same level as oasdiff. We also apply it to parameters declared on the path item (shared by its operations), which oasdiff 1.15 does not compare.'
})
