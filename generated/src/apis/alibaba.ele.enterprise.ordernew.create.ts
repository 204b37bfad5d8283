// Generated from specs/eleenterpriseordernew/alibaba.ele.enterprise.ordernew.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.ordernew.create` (创建订单). */
export interface AlibabaEleEnterpriseOrdernewCreateRequest {
  /** 订单来源地址经度 */
  longitude: string;
  /** 餐厅Id */
  erestaurant_id: string;
  /** 使用的券号 */
  coupon_sn?: string;
  /** 订单备注信息 */
  description?: string;
  /** 电话号码，主要号码必须是手机号；多个手机号以逗号分隔 */
  phones: string;
  /** 订单来源IP地址 */
  ip: string;
  /** 订单来源地址纬度 */
  latitude: string;
  /** 购物车Id（创建购物车返回的购物车id） */
  cart_id: string;
  /** 第三方订单Id（需保证唯一） */
  tp_order_id: string;
  /** 送餐地址 */
  address: string;
  /** 收餐人姓名 */
  consignee: string;
  /** 暂时不用传（忽略此字段） */
  deliver_time?: string;
  /** 纳税人识别号 */
  invoice_number?: string;
  /** 发票抬头（个人发票请填写个人），不传表示不要发票 */
  invoice?: string;
  /** 发票类型（发票类型, 1: 个人, 2: 企业; 空为兼容数据, 由商户判断发票类型） */
  invoice_type?: Int64Input;
}

/** Response of `alibaba.ele.enterprise.ordernew.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseOrdernewCreateResponse {
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 结果 */
  enterprise_data?: AlibabaEleEnterpriseOrdernewCreateEnterpriseData;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EnterpriseData` of `alibaba.ele.enterprise.ordernew.create`. */
export interface AlibabaEleEnterpriseOrdernewCreateEnterpriseData {
  /** 预定送达时间 */
  deliver_time?: string;
  /** 送餐地址 */
  address?: string;
  /** 收餐人姓名 */
  consignee?: string;
  /** 菜价加上配送费和打包费的价格 */
  original_price?: Int64;
  /** 饿了么订单Id */
  order_id?: string;
  /** 订单总价 */
  total_price?: Int64;
  /** 订单备注 */
  description?: string;
  /** 电话号码 */
  phone_list?: string[];
  /** 餐厅唯一码 */
  only_restaurant_code?: string;
  /** 订单创建时间 */
  created_at?: string;
  /** 餐厅名称 */
  restaurant_name?: string;
  /** 长餐厅Id */
  erestaurant_id?: string;
  /** 送达费用 */
  deliver_fee?: string;
  /** 订单状态码 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  longitude: 'String',
  erestaurant_id: 'String',
  coupon_sn: 'String',
  description: 'String',
  phones: 'String',
  ip: 'String',
  latitude: 'String',
  cart_id: 'String',
  tp_order_id: 'String',
  address: 'String',
  consignee: 'String',
  deliver_time: 'String',
  invoice_number: 'String',
  invoice: 'String',
  invoice_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_data: {
    deliver_time: 'String',
    address: 'String',
    consignee: 'String',
    original_price: 'Number',
    order_id: 'String',
    total_price: 'Number',
    description: 'String',
    phone_list: ['String'],
    only_restaurant_code: 'String',
    created_at: 'String',
    restaurant_name: 'String',
    erestaurant_id: 'String',
    deliver_fee: 'String',
    status: 'Number',
  },
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.ordernew.create`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseOrdernewCreateOperation = {
  method: 'alibaba.ele.enterprise.ordernew.create',
  responseRoot: 'alibaba_ele_enterprise_ordernew_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建订单 — calls TOP method `alibaba.ele.enterprise.ordernew.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseOrdernewCreate(
  client: TopClient,
  request: AlibabaEleEnterpriseOrdernewCreateRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseOrdernewCreateResponse> {
  return client.call<AlibabaEleEnterpriseOrdernewCreateResponse>(
    {
      method: 'alibaba.ele.enterprise.ordernew.create',
      responseRoot: 'alibaba_ele_enterprise_ordernew_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
