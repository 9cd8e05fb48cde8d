import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-prefix-items-removed',
  level: 'info',
  description: 'Request parameter prefixItems removed.',
  kinds: ['prefix-items-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null,
  differences:
    'oasdiff compares prefixItems member by member; we report the keyword appearing (a new constraint: breaking in requests) or disappearing (breaking in responses).'
})
