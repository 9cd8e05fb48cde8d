import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-items-decreased',
  level: 'breaking',
  description: 'Request property max items decreased.',
  kinds: ['max-items-decreased'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
