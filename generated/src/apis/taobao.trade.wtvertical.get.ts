// Generated from specs/trade/taobao.trade.wtvertical.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.wtvertical.get` (网厅垂直信息查询接口). */
export interface TaobaoTradeWtverticalGetRequest {
  /**
   * 主订单列表,用“，”分隔tid的字符串,最大列表长度为15
   *
   * Max list size: 15
   */
  tids: string[];
}

/** Response of `taobao.trade.wtvertical.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeWtverticalGetResponse {
  /** 返回交易垂直信息的数据结构 */
  wtext_results?: TaobaoTradeWtverticalGetWtExtResult[];
  /** 返回查询记录的条数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WtExtResult` of `taobao.trade.wtvertical.get`. */
export interface TaobaoTradeWtverticalGetWtExtResult {
  /** 交易id */
  tid?: Int64;
  /** 用户手机号码 */
  phone_num?: string;
  /** 手机号码所在城市的区位码 */
  phone_city_code?: string;
  /** 手机号码所在省份的区位码 */
  phone_province_code?: string;
  /** 套餐名称 */
  plan_title?: string;
  /** 套餐商家编码 */
  out_plan_id?: string;
  /** 合约计划商家编码 */
  out_package_id?: string;
  /** 套餐开通规则 */
  effect_rule?: Int64;
  /** 协议商家编码 */
  agreement_id?: Int64;
  /** 机主姓名 */
  phone_owner_name?: string;
  /** 证件类型 */
  cert_type?: Int64;
  /** 证件号 */
  cert_card_num?: string;
  /** 号码预存款(单位是分) */
  phone_deposit?: Int64;
  /** 减免 号码预存款(单位是分) */
  phone_free_deposit?: Int64;
  /** 实人认证方式，如：V1,V2，默认V1 */
  auth_type?: string;
  /** 合约用户类型，0=老用户合约机，1=新用户合约机，2=新用户合约号卡，99=其它（默认） */
  user_type?: Int64;
  /** 合约类型，合约类目， 0=机卡合约，1001=购物送，1002=阿里通信号卡合约，1003=信用购，1007=话费充值卡，1005=游戏点卡，1006=QQ点卡，99=未知（默认） */
  contract_type?: Int64;
  /** 预留属性字符串 */
  attr?: string;
  /** 安装地址 */
  address?: string;
  /** 联系人 */
  owner_name?: string;
  /** 宽带账号 */
  account?: string;
  /** 描述信息 */
  promotion_desc?: string;
  /** 活体流水id */
  biometric_seq?: string;
}

const REQUEST_SCHEMA = {
  tids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  wtext_results: [
    {
      tid: 'Number',
      phone_num: 'String',
      phone_city_code: 'String',
      phone_province_code: 'String',
      plan_title: 'String',
      out_plan_id: 'String',
      out_package_id: 'String',
      effect_rule: 'Number',
      agreement_id: 'Number',
      phone_owner_name: 'String',
      cert_type: 'Number',
      cert_card_num: 'String',
      phone_deposit: 'Number',
      phone_free_deposit: 'Number',
      auth_type: 'String',
      user_type: 'Number',
      contract_type: 'Number',
      attr: 'String',
      address: 'String',
      owner_name: 'String',
      account: 'String',
      promotion_desc: 'String',
      biometric_seq: 'String',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.wtvertical.get`: method, response root, request and response schemas. */
export const taobaoTradeWtverticalGetOperation = {
  method: 'taobao.trade.wtvertical.get',
  responseRoot: 'trade_wtvertical_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 网厅垂直信息查询接口 — calls TOP method `taobao.trade.wtvertical.get`.
 *
 * 网厅订单垂直信息的查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeWtverticalGet(
  client: TopClient,
  request: TaobaoTradeWtverticalGetRequest,
  options?: CallOptions,
): Promise<TaobaoTradeWtverticalGetResponse> {
  return client.call<TaobaoTradeWtverticalGetResponse>(
    {
      method: 'taobao.trade.wtvertical.get',
      responseRoot: 'trade_wtvertical_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
