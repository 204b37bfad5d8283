// Generated from specs/tmallnr/tmall.nrt.certificate.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.certificate.query` (批量查询电子凭证信息). */
export interface TmallNrtCertificateQueryRequest {
  /** 查询电子凭证实例DTO */
  nrt_certificate_instance_query_d_t_o?: TmallNrtCertificateQueryNrtCertificateInstanceQueryDtoInput;
}

/** Response of `tmall.nrt.certificate.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtCertificateQueryResponse {
  /** 接口返回model */
  result?: TmallNrtCertificateQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtCertificateInstanceQueryDto` of `tmall.nrt.certificate.query`. */
export interface TmallNrtCertificateQueryNrtCertificateInstanceQueryDtoInput {
  /** 显示数量 */
  page_size?: Int64Input;
  /** 当前页 */
  current_page?: Int64Input;
  /** 淘系加密ID */
  open_id: string;
  /** 电子凭证码值集合 */
  codes: string;
  /** 业务编码 */
  biz_code?: string;
}

/** `Result` of `tmall.nrt.certificate.query`. */
export interface TmallNrtCertificateQueryResult {
  /** model */
  model?: TmallNrtCertificateQueryPageData;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

/** `PageData` of `tmall.nrt.certificate.query`. */
export interface TmallNrtCertificateQueryPageData {
  /** 电子凭证实例DTO */
  data_list?: TmallNrtCertificateQueryNrtCertificateInstanceResponseDto[];
  /** 显示数量 */
  page_size?: string;
  /** 当前页 */
  current_page?: string;
  /** 总数 */
  total_item?: string;
}

/** `NrtCertificateInstanceResponseDto` of `tmall.nrt.certificate.query`. */
export interface TmallNrtCertificateQueryNrtCertificateInstanceResponseDto {
  /** 创建时间 */
  create_time?: string;
  /** 开始时间 */
  start_time?: string;
  /** 结束时间 */
  end_time?: string;
  /** 电子凭证码值 */
  certificate_code?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 状态 */
  status?: Int64;
  /** 淘系加密ID */
  open_id?: string;
  /** 投放渠道 */
  channel?: Int64;
  /** 电子凭证模版id */
  out_id?: string;
}

const REQUEST_SCHEMA = {
  nrt_certificate_instance_query_d_t_o: {
    page_size: 'Number',
    current_page: 'Number',
    open_id: 'String',
    codes: 'String',
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      data_list: [
        {
          create_time: 'Date',
          start_time: 'Date',
          end_time: 'Date',
          certificate_code: 'String',
          modified_time: 'Date',
          status: 'Number',
          open_id: 'String',
          channel: 'Number',
          out_id: 'String',
        },
      ],
      page_size: 'String',
      current_page: 'String',
      total_item: 'String',
    },
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.certificate.query`: method, response root, request and response schemas. */
export const tmallNrtCertificateQueryOperation = {
  method: 'tmall.nrt.certificate.query',
  responseRoot: 'tmall_nrt_certificate_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询电子凭证信息 — calls TOP method `tmall.nrt.certificate.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtCertificateQuery(
  client: TopClient,
  request: TmallNrtCertificateQueryRequest = {},
  options?: CallOptions,
): Promise<TmallNrtCertificateQueryResponse> {
  return client.call<TmallNrtCertificateQueryResponse>(
    {
      method: 'tmall.nrt.certificate.query',
      responseRoot: 'tmall_nrt_certificate_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
