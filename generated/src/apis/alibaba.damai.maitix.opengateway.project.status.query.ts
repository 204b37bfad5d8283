// Generated from specs/maitix/alibaba.damai.maitix.opengateway.project.status.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.opengateway.project.status.query` (分销状态查询接口queryProjectStatusByProjectId). */
export interface AlibabaDamaiMaitixOpengatewayProjectStatusQueryRequest {
  /** 入参dto */
  dis_project_status_query_param?: AlibabaDamaiMaitixOpengatewayProjectStatusQueryDisProjectStatusQueryDtoInput;
}

/** Response of `alibaba.damai.maitix.opengateway.project.status.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixOpengatewayProjectStatusQueryResponse {
  /** 返回结果 */
  result?: AlibabaDamaiMaitixOpengatewayProjectStatusQueryOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DisProjectStatusQueryDto` of `alibaba.damai.maitix.opengateway.project.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayProjectStatusQueryDisProjectStatusQueryDtoInput {
  /** 是否查询对应场次的状态 */
  query_perform_status?: boolean;
  /** 项目id */
  project_id: Int64Input;
}

/** `OpenResult` of `alibaba.damai.maitix.opengateway.project.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayProjectStatusQueryOpenResult {
  /** 参数extMap */
  ext_map?: string;
  /** 参数success */
  success?: boolean;
  /** 参数errorCode */
  error_code?: string;
  /** 参数model */
  model?: AlibabaDamaiMaitixOpengatewayProjectStatusQueryDisStatusDto;
  /** 参数errorMsg */
  error_msg?: string;
}

/** `DisStatusDto` of `alibaba.damai.maitix.opengateway.project.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayProjectStatusQueryDisStatusDto {
  /** 项目id */
  project_id?: Int64;
  /** 1-可售,0-不可售 */
  status?: Int64;
  /** 场次状态列表 */
  dis_perform_status_d_t_o_list?: AlibabaDamaiMaitixOpengatewayProjectStatusQueryDisPerformStatusDto[];
}

/** `DisPerformStatusDto` of `alibaba.damai.maitix.opengateway.project.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayProjectStatusQueryDisPerformStatusDto {
  /** 场次id */
  perform_id?: Int64;
  /** 项目id */
  project_id?: Int64;
  /** 场次状态 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  dis_project_status_query_param: {
    query_perform_status: 'Boolean',
    project_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ext_map: 'String',
    success: 'Boolean',
    error_code: 'String',
    model: {
      project_id: 'Number',
      status: 'Number',
      dis_perform_status_d_t_o_list: [
        {
          perform_id: 'Number',
          project_id: 'Number',
          status: 'Number',
        },
      ],
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.opengateway.project.status.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixOpengatewayProjectStatusQueryOperation = {
  method: 'alibaba.damai.maitix.opengateway.project.status.query',
  responseRoot: 'alibaba_damai_maitix_opengateway_project_status_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销状态查询接口queryProjectStatusByProjectId — calls TOP method `alibaba.damai.maitix.opengateway.project.status.query`.
 *
 * queryProjectStatusByProjectId
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixOpengatewayProjectStatusQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixOpengatewayProjectStatusQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixOpengatewayProjectStatusQueryResponse> {
  return client.call<AlibabaDamaiMaitixOpengatewayProjectStatusQueryResponse>(
    {
      method: 'alibaba.damai.maitix.opengateway.project.status.query',
      responseRoot: 'alibaba_damai_maitix_opengateway_project_status_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
