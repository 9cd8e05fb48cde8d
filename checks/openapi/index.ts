import type { OpenApiRule } from '../../src/openapi/rule.js'
import apiDeprecatedSunsetParse from './api-deprecated-sunset-parse.js'
import apiInvalidStabilityLevel from './api-invalid-stability-level.js'
import apiOperationIdAdded from './api-operation-id-added.js'
import apiOperationIdRemoved from './api-operation-id-removed.js'
import apiPathRemovedBeforeSunset from './api-path-removed-before-sunset.js'
import apiPathRemovedWithDeprecation from './api-path-removed-with-deprecation.js'
import apiPathRemovedWithoutDeprecation from './api-path-removed-without-deprecation.js'
import apiPathSunsetParse from './api-path-sunset-parse.js'
import apiRemovedBeforeSunset from './api-removed-before-sunset.js'
import apiRemovedWithDeprecation from './api-removed-with-deprecation.js'
import apiRemovedWithoutDeprecation from './api-removed-without-deprecation.js'
import apiSecurityAdded from './api-security-added.js'
import apiSecurityAddedToPublicOperation from './api-security-added-to-public-operation.js'
import apiSecurityMadePublic from './api-security-made-public.js'
import apiSecurityRemoved from './api-security-removed.js'
import apiSecurityScopeAdded from './api-security-scope-added.js'
import apiSecurityScopeRemoved from './api-security-scope-removed.js'
import apiStabilityDecreased from './api-stability-decreased.js'
import apiSunsetDateMovedEarlier from './api-sunset-date-moved-earlier.js'
import apiSunsetParse from './api-sunset-parse.js'
import apiTagAdded from './api-tag-added.js'
import apiTagRemoved from './api-tag-removed.js'
import endpointAdded from './endpoint-added.js'
import endpointDeprecated from './endpoint-deprecated.js'
import endpointReactivated from './endpoint-reactivated.js'
import newOptionalRequestParameter from './new-optional-request-parameter.js'
import newOptionalRequestProperty from './new-optional-request-property.js'
import newRequestPathParameter from './new-request-path-parameter.js'
import newRequiredRequestParameter from './new-required-request-parameter.js'
import newRequiredRequestProperty from './new-required-request-property.js'
import newRequiredRequestPropertyWithDefault from './new-required-request-property-with-default.js'
import openapiDocumentRemoved from './openapi-document-removed.js'
import openapiDocumentSchemaProblems from './openapi-document-schema-problems.js'
import optionalResponseHeaderRemoved from './optional-response-header-removed.js'
import requestBodyAddedOptional from './request-body-added-optional.js'
import requestBodyAddedRequired from './request-body-added-required.js'
import requestBodyAdditionalPropertiesAllowed from './request-body-additional-properties-allowed.js'
import requestBodyAdditionalPropertiesForbidden from './request-body-additional-properties-forbidden.js'
import requestBodyAnyOfAdded from './request-body-any-of-added.js'
import requestBodyAnyOfRemoved from './request-body-any-of-removed.js'
import requestBodyBecameEnum from './request-body-became-enum.js'
import requestBodyBecameNotNullable from './request-body-became-not-nullable.js'
import requestBodyBecameNullable from './request-body-became-nullable.js'
import requestBodyBecameOptional from './request-body-became-optional.js'
import requestBodyBecameRequired from './request-body-became-required.js'
import requestBodyConstAdded from './request-body-const-added.js'
import requestBodyConstChanged from './request-body-const-changed.js'
import requestBodyConstRemoved from './request-body-const-removed.js'
import requestBodyContainsAdded from './request-body-contains-added.js'
import requestBodyContainsRemoved from './request-body-contains-removed.js'
import requestBodyContentEncodingChanged from './request-body-content-encoding-changed.js'
import requestBodyContentMediaTypeChanged from './request-body-content-media-type-changed.js'
import requestBodyContentSchemaAdded from './request-body-content-schema-added.js'
import requestBodyContentSchemaRemoved from './request-body-content-schema-removed.js'
import requestBodyDefaultValueAdded from './request-body-default-value-added.js'
import requestBodyDefaultValueChanged from './request-body-default-value-changed.js'
import requestBodyDefaultValueRemoved from './request-body-default-value-removed.js'
import requestBodyDependentRequiredAdded from './request-body-dependent-required-added.js'
import requestBodyDependentRequiredChanged from './request-body-dependent-required-changed.js'
import requestBodyDependentRequiredRemoved from './request-body-dependent-required-removed.js'
import requestBodyDependentSchemaAdded from './request-body-dependent-schema-added.js'
import requestBodyDependentSchemaRemoved from './request-body-dependent-schema-removed.js'
import requestBodyElseAdded from './request-body-else-added.js'
import requestBodyElseRemoved from './request-body-else-removed.js'
import requestBodyEnumValueAdded from './request-body-enum-value-added.js'
import requestBodyEnumValueRemoved from './request-body-enum-value-removed.js'
import requestBodyExclusiveMaxDecreased from './request-body-exclusive-max-decreased.js'
import requestBodyExclusiveMaxIncreased from './request-body-exclusive-max-increased.js'
import requestBodyExclusiveMaxSet from './request-body-exclusive-max-set.js'
import requestBodyExclusiveMaxUnset from './request-body-exclusive-max-unset.js'
import requestBodyExclusiveMinDecreased from './request-body-exclusive-min-decreased.js'
import requestBodyExclusiveMinIncreased from './request-body-exclusive-min-increased.js'
import requestBodyExclusiveMinSet from './request-body-exclusive-min-set.js'
import requestBodyExclusiveMinUnset from './request-body-exclusive-min-unset.js'
import requestBodyFormatAdded from './request-body-format-added.js'
import requestBodyFormatChanged from './request-body-format-changed.js'
import requestBodyFormatRemoved from './request-body-format-removed.js'
import requestBodyIfAdded from './request-body-if-added.js'
import requestBodyIfRemoved from './request-body-if-removed.js'
import requestBodyListOfTypesNarrowed from './request-body-list-of-types-narrowed.js'
import requestBodyListOfTypesWidened from './request-body-list-of-types-widened.js'
import requestBodyMaxDecreased from './request-body-max-decreased.js'
import requestBodyMaxIncreased from './request-body-max-increased.js'
import requestBodyMaxItemsDecreased from './request-body-max-items-decreased.js'
import requestBodyMaxItemsIncreased from './request-body-max-items-increased.js'
import requestBodyMaxItemsSet from './request-body-max-items-set.js'
import requestBodyMaxItemsUnset from './request-body-max-items-unset.js'
import requestBodyMaxLengthDecreased from './request-body-max-length-decreased.js'
import requestBodyMaxLengthIncreased from './request-body-max-length-increased.js'
import requestBodyMaxLengthSet from './request-body-max-length-set.js'
import requestBodyMaxLengthUnset from './request-body-max-length-unset.js'
import requestBodyMaxSet from './request-body-max-set.js'
import requestBodyMaxUnset from './request-body-max-unset.js'
import requestBodyMediaTypeAdded from './request-body-media-type-added.js'
import requestBodyMediaTypeRemoved from './request-body-media-type-removed.js'
import requestBodyMinDecreased from './request-body-min-decreased.js'
import requestBodyMinIncreased from './request-body-min-increased.js'
import requestBodyMinItemsDecreased from './request-body-min-items-decreased.js'
import requestBodyMinItemsIncreased from './request-body-min-items-increased.js'
import requestBodyMinLengthDecreased from './request-body-min-length-decreased.js'
import requestBodyMinLengthIncreased from './request-body-min-length-increased.js'
import requestBodyMinSet from './request-body-min-set.js'
import requestBodyMinUnset from './request-body-min-unset.js'
import requestBodyOneOfAdded from './request-body-one-of-added.js'
import requestBodyOneOfRemoved from './request-body-one-of-removed.js'
import requestBodyPatternAdded from './request-body-pattern-added.js'
import requestBodyPatternChanged from './request-body-pattern-changed.js'
import requestBodyPatternPropertyAdded from './request-body-pattern-property-added.js'
import requestBodyPatternPropertyRemoved from './request-body-pattern-property-removed.js'
import requestBodyPatternRemoved from './request-body-pattern-removed.js'
import requestBodyPrefixItemsAdded from './request-body-prefix-items-added.js'
import requestBodyPrefixItemsRemoved from './request-body-prefix-items-removed.js'
import requestBodyPropertyNamesAdded from './request-body-property-names-added.js'
import requestBodyPropertyNamesRemoved from './request-body-property-names-removed.js'
import requestBodyRemoved from './request-body-removed.js'
import requestBodyThenAdded from './request-body-then-added.js'
import requestBodyThenRemoved from './request-body-then-removed.js'
import requestBodyTypeChanged from './request-body-type-changed.js'
import requestBodyTypeGeneralized from './request-body-type-generalized.js'
import requestBodyUnevaluatedItemsAdded from './request-body-unevaluated-items-added.js'
import requestBodyUnevaluatedItemsRemoved from './request-body-unevaluated-items-removed.js'
import requestBodyUnevaluatedPropertiesAdded from './request-body-unevaluated-properties-added.js'
import requestBodyUnevaluatedPropertiesRemoved from './request-body-unevaluated-properties-removed.js'
import requestBodyXExtensibleEnumValueRemoved from './request-body-x-extensible-enum-value-removed.js'
import requestParameterAdditionalPropertiesAllowed from './request-parameter-additional-properties-allowed.js'
import requestParameterAdditionalPropertiesForbidden from './request-parameter-additional-properties-forbidden.js'
import requestParameterAnyOfAdded from './request-parameter-any-of-added.js'
import requestParameterAnyOfRemoved from './request-parameter-any-of-removed.js'
import requestParameterBecameEnum from './request-parameter-became-enum.js'
import requestParameterBecameNotNullable from './request-parameter-became-not-nullable.js'
import requestParameterBecameNullable from './request-parameter-became-nullable.js'
import requestParameterBecameOptional from './request-parameter-became-optional.js'
import requestParameterBecameRequired from './request-parameter-became-required.js'
import requestParameterConstAdded from './request-parameter-const-added.js'
import requestParameterConstChanged from './request-parameter-const-changed.js'
import requestParameterConstRemoved from './request-parameter-const-removed.js'
import requestParameterContainsAdded from './request-parameter-contains-added.js'
import requestParameterContainsRemoved from './request-parameter-contains-removed.js'
import requestParameterContentEncodingChanged from './request-parameter-content-encoding-changed.js'
import requestParameterContentMediaTypeChanged from './request-parameter-content-media-type-changed.js'
import requestParameterContentSchemaAdded from './request-parameter-content-schema-added.js'
import requestParameterContentSchemaRemoved from './request-parameter-content-schema-removed.js'
import requestParameterDefaultValueAdded from './request-parameter-default-value-added.js'
import requestParameterDefaultValueChanged from './request-parameter-default-value-changed.js'
import requestParameterDefaultValueRemoved from './request-parameter-default-value-removed.js'
import requestParameterDependentRequiredAdded from './request-parameter-dependent-required-added.js'
import requestParameterDependentRequiredChanged from './request-parameter-dependent-required-changed.js'
import requestParameterDependentRequiredRemoved from './request-parameter-dependent-required-removed.js'
import requestParameterDependentSchemaAdded from './request-parameter-dependent-schema-added.js'
import requestParameterDependentSchemaRemoved from './request-parameter-dependent-schema-removed.js'
import requestParameterDeprecated from './request-parameter-deprecated.js'
import requestParameterElseAdded from './request-parameter-else-added.js'
import requestParameterElseRemoved from './request-parameter-else-removed.js'
import requestParameterEnumValueAdded from './request-parameter-enum-value-added.js'
import requestParameterEnumValueRemoved from './request-parameter-enum-value-removed.js'
import requestParameterExclusiveMaxDecreased from './request-parameter-exclusive-max-decreased.js'
import requestParameterExclusiveMaxIncreased from './request-parameter-exclusive-max-increased.js'
import requestParameterExclusiveMaxSet from './request-parameter-exclusive-max-set.js'
import requestParameterExclusiveMaxUnset from './request-parameter-exclusive-max-unset.js'
import requestParameterExclusiveMinDecreased from './request-parameter-exclusive-min-decreased.js'
import requestParameterExclusiveMinIncreased from './request-parameter-exclusive-min-increased.js'
import requestParameterExclusiveMinSet from './request-parameter-exclusive-min-set.js'
import requestParameterExclusiveMinUnset from './request-parameter-exclusive-min-unset.js'
import requestParameterFormatAdded from './request-parameter-format-added.js'
import requestParameterFormatChanged from './request-parameter-format-changed.js'
import requestParameterFormatRemoved from './request-parameter-format-removed.js'
import requestParameterIfAdded from './request-parameter-if-added.js'
import requestParameterIfRemoved from './request-parameter-if-removed.js'
import requestParameterListOfTypesNarrowed from './request-parameter-list-of-types-narrowed.js'
import requestParameterListOfTypesWidened from './request-parameter-list-of-types-widened.js'
import requestParameterMaxDecreased from './request-parameter-max-decreased.js'
import requestParameterMaxIncreased from './request-parameter-max-increased.js'
import requestParameterMaxItemsDecreased from './request-parameter-max-items-decreased.js'
import requestParameterMaxItemsIncreased from './request-parameter-max-items-increased.js'
import requestParameterMaxItemsSet from './request-parameter-max-items-set.js'
import requestParameterMaxItemsUnset from './request-parameter-max-items-unset.js'
import requestParameterMaxLengthDecreased from './request-parameter-max-length-decreased.js'
import requestParameterMaxLengthIncreased from './request-parameter-max-length-increased.js'
import requestParameterMaxLengthSet from './request-parameter-max-length-set.js'
import requestParameterMaxLengthUnset from './request-parameter-max-length-unset.js'
import requestParameterMaxSet from './request-parameter-max-set.js'
import requestParameterMaxUnset from './request-parameter-max-unset.js'
import requestParameterMinDecreased from './request-parameter-min-decreased.js'
import requestParameterMinIncreased from './request-parameter-min-increased.js'
import requestParameterMinItemsDecreased from './request-parameter-min-items-decreased.js'
import requestParameterMinItemsIncreased from './request-parameter-min-items-increased.js'
import requestParameterMinLengthDecreased from './request-parameter-min-length-decreased.js'
import requestParameterMinLengthIncreased from './request-parameter-min-length-increased.js'
import requestParameterMinSet from './request-parameter-min-set.js'
import requestParameterMinUnset from './request-parameter-min-unset.js'
import requestParameterOneOfAdded from './request-parameter-one-of-added.js'
import requestParameterOneOfRemoved from './request-parameter-one-of-removed.js'
import requestParameterPatternAdded from './request-parameter-pattern-added.js'
import requestParameterPatternChanged from './request-parameter-pattern-changed.js'
import requestParameterPatternPropertyAdded from './request-parameter-pattern-property-added.js'
import requestParameterPatternPropertyRemoved from './request-parameter-pattern-property-removed.js'
import requestParameterPatternRemoved from './request-parameter-pattern-removed.js'
import requestParameterPrefixItemsAdded from './request-parameter-prefix-items-added.js'
import requestParameterPrefixItemsRemoved from './request-parameter-prefix-items-removed.js'
import requestParameterPropertyNamesAdded from './request-parameter-property-names-added.js'
import requestParameterPropertyNamesRemoved from './request-parameter-property-names-removed.js'
import requestParameterReactivated from './request-parameter-reactivated.js'
import requestParameterRemoved from './request-parameter-removed.js'
import requestParameterRemovedWithDeprecation from './request-parameter-removed-with-deprecation.js'
import requestParameterThenAdded from './request-parameter-then-added.js'
import requestParameterThenRemoved from './request-parameter-then-removed.js'
import requestParameterTypeChanged from './request-parameter-type-changed.js'
import requestParameterTypeGeneralized from './request-parameter-type-generalized.js'
import requestParameterUnevaluatedItemsAdded from './request-parameter-unevaluated-items-added.js'
import requestParameterUnevaluatedItemsRemoved from './request-parameter-unevaluated-items-removed.js'
import requestParameterUnevaluatedPropertiesAdded from './request-parameter-unevaluated-properties-added.js'
import requestParameterUnevaluatedPropertiesRemoved from './request-parameter-unevaluated-properties-removed.js'
import requestParameterXExtensibleEnumValueRemoved from './request-parameter-x-extensible-enum-value-removed.js'
import requestPropertyAdditionalPropertiesAllowed from './request-property-additional-properties-allowed.js'
import requestPropertyAdditionalPropertiesForbidden from './request-property-additional-properties-forbidden.js'
import requestPropertyAnyOfAdded from './request-property-any-of-added.js'
import requestPropertyAnyOfRemoved from './request-property-any-of-removed.js'
import requestPropertyBecameEnum from './request-property-became-enum.js'
import requestPropertyBecameNotNullable from './request-property-became-not-nullable.js'
import requestPropertyBecameNullable from './request-property-became-nullable.js'
import requestPropertyBecameOptional from './request-property-became-optional.js'
import requestPropertyBecameRequired from './request-property-became-required.js'
import requestPropertyConstAdded from './request-property-const-added.js'
import requestPropertyConstChanged from './request-property-const-changed.js'
import requestPropertyConstRemoved from './request-property-const-removed.js'
import requestPropertyContainsAdded from './request-property-contains-added.js'
import requestPropertyContainsRemoved from './request-property-contains-removed.js'
import requestPropertyContentEncodingChanged from './request-property-content-encoding-changed.js'
import requestPropertyContentMediaTypeChanged from './request-property-content-media-type-changed.js'
import requestPropertyContentSchemaAdded from './request-property-content-schema-added.js'
import requestPropertyContentSchemaRemoved from './request-property-content-schema-removed.js'
import requestPropertyDefaultValueAdded from './request-property-default-value-added.js'
import requestPropertyDefaultValueChanged from './request-property-default-value-changed.js'
import requestPropertyDefaultValueRemoved from './request-property-default-value-removed.js'
import requestPropertyDependentRequiredAdded from './request-property-dependent-required-added.js'
import requestPropertyDependentRequiredChanged from './request-property-dependent-required-changed.js'
import requestPropertyDependentRequiredRemoved from './request-property-dependent-required-removed.js'
import requestPropertyDependentSchemaAdded from './request-property-dependent-schema-added.js'
import requestPropertyDependentSchemaRemoved from './request-property-dependent-schema-removed.js'
import requestPropertyElseAdded from './request-property-else-added.js'
import requestPropertyElseRemoved from './request-property-else-removed.js'
import requestPropertyEnumValueAdded from './request-property-enum-value-added.js'
import requestPropertyEnumValueRemoved from './request-property-enum-value-removed.js'
import requestPropertyExclusiveMaxDecreased from './request-property-exclusive-max-decreased.js'
import requestPropertyExclusiveMaxIncreased from './request-property-exclusive-max-increased.js'
import requestPropertyExclusiveMaxSet from './request-property-exclusive-max-set.js'
import requestPropertyExclusiveMaxUnset from './request-property-exclusive-max-unset.js'
import requestPropertyExclusiveMinDecreased from './request-property-exclusive-min-decreased.js'
import requestPropertyExclusiveMinIncreased from './request-property-exclusive-min-increased.js'
import requestPropertyExclusiveMinSet from './request-property-exclusive-min-set.js'
import requestPropertyExclusiveMinUnset from './request-property-exclusive-min-unset.js'
import requestPropertyFormatAdded from './request-property-format-added.js'
import requestPropertyFormatChanged from './request-property-format-changed.js'
import requestPropertyFormatRemoved from './request-property-format-removed.js'
import requestPropertyIfAdded from './request-property-if-added.js'
import requestPropertyIfRemoved from './request-property-if-removed.js'
import requestPropertyListOfTypesNarrowed from './request-property-list-of-types-narrowed.js'
import requestPropertyListOfTypesWidened from './request-property-list-of-types-widened.js'
import requestPropertyMaxDecreased from './request-property-max-decreased.js'
import requestPropertyMaxIncreased from './request-property-max-increased.js'
import requestPropertyMaxItemsDecreased from './request-property-max-items-decreased.js'
import requestPropertyMaxItemsIncreased from './request-property-max-items-increased.js'
import requestPropertyMaxItemsSet from './request-property-max-items-set.js'
import requestPropertyMaxItemsUnset from './request-property-max-items-unset.js'
import requestPropertyMaxLengthDecreased from './request-property-max-length-decreased.js'
import requestPropertyMaxLengthIncreased from './request-property-max-length-increased.js'
import requestPropertyMaxLengthSet from './request-property-max-length-set.js'
import requestPropertyMaxLengthUnset from './request-property-max-length-unset.js'
import requestPropertyMaxSet from './request-property-max-set.js'
import requestPropertyMaxUnset from './request-property-max-unset.js'
import requestPropertyMinDecreased from './request-property-min-decreased.js'
import requestPropertyMinIncreased from './request-property-min-increased.js'
import requestPropertyMinItemsDecreased from './request-property-min-items-decreased.js'
import requestPropertyMinItemsIncreased from './request-property-min-items-increased.js'
import requestPropertyMinLengthDecreased from './request-property-min-length-decreased.js'
import requestPropertyMinLengthIncreased from './request-property-min-length-increased.js'
import requestPropertyMinSet from './request-property-min-set.js'
import requestPropertyMinUnset from './request-property-min-unset.js'
import requestPropertyOneOfAdded from './request-property-one-of-added.js'
import requestPropertyOneOfRemoved from './request-property-one-of-removed.js'
import requestPropertyPatternAdded from './request-property-pattern-added.js'
import requestPropertyPatternChanged from './request-property-pattern-changed.js'
import requestPropertyPatternPropertyAdded from './request-property-pattern-property-added.js'
import requestPropertyPatternPropertyRemoved from './request-property-pattern-property-removed.js'
import requestPropertyPatternRemoved from './request-property-pattern-removed.js'
import requestPropertyPrefixItemsAdded from './request-property-prefix-items-added.js'
import requestPropertyPrefixItemsRemoved from './request-property-prefix-items-removed.js'
import requestPropertyPropertyNamesAdded from './request-property-property-names-added.js'
import requestPropertyPropertyNamesRemoved from './request-property-property-names-removed.js'
import requestPropertyRemoved from './request-property-removed.js'
import requestPropertyThenAdded from './request-property-then-added.js'
import requestPropertyThenRemoved from './request-property-then-removed.js'
import requestPropertyTypeChanged from './request-property-type-changed.js'
import requestPropertyTypeGeneralized from './request-property-type-generalized.js'
import requestPropertyUnevaluatedItemsAdded from './request-property-unevaluated-items-added.js'
import requestPropertyUnevaluatedItemsRemoved from './request-property-unevaluated-items-removed.js'
import requestPropertyUnevaluatedPropertiesAdded from './request-property-unevaluated-properties-added.js'
import requestPropertyUnevaluatedPropertiesRemoved from './request-property-unevaluated-properties-removed.js'
import requestPropertyXExtensibleEnumValueRemoved from './request-property-x-extensible-enum-value-removed.js'
import requiredResponseHeaderRemoved from './required-response-header-removed.js'
import responseBodyAdditionalPropertiesAllowed from './response-body-additional-properties-allowed.js'
import responseBodyAdditionalPropertiesForbidden from './response-body-additional-properties-forbidden.js'
import responseBodyAnyOfAdded from './response-body-any-of-added.js'
import responseBodyAnyOfRemoved from './response-body-any-of-removed.js'
import responseBodyBecameEnum from './response-body-became-enum.js'
import responseBodyBecameNotNullable from './response-body-became-not-nullable.js'
import responseBodyBecameNullable from './response-body-became-nullable.js'
import responseBodyConstAdded from './response-body-const-added.js'
import responseBodyConstChanged from './response-body-const-changed.js'
import responseBodyConstRemoved from './response-body-const-removed.js'
import responseBodyContainsAdded from './response-body-contains-added.js'
import responseBodyContainsRemoved from './response-body-contains-removed.js'
import responseBodyContentEncodingChanged from './response-body-content-encoding-changed.js'
import responseBodyContentMediaTypeChanged from './response-body-content-media-type-changed.js'
import responseBodyContentSchemaAdded from './response-body-content-schema-added.js'
import responseBodyContentSchemaRemoved from './response-body-content-schema-removed.js'
import responseBodyDefaultValueAdded from './response-body-default-value-added.js'
import responseBodyDefaultValueChanged from './response-body-default-value-changed.js'
import responseBodyDefaultValueRemoved from './response-body-default-value-removed.js'
import responseBodyDependentRequiredAdded from './response-body-dependent-required-added.js'
import responseBodyDependentRequiredChanged from './response-body-dependent-required-changed.js'
import responseBodyDependentRequiredRemoved from './response-body-dependent-required-removed.js'
import responseBodyDependentSchemaAdded from './response-body-dependent-schema-added.js'
import responseBodyDependentSchemaRemoved from './response-body-dependent-schema-removed.js'
import responseBodyElseAdded from './response-body-else-added.js'
import responseBodyElseRemoved from './response-body-else-removed.js'
import responseBodyEnumValueAdded from './response-body-enum-value-added.js'
import responseBodyEnumValueRemoved from './response-body-enum-value-removed.js'
import responseBodyExclusiveMaxDecreased from './response-body-exclusive-max-decreased.js'
import responseBodyExclusiveMaxIncreased from './response-body-exclusive-max-increased.js'
import responseBodyExclusiveMaxSet from './response-body-exclusive-max-set.js'
import responseBodyExclusiveMaxUnset from './response-body-exclusive-max-unset.js'
import responseBodyExclusiveMinDecreased from './response-body-exclusive-min-decreased.js'
import responseBodyExclusiveMinIncreased from './response-body-exclusive-min-increased.js'
import responseBodyExclusiveMinSet from './response-body-exclusive-min-set.js'
import responseBodyExclusiveMinUnset from './response-body-exclusive-min-unset.js'
import responseBodyFormatAdded from './response-body-format-added.js'
import responseBodyFormatChanged from './response-body-format-changed.js'
import responseBodyFormatRemoved from './response-body-format-removed.js'
import responseBodyIfAdded from './response-body-if-added.js'
import responseBodyIfRemoved from './response-body-if-removed.js'
import responseBodyListOfTypesNarrowed from './response-body-list-of-types-narrowed.js'
import responseBodyListOfTypesWidened from './response-body-list-of-types-widened.js'
import responseBodyMaxDecreased from './response-body-max-decreased.js'
import responseBodyMaxIncreased from './response-body-max-increased.js'
import responseBodyMaxItemsDecreased from './response-body-max-items-decreased.js'
import responseBodyMaxItemsIncreased from './response-body-max-items-increased.js'
import responseBodyMaxItemsSet from './response-body-max-items-set.js'
import responseBodyMaxItemsUnset from './response-body-max-items-unset.js'
import responseBodyMaxLengthDecreased from './response-body-max-length-decreased.js'
import responseBodyMaxLengthIncreased from './response-body-max-length-increased.js'
import responseBodyMaxLengthSet from './response-body-max-length-set.js'
import responseBodyMaxLengthUnset from './response-body-max-length-unset.js'
import responseBodyMaxSet from './response-body-max-set.js'
import responseBodyMaxUnset from './response-body-max-unset.js'
import responseBodyMinDecreased from './response-body-min-decreased.js'
import responseBodyMinIncreased from './response-body-min-increased.js'
import responseBodyMinItemsDecreased from './response-body-min-items-decreased.js'
import responseBodyMinItemsIncreased from './response-body-min-items-increased.js'
import responseBodyMinLengthDecreased from './response-body-min-length-decreased.js'
import responseBodyMinLengthIncreased from './response-body-min-length-increased.js'
import responseBodyMinSet from './response-body-min-set.js'
import responseBodyMinUnset from './response-body-min-unset.js'
import responseBodyOneOfAdded from './response-body-one-of-added.js'
import responseBodyOneOfRemoved from './response-body-one-of-removed.js'
import responseBodyPatternAdded from './response-body-pattern-added.js'
import responseBodyPatternChanged from './response-body-pattern-changed.js'
import responseBodyPatternPropertyAdded from './response-body-pattern-property-added.js'
import responseBodyPatternPropertyRemoved from './response-body-pattern-property-removed.js'
import responseBodyPatternRemoved from './response-body-pattern-removed.js'
import responseBodyPrefixItemsAdded from './response-body-prefix-items-added.js'
import responseBodyPrefixItemsRemoved from './response-body-prefix-items-removed.js'
import responseBodyPropertyNamesAdded from './response-body-property-names-added.js'
import responseBodyPropertyNamesRemoved from './response-body-property-names-removed.js'
import responseBodyThenAdded from './response-body-then-added.js'
import responseBodyThenRemoved from './response-body-then-removed.js'
import responseBodyTypeChanged from './response-body-type-changed.js'
import responseBodyTypeSpecialized from './response-body-type-specialized.js'
import responseBodyUnevaluatedItemsAdded from './response-body-unevaluated-items-added.js'
import responseBodyUnevaluatedItemsRemoved from './response-body-unevaluated-items-removed.js'
import responseBodyUnevaluatedPropertiesAdded from './response-body-unevaluated-properties-added.js'
import responseBodyUnevaluatedPropertiesRemoved from './response-body-unevaluated-properties-removed.js'
import responseBodyXExtensibleEnumValueRemoved from './response-body-x-extensible-enum-value-removed.js'
import responseHeaderAdded from './response-header-added.js'
import responseHeaderAdditionalPropertiesAllowed from './response-header-additional-properties-allowed.js'
import responseHeaderAdditionalPropertiesForbidden from './response-header-additional-properties-forbidden.js'
import responseHeaderAnyOfAdded from './response-header-any-of-added.js'
import responseHeaderAnyOfRemoved from './response-header-any-of-removed.js'
import responseHeaderBecameEnum from './response-header-became-enum.js'
import responseHeaderBecameNotNullable from './response-header-became-not-nullable.js'
import responseHeaderBecameNullable from './response-header-became-nullable.js'
import responseHeaderBecameOptional from './response-header-became-optional.js'
import responseHeaderConstAdded from './response-header-const-added.js'
import responseHeaderConstChanged from './response-header-const-changed.js'
import responseHeaderConstRemoved from './response-header-const-removed.js'
import responseHeaderContainsAdded from './response-header-contains-added.js'
import responseHeaderContainsRemoved from './response-header-contains-removed.js'
import responseHeaderContentEncodingChanged from './response-header-content-encoding-changed.js'
import responseHeaderContentMediaTypeChanged from './response-header-content-media-type-changed.js'
import responseHeaderContentSchemaAdded from './response-header-content-schema-added.js'
import responseHeaderContentSchemaRemoved from './response-header-content-schema-removed.js'
import responseHeaderDefaultValueAdded from './response-header-default-value-added.js'
import responseHeaderDefaultValueChanged from './response-header-default-value-changed.js'
import responseHeaderDefaultValueRemoved from './response-header-default-value-removed.js'
import responseHeaderDependentRequiredAdded from './response-header-dependent-required-added.js'
import responseHeaderDependentRequiredChanged from './response-header-dependent-required-changed.js'
import responseHeaderDependentRequiredRemoved from './response-header-dependent-required-removed.js'
import responseHeaderDependentSchemaAdded from './response-header-dependent-schema-added.js'
import responseHeaderDependentSchemaRemoved from './response-header-dependent-schema-removed.js'
import responseHeaderElseAdded from './response-header-else-added.js'
import responseHeaderElseRemoved from './response-header-else-removed.js'
import responseHeaderEnumValueAdded from './response-header-enum-value-added.js'
import responseHeaderEnumValueRemoved from './response-header-enum-value-removed.js'
import responseHeaderExclusiveMaxDecreased from './response-header-exclusive-max-decreased.js'
import responseHeaderExclusiveMaxIncreased from './response-header-exclusive-max-increased.js'
import responseHeaderExclusiveMaxSet from './response-header-exclusive-max-set.js'
import responseHeaderExclusiveMaxUnset from './response-header-exclusive-max-unset.js'
import responseHeaderExclusiveMinDecreased from './response-header-exclusive-min-decreased.js'
import responseHeaderExclusiveMinIncreased from './response-header-exclusive-min-increased.js'
import responseHeaderExclusiveMinSet from './response-header-exclusive-min-set.js'
import responseHeaderExclusiveMinUnset from './response-header-exclusive-min-unset.js'
import responseHeaderFormatAdded from './response-header-format-added.js'
import responseHeaderFormatChanged from './response-header-format-changed.js'
import responseHeaderFormatRemoved from './response-header-format-removed.js'
import responseHeaderIfAdded from './response-header-if-added.js'
import responseHeaderIfRemoved from './response-header-if-removed.js'
import responseHeaderListOfTypesNarrowed from './response-header-list-of-types-narrowed.js'
import responseHeaderListOfTypesWidened from './response-header-list-of-types-widened.js'
import responseHeaderMaxDecreased from './response-header-max-decreased.js'
import responseHeaderMaxIncreased from './response-header-max-increased.js'
import responseHeaderMaxItemsDecreased from './response-header-max-items-decreased.js'
import responseHeaderMaxItemsIncreased from './response-header-max-items-increased.js'
import responseHeaderMaxItemsSet from './response-header-max-items-set.js'
import responseHeaderMaxItemsUnset from './response-header-max-items-unset.js'
import responseHeaderMaxLengthDecreased from './response-header-max-length-decreased.js'
import responseHeaderMaxLengthIncreased from './response-header-max-length-increased.js'
import responseHeaderMaxLengthSet from './response-header-max-length-set.js'
import responseHeaderMaxLengthUnset from './response-header-max-length-unset.js'
import responseHeaderMaxSet from './response-header-max-set.js'
import responseHeaderMaxUnset from './response-header-max-unset.js'
import responseHeaderMinDecreased from './response-header-min-decreased.js'
import responseHeaderMinIncreased from './response-header-min-increased.js'
import responseHeaderMinItemsDecreased from './response-header-min-items-decreased.js'
import responseHeaderMinItemsIncreased from './response-header-min-items-increased.js'
import responseHeaderMinLengthDecreased from './response-header-min-length-decreased.js'
import responseHeaderMinLengthIncreased from './response-header-min-length-increased.js'
import responseHeaderMinSet from './response-header-min-set.js'
import responseHeaderMinUnset from './response-header-min-unset.js'
import responseHeaderOneOfAdded from './response-header-one-of-added.js'
import responseHeaderOneOfRemoved from './response-header-one-of-removed.js'
import responseHeaderPatternAdded from './response-header-pattern-added.js'
import responseHeaderPatternChanged from './response-header-pattern-changed.js'
import responseHeaderPatternPropertyAdded from './response-header-pattern-property-added.js'
import responseHeaderPatternPropertyRemoved from './response-header-pattern-property-removed.js'
import responseHeaderPatternRemoved from './response-header-pattern-removed.js'
import responseHeaderPrefixItemsAdded from './response-header-prefix-items-added.js'
import responseHeaderPrefixItemsRemoved from './response-header-prefix-items-removed.js'
import responseHeaderPropertyNamesAdded from './response-header-property-names-added.js'
import responseHeaderPropertyNamesRemoved from './response-header-property-names-removed.js'
import responseHeaderThenAdded from './response-header-then-added.js'
import responseHeaderThenRemoved from './response-header-then-removed.js'
import responseHeaderTypeChanged from './response-header-type-changed.js'
import responseHeaderTypeSpecialized from './response-header-type-specialized.js'
import responseHeaderUnevaluatedItemsAdded from './response-header-unevaluated-items-added.js'
import responseHeaderUnevaluatedItemsRemoved from './response-header-unevaluated-items-removed.js'
import responseHeaderUnevaluatedPropertiesAdded from './response-header-unevaluated-properties-added.js'
import responseHeaderUnevaluatedPropertiesRemoved from './response-header-unevaluated-properties-removed.js'
import responseHeaderXExtensibleEnumValueRemoved from './response-header-x-extensible-enum-value-removed.js'
import responseMediaTypeAdded from './response-media-type-added.js'
import responseMediaTypeRemoved from './response-media-type-removed.js'
import responseNonSuccessStatusAdded from './response-non-success-status-added.js'
import responseNonSuccessStatusRemoved from './response-non-success-status-removed.js'
import responseOptionalPropertyAdded from './response-optional-property-added.js'
import responseOptionalPropertyRemoved from './response-optional-property-removed.js'
import responsePropertyAdditionalPropertiesAllowed from './response-property-additional-properties-allowed.js'
import responsePropertyAdditionalPropertiesForbidden from './response-property-additional-properties-forbidden.js'
import responsePropertyAnyOfAdded from './response-property-any-of-added.js'
import responsePropertyAnyOfRemoved from './response-property-any-of-removed.js'
import responsePropertyBecameEnum from './response-property-became-enum.js'
import responsePropertyBecameNotNullable from './response-property-became-not-nullable.js'
import responsePropertyBecameNullable from './response-property-became-nullable.js'
import responsePropertyBecameOptional from './response-property-became-optional.js'
import responsePropertyBecameRequired from './response-property-became-required.js'
import responsePropertyConstAdded from './response-property-const-added.js'
import responsePropertyConstChanged from './response-property-const-changed.js'
import responsePropertyConstRemoved from './response-property-const-removed.js'
import responsePropertyContainsAdded from './response-property-contains-added.js'
import responsePropertyContainsRemoved from './response-property-contains-removed.js'
import responsePropertyContentEncodingChanged from './response-property-content-encoding-changed.js'
import responsePropertyContentMediaTypeChanged from './response-property-content-media-type-changed.js'
import responsePropertyContentSchemaAdded from './response-property-content-schema-added.js'
import responsePropertyContentSchemaRemoved from './response-property-content-schema-removed.js'
import responsePropertyDefaultValueAdded from './response-property-default-value-added.js'
import responsePropertyDefaultValueChanged from './response-property-default-value-changed.js'
import responsePropertyDefaultValueRemoved from './response-property-default-value-removed.js'
import responsePropertyDependentRequiredAdded from './response-property-dependent-required-added.js'
import responsePropertyDependentRequiredChanged from './response-property-dependent-required-changed.js'
import responsePropertyDependentRequiredRemoved from './response-property-dependent-required-removed.js'
import responsePropertyDependentSchemaAdded from './response-property-dependent-schema-added.js'
import responsePropertyDependentSchemaRemoved from './response-property-dependent-schema-removed.js'
import responsePropertyElseAdded from './response-property-else-added.js'
import responsePropertyElseRemoved from './response-property-else-removed.js'
import responsePropertyEnumValueAdded from './response-property-enum-value-added.js'
import responsePropertyEnumValueRemoved from './response-property-enum-value-removed.js'
import responsePropertyExclusiveMaxDecreased from './response-property-exclusive-max-decreased.js'
import responsePropertyExclusiveMaxIncreased from './response-property-exclusive-max-increased.js'
import responsePropertyExclusiveMaxSet from './response-property-exclusive-max-set.js'
import responsePropertyExclusiveMaxUnset from './response-property-exclusive-max-unset.js'
import responsePropertyExclusiveMinDecreased from './response-property-exclusive-min-decreased.js'
import responsePropertyExclusiveMinIncreased from './response-property-exclusive-min-increased.js'
import responsePropertyExclusiveMinSet from './response-property-exclusive-min-set.js'
import responsePropertyExclusiveMinUnset from './response-property-exclusive-min-unset.js'
import responsePropertyFormatAdded from './response-property-format-added.js'
import responsePropertyFormatChanged from './response-property-format-changed.js'
import responsePropertyFormatRemoved from './response-property-format-removed.js'
import responsePropertyIfAdded from './response-property-if-added.js'
import responsePropertyIfRemoved from './response-property-if-removed.js'
import responsePropertyListOfTypesNarrowed from './response-property-list-of-types-narrowed.js'
import responsePropertyListOfTypesWidened from './response-property-list-of-types-widened.js'
import responsePropertyMaxDecreased from './response-property-max-decreased.js'
import responsePropertyMaxIncreased from './response-property-max-increased.js'
import responsePropertyMaxItemsDecreased from './response-property-max-items-decreased.js'
import responsePropertyMaxItemsIncreased from './response-property-max-items-increased.js'
import responsePropertyMaxItemsSet from './response-property-max-items-set.js'
import responsePropertyMaxItemsUnset from './response-property-max-items-unset.js'
import responsePropertyMaxLengthDecreased from './response-property-max-length-decreased.js'
import responsePropertyMaxLengthIncreased from './response-property-max-length-increased.js'
import responsePropertyMaxLengthSet from './response-property-max-length-set.js'
import responsePropertyMaxLengthUnset from './response-property-max-length-unset.js'
import responsePropertyMaxSet from './response-property-max-set.js'
import responsePropertyMaxUnset from './response-property-max-unset.js'
import responsePropertyMinDecreased from './response-property-min-decreased.js'
import responsePropertyMinIncreased from './response-property-min-increased.js'
import responsePropertyMinItemsDecreased from './response-property-min-items-decreased.js'
import responsePropertyMinItemsIncreased from './response-property-min-items-increased.js'
import responsePropertyMinLengthDecreased from './response-property-min-length-decreased.js'
import responsePropertyMinLengthIncreased from './response-property-min-length-increased.js'
import responsePropertyMinSet from './response-property-min-set.js'
import responsePropertyMinUnset from './response-property-min-unset.js'
import responsePropertyOneOfAdded from './response-property-one-of-added.js'
import responsePropertyOneOfRemoved from './response-property-one-of-removed.js'
import responsePropertyPatternAdded from './response-property-pattern-added.js'
import responsePropertyPatternChanged from './response-property-pattern-changed.js'
import responsePropertyPatternPropertyAdded from './response-property-pattern-property-added.js'
import responsePropertyPatternPropertyRemoved from './response-property-pattern-property-removed.js'
import responsePropertyPatternRemoved from './response-property-pattern-removed.js'
import responsePropertyPrefixItemsAdded from './response-property-prefix-items-added.js'
import responsePropertyPrefixItemsRemoved from './response-property-prefix-items-removed.js'
import responsePropertyPropertyNamesAdded from './response-property-property-names-added.js'
import responsePropertyPropertyNamesRemoved from './response-property-property-names-removed.js'
import responsePropertyThenAdded from './response-property-then-added.js'
import responsePropertyThenRemoved from './response-property-then-removed.js'
import responsePropertyTypeChanged from './response-property-type-changed.js'
import responsePropertyTypeSpecialized from './response-property-type-specialized.js'
import responsePropertyUnevaluatedItemsAdded from './response-property-unevaluated-items-added.js'
import responsePropertyUnevaluatedItemsRemoved from './response-property-unevaluated-items-removed.js'
import responsePropertyUnevaluatedPropertiesAdded from './response-property-unevaluated-properties-added.js'
import responsePropertyUnevaluatedPropertiesRemoved from './response-property-unevaluated-properties-removed.js'
import responsePropertyXExtensibleEnumValueRemoved from './response-property-x-extensible-enum-value-removed.js'
import responseRequiredPropertyAdded from './response-required-property-added.js'
import responseRequiredPropertyRemoved from './response-required-property-removed.js'
import responseSuccessStatusAdded from './response-success-status-added.js'
import responseSuccessStatusRemoved from './response-success-status-removed.js'
import sunsetDeleted from './sunset-deleted.js'
import webhookAdded from './webhook-added.js'
import webhookRemoved from './webhook-removed.js'

