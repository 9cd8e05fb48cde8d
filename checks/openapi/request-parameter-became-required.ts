import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-became-required',
  level: 'breaking',
  description: 'A parameter became required: clients that omit it are rejected.',
  kinds: ['request-parameter-became-required'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
