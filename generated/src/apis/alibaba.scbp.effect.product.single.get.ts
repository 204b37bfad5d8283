// Generated from specs/scbp/alibaba.scbp.effect.product.single.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.effect.product.single.get` (单个产品的报表). */
export interface AlibabaScbpEffectProductSingleGetRequest {
  /** ProductQuery */
  p4p_product_report_query?: AlibabaScbpEffectProductSingleGetProductQueryInput;
}

/** Response of `alibaba.scbp.effect.product.single.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpEffectProductSingleGetResponse {
  /** 单个产品的效果数据列表 */
  s_product_effect_list?: AlibabaScbpEffectProductSingleGetSingleProductEffectDto[];
  /** 总个数 */
  total_num?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductQuery` of `alibaba.scbp.effect.product.single.get`. */
export interface AlibabaScbpEffectProductSingleGetProductQueryInput {
  /** 区间 只能为1 7 30 */
  inteval: Int64Input;
  /** 每页行数 */
  per_page_size?: Int64Input;
  /** 第几页 */
  to_page?: Int64Input;
  /** 结束时间 当inteval=7或30的时候 不需要填写 */
  end_date?: string;
  /** 开始时间 当inteval=7或30的时候 不需要填写 */
  begin_date?: string;
  /** 产品ID */
  product_id: Int64Input;
}

/** `SingleProductEffectDto` of `alibaba.scbp.effect.product.single.get`. */
export interface AlibabaScbpEffectProductSingleGetSingleProductEffectDto {
  /** 产品title */
  subject?: string;
  /** 曝光 */
  impression_cnt?: string;
  /** 日期 */
  stat_date?: string;
  /** 产品ID */
  product_id?: Int64;
  /** 平均点击花费 */
  click_cost_avg?: string;
  /** 点击数 */
  click_cnt?: string;
  /** 单位元，保留两位小数, 例如3.75表示3.75元 */
  cost?: string;
  /** 百分比，保留两位小数，例如3.75表示3.75% */
  ctr?: string;
}

const REQUEST_SCHEMA = {
  p4p_product_report_query: {
    inteval: 'Number',
    per_page_size: 'Number',
    to_page: 'Number',
    end_date: 'String',
    begin_date: 'String',
    product_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  s_product_effect_list: [
    {
      subject: 'String',
      impression_cnt: 'String',
      stat_date: 'String',
      product_id: 'Number',
      click_cost_avg: 'String',
      click_cnt: 'String',
      cost: 'String',
      ctr: 'String',
    },
  ],
  total_num: 'Number',
  total_page: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.effect.product.single.get`: method, response root, request and response schemas. */
export const alibabaScbpEffectProductSingleGetOperation = {
  method: 'alibaba.scbp.effect.product.single.get',
  responseRoot: 'alibaba_scbp_effect_product_single_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单个产品的报表 — calls TOP method `alibaba.scbp.effect.product.single.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpEffectProductSingleGet(
  client: TopClient,
  request: AlibabaScbpEffectProductSingleGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpEffectProductSingleGetResponse> {
  return client.call<AlibabaScbpEffectProductSingleGetResponse>(
    {
      method: 'alibaba.scbp.effect.product.single.get',
      responseRoot: 'alibaba_scbp_effect_product_single_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
