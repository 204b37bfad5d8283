// Generated from specs/tblogistics/taobao.wlb.order.jz.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.order.jz.query` (家装业务查询物流公司api). */
export interface TaobaoWlbOrderJzQueryRequest {
  /** 交易id */
  tid?: Int64Input;
  /** 卖家联系人地址库ID，可以通过taobao.logistics.address.search接口查询到地址库ID。如果为空，取的卖家的默认取货地址 */
  sender_id?: Int64Input;
  /** 家装收货人信息 */
  jz_receiver_to?: TaobaoWlbOrderJzQueryJzReceiverTOInput;
  /** 家装安装服务收货人信息 */
  ins_jz_receiver_t_o?: TaobaoWlbOrderJzQueryJzReceiverTOInput2;
}

/** Response of `taobao.wlb.order.jz.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbOrderJzQueryResponse {
  /** 错误编码 */
  result_error_code?: string;
  /** 错误信息 */
  result_error_msg?: string;
  /** 结果信息 */
  result?: TaobaoWlbOrderJzQueryJzTopDTO;
  /** 是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JzReceiverTO` of `taobao.wlb.order.jz.query`. */
export interface TaobaoWlbOrderJzQueryJzReceiverTOInput {
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

/** `JzReceiverTO` of `taobao.wlb.order.jz.query`. */
export interface TaobaoWlbOrderJzQueryJzReceiverTOInput2 {
  /** 邮编 */
  zip_code?: string;
  /** 座机号 */
  tele_phone?: string;
  /** 街道 */
  street?: string;
  /** 省 */
  province?: string;
  /** 手机号 */
  mobile_phone?: string;
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
}

/** `JzTopDTO` of `taobao.wlb.order.jz.query`. */
export interface TaobaoWlbOrderJzQueryJzTopDTO {
  /** 快递公司列表 */
  expresses?: TaobaoWlbOrderJzQueryTPDTO[];
  /** 安装公司列表 */
  ins_tps?: TaobaoWlbOrderJzQueryTPDTO2[];
  /** 物流公司列表 */
  lg_cps?: TaobaoWlbOrderJzQueryTPDTO[];
  /** 是否支持快递 */
  support_delivery?: boolean;
  /** 是否支持安装 */
  support_install?: boolean;
  /** 是否支持修改安装地址 */
  supp_modify_ins_add?: boolean;
  /** 商品对应的服务信息 */
  goods_relations?: string;
}

/** `TPDTO` of `taobao.wlb.order.jz.query`. */
export interface TaobaoWlbOrderJzQueryTPDTO {
  /** 公司编码 */
  code?: string;
  /** 公司名称 */
  name?: string;
}

/** `TPDTO` of `taobao.wlb.order.jz.query`. */
export interface TaobaoWlbOrderJzQueryTPDTO2 {
  /** 公司编码 */
  code?: string;
  /** 公司名称 */
  name?: string;
  /** 是否商家绑定的默认安装公司 */
  is_default?: boolean;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  sender_id: 'Number',
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
  ins_jz_receiver_t_o: {
    zip_code: 'String',
    tele_phone: 'String',
    street: 'String',
    province: 'String',
    mobile_phone: 'String',
    district: 'String',
    country: 'String',
    contact_name: 'String',
    city: 'String',
    address: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_error_code: 'String',
  result_error_msg: 'String',
  result: {
    expresses: [
      {
        code: 'String',
        name: 'String',
      },
    ],
    ins_tps: [
      {
        code: 'String',
        name: 'String',
        is_default: 'Boolean',
      },
    ],
    lg_cps: [
      {
        code: 'String',
        name: 'String',
      },
    ],
    support_delivery: 'Boolean',
    support_install: 'Boolean',
    supp_modify_ins_add: 'Boolean',
    goods_relations: 'String',
  },
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.order.jz.query`: method, response root, request and response schemas. */
export const taobaoWlbOrderJzQueryOperation = {
  method: 'taobao.wlb.order.jz.query',
  responseRoot: 'wlb_order_jz_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 家装业务查询物流公司api — calls TOP method `taobao.wlb.order.jz.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbOrderJzQuery(
  client: TopClient,
  request: TaobaoWlbOrderJzQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbOrderJzQueryResponse> {
  return client.call<TaobaoWlbOrderJzQueryResponse>(
    {
      method: 'taobao.wlb.order.jz.query',
      responseRoot: 'wlb_order_jz_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
