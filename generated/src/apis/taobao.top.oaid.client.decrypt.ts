// Generated from specs/tbtrade/taobao.top.oaid.client.decrypt.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.oaid.client.decrypt` (端侧OAID解密). */
export interface TaobaoTopOaidClientDecryptRequest {
  /** 安全令牌 */
  sec_once_token: string;
  /**
   * 解密请求列表，长度不要超过1（只能单笔解密，不支持批量解密）。
   *
   * Max list size: 999
   */
  query_list: TaobaoTopOaidClientDecryptReceiverQueryInput[];
}

/** Response of `taobao.top.oaid.client.decrypt`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopOaidClientDecryptResponse {
  /** 收件人列表 */
  receiver_list?: TaobaoTopOaidClientDecryptReceiver[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReceiverQuery` of `taobao.top.oaid.client.decrypt`. */
export interface TaobaoTopOaidClientDecryptReceiverQueryInput {
  /** 交易订单ID */
  tid: string;
  /** 收件人ID (Open Addressee ID)，长度在128个字符之内。 */
  oaid: string;
  /** 解密场景编号。不同场景，解密策略不同。请根据产品功能选择相应的场景编号。可选的场景：1001(顺丰电子面单发货)、1002(4通一达电子面单发货)、1003(EMS电子面单发货)、1004(其他电子面单发货)、1005(线下门店发货)、1006(手工单发货)、1007(代发货)、2001(客户售后服务)、2002(客户关怀)，详情点击 */
  scene: string;
  /** 隐私号绑定天数 */
  secret_no_days?: Int64Input;
}

/** `Receiver` of `taobao.top.oaid.client.decrypt`. */
export interface TaobaoTopOaidClientDecryptReceiver {
  /** 交易编号 */
  order_id?: string;
  /** 收件人ID (Open Addressee ID)，长度在128个字符之内。 */
  oaid?: string;
  /** 收件人的详细地址 */
  address_detail?: string;
  /** 收货人街道地址 */
  town?: string;
  /** 收货人的所在地区 */
  district?: string;
  /** 收货人的所在城市 */
  city?: string;
  /** 收货人的所在省份 */
  state?: string;
  /** 收货人国籍 */
  country?: string;
  /** 收件人的电话号码 */
  phone?: string;
  /** 收件人的手机号 */
  mobile?: string;
  /** 收件人的姓名 */
  name?: string;
  /** oaid是否和tid当前的oaid匹配。true：匹配，false：不匹配。当不匹配时，建议通过taobao.trade.fullinfo.get获取最新的oaid。 */
  matched?: boolean;
  /** 隐私号过期时间 */
  secret_no_expire_time?: string;
}

const REQUEST_SCHEMA = {
  sec_once_token: 'String',
  query_list: [
    {
      tid: 'String',
      oaid: 'String',
      scene: 'String',
      secret_no_days: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  receiver_list: [
    {
      order_id: 'String',
      oaid: 'String',
      address_detail: 'String',
      town: 'String',
      district: 'String',
      city: 'String',
      state: 'String',
      country: 'String',
      phone: 'String',
      mobile: 'String',
      name: 'String',
      matched: 'Boolean',
      secret_no_expire_time: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.oaid.client.decrypt`: method, response root, request and response schemas. */
export const taobaoTopOaidClientDecryptOperation = {
  method: 'taobao.top.oaid.client.decrypt',
  responseRoot: 'top_oaid_client_decrypt_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 端侧OAID解密 — calls TOP method `taobao.top.oaid.client.decrypt`.
 *
 * 解码OAID(Open Addressee ID)，返回收件人信息。该接口用于客户端直接查看订单隐私数据，解密数据不经过ISV服务器，且包含风控等安全检测。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopOaidClientDecrypt(
  client: TopClient,
  request: TaobaoTopOaidClientDecryptRequest,
  options?: CallOptions,
): Promise<TaobaoTopOaidClientDecryptResponse> {
  return client.call<TaobaoTopOaidClientDecryptResponse>(
    {
      method: 'taobao.top.oaid.client.decrypt',
      responseRoot: 'top_oaid_client_decrypt_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
