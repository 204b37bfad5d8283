// Generated from specs/alicom/alibaba.aliqin.tcc.trade.identity.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.tcc.trade.identity.get` (运营商获得用户身份信息). */
export interface AlibabaAliqinTccTradeIdentityGetRequest {
  /** 订单编号 */
  biz_order_id: Int64Input;
  /** 店铺名称 */
  seller_nick: string;
}

/** Response of `alibaba.aliqin.tcc.trade.identity.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinTccTradeIdentityGetResponse {
  /** 返回身份信息 */
  result?: AlibabaAliqinTccTradeIdentityGetIdentityInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdentityInfo` of `alibaba.aliqin.tcc.trade.identity.get`. */
export interface AlibabaAliqinTccTradeIdentityGetIdentityInfo {
  /** 身份证背面图片 */
  back_image_url?: string;
  /** 订单id */
  biz_order_id?: Int64;
  /** 身份证号码 */
  card_num?: string;
  /** 身份证正面图片 */
  front_image_url?: string;
  /** 手持照 */
  hold_image_url?: string;
  /** 姓名 */
  name?: string;
  /** 地址 */
  address?: string;
  /** 是否长期有效 */
  long_term?: boolean;
  /** 卡类型 */
  card_type?: string;
  /** 失效时间 */
  card_expire_date?: string;
  /** 身份证生效时间 */
  start_date?: string;
  /** 身份证失效时间 */
  end_date?: string;
  /** biometricSeq */
  biometric_seq?: string;
  /** 套餐合约相关信息 */
  contact_info?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
  seller_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    back_image_url: 'String',
    biz_order_id: 'Number',
    card_num: 'String',
    front_image_url: 'String',
    hold_image_url: 'String',
    name: 'String',
    address: 'String',
    long_term: 'Boolean',
    card_type: 'String',
    card_expire_date: 'Date',
    start_date: 'String',
    end_date: 'String',
    biometric_seq: 'String',
    contact_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.tcc.trade.identity.get`: method, response root, request and response schemas. */
export const alibabaAliqinTccTradeIdentityGetOperation = {
  method: 'alibaba.aliqin.tcc.trade.identity.get',
  responseRoot: 'alibaba_aliqin_tcc_trade_identity_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 运营商获得用户身份信息 — calls TOP method `alibaba.aliqin.tcc.trade.identity.get`.
 *
 * 天猫网厅运营商官方旗舰店获取用户身份信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinTccTradeIdentityGet(
  client: TopClient,
  request: AlibabaAliqinTccTradeIdentityGetRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinTccTradeIdentityGetResponse> {
  return client.call<AlibabaAliqinTccTradeIdentityGetResponse>(
    {
      method: 'alibaba.aliqin.tcc.trade.identity.get',
      responseRoot: 'alibaba_aliqin_tcc_trade_identity_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
