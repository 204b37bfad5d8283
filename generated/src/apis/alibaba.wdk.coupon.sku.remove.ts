// Generated from specs/promotion/alibaba.wdk.coupon.sku.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.coupon.sku.remove` (优惠券商品删除). */
export interface AlibabaWdkCouponSkuRemoveRequest {
  /** 请求 */
  param_coupon_template_item_request?: AlibabaWdkCouponSkuRemoveCouponTemplateItemRequestInput;
}

/** Response of `alibaba.wdk.coupon.sku.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkCouponSkuRemoveResponse {
  /** 结果 */
  result?: AlibabaWdkCouponSkuRemoveApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponTemplateItemRequest` of `alibaba.wdk.coupon.sku.remove`. */
export interface AlibabaWdkCouponSkuRemoveCouponTemplateItemRequestInput {
  /** 模板表主键id */
  id?: Int64Input;
  /** 券圈品设置 */
  prom_act_sku_list?: AlibabaWdkCouponSkuRemovePromActSkuInput[];
  /** ump模板ID */
  source_id?: Int64Input;
  /** 用户信息 */
  user_info?: AlibabaWdkCouponSkuRemoveUserInfoInput;
}

/** `PromActSku` of `alibaba.wdk.coupon.sku.remove`. */
export interface AlibabaWdkCouponSkuRemovePromActSkuInput {
  /** 商家逻辑分组序号 */
  logic_group_number?: Int64Input;
  /** 参与者id */
  participate_id?: string;
  /** 参与者名称 */
  participate_name?: string;
  /** 参与者类型 SKU_CODE(1, "商品skuCode"), SHOP(2, "店铺"), CATEGORY(3, "品类") */
  participate_type?: Int64Input;
}

/** `UserInfo` of `alibaba.wdk.coupon.sku.remove`. */
export interface AlibabaWdkCouponSkuRemoveUserInfoInput {
  /** 来源 */
  source?: string;
  /** 用户id */
  user_id?: Int64Input;
  /** 用户名称 */
  user_name?: string;
}

/** `ApiResult` of `alibaba.wdk.coupon.sku.remove`. */
export interface AlibabaWdkCouponSkuRemoveApiResult {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 返回 */
  model?: AlibabaWdkCouponSkuRemoveCouponTemplateOperateResponse;
  /** 成功标志 */
  success?: boolean;
}

/** `CouponTemplateOperateResponse` of `alibaba.wdk.coupon.sku.remove`. */
export interface AlibabaWdkCouponSkuRemoveCouponTemplateOperateResponse {
  /** 创建结果 */
  fail_elements?: AlibabaWdkCouponSkuRemoveFailElement[];
  /** 模板表主键 */
  id?: Int64;
  /** ump模板ID */
  source_id?: Int64;
}

/** `FailElement` of `alibaba.wdk.coupon.sku.remove`. */
export interface AlibabaWdkCouponSkuRemoveFailElement {
  /** 错误信息 */
  error_msg?: string;
  /** 参与者id */
  participate_id?: string;
  /** 参与者名称 */
  participate_name?: string;
}

const REQUEST_SCHEMA = {
  param_coupon_template_item_request: {
    id: 'Number',
    prom_act_sku_list: [
      {
        logic_group_number: 'Number',
        participate_id: 'String',
        participate_name: 'String',
        participate_type: 'Number',
      },
    ],
    source_id: 'Number',
    user_info: {
      source: 'String',
      user_id: 'Number',
      user_name: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    model: {
      fail_elements: [
        {
          error_msg: 'String',
          participate_id: 'String',
          participate_name: 'String',
        },
      ],
      id: 'Number',
      source_id: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.coupon.sku.remove`: method, response root, request and response schemas. */
export const alibabaWdkCouponSkuRemoveOperation = {
  method: 'alibaba.wdk.coupon.sku.remove',
  responseRoot: 'alibaba_wdk_coupon_sku_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠券商品删除 — calls TOP method `alibaba.wdk.coupon.sku.remove`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkCouponSkuRemove(
  client: TopClient,
  request: AlibabaWdkCouponSkuRemoveRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkCouponSkuRemoveResponse> {
  return client.call<AlibabaWdkCouponSkuRemoveResponse>(
    {
      method: 'alibaba.wdk.coupon.sku.remove',
      responseRoot: 'alibaba_wdk_coupon_sku_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
