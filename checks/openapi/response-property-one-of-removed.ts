import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-one-of-removed',
  level: 'info',
  description: 'Response property oneOf member removed.',
  kinds: ['one-of-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
