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
    'oasdiff reports this id as info; we judge it by direction (response): clients that worked before can fail after this change.'
})
