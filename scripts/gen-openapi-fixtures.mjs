#!/usr/bin/env node
// Writes test/fixtures/openapi/<case>/{base,head}.yaml: small documents that differ in one way each.
// The files are committed; rerun after editing a case: `node scripts/gen-openapi-fixtures.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { stringify } from 'yaml'

const clone = (o) => structuredClone(o)

function base30() {
  return {
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1.0.0' },
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          parameters: [
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', maximum: 100 } },
            { name: 'kind', in: 'query', schema: { type: 'string', enum: ['cat', 'dog', 'bird'] } }
          ],
          responses: {
            200: {
              description: 'ok',
              headers: { 'X-Rate-Limit': { required: true, schema: { type: 'integer' } } },
              content: {
                'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } }
              }
            },
            404: { description: 'none' }
          }
        },
        post: {
          operationId: 'createPet',
          requestBody: {
            required: false,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } }
          },
          responses: {
            201: {
              description: 'created',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } }
            }
          }
        }
      },
      '/pets/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'getPet',
          responses: {
            200: {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } }
            }
          }
        },
        delete: { operationId: 'deletePet', responses: { 204: { description: 'gone' } } }
      }
    },
    components: {
      schemas: {
        Pet: {
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { type: 'integer', format: 'int64', readOnly: true },
            name: { type: 'string', maxLength: 50 },
            status: { type: 'string', enum: ['available', 'sold'] },
            tag: { type: 'string', nullable: true }
          }
        },
        NewPet: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string', maxLength: 50 },
            tag: { type: 'string', nullable: true },
            age: { type: 'integer', minimum: 0 },
            food: { oneOf: [{ $ref: '#/components/schemas/Meat' }, { $ref: '#/components/schemas/Fish' }] }
          }
        },
        Meat: { type: 'object', properties: { grams: { type: 'integer' } } },
        Fish: { type: 'object', properties: { species: { type: 'string' } } }
      }
    }
  }
}

const cases = {}
const add = (name, mutate, start = base30) => {
  const base = start()
  const head = clone(base)
  mutate(head, base)
  cases[name] = { base, head }
}
const S = (d) => d.components.schemas

