// Generated from specs/xhotelonlineorder/taobao.xhotel.order.future.info.put.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.future.info.put` (订单信息上传更新). */
export interface TaobaoXhotelOrderFutureInfoPutRequest {
  /** 商家请求流水号 */
  out_uuid: string;
  /** 操作类型 21: 订单状态更新（商家推送订单状态变更）23：酒店房态信息上传（上传一段时间内的酒店房态）25：在线开发票请求确认 26：自助选房请求进行请求确认 27：自助checkIn请求进行请求确认 32: 扫脸入住入住信息回传 （飞猪将登记至公安系统） */
  operate_type: Int64Input;
  /** 酒店编码 */
  hotel_code: string;
  /** 字段详细介绍参见 https://open.alitrip.com/docs/doc.htm?docType=1&articleId=106153 */
  context: string;
  /** 商家vendor信息。具体值咨询淘宝技术 */
  vendor?: string;
  /** 请求流水号 */
  request_id?: string;
}

/** Response of `taobao.xhotel.order.future.info.put`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderFutureInfoPutResponse {
  /** 是否成功标记 */
  issuccess?: boolean;
  /** 错误码 */
  errcode?: string;
  /** 错误描述 */
  eerrmsg?: string;
  /** 是否更新失败。返回false表示更新成功。否则请读取错误码与错误描述 */
  error?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  out_uuid: 'String',
  operate_type: 'Number',
  hotel_code: 'String',
  context: 'String',
  vendor: 'String',
  request_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  issuccess: 'Boolean',
  errcode: 'String',
  eerrmsg: 'String',
  error: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.future.info.put`: method, response root, request and response schemas. */
export const taobaoXhotelOrderFutureInfoPutOperation = {
  method: 'taobao.xhotel.order.future.info.put',
  responseRoot: 'xhotel_order_future_info_put_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单信息上传更新 — calls TOP method `taobao.xhotel.order.future.info.put`.
 *
 * 商家调用推送信息给飞猪平台。 支持如下操作类型：21: 订单状态更新（商家推送订单状态变更）23：酒店房态信息上传（上传一段时间内的酒店房态）25：在线开发票请求确认 26：自助选房请求进行请求确认 27：自助checkIn请求进行请求确认 32: 扫脸入住入住信息回传 （飞猪将登记至公安系统）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderFutureInfoPut(
  client: TopClient,
  request: TaobaoXhotelOrderFutureInfoPutRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderFutureInfoPutResponse> {
  return client.call<TaobaoXhotelOrderFutureInfoPutResponse>(
    {
      method: 'taobao.xhotel.order.future.info.put',
      responseRoot: 'xhotel_order_future_info_put_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
