// Generated from specs/eleenterprisecartnew/alibaba.ele.enterprise.cartnew.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.cartnew.save` (新版创建购物车). */
export interface AlibabaEleEnterpriseCartnewSaveRequest {
  /** 用户11位手机号 */
  phone: string;
  /** 用户所在纬度 */
  latitude: string;
  /** [[{\"id\": 1526467414,\"new_specs\": [{\"name\": \"规格\",\"value\": \"那么大鲜柠特饮(雪碧) 660ml\"}],\"attrs\": [{\"name\": \"可选小食\",\"value\": \"金黄脆薯格\"}],\"quantity\": 2}]] */
  food: string;
  /** 用户所在经度 */
  longitude: string;
  /** 餐厅id */
  erestaurant_id: string;
}

/** Response of `alibaba.ele.enterprise.cartnew.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseCartnewSaveResponse {
  /** 状态码 */
  enterprise_code?: string;
  /** 状态消息 */
  enterprise_msg?: string;
  /** 系统自动生成 */
  enterprise_datas?: AlibabaEleEnterpriseCartnewSaveEnterpriseData;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EnterpriseData` of `alibaba.ele.enterprise.cartnew.save`. */
export interface AlibabaEleEnterpriseCartnewSaveEnterpriseData {
  /** 购物车id */
  id?: string;
  /** 购物车优惠前总金额 */
  original_total?: string;
  /** 购物车金额 */
  total?: string;
  /** 创建购物车时间戳(10位秒时间) */
  create_time?: Int64;
  /** 手机号 */
  phone?: string;
  /** 额外信息 */
  extras?: AlibabaEleEnterpriseCartnewSaveCartExtraDto[];
  /** 费用说明 */
  service_fee_explanation?: string;
  /** 起送价 */
  deliver_amount?: string;
  /** 购物车篮子（用户一次下单可以有多个篮子，如果第三方没这概念，可以全部放在同一个group里面），group里面是食物 */
  groups?: (string | Record<string, unknown>)[];
}

/** `CartExtraDto` of `alibaba.ele.enterprise.cartnew.save`. */
export interface AlibabaEleEnterpriseCartnewSaveCartExtraDto {
  /** 数量 */
  quantity?: Int64;
  /** 费用 */
  price?: string;
  /** 费用名称 */
  name?: string;
  /** 描述 */
  description?: string;
  /** 费用id */
  id?: Int64;
  /** 订单项目分类 */
  category_id?: Int64;
}

const REQUEST_SCHEMA = {
  phone: 'String',
  latitude: 'String',
  food: 'String',
  longitude: 'String',
  erestaurant_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_datas: {
    id: 'String',
    original_total: 'String',
    total: 'String',
    create_time: 'Number',
    phone: 'String',
    extras: [
      {
        quantity: 'Number',
        price: 'String',
        name: 'String',
        description: 'String',
        id: 'Number',
        category_id: 'Number',
      },
    ],
    service_fee_explanation: 'String',
    deliver_amount: 'String',
    groups: ['Json'],
  },
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.cartnew.save`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseCartnewSaveOperation = {
  method: 'alibaba.ele.enterprise.cartnew.save',
  responseRoot: 'alibaba_ele_enterprise_cartnew_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新版创建购物车 — calls TOP method `alibaba.ele.enterprise.cartnew.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseCartnewSave(
  client: TopClient,
  request: AlibabaEleEnterpriseCartnewSaveRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseCartnewSaveResponse> {
  return client.call<AlibabaEleEnterpriseCartnewSaveResponse>(
    {
      method: 'alibaba.ele.enterprise.cartnew.save',
      responseRoot: 'alibaba_ele_enterprise_cartnew_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
