/**
 * Why a rule deliberately differs from oasdiff (its level or its behaviour): by rule id, or by
 * `kind-fragment|direction|subject` for a whole family of schema rules. The rule reference prints
 * them; a rule whose level differs from oasdiff's without a reason gets a generic one.
 */
export const ID_REASONS: Record<string, string> = {
  'request-parameter-property-type-changed':
    'oasdiff warns. A query value of the old type is rejected once the property changes type, so we call it breaking, as for any request property.',
  'api-security-component-location-changed':
    'oasdiff has no such id and reports nothing. An API key read from another header, query parameter or cookie, or under another name, is not found in what clients send.',
  'api-security-component-type-changed':
    'oasdiff reports this as info. Clients authenticate the way the scheme said; once its type (or HTTP scheme) changes they are rejected, so we call it breaking.',
  'api-security-component-oauth-url-changed':
    'oasdiff reports this as info. Clients configured with the old authorization URL fail to authorize, so we warn.',
  'api-security-component-oauth-token-url-changed':
    'oasdiff reports this as info. Clients configured with the old token URL fail to get tokens, so we warn.',
  'api-security-component-oauth-scope-removed':
    'oasdiff reports this as info. A client that requests the removed scope may be refused a token, so we warn.',
  'request-required-property-became-not-read-only':
    'oasdiff reports this as info. Clients never sent a readOnly property; once it is required and no longer readOnly, requests without it are rejected, so we call it breaking.',
  'response-required-property-became-write-only':
    'oasdiff reports this as info. A writeOnly property is not sent in responses, so clients that read a required property stop getting it: breaking.',
  'response-required-property-became-not-write-only':
    'oasdiff warns. The server starts sending a property it did not send before; no client that worked before fails, so we report it as info.',
  'api-security-removed':
    'oasdiff reports this as info. Removing an alternative locks out every client that authenticates that way, so we call it breaking.',
  'api-security-scope-added':
    'oasdiff reports this as info. A token issued with the old scopes is rejected after the change, so we call it breaking.',
  'api-security-added':
    'Same id as oasdiff. We only report it for operations that were already secured; adding a requirement to a public operation is the separate, breaking `api-security-added-to-public-operation`.',
  'api-operation-id-removed':
    'oasdiff reports this as info. A changed operationId renames methods in generated clients, which fails their build, so we warn.',
  'api-security-added-to-public-operation':
    'oasdiff has no such id: it reports any added security requirement as info (api-security-added). A requirement added to an operation that needed none rejects every anonymous client, so we call it breaking.',
  'webhook-removed':
    'Same level as oasdiff. The API sends a webhook request, so we compare its payload like a response (covariantly: `response-body-*` and `response-property-*` ids under the operation `POST webhook:<name>`). oasdiff compares it like a client request (contravariantly), so it calls a payload that became not nullable breaking (it is not: receivers get fewer kinds of values) and a removed required payload property only a warning (it breaks receivers that read it).',
  'request-parameter-enum-value-removed':
    'Same level as oasdiff. We also compare the items of array parameters (`?colors=red&colors=green`), where oasdiff 1.15 reports no change.',
  'request-parameter-pattern-added':
    'Same level as oasdiff. We also apply it to parameters declared on the path item (shared by its operations), which oasdiff 1.15 does not compare.',
  'request-property-became-required':
    'Same level as oasdiff. We also read Swagger 2.0 documents (body and formData parameters are normalised to a request body), where oasdiff 1.15 misses or misnames these changes.',
  'response-property-became-nullable':
    'Same level as oasdiff. We also read Swagger 2.0 `x-nullable`, which oasdiff 1.15 ignores.'
}

/** By `kind fragment|direction|subject` (direction and subject optional). */
export const KIND_REASONS: Record<string, string> = {
  'discriminator-property-name':
    'oasdiff reports every discriminator change as info. Clients and servers pick the schema by the discriminator property, so renaming it breaks both directions.',
  'discriminator-mapping-changed':
    'oasdiff reports this as info. A value that now maps to another schema is read as another type on both sides.',
  'discriminator-mapping-deleted|request':
    'oasdiff reports this as info. A client that sends a value that is no longer mapped is rejected.',
  'discriminator-mapping-added|response':
    'oasdiff reports this as info. A response can now carry a type clients do not know, so we warn (as for a new enum value).',
  'enum-value-added|response':
    'Same level as oasdiff for properties (warning); we apply it to bodies, parameters and headers too.',
  'any-of-added|response':
    'oasdiff reports adding an anyOf member to a response as info; a client can now receive a shape it does not handle, as with oneOf, so we call it breaking.',
  'property-removed':
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.',
  'type-changed':
    'We merge `allOf` members before comparing, so restructuring a schema into `allOf` without changing what it accepts is no type change; oasdiff reports one. 3.1 type arrays that only grow or shrink get the list-of-types ids instead. A type replaced by a oneOf/anyOf that still includes it is a widening (compatible in a request), where oasdiff reports a type change. A format added to a response (integer to int64) narrows what the server sends, so we report it as the info `response-*-format-added`, where oasdiff reports a type change.',
  'additional-properties-forbidden|request':
    'oasdiff has no rule for additionalProperties becoming false; a client that sends a field the schema does not list is now rejected, so we call it breaking.',
  'prefix-items':
    'oasdiff compares prefixItems member by member; we report the keyword appearing (a new constraint: breaking in requests) or disappearing (breaking in responses).',
  'enum-value-removed|request|body':
    'oasdiff reports an enum value removed from a whole request body as info; a client sending that value is rejected, exactly as for a property, so we call it breaking.',
  'unset|response':
    'Removing a bound from a response lets the server send values clients never saw; oasdiff only has ERR ids for some of these (max length, min items), we treat all bounds alike. An absent minLength or minItems counts as 0, so there is no min-length or min-items set/unset id.',
  'default|request|parameter':
    'Same as oasdiff: a changed default changes what the server does for clients that omit the parameter.',
  'pattern-removed|response':
    'oasdiff reports this as info; a response that no longer promises a pattern may send values clients reject, so we warn.',
  'additional-properties|response':
    'oasdiff has no such rule; a response that may carry unknown properties breaks strict deserialisers, so we warn.',
  'format|response':
    'Removing or changing a format in a response lets the server send values clients may not parse.',
  'became-nullable|response':
    'oasdiff reports response-body-became-nullable and response-property-became-nullable as errors; we do the same for headers.'
}
