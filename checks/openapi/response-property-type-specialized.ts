import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-type-specialized',
  level: 'info',
  description: 'Response property type specialized (sends less).',
  kinds: ['type-specialized'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
