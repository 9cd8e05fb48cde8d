import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-tag-added',
  level: 'info',
  description: 'A tag was added to an operation.',
  kinds: ['api-tag-added'],
  oasdiff: 'info'
})
