// Generated from specs/tmallservice/tmall.servicecenter.worker.taglist.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.worker.taglist.get` (获取工人标签). */
export interface TmallServicecenterWorkerTaglistGetRequest {
  /** 工人注册勤鸽时的身份证 */
  id_number: string;
  /** 工人注册勤鸽时的手机号码 */
  mobile: string;
}

/** Response of `tmall.servicecenter.worker.taglist.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkerTaglistGetResponse {
  /** 工人的能力标签 */
  result?: TmallServicecenterWorkerTaglistGetWorkerTag2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkerTag` of `tmall.servicecenter.worker.taglist.get`. */
export interface TmallServicecenterWorkerTaglistGetWorkerTag2 {
  /** 工人能力 */
  result_data?: TmallServicecenterWorkerTaglistGetWorkerTag;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `WorkerTag` of `tmall.servicecenter.worker.taglist.get`. */
export interface TmallServicecenterWorkerTaglistGetWorkerTag {
  /** 黑名单状态 */
  black_list?: boolean;
  /** 飞单状态 */
  degradation?: boolean;
  /** 能力列表 key为能力，value则是对应能力的详细描述. effective: 当前能力是否已经激活。 serviceCode: 工人具备的能力。 abilityLevel: 0: 没有等级，1: 初级工人 2: 中级工人 3:高级工人 4:特级工人 */
  ability_map?: string;
  /** vip工人 */
  vip?: boolean;
  /** 大促工人 */
  big_promotion?: boolean;
}

const REQUEST_SCHEMA = {
  id_number: 'String',
  mobile: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      black_list: 'Boolean',
      degradation: 'Boolean',
      ability_map: 'String',
      vip: 'Boolean',
      big_promotion: 'Boolean',
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.worker.taglist.get`: method, response root, request and response schemas. */
export const tmallServicecenterWorkerTaglistGetOperation = {
  method: 'tmall.servicecenter.worker.taglist.get',
  responseRoot: 'tmall_servicecenter_worker_taglist_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取工人标签 — calls TOP method `tmall.servicecenter.worker.taglist.get`.
 *
 * 服务商获取对应工人的标签
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkerTaglistGet(
  client: TopClient,
  request: TmallServicecenterWorkerTaglistGetRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkerTaglistGetResponse> {
  return client.call<TmallServicecenterWorkerTaglistGetResponse>(
    {
      method: 'tmall.servicecenter.worker.taglist.get',
      responseRoot: 'tmall_servicecenter_worker_taglist_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
