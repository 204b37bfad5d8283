// Generated from specs/tmallservice/tmall.servicecenter.workcard.updatelogistics.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.updatelogistics` (更新物流进度). */
export interface TmallServicecenterWorkcardUpdatelogisticsRequest {
  /** 工单号 */
  workcard_id: Int64Input;
  /** 工单操作 */
  action: string;
  /** 快递公司 */
  express_company?: string;
  /** 快递号 */
  express_code?: string;
}

/** Response of `tmall.servicecenter.workcard.updatelogistics`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardUpdatelogisticsResponse {
  /** 返回信息 */
  result?: TmallServicecenterWorkcardUpdatelogisticsFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.workcard.updatelogistics`. */
export interface TmallServicecenterWorkcardUpdatelogisticsFulfilplatformResult {
  /** 是否失败 */
  success?: boolean;
  /** 错误原因描述 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  action: 'String',
  express_company: 'String',
  express_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.updatelogistics`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardUpdatelogisticsOperation = {
  method: 'tmall.servicecenter.workcard.updatelogistics',
  responseRoot: 'tmall_servicecenter_workcard_updatelogistics_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新物流进度 — calls TOP method `tmall.servicecenter.workcard.updatelogistics`.
 *
 * 提供给外部合作服务商的物流进度更改接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardUpdatelogistics(
  client: TopClient,
  request: TmallServicecenterWorkcardUpdatelogisticsRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardUpdatelogisticsResponse> {
  return client.call<TmallServicecenterWorkcardUpdatelogisticsResponse>(
    {
      method: 'tmall.servicecenter.workcard.updatelogistics',
      responseRoot: 'tmall_servicecenter_workcard_updatelogistics_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
