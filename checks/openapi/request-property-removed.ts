import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-removed',
  level: 'warning',
  description: 'A request property was removed: what clients still send may be ignored or rejected.',
  kinds: ['required-property-removed', 'optional-property-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'warn'
})
