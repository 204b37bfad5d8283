// Generated from specs/xhotelofficial/taobao.xhotel.order.official.precheck.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.official.precheck` (官网信用住用户资格预校验接口). */
export interface TaobaoXhotelOrderOfficialPrecheckRequest {
  /** 证件号, 如果加密方式设置为1, 传入加密后的证件号（建议明文传递） */
  id_number: string;
  /** 总的收费金额，单位为分 */
  total_fee: Int64Input;
  /** 参数必填，发布到阿里旅行的酒店编码 */
  hotel_code: string;
  /** 加密方式, 默认0: 不加密, 信息会通过淘宝开放平台传输, 阿里旅行可以获取到具体信息; 1: SHA-1不可逆加密, 阿里旅行方面无法解析到具体信息, 只用于做信息匹配.注意加密后生成40字节长度的字符串(目前不建议加密) */
  encrypt_type?: Int64Input;
  /** 证件类型, 默认0:身份证; 1: 护照; 2:警官证; 3:士兵证; 4: 回乡证（目前仅仅支持身份证） */
  id_type?: Int64Input;
  /** 验证类型.可以不设置. 默认0-下单前资格校验;1-已经创建的信用住订单,入住人在checkIn时的资格复审（无特殊要求不填写） */
  type?: Int64Input;
  /** 请咨酒店对接负责人, 用于和outHid共同定位一个酒店 */
  vendor?: string;
  /** 入住人姓名 */
  guest_name: string;
  /** 客人手机号 */
  mobile_no: string;
}

/** Response of `taobao.xhotel.order.official.precheck`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderOfficialPrecheckResponse {
  /** 是否符合信用住条件 */
  match_condition?: boolean;
  /** 当match_condition=false时该字段有意义,用于说明用户不符合信用住条件的原因。以下两种情况，请不要读取此字段值（1、match_condition=true；2、当match_condition=false并且action=1时候（action=1表示用户未签约信用住）） */
  reason?: string;
  /** 入参信息回传, 用于校验的证件号码 */
  id_number?: string;
  /** 当match_condition=false时该字段有意义,用于标示当用户不符合条件时,应该进行的下一步动作. 0或者空: 用户没有资格使用信用住。可以读取reson字段查看原因。 1: 表示用户符合资格，但是未签约信用住。可以提示用户进行签约后重试。 */
  action?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id_number: 'String',
  total_fee: 'Number',
  hotel_code: 'String',
  encrypt_type: 'Number',
  id_type: 'Number',
  type: 'Number',
  vendor: 'String',
  guest_name: 'String',
  mobile_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  match_condition: 'Boolean',
  reason: 'String',
  id_number: 'String',
  action: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.official.precheck`: method, response root, request and response schemas. */
export const taobaoXhotelOrderOfficialPrecheckOperation = {
  method: 'taobao.xhotel.order.official.precheck',
  responseRoot: 'xhotel_order_official_precheck_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 官网信用住用户资格预校验接口 — calls TOP method `taobao.xhotel.order.official.precheck`.
 *
 * 官网信用住用户资格预校验接口是在订单创建之前，根据入住人身份信息对其做预先校验是否具有信用住资格。可以优化用户预定体验，对于无资格的用户在预定前即不可进行信用住的选择。减少在提交预定后预定失败体验。该接口为可选对接接口，商家可根据实际情况自行决定是否对接。
 *
 * 接口使用场景
 *
 * 提交订单前的预定人信用住资格预先校验，卖家可决定是否在搜索，预订页，补全身份信息时进行调用，以便决定信用住是否提供给用户
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderOfficialPrecheck(
  client: TopClient,
  request: TaobaoXhotelOrderOfficialPrecheckRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderOfficialPrecheckResponse> {
  return client.call<TaobaoXhotelOrderOfficialPrecheckResponse>(
    {
      method: 'taobao.xhotel.order.official.precheck',
      responseRoot: 'xhotel_order_official_precheck_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
