// Generated from specs/idle/alibaba.idle.tender.aftersale.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.tender.aftersale.order.get` (闲鱼帮卖售后服务单查询). */
export interface AlibabaIdleTenderAftersaleOrderGetRequest {
  /** 主订单号 */
  main_order_id?: Int64Input;
  /** 服务申请单id */
  apply_id?: Int64Input;
}

/** Response of `alibaba.idle.tender.aftersale.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleTenderAftersaleOrderGetResponse {
  /** 查询是否成功 */
  query_success?: boolean;
  /** 查询结果 */
  module?: AlibabaIdleTenderAftersaleOrderGetModule;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Module` of `alibaba.idle.tender.aftersale.order.get`. */
export interface AlibabaIdleTenderAftersaleOrderGetModule {
  /** 申请服务类型 */
  apply_type?: string;
  /** 理赔方案类型 */
  service_plan_type?: string;
  /** 售后申请单主状态 */
  main_status?: Int64;
  /** 扩展信息 */
  attributes?: AlibabaIdleTenderAftersaleOrderGetAttributes;
  /** 理赔方案信息 */
  service_plan_info?: string;
  /** 正向订单号 */
  main_order_id?: string;
  /** 申请信息 */
  apply_info?: string;
  /** 售后服务CODE */
  service_biz_code?: string;
  /** 售后申请单子状态 */
  sub_status?: Int64;
  /** 售后服务场景类型 */
  service_scene_type?: string;
  /** 帮卖完结方式 */
  main_order_settle_type?: string;
}

/** `Attributes` of `alibaba.idle.tender.aftersale.order.get`. */
export interface AlibabaIdleTenderAftersaleOrderGetAttributes {
  /** 用户寄出快递单号 */
  mail_no?: string;
  /** 卖家收件地址 */
  seller_address_detail?: string;
  /** 卖家收件电话 */
  seller_address_phone?: string;
  /** 卖家人收件名 */
  seller_address_name?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
  apply_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  query_success: 'Boolean',
  module: {
    apply_type: 'String',
    service_plan_type: 'String',
    main_status: 'Number',
    attributes: {
      mail_no: 'String',
      seller_address_detail: 'String',
      seller_address_phone: 'String',
      seller_address_name: 'String',
    },
    service_plan_info: 'String',
    main_order_id: 'String',
    apply_info: 'String',
    service_biz_code: 'String',
    sub_status: 'Number',
    service_scene_type: 'String',
    main_order_settle_type: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.tender.aftersale.order.get`: method, response root, request and response schemas. */
export const alibabaIdleTenderAftersaleOrderGetOperation = {
  method: 'alibaba.idle.tender.aftersale.order.get',
  responseRoot: 'alibaba_idle_tender_aftersale_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼帮卖售后服务单查询 — calls TOP method `alibaba.idle.tender.aftersale.order.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleTenderAftersaleOrderGet(
  client: TopClient,
  request: AlibabaIdleTenderAftersaleOrderGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleTenderAftersaleOrderGetResponse> {
  return client.call<AlibabaIdleTenderAftersaleOrderGetResponse>(
    {
      method: 'alibaba.idle.tender.aftersale.order.get',
      responseRoot: 'alibaba_idle_tender_aftersale_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
