// Generated from specs/vaccin/alibaba.health.vaccin.notice.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.notice.order.create` (支付宝医疗健康疫苗预约创建). */
export interface AlibabaHealthVaccinNoticeOrderCreateRequest {
  /** 预约人性别(1男2女) */
  sex?: Int64Input;
  /** 年龄 */
  age?: Int64Input;
  /** 预约日期 */
  reserve_date: string;
  /** 支付宝用户id */
  alipay_user_id: string;
  /** 疫苗信息 */
  vaccine_info: string;
  /** 外部渠道用户id */
  outer_user_id?: string;
  /** 预约id */
  order_id: string;
  /** 手机号码 */
  mobile?: string;
  /** 接种人姓名 */
  name: string;
  /** 年龄类型(1-宝宝2-成人) */
  age_type?: Int64Input;
  /** 接种点地址 */
  address: string;
  /** 接种点名称 */
  pov_store_name: string;
  /** 预约时间 */
  reserve_time: string;
  /** 支付宝消息通知跳转订单详情链接 */
  order_detail_url: string;
  /** 地区名字 */
  area?: string;
  /** 城市名字 */
  city?: string;
  /** 省份名字 */
  province?: string;
}

/** Response of `alibaba.health.vaccin.notice.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinNoticeOrderCreateResponse {
  /** 返回描述 */
  msg_info?: string;
  /** 返回码 */
  msg_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 结果集 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sex: 'Number',
  age: 'Number',
  reserve_date: 'String',
  alipay_user_id: 'String',
  vaccine_info: 'String',
  outer_user_id: 'String',
  order_id: 'String',
  mobile: 'String',
  name: 'String',
  age_type: 'Number',
  address: 'String',
  pov_store_name: 'String',
  reserve_time: 'String',
  order_detail_url: 'String',
  area: 'String',
  city: 'String',
  province: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
  is_success: 'Boolean',
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.notice.order.create`: method, response root, request and response schemas. */
export const alibabaHealthVaccinNoticeOrderCreateOperation = {
  method: 'alibaba.health.vaccin.notice.order.create',
  responseRoot: 'alibaba_health_vaccin_notice_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付宝医疗健康疫苗预约创建 — calls TOP method `alibaba.health.vaccin.notice.order.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinNoticeOrderCreate(
  client: TopClient,
  request: AlibabaHealthVaccinNoticeOrderCreateRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinNoticeOrderCreateResponse> {
  return client.call<AlibabaHealthVaccinNoticeOrderCreateResponse>(
    {
      method: 'alibaba.health.vaccin.notice.order.create',
      responseRoot: 'alibaba_health_vaccin_notice_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
