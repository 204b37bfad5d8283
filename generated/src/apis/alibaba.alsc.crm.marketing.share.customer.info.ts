// Generated from specs/alsc/alibaba.alsc.crm.marketing.share.customer.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.marketing.share.customer.info` (查询分享营销客户领券信息). */
export interface AlibabaAlscCrmMarketingShareCustomerInfoRequest {
  /** 活动id */
  activity_id: string;
  /** 品牌id(brandId和outerBrandId必传其一) */
  brand_id?: string;
  /** 会员id */
  customer_id: string;
  /** 操作人 */
  operator_id?: string;
  /** 操作人姓名 */
  operator_name?: string;
  /** 外部品牌id */
  out_brand_id?: string;
  /** 外部门店id */
  out_shop_id?: string;
  /** 请求幂等id */
  request_id?: string;
  /** 门店id */
  shop_id?: string;
}

/** Response of `alibaba.alsc.crm.marketing.share.customer.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmMarketingShareCustomerInfoResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmMarketingShareCustomerInfoCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.marketing.share.customer.info`. */
export interface AlibabaAlscCrmMarketingShareCustomerInfoCommonResult {
  /** 是否成功 */
  biz_success?: boolean;
  /** 结果 */
  result?: AlibabaAlscCrmMarketingShareCustomerInfoShareMarketingCustomerVoucherInfo;
  /** 错误码 */
  result_code?: string;
  /** 错误描述 */
  result_desc?: string;
  /** 错误展示 */
  result_view?: string;
}

/** `ShareMarketingCustomerVoucherInfo` of `alibaba.alsc.crm.marketing.share.customer.info`. */
export interface AlibabaAlscCrmMarketingShareCustomerInfoShareMarketingCustomerVoucherInfo {
  /** 推荐人分享后领取的券（券模板id和对应券实例个数） */
  share_data?: string;
  /** 被推荐人领取后，给推荐人的奖励（券模板id和对应券实例个数） */
  shared_received?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'String',
  brand_id: 'String',
  customer_id: 'String',
  operator_id: 'String',
  operator_name: 'String',
  out_brand_id: 'String',
  out_shop_id: 'String',
  request_id: 'String',
  shop_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      share_data: 'String',
      shared_received: 'String',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.marketing.share.customer.info`: method, response root, request and response schemas. */
export const alibabaAlscCrmMarketingShareCustomerInfoOperation = {
  method: 'alibaba.alsc.crm.marketing.share.customer.info',
  responseRoot: 'alibaba_alsc_crm_marketing_share_customer_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询分享营销客户领券信息 — calls TOP method `alibaba.alsc.crm.marketing.share.customer.info`.
 *
 * 查询分享营销活动的客户领券信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmMarketingShareCustomerInfo(
  client: TopClient,
  request: AlibabaAlscCrmMarketingShareCustomerInfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmMarketingShareCustomerInfoResponse> {
  return client.call<AlibabaAlscCrmMarketingShareCustomerInfoResponse>(
    {
      method: 'alibaba.alsc.crm.marketing.share.customer.info',
      responseRoot: 'alibaba_alsc_crm_marketing_share_customer_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
