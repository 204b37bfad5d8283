// Generated from specs/xhotelonlineorder/taobao.xhotel.future.softmodify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.future.softmodify` (未来酒店信息下发). */
export interface TaobaoXhotelFutureSoftmodifyRequest {
  /** 超时时长，默认3s */
  expire_time?: Int64Input;
  /** 淘宝订单号 */
  tid?: Int64Input;
  /** 外部订单号 */
  out_order_id?: string;
  /** 酒店code */
  hotel_code?: string;
  /** 酒店Id */
  hid?: Int64Input;
  /** 请求报文 */
  context?: string;
  /** 操作类型 */
  operate_type: string;
  /** 请求唯一标识值 */
  request_id: string;
}

/** Response of `taobao.xhotel.future.softmodify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelFutureSoftmodifyResponse {
  /** 请求报文示例：https://open.alitrip.com/docs/doc.htm?spm=a21tt.7629140.0.0.Q8jazn&docType=1&articleId=104398中的自助入住请求示例(升级版)和酒店PMS信息查询 响应报文示例：https://open.alitrip.com/docs/doc.htm?docType=1&articleId=106153中的自助checkIn订单信息上传和通用PMS结果查询结果 */
  context?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  expire_time: 'Number',
  tid: 'Number',
  out_order_id: 'String',
  hotel_code: 'String',
  hid: 'Number',
  context: 'String',
  operate_type: 'String',
  request_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  context: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.future.softmodify`: method, response root, request and response schemas. */
export const taobaoXhotelFutureSoftmodifyOperation = {
  method: 'taobao.xhotel.future.softmodify',
  responseRoot: 'xhotel_future_softmodify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 未来酒店信息下发 — calls TOP method `taobao.xhotel.future.softmodify`.
 *
 * 未来酒店信息下发，包含PMS订单查询和自助入住
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelFutureSoftmodify(
  client: TopClient,
  request: TaobaoXhotelFutureSoftmodifyRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelFutureSoftmodifyResponse> {
  return client.call<TaobaoXhotelFutureSoftmodifyResponse>(
    {
      method: 'taobao.xhotel.future.softmodify',
      responseRoot: 'xhotel_future_softmodify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
