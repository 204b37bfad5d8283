// Generated from specs/bus/taobao.bus.item.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.item.notify` (汽车票城际巴士车次变更通知飞猪接口). */
export interface TaobaoBusItemNotifyRequest {
  /** 请求参数 */
  param_top_item_change_notify_r_q: TaobaoBusItemNotifyTopItemChangeNotifyRQInput;
}

/** Response of `taobao.bus.item.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusItemNotifyResponse {
  /** 错误码 */
  result_code?: string;
  /** 错误描述 */
  result_msg?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopItemChangeNotifyRQ` of `taobao.bus.item.notify`. */
export interface TaobaoBusItemNotifyTopItemChangeNotifyRQInput {
  /** 出发城市 */
  from_city: string;
  /** 目的地城市 */
  to_city: string;
  /** 发车日期，格式：yyyy-MM-dd */
  from_date: string;
}

const REQUEST_SCHEMA = {
  param_top_item_change_notify_r_q: {
    from_city: 'String',
    to_city: 'String',
    from_date: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.item.notify`: method, response root, request and response schemas. */
export const taobaoBusItemNotifyOperation = {
  method: 'taobao.bus.item.notify',
  responseRoot: 'bus_item_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票城际巴士车次变更通知飞猪接口 — calls TOP method `taobao.bus.item.notify`.
 *
 * 供应商线路信息变更（如价格，发车时间，新增班次）同步到飞猪销售端需要 10分钟-10个小时的时间(跟供应商线路数量,接口可支持的并发量有关)。
 * 为了让供应商线路信息变更能够及时体现到飞猪销售端，供应商可以在修改完自身系统的线路信息后，主动调用该接口通知飞猪，飞猪会将该线路数据进行一次同步。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusItemNotify(
  client: TopClient,
  request: TaobaoBusItemNotifyRequest,
  options?: CallOptions,
): Promise<TaobaoBusItemNotifyResponse> {
  return client.call<TaobaoBusItemNotifyResponse>(
    {
      method: 'taobao.bus.item.notify',
      responseRoot: 'bus_item_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
