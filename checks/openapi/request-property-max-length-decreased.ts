import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-length-decreased',
  level: 'breaking',
  description: 'Request property max length decreased.',
  kinds: ['max-length-decreased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
