// Generated from specs/idleisv/alibaba.idle.isv.order.ship.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.order.ship` (闲鱼订单服务商物流发货). */
export interface AlibabaIdleIsvOrderShipRequest {
  /** 订单号 */
  biz_order_id: string;
  /** 物流公司(底层最新发货已不使用) */
  logistics_company?: string;
  /** 运单号 */
  ship_mail_no: string;
  /** 发货人手机号码，用于菜鸟同步物流信息[重要] */
  sender_phone?: string;
  /** 发货人地址，用于菜鸟同步物流信息[重要] */
  sender_address?: string;
  /** 发货人姓名，用于菜鸟同步物流信息[重要] */
  sender_name?: string;
  /** 行政区划Id，最小行政单位code，若是地区级别，则为地区级别的id；否则为城市级别的id(long型，6位) */
  sender_divisionid?: Int64Input;
  /** 快递公司编码,从alibaba.idle.logistics.companies.query查询 */
  lc_code?: string;
}

/** Response of `alibaba.idle.isv.order.ship`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvOrderShipResponse {
  /** 请求结果，是否成功 */
  result_success?: boolean;
  /** 错误码 */
  result_err_code?: string;
  /** 业务逻辑结果，暂时不用 */
  result_module?: boolean;
  /** 错误信息 */
  result_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'String',
  logistics_company: 'String',
  ship_mail_no: 'String',
  sender_phone: 'String',
  sender_address: 'String',
  sender_name: 'String',
  sender_divisionid: 'Number',
  lc_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_success: 'Boolean',
  result_err_code: 'String',
  result_module: 'Boolean',
  result_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.order.ship`: method, response root, request and response schemas. */
export const alibabaIdleIsvOrderShipOperation = {
  method: 'alibaba.idle.isv.order.ship',
  responseRoot: 'alibaba_idle_isv_order_ship_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼订单服务商物流发货 — calls TOP method `alibaba.idle.isv.order.ship`.
 *
 * 闲鱼开放平台服务商订单发货接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvOrderShip(
  client: TopClient,
  request: AlibabaIdleIsvOrderShipRequest,
  options?: CallOptions,
): Promise<AlibabaIdleIsvOrderShipResponse> {
  return client.call<AlibabaIdleIsvOrderShipResponse>(
    {
      method: 'alibaba.idle.isv.order.ship',
      responseRoot: 'alibaba_idle_isv_order_ship_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
