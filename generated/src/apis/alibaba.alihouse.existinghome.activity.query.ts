// Generated from specs/alihouse/alibaba.alihouse.existinghome.activity.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.activity.query` (五福活动经纪人获取). */
export interface AlibabaAlihouseExistinghomeActivityQueryRequest {
  /** 查询的参数 */
  query_info: AlibabaAlihouseExistinghomeActivityQueryActivityQueryInfoDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.activity.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeActivityQueryResponse {
  /** 返回结果 */
  result?: AlibabaAlihouseExistinghomeActivityQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivityQueryInfoDTO` of `alibaba.alihouse.existinghome.activity.query`. */
export interface AlibabaAlihouseExistinghomeActivityQueryActivityQueryInfoDTOInput {
  /** 业务域 1：新房 2：二手房 3：租房 */
  business_type: Int64Input;
  /** 类型1-公司 2-城市品牌店 3-品牌 4-标准门店 5-签约公司 6-经纪人/置业顾问 7-TP账号 */
  type: Int64Input;
  /** 查询的场景类型 */
  scene_type: Int64Input;
  /** 外部查询ID */
  outer_target_ids: string[];
}

/** `Result` of `alibaba.alihouse.existinghome.activity.query`. */
export interface AlibabaAlihouseExistinghomeActivityQueryResult {
  /** 结果信息 */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 处理完成后的消息 */
  message?: string;
  /** 错误/成功码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  query_info: {
    business_type: 'Number',
    type: 'Number',
    scene_type: 'Number',
    outer_target_ids: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.activity.query`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeActivityQueryOperation = {
  method: 'alibaba.alihouse.existinghome.activity.query',
  responseRoot: 'alibaba_alihouse_existinghome_activity_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五福活动经纪人获取 — calls TOP method `alibaba.alihouse.existinghome.activity.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeActivityQuery(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeActivityQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeActivityQueryResponse> {
  return client.call<AlibabaAlihouseExistinghomeActivityQueryResponse>(
    {
      method: 'alibaba.alihouse.existinghome.activity.query',
      responseRoot: 'alibaba_alihouse_existinghome_activity_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
