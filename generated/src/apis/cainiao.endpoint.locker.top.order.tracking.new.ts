// Generated from specs/cainiaolocker/cainiao.endpoint.locker.top.order.tracking.new.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.endpoint.locker.top.order.tracking.new` (事件回传接口). */
export interface CainiaoEndpointLockerTopOrderTrackingNewRequest {
  /** 回传信息 */
  track_info: CainiaoEndpointLockerTopOrderTrackingNewCollectTrackingInfoInput;
}

/** Response of `cainiao.endpoint.locker.top.order.tracking.new`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoEndpointLockerTopOrderTrackingNewResponse {
  /** result */
  result?: CainiaoEndpointLockerTopOrderTrackingNewSingleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CollectTrackingInfo` of `cainiao.endpoint.locker.top.order.tracking.new`. */
export interface CainiaoEndpointLockerTopOrderTrackingNewCollectTrackingInfoInput {
  /** 站点id */
  station_id: string;
  /** 订单类型(0-代收业务) */
  order_type: Int64Input;
  /** 订单对应的取件人电话 */
  getter_phone?: string;
  /** 订单对应的投件人电话 */
  post_phone?: string;
  /** 扩展数据（JSON格式的键值对），如果是取件码取件，请返回取件使用的取件码 */
  extra?: string;
  /** 动作发生时间戳，单位：毫秒 */
  action_time: Int64Input;
  /** 站点编码 */
  station_no?: string;
  /** 运单号 */
  mail_no?: string;
  /** 动作编码 */
  action_code: string;
  /** 站点订单编码 */
  order_code?: string;
  /** 快递公司编号 */
  cp_code?: string;
}

/** `SingleResult` of `cainiao.endpoint.locker.top.order.tracking.new`. */
export interface CainiaoEndpointLockerTopOrderTrackingNewSingleResult {
  /** 返回信息描述/错误信息描述 */
  error_desc?: string;
  /** 参照返回码定义 */
  error_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  track_info: {
    station_id: 'String',
    order_type: 'Number',
    getter_phone: 'String',
    post_phone: 'String',
    extra: 'String',
    action_time: 'Number',
    station_no: 'String',
    mail_no: 'String',
    action_code: 'String',
    order_code: 'String',
    cp_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_desc: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.endpoint.locker.top.order.tracking.new`: method, response root, request and response schemas. */
export const cainiaoEndpointLockerTopOrderTrackingNewOperation = {
  method: 'cainiao.endpoint.locker.top.order.tracking.new',
  responseRoot: 'cainiao_endpoint_locker_top_order_tracking_new_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 事件回传接口 — calls TOP method `cainiao.endpoint.locker.top.order.tracking.new`.
 *
 * 用于合作公司通知入站、出站信息到菜鸟，共定义了5个操作，1个投件操作，3个取件操作，1个超时提醒。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoEndpointLockerTopOrderTrackingNew(
  client: TopClient,
  request: CainiaoEndpointLockerTopOrderTrackingNewRequest,
  options?: CallOptions,
): Promise<CainiaoEndpointLockerTopOrderTrackingNewResponse> {
  return client.call<CainiaoEndpointLockerTopOrderTrackingNewResponse>(
    {
      method: 'cainiao.endpoint.locker.top.order.tracking.new',
      responseRoot: 'cainiao_endpoint_locker_top_order_tracking_new_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
