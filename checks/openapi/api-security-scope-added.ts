import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-security-scope-added',
  level: 'breaking',
  description: 'A scope was added to a security requirement: existing tokens may lack it.',
  kinds: ['api-security-scope-added'],
  oasdiff: 'info',
  differences:
    'oasdiff reports this as info. A token issued with the old scopes is rejected after the change, so we call it breaking.'
})
