import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'new-optional-request-property',
  level: 'info',
  description: 'An optional property was added to a request body.',
  kinds: ['optional-property-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