/** Every OpenAPI rule, sorted by id. Generated by scripts/gen-openapi-rules.mjs. */
export const openapiRules: OpenApiRule[] = [
  apiDeprecatedSunsetParse,
  apiInvalidStabilityLevel,
  apiOperationIdAdded,
  apiOperationIdRemoved,
  apiPathRemovedBeforeSunset,
  apiPathRemovedWithDeprecation,
  apiPathRemovedWithoutDeprecation,
  apiPathSunsetParse,
  apiRemovedBeforeSunset,
  apiRemovedWithDeprecation,
  apiRemovedWithoutDeprecation,
  apiSecurityAdded,
  apiSecurityAddedToPublicOperation,
  apiSecurityMadePublic,
  apiSecurityRemoved,
  apiSecurityScopeAdded,
  apiSecurityScopeRemoved,
  apiStabilityDecreased,
  apiSunsetDateMovedEarlier,
  apiSunsetParse,
  apiTagAdded,
  apiTagRemoved,
  endpointAdded,
  endpointDeprecated,
  endpointReactivated,
  newOptionalRequestParameter,
  newOptionalRequestProperty,
  newRequestPathParameter,
  newRequiredRequestParameter,
  newRequiredRequestProperty,
  newRequiredRequestPropertyWithDefault,
  openapiDocumentRemoved,
  openapiDocumentSchemaProblems,
  optionalResponseHeaderRemoved,
  requestBodyAddedOptional,
  requestBodyAddedRequired,
  requestBodyAdditionalPropertiesAllowed,
  requestBodyAdditionalPropertiesForbidden,
  requestBodyAnyOfAdded,
  requestBodyAnyOfRemoved,
  requestBodyBecameEnum,
  requestBodyBecameNotNullable,
  requestBodyBecameNullable,
  requestBodyBecameOptional,
  requestBodyBecameRequired,
  requestBodyConstAdded,
  requestBodyConstChanged,
  requestBodyConstRemoved,
  requestBodyContainsAdded,
  requestBodyContainsRemoved,
  requestBodyContentEncodingChanged,
  requestBodyContentMediaTypeChanged,
  requestBodyContentSchemaAdded,
  requestBodyContentSchemaRemoved,
  requestBodyDefaultValueAdded,
  requestBodyDefaultValueChanged,
  requestBodyDefaultValueRemoved,
  requestBodyDependentRequiredAdded,
  requestBodyDependentRequiredChanged,
  requestBodyDependentRequiredRemoved,
  requestBodyDependentSchemaAdded,
  requestBodyDependentSchemaRemoved,
  requestBodyElseAdded,
  requestBodyElseRemoved,
  requestBodyEnumValueAdded,
  requestBodyEnumValueRemoved,
  requestBodyExclusiveMaxDecreased,
  requestBodyExclusiveMaxIncreased,
  requestBodyExclusiveMaxSet,
  requestBodyExclusiveMaxUnset,
  requestBodyExclusiveMinDecreased,
  requestBodyExclusiveMinIncreased,
  requestBodyExclusiveMinSet,
  requestBodyExclusiveMinUnset,
  requestBodyFormatAdded,
  requestBodyFormatChanged,
  requestBodyFormatRemoved,
  requestBodyIfAdded,
  requestBodyIfRemoved,
  requestBodyListOfTypesNarrowed,
  requestBodyListOfTypesWidened,
  requestBodyMaxDecreased,
  requestBodyMaxIncreased,
  requestBodyMaxItemsDecreased,
  requestBodyMaxItemsIncreased,
  requestBodyMaxItemsSet,
  requestBodyMaxItemsUnset,
  requestBodyMaxLengthDecreased,
  requestBodyMaxLengthIncreased,
  requestBodyMaxLengthSet,
  requestBodyMaxLengthUnset,
  requestBodyMaxSet,
  requestBodyMaxUnset,
  requestBodyMediaTypeAdded,
  requestBodyMediaTypeRemoved,
  requestBodyMinDecreased,
  requestBodyMinIncreased,
  requestBodyMinItemsDecreased,
  requestBodyMinItemsIncreased,
  requestBodyMinLengthDecreased,
  requestBodyMinLengthIncreased,
  requestBodyMinSet,
  requestBodyMinUnset,
  requestBodyOneOfAdded,
  requestBodyOneOfRemoved,
  requestBodyPatternAdded,
  requestBodyPatternChanged,
  requestBodyPatternPropertyAdded,
  requestBodyPatternPropertyRemoved,
  requestBodyPatternRemoved,
  requestBodyPrefixItemsAdded,
  requestBodyPrefixItemsRemoved,
  requestBodyPropertyNamesAdded,
  requestBodyPropertyNamesRemoved,
  requestBodyRemoved,
  requestBodyThenAdded,
  requestBodyThenRemoved,
  requestBodyTypeChanged,
  requestBodyTypeGeneralized,
  requestBodyUnevaluatedItemsAdded,
  requestBodyUnevaluatedItemsRemoved,
  requestBodyUnevaluatedPropertiesAdded,
  requestBodyUnevaluatedPropertiesRemoved,
  requestBodyXExtensibleEnumValueRemoved,
  requestParameterAdditionalPropertiesAllowed,
  requestParameterAdditionalPropertiesForbidden,
  requestParameterAnyOfAdded,
  requestParameterAnyOfRemoved,
  requestParameterBecameEnum,
  requestParameterBecameNotNullable,
  requestParameterBecameNullable,
  requestParameterBecameOptional,
  requestParameterBecameRequired,
  requestParameterConstAdded,
  requestParameterConstChanged,
  requestParameterConstRemoved,
  requestParameterContainsAdded,
  requestParameterContainsRemoved,
  requestParameterContentEncodingChanged,
  requestParameterContentMediaTypeChanged,
  requestParameterContentSchemaAdded,
  requestParameterContentSchemaRemoved,
  requestParameterDefaultValueAdded,
  requestParameterDefaultValueChanged,
  requestParameterDefaultValueRemoved,
  requestParameterDependentRequiredAdded,
  requestParameterDependentRequiredChanged,
  requestParameterDependentRequiredRemoved,
  requestParameterDependentSchemaAdded,
  requestParameterDependentSchemaRemoved,
  requestParameterDeprecated,
  requestParameterElseAdded,
  requestParameterElseRemoved,
  requestParameterEnumValueAdded,
  requestParameterEnumValueRemoved,
  requestParameterExclusiveMaxDecreased,
  requestParameterExclusiveMaxIncreased,
  requestParameterExclusiveMaxSet,
  requestParameterExclusiveMaxUnset,
  requestParameterExclusiveMinDecreased,
  requestParameterExclusiveMinIncreased,
  requestParameterExclusiveMinSet,
  requestParameterExclusiveMinUnset,
  requestParameterFormatAdded,
  requestParameterFormatChanged,
  requestParameterFormatRemoved,
  requestParameterIfAdded,
  requestParameterIfRemoved,
  requestParameterListOfTypesNarrowed,
  requestParameterListOfTypesWidened,
  requestParameterMaxDecreased,
  requestParameterMaxIncreased,
  requestParameterMaxItemsDecreased,
  requestParameterMaxItemsIncreased,
  requestParameterMaxItemsSet,
  requestParameterMaxItemsUnset,
  requestParameterMaxLengthDecreased,
  requestParameterMaxLengthIncreased,
  requestParameterMaxLengthSet,
  requestParameterMaxLengthUnset,
  requestParameterMaxSet,
  requestParameterMaxUnset,
  requestParameterMinDecreased,
  requestParameterMinIncreased,
  requestParameterMinItemsDecreased,
  requestParameterMinItemsIncreased,
  requestParameterMinLengthDecreased,
  requestParameterMinLengthIncreased,
  requestParameterMinSet,
  requestParameterMinUnset,
  requestParameterOneOfAdded,
  requestParameterOneOfRemoved,
  requestParameterPatternAdded,
  requestParameterPatternChanged,
  requestParameterPatternPropertyAdded,
  requestParameterPatternPropertyRemoved,
  requestParameterPatternRemoved,
  requestParameterPrefixItemsAdded,
  requestParameterPrefixItemsRemoved,
  requestParameterPropertyNamesAdded,
  requestParameterPropertyNamesRemoved,
  requestParameterReactivated,
  requestParameterRemoved,
  requestParameterRemovedWithDeprecation,
  requestParameterThenAdded,
  requestParameterThenRemoved,
  requestParameterTypeChanged,
  requestParameterTypeGeneralized,
  requestParameterUnevaluatedItemsAdded,
  requestParameterUnevaluatedItemsRemoved,
  requestParameterUnevaluatedPropertiesAdded,
  requestParameterUnevaluatedPropertiesRemoved,
  requestParameterXExtensibleEnumValueRemoved,
  requestPropertyAdditionalPropertiesAllowed,
  requestPropertyAdditionalPropertiesForbidden,
  requestPropertyAnyOfAdded,
  requestPropertyAnyOfRemoved,
  requestPropertyBecameEnum,
  requestPropertyBecameNotNullable,
  requestPropertyBecameNullable,
  requestPropertyBecameOptional,
  requestPropertyBecameRequired,
  requestPropertyConstAdded,
  requestPropertyConstChanged,
  requestPropertyConstRemoved,
  requestPropertyContainsAdded,
  requestPropertyContainsRemoved,
  requestPropertyContentEncodingChanged,
  requestPropertyContentMediaTypeChanged,
  requestPropertyContentSchemaAdded,
  requestPropertyContentSchemaRemoved,
  requestPropertyDefaultValueAdded,
  requestPropertyDefaultValueChanged,
  requestPropertyDefaultValueRemoved,
  requestPropertyDependentRequiredAdded,
  requestPropertyDependentRequiredChanged,
  requestPropertyDependentRequiredRemoved,
  requestPropertyDependentSchemaAdded,
  requestPropertyDependentSchemaRemoved,
  requestPropertyElseAdded,
  requestPropertyElseRemoved,
  requestPropertyEnumValueAdded,
  requestPropertyEnumValueRemoved,
  requestPropertyExclusiveMaxDecreased,
  requestPropertyExclusiveMaxIncreased,
  requestPropertyExclusiveMaxSet,
  requestPropertyExclusiveMaxUnset,
  requestPropertyExclusiveMinDecreased,
  requestPropertyExclusiveMinIncreased,
  requestPropertyExclusiveMinSet,
  requestPropertyExclusiveMinUnset,
  requestPropertyFormatAdded,
  requestPropertyFormatChanged,
  requestPropertyFormatRemoved,
  requestPropertyIfAdded,
  requestPropertyIfRemoved,
  requestPropertyListOfTypesNarrowed,
  requestPropertyListOfTypesWidened,
  requestPropertyMaxDecreased,
  requestPropertyMaxIncreased,
  requestPropertyMaxItemsDecreased,
  requestPropertyMaxItemsIncreased,
  requestPropertyMaxItemsSet,
  requestPropertyMaxItemsUnset,
  requestPropertyMaxLengthDecreased,
  requestPropertyMaxLengthIncreased,
  requestPropertyMaxLengthSet,
  requestPropertyMaxLengthUnset,
  requestPropertyMaxSet,
  requestPropertyMaxUnset,
  requestPropertyMinDecreased,
  requestPropertyMinIncreased,
  requestPropertyMinItemsDecreased,
  requestPropertyMinItemsIncreased,
  requestPropertyMinLengthDecreased,
  requestPropertyMinLengthIncreased,
  requestPropertyMinSet,
  requestPropertyMinUnset,
  requestPropertyOneOfAdded,
  requestPropertyOneOfRemoved,
  requestPropertyPatternAdded,
  requestPropertyPatternChanged,
  requestPropertyPatternPropertyAdded,
  requestPropertyPatternPropertyRemoved,
  requestPropertyPatternRemoved,
  requestPropertyPrefixItemsAdded,
  requestPropertyPrefixItemsRemoved,
  requestPropertyPropertyNamesAdded,
  requestPropertyPropertyNamesRemoved,
  requestPropertyRemoved,
  requestPropertyThenAdded,
  requestPropertyThenRemoved,
  requestPropertyTypeChanged,
  requestPropertyTypeGeneralized,
  requestPropertyUnevaluatedItemsAdded,
  requestPropertyUnevaluatedItemsRemoved,
  requestPropertyUnevaluatedPropertiesAdded,
  requestPropertyUnevaluatedPropertiesRemoved,
  requestPropertyXExtensibleEnumValueRemoved,
  requiredResponseHeaderRemoved,
  responseBodyAdditionalPropertiesAllowed,
  responseBodyAdditionalPropertiesForbidden,
  responseBodyAnyOfAdded,
  responseBodyAnyOfRemoved,
  responseBodyBecameEnum,
  responseBodyBecameNotNullable,
  responseBodyBecameNullable,
  responseBodyConstAdded,
  responseBodyConstChanged,
  responseBodyConstRemoved,
  responseBodyContainsAdded,
  responseBodyContainsRemoved,
  responseBodyContentEncodingChanged,
  responseBodyContentMediaTypeChanged,
  responseBodyContentSchemaAdded,
  responseBodyContentSchemaRemoved,
  responseBodyDefaultValueAdded,
  responseBodyDefaultValueChanged,
  responseBodyDefaultValueRemoved,
  responseBodyDependentRequiredAdded,
  responseBodyDependentRequiredChanged,
  responseBodyDependentRequiredRemoved,
  responseBodyDependentSchemaAdded,
  responseBodyDependentSchemaRemoved,
  responseBodyElseAdded,
  responseBodyElseRemoved,
  responseBodyEnumValueAdded,
  responseBodyEnumValueRemoved,
  responseBodyExclusiveMaxDecreased,
  responseBodyExclusiveMaxIncreased,
  responseBodyExclusiveMaxSet,
  responseBodyExclusiveMaxUnset,
  responseBodyExclusiveMinDecreased,
  responseBodyExclusiveMinIncreased,
  responseBodyExclusiveMinSet,
  responseBodyExclusiveMinUnset,
  responseBodyFormatAdded,
  responseBodyFormatChanged,
  responseBodyFormatRemoved,
  responseBodyIfAdded,
  responseBodyIfRemoved,
  responseBodyListOfTypesNarrowed,
  responseBodyListOfTypesWidened,
  responseBodyMaxDecreased,
  responseBodyMaxIncreased,
  responseBodyMaxItemsDecreased,
  responseBodyMaxItemsIncreased,
  responseBodyMaxItemsSet,
  responseBodyMaxItemsUnset,
  responseBodyMaxLengthDecreased,
  responseBodyMaxLengthIncreased,
  responseBodyMaxLengthSet,
  responseBodyMaxLengthUnset,
  responseBodyMaxSet,
  responseBodyMaxUnset,
  responseBodyMinDecreased,
  responseBodyMinIncreased,
  responseBodyMinItemsDecreased,
  responseBodyMinItemsIncreased,
  responseBodyMinLengthDecreased,
  responseBodyMinLengthIncreased,
  responseBodyMinSet,
  responseBodyMinUnset,
  responseBodyOneOfAdded,
  responseBodyOneOfRemoved,
  responseBodyPatternAdded,
  responseBodyPatternChanged,
  responseBodyPatternPropertyAdded,
  responseBodyPatternPropertyRemoved,
  responseBodyPatternRemoved,
  responseBodyPrefixItemsAdded,
  responseBodyPrefixItemsRemoved,
  responseBodyPropertyNamesAdded,
  responseBodyPropertyNamesRemoved,
  responseBodyThenAdded,
  responseBodyThenRemoved,
  responseBodyTypeChanged,
  responseBodyTypeSpecialized,
  responseBodyUnevaluatedItemsAdded,
  responseBodyUnevaluatedItemsRemoved,
  responseBodyUnevaluatedPropertiesAdded,
  responseBodyUnevaluatedPropertiesRemoved,
  responseBodyXExtensibleEnumValueRemoved,
  responseHeaderAdded,
  responseHeaderAdditionalPropertiesAllowed,
  responseHeaderAdditionalPropertiesForbidden,
  responseHeaderAnyOfAdded,
  responseHeaderAnyOfRemoved,
  responseHeaderBecameEnum,
  responseHeaderBecameNotNullable,
  responseHeaderBecameNullable,
  responseHeaderBecameOptional,
  responseHeaderConstAdded,
  responseHeaderConstChanged,
  responseHeaderConstRemoved,
  responseHeaderContainsAdded,
  responseHeaderContainsRemoved,
  responseHeaderContentEncodingChanged,
  responseHeaderContentMediaTypeChanged,
  responseHeaderContentSchemaAdded,
  responseHeaderContentSchemaRemoved,
  responseHeaderDefaultValueAdded,
  responseHeaderDefaultValueChanged,
  responseHeaderDefaultValueRemoved,
  responseHeaderDependentRequiredAdded,
  responseHeaderDependentRequiredChanged,
  responseHeaderDependentRequiredRemoved,
  responseHeaderDependentSchemaAdded,
  responseHeaderDependentSchemaRemoved,
  responseHeaderElseAdded,
  responseHeaderElseRemoved,
  responseHeaderEnumValueAdded,
  responseHeaderEnumValueRemoved,
  responseHeaderExclusiveMaxDecreased,
  responseHeaderExclusiveMaxIncreased,
  responseHeaderExclusiveMaxSet,
  responseHeaderExclusiveMaxUnset,
  responseHeaderExclusiveMinDecreased,
  responseHeaderExclusiveMinIncreased,
  responseHeaderExclusiveMinSet,
  responseHeaderExclusiveMinUnset,
  responseHeaderFormatAdded,
  responseHeaderFormatChanged,
  responseHeaderFormatRemoved,
  responseHeaderIfAdded,
  responseHeaderIfRemoved,
  responseHeaderListOfTypesNarrowed,
  responseHeaderListOfTypesWidened,
  responseHeaderMaxDecreased,
  responseHeaderMaxIncreased,
  responseHeaderMaxItemsDecreased,
  responseHeaderMaxItemsIncreased,
  responseHeaderMaxItemsSet,
  responseHeaderMaxItemsUnset,
  responseHeaderMaxLengthDecreased,
  responseHeaderMaxLengthIncreased,
  responseHeaderMaxLengthSet,
  responseHeaderMaxLengthUnset,
  responseHeaderMaxSet,
  responseHeaderMaxUnset,
  responseHeaderMinDecreased,
  responseHeaderMinIncreased,
  responseHeaderMinItemsDecreased,
  responseHeaderMinItemsIncreased,
  responseHeaderMinLengthDecreased,
  responseHeaderMinLengthIncreased,
  responseHeaderMinSet,
  responseHeaderMinUnset,
  responseHeaderOneOfAdded,
  responseHeaderOneOfRemoved,
  responseHeaderPatternAdded,
  responseHeaderPatternChanged,
  responseHeaderPatternPropertyAdded,
  responseHeaderPatternPropertyRemoved,
  responseHeaderPatternRemoved,
  responseHeaderPrefixItemsAdded,
  responseHeaderPrefixItemsRemoved,
  responseHeaderPropertyNamesAdded,
  responseHeaderPropertyNamesRemoved,
  responseHeaderThenAdded,
  responseHeaderThenRemoved,
  responseHeaderTypeChanged,
  responseHeaderTypeSpecialized,
  responseHeaderUnevaluatedItemsAdded,
  responseHeaderUnevaluatedItemsRemoved,
  responseHeaderUnevaluatedPropertiesAdded,
  responseHeaderUnevaluatedPropertiesRemoved,
  responseHeaderXExtensibleEnumValueRemoved,
  responseMediaTypeAdded,
  responseMediaTypeRemoved,
  responseNonSuccessStatusAdded,
  responseNonSuccessStatusRemoved,
  responseOptionalPropertyAdded,
  responseOptionalPropertyRemoved,
  responsePropertyAdditionalPropertiesAllowed,
  responsePropertyAdditionalPropertiesForbidden,
  responsePropertyAnyOfAdded,
  responsePropertyAnyOfRemoved,
  responsePropertyBecameEnum,
  responsePropertyBecameNotNullable,
  responsePropertyBecameNullable,
  responsePropertyBecameOptional,
  responsePropertyBecameRequired,
  responsePropertyConstAdded,
  responsePropertyConstChanged,
  responsePropertyConstRemoved,
  responsePropertyContainsAdded,
  responsePropertyContainsRemoved,
  responsePropertyContentEncodingChanged,
  responsePropertyContentMediaTypeChanged,
  responsePropertyContentSchemaAdded,
  responsePropertyContentSchemaRemoved,
  responsePropertyDefaultValueAdded,
  responsePropertyDefaultValueChanged,
  responsePropertyDefaultValueRemoved,
  responsePropertyDependentRequiredAdded,
  responsePropertyDependentRequiredChanged,
  responsePropertyDependentRequiredRemoved,
  responsePropertyDependentSchemaAdded,
  responsePropertyDependentSchemaRemoved,
  responsePropertyElseAdded,
  responsePropertyElseRemoved,
  responsePropertyEnumValueAdded,
  responsePropertyEnumValueRemoved,
  responsePropertyExclusiveMaxDecreased,
  responsePropertyExclusiveMaxIncreased,
  responsePropertyExclusiveMaxSet,
  responsePropertyExclusiveMaxUnset,
  responsePropertyExclusiveMinDecreased,
  responsePropertyExclusiveMinIncreased,
  responsePropertyExclusiveMinSet,
  responsePropertyExclusiveMinUnset,
  responsePropertyFormatAdded,
  responsePropertyFormatChanged,
  responsePropertyFormatRemoved,
  responsePropertyIfAdded,
  responsePropertyIfRemoved,
  responsePropertyListOfTypesNarrowed,
  responsePropertyListOfTypesWidened,
  responsePropertyMaxDecreased,
  responsePropertyMaxIncreased,
  responsePropertyMaxItemsDecreased,
  responsePropertyMaxItemsIncreased,
  responsePropertyMaxItemsSet,
  responsePropertyMaxItemsUnset,
  responsePropertyMaxLengthDecreased,
  responsePropertyMaxLengthIncreased,
  responsePropertyMaxLengthSet,
  responsePropertyMaxLengthUnset,
  responsePropertyMaxSet,
  responsePropertyMaxUnset,
  responsePropertyMinDecreased,
  responsePropertyMinIncreased,
  responsePropertyMinItemsDecreased,
  responsePropertyMinItemsIncreased,
  responsePropertyMinLengthDecreased,
  responsePropertyMinLengthIncreased,
  responsePropertyMinSet,
  responsePropertyMinUnset,
  responsePropertyOneOfAdded,
  responsePropertyOneOfRemoved,
  responsePropertyPatternAdded,
  responsePropertyPatternChanged,
  responsePropertyPatternPropertyAdded,
  responsePropertyPatternPropertyRemoved,
  responsePropertyPatternRemoved,
  responsePropertyPrefixItemsAdded,
  responsePropertyPrefixItemsRemoved,
  responsePropertyPropertyNamesAdded,
  responsePropertyPropertyNamesRemoved,
  responsePropertyThenAdded,
  responsePropertyThenRemoved,
  responsePropertyTypeChanged,
  responsePropertyTypeSpecialized,
  responsePropertyUnevaluatedItemsAdded,
  responsePropertyUnevaluatedItemsRemoved,
  responsePropertyUnevaluatedPropertiesAdded,
  responsePropertyUnevaluatedPropertiesRemoved,
  responsePropertyXExtensibleEnumValueRemoved,
  responseRequiredPropertyAdded,
  responseRequiredPropertyRemoved,
  responseSuccessStatusAdded,
  responseSuccessStatusRemoved,
  sunsetDeleted,
  webhookAdded,
  webhookRemoved
]
