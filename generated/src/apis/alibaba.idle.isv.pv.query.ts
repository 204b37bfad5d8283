// Generated from specs/idleisv/alibaba.idle.isv.pv.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.pv.query` (查询pv属性). */
export interface AlibabaIdleIsvPvQueryRequest {
  /** 入参对象 */
  youpin_cpv_qry: AlibabaIdleIsvPvQueryYoupinCpvQryInput;
}

/** Response of `alibaba.idle.isv.pv.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvPvQueryResponse {
  /** 结果对象 */
  result?: AlibabaIdleIsvPvQueryCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `YoupinCpvQry` of `alibaba.idle.isv.pv.query`. */
export interface AlibabaIdleIsvPvQueryYoupinCpvQryInput {
  /** 属性值id */
  value_id?: string;
  /** 属性id */
  property_id?: string;
  /** 类目id */
  channel_cat_id: string;
}

/** `CommonResult` of `alibaba.idle.isv.pv.query`. */
export interface AlibabaIdleIsvPvQueryCommonResult {
  /** 属性list */
  data?: AlibabaIdleIsvPvQueryYoupinCpvResultDto[];
  /** 是否成功 */
  success?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `YoupinCpvResultDto` of `alibaba.idle.isv.pv.query`. */
export interface AlibabaIdleIsvPvQueryYoupinCpvResultDto {
  /** 属性id */
  property_id?: string;
  /** 属性名称 */
  name?: string;
  /** 是否包含子属性 */
  show_sub_property?: boolean;
  /** 属性值list */
  value_list?: AlibabaIdleIsvPvQueryYoupinPropertyValueResultDto[];
}

/** `YoupinPropertyValueResultDto` of `alibaba.idle.isv.pv.query`. */
export interface AlibabaIdleIsvPvQueryYoupinPropertyValueResultDto {
  /** 属性值d */
  value_id?: string;
  /** 属性值名称 */
  value_name?: string;
}

const REQUEST_SCHEMA = {
  youpin_cpv_qry: {
    value_id: 'String',
    property_id: 'String',
    channel_cat_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: [
      {
        property_id: 'String',
        name: 'String',
        show_sub_property: 'Boolean',
        value_list: [
          {
            value_id: 'String',
            value_name: 'String',
          },
        ],
      },
    ],
    success: 'String',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.pv.query`: method, response root, request and response schemas. */
export const alibabaIdleIsvPvQueryOperation = {
  method: 'alibaba.idle.isv.pv.query',
  responseRoot: 'alibaba_idle_isv_pv_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询pv属性 — calls TOP method `alibaba.idle.isv.pv.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvPvQuery(
  client: TopClient,
  request: AlibabaIdleIsvPvQueryRequest,
  options?: CallOptions,
): Promise<AlibabaIdleIsvPvQueryResponse> {
  return client.call<AlibabaIdleIsvPvQueryResponse>(
    {
      method: 'alibaba.idle.isv.pv.query',
      responseRoot: 'alibaba_idle_isv_pv_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
