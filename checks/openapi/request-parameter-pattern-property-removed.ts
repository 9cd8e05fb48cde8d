import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-pattern-property-removed',
  level: 'info',
  description: 'Request parameter patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