add('api-path-removed-without-deprecation', (h) => delete h.paths['/pets/{id}'])
add('request-property-format-widened', (h, b) => {
  b.paths['/pets'].get.parameters[0].schema.format = 'int32'
  h.paths['/pets'].get.parameters[0].schema.format = 'int64'
  S(b).NewPet.properties.weight = { type: 'number', format: 'float' }
  S(h).NewPet.properties.weight = { type: 'number', format: 'double' }
})
add('response-property-format-widened', (h, b) => {
  S(b).Pet.properties.id.format = 'int32'
  S(h).Pet.properties.id.format = 'int64'
})
add('api-removed-without-deprecation', (h) => delete h.paths['/pets/{id}'].delete)
add('api-removed-before-sunset', (h, b) => {
  Object.assign(b.paths['/pets/{id}'].delete, { deprecated: true, 'x-sunset': '2999-01-01' })
  delete h.paths['/pets/{id}'].delete
})
add('api-removed-with-deprecation', (h, b) => {
  Object.assign(b.paths['/pets/{id}'].delete, { deprecated: true, 'x-sunset': '2020-01-01' })
  delete h.paths['/pets/{id}'].delete
})
add('sunset-deleted', (h, b) => {
  Object.assign(b.paths['/pets/{id}'].delete, { deprecated: true, 'x-sunset': '2999-01-01' })
  Object.assign(h.paths['/pets/{id}'].delete, { deprecated: true })
})
add('api-stability-decreased', (h, b) => {
  b.paths['/pets'].get['x-stability-level'] = 'stable'
  h.paths['/pets'].get['x-stability-level'] = 'beta'
})
add('draft-operation-removed', (h, b) => {
  b.paths['/pets/{id}'].delete['x-stability-level'] = 'draft'
  delete h.paths['/pets/{id}'].delete
})
add('new-required-request-parameter', (h) =>
  h.paths['/pets'].get.parameters.push({
    name: 'owner',
    in: 'query',
    required: true,
    schema: { type: 'string' }
  })
)
add('path-parameter-renamed', (h) => {
  h.paths['/pets/{petId}'] = h.paths['/pets/{id}']
  delete h.paths['/pets/{id}']
  h.paths['/pets/{petId}'].parameters[0].name = 'petId'
})
add('request-parameter-became-required', (h) => (h.paths['/pets'].get.parameters[0].required = true))
add('request-property-pattern-was-empty', (h, b) => {
  S(b).NewPet.properties.name.pattern = ''
  S(h).NewPet.properties.name.pattern = '^[a-z]+$'
})
add('request-required-property-became-not-read-only', (h, b) => {
  S(b).NewPet.properties.name.readOnly = true
})
add('response-required-property-became-write-only', (h) => {
  S(h).Pet.properties.name.writeOnly = true
})
add('request-parameter-removed-before-sunset', (h, b) => {
  Object.assign(b.paths['/pets'].get.parameters[0], { deprecated: true, 'x-sunset': '2999-01-01' })
  h.paths['/pets'].get.parameters.splice(0, 1)
})
add('request-property-discriminator-property-name-changed', (h, b) => {
  S(b).NewPet.properties.food.discriminator = { propertyName: 'kind' }
  S(h).NewPet.properties.food.discriminator = { propertyName: 'type' }
})
add('api-security-component-type-changed', (h, b) => {
  b.components.securitySchemes = { key: { type: 'apiKey', in: 'header', name: 'X-Key' } }
  h.components.securitySchemes = { key: { type: 'http', scheme: 'bearer' } }
})
add('api-security-component-location-changed', (h, b) => {
  b.components.securitySchemes = { key: { type: 'apiKey', in: 'header', name: 'X-Key' } }
  h.components.securitySchemes = { key: { type: 'apiKey', in: 'query', name: 'key' } }
})
add('request-parameter-property-type-changed', (h, b) => {
  const filter = (type) => ({
    name: 'filter',
    in: 'query',
    style: 'deepObject',
    explode: true,
    schema: { type: 'object', properties: { age: { type } } }
  })
  b.paths['/pets'].get.parameters.push(filter('integer'))
  h.paths['/pets'].get.parameters.push(filter('boolean'))
})
add('response-property-deprecated', (h) => {
  S(h).Pet.properties.status.deprecated = true
})
add(
  'request-parameter-type-changed',
  (h) => (h.paths['/pets'].get.parameters[0].schema = { type: 'boolean' })
)
add(
  'request-parameter-type-generalized',
  (h) => (h.paths['/pets'].get.parameters[0].schema = { type: 'string' })
)
add(
  'request-parameter-enum-value-removed',
  (h) => (h.paths['/pets'].get.parameters[1].schema.enum = ['cat', 'dog'])
)
add('request-parameter-items-enum-value-removed', (h, b) => {
  b.paths['/pets'].get.parameters.push({
    name: 'colors',
    in: 'query',
    schema: { type: 'array', items: { type: 'string', enum: ['red', 'green'] } }
  })
  h.paths['/pets'].get.parameters.push({
    name: 'colors',
    in: 'query',
    schema: { type: 'array', items: { type: 'string', enum: ['red'] } }
  })
})
add('request-parameter-max-decreased', (h) => (h.paths['/pets'].get.parameters[0].schema.maximum = 50))
add(
  'request-parameter-pattern-added',
  (h) => (h.paths['/pets/{id}'].parameters[0].schema.pattern = '^[0-9a-f]+$')
)
add('request-body-became-required', (h) => (h.paths['/pets'].post.requestBody.required = true))
add('request-body-media-type-removed', (h, b) => {
  b.paths['/pets'].post.requestBody.content['application/xml'] = {
    schema: { $ref: '#/components/schemas/NewPet' }
  }
})
add('new-required-request-property', (h) => {
  S(h).NewPet.properties.owner = { type: 'string' }
  S(h).NewPet.required.push('owner')
})
add('request-property-became-required', (h) => S(h).NewPet.required.push('age'))
add('request-property-type-changed', (h) => (S(h).NewPet.properties.age = { type: 'string' }))
add('request-property-max-length-decreased', (h) => (S(h).NewPet.properties.name.maxLength = 20))
add('request-property-became-not-nullable', (h) => delete S(h).NewPet.properties.tag.nullable)
add('request-property-one-of-removed', (h) => S(h).NewPet.properties.food.oneOf.pop())
add('request-property-min-increased', (h) => (S(h).NewPet.properties.age.minimum = 1))
add('request-body-additional-properties-forbidden', (h) => (S(h).NewPet.additionalProperties = false))
add('read-only-property-required-in-request', (h) => {
  S(h).NewPet.properties.createdAt = { type: 'string', format: 'date-time', readOnly: true }
  S(h).NewPet.required.push('createdAt')
})
add('property-moved-into-all-of', (h) => {
  const { properties, required } = S(h).Pet
  S(h).PetBase = {
    type: 'object',
    required: ['id'],
    properties: { id: properties.id, status: properties.status }
  }
  S(h).Pet = {
    allOf: [
      { $ref: '#/components/schemas/PetBase' },
      {
        type: 'object',
        required: required.filter((r) => r !== 'id'),
        properties: { name: properties.name, tag: properties.tag }
      }
    ]
  }
})
add('response-success-status-removed', (h) => {
  delete h.paths['/pets'].post.responses[201]
  h.paths['/pets'].post.responses[202] = { description: 'accepted' }
})
add('response-media-type-removed', (h) => {
  h.paths['/pets/{id}'].get.responses[200].content = {
    'application/xml': h.paths['/pets/{id}'].get.responses[200].content['application/json']
  }
})
add('response-required-property-removed', (h) => {
  delete S(h).Pet.properties.name
  S(h).Pet.required = ['id']
})
add('response-property-became-optional', (h) => (S(h).Pet.required = ['id']))
add('response-property-became-nullable', (h) => (S(h).Pet.properties.name.nullable = true))
add('response-property-type-changed', (h) => (S(h).Pet.properties.id = { type: 'number', readOnly: true }))
add('response-property-enum-value-added', (h) => S(h).Pet.properties.status.enum.push('pending'))
add('response-property-max-length-increased', (h) => (S(h).Pet.properties.name.maxLength = 100))
add('required-response-header-removed', (h) => delete h.paths['/pets'].get.responses[200].headers)
add(
  'response-header-became-optional',
  (h) => (h.paths['/pets'].get.responses[200].headers['X-Rate-Limit'].required = false)
)
add('api-security-added-to-public-operation', (h) => {
  h.components.securitySchemes = {
    oauth: {
      type: 'oauth2',
      flows: {
        clientCredentials: { tokenUrl: 'https://example.com/token', scopes: { read: 'r', write: 'w' } }
      }
    }
  }
  h.paths['/pets'].get.security = [{ oauth: ['read'] }]
})
const secured = () => {
  const d = base30()
  d.components.securitySchemes = {
    oauth: {
      type: 'oauth2',
      flows: {
        clientCredentials: { tokenUrl: 'https://example.com/token', scopes: { read: 'r', write: 'w' } }
      }
    },
    key: { type: 'apiKey', in: 'header', name: 'X-Key' }
  }
  d.security = [{ oauth: ['read'] }, { key: [] }]
  return d
}
add('api-security-scope-added', (h) => (h.security = [{ oauth: ['read', 'write'] }, { key: [] }]), secured)
add('api-security-removed', (h) => (h.security = [{ oauth: ['read'] }]), secured)
add('compatible-changes', (h) => {
  h.paths['/pets'].get.parameters.push({ name: 'sort', in: 'query', schema: { type: 'string' } })
  S(h).NewPet.properties.nickname = { type: 'string' }
  S(h).Pet.properties.nickname = { type: 'string' }
  h.paths['/owners'] = { get: { operationId: 'listOwners', responses: { 200: { description: 'ok' } } } }
  S(h).NewPet.properties.name.maxLength = 80
})

