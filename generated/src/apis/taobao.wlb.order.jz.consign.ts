// Generated from specs/tblogistics/taobao.wlb.order.jz.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.order.jz.consign` (家装发货接口). */
export interface TaobaoWlbOrderJzConsignRequest {
  /** 交易号 */
  tid: Int64Input;
  /** 卖家联系人地址库ID，可以通过taobao.logistics.address.search接口查询到地址库ID。如果为空，取的卖家的默认取货地址 */
  sender_id?: Int64Input;
  /** 物流公司信息 */
  lg_tp_dto: TaobaoWlbOrderJzConsignTPDTOInput;
  /** 安装公司信息,需要安装时,才填写 */
  ins_tp_dto?: TaobaoWlbOrderJzConsignTPDTOInput;
  /** 家装收货人信息,如果为空,则取默认收货信息 */
  jz_receiver_to?: TaobaoWlbOrderJzConsignJzReceiverTOInput;
  /** 安装收货人信息,如果为空,则取默认收货人信息 */
  ins_receiver_to?: TaobaoWlbOrderJzConsignJzReceiverTOInput2;
  /** 发货参数 */
  jz_top_args?: TaobaoWlbOrderJzConsignJzTopArgsInput;
}

/** Response of `taobao.wlb.order.jz.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbOrderJzConsignResponse {
  /** 错误码 */
  result_error_code?: string;
  /** 错误信息描述 */
  result_error_msg?: string;
  /** 是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TPDTO` of `taobao.wlb.order.jz.consign`. */
export interface TaobaoWlbOrderJzConsignTPDTOInput {
  /** 公司编码 */
  code?: string;
  /** 公司名称 */
  name?: string;
}

/** `JzReceiverTO` of `taobao.wlb.order.jz.consign`. */
export interface TaobaoWlbOrderJzConsignJzReceiverTOInput {
  /** 详细地址 */
  address?: string;
  /** 市 */
  city?: string;
  /** 收货人名称 */
  contact_name?: string;
  /** 国家 */
  country?: string;
  /** 区 */
  district?: string;
  /** 手机号 */
  mobile_phone?: string;
  /** 省 */
  province?: string;
  /** 街道 */
  street?: string;
  /** 座机号 */
  tele_phone?: string;
  /** 邮编 */
  zip_code?: string;
}

/** `JzReceiverTO` of `taobao.wlb.order.jz.consign`. */
export interface TaobaoWlbOrderJzConsignJzReceiverTOInput2 {
  /** 手机号 */
  mobile_phone?: string;
  /** 座机号 */
  tele_phone?: string;
  /** 街道 */
  street?: string;
  /** 省 */
  province?: string;
  /** 区 */
  district?: string;
  /** 国家 */
  country?: string;
  /** 收货人名称 */
  contact_name?: string;
  /** 市 */
  city?: string;
  /** 详细地址 */
  address?: string;
  /** 邮编 */
  zip_code?: string;
}

/** `JzTopArgs` of `taobao.wlb.order.jz.consign`. */
export interface TaobaoWlbOrderJzConsignJzTopArgsInput {
  /** 运单号,用快递或商家自有发货时,必填 */
  mail_no?: string;
  /** 包裹数量 */
  package_number?: string;
  /** 包裹备注 */
  package_remark?: string;
  /** 包裹体积 */
  package_volume?: string;
  /** 包裹重量 */
  package_weight?: string;
  /** 自有物流公司名称 */
  zy_company?: string;
  /** 自有物流发货时间,时间不能早于当前时间 */
  zy_consign_time?: string;
  /** 自有物流公司电话 */
  zy_phone_number?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  sender_id: 'Number',
  lg_tp_dto: {
    code: 'String',
    name: 'String',
  },
  ins_tp_dto: {
    code: 'String',
    name: 'String',
  },
  jz_receiver_to: {
    address: 'String',
    city: 'String',
    contact_name: 'String',
    country: 'String',
    district: 'String',
    mobile_phone: 'String',
    province: 'String',
    street: 'String',
    tele_phone: 'String',
    zip_code: 'String',
  },
  ins_receiver_to: {
    mobile_phone: 'String',
    tele_phone: 'String',
    street: 'String',
    province: 'String',
    district: 'String',
    country: 'String',
    contact_name: 'String',
    city: 'String',
    address: 'String',
    zip_code: 'String',
  },
  jz_top_args: {
    mail_no: 'String',
    package_number: 'String',
    package_remark: 'String',
    package_volume: 'String',
    package_weight: 'String',
    zy_company: 'String',
    zy_consign_time: 'String',
    zy_phone_number: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_error_code: 'String',
  result_error_msg: 'String',
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.order.jz.consign`: method, response root, request and response schemas. */
export const taobaoWlbOrderJzConsignOperation = {
  method: 'taobao.wlb.order.jz.consign',
  responseRoot: 'wlb_order_jz_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 家装发货接口 — calls TOP method `taobao.wlb.order.jz.consign`.
 *
 * 家装类订单使用该接口发货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbOrderJzConsign(
  client: TopClient,
  request: TaobaoWlbOrderJzConsignRequest,
  options?: CallOptions,
): Promise<TaobaoWlbOrderJzConsignResponse> {
  return client.call<TaobaoWlbOrderJzConsignResponse>(
    {
      method: 'taobao.wlb.order.jz.consign',
      responseRoot: 'wlb_order_jz_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
