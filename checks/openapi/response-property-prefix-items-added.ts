import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-prefix-items-added',
  level: 'info',
  description: 'Response property prefixItems added.',
  kinds: ['prefix-items-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error',
  differences:
    'oasdiff compares prefixItems member by member; we report the keyword appearing (a new constraint: breaking in requests) or disappearing (breaking in responses).'
})
