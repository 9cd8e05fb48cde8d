import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-pattern-property-added',
  level: 'breaking',
  description: 'Request parameter patternProperties added.',
  kinds: ['pattern-property-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
