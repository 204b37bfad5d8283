// Generated from specs/tblogistics/taobao.logistics.partners.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.partners.get` (查询支持起始地到目的地范围的物流公司). */
export interface TaobaoLogisticsPartnersGetRequest {
  /** 物流公司揽货地地区码（必须是区、县一级的）.参考:http://www.stats.gov.cn/tjsj/tjbz/xzqhdm/201401/t20140116_501070.html或者调用 taobao.areas.get 获取 */
  source_id?: string;
  /** 物流公司派送地地区码（必须是区、县一级的）.参考:http://www.stats.gov.cn/tjsj/tjbz/xzqhdm/201401/t20140116_501070.html或者调用 taobao.areas.get 获取 */
  target_id?: string;
  /** 服务类型，根据此参数可查出提供相应服务类型的物流公司信息(物流公司状态正常)，可选值：cod(货到付款)、online(在线下单)、 offline(自己联系)、limit(限时物流)。然后再根据source_id,target_id,goods_value这三个条件来过滤物流公司. 目前输入自己联系服务类型将会返回空，因为自己联系并没有具体的服务信息，所以不会有记录。 */
  service_type?: string;
  /** 货物价格.只有当选择货到付款此参数才会有效 */
  goods_value?: string;
  /** 是否需要揽收资费信息，默认false。在此值为false时，返回内容中将无carriage。在未设置source_id或target_id的情况下，无法查询揽收资费信息。自己联系无揽收资费记录。 */
  is_need_carriage?: boolean;
}

/** Response of `taobao.logistics.partners.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsPartnersGetResponse {
  /** 查询揽送范围之内的物流公司信息 */
  logistics_partners?: TaobaoLogisticsPartnersGetLogisticsPartner[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsPartner` of `taobao.logistics.partners.get`. */
export interface TaobaoLogisticsPartnersGetLogisticsPartner {
  /** 物流公司揽收和资费详细信息 */
  carriage?: TaobaoLogisticsPartnersGetCarriageDetail;
  /** 揽收说明信息 */
  cover_remark?: string;
  /** 物流公司详细信息 */
  partner?: TaobaoLogisticsPartnersGetPartnerDetail;
  /** 不可送达的说明信息 */
  uncover_remark?: string;
}

/** `CarriageDetail` of `taobao.logistics.partners.get`. */
export interface TaobaoLogisticsPartnersGetCarriageDetail {
  /** 续费（单位：元） */
  add_fee?: Int64;
  /** 续重（单位：千克） */
  add_weight?: Int64;
  /** 破损赔付 */
  damage_payment?: string;
  /** 物流公司揽收时间段 */
  got_time?: string;
  /** 首费（单位：元） */
  initial_fee?: Int64;
  /** 首重（单位：千克） */
  initial_weight?: Int64;
  /** 丢单赔付 */
  lost_payment?: string;
  /** 快件送达所需的时间(单位：天) */
  way_day?: string;
}

/** `PartnerDetail` of `taobao.logistics.partners.get`. */
export interface TaobaoLogisticsPartnersGetPartnerDetail {
  /** 物流公司支付宝账号 */
  account_no?: string;
  /** 物流公司代码 */
  company_code?: string;
  /** 物流公司id */
  company_id?: Int64;
  /** 物流公司全名 */
  full_name?: string;
  /** 运单号验证正则表达式 */
  reg_mail_no?: string;
  /** 旺旺id */
  wangwang_id?: string;
  /** 物流公司简称 */
  company_name?: string;
}

const REQUEST_SCHEMA = {
  source_id: 'String',
  target_id: 'String',
  service_type: 'String',
  goods_value: 'String',
  is_need_carriage: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  logistics_partners: [
    {
      carriage: {
        add_fee: 'Number',
        add_weight: 'Number',
        damage_payment: 'String',
        got_time: 'String',
        initial_fee: 'Number',
        initial_weight: 'Number',
        lost_payment: 'String',
        way_day: 'String',
      },
      cover_remark: 'String',
      partner: {
        account_no: 'String',
        company_code: 'String',
        company_id: 'Number',
        full_name: 'String',
        reg_mail_no: 'String',
        wangwang_id: 'String',
        company_name: 'String',
      },
      uncover_remark: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.partners.get`: method, response root, request and response schemas. */
export const taobaoLogisticsPartnersGetOperation = {
  method: 'taobao.logistics.partners.get',
  responseRoot: 'logistics_partners_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询支持起始地到目的地范围的物流公司 — calls TOP method `taobao.logistics.partners.get`.
 *
 * 查询物流公司信息（可以查询目的地可不可达情况）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsPartnersGet(
  client: TopClient,
  request: TaobaoLogisticsPartnersGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoLogisticsPartnersGetResponse> {
  return client.call<TaobaoLogisticsPartnersGetResponse>(
    {
      method: 'taobao.logistics.partners.get',
      responseRoot: 'logistics_partners_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
