import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-became-optional',
  level: 'info',
  description: 'A request property became optional.',
  kinds: ['property-became-optional'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
