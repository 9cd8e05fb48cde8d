import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-prefix-items-removed',
  level: 'breaking',
  description: 'Response property prefixItems removed.',
  kinds: ['prefix-items-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info',
  differences:
    'oasdiff compares prefixItems member by member; we report the keyword appearing (a new constraint: breaking in requests) or disappearing (breaking in responses).'
})
