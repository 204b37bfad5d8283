// Generated from specs/eleenterprisecoupon/alibaba.ele.enterprise.cartcoupon.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.cartcoupon.get` (获取下单可用的优惠券). */
export interface AlibabaEleEnterpriseCartcouponGetRequest {
  /** 手机号 */
  phone: string;
  /** 购物车id */
  cart_id: string;
}

/** Response of `alibaba.ele.enterprise.cartcoupon.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseCartcouponGetResponse {
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 返回值信息 */
  enterprise_datas?: AlibabaEleEnterpriseCartcouponGetMyCouponsResDto;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MyCouponsResDto` of `alibaba.ele.enterprise.cartcoupon.get`. */
export interface AlibabaEleEnterpriseCartcouponGetMyCouponsResDto {
  /** 是否可选择多张券 */
  group_multi?: boolean;
  /** 券的明细数据 */
  groups?: AlibabaEleEnterpriseCartcouponGetCartCouponDto[];
  /** 已选择券的总数量 */
  selected_quantity?: Int64;
  /** 已选择券的总价，包含溢出与裁剪之后的总价值 */
  selected_total_price?: string;
  /** 推荐券 */
  recommends?: AlibabaEleEnterpriseCartcouponGetCartCouponDto2[];
  /** 选出最优券的数量 */
  recommends_quantity?: Int64;
  /** 选出最优券的总价 */
  recommends_total_price?: string;
  /** 已选择的券是不是可以有效组合选中 */
  selected_legal_status?: boolean;
  /** 已选择券不可以组合选中时的提示性文案 */
  error_msg?: string;
}

/** `CartCouponDto` of `alibaba.ele.enterprise.cartcoupon.get`. */
export interface AlibabaEleEnterpriseCartcouponGetCartCouponDto {
  /** 红包的SN或者券的ID */
  sn?: string;
  /** 类型：红包=1，券=2 */
  promotion_type?: Int64;
  /** 券的张数，默认是1，ET时表示使用的张数 */
  quantity?: Int64;
  /** 券的展示状态 1：券可用可选中 2：券可用但是不可选中 3：券不可用，不可选中 */
  status?: Int64;
  /** 券名称 */
  name?: string;
  /** 优惠类型为立减时表示立减金额, 优惠类型为特价券时，表示特价金额 */
  amount?: string;
  /** 使用门槛 */
  threshold?: string;
  /** 券可使用张数 */
  stock_count_available?: Int64;
  /** 券剩余张数 */
  stock_count_left?: string;
  /** 券描述信息 */
  descriptions?: string[];
  /** 券不可用原因列表，该字段仅在购物车场景有效 */
  unavailable_reasons?: string[];
}

/** `CartCouponDto` of `alibaba.ele.enterprise.cartcoupon.get`. */
export interface AlibabaEleEnterpriseCartcouponGetCartCouponDto2 {
  /** 红包的SN或者券的ID */
  sn?: string;
  /** 类型：红包=1，券=2 */
  promotion_type?: Int64;
  /** 券的张数，默认是1，ET时表示使用的张数 */
  quantity?: Int64;
  /** 券的展示状态 1：券可用可选中 2：券可用但是不可选中 3：券不可用，不可选中 */
  status?: Int64;
  /** 券名称 */
  name?: string;
  /** 优惠类型为立减时表示立减金额, 优惠类型为特价券时，表示特价金额 */
  amount?: string;
  /** 使用门槛 */
  threshold?: string;
  /** 券可使用张数 */
  stock_count_available?: Int64;
  /** 券剩余张数 */
  stock_count_left?: Int64;
  /** 券描述信息 */
  descriptions?: string[];
  /** 券不可用原因列表，该字段仅在购物车场景有效 */
  unavailable_reasons?: string[];
}

const REQUEST_SCHEMA = {
  phone: 'String',
  cart_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_datas: {
    group_multi: 'Boolean',
    groups: [
      {
        sn: 'String',
        promotion_type: 'Number',
        quantity: 'Number',
        status: 'Number',
        name: 'String',
        amount: 'String',
        threshold: 'String',
        stock_count_available: 'Number',
        stock_count_left: 'String',
        descriptions: ['String'],
        unavailable_reasons: ['String'],
      },
    ],
    selected_quantity: 'Number',
    selected_total_price: 'String',
    recommends: [
      {
        sn: 'String',
        promotion_type: 'Number',
        quantity: 'Number',
        status: 'Number',
        name: 'String',
        amount: 'String',
        threshold: 'String',
        stock_count_available: 'Number',
        stock_count_left: 'Number',
        descriptions: ['String'],
        unavailable_reasons: ['String'],
      },
    ],
    recommends_quantity: 'Number',
    recommends_total_price: 'String',
    selected_legal_status: 'Boolean',
    error_msg: 'String',
  },
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.cartcoupon.get`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseCartcouponGetOperation = {
  method: 'alibaba.ele.enterprise.cartcoupon.get',
  responseRoot: 'alibaba_ele_enterprise_cartcoupon_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取下单可用的优惠券 — calls TOP method `alibaba.ele.enterprise.cartcoupon.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseCartcouponGet(
  client: TopClient,
  request: AlibabaEleEnterpriseCartcouponGetRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseCartcouponGetResponse> {
  return client.call<AlibabaEleEnterpriseCartcouponGetResponse>(
    {
      method: 'alibaba.ele.enterprise.cartcoupon.get',
      responseRoot: 'alibaba_ele_enterprise_cartcoupon_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
