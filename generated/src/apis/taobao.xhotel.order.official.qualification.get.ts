// Generated from specs/xhotel/taobao.xhotel.order.official.qualification.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.official.qualification.get` (官网信用住用户资质校验). */
export interface TaobaoXhotelOrderOfficialQualificationGetRequest {
  /** 总的收费金额，单位为分(必须) */
  total_fee: Int64Input;
  /** 外部请求序列表号\流水号，单次请求的唯一标识(必须) */
  out_u_u_i_d: string;
  /** 酒店外部编码 */
  hotel_code: string;
  /** 客人离店日期, 最多支持9间夜 */
  check_out: DateInput;
  /** 身份证号，必选 */
  id_number: string;
  /** 每日房价,json格式 ，如果是多间房，则是每日多间房总房价(可选) * eg:{"day":"2015-08-12","price":48800}, {"day":"2015-08-13","price":48800} */
  daily_price_info?: string;
  /** 外部会员账号（必选） */
  out_member_account: string;
  /** 用户支付宝唯一识别码(可选) */
  alipay_account?: string;
  /** 入住人姓名（必选） */
  guest_name: string;
  /** 加密方式, 默认0: 不加密, 信息会通过淘宝开放平台传输, 阿里旅行可以获取到具体信息; * 目前只支持不加密 */
  encrypt_type?: Int64Input;
  /** 证件类型, 默认0:身份证; 1: 护照; 2:警官证; 3:士兵证; 4: 回乡证。目前只支持身份证 */
  id_type?: Int64Input;
  /** 商家在淘宝给分配的渠道名（建议填充较好） */
  vendor?: string;
  /** 用户手机号(可选) */
  mobile_no?: string;
  /** 扩展字段，json串，用户后续的营销、统计、定制等需求，目前已有key列表： is_new_user：是否是卖家新用户，1-是，0或者key为null，表示不是 is_first_stay：是否是卖家首住，1-是，0或者key为null，表示不是 （已有列表必须传递） */
  extend_attrs?: string;
  /** 阿里旅行支付（下单）结束后跳转卖家的页面地址（必须） */
  return_url: string;
  /** 卖家接收阿里旅行订单状态变更的服务地址（需要实现阿里旅行提供的服务通知规范） */
  notify_url: string;
  /** 客人入住日期 */
  check_in: DateInput;
  /** 外部订单号（必选），阿里旅行会根据此值进行幂等性校验 */
  out_oid: string;
  /** 房间数 */
  room_num?: Int64Input;
}

/** Response of `taobao.xhotel.order.official.qualification.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderOfficialQualificationGetResponse {
  /** 无资格原因提示信息 */
  reason?: string;
  /** 资质校验是否成功,有资格返回true, 无资格返回false */
  match_condition?: boolean;
  /** 入参信息回传, 用于校验的证件号码 */
  id_number?: string;
  /** * 外部请求序列表号回传\流水号（如果外部订单号唯一，建议外部订单号，这样容易核对问题），用于区别一次请求和排查问题，阿里旅行不做任何格式校验(必须) */
  out_u_u_i_d?: string;
  /** 入参信息回传，用于校验的外部会员账号 */
  out_memeber_account?: string;
  /** 扩展字段，json串，后续留用 */
  extend_attrs?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  total_fee: 'Number',
  out_u_u_i_d: 'String',
  hotel_code: 'String',
  check_out: 'Date',
  id_number: 'String',
  daily_price_info: 'String',
  out_member_account: 'String',
  alipay_account: 'String',
  guest_name: 'String',
  encrypt_type: 'Number',
  id_type: 'Number',
  vendor: 'String',
  mobile_no: 'String',
  extend_attrs: 'String',
  return_url: 'String',
  notify_url: 'String',
  check_in: 'Date',
  out_oid: 'String',
  room_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  reason: 'String',
  match_condition: 'Boolean',
  id_number: 'String',
  out_u_u_i_d: 'String',
  out_memeber_account: 'String',
  extend_attrs: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.official.qualification.get`: method, response root, request and response schemas. */
export const taobaoXhotelOrderOfficialQualificationGetOperation = {
  method: 'taobao.xhotel.order.official.qualification.get',
  responseRoot: 'xhotel_order_official_qualification_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 官网信用住用户资质校验 — calls TOP method `taobao.xhotel.order.official.qualification.get`.
 *
 * 官网信用住在下单前对用户进行资质校验，资质校验通过才能进行信用支付
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderOfficialQualificationGet(
  client: TopClient,
  request: TaobaoXhotelOrderOfficialQualificationGetRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderOfficialQualificationGetResponse> {
  return client.call<TaobaoXhotelOrderOfficialQualificationGetResponse>(
    {
      method: 'taobao.xhotel.order.official.qualification.get',
      responseRoot: 'xhotel_order_official_qualification_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
