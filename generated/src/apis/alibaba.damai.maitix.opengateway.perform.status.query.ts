// Generated from specs/maitix/alibaba.damai.maitix.opengateway.perform.status.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.opengateway.perform.status.query` (分销状态查询接口queryPerformStatusByPerformId). */
export interface AlibabaDamaiMaitixOpengatewayPerformStatusQueryRequest {
  /** 入参 */
  dis_perform_status_query_param?: AlibabaDamaiMaitixOpengatewayPerformStatusQueryDisPerformStatusQueryDtoInput;
}

/** Response of `alibaba.damai.maitix.opengateway.perform.status.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixOpengatewayPerformStatusQueryResponse {
  /** 查询结果 */
  result?: AlibabaDamaiMaitixOpengatewayPerformStatusQueryOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DisPerformStatusQueryDto` of `alibaba.damai.maitix.opengateway.perform.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayPerformStatusQueryDisPerformStatusQueryDtoInput {
  /** 场次id */
  perform_id: Int64Input;
  /** 是否查询场次对应的票品状态 */
  query_ticket_item_status?: boolean;
}

/** `OpenResult` of `alibaba.damai.maitix.opengateway.perform.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayPerformStatusQueryOpenResult {
  /** 参数extMap */
  ext_map?: string;
  /** 参数success */
  success?: boolean;
  /** 参数errorCode */
  error_code?: string;
  /** 参数model */
  model?: AlibabaDamaiMaitixOpengatewayPerformStatusQueryDisStatusDto;
  /** 参数errorMsg */
  error_msg?: string;
}

/** `DisStatusDto` of `alibaba.damai.maitix.opengateway.perform.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayPerformStatusQueryDisStatusDto {
  /** 1-可售 0不可售 */
  status?: Int64;
  /** 场次id */
  perform_id?: Int64;
  /** 项目id */
  project_id?: Int64;
  /** 票品状态列表 */
  dis_ticket_item_status_d_t_o_list?: AlibabaDamaiMaitixOpengatewayPerformStatusQueryDisTicketItemStatusDto[];
}

/** `DisTicketItemStatusDto` of `alibaba.damai.maitix.opengateway.perform.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayPerformStatusQueryDisTicketItemStatusDto {
  /** 项目id */
  project_id?: Int64;
  /** 场次id */
  perform_id?: Int64;
  /** 票品id */
  ticket_item_id?: Int64;
  /** 票品状态 */
  status?: Int64;
  /** 票品子状态 */
  sub_status?: Int64;
}

const REQUEST_SCHEMA = {
  dis_perform_status_query_param: {
    perform_id: 'Number',
    query_ticket_item_status: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ext_map: 'String',
    success: 'Boolean',
    error_code: 'String',
    model: {
      status: 'Number',
      perform_id: 'Number',
      project_id: 'Number',
      dis_ticket_item_status_d_t_o_list: [
        {
          project_id: 'Number',
          perform_id: 'Number',
          ticket_item_id: 'Number',
          status: 'Number',
          sub_status: 'Number',
        },
      ],
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.opengateway.perform.status.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixOpengatewayPerformStatusQueryOperation = {
  method: 'alibaba.damai.maitix.opengateway.perform.status.query',
  responseRoot: 'alibaba_damai_maitix_opengateway_perform_status_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销状态查询接口queryPerformStatusByPerformId — calls TOP method `alibaba.damai.maitix.opengateway.perform.status.query`.
 *
 * queryPerformStatusByPerformId
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixOpengatewayPerformStatusQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixOpengatewayPerformStatusQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixOpengatewayPerformStatusQueryResponse> {
  return client.call<AlibabaDamaiMaitixOpengatewayPerformStatusQueryResponse>(
    {
      method: 'alibaba.damai.maitix.opengateway.perform.status.query',
      responseRoot: 'alibaba_damai_maitix_opengateway_perform_status_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
