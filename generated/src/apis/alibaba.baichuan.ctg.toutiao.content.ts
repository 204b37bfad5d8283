// Generated from specs/baichuanctg/alibaba.baichuan.ctg.toutiao.content.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.baichuan.ctg.toutiao.content` (微博输出头条数据). */
export interface AlibabaBaichuanCtgToutiaoContentRequest {
  /** param0 */
  param0?: AlibabaBaichuanCtgToutiaoContentCtgRequestInput;
}

/** Response of `alibaba.baichuan.ctg.toutiao.content`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBaichuanCtgToutiaoContentResponse {
  /** 内容总体结构 */
  result?: AlibabaBaichuanCtgToutiaoContentCtgResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CtgRequest` of `alibaba.baichuan.ctg.toutiao.content`. */
export interface AlibabaBaichuanCtgToutiaoContentCtgRequestInput {
  /** delivery_id */
  delivery_id?: string;
  /** page_size */
  page_size?: Int64Input;
  /** current_page */
  current_page?: Int64Input;
  /** res_id */
  res_id?: string;
  /** app_key */
  business_app_key?: string;
  /** date */
  date?: string;
}

/** `CtgResponse` of `alibaba.baichuan.ctg.toutiao.content`. */
export interface AlibabaBaichuanCtgToutiaoContentCtgResponse {
  /** 返回错误信息 */
  error_message?: string;
  /** 是否包含下一页数据 */
  has_next?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 数据列表 */
  data_list?: AlibabaBaichuanCtgToutiaoContentData[];
  /** 处理成功与否 */
  success?: boolean;
}

/** `Data` of `alibaba.baichuan.ctg.toutiao.content`. */
export interface AlibabaBaichuanCtgToutiaoContentData {
  /** 内容标题 */
  title?: string;
  /** 内容发布时间 */
  publish_time?: string;
  /** 内容来源：头条 */
  source?: string;
  /** 内容概要描述 */
  summary?: string;
  /** 内容封面图 */
  cover_url?: string;
  /** 内容链接（可能为空） */
  content_url?: string;
  /** 内容来源说明 */
  org_source?: string;
  /** 达人nick */
  nick?: string;
  /** 淘宝达人id */
  tb_uid?: string;
  /** 微博大V账户id */
  wb_uid?: string;
  /** 内容创建时间 */
  create_time?: string;
  /** 返回的埋点参数 */
  ybhpss?: string;
  /** 内容正文信息 */
  body?: string;
  /** 内容修改时间 */
  modified_time?: string;
  /** 返回商品列表信息 */
  item_url_list?: string;
  /** 内容id */
  content_id?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    delivery_id: 'String',
    page_size: 'Number',
    current_page: 'Number',
    res_id: 'String',
    business_app_key: 'String',
    date: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    has_next: 'Boolean',
    error_code: 'String',
    data_list: [
      {
        title: 'String',
        publish_time: 'Date',
        source: 'String',
        summary: 'String',
        cover_url: 'String',
        content_url: 'String',
        org_source: 'String',
        nick: 'String',
        tb_uid: 'String',
        wb_uid: 'String',
        create_time: 'String',
        ybhpss: 'String',
        body: 'String',
        modified_time: 'String',
        item_url_list: 'String',
        content_id: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.baichuan.ctg.toutiao.content`: method, response root, request and response schemas. */
export const alibabaBaichuanCtgToutiaoContentOperation = {
  method: 'alibaba.baichuan.ctg.toutiao.content',
  responseRoot: 'alibaba_baichuan_ctg_toutiao_content_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 微博输出头条数据 — calls TOP method `alibaba.baichuan.ctg.toutiao.content`.
 *
 * 百川头条内容获取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBaichuanCtgToutiaoContent(
  client: TopClient,
  request: AlibabaBaichuanCtgToutiaoContentRequest = {},
  options?: CallOptions,
): Promise<AlibabaBaichuanCtgToutiaoContentResponse> {
  return client.call<AlibabaBaichuanCtgToutiaoContentResponse>(
    {
      method: 'alibaba.baichuan.ctg.toutiao.content',
      responseRoot: 'alibaba_baichuan_ctg_toutiao_content_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
