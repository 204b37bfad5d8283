// Generated from specs/tblogistics/taobao.logistics.dummy.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.dummy.send` (无需物流（虚拟）发货处理). */
export interface TaobaoLogisticsDummySendRequest {
  /**
   * feature参数格式
   * 范例: identCode=tid1:识别码1,识别码2|tid2:识别码3;machineCode=tid3:3C机器号A,3C机器号B
   * identCode为识别码的KEY,machineCode为3C的KEY,多个key之间用”;”分隔
   * “tid1:识别码1,识别码2|tid2:识别码3”为identCode对应的value。"|"不同商品间的分隔符。
   * 例1商品和2商品，之间就用"|"分开。
   * TID就是商品代表的子订单号，对应taobao.trade.fullinfo.get 接口获得的oid字段。(通过OID可以唯一定位到当前商品上)
   * ":"TID和具体传入参数间的分隔符。冒号前表示TID,之后代表该商品的参数属性。
   * "," 属性间分隔符。（对应商品数量，当存在一个商品的数量超过1个时，用逗号分开）。
   * 具体:当订单中A商品的数量为2个，其中手机串号分别为"12345","67890"。
   * 参数格式：identCode=TIDA:12345,67890。TIDA对应了A宝贝，冒号后用逗号分隔的"12345","67890".说明本订单A宝贝的数量为2，值分别为"12345","67890"。
   * 当存在"|"时，就说明订单中存在多个商品，商品间用"|"分隔了开来。|"之后的内容含义同上。
   */
  feature?: string;
  /** 商家的IP地址 */
  seller_ip?: string;
  /** 淘宝交易ID */
  tid: Int64Input;
}

/** Response of `taobao.logistics.dummy.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsDummySendResponse {
  /** 返回发货是否成功is_success */
  shipping?: TaobaoLogisticsDummySendShipping;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Shipping` of `taobao.logistics.dummy.send`. */
export interface TaobaoLogisticsDummySendShipping {
  /** 返回发货是否成功。 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  feature: 'String',
  seller_ip: 'String',
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  shipping: {
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.dummy.send`: method, response root, request and response schemas. */
export const taobaoLogisticsDummySendOperation = {
  method: 'taobao.logistics.dummy.send',
  responseRoot: 'logistics_dummy_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 无需物流（虚拟）发货处理 — calls TOP method `taobao.logistics.dummy.send`.
 *
 * 用户调用该接口可实现无需物流（虚拟）发货,使用该接口发货，交易订单状态会直接变成卖家已发货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsDummySend(
  client: TopClient,
  request: TaobaoLogisticsDummySendRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsDummySendResponse> {
  return client.call<TaobaoLogisticsDummySendResponse>(
    {
      method: 'taobao.logistics.dummy.send',
      responseRoot: 'logistics_dummy_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
