// Generated from specs/tmallcar/tmall.aliauto.fulfillment.delivery.syn.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.fulfillment.delivery.syn` (交付状态及物流信息同步). */
export interface TmallAliautoFulfillmentDeliverySynRequest {
  /** 入参 */
  req?: TmallAliautoFulfillmentDeliverySynSyncInfoReqInput;
}

/** Response of `tmall.aliauto.fulfillment.delivery.syn`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoFulfillmentDeliverySynResponse {
  /** 出参 */
  result?: TmallAliautoFulfillmentDeliverySynAliAutoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncInfoReq` of `tmall.aliauto.fulfillment.delivery.syn`. */
export interface TmallAliautoFulfillmentDeliverySynSyncInfoReqInput {
  /** 幂等id */
  idempotent?: string;
  /** 变更时间 */
  change_time: DateInput;
  /** 订单id */
  order_id: Int64Input;
  /** 物流轨迹 */
  logistics_trace_req?: TmallAliautoFulfillmentDeliverySynLogisticsTraceReqInput;
  /** 交付状态详细描述 */
  delivery_status_desc?: string;
  /** 交付状态 */
  delivery_status: string;
}

/** `LogisticsTraceReq` of `tmall.aliauto.fulfillment.delivery.syn`. */
export interface TmallAliautoFulfillmentDeliverySynLogisticsTraceReqInput {
  /** 当前区县 */
  current_distinct?: string;
  /** 当前详细地址 */
  current_location_detail?: string;
  /** 纬度 */
  latitude?: string;
  /** 当前城市 */
  current_city?: string;
  /** 当街街道 */
  current_street?: string;
  /** 当前省份 */
  current_province?: string;
  /** 物流轨迹详细描述 */
  logistics_desc?: string;
  /** 经度 */
  longitude?: string;
}

/** `AliAutoResult` of `tmall.aliauto.fulfillment.delivery.syn`. */
export interface TmallAliautoFulfillmentDeliverySynAliAutoResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误code */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  req: {
    idempotent: 'String',
    change_time: 'Date',
    order_id: 'Number',
    logistics_trace_req: {
      current_distinct: 'String',
      current_location_detail: 'String',
      latitude: 'String',
      current_city: 'String',
      current_street: 'String',
      current_province: 'String',
      logistics_desc: 'String',
      longitude: 'String',
    },
    delivery_status_desc: 'String',
    delivery_status: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.fulfillment.delivery.syn`: method, response root, request and response schemas. */
export const tmallAliautoFulfillmentDeliverySynOperation = {
  method: 'tmall.aliauto.fulfillment.delivery.syn',
  responseRoot: 'tmall_aliauto_fulfillment_delivery_syn_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交付状态及物流信息同步 — calls TOP method `tmall.aliauto.fulfillment.delivery.syn`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoFulfillmentDeliverySyn(
  client: TopClient,
  request: TmallAliautoFulfillmentDeliverySynRequest = {},
  options?: CallOptions,
): Promise<TmallAliautoFulfillmentDeliverySynResponse> {
  return client.call<TmallAliautoFulfillmentDeliverySynResponse>(
    {
      method: 'tmall.aliauto.fulfillment.delivery.syn',
      responseRoot: 'tmall_aliauto_fulfillment_delivery_syn_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
