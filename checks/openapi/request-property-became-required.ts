import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-became-required',
  level: 'breaking',
  description: 'A request property became required: clients that omit it are rejected.',
  kinds: ['property-became-required'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