// OpenAPI 3.1
const base31 = () => {
  const d = base30()
  d.openapi = '3.1.0'
  S(d).Pet.properties.tag = { type: ['string', 'null'] }
  S(d).NewPet.properties.tag = { type: ['string', 'integer', 'null'] }
  S(d).NewPet.properties.age = { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 100 }
  d.webhooks = {
    newPet: {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } },
        responses: { 200: { description: 'ok' } }
      }
    }
  }
  return d
}
add('webhook-removed', (h) => delete h.webhooks, base31)
add(
  'webhook-payload-required-property-removed',
  (h, b) => {
    const payload = (properties) => ({ type: 'object', required: ['id'], properties })
    b.webhooks.newPet.post.requestBody.content['application/json'].schema = payload({
      id: { type: 'integer' },
      name: { type: 'string' }
    })
    h.webhooks.newPet.post.requestBody.content['application/json'].schema = {
      type: 'object',
      properties: { name: { type: 'string' } }
    }
  },
  base31
)
add(
  'request-property-list-of-types-narrowed',
  (h) => (S(h).NewPet.properties.tag = { type: ['string', 'null'] }),
  base31
)
add(
  'request-property-exclusive-max-decreased',
  (h) => (S(h).NewPet.properties.age.exclusiveMaximum = 50),
  base31
)
add('request-property-const-added', (h) => (S(h).NewPet.properties.name.const = 'Rex'), base31)
add(
  'request-property-max-contains-decreased',
  (h, b) => {
    S(b).NewPet.properties.toys = {
      type: 'array',
      items: { type: 'string' },
      contains: { const: 'ball' },
      maxContains: 5
    }
    S(h).NewPet.properties.toys = {
      type: 'array',
      items: { type: 'string' },
      contains: { const: 'ball' },
      maxContains: 2
    }
  },
  base31
)
add(
  'response-property-became-not-nullable-3-1',
  (h) => (S(h).Pet.properties.tag = { type: 'string' }),
  base31
)

