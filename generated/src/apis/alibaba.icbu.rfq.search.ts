// Generated from specs/icburfq/alibaba.icbu.rfq.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.rfq.search` (查询RFQ). */
export interface AlibabaIcbuRfqSearchRequest {
  /** 验证 */
  md5key?: string;
  /** 查询条件 */
  cond?: AlibabaIcbuRfqSearchRfqRequestSearchCondDtoInput;
}

/** Response of `alibaba.icbu.rfq.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuRfqSearchResponse {
  /** 返回信息结果集 */
  result?: AlibabaIcbuRfqSearchRfqRemoteServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RfqRequestSearchCondDto` of `alibaba.icbu.rfq.search`. */
export interface AlibabaIcbuRfqSearchRfqRequestSearchCondDtoInput {
  /** 关键词 */
  search_text: string;
  /** 每页显示个数 */
  page_size?: Int64Input;
  /** 过滤RFQ发送时间秒级别的 */
  open_time?: Int64Input;
  /** 是否有附件 */
  attachment?: boolean;
  /** 是否有图片 */
  photo?: boolean;
  /** 国家简称 */
  country?: string;
  /** 类目 */
  category_id?: string;
  /** RFQ发布到现在的结束时间秒级别 */
  close_time?: Int64Input;
  /** 最小量 */
  quantity_min?: Int64Input;
  /** 当前页 */
  current_page?: Int64Input;
  /** 最大量 */
  quantity_max?: Int64Input;
  /** 是否报满RFQ */
  full_quote?: boolean;
  /** 是否限免RFQ */
  zero_quotation?: boolean;
  /** 是否过滤已报价 */
  filter_quoted?: boolean;
}

/** `RfqRemoteServiceResult` of `alibaba.icbu.rfq.search`. */
export interface AlibabaIcbuRfqSearchRfqRemoteServiceResult {
  /** 查询返回信息 */
  message?: string;
  /** 结果集 */
  result?: AlibabaIcbuRfqSearchRfqRequestSearchResultDto;
  /** 错误类型 */
  error_type?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `RfqRequestSearchResultDto` of `alibaba.icbu.rfq.search`. */
export interface AlibabaIcbuRfqSearchRfqRequestSearchResultDto {
  /** RFQ列表 */
  request_list?: AlibabaIcbuRfqSearchRequestlist[];
  /** 总数 */
  total?: Int64;
  /** 类目列表 */
  category_list?: AlibabaIcbuRfqSearchCategorylist[];
}

/** `Requestlist` of `alibaba.icbu.rfq.search`. */
export interface AlibabaIcbuRfqSearchRequestlist {
  /** RFQID */
  rfq_id?: string;
  /** 类目ID */
  category_id?: Int64;
  /** RFQ标题 */
  subject?: string;
  /** RFQ内容 */
  description?: string;
  /** 数量 */
  quantity?: Int64;
  /** 数量单位 */
  quantity_unit?: string;
  /** 国家简称 */
  country_simple?: string;
  /** 剩余报价 */
  left_count?: Int64;
  /** 附件名称 */
  annex_names?: string;
  /** 语种 */
  lang_src?: string;
  /** 过期时间 */
  expirate_time?: Int64;
  /** 开始时间 */
  open_time?: Int64;
  /** 图片地址 */
  image_url?: string;
  /** 供应商国家 */
  supplier_countrys?: string;
  /** 附件 */
  annex_files?: AlibabaIcbuRfqSearchRfqAnnexFileRemoteDto[];
  /** 唯一加密RFQID */
  unique_rfq_id?: string;
}

/** `RfqAnnexFileRemoteDto` of `alibaba.icbu.rfq.search`. */
export interface AlibabaIcbuRfqSearchRfqAnnexFileRemoteDto {
  /** 文件名 */
  file_name?: string;
  /** 唯一文件名 */
  unique_file_name?: string;
}

/** `Categorylist` of `alibaba.icbu.rfq.search`. */
export interface AlibabaIcbuRfqSearchCategorylist {
  /** 类目ID */
  category_id?: Int64;
  /** 类目名称 */
  category_name?: string;
  /** 数量 */
  count?: Int64;
}

const REQUEST_SCHEMA = {
  md5key: 'String',
  cond: {
    search_text: 'String',
    page_size: 'Number',
    open_time: 'Number',
    attachment: 'Boolean',
    photo: 'Boolean',
    country: 'String',
    category_id: 'String',
    close_time: 'Number',
    quantity_min: 'Number',
    current_page: 'Number',
    quantity_max: 'Number',
    full_quote: 'Boolean',
    zero_quotation: 'Boolean',
    filter_quoted: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    result: {
      request_list: [
        {
          rfq_id: 'String',
          category_id: 'Number',
          subject: 'String',
          description: 'String',
          quantity: 'Number',
          quantity_unit: 'String',
          country_simple: 'String',
          left_count: 'Number',
          annex_names: 'String',
          lang_src: 'String',
          expirate_time: 'Number',
          open_time: 'Number',
          image_url: 'String',
          supplier_countrys: 'String',
          annex_files: [
            {
              file_name: 'String',
              unique_file_name: 'String',
            },
          ],
          unique_rfq_id: 'String',
        },
      ],
      total: 'Number',
      category_list: [
        {
          category_id: 'Number',
          category_name: 'String',
          count: 'Number',
        },
      ],
    },
    error_type: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.rfq.search`: method, response root, request and response schemas. */
export const alibabaIcbuRfqSearchOperation = {
  method: 'alibaba.icbu.rfq.search',
  responseRoot: 'alibaba_icbu_rfq_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询RFQ — calls TOP method `alibaba.icbu.rfq.search`.
 *
 * 用于查询RFQ的信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuRfqSearch(
  client: TopClient,
  request: AlibabaIcbuRfqSearchRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuRfqSearchResponse> {
  return client.call<AlibabaIcbuRfqSearchResponse>(
    {
      method: 'alibaba.icbu.rfq.search',
      responseRoot: 'alibaba_icbu_rfq_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
