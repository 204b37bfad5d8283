// Generated from specs/tvpay/taobao.tvpay.access.data.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tvpay.access.data.get` (tv支付). */
export interface TaobaoTvpayAccessDataGetRequest {
  /** 设备id */
  device_id: string;
  /** 来源 */
  from?: string;
  /** 账号客户端版本 */
  account_client_version: string;
  /** 订单id */
  out_order_no: string;
}

/** Response of `taobao.tvpay.access.data.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTvpayAccessDataGetResponse {
  /** Top返回对象 */
  result?: TaobaoTvpayAccessDataGetTopResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultDo` of `taobao.tvpay.access.data.get`. */
export interface TaobaoTvpayAccessDataGetTopResultDo {
  /** 状态码 */
  code?: string;
  /** 结构体 */
  data?: TaobaoTvpayAccessDataGetGetLoginInfoByOrderResultDo;
  /** 消息 */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `GetLoginInfoByOrderResultDo` of `taobao.tvpay.access.data.get`. */
export interface TaobaoTvpayAccessDataGetGetLoginInfoByOrderResultDo {
  /** 登陆信息，json */
  access_data?: string;
  /** 是否有登陆信息 */
  has_login_info?: boolean;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  from: 'String',
  account_client_version: 'String',
  out_order_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      access_data: 'String',
      has_login_info: 'Boolean',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tvpay.access.data.get`: method, response root, request and response schemas. */
export const taobaoTvpayAccessDataGetOperation = {
  method: 'taobao.tvpay.access.data.get',
  responseRoot: 'tvpay_access_data_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tv支付 — calls TOP method `taobao.tvpay.access.data.get`.
 *
 * 在匿名用户支付后尝试为其登陆绑定的淘宝账号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTvpayAccessDataGet(
  client: TopClient,
  request: TaobaoTvpayAccessDataGetRequest,
  options?: CallOptions,
): Promise<TaobaoTvpayAccessDataGetResponse> {
  return client.call<TaobaoTvpayAccessDataGetResponse>(
    {
      method: 'taobao.tvpay.access.data.get',
      responseRoot: 'tvpay_access_data_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
