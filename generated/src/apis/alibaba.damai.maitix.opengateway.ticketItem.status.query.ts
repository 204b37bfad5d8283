// Generated from specs/maitix/alibaba.damai.maitix.opengateway.ticketItem.status.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.opengateway.ticketItem.status.query` (分销状态查询接口queryTicketItemStatusByTicketItemId). */
export interface AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryRequest {
  /** 入参 */
  dis_ticket_item_status_query_param?: AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryDisTicketItemStatusQueryDtoInput;
}

/** Response of `alibaba.damai.maitix.opengateway.ticketItem.status.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryResponse {
  /** 结果 */
  result?: AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DisTicketItemStatusQueryDto` of `alibaba.damai.maitix.opengateway.ticketItem.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryDisTicketItemStatusQueryDtoInput {
  /** 票品id列表 */
  ticket_item_id_list: Int64Input[];
}

/** `OpenResult` of `alibaba.damai.maitix.opengateway.ticketItem.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryOpenResult {
  /** 参数extMap */
  ext_map?: string;
  /** 参数success */
  success?: boolean;
  /** 参数errorCode */
  error_code?: string;
  /** 系统自动生成 */
  model_list?: AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryDisTicketItemStatusDto[];
  /** 参数errorMsg */
  error_msg?: string;
}

/** `DisTicketItemStatusDto` of `alibaba.damai.maitix.opengateway.ticketItem.status.query`. */
export interface AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryDisTicketItemStatusDto {
  /** 票品子状态0 缺货登记，1 开售提醒，2 售罄 */
  sub_status?: Int64;
  /** 票品状态，1-可售，0-不可售 */
  status?: Int64;
  /** 票品id */
  ticket_item_id?: Int64;
  /** 场次id */
  perform_id?: Int64;
  /** 项目id */
  project_id?: Int64;
}

const REQUEST_SCHEMA = {
  dis_ticket_item_status_query_param: {
    ticket_item_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ext_map: 'String',
    success: 'Boolean',
    error_code: 'String',
    model_list: [
      {
        sub_status: 'Number',
        status: 'Number',
        ticket_item_id: 'Number',
        perform_id: 'Number',
        project_id: 'Number',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.opengateway.ticketItem.status.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixOpengatewayTicketItemStatusQueryOperation = {
  method: 'alibaba.damai.maitix.opengateway.ticketItem.status.query',
  responseRoot: 'alibaba_damai_maitix_opengateway_ticketItem_status_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销状态查询接口queryTicketItemStatusByTicketItemId — calls TOP method `alibaba.damai.maitix.opengateway.ticketItem.status.query`.
 *
 * queryTicketItemStatusByTicketItemId
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixOpengatewayTicketItemStatusQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryResponse> {
  return client.call<AlibabaDamaiMaitixOpengatewayTicketItemStatusQueryResponse>(
    {
      method: 'alibaba.damai.maitix.opengateway.ticketItem.status.query',
      responseRoot: 'alibaba_damai_maitix_opengateway_ticketItem_status_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
