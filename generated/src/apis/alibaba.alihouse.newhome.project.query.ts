// Generated from specs/alihouse/alibaba.alihouse.newhome.project.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.query` (查询楼盘相关信息). */
export interface AlibabaAlihouseNewhomeProjectQueryRequest {
  /** 外部楼盘/小区id */
  outer_id?: string;
  /** 商品id */
  item_id?: string;
  /** 门店ID */
  outer_store_id?: string;
}

/** Response of `alibaba.alihouse.newhome.project.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectQueryResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.project.query`. */
export interface AlibabaAlihouseNewhomeProjectQueryResult {
  /** 返回素材id */
  data?: AlibabaAlihouseNewhomeProjectQueryEbbasItemDto;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

/** `EbbasItemDto` of `alibaba.alihouse.newhome.project.query`. */
export interface AlibabaAlihouseNewhomeProjectQueryEbbasItemDto {
  /** 商品id */
  item_id?: string;
  /** 楼盘上下架状态 */
  online_status?: number;
  /** 外部id */
  outer_id?: string;
  /** 服务者列表 */
  broker_list?: AlibabaAlihouseNewhomeProjectQueryCommunityAgentRelationDTO[];
}

/** `CommunityAgentRelationDTO` of `alibaba.alihouse.newhome.project.query`. */
export interface AlibabaAlihouseNewhomeProjectQueryCommunityAgentRelationDTO {
  /** 外部服务者ID */
  outer_broker_id?: string;
  /** 新外部服务者ID */
  new_outer_broker_id?: string;
}

const REQUEST_SCHEMA = {
  outer_id: 'String',
  item_id: 'String',
  outer_store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      item_id: 'String',
      online_status: 'byte',
      outer_id: 'String',
      broker_list: [
        {
          outer_broker_id: 'String',
          new_outer_broker_id: 'String',
        },
      ],
    },
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.query`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectQueryOperation = {
  method: 'alibaba.alihouse.newhome.project.query',
  responseRoot: 'alibaba_alihouse_newhome_project_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询楼盘相关信息 — calls TOP method `alibaba.alihouse.newhome.project.query`.
 *
 * 根据outerid查询楼盘相关信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectQuery(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectQueryResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectQueryResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.query',
      responseRoot: 'alibaba_alihouse_newhome_project_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
