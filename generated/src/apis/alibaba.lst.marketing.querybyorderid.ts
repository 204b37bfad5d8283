// Generated from specs/lstmarketing/alibaba.lst.marketing.querybyorderid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.marketing.querybyorderid` (根据订单查询营销信息). */
export interface AlibabaLstMarketingQuerybyorderidRequest {
  /** 主订单 */
  main_order_id?: Int64Input;
  /** 子订单 */
  sub_order_id?: Int64Input;
}

/** Response of `alibaba.lst.marketing.querybyorderid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstMarketingQuerybyorderidResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaLstMarketingQuerybyorderidResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alibaba.lst.marketing.querybyorderid`. */
export interface AlibabaLstMarketingQuerybyorderidResultDto {
  /** 错误信息 */
  error_message?: string;
  /** 订单实体 */
  content?: AlibabaLstMarketingQuerybyorderidLstTopOrderDto;
  /** 错误码 */
  error_code?: string;
  /** 执行结果 */
  success?: boolean;
}

/** `LstTopOrderDto` of `alibaba.lst.marketing.querybyorderid`. */
export interface AlibabaLstMarketingQuerybyorderidLstTopOrderDto {
  /** 子订单id */
  sub_order_id?: Int64;
  /** 主订单id */
  main_order_id?: Int64;
  /** 营销活动列表 */
  promotion_dto_list?: AlibabaLstMarketingQuerybyorderidPromotiondtolist[];
}

/** `Promotiondtolist` of `alibaba.lst.marketing.querybyorderid`. */
export interface AlibabaLstMarketingQuerybyorderidPromotiondtolist {
  /** 优惠金额，分为单位 */
  discount_fee?: Int64;
  /** 活动id */
  activity_id?: string;
  /** 活动名称 */
  activity_name?: string;
  /** 营销类型 */
  promotion_type_name?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
  sub_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    content: {
      sub_order_id: 'Number',
      main_order_id: 'Number',
      promotion_dto_list: [
        {
          discount_fee: 'Number',
          activity_id: 'String',
          activity_name: 'String',
          promotion_type_name: 'String',
        },
      ],
    },
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.marketing.querybyorderid`: method, response root, request and response schemas. */
export const alibabaLstMarketingQuerybyorderidOperation = {
  method: 'alibaba.lst.marketing.querybyorderid',
  responseRoot: 'alibaba_lst_marketing_querybyorderid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据订单查询营销信息 — calls TOP method `alibaba.lst.marketing.querybyorderid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstMarketingQuerybyorderid(
  client: TopClient,
  request: AlibabaLstMarketingQuerybyorderidRequest = {},
  options?: CallOptions,
): Promise<AlibabaLstMarketingQuerybyorderidResponse> {
  return client.call<AlibabaLstMarketingQuerybyorderidResponse>(
    {
      method: 'alibaba.lst.marketing.querybyorderid',
      responseRoot: 'alibaba_lst_marketing_querybyorderid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
