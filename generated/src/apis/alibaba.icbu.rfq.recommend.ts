// Generated from specs/icburfq/alibaba.icbu.rfq.recommend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.rfq.recommend` (rfq推荐). */
export interface AlibabaIcbuRfqRecommendRequest {
  /** 入参数据 */
  query_dto: AlibabaIcbuRfqRecommendQueryDtoInput;
}

/** Response of `alibaba.icbu.rfq.recommend`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuRfqRecommendResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaIcbuRfqRecommendServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryDto` of `alibaba.icbu.rfq.recommend`. */
export interface AlibabaIcbuRfqRecommendQueryDtoInput {
  /** 推荐数量 */
  count: Int64Input;
  /** 当前页面数 */
  current: Int64Input;
  /** 页面大小 */
  page_size: Int64Input;
  /** 系统参数qn-homepage */
  site: string;
  /** 系统参数U_P_I */
  type: string;
}

/** `ServiceResult` of `alibaba.icbu.rfq.recommend`. */
export interface AlibabaIcbuRfqRecommendServiceResult {
  /** 系统信息 */
  msg?: string;
  /** 返回系统代码 */
  result_code?: Int64;
  /** 请求是否成功 */
  success?: boolean;
  /** 返回结果 */
  value?: AlibabaIcbuRfqRecommendRecommendReturnDto;
}

/** `RecommendReturnDto` of `alibaba.icbu.rfq.recommend`. */
export interface AlibabaIcbuRfqRecommendRecommendReturnDto {
  /** 返回结果统计 */
  pagination?: AlibabaIcbuRfqRecommendPageView;
  /** 返回推荐RFQ */
  rfq_list?: AlibabaIcbuRfqRecommendRecommendRfqDto[];
}

/** `PageView` of `alibaba.icbu.rfq.recommend`. */
export interface AlibabaIcbuRfqRecommendPageView {
  /** 当前页面 */
  current?: Int64;
  /** 页面大小 */
  page_size?: Int64;
  /** 推荐数量 */
  total_item?: Int64;
  /** 总页数 */
  total_pages?: Int64;
}

/** `RecommendRfqDto` of `alibaba.icbu.rfq.recommend`. */
export interface AlibabaIcbuRfqRecommendRecommendRfqDto {
  /** 国家全称 */
  country?: string;
  /** 国家简称 */
  country_simple?: string;
  /** 发布时间戳 */
  date_post?: Int64;
  /** 发布时间 */
  date_post_str?: string;
  /** RFQ详情 */
  detail?: string;
  /** 是否有读过 */
  has_read?: boolean;
  /** 是否有图片 */
  have_image?: boolean;
  /** 图片地址 */
  image_url?: string;
  /** 剩余报价数 */
  left_count?: Int64;
  /** 数量 */
  quantity?: Int64;
  /** rfqID */
  rfq_id?: string;
  /** RFQ标题 */
  subject?: string;
  /** 数量单位 */
  quantity_unit?: string;
}

const REQUEST_SCHEMA = {
  query_dto: {
    count: 'Number',
    current: 'Number',
    page_size: 'Number',
    site: 'String',
    type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    result_code: 'Number',
    success: 'Boolean',
    value: {
      pagination: {
        current: 'Number',
        page_size: 'Number',
        total_item: 'Number',
        total_pages: 'Number',
      },
      rfq_list: [
        {
          country: 'String',
          country_simple: 'String',
          date_post: 'Number',
          date_post_str: 'String',
          detail: 'String',
          has_read: 'Boolean',
          have_image: 'Boolean',
          image_url: 'String',
          left_count: 'Number',
          quantity: 'Number',
          rfq_id: 'String',
          subject: 'String',
          quantity_unit: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.rfq.recommend`: method, response root, request and response schemas. */
export const alibabaIcbuRfqRecommendOperation = {
  method: 'alibaba.icbu.rfq.recommend',
  responseRoot: 'alibaba_icbu_rfq_recommend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * rfq推荐 — calls TOP method `alibaba.icbu.rfq.recommend`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuRfqRecommend(
  client: TopClient,
  request: AlibabaIcbuRfqRecommendRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuRfqRecommendResponse> {
  return client.call<AlibabaIcbuRfqRecommendResponse>(
    {
      method: 'alibaba.icbu.rfq.recommend',
      responseRoot: 'alibaba_icbu_rfq_recommend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
