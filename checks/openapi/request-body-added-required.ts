import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-added-required',
  level: 'breaking',
  description: 'A required request body was added: clients that send none are rejected.',
  kinds: ['request-body-added-required'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
