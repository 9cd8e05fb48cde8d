import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-prefix-items-added',
  level: 'breaking',
  description: 'Request parameter prefixItems added.',
  kinds: ['prefix-items-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null,
  differences:
    'oasdiff compares prefixItems member by member; we report the keyword appearing (a new constraint: breaking in requests) or disappearing (breaking in responses).'
})
