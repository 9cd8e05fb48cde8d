import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-one-of-removed',
  level: 'breaking',
  description: 'Request property oneOf member removed.',
  kinds: ['one-of-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
