// Generated from specs/tmallservice/tmall.servicecenter.workcard.repairprogress.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.repairprogress.update` (更新维修进度). */
export interface TmallServicecenterWorkcardRepairprogressUpdateRequest {
  /** 真实接单服务商账号Nick */
  real_tp_nick?: string;
  /**
   * 图片列表
   *
   * Max list size: 20
   */
  pic_url_list?: string[];
  /** 请求节点的动作描述，唯一标识一个节点 */
  action: string;
  /** 工单id */
  workcard_id: Int64Input;
  /** 衣服，鞋子 */
  received_goods?: string;
  /** 服务目标物瑕疵信息 */
  target_goods_defects?: string;
}

/** Response of `tmall.servicecenter.workcard.repairprogress.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardRepairprogressUpdateResponse {
  /** 返回结果 */
  result?: TmallServicecenterWorkcardRepairprogressUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.workcard.repairprogress.update`. */
export interface TmallServicecenterWorkcardRepairprogressUpdateResult {
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  real_tp_nick: 'String',
  pic_url_list: ['String'],
  action: 'String',
  workcard_id: 'Number',
  received_goods: 'String',
  target_goods_defects: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.repairprogress.update`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardRepairprogressUpdateOperation = {
  method: 'tmall.servicecenter.workcard.repairprogress.update',
  responseRoot: 'tmall_servicecenter_workcard_repairprogress_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新维修进度 — calls TOP method `tmall.servicecenter.workcard.repairprogress.update`.
 *
 * 提供给外部合作服务商的维修进度更改接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardRepairprogressUpdate(
  client: TopClient,
  request: TmallServicecenterWorkcardRepairprogressUpdateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardRepairprogressUpdateResponse> {
  return client.call<TmallServicecenterWorkcardRepairprogressUpdateResponse>(
    {
      method: 'tmall.servicecenter.workcard.repairprogress.update',
      responseRoot: 'tmall_servicecenter_workcard_repairprogress_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
