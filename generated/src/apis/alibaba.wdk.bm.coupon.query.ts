// Generated from specs/wdk/alibaba.wdk.bm.coupon.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.bm.coupon.query` (淘鲜达券信息查询接口). */
export interface AlibabaWdkBmCouponQueryRequest {
  /** 查询券参数 */
  isv_query_coupon_param: AlibabaWdkBmCouponQueryIsvQueryCouponParamInput;
}

/** Response of `alibaba.wdk.bm.coupon.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkBmCouponQueryResponse {
  /** 结果 */
  result?: AlibabaWdkBmCouponQueryBmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvQueryCouponParam` of `alibaba.wdk.bm.coupon.query`. */
export interface AlibabaWdkBmCouponQueryIsvQueryCouponParamInput {
  /** umpId列表，最多支持一次批量查询20个 */
  ump_id_list?: Int64Input[];
}

/** `BmResult` of `alibaba.wdk.bm.coupon.query`. */
export interface AlibabaWdkBmCouponQueryBmResult {
  /** 结果数据 */
  data_list?: AlibabaWdkBmCouponQueryData[];
  /** 是否成功 */
  success?: boolean;
  /** 错误码，当失败返回错误码 */
  error_code?: string;
  /** 描述信息，当成功返回OK，当失败返回错误描述 */
  message?: string;
}

/** `Data` of `alibaba.wdk.bm.coupon.query`. */
export interface AlibabaWdkBmCouponQueryData {
  /** 券id */
  coupon_id?: Int64;
  /** 券名称 */
  coupon_name?: string;
  /** 满减门槛，单位为分 */
  start_fee?: Int64;
  /** 优惠金额，单位为分 */
  amount?: Int64;
  /** 发放开始时间 */
  apply_start_time?: string;
  /** 发放结束时间 */
  apply_end_time?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 补差类型，值为1表示全补至门店售价、值为2表示部分补固定金额、值为3表示补主档价、值为4表示自行约定、值为5表示按比例补差 */
  payment_type?: Int64;
  /** 补差渠道，值为1表示与淘鲜达结算、值为2表示与零售商结算 */
  payment_channel?: Int64;
  /** 补差比例 */
  payment_rate?: string;
  /** 补差商品列表 */
  payment_item_d_o_list?: AlibabaWdkBmCouponQueryPaymentItemDo[];
}

/** `PaymentItemDo` of `alibaba.wdk.bm.coupon.query`. */
export interface AlibabaWdkBmCouponQueryPaymentItemDo {
  /** 商品sku码 */
  sku_code?: string;
  /** 商品补差金额，单位为分 */
  payment_fee?: Int64;
}

const REQUEST_SCHEMA = {
  isv_query_coupon_param: {
    ump_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_list: [
      {
        coupon_id: 'Number',
        coupon_name: 'String',
        start_fee: 'Number',
        amount: 'Number',
        apply_start_time: 'Date',
        apply_end_time: 'Date',
        gmt_create: 'Date',
        payment_type: 'Number',
        payment_channel: 'Number',
        payment_rate: 'String',
        payment_item_d_o_list: [
          {
            sku_code: 'String',
            payment_fee: 'Number',
          },
        ],
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.bm.coupon.query`: method, response root, request and response schemas. */
export const alibabaWdkBmCouponQueryOperation = {
  method: 'alibaba.wdk.bm.coupon.query',
  responseRoot: 'alibaba_wdk_bm_coupon_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘鲜达券信息查询接口 — calls TOP method `alibaba.wdk.bm.coupon.query`.
 *
 * 淘鲜达品牌营销的券信息查询接口，基于券id查询券相关信息：券id、券名称、分摊信息、面额、创建时间、开始时间、结束时间
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkBmCouponQuery(
  client: TopClient,
  request: AlibabaWdkBmCouponQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkBmCouponQueryResponse> {
  return client.call<AlibabaWdkBmCouponQueryResponse>(
    {
      method: 'alibaba.wdk.bm.coupon.query',
      responseRoot: 'alibaba_wdk_bm_coupon_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
