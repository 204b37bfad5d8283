// Generated from specs/xhotelitem/taobao.xhotel.quota.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.quota.update` (库存更新接口). */
export interface TaobaoXhotelQuotaUpdateRequest {
  /** 库存类型,0: 普通库存, 1: 普通保留房库存, 2:协议保留房库存 */
  quota_type: Int64Input;
  /** 是否使用room库存,true使用，false不使用 */
  use_room_inventory?: boolean;
  /** room的gid */
  gid?: Int64Input;
  /** 增减的值 */
  quota: Int64Input;
  /** 数量类型, 2:增加房量,3:减少房量 */
  quota_num_type: Int64Input;
  /**
   * 修改日期列表
   *
   * Max list size: 20
   */
  dates: DateInput[];
  /** rate的id, rate库存时必填 */
  rate_id?: Int64Input;
}

/** Response of `taobao.xhotel.quota.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelQuotaUpdateResponse {
  /** 更新失败补充描述消息 */
  warn_message?: string;
  /** errorCode */
  biz_error_code?: string;
  /** 更新失败错误信息 */
  biz_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  quota_type: 'Number',
  use_room_inventory: 'Boolean',
  gid: 'Number',
  quota: 'Number',
  quota_num_type: 'Number',
  dates: ['Date'],
  rate_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  warn_message: 'String',
  biz_error_code: 'String',
  biz_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.quota.update`: method, response root, request and response schemas. */
export const taobaoXhotelQuotaUpdateOperation = {
  method: 'taobao.xhotel.quota.update',
  responseRoot: 'xhotel_quota_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存更新接口 — calls TOP method `taobao.xhotel.quota.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelQuotaUpdate(
  client: TopClient,
  request: TaobaoXhotelQuotaUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelQuotaUpdateResponse> {
  return client.call<TaobaoXhotelQuotaUpdateResponse>(
    {
      method: 'taobao.xhotel.quota.update',
      responseRoot: 'xhotel_quota_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
