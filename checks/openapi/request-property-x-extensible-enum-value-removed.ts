import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-x-extensible-enum-value-removed',
  level: 'breaking',
  description: 'Request property x-extensible-enum value removed.',
  kinds: ['x-extensible-enum-value-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
