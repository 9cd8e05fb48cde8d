import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-pattern-property-removed',
  level: 'breaking',
  description: 'Response header patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
