import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'new-required-request-property-with-default',
  level: 'info',
  description: 'A required request property with a default value was added.',
  kinds: ['required-property-added-with-default'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
