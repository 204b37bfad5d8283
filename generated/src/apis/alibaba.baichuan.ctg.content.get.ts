// Generated from specs/baichuan/alibaba.baichuan.ctg.content.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.baichuan.ctg.content.get` (百川内容平台内容获取). */
export interface AlibabaBaichuanCtgContentGetRequest {
  /** 投放位置 */
  delivery_id?: string;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 当前页 */
  current_page?: Int64Input;
  /** 资源位 */
  res_id?: string;
  /** 日期 */
  date?: string;
}

/** Response of `alibaba.baichuan.ctg.content.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBaichuanCtgContentGetResponse {
  /** errorMessage */
  err_message?: string;
  /** hasNext */
  has_next?: boolean;
  /** errorCode */
  err_code?: string;
  /** data */
  data_list?: AlibabaBaichuanCtgContentGetData[];
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `alibaba.baichuan.ctg.content.get`. */
export interface AlibabaBaichuanCtgContentGetData {
  /** title */
  title?: string;
  /** publishTime */
  publish_time?: string;
  /** source */
  source?: string;
  /** summary */
  summary?: string;
  /** coverUrl */
  cover_url?: string;
  /** contentUrl */
  content_url?: string;
  /** paths */
  thumbnails?: string;
  /** org_source */
  org_source?: string;
  /** nick */
  nick?: string;
}

const REQUEST_SCHEMA = {
  delivery_id: 'String',
  page_size: 'Number',
  current_page: 'Number',
  res_id: 'String',
  date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  err_message: 'String',
  has_next: 'Boolean',
  err_code: 'String',
  data_list: [
    {
      title: 'String',
      publish_time: 'Date',
      source: 'String',
      summary: 'String',
      cover_url: 'String',
      content_url: 'String',
      thumbnails: 'String',
      org_source: 'String',
      nick: 'String',
    },
  ],
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.baichuan.ctg.content.get`: method, response root, request and response schemas. */
export const alibabaBaichuanCtgContentGetOperation = {
  method: 'alibaba.baichuan.ctg.content.get',
  responseRoot: 'alibaba_baichuan_ctg_content_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川内容平台内容获取 — calls TOP method `alibaba.baichuan.ctg.content.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBaichuanCtgContentGet(
  client: TopClient,
  request: AlibabaBaichuanCtgContentGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaBaichuanCtgContentGetResponse> {
  return client.call<AlibabaBaichuanCtgContentGetResponse>(
    {
      method: 'alibaba.baichuan.ctg.content.get',
      responseRoot: 'alibaba_baichuan_ctg_content_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
