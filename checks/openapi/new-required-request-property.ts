import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'new-required-request-property',
  level: 'breaking',
  description: 'A required property was added to a request body: clients that do not send it are rejected.',
  kinds: ['required-property-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
