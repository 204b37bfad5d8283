// Generated from specs/eleenterprisecartnew/alibaba.ele.enterprise.cartnew.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.cartnew.query` (新版购物车查询). */
export interface AlibabaEleEnterpriseCartnewQueryRequest {
  /** 1212 */
  phone: string;
  /** 1212 */
  latitude: string;
  /** 1212 */
  longitude: string;
  /** 餐厅id */
  erestaurant_id: string;
}

/** Response of `alibaba.ele.enterprise.cartnew.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseCartnewQueryResponse {
  /** 返回码 */
  enterprise_code?: string;
  /** 返回信息 */
  enterprise_msg?: string;
  /** 系统自动生成 */
  enterprise_data?: AlibabaEleEnterpriseCartnewQueryEnterpriseData;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EnterpriseData` of `alibaba.ele.enterprise.cartnew.query`. */
export interface AlibabaEleEnterpriseCartnewQueryEnterpriseData {
  /** 购物车原始金额 */
  original_total?: string;
  /** 购物车金额 */
  total?: string;
  /** 创建购物车时间戳 */
  create_time?: Int64;
  /** 手机号 */
  phone?: string;
  /** 额外信息 */
  extras?: AlibabaEleEnterpriseCartnewQueryExtra[];
  /** 费用说明 */
  service_fee_explanation?: string;
  /** 起送价 */
  deliver_amount?: string;
  /** 购物车篮子 */
  groups?: (string | Record<string, unknown>)[];
  /** 购物车id */
  id?: string;
}

/** `Extra` of `alibaba.ele.enterprise.cartnew.query`. */
export interface AlibabaEleEnterpriseCartnewQueryExtra {
  /** 优惠券id */
  id_str?: string;
  /** 原价 */
  total?: string;
  /** 数量 */
  quantity?: Int64;
  /** 费用 */
  price?: string;
  /** 商品id */
  food_id?: string;
  /** 费用名称 */
  name?: string;
  /** 描述 */
  description?: string;
  /** 减 */
  reduced?: Int64;
  /** 费用项Id */
  id?: Int64;
  /** 订单项目分类 */
  category_id?: Int64;
}

const REQUEST_SCHEMA = {
  phone: 'String',
  latitude: 'String',
  longitude: 'String',
  erestaurant_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_data: {
    original_total: 'String',
    total: 'String',
    create_time: 'Number',
    phone: 'String',
    extras: [
      {
        id_str: 'String',
        total: 'String',
        quantity: 'Number',
        price: 'String',
        food_id: 'String',
        name: 'String',
        description: 'String',
        reduced: 'Number',
        id: 'Number',
        category_id: 'Number',
      },
    ],
    service_fee_explanation: 'String',
    deliver_amount: 'String',
    groups: ['Json'],
    id: 'String',
  },
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.cartnew.query`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseCartnewQueryOperation = {
  method: 'alibaba.ele.enterprise.cartnew.query',
  responseRoot: 'alibaba_ele_enterprise_cartnew_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新版购物车查询 — calls TOP method `alibaba.ele.enterprise.cartnew.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseCartnewQuery(
  client: TopClient,
  request: AlibabaEleEnterpriseCartnewQueryRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseCartnewQueryResponse> {
  return client.call<AlibabaEleEnterpriseCartnewQueryResponse>(
    {
      method: 'alibaba.ele.enterprise.cartnew.query',
      responseRoot: 'alibaba_ele_enterprise_cartnew_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
