// Generated from specs/alihouse/alibaba.alihouse.existinghome.house.upself.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.house.upself` (房源上架). */
export interface AlibabaAlihouseExistinghomeHouseUpselfRequest {
  /** 外部小区id */
  community_outer_id: string;
  /** 外部房源id */
  outer_id: string;
  /** 外部委托id */
  outer_entrust_id?: string;
  /** 1-新房，2-小区，3-公寓。与楼盘的枚举对齐，目的是查询小区或者是公寓数据 */
  business_type?: Int64Input;
  /** 是否异步，0同步，1异步 */
  is_async?: Int64Input;
  /** ms级时间戳 */
  etc_version?: Int64Input;
}

/** Response of `alibaba.alihouse.existinghome.house.upself`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeHouseUpselfResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeHouseUpselfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.existinghome.house.upself`. */
export interface AlibabaAlihouseExistinghomeHouseUpselfResult {
  /** code */
  code?: string;
  /** 失败信息 */
  message?: string;
  /** true或false */
  is_success?: boolean;
  /** 操作结果 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  community_outer_id: 'String',
  outer_id: 'String',
  outer_entrust_id: 'String',
  business_type: 'Number',
  is_async: 'Number',
  etc_version: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.house.upself`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeHouseUpselfOperation = {
  method: 'alibaba.alihouse.existinghome.house.upself',
  responseRoot: 'alibaba_alihouse_existinghome_house_upself_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 房源上架 — calls TOP method `alibaba.alihouse.existinghome.house.upself`.
 *
 * 房源信息上架
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeHouseUpself(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeHouseUpselfRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeHouseUpselfResponse> {
  return client.call<AlibabaAlihouseExistinghomeHouseUpselfResponse>(
    {
      method: 'alibaba.alihouse.existinghome.house.upself',
      responseRoot: 'alibaba_alihouse_existinghome_house_upself_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
