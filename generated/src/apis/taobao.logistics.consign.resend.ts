// Generated from specs/logistic/taobao.logistics.consign.resend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.consign.resend` (修改物流公司和运单号). */
export interface TaobaoLogisticsConsignResendRequest {
  /**
   * 淘宝交易ID
   *
   * Min value: 1000
   */
  tid: Int64Input;
  /**
   * 拆单子订单列表，对应的数据是：子订单号列表。可以不传，但是如果传了则必须符合传递的规则。子订单必须是操作的物流订单的子订单的真子集！
   *
   * Max list size: 50
   */
  sub_tid?: Int64Input[];
  /** 表明是否是拆单，默认值0，1表示拆单 */
  is_split?: Int64Input;
  /** 运单号.具体一个物流公司的真实运单号码。淘宝官方物流会校验，请谨慎传入； */
  out_sid: string;
  /**
   * 物流公司代码.如"POST"代表中国邮政,"ZJS"代表宅急送。调用 taobao.logistics.companies.get 获取。
   * 如果是货到付款订单，选择的物流公司必须支持货到付款发货方式
   */
  company_code: string;
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
}

/** Response of `taobao.logistics.consign.resend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsConsignResendResponse {
  /** 返回发货是否成功is_success */
  shipping?: TaobaoLogisticsConsignResendShipping;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Shipping` of `taobao.logistics.consign.resend`. */
export interface TaobaoLogisticsConsignResendShipping {
  /** 返回发货是否成功。 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  sub_tid: ['Number'],
  is_split: 'Number',
  out_sid: 'String',
  company_code: 'String',
  feature: 'String',
  seller_ip: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  shipping: {
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.consign.resend`: method, response root, request and response schemas. */
export const taobaoLogisticsConsignResendOperation = {
  method: 'taobao.logistics.consign.resend',
  responseRoot: 'logistics_consign_resend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改物流公司和运单号 — calls TOP method `taobao.logistics.consign.resend`.
 *
 * 支持卖家发货后修改运单号;支持在线下单和自己联系两种发货方式;使用条件：
 *
 * 1、必须是已发货订单，自己联系发货的必须50天内才可修改；在线下单的，必须下单后物流公司未揽收成功前才可修改；
 * 2、自己联系只能切换为自己联系的公司，在线下单也只能切换为在线下单的物流公司。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsConsignResend(
  client: TopClient,
  request: TaobaoLogisticsConsignResendRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsConsignResendResponse> {
  return client.call<TaobaoLogisticsConsignResendResponse>(
    {
      method: 'taobao.logistics.consign.resend',
      responseRoot: 'logistics_consign_resend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
