// Generated from specs/alihouse/alibaba.alihouse.newhome.item.tag.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.item.tag.submit` (ETC上翻商品打标接口). */
export interface AlibabaAlihouseNewhomeItemTagSubmitRequest {
  /** 打标结构体 */
  item_tag_request_dto?: AlibabaAlihouseNewhomeItemTagSubmitItemTagRequestDTOInput;
}

/** Response of `alibaba.alihouse.newhome.item.tag.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeItemTagSubmitResponse {
  /** 返回结果 */
  result?: AlibabaAlihouseNewhomeItemTagSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemTagRequestDTO` of `alibaba.alihouse.newhome.item.tag.submit`. */
export interface AlibabaAlihouseNewhomeItemTagSubmitItemTagRequestDTOInput {
  /** 外部门店名称 */
  outer_store_id?: string;
  /** 1-新房楼盘 2-小区 */
  source_type?: Int64Input;
  /** etc版本号 */
  etc_version?: Int64Input;
  /** 外部主键ID */
  outer_ids?: string[];
  /** 默认0 1添加标签 -1去除标签 */
  type?: Int64Input;
  /** 打到IC标，如果业务有db 比如楼盘会存db feature字段 */
  item_tag_codes?: string[];
}

/** `Result` of `alibaba.alihouse.newhome.item.tag.submit`. */
export interface AlibabaAlihouseNewhomeItemTagSubmitResult {
  /** 错误消息 */
  msg?: string;
  /** 错误code */
  code?: string;
  /** 返回值 */
  data?: AlibabaAlihouseNewhomeItemTagSubmitItemTagResultDTO;
  /** 扩展信息 */
  extend_info?: string;
  /** 是否成功请求 */
  is_success?: boolean;
}

/** `ItemTagResultDTO` of `alibaba.alihouse.newhome.item.tag.submit`. */
export interface AlibabaAlihouseNewhomeItemTagSubmitItemTagResultDTO {
  /** 是否全部成功 */
  has_success?: boolean;
  /** 失败的外部ID列表 */
  failed_outer_ids?: string[];
}

const REQUEST_SCHEMA = {
  item_tag_request_dto: {
    outer_store_id: 'String',
    source_type: 'Number',
    etc_version: 'Number',
    outer_ids: ['String'],
    type: 'Number',
    item_tag_codes: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    data: {
      has_success: 'Boolean',
      failed_outer_ids: ['String'],
    },
    extend_info: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.item.tag.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeItemTagSubmitOperation = {
  method: 'alibaba.alihouse.newhome.item.tag.submit',
  responseRoot: 'alibaba_alihouse_newhome_item_tag_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ETC上翻商品打标接口 — calls TOP method `alibaba.alihouse.newhome.item.tag.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeItemTagSubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeItemTagSubmitRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeItemTagSubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeItemTagSubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.item.tag.submit',
      responseRoot: 'alibaba_alihouse_newhome_item_tag_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
