import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-became-required',
  level: 'info',
  description: 'A response property became required.',
  kinds: ['property-became-required'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
