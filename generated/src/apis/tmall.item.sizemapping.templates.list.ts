// Generated from specs/product/tmall.item.sizemapping.templates.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.sizemapping.templates.list` (获取天猫商品尺码表模板列表). */
export interface TmallItemSizemappingTemplatesListRequest {}

/** Response of `tmall.item.sizemapping.templates.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSizemappingTemplatesListResponse {
  /** 尺码表模板列表 */
  size_mapping_templates?: TmallItemSizemappingTemplatesListSizeMappingTemplate[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SizeMappingTemplate` of `tmall.item.sizemapping.templates.list`. */
export interface TmallItemSizemappingTemplatesListSizeMappingTemplate {
  /** 尺码表模板ID */
  template_id?: Int64;
  /** 尺码表模板名称 */
  template_name?: string;
  /** 尺码表模板内容，格式为"尺码值:维度名称:数值,尺码值:维度名称:数值"。其中，数值的单位，长度单位为厘米（cm），体重单位为公斤（kg）。 */
  template_content?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  size_mapping_templates: [
    {
      template_id: 'Number',
      template_name: 'String',
      template_content: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.sizemapping.templates.list`: method, response root, request and response schemas. */
export const tmallItemSizemappingTemplatesListOperation = {
  method: 'tmall.item.sizemapping.templates.list',
  responseRoot: 'tmall_item_sizemapping_templates_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取天猫商品尺码表模板列表 — calls TOP method `tmall.item.sizemapping.templates.list`.
 *
 * 获取所有尺码表模板列表。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSizemappingTemplatesList(
  client: TopClient,
  request: TmallItemSizemappingTemplatesListRequest = {},
  options?: CallOptions,
): Promise<TmallItemSizemappingTemplatesListResponse> {
  return client.call<TmallItemSizemappingTemplatesListResponse>(
    {
      method: 'tmall.item.sizemapping.templates.list',
      responseRoot: 'tmall_item_sizemapping_templates_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
