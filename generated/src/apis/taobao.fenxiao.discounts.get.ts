// Generated from specs/fenxiao/taobao.fenxiao.discounts.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.discounts.get` (获取折扣信息). */
export interface TaobaoFenxiaoDiscountsGetRequest {
  /** 折扣ID */
  discount_id?: Int64Input;
  /** 指定查询额外的信息，可选值：DETAIL（查询折扣详情），多个可选值用逗号分割。（只允许指定折扣ID情况下使用） */
  ext_fields?: string;
}

/** Response of `taobao.fenxiao.discounts.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoDiscountsGetResponse {
  /** 记录数 */
  total_results?: Int64;
  /** 折扣数据结构 */
  discounts?: TaobaoFenxiaoDiscountsGetDiscount[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Discount` of `taobao.fenxiao.discounts.get`. */
export interface TaobaoFenxiaoDiscountsGetDiscount {
  /** 折扣ID */
  discount_id?: Int64;
  /** 折扣名称 */
  name?: string;
  /** 折扣详情 */
  details?: TaobaoFenxiaoDiscountsGetDiscountDetail[];
  /** 创建时间 */
  created?: string;
  /** 修改时间 */
  modified?: string;
}

/** `DiscountDetail` of `taobao.fenxiao.discounts.get`. */
export interface TaobaoFenxiaoDiscountsGetDiscountDetail {
  /** 折扣详情ID */
  detail_id?: Int64;
  /** 折扣类型:GRADE（按会员等级优惠）、DISTRIBUTOR（按分销商优惠） */
  target_type?: string;
  /** 会员等级的id或者分销商id */
  target_id?: Int64;
  /** 等级名称或者分销商名称 */
  target_name?: string;
  /** 优惠方式:PERCENT（按折扣优惠）、PRICE（按减价优惠） */
  discount_type?: string;
  /** 优惠比率或者优惠价格 10%或10 */
  discount_value?: Int64;
  /** 创建时间 */
  created?: string;
  /** 修改时间 */
  modified?: string;
}

const REQUEST_SCHEMA = {
  discount_id: 'Number',
  ext_fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  discounts: [
    {
      discount_id: 'Number',
      name: 'String',
      details: [
        {
          detail_id: 'Number',
          target_type: 'String',
          target_id: 'Number',
          target_name: 'String',
          discount_type: 'String',
          discount_value: 'Number',
          created: 'Date',
          modified: 'Date',
        },
      ],
      created: 'Date',
      modified: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.discounts.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoDiscountsGetOperation = {
  method: 'taobao.fenxiao.discounts.get',
  responseRoot: 'fenxiao_discounts_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取折扣信息 — calls TOP method `taobao.fenxiao.discounts.get`.
 *
 * 查询折扣信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoDiscountsGet(
  client: TopClient,
  request: TaobaoFenxiaoDiscountsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoFenxiaoDiscountsGetResponse> {
  return client.call<TaobaoFenxiaoDiscountsGetResponse>(
    {
      method: 'taobao.fenxiao.discounts.get',
      responseRoot: 'fenxiao_discounts_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
