// Generated from specs/scbp/alibaba.scbp.effect.product.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.effect.product.report` (所有产品报表). */
export interface AlibabaScbpEffectProductReportRequest {
  /** ProductQuery */
  p4p_product_report_query?: AlibabaScbpEffectProductReportProductQueryInput;
}

/** Response of `alibaba.scbp.effect.product.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpEffectProductReportResponse {
  /** 产品效果数据列表 */
  product_effect_list?: AlibabaScbpEffectProductReportProductEffectDto[];
  /** 总个数 */
  total_num?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductQuery` of `alibaba.scbp.effect.product.report`. */
export interface AlibabaScbpEffectProductReportProductQueryInput {
  /** 结束时间 当inteval=7或30的时候 不需要填写 */
  end_date?: string;
  /** 区间 只能为1 7 30 */
  inteval: Int64Input;
  /** 每页行数 */
  per_page_size?: Int64Input;
  /** 第几页 */
  to_page?: Int64Input;
  /** 排序字段，目前支持传入下面5个值中的其中一个，不传的话默认使用impression_cnt，括号中为字段含义解释 impression_cnt (曝光量)，click_cost_avg (平均点击花费)，click_cnt(点击量)cost(总花费)ctr(点击率) */
  order_str?: string;
}

/** `ProductEffectDto` of `alibaba.scbp.effect.product.report`. */
export interface AlibabaScbpEffectProductReportProductEffectDto {
  /** 点击量 */
  click_cnt?: string;
  /** 平均点击花费 */
  click_cost_avg?: string;
  /** 单位元，保留两位小数, 例如3.75表示3.75元 */
  cost?: string;
  /** 百分比，保留两位小数，例如3.75表示3.75% */
  ctr?: string;
  /** 曝光 */
  impression_cnt?: string;
  /** 产品ID */
  product_id?: Int64;
  /** 日期 */
  stat_date?: string;
  /** title */
  subject?: string;
}

const REQUEST_SCHEMA = {
  p4p_product_report_query: {
    end_date: 'String',
    inteval: 'Number',
    per_page_size: 'Number',
    to_page: 'Number',
    order_str: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_effect_list: [
    {
      click_cnt: 'String',
      click_cost_avg: 'String',
      cost: 'String',
      ctr: 'String',
      impression_cnt: 'String',
      product_id: 'Number',
      stat_date: 'String',
      subject: 'String',
    },
  ],
  total_num: 'Number',
  total_page: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.effect.product.report`: method, response root, request and response schemas. */
export const alibabaScbpEffectProductReportOperation = {
  method: 'alibaba.scbp.effect.product.report',
  responseRoot: 'alibaba_scbp_effect_product_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 所有产品报表 — calls TOP method `alibaba.scbp.effect.product.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpEffectProductReport(
  client: TopClient,
  request: AlibabaScbpEffectProductReportRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpEffectProductReportResponse> {
  return client.call<AlibabaScbpEffectProductReportResponse>(
    {
      method: 'alibaba.scbp.effect.product.report',
      responseRoot: 'alibaba_scbp_effect_product_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
