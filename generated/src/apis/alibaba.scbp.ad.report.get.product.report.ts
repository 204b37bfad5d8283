// Generated from specs/scbp/alibaba.scbp.ad.report.get.product.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.report.get.product.report` (产品报告). */
export interface AlibabaScbpAdReportGetProductReportRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdReportGetProductReportTopContextDtoInput;
  /** 请求参数 */
  product_report_operation: AlibabaScbpAdReportGetProductReportProductReportOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.report.get.product.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdReportGetProductReportResponse {
  /** 返回数据 */
  result?: AlibabaScbpAdReportGetProductReportProductReportDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.report.get.product.report`. */
export interface AlibabaScbpAdReportGetProductReportTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `ProductReportOperationDto` of `alibaba.scbp.ad.report.get.product.report`. */
export interface AlibabaScbpAdReportGetProductReportProductReportOperationDtoInput {
  /** 产品名称或产品ID(模糊搜索) */
  key?: string;
  /** 获取明细数据（"true"/"false"）,如果为"true"则为明细数据 */
  get_detail_data?: string;
  /** 开始时间(yyyy-MM-dd) */
  date_begin?: string;
  /** 结束时间(yyyy-MM-dd) */
  date_end?: string;
  /** 时间段 */
  date_range?: Int64Input;
  /** 营销目标 */
  campaign_type?: Int64Input;
  /** 计划ID */
  campaign_id?: Int64Input;
  /** 排序字段(impr/click/ctr/cost/cpc) */
  order_field?: string;
  /** 排序方式(asc/desc) */
  order_type?: string;
  /** 页码 */
  page_index?: Int64Input;
  /** 每页数量 */
  page_size?: Int64Input;
}

/** `ProductReportDto` of `alibaba.scbp.ad.report.get.product.report`. */
export interface AlibabaScbpAdReportGetProductReportProductReportDto {
  /** 总数量 */
  total_count?: Int64;
  /** 返回实体集合 */
  product_effect_list?: AlibabaScbpAdReportGetProductReportProductEffectDto[];
}

/** `ProductEffectDto` of `alibaba.scbp.ad.report.get.product.report`. */
export interface AlibabaScbpAdReportGetProductReportProductEffectDto {
  /** 产品id */
  product_id?: Int64;
  /** 产品名称 */
  product_name?: string;
  /** 图片url */
  img_url?: string;
  /** 日期(yyyy-MM-dd) */
  stat_date?: string;
  /** 曝光 */
  impr?: Int64;
  /** 点击 */
  click?: Int64;
  /** 消耗 */
  cost?: Int64;
  /** 推广时长 */
  online_min?: Int64;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  product_report_operation: {
    key: 'String',
    get_detail_data: 'String',
    date_begin: 'String',
    date_end: 'String',
    date_range: 'Number',
    campaign_type: 'Number',
    campaign_id: 'Number',
    order_field: 'String',
    order_type: 'String',
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_count: 'Number',
    product_effect_list: [
      {
        product_id: 'Number',
        product_name: 'String',
        img_url: 'String',
        stat_date: 'String',
        impr: 'Number',
        click: 'Number',
        cost: 'Number',
        online_min: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.report.get.product.report`: method, response root, request and response schemas. */
export const alibabaScbpAdReportGetProductReportOperation = {
  method: 'alibaba.scbp.ad.report.get.product.report',
  responseRoot: 'alibaba_scbp_ad_report_get_product_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品报告 — calls TOP method `alibaba.scbp.ad.report.get.product.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdReportGetProductReport(
  client: TopClient,
  request: AlibabaScbpAdReportGetProductReportRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdReportGetProductReportResponse> {
  return client.call<AlibabaScbpAdReportGetProductReportResponse>(
    {
      method: 'alibaba.scbp.ad.report.get.product.report',
      responseRoot: 'alibaba_scbp_ad_report_get_product_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
