import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-length-decreased',
  level: 'info',
  description: 'Request property min length decreased.',
  kinds: ['min-length-decreased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
