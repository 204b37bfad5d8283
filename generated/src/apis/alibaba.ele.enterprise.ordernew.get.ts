// Generated from specs/eleenterpriseordernew/alibaba.ele.enterprise.ordernew.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.ordernew.get` (查询订单详情). */
export interface AlibabaEleEnterpriseOrdernewGetRequest {
  /** 饿了么订单ID */
  order_id: string;
  /** 电话号码 */
  phone: string;
}

/** Response of `alibaba.ele.enterprise.ordernew.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseOrdernewGetResponse {
  /** 返回值信息 */
  enterprise_data?: AlibabaEleEnterpriseOrdernewGetStandardOrderTrackingInfoDto;
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StandardOrderTrackingInfoDto` of `alibaba.ele.enterprise.ordernew.get`. */
export interface AlibabaEleEnterpriseOrdernewGetStandardOrderTrackingInfoDto {
  /** 地址信息 */
  address_info?: AlibabaEleEnterpriseOrdernewGetAddressInfo;
  /** 第三方业务订单编号 */
  b_no?: string;
  /** 序列号（无业务含义） */
  serial_number?: string;
  /** 饿了么订单Id */
  order_id?: string;
  /** 企业支付费用 */
  ent_fee?: string;
  /** 订单备注说明 */
  remark?: string;
  /** 餐厅信息 */
  restaurant_info?: AlibabaEleEnterpriseOrdernewGetRestaurantInfo;
  /** 下单时间（秒） */
  created_at?: Int64;
  /** 优惠后订单金额 */
  total_fee?: string;
  /** 餐品 */
  foods_infos?: AlibabaEleEnterpriseOrdernewGetFoodsInfo[];
  /** 订单杂项费用 */
  order_extras?: AlibabaEleEnterpriseOrdernewGetOrderExtra[];
  /** 成本中心名称 */
  cost_center_name?: string;
  /** 税点费用 */
  tax_fee?: string;
  /** 订单状态（参考附录） */
  status?: Int64;
  /** 预订时间 */
  receive_plan_time?: string;
  /** 员工支付金额 */
  employee_fee?: string;
  /** 配送日期 */
  delivery_date?: Int64;
}

/** `AddressInfo` of `alibaba.ele.enterprise.ordernew.get`. */
export interface AlibabaEleEnterpriseOrdernewGetAddressInfo {
  /** 地址 */
  address?: string;
  /** 电话 */
  phone?: string;
  /** 收货人姓名 */
  name?: string;
}

/** `RestaurantInfo` of `alibaba.ele.enterprise.ordernew.get`. */
export interface AlibabaEleEnterpriseOrdernewGetRestaurantInfo {
  /** 餐厅电话 */
  restaurant_tel?: string;
  /** 餐厅地址 */
  restaurant_address?: string;
  /** 餐厅名称 */
  restaurant_name?: string;
  /** 餐厅唯一码 */
  only_restaurant_code?: string;
  /** 餐厅ID */
  erestaurant_id?: string;
}

/** `FoodsInfo` of `alibaba.ele.enterprise.ordernew.get`. */
export interface AlibabaEleEnterpriseOrdernewGetFoodsInfo {
  /** 餐品名称 */
  food_name?: string;
  /** 餐品价格 */
  price?: string;
  /** 餐品id */
  food_id?: Int64;
  /** 餐品数量 */
  count?: Int64;
  /** 规格Id */
  sku_id?: Int64;
}

/** `OrderExtra` of `alibaba.ele.enterprise.ordernew.get`. */
export interface AlibabaEleEnterpriseOrdernewGetOrderExtra {
  /** 数量 */
  quantity?: Int64;
  /** 费用 */
  price?: string;
  /** 费用项名称 */
  name?: string;
  /** 订单项目分类（参考附录） */
  category_id?: Int64;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  phone: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_data: {
    address_info: {
      address: 'String',
      phone: 'String',
      name: 'String',
    },
    b_no: 'String',
    serial_number: 'String',
    order_id: 'String',
    ent_fee: 'String',
    remark: 'String',
    restaurant_info: {
      restaurant_tel: 'String',
      restaurant_address: 'String',
      restaurant_name: 'String',
      only_restaurant_code: 'String',
      erestaurant_id: 'String',
    },
    created_at: 'Number',
    total_fee: 'String',
    foods_infos: [
      {
        food_name: 'String',
        price: 'String',
        food_id: 'Number',
        count: 'Number',
        sku_id: 'Number',
      },
    ],
    order_extras: [
      {
        quantity: 'Number',
        price: 'String',
        name: 'String',
        category_id: 'Number',
      },
    ],
    cost_center_name: 'String',
    tax_fee: 'String',
    status: 'Number',
    receive_plan_time: 'String',
    employee_fee: 'String',
    delivery_date: 'Number',
  },
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.ordernew.get`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseOrdernewGetOperation = {
  method: 'alibaba.ele.enterprise.ordernew.get',
  responseRoot: 'alibaba_ele_enterprise_ordernew_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询订单详情 — calls TOP method `alibaba.ele.enterprise.ordernew.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseOrdernewGet(
  client: TopClient,
  request: AlibabaEleEnterpriseOrdernewGetRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseOrdernewGetResponse> {
  return client.call<AlibabaEleEnterpriseOrdernewGetResponse>(
    {
      method: 'alibaba.ele.enterprise.ordernew.get',
      responseRoot: 'alibaba_ele_enterprise_ordernew_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