// Recursive schemas
const recursive = () => {
  const d = base30()
  S(d).Node = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
      parent: { $ref: '#/components/schemas/Other' }
    }
  }
  S(d).Other = {
    type: 'object',
    properties: { node: { $ref: '#/components/schemas/Node' }, label: { type: 'string', maxLength: 10 } }
  }
  d.paths['/tree'] = {
    put: {
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } },
      responses: { 204: { description: 'ok' } }
    }
  }
  return d
}
add('recursive-schema-change', (h) => (S(h).Other.properties.label.maxLength = 5), recursive)

// Swagger 2.0
const swagger2 = () => ({
  swagger: '2.0',
  info: { title: 'Pets', version: '1.0.0' },
  consumes: ['application/json'],
  produces: ['application/json'],
  paths: {
    '/pets': {
      post: {
        parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewPet' } }],
        responses: { 200: { description: 'ok', schema: { $ref: '#/definitions/Pet' } } }
      }
    },
    '/pets/{id}/photo': {
      post: {
        consumes: ['multipart/form-data'],
        parameters: [
          { name: 'id', in: 'path', required: true, type: 'string' },
          { name: 'caption', in: 'formData', required: false, type: 'string' }
        ],
        responses: { 204: { description: 'ok' } }
      }
    }
  },
  definitions: {
    Pet: {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer' }, name: { type: 'string', 'x-nullable': false } }
    },
    NewPet: { type: 'object', properties: { name: { type: 'string' }, age: { type: 'integer' } } }
  }
})
add('swagger2-request-property-became-required', (h) => (h.definitions.NewPet.required = ['age']), swagger2)
add(
  'swagger2-form-parameter-became-required',
  (h) => (h.paths['/pets/{id}/photo'].post.parameters[1].required = true),
  swagger2
)
add(
  'swagger2-response-property-became-nullable',
  (h) => (h.definitions.Pet.properties.name['x-nullable'] = true),
  swagger2
)

for (const [name, { base, head }] of Object.entries(cases)) {
  const dir = `test/fixtures/openapi/${name}`
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}/base.yaml`, stringify(base, { lineWidth: 0 }))
  writeFileSync(`${dir}/head.yaml`, stringify(head, { lineWidth: 0 }))
}
console.log(`${Object.keys(cases).length} cases written`)
