import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-type-generalized',
  level: 'info',
  description: 'Request property type generalized (accepts more).',
  kinds: ['type-generalized'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
