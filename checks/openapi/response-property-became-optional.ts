import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-became-optional',
  level: 'breaking',
  description: 'A response property became optional: clients that rely on it may not get it.',
  kinds: ['property-became-optional'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
