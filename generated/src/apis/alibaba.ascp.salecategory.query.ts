// Generated from specs/ascpchannel/alibaba.ascp.salecategory.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.salecategory.query` (货品品类查询). */
export interface AlibabaAscpSalecategoryQueryRequest {
  /**
   * 货品ID
   *
   * Max list size: 20
   */
  item_id: Int64Input[];
}

/** Response of `alibaba.ascp.salecategory.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpSalecategoryQueryResponse {
  /** 货品查询结构化对象 */
  data_list?: AlibabaAscpSalecategoryQuerySalecategoryQueryResponse[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SalecategoryQueryResponse` of `alibaba.ascp.salecategory.query`. */
export interface AlibabaAscpSalecategoryQuerySalecategoryQueryResponse {
  /** 货品ID */
  item_id?: Int64;
  /** 货品品类ID */
  item_salecategory?: Int64;
  /** 货品品类名称 */
  item_salecategory_name?: string;
}

const REQUEST_SCHEMA = {
  item_id: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data_list: [
    {
      item_id: 'Number',
      item_salecategory: 'Number',
      item_salecategory_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.salecategory.query`: method, response root, request and response schemas. */
export const alibabaAscpSalecategoryQueryOperation = {
  method: 'alibaba.ascp.salecategory.query',
  responseRoot: 'alibaba_ascp_salecategory_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 货品品类查询 — calls TOP method `alibaba.ascp.salecategory.query`.
 *
 * 根据货品ID查询对应销售品类ID
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpSalecategoryQuery(
  client: TopClient,
  request: AlibabaAscpSalecategoryQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAscpSalecategoryQueryResponse> {
  return client.call<AlibabaAscpSalecategoryQueryResponse>(
    {
      method: 'alibaba.ascp.salecategory.query',
      responseRoot: 'alibaba_ascp_salecategory_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
