import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-items-decreased',
  level: 'info',
  description: 'Request property min items decreased.',
  kinds: ['min-items-decreased'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
