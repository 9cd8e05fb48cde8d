import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-required-property-removed',
  level: 'breaking',
  description: 'A required response property was removed: clients that read it break.',
  kinds: ['required-property-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
