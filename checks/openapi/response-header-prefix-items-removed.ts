import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-prefix-items-removed',
  level: 'breaking',
  description: 'Response header prefixItems removed.',
  kinds: ['prefix-items-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null,
  differences:
    'oasdiff compares prefixItems member by member; we report the keyword appearing (a new constraint: breaking in requests) or disappearing (breaking in responses).'
})
