// Generated from specs/wlb/taobao.wlb.order.jzwithins.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.order.jzwithins.consign` (家装发货接口). */
export interface TaobaoWlbOrderJzwithinsConsignRequest {
  /** 淘宝交易订单号 */
  tid: Int64Input;
  /** 物流服务商信息 */
  tms_partner: TaobaoWlbOrderJzwithinsConsignJzPartnerNewInput;
  /** 物流服务商信息 */
  ins_partner?: TaobaoWlbOrderJzwithinsConsignJzPartnerNewInput2;
  /** 家装物流发货参数 */
  jz_consign_args: TaobaoWlbOrderJzwithinsConsignJzConsignArgsNewInput;
}

/** Response of `taobao.wlb.order.jzwithins.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbOrderJzwithinsConsignResponse {
  /** 发货成功或者失败 */
  is_success?: boolean;
  /** 发货返回信息，如果发货错误则报出对应错误 */
  result_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JzPartnerNew` of `taobao.wlb.order.jzwithins.consign`. */
export interface TaobaoWlbOrderJzwithinsConsignJzPartnerNewInput {
  /** 服务商编码 */
  tp_code: string;
  /** 服务商名称 */
  tp_name: string;
  /** 服务类型 */
  service_type: Int64Input;
  /** 是否是虚拟服务商（家装-商家自有物流） */
  is_virtual_tp: boolean;
}

/** `JzPartnerNew` of `taobao.wlb.order.jzwithins.consign`. */
export interface TaobaoWlbOrderJzwithinsConsignJzPartnerNewInput2 {
  /** 服务商编码 */
  tp_code?: string;
  /** 服务商名称 */
  tp_name?: string;
  /** 服务类型 */
  service_type?: Int64Input;
  /** 是否是虚拟服务商（家装-商家自有物流） */
  is_virtual_tp?: boolean;
}

/** `JzConsignArgsNew` of `taobao.wlb.order.jzwithins.consign`. */
export interface TaobaoWlbOrderJzwithinsConsignJzConsignArgsNewInput {
  /** 快递运单号，serviceType=20 和serviceType=21时必填 */
  mail_no?: string;
  /** 包裹重量kg */
  package_weight?: string;
  /** 包裹体积m3 */
  package_volume?: string;
  /** 包裹数目 */
  package_number?: string;
  /** 包裹备注信息 */
  package_remark?: string;
  /** 运单号，tmsPartner.virualType=true时必填 */
  zy_mail_no?: string;
  /** 物流公司名称，tmsPartner.virualType=true时必填 */
  zy_company?: string;
  /** 物流公司电话，tmsPartner.virualType=true时必填 */
  zy_phone_number?: string;
  /** 发货时间，tmsPartner.virualType=true时必填 */
  zy_consign_time?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  tms_partner: {
    tp_code: 'String',
    tp_name: 'String',
    service_type: 'Number',
    is_virtual_tp: 'Boolean',
  },
  ins_partner: {
    tp_code: 'String',
    tp_name: 'String',
    service_type: 'Number',
    is_virtual_tp: 'Boolean',
  },
  jz_consign_args: {
    mail_no: 'String',
    package_weight: 'String',
    package_volume: 'String',
    package_number: 'String',
    package_remark: 'String',
    zy_mail_no: 'String',
    zy_company: 'String',
    zy_phone_number: 'String',
    zy_consign_time: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  result_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.order.jzwithins.consign`: method, response root, request and response schemas. */
export const taobaoWlbOrderJzwithinsConsignOperation = {
  method: 'taobao.wlb.order.jzwithins.consign',
  responseRoot: 'wlb_order_jzwithins_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 家装发货接口 — calls TOP method `taobao.wlb.order.jzwithins.consign`.
 *
 * 为支持家装类目的商家，对绑定家装物流服务的订单可以在商家的ERP中发货、批量发货，因此开发带安装服务商的发货接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbOrderJzwithinsConsign(
  client: TopClient,
  request: TaobaoWlbOrderJzwithinsConsignRequest,
  options?: CallOptions,
): Promise<TaobaoWlbOrderJzwithinsConsignResponse> {
  return client.call<TaobaoWlbOrderJzwithinsConsignResponse>(
    {
      method: 'taobao.wlb.order.jzwithins.consign',
      responseRoot: 'wlb_order_jzwithins_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
