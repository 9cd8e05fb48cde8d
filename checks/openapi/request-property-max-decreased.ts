import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-decreased',
  level: 'breaking',
  description: 'Request property maximum decreased.',
  kinds: ['max-decreased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
