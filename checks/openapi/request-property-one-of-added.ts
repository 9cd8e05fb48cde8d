import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-one-of-added',
  level: 'info',
  description: 'Request property oneOf member added.',
  kinds: ['one-of-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
