// Generated from specs/alihouse/alibaba.alihouse.newhome.project.update.item.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.update.item.info` (更新楼盘商品信息). */
export interface AlibabaAlihouseNewhomeProjectUpdateItemInfoRequest {
  /** 实体类 */
  project_update_item_info_dto: AlibabaAlihouseNewhomeProjectUpdateItemInfoProjectUpdateItemInfoDTOInput;
}

/** Response of `alibaba.alihouse.newhome.project.update.item.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectUpdateItemInfoResponse {
  /** 实体类 */
  result?: AlibabaAlihouseNewhomeProjectUpdateItemInfoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectUpdateItemInfoDTO` of `alibaba.alihouse.newhome.project.update.item.info`. */
export interface AlibabaAlihouseNewhomeProjectUpdateItemInfoProjectUpdateItemInfoDTOInput {
  /** 楼盘的外部id */
  outer_id: string;
  /** 楼盘描述介绍 */
  project_desc_introduce: string;
  /** 外部门店ID */
  outer_store_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.project.update.item.info`. */
export interface AlibabaAlihouseNewhomeProjectUpdateItemInfoResult {
  /** 楼盘表的主键ID */
  data?: Int64;
  /** 成功返回值 */
  success?: boolean;
  /** 成功描述 */
  message?: string;
  /** 成功code */
  code?: string;
}

const REQUEST_SCHEMA = {
  project_update_item_info_dto: {
    outer_id: 'String',
    project_desc_introduce: 'String',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.update.item.info`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectUpdateItemInfoOperation = {
  method: 'alibaba.alihouse.newhome.project.update.item.info',
  responseRoot: 'alibaba_alihouse_newhome_project_update_item_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新楼盘商品信息 — calls TOP method `alibaba.alihouse.newhome.project.update.item.info`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectUpdateItemInfo(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectUpdateItemInfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectUpdateItemInfoResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectUpdateItemInfoResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.update.item.info',
      responseRoot: 'alibaba_alihouse_newhome_project_update_item_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
