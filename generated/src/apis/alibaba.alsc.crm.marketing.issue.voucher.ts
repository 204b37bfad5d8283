// Generated from specs/alsc/alibaba.alsc.crm.marketing.issue.voucher.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.marketing.issue.voucher` (发券). */
export interface AlibabaAlscCrmMarketingIssueVoucherRequest {
  /** 参数 */
  param_issue_voucher_req?: AlibabaAlscCrmMarketingIssueVoucherIssueVoucherReqInput;
}

/** Response of `alibaba.alsc.crm.marketing.issue.voucher`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmMarketingIssueVoucherResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmMarketingIssueVoucherCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IssueVoucherReq` of `alibaba.alsc.crm.marketing.issue.voucher`. */
export interface AlibabaAlscCrmMarketingIssueVoucherIssueVoucherReqInput {
  /** 活动id */
  activity_id: string;
  /** 品牌id(brandId和outerBrandId必传其一) */
  brand_id?: string;
  /** 会员id */
  customer_id: string;
  /** 分享营销来源userId（需要用加密接口加密） */
  from_user_id?: string;
  /** 操作人id */
  operator_id?: string;
  /** 操作人姓名 */
  operator_name?: string;
  /** 进店领券订单id */
  order_id?: string;
  /** 进店领券订单来源 */
  order_src?: Int64Input;
  /** 外部品牌id */
  out_brand_id?: string;
  /** 门店id */
  out_shop_id?: string;
  /** 幂等请求id */
  request_id?: string;
  /** 门店id */
  shop_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.marketing.issue.voucher`. */
export interface AlibabaAlscCrmMarketingIssueVoucherCommonResult {
  /** 是否成功 */
  biz_success?: boolean;
  /** 结果 */
  result?: AlibabaAlscCrmMarketingIssueVoucherPrizeInfo;
  /** 错误码 */
  result_code?: string;
  /** 错误说明 */
  result_desc?: string;
  /** 错误展示 */
  result_view?: string;
}

/** `PrizeInfo` of `alibaba.alsc.crm.marketing.issue.voucher`. */
export interface AlibabaAlscCrmMarketingIssueVoucherPrizeInfo {
  /** 优惠券列表 */
  prize_item_info_list?: AlibabaAlscCrmMarketingIssueVoucherPrizeItemInfo[];
  /** 是否中奖 */
  win_prize?: boolean;
}

/** `PrizeItemInfo` of `alibaba.alsc.crm.marketing.issue.voucher`. */
export interface AlibabaAlscCrmMarketingIssueVoucherPrizeItemInfo {
  /** 优惠金额 */
  denomination?: string;
  /** 几等奖 */
  prize_level?: Int64;
  /** 奖品名称 */
  prize_name?: string;
  /** 券id */
  voucher_ids?: string[];
  /** 券名称 */
  voucher_name?: string;
  /** 券类型 */
  voucher_type?: string;
}

const REQUEST_SCHEMA = {
  param_issue_voucher_req: {
    activity_id: 'String',
    brand_id: 'String',
    customer_id: 'String',
    from_user_id: 'String',
    operator_id: 'String',
    operator_name: 'String',
    order_id: 'String',
    order_src: 'Number',
    out_brand_id: 'String',
    out_shop_id: 'String',
    request_id: 'String',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      prize_item_info_list: [
        {
          denomination: 'String',
          prize_level: 'Number',
          prize_name: 'String',
          voucher_ids: ['String'],
          voucher_name: 'String',
          voucher_type: 'String',
        },
      ],
      win_prize: 'Boolean',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.marketing.issue.voucher`: method, response root, request and response schemas. */
export const alibabaAlscCrmMarketingIssueVoucherOperation = {
  method: 'alibaba.alsc.crm.marketing.issue.voucher',
  responseRoot: 'alibaba_alsc_crm_marketing_issue_voucher_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发券 — calls TOP method `alibaba.alsc.crm.marketing.issue.voucher`.
 *
 * 提供发券功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmMarketingIssueVoucher(
  client: TopClient,
  request: AlibabaAlscCrmMarketingIssueVoucherRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmMarketingIssueVoucherResponse> {
  return client.call<AlibabaAlscCrmMarketingIssueVoucherResponse>(
    {
      method: 'alibaba.alsc.crm.marketing.issue.voucher',
      responseRoot: 'alibaba_alsc_crm_marketing_issue_voucher_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
