// Generated from specs/alihealthcrm/alibaba.alihealth.pregnancy.product.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pregnancy.product.get` (备孕首页获取达人配置商品). */
export interface AlibabaAlihealthPregnancyProductGetRequest {
  /** tab页对应id */
  scene_id: Int64Input;
  /** 起始页码，大于0 */
  current_page: Int64Input;
  /** 每页条数 */
  page_size: Int64Input;
}

/** Response of `alibaba.alihealth.pregnancy.product.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPregnancyProductGetResponse {
  /** 结果集 */
  result?: AlibabaAlihealthPregnancyProductGetTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.pregnancy.product.get`. */
export interface AlibabaAlihealthPregnancyProductGetTopResultModel {
  /** 查询内容主题 */
  model?: AlibabaAlihealthPregnancyProductGetModel;
  /** 操作说明 */
  msg_info?: string;
  /** 操作代码 */
  msg_code?: string;
}

/** `Model` of `alibaba.alihealth.pregnancy.product.get`. */
export interface AlibabaAlihealthPregnancyProductGetModel {
  /** 文章列表 */
  contents?: AlibabaAlihealthPregnancyProductGetContents[];
  /** 总页数 */
  total_page?: string;
  /** 总条数 */
  total_count?: string;
}

/** `Contents` of `alibaba.alihealth.pregnancy.product.get`. */
export interface AlibabaAlihealthPregnancyProductGetContents {
  /** 文章标题 */
  title?: string;
  /** 文章标签 */
  tags?: string;
  /** 图片 */
  photo_url?: string;
  /** 内容 */
  content?: string;
  /** 链接 */
  link_url?: string;
  /** 商品计数 */
  item_count?: Int64;
  /** 商品列表 */
  items?: string[];
  /** publishTime */
  publish_time?: string;
}

const REQUEST_SCHEMA = {
  scene_id: 'Number',
  current_page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      contents: [
        {
          title: 'String',
          tags: 'String',
          photo_url: 'String',
          content: 'String',
          link_url: 'String',
          item_count: 'Number',
          items: ['String'],
          publish_time: 'String',
        },
      ],
      total_page: 'String',
      total_count: 'String',
    },
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pregnancy.product.get`: method, response root, request and response schemas. */
export const alibabaAlihealthPregnancyProductGetOperation = {
  method: 'alibaba.alihealth.pregnancy.product.get',
  responseRoot: 'alibaba_alihealth_pregnancy_product_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 备孕首页获取达人配置商品 — calls TOP method `alibaba.alihealth.pregnancy.product.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPregnancyProductGet(
  client: TopClient,
  request: AlibabaAlihealthPregnancyProductGetRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthPregnancyProductGetResponse> {
  return client.call<AlibabaAlihealthPregnancyProductGetResponse>(
    {
      method: 'alibaba.alihealth.pregnancy.product.get',
      responseRoot: 'alibaba_alihealth_pregnancy_product_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
