// Generated from specs/aesolution/aliexpress.solution.sku.attribute.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.sku.attribute.query` (Query the sku attribute information belonged to a specific category). */
export interface AliexpressSolutionSkuAttributeQueryRequest {
  /** input parameters */
  query_sku_attribute_info_request?: AliexpressSolutionSkuAttributeQuerySkuAttributeInfoQueryRequestInput;
}

/** Response of `aliexpress.solution.sku.attribute.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionSkuAttributeQueryResponse {
  /** result */
  result?: AliexpressSolutionSkuAttributeQuerySkuAttributeInfoQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SkuAttributeInfoQueryRequest` of `aliexpress.solution.sku.attribute.query`. */
export interface AliexpressSolutionSkuAttributeQuerySkuAttributeInfoQueryRequestInput {
  /** aliexpress category ID. aliexpress_category_id and category_id could not be both empty. */
  aliexpress_category_id?: Int64Input;
  /** merchant's category ID */
  category_id?: string;
}

/** `SkuAttributeInfoQueryResponse` of `aliexpress.solution.sku.attribute.query`. */
export interface AliexpressSolutionSkuAttributeQuerySkuAttributeInfoQueryResponse {
  /** supported sku attribute lis */
  supporting_sku_attribute_list?: AliexpressSolutionSkuAttributeQuerySupportedSkuAttributeDto[];
  /** common attributes under a specific category */
  supporting_common_attribute_list?: AliexpressSolutionSkuAttributeQuerySupportedCommonAttributeDto[];
}

/** `SupportedSkuAttributeDto` of `aliexpress.solution.sku.attribute.query`. */
export interface AliexpressSolutionSkuAttributeQuerySupportedSkuAttributeDto {
  /** aliexpress sku name, the same field when indicating the sku_name for posting product */
  aliexpress_sku_name?: string;
  /** Indicates whether this sku attribute is mandatory under this category */
  required?: boolean;
  /** aliexpress sku value list */
  aliexpress_sku_value_list?: AliexpressSolutionSkuAttributeQuerySkuValueSimplifiedInfoDto[];
  /** whether the corresponding aliexpress_sku_name support customized name by merchants */
  support_customized_name?: boolean;
  /** whether the corresponding aliexpress_sku_name support customized picture */
  support_customized_picture?: boolean;
}

/** `SkuValueSimplifiedInfoDto` of `aliexpress.solution.sku.attribute.query`. */
export interface AliexpressSolutionSkuAttributeQuerySkuValueSimplifiedInfoDto {
  /** aliexpress sku value name */
  aliexpress_sku_value_name?: string;
}

/** `SupportedCommonAttributeDto` of `aliexpress.solution.sku.attribute.query`. */
export interface AliexpressSolutionSkuAttributeQuerySupportedCommonAttributeDto {
  /** aliexpress common attribute name id */
  aliexpress_common_attribute_name_id?: Int64;
  /** aliexpress common attribute name */
  aliexpress_common_attribute_name?: string;
  /** whether the common attribute is required under this category */
  required?: boolean;
  /** aliexpress common attribute value list */
  aliexpress_common_attribute_value_list?: AliexpressSolutionSkuAttributeQueryCommonAttributeValueInfoDto[];
}

/** `CommonAttributeValueInfoDto` of `aliexpress.solution.sku.attribute.query`. */
export interface AliexpressSolutionSkuAttributeQueryCommonAttributeValueInfoDto {
  /** aliexpress common attribute value id */
  aliexpress_common_attribute_value_id?: Int64;
  /** aliexpress common attribute value */
  aliexpress_common_attribute_value?: string;
}

const REQUEST_SCHEMA = {
  query_sku_attribute_info_request: {
    aliexpress_category_id: 'Number',
    category_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    supporting_sku_attribute_list: [
      {
        aliexpress_sku_name: 'String',
        required: 'Boolean',
        aliexpress_sku_value_list: [
          {
            aliexpress_sku_value_name: 'String',
          },
        ],
        support_customized_name: 'Boolean',
        support_customized_picture: 'Boolean',
      },
    ],
    supporting_common_attribute_list: [
      {
        aliexpress_common_attribute_name_id: 'Number',
        aliexpress_common_attribute_name: 'String',
        required: 'Boolean',
        aliexpress_common_attribute_value_list: [
          {
            aliexpress_common_attribute_value_id: 'Number',
            aliexpress_common_attribute_value: 'String',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.sku.attribute.query`: method, response root, request and response schemas. */
export const aliexpressSolutionSkuAttributeQueryOperation = {
  method: 'aliexpress.solution.sku.attribute.query',
  responseRoot: 'aliexpress_solution_sku_attribute_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Query the sku attribute information belonged to a specific category — calls TOP method `aliexpress.solution.sku.attribute.query`.
 *
 * Query the sku attribute information belonged to a specific category, customized for oversea merchants.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionSkuAttributeQuery(
  client: TopClient,
  request: AliexpressSolutionSkuAttributeQueryRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionSkuAttributeQueryResponse> {
  return client.call<AliexpressSolutionSkuAttributeQueryResponse>(
    {
      method: 'aliexpress.solution.sku.attribute.query',
      responseRoot: 'aliexpress_solution_sku_attribute_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
