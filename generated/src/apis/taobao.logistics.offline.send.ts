// Generated from specs/logistic/taobao.logistics.offline.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.offline.send` (自己联系物流（线下物流）发货). */
export interface TaobaoLogisticsOfflineSendRequest {
  /** 卖家联系人地址库ID，可以通过taobao.logistics.address.search接口查询到地址库ID。 如果为空，取的卖家的默认退货地址 */
  cancel_id?: Int64Input;
  /** 物流公司代码.如"POST"就代表中国邮政,"ZJS"就代表宅急送.调用 taobao.logistics.companies.get 获取。 */
  company_code: string;
  /** feature参数格式 范例: identCode=tid1:识别码1,识别码2|tid2:识别码3;machineCode=tid3:3C机器号A,3C机器号B identCode为识别码的KEY,machineCode为3C的KEY,多个key之间用”;”分隔 “tid1:识别码1,识别码2|tid2:识别码3”为identCode对应的value。 "|"不同商品间的分隔符。 例1商品和2商品，之间就用"|"分开。 TID就是商品代表的子订单号，对应taobao.trade.fullinfo.get 接口获得的oid字段。(通过OID可以唯一定位到当前商品上) ":"TID和具体传入参数间的分隔符。冒号前表示TID,之后代表该商品的参数属性。 "," 属性间分隔符。（对应商品数量，当存在一个商品的数量超过1个时，用逗号分开）。 具体:当订单中A商品的数量为2个，其中手机串号分别为"12345","67890"。 参数格式：identCode=TIDA:12345,67890。 TIDA对应了A宝贝，冒号后用逗号分隔的"12345","67890".说明本订单A宝贝的数量为2，值分别为"12345","67890"。 当存在"|"时，就说明订单中存在多个商品，商品间用"|"分隔了开来。|"之后的内容含义同上。retailStoreId=12345，发货门店ID或仓信息。retailStoreType=STORE: 发货门店类别，STORE表示门店，WAREHOUSE表示电商仓。对于全渠道订单回传的商家，retailStoreId和retailStoreType字段为必填字段。 */
  feature?: string;
  /** 表明是否是拆单，默认值0，1表示拆单 */
  is_split?: Int64Input;
  /** 运单号.具体一个物流公司的真实运单号码。淘宝官方物流会校验，请谨慎传入； */
  out_sid: string;
  /** 商家的IP地址 */
  seller_ip?: string;
  /** 卖家联系人地址库ID，可以通过taobao.logistics.address.search接口查询到地址库ID。如果为空，取的卖家的默认取货地址 */
  sender_id?: Int64Input;
  /**
   * 需要拆单发货的子订单集合，针对的是一笔交易下有多个子订单需要分开发货的场景；1次可传人多个子订单号，子订单间用逗号隔开；为空表示不做拆单发货。
   *
   * Max list size: 50
   */
  sub_tid?: Int64Input[];
  /** 淘宝交易ID */
  tid: Int64Input;
}

/** Response of `taobao.logistics.offline.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsOfflineSendResponse {
  /** 自己联系的调用结果 */
  shipping?: TaobaoLogisticsOfflineSendShipping;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Shipping` of `taobao.logistics.offline.send`. */
export interface TaobaoLogisticsOfflineSendShipping {
  /** 返回发货是否成功。 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  cancel_id: 'Number',
  company_code: 'String',
  feature: 'String',
  is_split: 'Number',
  out_sid: 'String',
  seller_ip: 'String',
  sender_id: 'Number',
  sub_tid: ['Number'],
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  shipping: {
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.offline.send`: method, response root, request and response schemas. */
export const taobaoLogisticsOfflineSendOperation = {
  method: 'taobao.logistics.offline.send',
  responseRoot: 'logistics_offline_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自己联系物流（线下物流）发货 — calls TOP method `taobao.logistics.offline.send`.
 *
 * 用户调用该接口可实现自己联系发货（线下物流），使用该接口发货，交易订单状态会直接变成卖家已发货。不支持货到付款、在线下单类型的订单。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsOfflineSend(
  client: TopClient,
  request: TaobaoLogisticsOfflineSendRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsOfflineSendResponse> {
  return client.call<TaobaoLogisticsOfflineSendResponse>(
    {
      method: 'taobao.logistics.offline.send',
      responseRoot: 'logistics_offline_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
