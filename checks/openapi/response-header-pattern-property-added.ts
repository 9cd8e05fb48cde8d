import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-pattern-property-added',
  level: 'info',
  description: 'Response header patternProperties added.',
  kinds: ['pattern-property-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
