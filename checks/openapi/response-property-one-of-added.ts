import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-one-of-added',
  level: 'breaking',
  description: 'Response property oneOf member added.',
  kinds: ['one-of-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
