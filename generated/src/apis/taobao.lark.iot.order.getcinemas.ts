// Generated from specs/larkiot/taobao.lark.iot.order.getcinemas.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.lark.iot.order.getcinemas` (获取iot渠道开放的影院). */
export interface TaobaoLarkIotOrderGetcinemasRequest {
  /** 渠道编码 */
  channel_code?: string;
}

/** Response of `taobao.lark.iot.order.getcinemas`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLarkIotOrderGetcinemasResponse {
  /** 有权限的影院列表 */
  data?: TaobaoLarkIotOrderGetcinemasBizListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BizListResult` of `taobao.lark.iot.order.getcinemas`. */
export interface TaobaoLarkIotOrderGetcinemasBizListResult {
  /** 业务码 */
  biz_code?: string;
  /** 业务信息 */
  biz_msg?: string;
  /** 访问结果 */
  success?: boolean;
  /** 影院列表 */
  data_list?: TaobaoLarkIotOrderGetcinemasCinemaIotResponse[];
}

/** `CinemaIotResponse` of `taobao.lark.iot.order.getcinemas`. */
export interface TaobaoLarkIotOrderGetcinemasCinemaIotResponse {
  /** 影院内码 */
  cinema_link_id?: string;
  /** 影院名称 */
  cinema_name?: string;
  /** 影院国家编码 */
  cinema_id?: string;
  /** 城市编码 */
  city_code?: string;
  /** 城市 */
  city?: string;
}

const REQUEST_SCHEMA = {
  channel_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    biz_code: 'String',
    biz_msg: 'String',
    success: 'Boolean',
    data_list: [
      {
        cinema_link_id: 'String',
        cinema_name: 'String',
        cinema_id: 'String',
        city_code: 'String',
        city: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.lark.iot.order.getcinemas`: method, response root, request and response schemas. */
export const taobaoLarkIotOrderGetcinemasOperation = {
  method: 'taobao.lark.iot.order.getcinemas',
  responseRoot: 'lark_iot_order_getcinemas_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取iot渠道开放的影院 — calls TOP method `taobao.lark.iot.order.getcinemas`.
 *
 * iot渠道拉取有权限访问的影院
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLarkIotOrderGetcinemas(
  client: TopClient,
  request: TaobaoLarkIotOrderGetcinemasRequest = {},
  options?: CallOptions,
): Promise<TaobaoLarkIotOrderGetcinemasResponse> {
  return client.call<TaobaoLarkIotOrderGetcinemasResponse>(
    {
      method: 'taobao.lark.iot.order.getcinemas',
      responseRoot: 'lark_iot_order_getcinemas_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
